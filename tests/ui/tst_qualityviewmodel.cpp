// Quality view models on a real database with the demo data: the QA inbox (oldest first,
// ages, causes), the hold detail with the SHA-256 a signature binds to, the check form
// generated from the template (every criterion required), sign-and-release with a wrong
// then the right password, dispose, placing holds, permissions, and the printouts as PDF.
#include "catalog/catalogmodule.h"
#include "common/clock.h"
#include "eventstore/database.h"
#include "identity/identitymodule.h"
#include "inventory/inventorymodule.h"
#include "inventory/lotdetail.h"
#include "inventory/lothistorymodel.h"
#include "quality/checkform.h"
#include "quality/checktemplateform.h"
#include "quality/holddetail.h"
#include "quality/holdinboxmodel.h"
#include "quality/placeholdform.h"
#include "quality/qualityreports.h"
#include "quality/qualityviewmodel.h"
#include "sessionfixture.h"
#include "shell/session.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace tracelot;
using namespace tracelot::ui;

class TstQualityViewModel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::SessionFixture> fx_;
    std::shared_ptr<ManualClock> clock_;
    Actor admin_;
    Actor qa_;

    Workspace& ws() { return *fx_->session()->workspace(); }
    QSqlDatabase db() { return ws().database().sql(); }
    QString lotByTlc(const QString& tlc)
    {
        inventory::LotFilter f;
        f.search = tlc;
        f.today = QDate(2026, 1, 1);
        const auto rows = inventory::InventoryQueries(db()).lots(f, 0, 5);
        return rows.isEmpty() ? QString() : rows.front().lotId;
    }
    int securityLogRows()
    {
        QSqlQuery q(db());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM security_log WHERE what = 'signature.refused'")) && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase() { test::pinUiEnvironment(); }

    void init()
    {
        fx_ = std::make_unique<test::SessionFixture>();
        clock_ = fx_->clock;
        QVERIFY(fx_->setUp(true));
        admin_ = fx_->signIn(QStringLiteral("admin"));
        qa_ = fx_->user(QStringLiteral("quinn"), {QStringLiteral("qa_technician")});
        QVERIFY(!qa_.userId.isEmpty());
        // The check of fresh salmon: two pass/fail criteria and a core temperature.
        auto t = fx_->ws->execute(qa_, QStringLiteral("DefineQualityCheck"),
                                  {{QStringLiteral("product_code"), QStringLiteral("FSH-SALMON-F")},
                                   {QStringLiteral("criteria"),
                                    QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("smell")}, {QStringLiteral("label"), QStringLiteral("Smell and appearance")},
                                                           {QStringLiteral("kind"), QStringLiteral("pass_fail")}},
                                               QJsonObject{{QStringLiteral("key"), QStringLiteral("packaging")}, {QStringLiteral("label"), QStringLiteral("Packaging intact")},
                                                           {QStringLiteral("kind"), QStringLiteral("pass_fail")}},
                                               QJsonObject{{QStringLiteral("key"), QStringLiteral("core_temp")}, {QStringLiteral("label"), QStringLiteral("Core temperature")},
                                                           {QStringLiteral("kind"), QStringLiteral("measure")}, {QStringLiteral("unit"), QStringLiteral("°C")},
                                                           {QStringLiteral("min"), QStringLiteral("0")}, {QStringLiteral("max"), QStringLiteral("2")}}}}});
        QVERIFY2(t.ok(), qPrintable(t ? QString() : t.refusal().message));
        fx_->begin(qa_);
    }

    void cleanup() { fx_.reset(); }

    void inboxIsOldestFirstWithAgeAndCause()
    {
        // Demo receipts placed nine QC holds at 00:00; add a manual one later on.
        clock_->advance(3 * 3600 * 1000);
        fx_->session()->begin(admin_);
        PlaceHoldForm place(fx_->session());
        place.start(lotByTlc(QStringLiteral("FJ24-1187")));
        QVERIFY2(place.place({}, {}, QStringLiteral("Rind damage seen at put-away")), qPrintable(place.errorMessage()));
        clock_->advance(26 * 3600 * 1000);
        fx_->session()->begin(qa_);

        QualityViewModel vm(fx_->session());
        HoldInboxModel& inbox = *vm.inbox();
        QAbstractItemModelTester tester(&inbox, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(inbox.count(), 10);
        QStringList ages, causes;
        for (int r = 0; r < inbox.rowCount(); ++r) {
            ages << inbox.index(r).data(HoldInboxModel::AgeRole).toString();
            causes << inbox.index(r).data(HoldInboxModel::CauseRole).toString();
        }
        QCOMPARE(ages.constFirst(), QStringLiteral("1 d 5 h"));
        QCOMPARE(ages.constLast(), QStringLiteral("1 d 2 h"));  // the newest, last
        QCOMPARE(causes.count(QStringLiteral("qc_required")), 9);
        QCOMPARE(causes.constLast(), QStringLiteral("manual"));
        for (int r = 1; r < inbox.rowCount(); ++r)
            QVERIFY(inbox.index(r - 1).data(HoldInboxModel::AgeHoursRole).toInt() >= inbox.index(r).data(HoldInboxModel::AgeHoursRole).toInt());
        QCOMPARE(inbox.index(9).data(HoldInboxModel::CauseTextRole).toString(), QStringLiteral("Placed by hand"));

        // By cause.
        const QVariantList counts = inbox.causes();
        QCOMPARE(counts.at(0).toMap().value(QStringLiteral("count")).toInt(), 10);
        QCOMPARE(counts.size(), 3);  // all, QC required, placed by hand
        inbox.setCauseFilter(QStringLiteral("manual"));
        QCOMPARE(inbox.count(), 1);
        QCOMPARE(inbox.index(0).data(HoldInboxModel::TlcRole).toString(), QStringLiteral("FJ24-1187"));
        inbox.setCauseFilter({});
        QCOMPARE(inbox.count(), 10);
    }

    void checkThenSignAndRelease()
    {
        QualityViewModel vm(fx_->session());
        QVERIFY(vm.canRelease());
        QVERIFY(vm.canRecordCheck());
        QVERIFY(vm.releaseNote().isEmpty());
        const QString lot = lotByTlc(QStringLiteral("AH-47-2611-A"));
        int row = -1;
        for (int r = 0; r < vm.inbox()->rowCount(); ++r)
            if (vm.inbox()->index(r).data(HoldInboxModel::LotIdRole).toString() == lot) row = r;
        QVERIFY(row >= 0);
        vm.openRow(row);
        HoldDetail& hold = *vm.detail();
        QVERIFY(hold.exists());
        QVERIFY(hold.isOpen());
        QCOMPARE(hold.cause(), QStringLiteral("qc_required"));
        QCOMPARE(hold.recordSha256().size(), 64);
        QCOMPARE(hold.lot()->tlc(), QStringLiteral("AH-47-2611-A"));

        // The check form from the template: every criterion needed.
        vm.beginCheck();
        CheckForm& check = *vm.check();
        QAbstractItemModelTester tester(&check, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(check.hasTemplate());
        QCOMPARE(check.count(), 3);
        QCOMPARE(check.index(2).data(CheckForm::LimitsRole).toString(), QStringLiteral("0 … 2 °C"));
        check.setAnswer(0, QStringLiteral("pass"));
        check.setAnswer(2, QStringLiteral("1,4"));
        QVERIFY(!check.submit());
        QCOMPARE(check.errorRow(), 1);
        QVERIFY(check.index(1).data(CheckForm::HasErrorRole).toBool());
        QVERIFY2(check.errorMessage().contains(QStringLiteral("Packaging intact")), qPrintable(check.errorMessage()));
        check.setAnswer(1, QStringLiteral("pass"));
        QCOMPARE(check.answered(), 3);
        QVERIFY2(check.submit(), qPrintable(check.errorMessage()));
        QVERIFY(check.resultPassed());
        QCOMPARE(hold.lot()->checks().size(), 1);

        // Sign and release: a wrong password is refused in place and logged.
        vm.beginSigning();
        QCOMPARE(vm.signingSha256(), hold.recordSha256());
        const QString meaning = vm.meaningOptions().at(0).toMap().value(QStringLiteral("value")).toString();
        const int logged = securityLogRows();
        QVERIFY(!vm.release(meaning, QStringLiteral("not my password")));
        QVERIFY2(vm.signError().contains(QStringLiteral("not correct")), qPrintable(vm.signError()));
        QVERIFY(vm.signError().contains(QStringLiteral("logged")));
        QCOMPARE(vm.signErrorField(), QStringLiteral("password"));
        QCOMPARE(securityLogRows(), logged + 1);
        QVERIFY(hold.isOpen());
        QVERIFY(vm.signedResult().isEmpty());
        const int open = vm.inbox()->count();

        QVERIFY2(vm.release(meaning, test::kPassword), qPrintable(vm.signError()));
        QVERIFY(vm.signError().isEmpty());
        QCOMPARE(hold.status(), QStringLiteral("released"));
        QCOMPARE(vm.inbox()->count(), open - 1);
        // The signature on screen: printed name, UTC time, meaning.
        QCOMPARE(hold.signatures().size(), 1);
        const QVariantMap sig = hold.signatures().at(0).toMap();
        QCOMPARE(sig.value(QStringLiteral("printedName")).toString(), QStringLiteral("quinn Tester"));
        QCOMPARE(sig.value(QStringLiteral("signedAt")).toString(), QStringLiteral("2026-01-01 00:00:00 UTC"));
        QCOMPARE(sig.value(QStringLiteral("meaning")).toString(), QStringLiteral("Released — meets specification"));
        QCOMPARE(sig.value(QStringLiteral("recordSha256")).toString(), vm.signingSha256());
        QVERIFY(vm.signedResult().value(QStringLiteral("line")).toString().startsWith(QStringLiteral("Signed by quinn Tester")));
        const QString certificate = vm.signedResult().value(QStringLiteral("certificateId")).toString();
        QVERIFY(!certificate.isEmpty());
        QCOMPARE(hold.certificateId(), certificate);
        // The lot shows it too (stock page), with the signature of the closed hold.
        QCOMPARE(hold.lot()->status(), QStringLiteral("available"));
        QCOMPARE(hold.lot()->certificates().size(), 1);
        const QVariantMap lotHold = hold.lot()->holds().at(0).toMap();
        QCOMPARE(lotHold.value(QStringLiteral("signatures")).toList().size(), 1);
        QVERIFY(hold.lot()->history()->entries().at(0).title.startsWith(QStringLiteral("Certificate of release C-")));

        // The certificate: on screen and as PDF.
        QualityReports reports(fx_->session());
        const QString html = reports.certificateHtml(lot, certificate);
        QVERIFY(html.contains(QStringLiteral("quinn Tester")));
        QVERIFY(html.contains(QStringLiteral("AH-47-2611-A")));
        QTemporaryDir out;
        QVERIFY2(reports.saveCertificatePdf(out.filePath(QStringLiteral("c.pdf")), lot, certificate), qPrintable(reports.message()));
        QVERIFY(QFileInfo(out.filePath(QStringLiteral("c.pdf"))).size() > 1000);
        QVERIFY(!reports.messageIsProblem());
        QVERIFY(reports.holdsRegisterHtml(false).contains(hold.number()));
        QVERIFY(reports.saveHoldsRegisterPdf(out.filePath(QStringLiteral("r.pdf")), true));
        QVERIFY(!reports.saveCertificatePdf(out.filePath(QStringLiteral("x.pdf")), lot, QStringLiteral("no-such")));
        QVERIFY(reports.messageIsProblem());

        // Released once: a second release is refused in place.
        vm.beginSigning();
        QVERIFY(!vm.release(meaning, test::kPassword));
        QVERIFY2(vm.signError().contains(QStringLiteral("already")), qPrintable(vm.signError()));
    }

    void failedCheckHoldsAndDisposeDestroys()
    {
        QualityViewModel vm(fx_->session());
        const QString lot = lotByTlc(QStringLiteral("AH-47-2611-B"));
        vm.openHold(vm.inbox()->holdIdAt(0));
        for (int r = 0; r < vm.inbox()->rowCount(); ++r)
            if (vm.inbox()->index(r).data(HoldInboxModel::LotIdRole).toString() == lot) vm.openRow(r);
        QCOMPARE(vm.detail()->lot()->lotId(), lot);
        vm.beginCheck();
        CheckForm& check = *vm.check();
        check.setAnswer(0, QStringLiteral("pass"));
        check.setAnswer(1, QStringLiteral("fail"));
        check.setAnswer(2, QStringLiteral("abc"));
        QVERIFY(!check.submit());
        QCOMPARE(check.errorRow(), 2);
        check.setAnswer(2, QStringLiteral("5.5"));
        QVERIFY(check.submit());
        QVERIFY(!check.resultPassed());
        QVERIFY2(check.resultMessage().contains(QStringLiteral("on hold H-")), qPrintable(check.resultMessage()));

        vm.beginSigning();
        QVERIFY(!vm.dispose({}, test::kPassword, {}));
        QCOMPARE(vm.signErrorField(), QStringLiteral("disposition"));
        QVERIFY(!vm.dispose(QStringLiteral("destroy"), {}, {}));
        QCOMPARE(vm.signErrorField(), QStringLiteral("password"));
        QVERIFY2(vm.dispose(QStringLiteral("destroy"), test::kPassword, QStringLiteral("Too warm at receipt")), qPrintable(vm.signError()));
        QCOMPARE(vm.detail()->status(), QStringLiteral("disposed"));
        QVERIFY(vm.signedResult().value(QStringLiteral("line")).toString().contains(QStringLiteral("Disposed — Destroy")));
        QCOMPARE(vm.detail()->lot()->onHand(), 0);  // written off as waste
    }

    void onlyQaMaySignAndTheUiSaysWhy()
    {
        fx_->session()->begin(admin_); // administrator + warehouse manager, not QA
        QualityViewModel vm(fx_->session());
        QVERIFY(!vm.canRelease());
        QVERIFY(!vm.canRecordCheck());
        QVERIFY(vm.canPlaceHold());
        QVERIFY2(vm.releaseNote().contains(QStringLiteral("QA technician")), qPrintable(vm.releaseNote()));
        vm.openRow(0);
        vm.beginSigning();
        QVERIFY(!vm.release(vm.meaningOptions().at(0).toMap().value(QStringLiteral("value")).toString(), test::kPassword));
        QVERIFY2(vm.signError().contains(QStringLiteral("QA technician")), qPrintable(vm.signError()));
        QVERIFY(vm.detail()->isOpen());
    }

    void qaDefinesTheCheckThenRecordsIt()
    {
        const auto mozz = catalog::CatalogQueries(db()).byCode(catalog::Kind::Product, QStringLiteral("CHE-MOZZ-125"));
        QVERIFY(mozz.has_value());
        const QString product = mozz->value(QLatin1String("id")).toString();
        CheckTemplateForm form(fx_->session());
        QVERIFY(form.canDefine());
        form.start(product);
        QCOMPARE(form.revision(), 0);
        QCOMPARE(form.criteria().size(), 1);  // one empty criterion to start with
        QVERIFY(!form.save());
        QCOMPARE(form.errorRow(), 0);
        form.setValue(0, QStringLiteral("label"), QStringLiteral("Whey clear, no off-odour"));
        form.addCriterion();
        form.setValue(1, QStringLiteral("label"), QStringLiteral("Core temperature (°C)"));
        form.setValue(1, QStringLiteral("kind"), QStringLiteral("measure"));
        QVERIFY(!form.save());  // a measure needs a limit
        QCOMPARE(form.errorRow(), 1);
        form.setValue(1, QStringLiteral("unit"), QStringLiteral("°C"));
        form.setValue(1, QStringLiteral("max"), QStringLiteral("4,0"));
        form.addCriterion();
        form.setValue(2, QStringLiteral("label"), QStringLiteral("Packaging intact"));
        form.removeCriterion(2);
        QSignalSpy saved(&form, &CheckTemplateForm::saved);
        QVERIFY2(form.save(), qPrintable(form.errorMessage()));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(form.revision(), 1);
        QCOMPARE(form.criteria().at(1).toMap().value(QStringLiteral("key")).toString(), QStringLiteral("core_temperature_c"));
        QCOMPARE(CheckTemplateForm::keyFor(QStringLiteral("Core temperature (°C)"), {QStringLiteral("core_temperature_c")}), QStringLiteral("core_temperature_c_2"));

        // The check form of a held mozzarella lot is generated from it.
        QualityViewModel vm(fx_->session());
        for (int r = 0; r < vm.inbox()->rowCount(); ++r)
            if (vm.inbox()->index(r).data(HoldInboxModel::TlcRole).toString() == QLatin1String("VP261118A")) vm.openRow(r);
        QCOMPARE(vm.detail()->lot()->tlc(), QStringLiteral("VP261118A"));
        vm.beginCheck();
        QCOMPARE(vm.check()->count(), 2);
        QCOMPARE(vm.check()->index(1).data(CheckForm::LimitsRole).toString(), QStringLiteral("≤ 4.0 °C"));
        vm.check()->setAnswer(0, QStringLiteral("pass"));
        vm.check()->setAnswer(1, QStringLiteral("3.1"));
        QVERIFY2(vm.check()->submit(), qPrintable(vm.check()->errorMessage()));
        QVERIFY(vm.check()->resultPassed());
    }

    void placeHoldRefusalsStayInPlace()
    {
        PlaceHoldForm form(fx_->session());
        QVERIFY(form.canPlace());
        form.start({});
        QVERIFY(!form.place({}, {}, QStringLiteral("x")));
        QCOMPARE(form.errorField(), QStringLiteral("lot"));
        const QVariantList found = form.findLots(QStringLiteral("BM-26"));
        QCOMPARE(found.size(), 2);
        form.chooseLot(found.at(0).toMap().value(QStringLiteral("lotId")).toString());
        QVERIFY(!form.place({}, {}, QStringLiteral("  ")));
        QCOMPARE(form.errorField(), QStringLiteral("reason"));
        QVERIFY(!form.place({}, QStringLiteral("5"), QStringLiteral("Dented")));
        QCOMPARE(form.errorField(), QStringLiteral("location"));
        const QString location = form.lot().value(QStringLiteral("stock")).toList().at(0).toMap().value(QStringLiteral("locationId")).toString();
        QVERIFY(!form.place(location, QStringLiteral("100000"), QStringLiteral("Dented")));
        QVERIFY(!form.errorMessage().isEmpty());
        QSignalSpy placed(&form, &PlaceHoldForm::placed);
        QVERIFY2(form.place(location, QStringLiteral("5"), QStringLiteral("Dented")), qPrintable(form.errorMessage()));
        QCOMPARE(placed.count(), 1);
        QVERIFY(form.placedNumber().startsWith(QStringLiteral("H-")));
        QualityViewModel vm(fx_->session());
        vm.openHold(form.placedHoldId());
        QCOMPARE(vm.detail()->scope(), QStringLiteral("5 at %1").arg(form.lot().value(QStringLiteral("stock")).toList().at(0).toMap().value(QStringLiteral("code")).toString()));
        QCOMPARE(vm.detail()->reason(), QStringLiteral("Dented"));
    }
};

QTEST_MAIN(TstQualityViewModel)
#include "tst_qualityviewmodel.moc"

// Inventory view models on a real database with the demo data: the lazy stock list under
// QAbstractItemModelTester (pages, filters, the expiry buckets, incremental refresh),
// receiving from scan strings (GS1 DataMatrix with ASCII 29, the keyboard stand-ins, an
// unknown GTIN defined on the spot), refusals kept in place, and the lot forms.
#include "catalog/catalogeditor.h"
#include "catalog/catalogmodule.h"
#include "catalog/formfieldmodel.h"
#include "eventstore/database.h"
#include "identity/identitymodule.h"
#include "inventory/inventorymodule.h"
#include "inventory/lotactions.h"
#include "inventory/lotdetail.h"
#include "inventory/lothistorymodel.h"
#include "inventory/lotlistmodel.h"
#include "inventory/receivingform.h"
#include "inventory/stockviewmodel.h"
#include "sessionfixture.h"
#include "shell/session.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace tracelot;
using namespace tracelot::ui;

namespace {
const QChar GS(29);
}

class TstInventoryViewModel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::SessionFixture> fx_;
    Actor admin_;

    Workspace& ws() { return *fx_->session()->workspace(); }
    QSqlDatabase db() { return ws().database().sql(); }
    QString idOf(catalog::Kind kind, const QString& code)
    {
        const auto row = catalog::CatalogQueries(db()).byCode(kind, code);
        return row ? row->value(QLatin1String("id")).toString() : QString();
    }
    QString gtinOf(const QString& productCode)
    {
        const auto row = catalog::CatalogQueries(db()).byCode(catalog::Kind::Product, productCode);
        return row ? row->value(QLatin1String("gtin")).toString() : QString();
    }
    // Receives `n` more lots of frozen edamame, one day of expiry apart, into the freezer.
    void receiveMany(int n)
    {
        const QString product = idOf(catalog::Kind::Product, QStringLiteral("FRZ-EDAMAME-500"));
        const QString supplier = idOf(catalog::Kind::Supplier, QStringLiteral("SUP-VN-01"));
        const QString location = idOf(catalog::Kind::Location, QStringLiteral("AMB-01"));
        for (int i = 0; i < n; ++i) {
            auto r = ws().execute(admin_, QStringLiteral("ReceiveLot"),
                                  {{QStringLiteral("product_id"), product},
                                   {QStringLiteral("supplier_id"), supplier},
                                   {QStringLiteral("location_id"), location},
                                   {QStringLiteral("quantity"), 1},
                                   {QStringLiteral("tlc"), QStringLiteral("BULK-%1").arg(i, 4, 10, QLatin1Char('0'))},
                                   {QStringLiteral("expiry"), QDate(2026, 2, 1).addDays(i % 300).toString(Qt::ISODate)},
                                   {QStringLiteral("reference_document_type"), QStringLiteral("po")},
                                   {QStringLiteral("reference_document_number"), QStringLiteral("PO-BULK")}});
            QVERIFY2(r.ok(), qPrintable(r ? QString() : r.refusal().message));
        }
    }
    static QStringList column(const QAbstractItemModel& m, int c)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r) out << m.index(r, c).data().toString();
        return out;
    }

private slots:
    void initTestCase() { test::pinUiEnvironment(); }

    void init()
    {
        fx_ = std::make_unique<test::SessionFixture>();
        QVERIFY(fx_->setUp(true));
        admin_ = fx_->signIn(QStringLiteral("admin"));  // now also a warehouse manager
        fx_->begin(admin_);
    }

    void cleanup() { fx_.reset(); }

    // --- the lazy stock list --------------------------------------------------------

    void lotsLoadLazilyInPages()
    {
        receiveMany(430);  // 20 demo lots + 430 = 450
        StockViewModel vm(fx_->session());
        LotListModel& lots = *vm.lots();
        QCOMPARE(lots.total(), 450);
        QCOMPARE(lots.rowCount(), LotListModel::kPageSize);
        QVERIFY(lots.canFetchMore({}));
        QSignalSpy inserted(&lots, &QAbstractItemModel::rowsInserted);
        lots.fetchMore({});
        QCOMPARE(lots.rowCount(), 400);
        QCOMPARE(inserted.count(), 1);
        lots.fetchMore({});
        QCOMPARE(lots.rowCount(), 450);
        QVERIFY(!lots.canFetchMore({}));
        lots.fetchMore({});  // nothing more: no change
        QCOMPARE(lots.rowCount(), 450);
        // From here on the tester watches (it fetches what it can itself).
        QAbstractItemModelTester tester(&lots, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // FEFO order: use-by dates never go down.
        const QStringList useBy = column(lots, 2);
        for (int i = 1; i < useBy.size(); ++i) QVERIFY2(useBy.at(i - 1) <= useBy.at(i), qPrintable(useBy.at(i)));

        // A filter starts over with the first page.
        QSignalSpy reset(&lots, &QAbstractItemModel::modelReset);
        vm.setSearchText(QStringLiteral("BULK-01"));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(lots.total(), 100);  // BULK-0100 … BULK-0199
        QCOMPARE(lots.rowCount(), 100);
        QVERIFY(!lots.canFetchMore({}));
        vm.setSearchText(QStringLiteral("comté"));
        QCOMPARE(lots.total(), 2);
        vm.setSearchText({});
        vm.setProductFilter(idOf(catalog::Kind::Product, QStringLiteral("SEA-SHRIMP-31")));
        QCOMPARE(lots.total(), 2);
        vm.setProductFilter({});
        vm.setLocationFilter(idOf(catalog::Kind::Location, QStringLiteral("AMB-01")));
        QCOMPARE(lots.total(), 430);
        QVERIFY(lots.rowCount() >= LotListModel::kPageSize);
        vm.setLocationFilter({});
        vm.setStatusFilter(QStringLiteral("quarantine"));
        QCOMPARE(lots.total(), 1);
        QCOMPARE(lots.index(0, 0).data().toString(), QStringLiteral("VP261028C"));
        vm.setStatusFilter({});
        QVERIFY(!vm.filtered());
    }

    void expiryBucketsFilterTheListExactly()
    {
        StockViewModel vm(fx_->session());
        QAbstractItemModelTester tester(vm.lots(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QVariantList board = vm.board();
        QCOMPARE(board.size(), 4);
        qint64 sum = 0;
        for (const QVariant& b : board) {
            const QVariantMap bucket = b.toMap();
            vm.showBucket(bucket.value(QStringLiteral("key")).toString());
            QCOMPARE(vm.bucket(), bucket.value(QStringLiteral("key")).toString());
            QCOMPARE(static_cast<qint64>(vm.lots()->total()), bucket.value(QStringLiteral("count")).toLongLong());
            QCOMPARE(vm.lots()->rowCount(), vm.lots()->total());
            sum += bucket.value(QStringLiteral("count")).toLongLong();
            // Days left of every row lie inside the bucket.
            const QString key = bucket.value(QStringLiteral("key")).toString();
            for (int r = 0; r < vm.lots()->rowCount(); ++r) {
                const int days = vm.lots()->index(r, 3).data().toInt();
                if (key == QLatin1String("expired")) QVERIFY(days < 0);
                if (key == QLatin1String("within7")) QVERIFY(days >= 0 && days < 7);
                if (key == QLatin1String("within30")) QVERIFY2(days >= 7 && days < 30, qPrintable(QString::number(days)));
                if (key == QLatin1String("later")) QVERIFY(days >= 30);
            }
        }
        QCOMPARE(sum, 20);
        QCOMPARE(board.at(0).toMap().value(QStringLiteral("count")).toInt(), 1);  // the expired mozzarella in quarantine
        vm.showBucket(QStringLiteral("later"));  // the same bucket again: everything
        QVERIFY(vm.bucket().isEmpty());
        QCOMPARE(vm.lots()->total(), 20);
    }

    void listFollowsTheCommandBus()
    {
        StockViewModel vm(fx_->session());
        LotListModel& lots = *vm.lots();
        QAbstractItemModelTester tester(&lots, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(lots.total(), 20);
        const int row = lots.rowOf(lots.lotId(lots.rowCount() - 1));
        const QString lotId = lots.lotId(row);
        QSignalSpy changed(&lots, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&lots, &QAbstractItemModel::modelReset);
        // A count changes the row in place.
        LotActions& actions = *vm.actions();
        const QVariantMap choice = actions.lotChoice(lotId);
        const QString location = choice.value(QStringLiteral("stock")).toList().value(0).toMap().value(QStringLiteral("locationId")).toString();
        QVERIFY2(actions.adjust(lotId, location, QStringLiteral("3"), QStringLiteral("count"), {}), qPrintable(actions.errorMessage()));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(reset.count(), 0);
        QVERIFY(lots.index(lots.rowOf(lotId), 4).data().toString().startsWith(QStringLiteral("3 ")));
        // A new lot lands in its FEFO place; nothing is reset.
        QSignalSpy inserted(&lots, &QAbstractItemModel::rowsInserted);
        receiveMany(1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(lots.total(), 21);
        const int at = inserted.at(0).at(1).toInt();
        QCOMPARE(lots.index(at, 0).data().toString(), QStringLiteral("BULK-0000"));
        // Writing everything off removes it from the list (empty lots are not shown).
        QSignalSpy removed(&lots, &QAbstractItemModel::rowsRemoved);
        QVERIFY2(actions.waste(lotId, location, QStringLiteral("3"), QStringLiteral("damaged"), {}), qPrintable(actions.errorMessage()));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(lots.rowOf(lotId), -1);
        QCOMPARE(lots.total(), 20);
        // The board followed.
        qint64 sum = 0;
        for (const QVariant& b : vm.board()) sum += b.toMap().value(QStringLiteral("count")).toLongLong();
        QCOMPARE(sum, 20);
    }

    void lotDetailShowsHistoryHoldsAndStock()
    {
        StockViewModel vm(fx_->session());
        vm.setSearchText(QStringLiteral("AH-47-2611-A"));  // salmon: held on receipt (QC required)
        QCOMPARE(vm.lots()->rowCount(), 1);
        QVERIFY(vm.lots()->index(0, 6).data().toString().startsWith(QStringLiteral("On hold H-")));
        QVERIFY(!vm.lots()->index(0, 0).data(LotListModel::ActiveRole).toBool());
        vm.openRow(0);
        LotDetail& d = *vm.detail();
        QVERIFY(d.exists());
        QCOMPARE(d.tlc(), QStringLiteral("AH-47-2611-A"));
        QCOMPARE(d.status(), QStringLiteral("held"));
        QCOMPARE(d.stock().size(), 1);
        QCOMPARE(d.stock().at(0).toMap().value(QStringLiteral("code")).toString(), QStringLiteral("CR-02"));
        QVERIFY(d.stock().at(0).toMap().value(QStringLiteral("held")).toString().startsWith(QStringLiteral("all held")));
        QCOMPARE(d.holds().size(), 1);
        QVERIFY(d.holds().at(0).toMap().value(QStringLiteral("open")).toBool());
        QStringList labels;
        for (const QVariant& f : d.facts()) labels << f.toMap().value(QStringLiteral("label")).toString();
        QVERIFY(labels.contains(QStringLiteral("TLC source")));
        QVERIFY(labels.contains(QStringLiteral("Reference document")));
        // History: the hold and the receipt, newest first, readable.
        const LotHistoryModel& h = *d.history();
        QAbstractItemModelTester tester(d.history(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(h.count(), 2);
        QVERIFY(h.entries().at(0).title.startsWith(QStringLiteral("Hold H-")));
        QCOMPARE(h.entries().at(1).title, QStringLiteral("Received"));
        QVERIFY2(h.entries().at(1).detail.contains(QStringLiteral("48,000 g at CR-02")), qPrintable(h.entries().at(1).detail));
        QVERIFY(h.entries().at(1).detail.contains(QStringLiteral("supplier's lot code AH-47-2611-A")));
        QCOMPARE(h.entries().at(1).who, QStringLiteral("Ada Admin"));
        // Held stock may only go to quarantine: refused in place, with the field marked.
        LotActions& actions = *vm.actions();
        const QString cr02 = idOf(catalog::Kind::Location, QStringLiteral("CR-02"));
        QVERIFY(!actions.move(d.lotId(), cr02, idOf(catalog::Kind::Location, QStringLiteral("PF-A02")), QStringLiteral("1000")));
        QVERIFY2(actions.errorMessage().contains(QStringLiteral("quarantine")), qPrintable(actions.errorMessage()));
        QCOMPARE(actions.errorField(), QStringLiteral("to"));
        QVERIFY(actions.move(d.lotId(), cr02, idOf(catalog::Kind::Location, QStringLiteral("QUAR-01")), QStringLiteral("1000")));
        QCOMPARE(d.stock().size(), 2);
        QCOMPARE(h.entries().at(0).title, QStringLiteral("Moved"));
        QCOMPARE(h.entries().at(0).detail, QStringLiteral("1,000 g from CR-02 to QUAR-01"));
    }

    void splitAndTransformMakeNewLots()
    {
        StockViewModel vm(fx_->session());
        LotActions& actions = *vm.actions();
        vm.setSearchText(QStringLiteral("FJ24-1187"));  // Comté, 120 in CR-01
        const QString comte = vm.lots()->lotId(0);
        const QString cr01 = idOf(catalog::Kind::Location, QStringLiteral("CR-01"));
        QVERIFY(!actions.split(comte, cr01, QStringLiteral("120")));
        QCOMPARE(actions.errorField(), QStringLiteral("quantity"));
        QVERIFY(!actions.split(comte, cr01, QStringLiteral("twelve")));
        QCOMPARE(actions.errorField(), QStringLiteral("quantity"));
        QVERIFY2(actions.split(comte, cr01, QStringLiteral("20")), qPrintable(actions.errorMessage()));
        QVERIFY(!actions.newLotId().isEmpty());
        QCOMPARE(vm.lots()->total(), 2);  // both carry the supplier's lot code
        // Repack 10 of the Comté into a new lot; its expiry may not be after the input's.
        const QVariantList inputs{QVariantMap{{QStringLiteral("lotId"), comte}, {QStringLiteral("locationId"), cr01}, {QStringLiteral("quantity"), QStringLiteral("10")},
                                              {QStringLiteral("expiry"), actions.lotChoice(comte).value(QStringLiteral("expiry"))}}};
        QVERIFY(actions.defaultExpiryText(inputs).contains(actions.lotChoice(comte).value(QStringLiteral("expiry")).toString()));
        const QString product = idOf(catalog::Kind::Product, QStringLiteral("CHE-COMTE-18"));
        QVERIFY(!actions.transform(QStringLiteral("repack"), inputs, product, QStringLiteral("10"), cr01, QStringLiteral("2030-01-01")));
        QCOMPARE(actions.errorField(), QStringLiteral("expiry"));
        QVERIFY(!actions.transform(QStringLiteral("merge"), inputs, product, QStringLiteral("10"), cr01, {}));
        QCOMPARE(actions.errorField(), QStringLiteral("inputs"));
        QVERIFY2(actions.transform(QStringLiteral("repack"), inputs, product, QStringLiteral("10"), cr01, {}), qPrintable(actions.errorMessage()));
        LotDetail& d = *vm.detail();
        d.show(actions.newLotId());
        QVERIFY(d.exists());
        QVERIFY(d.history()->entries().constLast().title.startsWith(QStringLiteral("Created by repack")));
        QVERIFY(d.history()->entries().constLast().detail.contains(QStringLiteral("FJ24-1187 × 10 each")));
    }

    void expiryWarningsAreRaisedOnce()
    {
        StockViewModel vm(fx_->session());
        QVERIFY(vm.canWarn());
        QVERIFY(vm.raiseExpiryWarnings());
        QCOMPARE(vm.noticeTone(), QStringLiteral("success"));
        QVERIFY(!vm.raiseExpiryWarnings());
        QCOMPARE(vm.noticeTone(), QStringLiteral("info"));
    }

    // --- receiving ------------------------------------------------------------------

    void receivingFromADataMatrixScan()
    {
        ReceivingForm form(fx_->session());
        QVERIFY(form.canReceive());
        QVERIFY(!form.locationId().isEmpty());  // starts at the dock
        const QString gtin = gtinOf(QStringLiteral("FSH-SALMON-F"));
        QCOMPARE(gtin.size(), 14);
        // ]d2 DataMatrix: GTIN, net weight 12.500 kg, expiry, lot, GS, production date.
        const QString scan = QStringLiteral("]d201") + gtin + QStringLiteral("3103012500") + QStringLiteral("17260106") + QStringLiteral("10AH-DM-77") + GS +
                             QStringLiteral("11251230") + QStringLiteral("\r");
        QSignalSpy scanned(&form, &ReceivingForm::scanChanged);
        QVERIFY2(form.scan(scan), qPrintable(form.scanError()));
        QVERIFY(scanned.count() >= 1);
        QCOMPARE(form.productId(), idOf(catalog::Kind::Product, QStringLiteral("FSH-SALMON-F")));
        QCOMPARE(form.productUnit(), QStringLiteral("g"));
        QCOMPARE(form.quantity(), QStringLiteral("12500"));
        QVERIFY(form.quantityHint().contains(QStringLiteral("12.500 kg")));
        QCOMPARE(form.tlc(), QStringLiteral("AH-DM-77"));
        QCOMPARE(form.expiry(), QStringLiteral("2026-01-06"));
        QCOMPARE(form.productionDate(), QStringLiteral("2025-12-30"));
        QCOMPARE(form.scanHri(), QStringLiteral("(01)") + gtin + QStringLiteral("(3103)012500(17)260106(10)AH-DM-77(11)251230"));
        QVERIFY(!form.unknownGtin());

        // Supplier and document are still missing: said in place, nothing received.
        QVERIFY(!form.receive());
        QCOMPARE(form.errorField(), QStringLiteral("supplier"));
        form.setSupplierId(idOf(catalog::Kind::Supplier, QStringLiteral("SUP-NO-01")));
        QVERIFY(!form.receive());
        QCOMPARE(form.errorField(), QStringLiteral("referenceNumber"));
        QCOMPARE(form.tlc(), QStringLiteral("AH-DM-77"));  // what was scanned stays
        form.setReferenceType(QStringLiteral("asn"));
        form.setReferenceNumber(QStringLiteral("ASN-5501"));
        form.setTemperature(QStringLiteral("1,5"));
        QSignalSpy received(&form, &ReceivingForm::received);
        QVERIFY2(form.receive(), qPrintable(form.errorMessage()));
        QCOMPARE(received.count(), 1);
        const QVariantMap r = form.lastReceipt();
        QCOMPARE(r.value(QStringLiteral("tlc")).toString(), QStringLiteral("AH-DM-77"));
        QCOMPARE(r.value(QStringLiteral("tlcAssigned")).toBool(), false);
        QCOMPARE(r.value(QStringLiteral("held")).toBool(), true);  // salmon needs QC
        QVERIFY(r.value(QStringLiteral("holdNumber")).toString().startsWith(QStringLiteral("H-")));
        QCOMPARE(r.value(QStringLiteral("quantityText")).toString(), QStringLiteral("12,500 g"));
        QCOMPARE(r.value(QStringLiteral("locationCode")).toString(), QStringLiteral("DOCK-01"));
        // Ready for the next case: item cleared, supplier and document kept.
        QVERIFY(form.productId().isEmpty());
        QVERIFY(form.tlc().isEmpty());
        QCOMPARE(form.referenceNumber(), QStringLiteral("ASN-5501"));
        QVERIFY(!form.supplierId().isEmpty());
        const auto lot = inventory::InventoryQueries(db()).lot(r.value(QStringLiteral("lotId")).toString());
        QVERIFY(lot.has_value());
        QCOMPARE(lot->onHand, 12500);
        QCOMPARE(lot->expiry, QDate(2026, 1, 6));

        // Labels of the lot just received, as PDF (the print dialog is the desktop's).
        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("labels.pdf"));
        QVERIFY2(form.saveLabelsPdf(pdf, QStringLiteral("lot")), qPrintable(form.labelMessage()));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QVERIFY(!form.labelMessageIsProblem());
    }

    void scanStandInsForTheSeparator_data()
    {
        QTest::addColumn<QString>("separator");
        QTest::newRow("ASCII 29") << QString(GS);
        QTest::newRow("symbol for GS") << QString(QChar(0x241D));
        QTest::newRow("Alt+29 in code page 437") << QString(QChar(0x2194));
        QTest::newRow("<GS>") << QStringLiteral("<GS>");
        QTest::newRow("caret notation") << QStringLiteral("^]");
    }
    void scanStandInsForTheSeparator()
    {
        QFETCH(QString, separator);
        ReceivingForm form(fx_->session());
        // ]C1 GS1-128: count 24 after the variable-length lot needs the separator.
        const QString scan = QStringLiteral("]C101") + gtinOf(QStringLiteral("CHE-BRIE-1K")) + QStringLiteral("10BM-SEP-1") + separator + QStringLiteral("3724");
        QVERIFY2(form.scan(scan), qPrintable(form.scanError()));
        QCOMPARE(form.tlc(), QStringLiteral("BM-SEP-1"));
        QCOMPARE(form.quantity(), QStringLiteral("24"));
    }

    void aSecondSymbolAddsToTheItem()
    {
        ReceivingForm form(fx_->session());
        QVERIFY(form.scan(QStringLiteral("(01)") + gtinOf(QStringLiteral("CHE-COMTE-18")) + QStringLiteral("(17)260420(10)FJ-2-SYM")));
        QVERIFY(form.scan(QStringLiteral("(00)106141411234567897")));  // the SSCC symbol of the same label
        QCOMPARE(form.tlc(), QStringLiteral("FJ-2-SYM"));
        QCOMPARE(form.sscc(), QStringLiteral("106141411234567897"));
        QVERIFY(!form.productId().isEmpty());
        QVERIFY(!form.scan(QStringLiteral("(01)12345")));  // unreadable: said, the item stays
        QVERIFY(form.scanError().contains(QStringLiteral("could not be read")));
        QCOMPARE(form.tlc(), QStringLiteral("FJ-2-SYM"));
    }

    void unknownGtinIsDefinedOnTheSpot()
    {
        ReceivingForm form(fx_->session());
        const QString gtin = QStringLiteral("04006381333931");  // valid, not in the catalog
        QVERIFY(form.scan(QStringLiteral("(01)") + gtin + QStringLiteral("(17)260301(10)NEW-1")));
        QVERIFY(form.unknownGtin());
        QVERIFY2(form.scanError().contains(gtin), qPrintable(form.scanError()));
        QVERIFY(form.productId().isEmpty());
        QVERIFY(form.canDefineProduct());
        form.setSupplierId(idOf(catalog::Kind::Supplier, QStringLiteral("SUP-FR-01")));
        form.setReferenceNumber(QStringLiteral("PO-9"));
        form.setQuantity(QStringLiteral("10"));
        QVERIFY(!form.receive());
        QCOMPARE(form.errorField(), QStringLiteral("product"));

        // The catalog's product form, with the GTIN filled in.
        form.prepareNewProduct();
        CatalogEditor& editor = *form.productEditor();
        QVERIFY(editor.isNew());
        QCOMPARE(editor.fields()->value(QStringLiteral("gtin")).toString(), gtin);
        editor.setValueByName(QStringLiteral("code"), QStringLiteral("CHE-TOMME-1K"));
        editor.setValueByName(QStringLiteral("name"), QStringLiteral("Tomme de Savoie, 1 kg"));
        editor.setValueByName(QStringLiteral("category"), QStringLiteral("cheese"));
        editor.setValueByName(QStringLiteral("base_unit"), QStringLiteral("each"));
        editor.setValueByName(QStringLiteral("shelf_life_days"), QStringLiteral("90"));
        QSignalSpy saved(&editor, &CatalogEditor::saved);
        QVERIFY2(editor.save(), qPrintable(editor.errorMessage()));
        form.productDefined(saved.at(0).at(0).toString());
        QVERIFY(!form.unknownGtin());
        QCOMPARE(form.productId(), idOf(catalog::Kind::Product, QStringLiteral("CHE-TOMME-1K")));
        QCOMPARE(form.tlc(), QStringLiteral("NEW-1"));  // the scan is kept
        QVERIFY2(form.receive(), qPrintable(form.errorMessage()));
        QCOMPARE(form.lastReceipt().value(QStringLiteral("tlc")).toString(), QStringLiteral("NEW-1"));
    }

    void capacityRefusalStaysInPlace()
    {
        ReceivingForm form(fx_->session());
        QVERIFY(form.scan(QStringLiteral("(01)") + gtinOf(QStringLiteral("CHE-MANCH-12")) + QStringLiteral("(17)260601(10)QLM-BIG")));
        form.setQuantity(QStringLiteral("5000"));
        form.setSupplierId(idOf(catalog::Kind::Supplier, QStringLiteral("SUP-ES-01")));
        form.setLocationId(idOf(catalog::Kind::Location, QStringLiteral("PF-A01")));  // capacity 2,000
        form.setReferenceNumber(QStringLiteral("PO-77"));
        QSignalSpy errors(&form, &ReceivingForm::errorChanged);
        QVERIFY(!form.receive());
        QVERIFY(errors.count() >= 1);
        QCOMPARE(form.errorField(), QStringLiteral("location"));
        QVERIFY2(form.errorMessage().contains(QStringLiteral("PF-A01")), qPrintable(form.errorMessage()));
        // Everything stays for the correction.
        QCOMPARE(form.quantity(), QStringLiteral("5000"));
        QCOMPARE(form.tlc(), QStringLiteral("QLM-BIG"));
        QCOMPARE(form.expiry(), QStringLiteral("2026-06-01"));
        QVERIFY(form.receipts().isEmpty());
        form.setLocationId(idOf(catalog::Kind::Location, QStringLiteral("CR-01")));
        QVERIFY2(form.receive(), qPrintable(form.errorMessage()));
        QVERIFY(form.errorMessage().isEmpty());
        // Without a lot code, Tracelot assigns one (and says so).
        QVERIFY(form.scan(QStringLiteral("(01)") + gtinOf(QStringLiteral("CHE-MANCH-12")) + QStringLiteral("(17)260601")));
        form.setQuantity(QStringLiteral("2"));
        QVERIFY2(form.receive(), qPrintable(form.errorMessage()));
        QVERIFY(form.lastReceipt().value(QStringLiteral("tlcAssigned")).toBool());
        QCOMPARE(form.receipts().size(), 2);
    }

    void readersMayNotReceive()
    {
        const Actor carla = [&] {
            auto r = ws().execute(admin_, QStringLiteral("CreateUser"),
                                  {{QStringLiteral("username"), QStringLiteral("carla")},
                                   {QStringLiteral("display_name"), QStringLiteral("Carla Diaz")},
                                   {QStringLiteral("password"), test::kPassword},
                                   {QStringLiteral("roles"), QJsonArray{QStringLiteral("cx_agent")}}});
            return r ? ws().directory().signIn(QStringLiteral("carla"), test::kPassword).value() : Actor{};
        }();
        fx_->session()->begin(carla);
        ReceivingForm form(fx_->session());
        QVERIFY(!form.canReceive());
        QVERIFY2(form.permissionNote().contains(QStringLiteral("Warehouse manager")), qPrintable(form.permissionNote()));
        StockViewModel vm(fx_->session());
        QVERIFY(!vm.actions()->canMove());
        QVERIFY(!vm.canWarn());
        QCOMPARE(vm.lots()->total(), 20);  // looking is allowed
    }
};

QTEST_MAIN(TstInventoryViewModel)
#include "tst_inventoryviewmodel.moc"

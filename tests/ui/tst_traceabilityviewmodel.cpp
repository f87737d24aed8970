// Traceability view model on a real database with the demo data: trace a demo lot code
// forward and backward (tree rows, summary), an unknown code refused in place, the recall
// scope shown before confirming, InitiateRecall refused for a role without it and done by
// the coordinator (holds placed, the recall listed and opened with its reconciliation),
// a notification without "whom" refused, close, the recall report PDF, the FSMA export.
#include "inventory/inventorymodule.h"
#include "sessionfixture.h"
#include "shell/session.h"
#include "traceability/traceabilityviewmodel.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace tracelot;
using namespace tracelot::ui;

class TstTraceabilityViewModel : public QObject {
    Q_OBJECT

    std::unique_ptr<test::SessionFixture> fx_;
    Actor coordinator_, qa_;

private slots:
    void initTestCase() { test::pinUiEnvironment(); }

    void init()
    {
        fx_ = std::make_unique<test::SessionFixture>();
        QVERIFY(fx_->setUp(true));
        coordinator_ = fx_->user(QStringLiteral("rita"), {QStringLiteral("recall_coordinator")});
        qa_ = fx_->user(QStringLiteral("quinn"), {QStringLiteral("qa_technician")});
        fx_->begin(coordinator_);
    }

    void cleanup() { fx_.reset(); }

    void traceForwardAndBackward()
    {
        TraceabilityViewModel vm(fx_->session());
        QVERIFY(!vm.trace(QStringLiteral("NO-SUCH-CODE"), true));
        QVERIFY(vm.traceError().contains(QLatin1String("NO-SUCH-CODE")));
        QVERIFY2(vm.trace(QStringLiteral("FJ24-1187"), true), qPrintable(vm.traceError()));
        QVERIFY(vm.traceError().isEmpty());
        QVERIFY(!vm.traceRows().isEmpty());
        const QVariantMap root = vm.traceRows().first().toMap();
        QCOMPARE(root.value(QStringLiteral("depth")).toInt(), 0);
        QVERIFY(root.value(QStringLiteral("text")).toString().contains(QLatin1String("FJ24-1187")));
        QVERIFY(vm.traceSummary().contains(QLatin1String("lot(s)")));
        QVERIFY(vm.trace(QStringLiteral("FJ24-1187"), false));
        QVERIFY(!vm.traceForward());
        bool received = false;
        for (const QVariant& r : vm.traceRows()) received = received || r.toMap().value(QStringLiteral("kind")).toString() == QLatin1String("receipt");
        QVERIFY(received);
        QVERIFY(!vm.customers().isEmpty());  // backward: the receipt and its supplier
    }

    void recallFromScopeToClose()
    {
        fx_->session()->begin(qa_);
        {
            TraceabilityViewModel vm(fx_->session());
            QVERIFY(!vm.canRecall());
            QVERIFY(vm.recallNote().contains(QLatin1String("Recall coordinator"), Qt::CaseInsensitive));
            QVERIFY(!vm.initiateRecall(QStringLiteral("FJ24-1187"), {}, QStringLiteral("Listeria"), QStringLiteral("I"), true));  // the core refuses
            QVERIFY(!vm.error().isEmpty());
            QVERIFY(vm.recalls().isEmpty());
        }
        fx_->session()->begin(coordinator_);
        TraceabilityViewModel vm(fx_->session());
        QVERIFY(vm.canRecall());
        QVERIFY(!vm.previewScope(QStringLiteral("  ")));
        QCOMPARE(vm.errorField(), QStringLiteral("key"));
        QVERIFY2(vm.previewScope(QStringLiteral("FJ24-1187")), qPrintable(vm.error()));
        QVERIFY(vm.scope().value(QStringLiteral("lots")).toInt() >= 1);
        QVERIFY(vm.scope().value(QStringLiteral("summary")).toString().contains(QLatin1String("will be held")));
        QVERIFY(vm.recalls().isEmpty());  // a preview writes nothing
        QVERIFY(!vm.initiateRecall(QStringLiteral("FJ24-1187"), {}, QStringLiteral(" "), QStringLiteral("I"), true));
        QCOMPARE(vm.errorField(), QStringLiteral("reason"));
        QVERIFY2(vm.initiateRecall(QStringLiteral("FJ24-1187"), {}, QStringLiteral("Listeria in a retained sample"), QStringLiteral("I"), true), qPrintable(vm.error()));
        QCOMPARE(vm.recalls().size(), 1);
        const QVariantMap r = vm.recall();
        QVERIFY(r.value(QStringLiteral("drill")).toBool());
        QVERIFY(!r.value(QStringLiteral("holds")).toList().isEmpty());
        QVERIFY(r.value(QStringLiteral("reconciliation")).toString().startsWith(QLatin1String("Shipped")));
        QVERIFY(r.value(QStringLiteral("drillText")).toString().contains(QLatin1String("4 hours")));
        // The report as PDF stops the drill clock.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("recall.pdf"));
        QVERIFY2(vm.saveReportPdf(pdf), qPrintable(vm.error()));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QVERIFY(vm.recall().value(QStringLiteral("drillText")).toString().contains(QLatin1String("report printed")));
        // Closing: nothing was shipped of it in the demo, so it closes without a signature;
        // otherwise the remainder needs a reason and the password.
        if (vm.recall().value(QStringLiteral("unreconciled")).toLongLong() != 0) {
            QVERIFY(!vm.closeRecall({}, {}));
            QCOMPARE(vm.errorField(), QStringLiteral("reason"));
            QVERIFY(!vm.closeRecall(QStringLiteral("wrong"), QStringLiteral("Sold out")));
            QCOMPARE(vm.errorField(), QStringLiteral("password"));
            QVERIFY2(vm.closeRecall(test::kPassword, QStringLiteral("Sold out")), qPrintable(vm.error()));
        } else {
            QVERIFY2(vm.closeRecall({}, {}), qPrintable(vm.error()));
        }
        QVERIFY(vm.recall().value(QStringLiteral("closed")).toBool());
        QCOMPARE(vm.recalls().first().toMap().value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
        QVERIFY(fx_->session()->workspace()->verify().ok());
    }

    void fsmaExport()
    {
        TraceabilityViewModel vm(fx_->session());
        QTemporaryDir dir;
        QVERIFY(!vm.exportFsma(QStringLiteral("2025-13-40"), QStringLiteral("2030-01-01"), {}, {}, QStringLiteral("csv"), dir.filePath(QStringLiteral("x"))));
        QCOMPARE(vm.errorField(), QStringLiteral("from"));
        QVERIFY2(vm.exportFsma(QStringLiteral("2000-01-01"), QStringLiteral("2100-01-01"), {}, {}, QStringLiteral("csv"), dir.filePath(QStringLiteral("fsma"))),
                 qPrintable(vm.error()));
        QFile csv(dir.filePath(QStringLiteral("fsma.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QVERIFY(text.startsWith("critical_tracking_event,cfr_section,traceability_lot_code"));
        QVERIFY(text.contains("FJ24-1187"));
        QVERIFY(vm.message().contains(QLatin1String("receiving")));
        QVERIFY2(vm.exportFsma({}, {}, {}, QStringLiteral("FJ24-1187"), QStringLiteral("xlsx"), dir.filePath(QStringLiteral("fsma"))), qPrintable(vm.error()));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("fsma.xlsx"))).size() > 1000);
    }
};

QTEST_MAIN(TstTraceabilityViewModel)
#include "tst_traceabilityviewmodel.moc"

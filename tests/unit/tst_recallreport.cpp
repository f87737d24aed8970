// Recall report PDF on the hand-built genealogy after a full recall (notified, recovery,
// signed write-off, closed), read back with pdftotext.
#include "reports/traceability/recallreport.h"
#include "traceability/traceabilitymodule.h"
#include "tst_tracefixture.h"

#include <QGuiApplication>
#include <QProcess>

using namespace tracelot;

class TstRecallReport : public QObject {
    Q_OBJECT

private slots:
    void reportCarriesEverySection()
    {
        test::Genealogy g;
        QVERIFY(g.build());
        auto r = g.ws->execute(g.coordinator, QStringLiteral("InitiateRecall"),
                               {{QStringLiteral("tlc"), QStringLiteral("FRA-002")}, {QStringLiteral("reason"), QStringLiteral("Listeria monocytogenes in retained sample")},
                                {QStringLiteral("class"), QStringLiteral("I")}, {QStringLiteral("drill"), true}});
        QVERIFY2(r, r ? "" : qPrintable(r.refusal().message));
        const QString id = r->events.front().payload.value(QLatin1String("recall_id")).toString();
        QVERIFY(g.ws->execute(g.coordinator, QStringLiteral("RecordCustomerNotified"),
                              {{QStringLiteral("recall_id"), id}, {QStringLiteral("customer_code"), QStringLiteral("CUS-BIST")},
                               {QStringLiteral("method"), QStringLiteral("email")}, {QStringLiteral("contact"), QStringLiteral("chef@bistro.example")}}));
        QVERIFY(g.ws->execute(g.coordinator, QStringLiteral("RecordRecovery"),
                              {{QStringLiteral("recall_id"), id}, {QStringLiteral("customer_code"), QStringLiteral("CUS-BIST")}, {QStringLiteral("returned"), 7},
                               {QStringLiteral("destroyed_at_customer"), 3}}));
        auto closed = g.ws->execute(g.coordinator, QStringLiteral("CloseRecall"),
                                    {{QStringLiteral("recall_id"), id}, {QStringLiteral("password"), test::kPassword},
                                     {QStringLiteral("write_off_reason"), QStringLiteral("Deli Corner sold it all")}});
        QVERIFY2(closed, closed ? "" : qPrintable(closed.refusal().message));
        g.clock->advance(20 * 60'000);
        const QString pdf = g.dir.filePath(QStringLiteral("recall.pdf"));
        QVERIFY(reports::writeRecallReportPdf(pdf, g.ws->database().sql(), g.ws->store(), id, g.clock->nowMs()));
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(p.waitForFinished(20000), "pdftotext (poppler-utils) is needed");
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
        const traceability::RecallState s = traceability::RecallQueries::load(g.ws->store(), id);
        const inventory::LotState m = inventory::fold(g.ws->store().readStream(inventory::lotStream(g.m)));
        for (const QString& expected :
             {QStringLiteral("Mock recall (drill) R-1 — class I"), QStringLiteral("Status: closed"), QStringLiteral("Listeria monocytogenes in retained sample"),
              QStringLiteral("Tracelot Fine Foods"), QStringLiteral("Drill timing"), QStringLiteral("after initiation"), QStringLiteral("FRA-002"), m.tlc,
              QStringLiteral("recalled lot"), QStringLiteral("downstream"), QStringLiteral("transformation 20"), QStringLiteral("transformation 10"),
              QStringLiteral("Bistro Nord"), QStringLiteral("Deli Corner"), QStringLiteral("chef@bistro.example"), QStringLiteral("not yet"),
              QStringLiteral("Shipped 18 = returned, destroyed or unrecoverable 10 + written off 8 + unreconciled 0"), QStringLiteral("Holds placed"),
              s.holds.front().number, QStringLiteral("Timeline"), QStringLiteral("Recall initiated: 3 lot(s) in scope"), QStringLiteral("Recovery from Bistro Nord: returned 7, destroyed 3"),
              QStringLiteral("remainder written off: Deli Corner sold it all"), QStringLiteral("Signed by"), s.signature.recordSha256.left(24)})
            QVERIFY2(text.contains(expected), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(expected, text)));
        QVERIFY2(text.contains(QStringLiteral("report printed 20 h 0 min")) || text.contains(QStringLiteral("report printed 0 h 20 min")), qPrintable(text));
    }
};

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    TstRecallReport t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_recallreport.moc"

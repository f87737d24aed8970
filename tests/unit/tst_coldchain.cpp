// Cold chain end to end (DOMAIN flow 2): a data-logger file shows an excursion in a cold
// room → every lot present in the room during the excursion is held (and only those) →
// a corrective action is recorded → QA disposes of the hold with a signature.
#include "inventory/inventorymodule.h"
#include "inventoryfixture.h"
#include "quality/qualitymodule.h"
#include "reports/haccp.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace tracelot;

namespace {
qint64 at(int hour, int minute = 0) { return QDateTime(QDate(2026, 1, 1), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch(); }

// Readings every 5 minutes from 09:00 to 11:00; 7.5 °C from 09:30 to 09:55 (back at 10:00).
QString loggerFile()
{
    QString csv = QStringLiteral("Timestamp,Temperature (°C)\n");
    for (int m = 0; m <= 120; m += 5) {
        const QDateTime t = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC).addSecs(m * 60);
        csv += QStringLiteral("%1,%2\n").arg(t.toString(Qt::ISODate), m >= 30 && m < 60 ? QStringLiteral("7.5") : QStringLiteral("3.1"));
    }
    return csv;
}
}  // namespace

class TstColdChain : public QObject {
    Q_OBJECT
private slots:
    void excursionHoldsTheLotsThatWereThere()
    {
        test::Warehouse w;
        QVERIFY(w.setUp());
        const Actor qa = w.user(QStringLiteral("quinn"), {QStringLiteral("qa_technician")});
        w.clock->set(at(8));
        const QString early = w.receive(w.cheese, 10, w.cold, QDate(2026, 3, 1), QStringLiteral("IN-ROOM"));
        w.clock->set(at(12));
        const QString late = w.receive(w.cheese, 10, w.cold, QDate(2026, 3, 1), QStringLiteral("ARRIVED-AFTER"));
        w.clock->set(at(13));
        QVERIFY(w.run(QStringLiteral("MoveStock"), {{QStringLiteral("lot_id"), early}, {QStringLiteral("from_location_id"), w.cold},
                                                    {QStringLiteral("to_location_id"), w.pick}, {QStringLiteral("quantity"), 10}}));  // left the room since

        auto r = w.ws->execute(qa, QStringLiteral("RecordTemperatures"), {{QStringLiteral("location_code"), QStringLiteral("CR")}, {QStringLiteral("csv"), loggerFile()}});
        QVERIFY2(r, r ? "" : qPrintable(r.refusal().message));
        QStringList types;
        for (const Event& e : r->events) types << e.type;
        QCOMPARE(types, QStringList({QStringLiteral("temperature.readings_recorded"), QStringLiteral("temperature.excursion_detected"), QStringLiteral("hold.placed")}));
        const QJsonObject hold = r->events.back().payload;
        QCOMPARE(hold.value(QLatin1String("lot_id")).toString(), early);  // the lot that was there, wherever it is now
        QCOMPARE(hold.value(QLatin1String("cause")).toString(), QStringLiteral("temperature"));
        QVERIFY(hold.value(QLatin1String("reason")).toString().contains(QLatin1String("peak 7.5")));
        quality::QualityQueries q(w.ws->database().sql());
        QCOMPARE(q.heldAt(late, w.cold).any(), false);
        QCOMPARE(q.heldAt(early, w.pick).all, true);

        // No disposal before the corrective action; with it, QA may release.
        const QString excursion = r->events[1].payload.value(QLatin1String("excursion_id")).toString();
        auto early1 = w.ws->execute(qa, QStringLiteral("DisposeHold"), {{QStringLiteral("hold_number"), hold.value(QLatin1String("number")).toString()},
                                                                      {QStringLiteral("disposition"), QStringLiteral("release")}, {QStringLiteral("password"), test::kPassword}});
        QCOMPARE(early1.refusal().code, QStringLiteral("quality.corrective_action_missing"));
        QVERIFY(w.ws->execute(qa, QStringLiteral("RecordCorrectiveAction"), {{QStringLiteral("excursion_id"), excursion},
                                                                            {QStringLiteral("action"), QStringLiteral("Door seal replaced; product core temperature checked at 3.8 °C")}}));
        auto disposed = w.ws->execute(qa, QStringLiteral("DisposeHold"), {{QStringLiteral("hold_number"), hold.value(QLatin1String("number")).toString()},
                                                                        {QStringLiteral("disposition"), QStringLiteral("release")}, {QStringLiteral("password"), test::kPassword}});
        QVERIFY2(disposed, disposed ? "" : qPrintable(disposed.refusal().message));

        // The excursion and its corrective action are on record for the HACCP report.
        QSqlQuery x(w.ws->database().sql());
        QVERIFY(x.exec(QStringLiteral("SELECT kind, peak_c, corrective_action FROM quality_excursions")) && x.next());
        QCOMPARE(x.value(0).toString(), QStringLiteral("out_of_range"));
        QCOMPARE(x.value(1).toString(), QStringLiteral("7.5"));
        QVERIFY(x.value(2).toString().startsWith(QLatin1String("Door seal")));
        QVERIFY(x.exec(QStringLiteral("SELECT COUNT(*) FROM quality_temperatures")) && x.next());
        QCOMPARE(x.value(0).toInt(), 25);
        x.finish();  // an open cursor would keep verify() from rebuilding the table

        // The same file again adds nothing and is refused.
        auto again = w.ws->execute(qa, QStringLiteral("RecordTemperatures"), {{QStringLiteral("location_code"), QStringLiteral("CR")}, {QStringLiteral("csv"), loggerFile()}});
        QCOMPARE(again.refusal().code, QStringLiteral("temperature.already_recorded"));
        const AuditReport report = w.ws->verify();
        QVERIFY2(report.ok(), qPrintable(report.text()));

        // The HACCP record of the day: limits, readings, the deviation with its action and hold.
        const QString pdf = w.dir.filePath(QStringLiteral("haccp.pdf"));
        QVERIFY(reports::writeHaccpPdf(pdf, w.ws->database().sql(), {w.cold, QDate(2026, 1, 1), QDate(2026, 1, 1), QStringLiteral("Tracelot Fine Foods")}));
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(20000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
        for (const QString& expected : {QStringLiteral("Temperature monitoring record"), QStringLiteral("0.0 °C to 4.0 °C"), QStringLiteral("15 minutes"),
                                        QStringLiteral("25, from 2026-01-01 09:00 UTC"), QStringLiteral("3.1 °C / 7.5 °C"), QStringLiteral("out of range"),
                                        QStringLiteral("7.5 °C"), QStringLiteral("IN-ROOM"), QStringLiteral("Door seal"), QStringLiteral("Reviewed by")})
            QVERIFY2(text.contains(expected), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(expected, text)));
    }

    void badFileIsRefusedWholeWithLineNumbers()
    {
        test::Warehouse w;
        QVERIFY(w.setUp());
        const Actor qa = w.user(QStringLiteral("quinn"), {QStringLiteral("qa_technician")});
        const QStringList before = test::snapshot(*w.ws);
        const QString csv = QStringLiteral("Timestamp,Temperature (°C)\n2026-01-01T09:00:00Z,3.1\n2026-01-01T09:05:00Z,warm\n2026-02-30T09:10:00Z,3.2\n");
        auto r = w.ws->execute(qa, QStringLiteral("RecordTemperatures"), {{QStringLiteral("location_code"), QStringLiteral("CR")}, {QStringLiteral("csv"), csv}});
        QVERIFY(!r);
        QVERIFY2(r.refusal().message.contains(QLatin1String("line 3")), qPrintable(r.refusal().message));
        QVERIFY(r.refusal().message.contains(QLatin1String("line 4")));
        QCOMPARE(test::snapshot(*w.ws), before);
    }
};

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);  // PDF output needs a GUI application (offscreen)
    TstColdChain tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}
#include "tst_coldchain.moc"

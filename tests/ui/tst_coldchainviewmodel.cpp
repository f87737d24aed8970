// The cold-chain page's view model on a real database with the demo data: the monitored
// locations with their allowed ranges, importing a data-logger file (a bad file refused
// whole), the readings the chart draws (downsampled without losing a peak), the excursion
// band, the excursions with the holds they raised, corrective actions (and who may record
// them), and the HACCP record.
#include "quality/coldchainviewmodel.h"
#include "sessionfixture.h"
#include "shell/session.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLineSeries>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tracelot;
using namespace tracelot::ui;

class TstColdChainViewModel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::SessionFixture> fx_;
    Actor qa_;
    Actor cx_;

    QString locationIdOf(const ColdChainViewModel& vm, const QString& code)
    {
        for (const QVariant& v : vm.locations())
            if (v.toMap().value(QStringLiteral("code")).toString() == code) return v.toMap().value(QStringLiteral("id")).toString();
        return {};
    }
    // One reading a minute for the `minutes` minutes up to now (the first a minute into the
    // span, so a file continues the log before it); `value(minute)` in °C.
    QString loggerFile(int minutes, const std::function<QString(int)>& value)
    {
        const qint64 end = fx_->clock->nowMs() - fx_->clock->nowMs() % 60000;
        QString csv = QStringLiteral("Timestamp,Temperature (°C)\n");
        for (int m = 1; m <= minutes; ++m)
            csv += QStringLiteral("%1,%2\n").arg(QDateTime::fromMSecsSinceEpoch(end - qint64(minutes - m) * 60000, Qt::UTC).toString(Qt::ISODate), value(m));
        return csv;
    }
    int openHoldsCausedBy(const QString& excursionId)
    {
        QSqlQuery q(fx_->session()->workspace()->database().sql());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM quality_holds WHERE status = 'open' AND json_extract(record, '$.cause_reference') = ?"));
        q.addBindValue(excursionId);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase() { test::pinUiEnvironment(); }

    void init()
    {
        fx_ = std::make_unique<test::SessionFixture>();
        QVERIFY(fx_->setUp(true));
        qa_ = fx_->user(QStringLiteral("quinn"), {QStringLiteral("qa_technician")});
        cx_ = fx_->user(QStringLiteral("casey"), {QStringLiteral("cx_agent")});
        fx_->begin(qa_);
    }

    void cleanup() { fx_.reset(); }

    void monitoredLocationsComeFromTheCatalog()
    {
        ColdChainViewModel vm(fx_->session());
        QAbstractItemModelTester tester(vm.excursions());
        const QString cr2 = locationIdOf(vm, QStringLiteral("CR-02"));
        QVERIFY(!cr2.isEmpty());
        QVERIFY(!locationIdOf(vm, QStringLiteral("CR-01")).isEmpty());
        for (const QVariant& v : vm.locations()) {  // only locations with a range are monitored
            const QVariantMap m = v.toMap();
            QVERIFY2(m.value(QStringLiteral("maxC")).toDouble() >= m.value(QStringLiteral("minC")).toDouble(), qPrintable(m.value(QStringLiteral("code")).toString()));
        }
        vm.setLocationId(cr2);
        QCOMPARE(vm.minC(), 0.0);
        QCOMPARE(vm.maxC(), 4.0);
        // The demo's week of readings every 5 minutes, all in range.
        QCOMPARE(vm.readingCount(), 7 * 24 * 12 + 1);
        QCOMPARE(vm.excursions()->count(), 0);
        QVERIFY2(vm.summary().contains(QStringLiteral("2,017")), qPrintable(vm.summary()));
        QVERIFY(vm.readingPoints().size() > 1000 && vm.readingPoints().size() <= 2002);  // downsampled to the point budget
        QVERIFY(vm.canRecord());
        // A location without readings says so.
        vm.setLocationId(locationIdOf(vm, QStringLiteral("PF-A02")));
        QCOMPARE(vm.readingCount(), 0);
        QVERIFY(vm.summary().contains(QStringLiteral("No readings")));
        QVERIFY(vm.readingPoints().isEmpty());
    }

    void aBadFileIsRefusedWholeAndAGoodOneShowsTheExcursionWithItsHolds()
    {
        ColdChainViewModel vm(fx_->session());
        QAbstractItemModelTester tester(vm.excursions());
        vm.setLocationId(locationIdOf(vm, QStringLiteral("CR-02")));
        vm.setDays(1);
        const int before = vm.readingCount();

        QVERIFY(!vm.importCsv(QStringLiteral("Timestamp,Temperature (°C)\n2026-01-01T09:00:00Z,3.1\n2026-01-01T09:01:00Z,warm\n"), QStringLiteral("bad.csv"), {}));
        QVERIFY(vm.messageIsProblem());
        QVERIFY2(vm.message().contains(QStringLiteral("3")), qPrintable(vm.message()));  // names the line
        QCOMPARE(vm.readingCount(), before);
        QCOMPARE(vm.excursions()->count(), 0);

        // The next two hours, continuing the demo's log; 40 minutes at 7.5 °C (tolerance of CR-02: 15 minutes).
        fx_->clock->advance(2 * 3600 * 1000LL);
        QVERIFY2(vm.importCsv(loggerFile(120, [](int m) { return m >= 30 && m < 70 ? QStringLiteral("7.5") : QStringLiteral("2.5"); }),
                              QStringLiteral("cr02.csv"), {}),
                 qPrintable(vm.message()));
        QVERIFY(!vm.messageIsProblem());
        // The day shown now ends two hours later: 22 hours of the demo's log (every 5 minutes) + 120.
        QCOMPARE(before, 24 * 12 + 1);
        QCOMPARE(vm.readingCount(), 22 * 12 + 1 + 120);
        QVERIFY2(vm.summary().contains(QStringLiteral("highest 7.5")), qPrintable(vm.summary()));
        QCOMPARE(vm.excursions()->count(), 1);
        const QModelIndex row = vm.excursions()->index(0);
        QCOMPARE(row.data(ExcursionListModel::KindRole).toString(), QStringLiteral("out_of_range"));
        QCOMPARE(row.data(ExcursionListModel::PeakRole).toString(), QStringLiteral("7.5 °C"));
        QVERIFY(row.data(ExcursionListModel::NeedsActionRole).toBool());
        const QString excursionId = row.data(ExcursionListModel::ExcursionIdRole).toString();
        const int holds = openHoldsCausedBy(excursionId);
        QVERIFY2(holds > 0, "the demo's fish lots in CR-02 are held");
        QCOMPARE(row.data(ExcursionListModel::HoldsRole).toString().count(QStringLiteral("(open)")), holds);
        QVERIFY2(vm.message().contains(QStringLiteral("Excursions detected: 1")), qPrintable(vm.message()));

        // The chart: every reading (fewer than the point budget), the band above the axis
        // floor exactly during the excursion.
        const QList<QPointF> points = vm.readingPoints();
        QCOMPARE(points.size(), vm.readingCount());
        QLineSeries line, shade;
        vm.fillReadings(&line);
        QCOMPARE(line.count(), vm.readingCount());
        vm.fillExcursionShade(&shade);
        QCOMPARE(shade.count(), 6);  // floor at the start, up and down around the excursion, floor at the end
        QCOMPARE(shade.at(2).y(), vm.axisHigh());
        QCOMPARE(shade.at(1).x(), shade.at(2).x());
        QVERIFY(vm.axisLow() < 0.0 && vm.axisHigh() > 7.5);

        // A corrective action: refused when empty, then recorded and shown.
        QVERIFY(!vm.recordCorrectiveAction(excursionId, QStringLiteral("   ")));
        QVERIFY(vm.messageIsProblem());
        QVERIFY2(vm.recordCorrectiveAction(excursionId, QStringLiteral("Door seal replaced; product core temperatures checked")), qPrintable(vm.message()));
        QCOMPARE(vm.excursions()->count(), 1);
        QVERIFY(!vm.excursions()->index(0).data(ExcursionListModel::NeedsActionRole).toBool());
        QVERIFY(vm.excursions()->index(0).data(ExcursionListModel::CorrectiveActionRole).toString().contains(QStringLiteral("Door seal")));

        // The HACCP record of the window carries it.
        QVERIFY(vm.haccpHtml().contains(QStringLiteral("Door seal replaced")));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("haccp.pdf"));
        QVERIFY2(vm.saveHaccpPdf(pdf), qPrintable(vm.message()));
        QVERIFY(QFileInfo(pdf).size() > 1000);
    }

    void aShortPeakSurvivesDownsampling()
    {
        ColdChainViewModel vm(fx_->session());
        vm.setLocationId(locationIdOf(vm, QStringLiteral("CR-01")));
        vm.setDays(3);
        fx_->clock->advance(3 * 24 * 3600 * 1000LL);
        // Three days of readings; one reading at 9.9 °C (a door left open for a minute: under
        // the tolerance, so no excursion — but the chart must still show it).
        QVERIFY2(vm.importCsv(loggerFile(3 * 24 * 60, [](int m) { return m == 2000 ? QStringLiteral("9.9") : QStringLiteral("4.0"); }), {}, {}),
                 qPrintable(vm.message()));
        QCOMPARE(vm.readingCount(), 3 * 24 * 60 + 1);  // + the demo's last reading, where the file takes over
        QCOMPARE(vm.excursions()->count(), 0);  // the file continues the demo's log: no gap either
        const QList<QPointF> points = vm.readingPoints();
        QVERIFY2(points.size() <= 2002, qPrintable(QString::number(points.size())));
        QVERIFY(points.size() > 500);
        double peak = 0;
        for (int i = 0; i < points.size(); ++i) {
            peak = std::max(peak, points[i].y());
            if (i > 0) QVERIFY(points[i].x() >= points[i - 1].x());  // time order kept
        }
        QCOMPARE(peak, 9.9);
    }

    void onlyQaOrManagersRecord()
    {
        fx_->session()->begin(cx_);
        ColdChainViewModel vm(fx_->session());
        QVERIFY(!vm.canRecord());
        QVERIFY(!vm.permissionNote().isEmpty());
        vm.setLocationId(locationIdOf(vm, QStringLiteral("CR-02")));
        const int before = vm.readingCount();
        fx_->clock->advance(600000);
        // The core refuses, whatever the page shows.
        QVERIFY(!vm.importCsv(loggerFile(10, [](int) { return QStringLiteral("3.0"); }), {}, {}));
        QVERIFY(vm.messageIsProblem());
        QVERIFY(vm.message().contains(QStringLiteral("role")) || vm.message().contains(QStringLiteral("permission")) || !vm.message().isEmpty());
        vm.reload();
        QCOMPARE(vm.readingCount(), before);
    }
};

QTEST_MAIN(TstColdChainViewModel)
#include "tst_coldchainviewmodel.moc"

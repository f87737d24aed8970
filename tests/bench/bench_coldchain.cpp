// Benchmark (issue 4): importing one year of 1-minute data-logger readings for 20 locations
// (~10.5M rows) with excursion detection. Prints parse + detection rows/s (pure functions)
// and the durable import through the pipeline (RecordTemperatures: events, projections,
// holds of the lots present during excursions), rows/s.
#include "catalog/catalogmodule.h"
#include "identity/identitymodule.h"
#include "pipeline/commandbus.h"
#include "quality/temperature.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

using namespace tracelot;

namespace {
// One logger file: readings every minute, 2.0–4.0 °C, with a 40-minute excursion to 7.x °C every 10 days.
QByteArray loggerFile(int location, int minutes, qint64 startMs)
{
    QByteArray csv = "Timestamp,Temperature (°C)\n";
    csv.reserve(minutes * 28);
    for (int m = 0; m < minutes; ++m) {
        const int dayMinute = m % (24 * 60 * 10);
        const bool excursion = dayMinute >= 600 && dayMinute < 640;
        const int dc = excursion ? 70 + (m % 9) : 20 + ((m * 7 + location) % 21);
        csv += QDateTime::fromMSecsSinceEpoch(startMs + qint64(m) * 60000, Qt::UTC).toString(Qt::ISODate).toLatin1();
        csv += ',';
        csv += QByteArray::number(dc / 10) + '.' + QByteArray::number(dc % 10);
        csv += '\n';
    }
    return csv;
}
}  // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int locations = 20, days = 365, pipelineLocations = 2;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--locations")) locations = args[i + 1].toInt();
        if (args[i] == QLatin1String("--days")) days = args[i + 1].toInt();
        if (args[i] == QLatin1String("--pipeline-locations")) pipelineLocations = args[i + 1].toInt();
    }
    QTextStream out(stdout);
    const int minutes = days * 24 * 60;
    const qint64 start = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const quality::TemperatureRange range{20, 40};

    // 1. Pure: parse every file and detect excursions.
    qint64 rows = 0, excursions = 0;
    double parseS = 0, detectS = 0;
    for (int l = 0; l < locations; ++l) {
        const QByteArray file = loggerFile(l, minutes, start);
        QElapsedTimer t;
        t.start();
        auto readings = quality::parseTemperatureCsv(file);
        parseS += static_cast<double>(t.nsecsElapsed()) / 1e9;
        if (!readings) {
            out << readings.refusal().message << "\n";
            return 1;
        }
        t.restart();
        excursions += static_cast<qint64>(quality::detectExcursions(readings.value(), range, 15).size());
        detectS += static_cast<double>(t.nsecsElapsed()) / 1e9;
        rows += static_cast<qint64>(readings->size());
    }

    // 2. Through the pipeline: RecordTemperatures for some locations, one durable command each.
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-XXXXXX"));
    auto w = Workspace::open(dir.filePath(QStringLiteral("cold.sqlite")));
    if (!w) return 1;
    Workspace& ws = *w.value();
    const QString pw = QStringLiteral("benchmark password");
    ws.execute(Actor{}, QStringLiteral("CreateFirstAdmin"), {{QStringLiteral("username"), QStringLiteral("bench")}, {QStringLiteral("display_name"), QStringLiteral("Bench")}, {QStringLiteral("password"), pw}});
    Actor admin = ws.directory().signIn(QStringLiteral("bench"), pw).value();
    ws.execute(admin, QStringLiteral("GrantRole"), {{QStringLiteral("username"), QStringLiteral("bench")}, {QStringLiteral("role"), QStringLiteral("warehouse_manager")}});
    admin = ws.directory().signIn(QStringLiteral("bench"), pw).value();
    qint64 pipelineRows = 0;
    QElapsedTimer pt;
    double pipelineS = 0;
    for (int l = 0; l < pipelineLocations; ++l) {
        const QString code = QStringLiteral("CR-%1").arg(l);
        ws.execute(admin, QStringLiteral("DefineLocation"), {{QStringLiteral("code"), code}, {QStringLiteral("name"), code}, {QStringLiteral("type"), QStringLiteral("cold_room")},
                                                            {QStringLiteral("temp_min_c"), QStringLiteral("2")}, {QStringLiteral("temp_max_c"), QStringLiteral("4")}});
        const QString csv = QString::fromLatin1(loggerFile(l, minutes, start));
        pt.start();
        auto r = ws.execute(admin, QStringLiteral("RecordTemperatures"), {{QStringLiteral("location_code"), code}, {QStringLiteral("csv"), csv}});
        pipelineS += static_cast<double>(pt.nsecsElapsed()) / 1e9;
        if (!r) {
            out << r.refusal().message << "\n";
            return 1;
        }
        pipelineRows += minutes;
    }

    out << "Tracelot cold-chain benchmark\n";
    out << "reproduce: scripts/dev.sh bench   (or build/release/tests/bench/bench_coldchain --locations " << locations << " --days " << days
        << " --pipeline-locations " << pipelineLocations << ")\n";
    out << QStringLiteral("parse: %1 rows (%2 locations x %3 days of 1-minute readings) in %4 s = %5 rows/s\n")
               .arg(rows)
               .arg(locations)
               .arg(days)
               .arg(parseS, 0, 'f', 2)
               .arg(rows / parseS, 0, 'f', 0);
    out << QStringLiteral("excursion detection: %1 excursions in %2 s = %3 rows/s\n").arg(excursions).arg(detectS, 0, 'f', 2).arg(rows / detectS, 0, 'f', 0);
    out << QStringLiteral("import through the pipeline (parse, detect, events, projections, durable commit): %1 rows in %2 s = %3 rows/s\n")
               .arg(pipelineRows)
               .arg(pipelineS, 0, 'f', 2)
               .arg(pipelineRows / pipelineS, 0, 'f', 0);
    return 0;
}

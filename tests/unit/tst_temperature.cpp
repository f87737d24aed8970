// Cold chain temperatures (issue #4): data-logger CSV import (header detection, delimiters,
// time formats, units, atomic refusal with line numbers), excursion and monitoring gap
// boundaries, merging overlapping imports, and the RecordTemperatures events. Fixed times only.
#include "common/canonicaljson.h"
#include "quality/temperature.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace tracelot;
using namespace tracelot::quality;

namespace {

const qint64 kMinute = 60 * 1000;

qint64 utc(const QString& iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    Q_ASSERT(t.isValid());
    return t.toMSecsSinceEpoch();
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QByteArray dataFile(const char* name)
{
    QFile f(QStringLiteral(TRACELOT_TEST_DATA "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly)) qFatal("cannot open test data %s", name);
    return f.readAll();
}

CsvOptions optionsFor(const QByteArray& zone, int unit = 0, int order = 0)
{
    CsvOptions o;
    if (!zone.isEmpty()) o.timeZone = QTimeZone(zone);
    o.unit = TemperatureUnit(unit);
    o.dateOrder = DateOrder(order);
    return o;
}

// "2026-03-01T10:00:00Z=35@2": one reading per item, as the test expects them.
QStringList describe(const std::vector<Reading>& readings)
{
    QStringList out;
    for (const Reading& r : readings)
        out << QStringLiteral("%1=%2@%3").arg(iso(r.atMs)).arg(r.decicelsius).arg(r.line);
    return out;
}

// "0=40 5=51": minutes after 2026-03-01 10:00 UTC = decicelsius.
std::vector<Reading> series(const QString& spec)
{
    const qint64 base = utc(QStringLiteral("2026-03-01T10:00:00Z"));
    std::vector<Reading> out;
    for (const QString& item : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList kv = item.split(QLatin1Char('='));
        out.push_back({ base + kv.at(0).toLongLong() * kMinute, kv.at(1).toInt(), 0 });
    }
    return out;
}

// "out_of_range 5-21 peak 55" / "... ongoing" / "monitoring_gap 0-16", minutes after 10:00.
QStringList describe(const std::vector<Excursion>& excursions)
{
    const qint64 base = utc(QStringLiteral("2026-03-01T10:00:00Z"));
    QStringList out;
    for (const Excursion& e : excursions) {
        QString s = QStringLiteral("%1 %2-%3").arg(excursionKindName(e.kind)).arg((e.startMs - base) / kMinute).arg((e.endMs - base) / kMinute);
        if (e.kind == ExcursionKind::OutOfRange) s += QStringLiteral(" peak %1").arg(e.peakDc);
        if (e.ongoing) s += QStringLiteral(" ongoing");
        out << s;
    }
    return out;
}

// "0..50", "..50", "0..": tenths of °C, a side left empty is not checked.
TemperatureRange rangeOf(const QString& spec)
{
    const QStringList parts = spec.split(QStringLiteral(".."));
    TemperatureRange r;
    if (!parts.at(0).isEmpty()) r.minDc = parts.at(0).toInt();
    if (!parts.at(1).isEmpty()) r.maxDc = parts.at(1).toInt();
    return r;
}

std::vector<Reading> parsed(const QByteArray& file, const CsvOptions& options = {})
{
    auto r = parseTemperatureCsv(file, options);
    if (!r) qWarning("refused: %s", qPrintable(r.refusal().message));
    return r ? r.value() : std::vector<Reading> {};
}

QStringList types(const NewEvents& events)
{
    QStringList out;
    for (const NewEvent& e : events)
        out << e.type;
    return out;
}

QByteArray canonical(const NewEvents& events)
{
    QJsonArray a;
    for (const NewEvent& e : events)
        a.append(
            QJsonObject { { QStringLiteral("type"), e.type }, { QStringLiteral("stream"), e.stream }, { QStringLiteral("payload"), e.payload } });
    return canonicalJson(QJsonValue(a));
}

Event asEvent(const NewEvent& ne)
{
    Event e;
    e.type = ne.type;
    e.stream = ne.stream;
    e.payload = ne.payload;
    return e;
}

} // namespace

class TstTemperature : public QObject {
    Q_OBJECT

private slots:
    // --- CSV import ---------------------------------------------------------------------

    void readsSampleFiles_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("headerLine");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<QString>("timeColumn");
        QTest::addColumn<QString>("temperatureColumn");
        QTest::addColumn<int>("unit");
        QTest::addColumn<int>("dateOrder");

        const int C = int(TemperatureUnit::Celsius), F = int(TemperatureUnit::Fahrenheit);
        const int none = int(DateOrder::Auto), dayFirst = int(DateOrder::DayFirst), monthFirst = int(DateOrder::MonthFirst);
        // The +01:00 row is an hour earlier than the Z rows: rows are sorted by instant.
        QTest::newRow("comma, ISO 8601, °C") << dataFile("comma_iso_celsius.csv") << QByteArray()
                                             << QStringList { "2026-03-01T09:10:00Z=41@4", "2026-03-01T10:00:00Z=35@2", "2026-03-01T10:05:00Z=36@3" }
                                             << 1 << ","
                                             << "Timestamp"
                                             << "Temperature (°C)" << C << none;
        // Preamble lines before the header; 28/02 means day first; Berlin is UTC+1 in winter.
        QTest::newRow("semicolon, decimal comma, dd/MM, preamble")
            << dataFile("semicolon_decimal_comma_ddmm.csv") << QByteArray("Europe/Berlin")
            << QStringList { "2026-02-28T22:55:00Z=35@5", "2026-02-28T23:00:00Z=-4@6", "2026-02-28T23:05:00Z=40@7" } << 4 << ";"
            << "Datum/Zeit"
            << "Temperatur [°C]" << C << dayFirst;
        // No part above 12: AM/PM (and °F) mean a US logger, month first. Chicago is UTC-6.
        QTest::newRow("US logger, °F, AM/PM") << dataFile("us_fahrenheit_ampm.csv") << QByteArray("America/Chicago")
                                              << QStringList { "2026-03-02T05:55:00Z=40@2", "2026-03-02T06:00:00Z=45@3", "2026-03-02T06:05:00Z=0@4",
                                                     "2026-03-02T18:10:00Z=6@5" }
                                              << 1 << ","
                                              << "Date Time"
                                              << "Temp(°F)" << F << monthFirst;
        QTest::newRow("tab, separate date and time columns")
            << dataFile("tab_date_time_columns.csv") << QByteArray()
            << QStringList { "2026-03-01T10:00:00Z=-185@2", "2026-03-01T10:15:00Z=-182@3", "2026-03-01T10:30:00Z=-179@4" } << 1 << "\t"
            << "Date + Time"
            << "Temperature" << C << none;
        // -1.25 rounds half away from zero to -1.3.
        QTest::newRow("epoch seconds, comments, Celsius")
            << dataFile("epoch_seconds.csv") << QByteArray("Europe/Berlin")
            << QStringList { "2026-03-01T10:00:00Z=20@4", "2026-03-01T10:05:00Z=25@5", "2026-03-01T10:10:00Z=-13@6" } << 3 << ","
            << "unix_time"
            << "celsius" << C << none;
        QTest::newRow("UTF-8 BOM, CRLF") << dataFile("bom_utf8.csv") << QByteArray()
                                         << QStringList { "2026-03-01T10:00:00Z=40@2", "2026-03-01T10:05:00Z=42@3" } << 1 << ";"
                                         << "Time"
                                         << "Temp °C" << C << none;
        // Delimiters and a line break inside quotes: the third reading starts on line 5.
        QTest::newRow("quoted fields") << dataFile("quoted_fields.csv") << QByteArray()
                                       << QStringList { "2026-03-01T10:00:00Z=42@2", "2026-03-01T10:05:00Z=44@3", "2026-03-01T10:10:00Z=40@5" } << 1
                                       << ","
                                       << "Date, Time"
                                       << "Temperature, °C" << C << none;
        QTest::newRow("latin-1 degree sign") << QByteArray("Time,Temp (\xB0"
                                                           "F)\n2026-03-01 10:00,41\n")
                                             << QByteArray() << QStringList { "2026-03-01T10:00:00Z=50@2" } << 1 << ","
                                             << "Time" << QString::fromUtf8("Temp (°F)") << F << none;
        QTest::newRow("UTC in the time header wins over the logger zone")
            << QByteArray("Time (UTC);Celsius\n2026-07-01 10:00;4,0\n") << QByteArray("Europe/Berlin") << QStringList { "2026-07-01T10:00:00Z=40@2" }
            << 1 << ";"
            << "Time (UTC)"
            << "Celsius" << C << none;
        QTest::newRow("UTC+1 in the time header") << QByteArray("Datetime (UTC+1),Temp\n2026-07-01 10:00,4\n") << QByteArray()
                                                  << QStringList { "2026-07-01T09:00:00Z=40@2" } << 1 << ","
                                                  << "Datetime (UTC+1)"
                                                  << "Temp" << C << none;
        QTest::newRow("milliseconds epoch, unit after the value") << QByteArray("Timestamp,Value (temp)\n1772359200000,39.2 °F\n") << QByteArray()
                                                                  << QStringList { "2026-03-01T10:00:00Z=40@2" } << 1 << ","
                                                                  << "Timestamp"
                                                                  << "Value (temp)" << F << none;
        QTest::newRow("alarm and humidity columns ignored, °C preferred over °F")
            << QByteArray("No.,Date/Time,Temp Alarm,Temperature (°F),Temperature (°C),RH (%)\n1,2026-03-01 10:00:00,0,39.2,4.0,55\n") << QByteArray()
            << QStringList { "2026-03-01T10:00:00Z=40@2" } << 1 << ","
            << "Date/Time"
            << "Temperature (°C)" << C << none;
        QTest::newRow("repeated header and blank rows skipped")
            << QByteArray("Time,Temp\n2026-03-01 10:00,4\n,\nTime,Temp\n2026-03-01 10:05,4.1\n\n") << QByteArray()
            << QStringList { "2026-03-01T10:00:00Z=40@2", "2026-03-01T10:05:00Z=41@5" } << 1 << ","
            << "Time"
            << "Temp" << C << none;
        QTest::newRow("ISO with fraction and offset") << QByteArray("timestamp\ttemperature\n2026-03-01T10:00:00.250-05:00\t+3.95\n") << QByteArray()
                                                      << QStringList { "2026-03-01T15:00:00Z=40@2" } << 1 << "\t"
                                                      << "timestamp"
                                                      << "temperature" << C << none;
    }

    void readsSampleFiles()
    {
        QFETCH(QByteArray, file);
        QFETCH(QByteArray, zone);
        QFETCH(QStringList, expected);
        QFETCH(int, headerLine);
        QFETCH(QString, delimiter);
        QFETCH(QString, timeColumn);
        QFETCH(QString, temperatureColumn);
        QFETCH(int, unit);
        QFETCH(int, dateOrder);

        const auto csv = inspectTemperatureCsv(file, optionsFor(zone));
        QVERIFY2(csv.ok(), csv.ok() ? "" : qPrintable(csv.refusal().message));
        QCOMPARE(describe(csv->readings), expected);
        QCOMPARE(csv->headerLine, headerLine);
        QCOMPARE(QString(csv->delimiter), delimiter);
        QCOMPARE(csv->timeColumn, timeColumn);
        QCOMPARE(csv->temperatureColumn, temperatureColumn);
        QCOMPARE(int(csv->unit), unit);
        QCOMPARE(int(csv->dateOrder), dateOrder);
        // parseTemperatureCsv gives the same readings.
        QCOMPARE(describe(parsed(file, optionsFor(zone))), expected);
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<int>("unit");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");

        QTest::newRow("several broken lines")
            << dataFile("bad_rows.csv") << QByteArray() << 0 << "temperature.csv_invalid"
            << "The file was not imported: line 3: \"abc\" is not a temperature; "
               "line 5: the time \"2026-02-31 10:15\" does not exist; line 6: \"yesterday\" is not a time; "
               "line 7: the temperature is missing; "
               "line 8: \"-999.9\" is outside what a temperature logger measures (-100.0 °C to 150.0 °C); "
               "lines 2 and 9: two different temperatures (4.0 °C and 4.5 °C) for the same time \"2026-03-01 10:00\".";
        QByteArray many("Time,Temp\n");
        for (int i = 0; i < 13; ++i)
            many += "2026-03-01 10:" + QByteArray::number(10 + i) + ",x" + QByteArray::number(i) + "\n";
        QStringList listed;
        for (int i = 0; i < 10; ++i)
            listed << QStringLiteral("line %1: \"x%2\" is not a temperature").arg(i + 2).arg(i);
        QTest::newRow("more than ten problems") << many << QByteArray() << 0 << "temperature.csv_invalid"
                                                << "The file was not imported: " + listed.join(QStringLiteral("; ")) + "; and 3 more.";
        QTest::newRow("empty file") << QByteArray() << QByteArray() << 0 << "temperature.csv_empty"
                                    << "The file was not imported: it is empty.";
        QTest::newRow("only comments") << dataFile("empty.csv") << QByteArray() << 0 << "temperature.csv_empty"
                                       << "The file was not imported: it is empty.";
        QTest::newRow("no header") << dataFile("no_header.csv") << QByteArray() << 0 << "temperature.csv_no_header"
                                   << "The file was not imported: no header line naming the columns was found; the readings need a line such as "
                                      "\"Timestamp,Temperature (°C)\" above them.";
        QTest::newRow("no temperature column")
            << dataFile("no_temperature_column.csv") << QByteArray() << 0 << "temperature.csv_no_temperature_column"
            << "The file was not imported: the header on line 1 (Timestamp, Humidity (%)) has no temperature column, "
               "such as \"Temperature (°C)\".";
        QTest::newRow("no time column") << QByteArray("Probe,Temperature (°C)\nP1,4.0\n") << QByteArray() << 0 << "temperature.csv_no_time_column"
                                        << "The file was not imported: the header on line 1 (Probe, Temperature (°C)) has no time column, such as "
                                           "\"Timestamp\", or \"Date\" and \"Time\".";
        QTest::newRow("header but no readings") << QByteArray("Time,Temp\n\n") << QByteArray() << 0 << "temperature.csv_no_readings"
                                                << "The file was not imported: it has a header (line 1) but no readings.";
        QTest::newRow("two probes")
            << QByteArray("Time,Temp1,Temp2\n2026-03-01 10:00,4,5\n") << QByteArray() << 0 << "temperature.csv_ambiguous_column"
            << "The file was not imported: it has several temperature columns (\"Temp1\", \"Temp2\"); choose the one to import.";
        QTest::newRow("unit option against the header")
            << QByteArray("Time,Temp(°F)\n2026-03-01 10:00,40\n") << QByteArray() << int(TemperatureUnit::Celsius) << "temperature.csv_unit_conflict"
            << "The file was not imported: the column \"Temp(°F)\" is in °F but °C was chosen.";
        QTest::newRow("°F value in a °C column") << QByteArray("Time,Temp (°C)\n2026-03-01 10:00,40 °F\n") << QByteArray() << 0
                                                 << "temperature.csv_invalid"
                                                 << "The file was not imported: line 2: \"40 °F\" is in °F but the column is in °C.";
        QTest::newRow("decimal comma in a comma-separated file")
            << QByteArray("Time,Temp\n2026-03-01 10:00,4,5\n") << QByteArray() << 0 << "temperature.csv_invalid"
            << "The file was not imported: line 2: 3 values for 2 columns (a decimal comma in a comma-separated file?).";
        QTest::newRow("day/month and month/day mixed")
            << QByteArray("Date Time,Temp\n01/03/2026 10:00,4\n13/03/2026 10:00,4\n03/14/2026 10:00,4\n") << QByteArray() << 0
            << "temperature.csv_invalid"
            << "The file was not imported: lines 3 and 4: \"13/03/2026 10:00\" is day/month but \"03/14/2026 10:00\" is month/day.";
        QTest::newRow("31 February, 25 o'clock, 13 PM")
            << QByteArray("Date Time,Temp\n31/02/2026 10:00,4\n01/03/2026 25:00,4\n01/03/2026 13:00 PM,4\n") << QByteArray() << 0
            << "temperature.csv_invalid"
            << "The file was not imported: line 2: the time \"31/02/2026 10:00\" does not exist; line 3: the time \"01/03/2026 25:00\" does not "
               "exist; "
               "line 4: the time \"01/03/2026 13:00 PM\" does not exist.";
        QTest::newRow("spring forward gap") << QByteArray("Time,Temp\n2026-03-29 01:55,4\n2026-03-29 02:30,4\n2026-03-29 03:05,4\n")
                                            << QByteArray("Europe/Berlin") << 0 << "temperature.csv_invalid"
                                            << "The file was not imported: line 3: the time \"2026-03-29 02:30\" does not exist in the time zone "
                                               "Europe/Berlin (the clocks were put forward).";
        QTest::newRow("quote never closed") << QByteArray("Time,Temp\n2026-03-01 10:00,4\n\"2026-03-01 10:05,4\n2026-03-01 10:10,4\n") << QByteArray()
                                            << 0 << "temperature.csv_invalid"
                                            << "The file was not imported: line 3: a quote (\") is opened and never closed.";
        QTest::newRow("epoch outside a logger's clock")
            << QByteArray("Timestamp,Temp\n123456789,4\n") << QByteArray() << 0 << "temperature.csv_invalid"
            << "The file was not imported: line 2: \"123456789\" is not a time.";
    }

    void refusesBadFiles()
    {
        QFETCH(QByteArray, file);
        QFETCH(QByteArray, zone);
        QFETCH(int, unit);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const auto r = parseTemperatureCsv(file, optionsFor(zone, unit));
        QVERIFY(!r.ok());
        QCOMPARE(r.refusal().code, code);
        QCOMPARE(r.refusal().message, message);
    }

    void chosenTemperatureColumnResolvesTwoProbes()
    {
        CsvOptions o;
        o.temperatureColumn = QStringLiteral("temp2");
        const auto r = inspectTemperatureCsv("Time,Temp1,Temp2\n2026-03-01 10:00,4,5\n", o);
        QVERIFY(r.ok());
        QCOMPARE(r->temperatureColumn, QStringLiteral("Temp2"));
        QCOMPARE(r->readings.front().decicelsius, 50);
    }

    void explicitUnitWhenTheHeaderIsSilent()
    {
        const QByteArray file("Time,Temperature\n2026-03-01 10:00,41\n");
        QCOMPARE(parsed(file).front().decicelsius, 410); // °C when nothing says otherwise
        QCOMPARE(parsed(file, optionsFor({}, int(TemperatureUnit::Fahrenheit))).front().decicelsius, 50);
    }

    void fahrenheitConversion_data()
    {
        QTest::addColumn<QString>("fahrenheit");
        QTest::addColumn<int>("decicelsius");
        QTest::newRow("freezing") << "32.0" << 0;
        QTest::newRow("40.1 is 4.5 exactly") << "40.1" << 45;
        QTest::newRow("39.2") << "39.2" << 40;
        QTest::newRow("33 is 0.555… up") << "33" << 6;
        QTest::newRow("34.7") << "34.7" << 15;
        QTest::newRow("0 is -17.77… down") << "0" << -178;
        QTest::newRow("-40 meets Celsius") << "-40" << -400;
        QTest::newRow("boiling") << "212" << 1000;
        QTest::newRow("body") << "98.6" << 370;
        QTest::newRow("half away from zero, up") << "32.09" << 1;
        QTest::newRow("half away from zero, down") << "31.91" << -1;
        QTest::newRow("just below half") << "32.08" << 0;
        QTest::newRow("freezer") << "-0.4" << -180;
    }

    void fahrenheitConversion()
    {
        QFETCH(QString, fahrenheit);
        QFETCH(int, decicelsius);
        const auto r = parseTemperatureCsv("Time,Temp (°F)\n2026-03-01 10:00," + fahrenheit.toUtf8() + "\n");
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.refusal().message));
        QCOMPARE(r->front().decicelsius, decicelsius);
    }

    void decicelsiusText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("decicelsius"); // -9999: refused
        QTest::addColumn<QString>("formatted");
        QTest::newRow("4.5") << "4.5" << 45 << "4.5";
        QTest::newRow("-18") << "-18" << -180 << "-18.0";
        QTest::newRow("decimal comma") << "+3,25" << 33 << "3.3";
        QTest::newRow("-4.25 away from zero") << "-4.25" << -43 << "-4.3";
        QTest::newRow("-0.05") << "-0.05" << -1 << "-0.1";
        QTest::newRow("minus sign") << QString::fromUtf8("\u22120.4") << -4 << "-0.4";
        QTest::newRow("zero") << "0" << 0 << "0.0";
        QTest::newRow("unit") << "4 °C" << 40 << "4.0";
        QTest::newRow("not a number") << "abc" << -9999 << "";
        QTest::newRow("fahrenheit") << "40 °F" << -9999 << "";
    }

    void decicelsiusText()
    {
        QFETCH(QString, text);
        QFETCH(int, decicelsius);
        QFETCH(QString, formatted);
        const std::optional<int> v = parseDecicelsius(text);
        QCOMPARE(v.has_value(), decicelsius != -9999);
        if (v) {
            QCOMPARE(*v, decicelsius);
            QCOMPARE(formatDecicelsius(*v), formatted);
        }
    }

    void rangeOfLocation()
    {
        const TemperatureRange r = temperatureRangeOf(
            { { QStringLiteral("temp_min_c"), QStringLiteral("0.0") }, { QStringLiteral("temp_max_c"), QStringLiteral("4.5") } });
        QCOMPARE(r.minDc, std::optional<int>(0));
        QCOMPARE(r.maxDc, std::optional<int>(45));
        const TemperatureRange open = temperatureRangeOf({ { QStringLiteral("temp_max_c"), -18 } });
        QVERIFY(!open.minDc);
        QCOMPARE(open.maxDc, std::optional<int>(-180));
    }

    void dateOrder_data()
    {
        QTest::addColumn<QByteArray>("rows");
        QTest::addColumn<int>("option");
        QTest::addColumn<QString>("first");
        QTest::addColumn<int>("used");
        const int autoOrder = int(DateOrder::Auto), dayFirst = int(DateOrder::DayFirst), monthFirst = int(DateOrder::MonthFirst);
        QTest::newRow("a first part above 12 means dd/MM")
            << QByteArray("01/03/2026 10:00,4\n13/03/2026 10:00,4\n") << autoOrder << "2026-03-01T10:00:00Z" << dayFirst;
        QTest::newRow("a second part above 12 means MM/dd")
            << QByteArray("01/03/2026 10:00,4\n01/13/2026 10:00,4\n") << autoOrder << "2026-01-03T10:00:00Z" << monthFirst;
        QTest::newRow("undecided, 24-hour clock: dd/MM") << QByteArray("01/03/2026 10:00,4\n") << autoOrder << "2026-03-01T10:00:00Z" << dayFirst;
        QTest::newRow("undecided, AM/PM: MM/dd") << QByteArray("01/03/2026 10:00 AM,4\n") << autoOrder << "2026-01-03T10:00:00Z" << monthFirst;
        QTest::newRow("option MM/dd") << QByteArray("01/03/2026 10:00,4\n") << monthFirst << "2026-01-03T10:00:00Z" << monthFirst;
        QTest::newRow("dots are day first") << QByteArray("01.03.2026 10:00,4\n") << autoOrder << "2026-03-01T10:00:00Z" << dayFirst;
        QTest::newRow("two-digit year") << QByteArray("01-03-26 10:00:30,4\n") << autoOrder << "2026-03-01T10:00:30Z" << dayFirst;
        QTest::newRow("12 AM is midnight") << QByteArray("03/01/2026 12:00 AM,4\n") << autoOrder << "2026-03-01T00:00:00Z" << monthFirst;
    }

    void dateOrder()
    {
        QFETCH(QByteArray, rows);
        QFETCH(int, option);
        QFETCH(QString, first);
        QFETCH(int, used);
        const auto r = inspectTemperatureCsv("Date Time,Temp\n" + rows, optionsFor({}, 0, option));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.refusal().message));
        QCOMPARE(iso(r->readings.front().atMs), first);
        QCOMPARE(int(r->dateOrder), used);
    }

    void clocksGoingBackKeepFileOrder()
    {
        // Berlin, 25 Oct 2026: 02:00-02:59 happens twice (CEST, then CET).
        const QByteArray file(
            "Time,Temp\n2026-10-25 01:55,4\n2026-10-25 02:00,4.1\n2026-10-25 02:30,4.2\n2026-10-25 02:00,4.3\n2026-10-25 02:30,4.4\n"
            "2026-10-25 03:00,4.5\n");
        QCOMPARE(describe(parsed(file, optionsFor("Europe/Berlin"))),
            (QStringList { "2026-10-24T23:55:00Z=40@2", "2026-10-25T00:00:00Z=41@3", "2026-10-25T00:30:00Z=42@4", "2026-10-25T01:00:00Z=43@5",
                "2026-10-25T01:30:00Z=44@6", "2026-10-25T02:00:00Z=45@7" }));
    }

    void sameTimeAndValueTwiceIsKeptOnce()
    {
        const auto r = inspectTemperatureCsv("Time,Temp\n2026-03-01 10:05,4\n2026-03-01 10:00,3\n2026-03-01 10:05,4.0\n");
        QVERIFY(r.ok());
        QCOMPARE(describe(r->readings), (QStringList { "2026-03-01T10:00:00Z=30@3", "2026-03-01T10:05:00Z=40@2" }));
        QCOMPARE(r->duplicatesSkipped, 1);
    }

    // --- excursions ---------------------------------------------------------------------

    void excursions_data()
    {
        QTest::addColumn<QString>("readings");
        QTest::addColumn<QString>("range");
        QTest::addColumn<int>("tolerance");
        QTest::addColumn<QStringList>("expected");

        const QString band = QStringLiteral("0..50"); // 0.0 to 5.0 °C
        QTest::newRow("exactly at the limits is in range") << "0=50 5=50 10=0 15=0 20=50" << band << 0 << QStringList {};
        QTest::newRow("out for exactly the tolerance: no excursion") << "0=40 5=51 10=51 15=51 20=50" << band << 15 << QStringList {};
        QTest::newRow("one minute longer: excursion")
            << "0=40 5=51 10=55 15=52 20=51 21=40" << band << 15 << QStringList { "out_of_range 5-21 peak 55" };
        QTest::newRow("below the band, first peak kept")
            << "0=10 5=-3 10=-12 15=-12 20=-5 25=10" << band << 15 << QStringList { "out_of_range 5-25 peak -12" };
        QTest::newRow("peak is the furthest from the band")
            << "0=40 5=60 10=-15 15=55 20=40" << band << 10 << QStringList { "out_of_range 5-20 peak -15" };
        QTest::newRow("ongoing at the end") << "0=40 5=60 10=62 15=61 20=61 25=60" << band << 15
                                            << QStringList { "out_of_range 5-25 peak 62 ongoing" };
        QTest::newRow("still out but not longer than the tolerance yet") << "0=40 5=60 10=62 15=61 20=61" << band << 15 << QStringList {};
        QTest::newRow("gap of exactly the tolerance") << "0=40 15=40 30=40" << band << 15 << QStringList {};
        QTest::newRow("gap one minute longer") << "0=40 16=40 20=40" << band << 15 << QStringList { "monitoring_gap 0-16" };
        QTest::newRow("tolerance 0: any out-of-range period, no gap check")
            << "0=40 5=51 10=40 70=40" << band << 0 << QStringList { "out_of_range 5-10 peak 51" };
        QTest::newRow("single reading out at the end, tolerance 0") << "0=40 5=51" << band << 0 << QStringList {};
        QTest::newRow("open lower limit") << "0=-300 5=-300 10=-300"
                                          << "..50" << 0 << QStringList {};
        QTest::newRow("freezer upper limit") << "0=-200 5=-170 10=-160 15=-175 20=-185"
                                             << "..-180" << 5 << QStringList { "out_of_range 5-20 peak -160" };
        QTest::newRow("unsorted input") << "25=40 0=40 15=60 5=60 10=60 20=60" << band << 15 << QStringList { "out_of_range 5-25 peak 60" };
        QTest::newRow("gap inside an excursion") << "0=40 5=60 40=40" << band << 15
                                                 << QStringList { "out_of_range 5-40 peak 60", "monitoring_gap 5-40" };
        QTest::newRow("two excursions") << "0=60 20=60 25=40 30=-10 50=-10 55=-10" << band << 15
                                        << QStringList { "out_of_range 0-25 peak 60", "monitoring_gap 0-20", "out_of_range 30-55 peak -10 ongoing",
                                               "monitoring_gap 30-50" };
        QTest::newRow("no readings") << "" << band << 15 << QStringList {};
    }

    void excursions()
    {
        QFETCH(QString, readings);
        QFETCH(QString, range);
        QFETCH(int, tolerance);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(detectExcursions(series(readings), rangeOf(range), tolerance)), expected);
    }

    void overlappingFilesEqualOneCombinedFile()
    {
        const auto a = parsed(dataFile("overlap_a.csv")), b = parsed(dataFile("overlap_b.csv")), all = parsed(dataFile("overlap_combined.csv"));
        QVERIFY(!a.empty() && !b.empty() && !all.empty());
        const auto merged = mergeReadings(a, b);
        QVERIFY(merged.ok());
        QCOMPARE(merged->size(), all.size());
        for (std::size_t i = 0; i < all.size(); ++i) {
            QCOMPARE(merged.value()[i].atMs, all[i].atMs);
            QCOMPARE(merged.value()[i].decicelsius, all[i].decicelsius);
        }
        const TemperatureRange band { 0, 50 };
        const QStringList expected { "out_of_range 5-25 peak 65", "monitoring_gap 30-60", "out_of_range 65-85 peak -12 ongoing" };
        QCOMPARE(describe(detectExcursions(all, band, 15)), expected);
        QCOMPARE(describe(detectExcursions(merged.value(), band, 15)), expected);
        // Either order of merging.
        QCOMPARE(describe(detectExcursions(mergeReadings(b, a).value(), band, 15)), expected);

        // The events: two imports detect the same excursions as one.
        const auto once = decideRecordTemperatures(QStringLiteral("loc1"), band, 15, {}, all, QStringLiteral("imp-all"));
        const auto first = decideRecordTemperatures(QStringLiteral("loc1"), band, 15, {}, a, QStringLiteral("imp-a"));
        const auto second = decideRecordTemperatures(QStringLiteral("loc1"), band, 15, a, b, QStringLiteral("imp-b"));
        QVERIFY(once.ok() && first.ok() && second.ok());
        QCOMPARE(types(first.value()), QStringList { "temperature.readings_recorded" }); // 10:05-10:20 is only 15 minutes so far
        const auto detected = [](const NewEvents& events) {
            QStringList out;
            for (const NewEvent& e : events) {
                if (e.type != QLatin1String("temperature.excursion_detected")) continue;
                QJsonObject p = e.payload;
                p.remove(QStringLiteral("import_id"));
                out << QString::fromUtf8(canonicalJson(p));
            }
            return out;
        };
        QCOMPARE(detected(second.value()).size(), 3);
        QCOMPARE(detected(second.value()), detected(once.value()));
        // The second import records only what the first did not: 10:15 and 10:20 were there.
        QCOMPARE(second->front().payload.value(QStringLiteral("count")).toInt(), 8);
        QCOMPARE(second->front().payload.value(QStringLiteral("already_recorded")).toInt(), 2);
    }

    void conflictingDuplicateRefused()
    {
        std::vector<Reading> stored = parsed(dataFile("overlap_a.csv"));
        for (Reading& r : stored)
            r.line = 0; // as folded from the log
        const auto other = parsed("Time,Temp (°C)\n2026-03-01T10:15:00Z,6.4\n2026-03-01T10:25:00Z,4.5\n");
        const auto r = mergeReadings(stored, other);
        QVERIFY(!r.ok());
        QCOMPARE(r.refusal().code, QStringLiteral("temperature.reading_conflict"));
        QCOMPARE(r.refusal().message,
            QStringLiteral("The readings were not recorded: at 2026-03-01 10:15:00 UTC the file has 6.4 °C (line 2) but 6.5 °C is "
                           "already recorded."));
        const auto d = decideRecordTemperatures(QStringLiteral("loc1"), { 0, 50 }, 15, stored, other, QStringLiteral("imp"));
        QVERIFY(!d.ok());
        QCOMPARE(d.refusal().code, QStringLiteral("temperature.reading_conflict"));
        // Within one series too.
        QVERIFY(!mergeReadings({}, series(QStringLiteral("0=40 0=41"))).ok());
        QVERIFY(mergeReadings({}, series(QStringLiteral("0=40 0=40"))).ok());
    }

    // --- RecordTemperatures -------------------------------------------------------------

    void recordsReadingsAndDetectsAnOngoingExcursion()
    {
        const auto readings = series(QStringLiteral("0=40 5=60 10=62 15=61 20=61 25=60"));
        const auto d = decideRecordTemperatures(QStringLiteral("loc1"), { 0, 50 }, 15, {}, readings, QStringLiteral("imp-1"));
        QVERIFY(d.ok());
        QCOMPARE(types(d.value()), (QStringList { "temperature.readings_recorded", "temperature.excursion_detected" }));
        for (const NewEvent& e : d.value())
            QCOMPARE(e.stream, QStringLiteral("temperature_log-loc1"));

        const QJsonObject rec = d->at(0).payload;
        QCOMPARE(rec.value(QStringLiteral("location_id")).toString(), QStringLiteral("loc1"));
        QCOMPARE(rec.value(QStringLiteral("import_id")).toString(), QStringLiteral("imp-1"));
        QCOMPARE(rec.value(QStringLiteral("count")).toInt(), 6);
        QCOMPARE(rec.value(QStringLiteral("from")).toString(), QStringLiteral("2026-03-01T10:00:00.000Z"));
        QCOMPARE(rec.value(QStringLiteral("to")).toString(), QStringLiteral("2026-03-01T10:25:00.000Z"));
        QCOMPARE(rec.value(QStringLiteral("temp_min_c")).toString(), QStringLiteral("0.0"));
        QCOMPARE(rec.value(QStringLiteral("temp_max_c")).toString(), QStringLiteral("5.0"));
        QCOMPARE(QString::fromUtf8(canonicalJson(rec.value(QStringLiteral("readings")))),
            QStringLiteral("[[1772359200000,40],[1772359500000,60],[1772359800000,62],[1772360100000,61],[1772360400000,61],[1772360700000,60]]"));

        const QJsonObject exc = d->at(1).payload;
        QCOMPARE(exc.value(QStringLiteral("excursion_id")).toString(),
            excursionId(QStringLiteral("loc1"), ExcursionKind::OutOfRange, utc("2026-03-01T10:05:00Z")));
        QCOMPARE(exc.value(QStringLiteral("kind")).toString(), QStringLiteral("out_of_range"));
        QCOMPARE(exc.value(QStringLiteral("start")).toString(), QStringLiteral("2026-03-01T10:05:00.000Z"));
        QCOMPARE(exc.value(QStringLiteral("end")).toString(), QStringLiteral("2026-03-01T10:25:00.000Z"));
        QCOMPARE(exc.value(QStringLiteral("ongoing")).toBool(), true);
        QCOMPARE(exc.value(QStringLiteral("peak_c")).toString(), QStringLiteral("6.2"));
        QCOMPARE(exc.value(QStringLiteral("duration_minutes")).toInt(), 20);

        // Deterministic: the same input gives the same bytes.
        QCOMPARE(canonical(decideRecordTemperatures(QStringLiteral("loc1"), { 0, 50 }, 15, {}, readings, QStringLiteral("imp-1")).value()),
            canonical(d.value()));

        // The log folds back to the same readings.
        TemperatureLogState log;
        for (const NewEvent& e : d.value())
            log = evolveTemperatureLog(log, asEvent(e));
        QCOMPARE(log.readings.size(), readings.size());
        QCOMPARE(log.readings.back().atMs, readings.back().atMs);
        QCOMPARE(log.readings.back().decicelsius, 60);
    }

    void restoredWhenAnOngoingExcursionEndsInTheNextImport()
    {
        const TemperatureRange band { 0, 50 };
        const auto first = series(QStringLiteral("0=40 5=60 10=62 15=61 20=61 25=60"));
        const auto d1 = decideRecordTemperatures(QStringLiteral("loc1"), band, 15, {}, first, QStringLiteral("imp-1"));
        QVERIFY(d1.ok());
        const QString id = d1->at(1).payload.value(QStringLiteral("excursion_id")).toString();

        TemperatureLogState log;
        for (const NewEvent& e : d1.value())
            log = evolveTemperatureLog(log, asEvent(e));
        const auto d2 = decideRecordTemperatures(
            QStringLiteral("loc1"), band, 15, log.readings, series(QStringLiteral("30=64 35=45 40=44")), QStringLiteral("imp-2"));
        QVERIFY2(d2.ok(), d2.ok() ? "" : qPrintable(d2.refusal().message));
        QCOMPARE(types(d2.value()), (QStringList { "temperature.readings_recorded", "temperature.restored" }));
        const QJsonObject p = d2->at(1).payload;
        QCOMPARE(p.value(QStringLiteral("excursion_id")).toString(), id);
        QCOMPARE(p.value(QStringLiteral("start")).toString(), QStringLiteral("2026-03-01T10:05:00.000Z"));
        QCOMPARE(p.value(QStringLiteral("restored_at")).toString(), QStringLiteral("2026-03-01T10:35:00.000Z"));
        QCOMPARE(p.value(QStringLiteral("peak_c")).toString(), QStringLiteral("6.4"));
        QCOMPARE(p.value(QStringLiteral("duration_minutes")).toInt(), 30);

        // Still out in the next import: nothing new about it.
        const auto d3 = decideRecordTemperatures(QStringLiteral("loc1"), band, 15, first, series(QStringLiteral("30=64")), QStringLiteral("imp-3"));
        QVERIFY(d3.ok());
        QCOMPARE(types(d3.value()), QStringList { "temperature.readings_recorded" });
    }

    void restoredThenAnotherExcursion()
    {
        const TemperatureRange band { 0, 50 };
        const auto d = decideRecordTemperatures(QStringLiteral("loc1"), band, 15, series(QStringLiteral("0=40 5=60 10=62 15=61 20=61 25=60")),
            series(QStringLiteral("30=40 35=70 40=70 45=70 50=70 55=70")), QStringLiteral("imp-2"));
        QVERIFY(d.ok());
        QCOMPARE(types(d.value()), (QStringList { "temperature.readings_recorded", "temperature.restored", "temperature.excursion_detected" }));
        QCOMPARE(d->at(2).payload.value(QStringLiteral("start")).toString(), QStringLiteral("2026-03-01T10:35:00.000Z"));
        QCOMPARE(d->at(2).payload.value(QStringLiteral("ongoing")).toBool(), true);
    }

    void backfillThatEndsAnOngoingExcursionRestoresIt()
    {
        // Stored: out since 10:05 with nothing until 10:25. A denser file shows 10:10 in range.
        const TemperatureRange band { 0, 50 };
        const auto d = decideRecordTemperatures(
            QStringLiteral("loc1"), band, 15, series(QStringLiteral("0=40 5=60 25=60")), series(QStringLiteral("10=40")), QStringLiteral("imp-2"));
        QVERIFY(d.ok());
        QCOMPARE(types(d.value()), (QStringList { "temperature.readings_recorded", "temperature.restored" }));
        QCOMPARE(d->at(1).payload.value(QStringLiteral("restored_at")).toString(), QStringLiteral("2026-03-01T10:10:00.000Z"));
    }

    void refusals()
    {
        const auto readings = series(QStringLiteral("0=40 5=41"));
        const auto again = decideRecordTemperatures(QStringLiteral("loc1"), { 0, 50 }, 15, readings, readings, QStringLiteral("imp-2"));
        QVERIFY(!again.ok());
        QCOMPARE(again.refusal().code, QStringLiteral("temperature.already_recorded"));
        QCOMPARE(decideRecordTemperatures(QStringLiteral("loc1"), { 0, 50 }, 15, {}, {}, QStringLiteral("imp")).refusal().code,
            QStringLiteral("temperature.no_readings"));
        QCOMPARE(decideRecordTemperatures(QString(), { 0, 50 }, 15, {}, readings, QStringLiteral("imp")).refusal().code,
            QStringLiteral("payload.invalid"));
        QCOMPARE(decideRecordTemperatures(QStringLiteral("loc1"), { 50, 0 }, 15, {}, readings, QStringLiteral("imp")).refusal().code,
            QStringLiteral("temperature.range_inverted"));
    }

    void excursionIdsAreStableUuids()
    {
        const QString a = excursionId(QStringLiteral("loc1"), ExcursionKind::OutOfRange, 1772359500000);
        QCOMPARE(a, excursionId(QStringLiteral("loc1"), ExcursionKind::OutOfRange, 1772359500000));
        QVERIFY(a != excursionId(QStringLiteral("loc1"), ExcursionKind::MonitoringGap, 1772359500000));
        QVERIFY(a != excursionId(QStringLiteral("loc2"), ExcursionKind::OutOfRange, 1772359500000));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")).match(a).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TstTemperature)
#include "tst_temperature.moc"

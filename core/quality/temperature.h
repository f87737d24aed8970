#pragma once
// Quality & cold chain context (second part): temperature logs of cold rooms and freezers.
// Everything here is pure: a data-logger CSV export is read into readings (atomically: one
// bad row refuses the whole file), excursions and monitoring gaps are found in a series of
// readings, and RecordTemperatures decides its events from the readings already stored for
// the location plus the new ones. Temperatures are integers in tenths of °C (decicelsius)
// inside the domain and one-decimal text in events; times are UTC milliseconds.
#include "common/result.h"
#include "eventstore/event.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>
#include <optional>
#include <vector>

namespace tracelot::quality {

inline QString temperatureLogStream(const QString& locationId) { return QStringLiteral("temperature_log-") + locationId; }

struct Reading {
    qint64 atMs = 0;      // UTC
    int decicelsius = 0;  // tenths of °C: 45 is 4.5 °C
    int line = 0;         // line of the CSV file it came from; 0 when it comes from the log
};

// --- CSV import ---------------------------------------------------------------------------

enum class TemperatureUnit { Auto, Celsius, Fahrenheit };
// How "01/03/2026" is read. Auto: see inspectTemperatureCsv.
enum class DateOrder { Auto, DayFirst, MonthFirst };

struct CsvOptions {
    QTimeZone timeZone = QTimeZone::utc();        // of the logger's clock, for times without an offset
    TemperatureUnit unit = TemperatureUnit::Auto;  // explicit unit; refused if the header says otherwise
    DateOrder dateOrder = DateOrder::Auto;
    QString temperatureColumn;  // explicit column name (case-insensitive) when the file has several
};

// What was read, for an import preview ("1,440 readings from "Temp(°F)", converted to °C").
struct TemperatureCsv {
    std::vector<Reading> readings;  // sorted by time, one per instant
    int headerLine = 0;
    QChar delimiter;
    QString timeColumn;         // "Date Time", or "Date + Time" for separate columns
    QString temperatureColumn;  // as written in the header
    TemperatureUnit unit = TemperatureUnit::Celsius;  // of the file (readings are always °C)
    DateOrder dateOrder = DateOrder::Auto;            // Auto: the file has no dd/MM or MM/dd dates
    int duplicatesSkipped = 0;                        // rows repeating the same time and value
};

// Reads a data logger's CSV export.
// - Encoding: UTF-8 with or without BOM; a file that is not valid UTF-8 is read as Windows-1252
//   (older loggers write "°" as the single byte 0xB0).
// - Header: the first non-empty line (lines starting with '#' or "//" are comments) that names
//   both a time column and a temperature column; lines above it (logger name, serial number)
//   are ignored. The delimiter (tab, ';' or ',', tried in that order) is the one that splits
//   that line into such columns. A repeated header line further down is skipped.
// - Time: one column ("Timestamp", "Date Time", "Time", ...) or separate date and time
//   columns. Accepted: ISO 8601 with or without "T", seconds, fraction, "Z" or offset;
//   "yyyy-MM-dd HH:mm[:ss]"; "dd/MM/yyyy HH:mm[:ss]" and "MM/dd/yyyy hh:mm[:ss] AM"
//   ('/', '-' or '.' between the date parts, two-digit years are 20yy, AM/PM allowed);
//   Unix epoch seconds (9 to 11 digits) or milliseconds (12 or 13 digits). Times without
//   an offset are in the logger's time zone, or UTC when the time column says "UTC"/"GMT".
//   A local time that occurs twice (clocks set back) is the first occurrence unless the row
//   before it is already later, then the second; a local time that never occurs is refused.
// - Day or month first ('.' between the parts is always day first), decided for the whole
//   file: the explicit option; else any first part above 12 means dd/MM and any second part
//   above 12 means MM/dd (both: refused); else a 12-hour clock (AM/PM) or a °F column means
//   MM/dd (US logger); else dd/MM.
// - Temperature: unit from the explicit option, else the column header (°C, °F, "Celsius",
//   "Fahrenheit", "(F)", "[C]"...), else a unit written after the values, else °C. Decimal
//   point or decimal comma. °F is converted exactly and rounded half away from zero to 0.1 °C.
//   Values outside -100.0 to 150.0 °C are refused (logger error codes such as -999.9).
// - Rows may come in any order; they are sorted. The same time twice with the same value is
//   kept once; with different values it is refused.
// Atomic: any bad row refuses the whole file, listing up to 10 problems with their lines.
Result<TemperatureCsv> inspectTemperatureCsv(const QByteArray& file, const CsvOptions& options = {});
Result<std::vector<Reading>> parseTemperatureCsv(const QByteArray& file, const CsvOptions& options = {});

// --- excursions ---------------------------------------------------------------------------

// Allowed band of a location, inclusive; a missing limit is not checked.
struct TemperatureRange {
    std::optional<int> minDc;
    std::optional<int> maxDc;
};

enum class ExcursionKind { OutOfRange, MonitoringGap };
QString excursionKindName(ExcursionKind kind);  // "out_of_range", "monitoring_gap"

struct Excursion {
    ExcursionKind kind = ExcursionKind::OutOfRange;
    qint64 startMs = 0;  // first reading out of range; gap: the reading before the gap
    qint64 endMs = 0;    // first reading back in range, or the last reading if still out; gap: the reading after it
    int peakDc = 0;      // reading furthest from the band (the first one on a tie); gap: 0
    bool ongoing = false;
};

// Readings need not be sorted. A reading exactly at a limit is in range. An out-of-range
// period is an excursion only if it lasts strictly longer than the tolerance, measured from
// its first out-of-range reading to the first reading back in range (or to the last reading
// while it has not come back: "ongoing"). A period that has not yet lasted longer than the
// tolerance at the last reading is not reported yet; the next import will. Two consecutive
// readings further apart than the tolerance are a monitoring gap (not checked when the
// tolerance is 0, which would make every interval a gap). Sorted by start, then kind.
std::vector<Excursion> detectExcursions(const std::vector<Reading>& readings, const TemperatureRange& range, int toleranceMinutes);

// Sorted union of two series: the same instant with the same value once (the existing one
// is kept), the same instant with different values refused (within `incoming` too).
Result<std::vector<Reading>> mergeReadings(const std::vector<Reading>& existing, const std::vector<Reading>& incoming);

// --- values -------------------------------------------------------------------------------

// "4.5", "-18", "+3,25" (°C) to tenths of °C, rounded half away from zero; empty on error.
std::optional<int> parseDecicelsius(const QString& text);
// 45 to "4.5", -5 to "-0.5", 0 to "0.0".
QString formatDecicelsius(int decicelsius);
// The band of a location from its catalog fields temp_min_c / temp_max_c.
TemperatureRange temperatureRangeOf(const QJsonObject& locationFields);
// Deterministic UUID-shaped id of an excursion: from location, kind and start.
QString excursionId(const QString& locationId, ExcursionKind kind, qint64 startMs);

// --- the temperature log aggregate --------------------------------------------------------

struct TemperatureLogState {
    std::vector<Reading> readings;  // every recorded reading, sorted by time
};
TemperatureLogState evolveTemperatureLog(TemperatureLogState state, const Event& event);
// The [[ms, dc], ...] readings of a temperature.readings_recorded payload.
std::vector<Reading> readingsOf(const QJsonObject& payload);

// RecordTemperatures. `already`: the readings stored for the location (all of them, or at
// least those since the start of its last excursion). Events, all on temperature_log-<id>:
// - temperature.readings_recorded with only the readings not stored yet;
// - temperature.excursion_detected for each excursion of the combined series that does not
//   overlap one already found in the stored readings;
// - temperature.restored for each excursion that was ongoing in the stored readings and has
//   ended in the combined series.
// Refused: conflicting values for the same instant, or nothing new in `incoming`.
Result<NewEvents> decideRecordTemperatures(const QString& locationId, const TemperatureRange& range, int toleranceMinutes,
                                           const std::vector<Reading>& already, const std::vector<Reading>& incoming, const QString& importId);

}  // namespace tracelot::quality

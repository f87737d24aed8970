// Cold chain: data-logger CSV import, excursion and monitoring gap detection, and the
// RecordTemperatures decision. Pure functions (no database, no clock); the rules are
// documented in temperature.h.
#include "quality/temperature.h"

#include "common/crypto.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>

namespace tracelot::quality {
namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kDayMs = 24 * 60 * kMinuteMs;
constexpr qint64 kJulianDayOfEpoch = 2440588; // 1970-01-01
constexpr qint64 kYear2000Ms = 946684800000;
constexpr qint64 kYear2100Ms = 4102444800000;
constexpr int kMaxProblemsListed = 10;
constexpr int kHeaderSearchLines = 50; // non-empty lines searched for the header
constexpr int kLowestDc = -1000; // -100.0 °C
constexpr int kHighestDc = 1500; // 150.0 °C

// --- small helpers ------------------------------------------------------------------------

QString utcIso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}
QString utcText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}
QString celsiusText(int dc)
{
    return formatDecicelsius(dc) + QStringLiteral(" °C");
}
QString unitSymbol(TemperatureUnit u)
{
    return u == TemperatureUnit::Fahrenheit ? QStringLiteral("°F") : QStringLiteral("°C");
}

// A cell as quoted in a message: at most 40 characters.
QString shown(const QString& raw)
{
    return raw.size() > 40 ? raw.left(39) + QChar(0x2026) : raw;
}

// Rounds num/den half away from zero; den > 0.
qint64 roundedDiv(qint64 num, qint64 den)
{
    return num >= 0 ? (2 * num + den) / (2 * den) : -((-2 * num + den) / (2 * den));
}

struct Problem {
    int line = 0;
    QString text; // "line 14: ..." (already prefixed)
};

QString lineProblem(int line, const QString& what)
{
    return QStringLiteral("line %1: %2").arg(QString::number(line), what);
}

Refusal refusedFile(std::vector<Problem> problems)
{
    std::stable_sort(problems.begin(), problems.end(), [](const Problem& a, const Problem& b) { return a.line < b.line; });
    QStringList listed;
    for (std::size_t i = 0; i < problems.size() && i < std::size_t(kMaxProblemsListed); ++i)
        listed << problems[i].text;
    QString message = QStringLiteral("The file was not imported: ") + listed.join(QStringLiteral("; "));
    if (problems.size() > std::size_t(kMaxProblemsListed))
        message += QStringLiteral("; and %1 more").arg(problems.size() - std::size_t(kMaxProblemsListed));
    return refuse(QStringLiteral("temperature.csv_invalid"), message + QLatin1Char('.'));
}

Refusal refusedWhole(const QString& code, const QString& why)
{
    return refuse(code, QStringLiteral("The file was not imported: ") + why);
}

// --- decoding and tokenising --------------------------------------------------------------

QString decode(const QByteArray& file)
{
    if (file.startsWith("\xEF\xBB\xBF")) return QString::fromUtf8(file.mid(3));
    if (file.startsWith("\xFF\xFE")) return QStringDecoder(QStringDecoder::Utf16LE)(file.mid(2));
    if (file.startsWith("\xFE\xFF")) return QStringDecoder(QStringDecoder::Utf16BE)(file.mid(2));
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(file);
    if (!utf8.hasError()) return text;
    return QString::fromLatin1(file); // older loggers: "°" is the single byte 0xB0
}

struct PhysicalLine {
    int number = 0;
    qsizetype start = 0;
    QString text;
};

// The first `limit` non-empty lines that are not comments.
std::vector<PhysicalLine> contentLines(const QString& text, int limit)
{
    std::vector<PhysicalLine> out;
    int number = 1;
    qsizetype start = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i <= n && int(out.size()) < limit; ++i) {
        if (i < n && text.at(i) != QLatin1Char('\n') && text.at(i) != QLatin1Char('\r')) continue;
        const QString line = text.mid(start, i - start);
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1Char('#')) && !trimmed.startsWith(QLatin1String("//")))
            out.push_back({ number, start, line });
        if (i < n && text.at(i) == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) ++i;
        ++number;
        start = i + 1;
    }
    return out;
}

struct Row {
    int line = 0; // where the row starts
    QStringList fields;
    bool unclosedQuote = false;
};

// RFC 4180 with leniency: quotes around any field, "" inside quotes, line breaks inside quotes,
// \n, \r\n or \r between rows; fields are trimmed.
std::vector<Row> tokenize(const QString& text, qsizetype from, int firstLine, QChar delimiter)
{
    std::vector<Row> rows;
    Row row { firstLine, {}, false };
    QString field;
    bool inQuotes = false, quoted = false;
    int line = firstLine;
    const qsizetype n = text.size();
    const auto endField = [&] {
        row.fields << field.trimmed();
        field.clear();
        quoted = false;
    };
    for (qsizetype i = from; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && !(i + 1 < n && text.at(i + 1) == QLatin1Char('\n')))) ++line;
                field += c;
            }
        } else if (c == QLatin1Char('"') && !quoted && field.trimmed().isEmpty()) {
            inQuotes = quoted = true;
            field.clear();
        } else if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) ++i;
            ++line;
            endField();
            rows.push_back(std::move(row));
            row = Row { line, {}, false };
        } else {
            field += c;
        }
    }
    row.unclosedQuote = inQuotes;
    if (!field.isEmpty() || quoted || !row.fields.isEmpty()) {
        endField();
        rows.push_back(std::move(row));
    }
    return rows;
}

// --- header -------------------------------------------------------------------------------

enum class TimeRole { None, Stamp, DateOnly, ClockOnly };

struct Column {
    TimeRole time = TimeRole::None;
    bool temperature = false;
    TemperatureUnit unit = TemperatureUnit::Auto;
    std::optional<int> offsetSeconds; // "Time (UTC)", "Time (UTC+1)"
};

Column classify(const QString& name)
{
    static const QRegularExpression fahrenheit(QStringLiteral(R"(°\s*f\b|\bfahrenheit\b|\(\s*f\s*\)|\[\s*f\s*\]|\bdeg(rees?)?\s*f\b|\bdegf\b)"));
    static const QRegularExpression celsius(
        QStringLiteral(R"(°\s*c\b|\bcelsius\b|\bcentigrade\b|\(\s*c\s*\)|\[\s*c\s*\]|\bdeg(rees?)?\s*c\b|\bdegc\b)"));
    static const QRegularExpression utc(QStringLiteral(R"(\b(?:utc|gmt)\b(?:\s*([+-])(\d{1,2})(?::?(\d{2}))?)?)"));
    static const QRegularExpression nonLetters(QStringLiteral(R"([^\p{L}]+)"));
    static const QSet<QString> temperatureWords { QStringLiteral("temp"), QStringLiteral("temperature"), QStringLiteral("temperatur"),
        QStringLiteral("température"), QStringLiteral("temperatura"), QStringLiteral("celsius"), QStringLiteral("fahrenheit"),
        QStringLiteral("centigrade"), QStringLiteral("tempc"), QStringLiteral("tempf") };
    static const QSet<QString> unitWords { QStringLiteral("c"), QStringLiteral("f"), QStringLiteral("deg"), QStringLiteral("degree"),
        QStringLiteral("degrees") };
    static const QSet<QString> notAReading { QStringLiteral("alarm"), QStringLiteral("alarms"), QStringLiteral("limit"), QStringLiteral("high"),
        QStringLiteral("low"), QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("minimum"), QStringLiteral("maximum"),
        QStringLiteral("setpoint"), QStringLiteral("set"), QStringLiteral("status"), QStringLiteral("dew"), QStringLiteral("dewpoint"),
        QStringLiteral("humidity"), QStringLiteral("rh"), QStringLiteral("threshold"), QStringLiteral("mkt") };
    static const QSet<QString> stampWords { QStringLiteral("timestamp"), QStringLiteral("datetime"), QStringLiteral("stamp"), QStringLiteral("epoch"),
        QStringLiteral("unix"), QStringLiteral("zeitstempel"), QStringLiteral("horodatage") };
    static const QSet<QString> dateWords { QStringLiteral("date"), QStringLiteral("datum"), QStringLiteral("fecha") };
    static const QSet<QString> clockWords { QStringLiteral("time"), QStringLiteral("zeit"), QStringLiteral("uhrzeit"), QStringLiteral("hora"),
        QStringLiteral("heure") };
    static const QSet<QString> notATime { QStringLiteral("elapsed"), QStringLiteral("duration"), QStringLiteral("zone"), QStringLiteral("offset"),
        QStringLiteral("interval") };

    QString s = name.toLower();
    s.replace(QChar(0x2103), QStringLiteral("°c")).replace(QChar(0x2109), QStringLiteral("°f")).replace(QChar(0x00BA), QChar(0x00B0));
    const QStringList list = s.split(nonLetters, Qt::SkipEmptyParts);
    const QSet<QString> words(list.begin(), list.end());

    Column c;
    if (fahrenheit.match(s).hasMatch())
        c.unit = TemperatureUnit::Fahrenheit;
    else if (celsius.match(s).hasMatch())
        c.unit = TemperatureUnit::Celsius;
    if (words.intersects(notAReading)) return c;

    const bool onlyUnit = c.unit != TemperatureUnit::Auto && !words.isEmpty()
        && std::all_of(words.begin(), words.end(), [](const QString& w) { return unitWords.contains(w) || temperatureWords.contains(w); });
    if (words.intersects(temperatureWords) || onlyUnit) {
        c.temperature = true;
        return c;
    }
    c.unit = TemperatureUnit::Auto;
    if (words.intersects(notATime)) return c;
    const bool date = words.intersects(dateWords), clock = words.intersects(clockWords);
    if (words.intersects(stampWords) || (date && clock))
        c.time = TimeRole::Stamp;
    else if (date)
        c.time = TimeRole::DateOnly;
    else if (clock)
        c.time = TimeRole::ClockOnly;
    if (c.time != TimeRole::None) {
        const QRegularExpressionMatch m = utc.match(s);
        if (m.hasMatch()) {
            int offset = 0;
            if (m.capturedLength(1) > 0) {
                offset = m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60;
                if (m.captured(1) == QLatin1String("-")) offset = -offset;
            }
            c.offsetSeconds = offset;
        }
    }
    return c;
}

struct Header {
    int line = 0;
    qsizetype start = 0;
    QChar delimiter;
    QStringList names;
    int stampCol = -1; // one column with date and time
    int dateCol = -1; // or separate date and time columns
    int clockCol = -1;
    QList<int> temperatureCols; // more than one: ambiguous
    TemperatureUnit unit = TemperatureUnit::Auto;
    std::optional<int> offsetSeconds;
    bool anyTime = false;
    bool anyTemperature = false;

    bool hasTime() const { return stampCol >= 0 || (dateCol >= 0 && clockCol >= 0); }
    bool complete() const { return hasTime() && !temperatureCols.isEmpty(); }
    QString timeName() const { return stampCol >= 0 ? names.at(stampCol) : names.at(dateCol) + QStringLiteral(" + ") + names.at(clockCol); }
};

Header analyseHeader(const PhysicalLine& line, QChar delimiter, const CsvOptions& options)
{
    Header h;
    h.line = line.number;
    h.start = line.start;
    h.delimiter = delimiter;
    const std::vector<Row> rows = tokenize(line.text, 0, line.number, delimiter);
    if (rows.empty()) return h;
    h.names = rows.front().fields;

    std::vector<Column> cols;
    for (const QString& n : h.names)
        cols.push_back(classify(n));
    QList<int> stamps, dates, clocks;
    for (int i = 0; i < int(cols.size()); ++i) {
        const Column& c = cols[std::size_t(i)];
        const bool chosen = options.temperatureColumn.isEmpty()
            ? c.temperature
            : h.names.at(i).compare(options.temperatureColumn.trimmed(), Qt::CaseInsensitive) == 0;
        if (chosen) {
            h.temperatureCols << i;
            continue;
        }
        if (c.temperature) h.anyTemperature = true;
        if (c.time == TimeRole::Stamp) stamps << i;
        if (c.time == TimeRole::DateOnly) dates << i;
        if (c.time == TimeRole::ClockOnly) clocks << i;
    }
    h.anyTemperature = h.anyTemperature || !h.temperatureCols.isEmpty();
    h.anyTime = !stamps.isEmpty() || !dates.isEmpty() || !clocks.isEmpty();

    // A column saying UTC wins over a local one; then one combined column; then date + time.
    const auto withOffset = std::find_if(stamps.begin(), stamps.end(), [&](int i) { return cols[std::size_t(i)].offsetSeconds.has_value(); });
    if (!stamps.isEmpty())
        h.stampCol = withOffset != stamps.end() ? *withOffset : stamps.front();
    else if (!dates.isEmpty() && !clocks.isEmpty()) {
        h.dateCol = dates.front();
        h.clockCol = clocks.front();
    } else if (!clocks.isEmpty())
        h.stampCol = clocks.front(); // "Time" holding "2026-03-01 10:00"
    else if (!dates.isEmpty())
        h.stampCol = dates.front();
    if (h.stampCol >= 0) h.offsetSeconds = cols[std::size_t(h.stampCol)].offsetSeconds;
    if (h.clockCol >= 0) h.offsetSeconds = cols[std::size_t(h.clockCol)].offsetSeconds;

    // The same reading in °C and °F: the °C column.
    if (h.temperatureCols.size() > 1 && options.temperatureColumn.isEmpty()) {
        QList<int> inCelsius;
        bool anyFahrenheit = false;
        for (int i : h.temperatureCols) {
            if (cols[std::size_t(i)].unit == TemperatureUnit::Celsius) inCelsius << i;
            if (cols[std::size_t(i)].unit == TemperatureUnit::Fahrenheit) anyFahrenheit = true;
        }
        if (anyFahrenheit && inCelsius.size() == 1) h.temperatureCols = inCelsius;
    }
    if (!h.temperatureCols.isEmpty()) h.unit = cols[std::size_t(h.temperatureCols.front())].unit;
    return h;
}

// --- times --------------------------------------------------------------------------------

struct RawTime {
    enum Form { Invalid, Epoch, YearFirst, DayMonth } form = Invalid;
    qint64 epochMs = 0;
    int a = 0, b = 0, year = 0; // YearFirst: a month, b day; DayMonth: the two parts as written
    int hour = 0, minute = 0, second = 0, ms = 0;
    bool twelveHour = false, pm = false, dots = false;
    std::optional<int> offsetSeconds;
};

std::optional<int> zoneOffset(const QString& zone)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(?:Z|UTC|GMT)?(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$)"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(zone);
    if (!m.hasMatch()) return std::nullopt;
    int offset = m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60;
    if (m.captured(1) == QLatin1String("-")) offset = -offset;
    return offset;
}

RawTime readTime(const QString& text)
{
    static const QString clock = QStringLiteral(R"((?:T|\s+|,\s*)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(am|pm|a\.m\.|p\.m\.)?)"
                                                R"(\s*(Z|UTC|GMT|(?:UTC|GMT)?\s*[+-]\d{1,2}(?::?\d{2})?)?$)");
    static const QRegularExpression epoch(QStringLiteral(R"(^\d{9,13}$)"));
    static const QRegularExpression yearFirst(
        QStringLiteral(R"(^(\d{4})([-/.])(\d{1,2})\2(\d{1,2}))") + clock, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dayMonth(
        QStringLiteral(R"(^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2}))") + clock, QRegularExpression::CaseInsensitiveOption);

    RawTime t;
    if (epoch.match(text).hasMatch()) {
        t.form = RawTime::Epoch;
        t.epochMs = text.size() <= 11 ? text.toLongLong() * 1000 : text.toLongLong();
        if (t.epochMs < kYear2000Ms || t.epochMs >= kYear2100Ms) t.form = RawTime::Invalid; // not a logger's clock
        return t;
    }
    QRegularExpressionMatch m = yearFirst.match(text);
    if (m.hasMatch()) {
        t.form = RawTime::YearFirst;
        t.year = m.captured(1).toInt();
        t.a = m.captured(3).toInt();
        t.b = m.captured(4).toInt();
    } else {
        m = dayMonth.match(text);
        if (!m.hasMatch()) return t;
        t.form = RawTime::DayMonth;
        t.a = m.captured(1).toInt();
        t.dots = m.captured(2) == QLatin1String(".");
        t.b = m.captured(3).toInt();
        t.year = m.captured(4).size() == 2 ? 2000 + m.captured(4).toInt() : m.captured(4).toInt();
    }
    t.hour = m.captured(5).toInt();
    t.minute = m.captured(6).toInt();
    t.second = m.captured(7).toInt();
    t.ms = m.captured(8).isEmpty() ? 0 : (m.captured(8) + QStringLiteral("00")).left(3).toInt();
    t.twelveHour = !m.captured(9).isEmpty();
    t.pm = m.captured(9).startsWith(QLatin1Char('p'), Qt::CaseInsensitive);
    if (!m.captured(10).isEmpty()) {
        QString zone = m.captured(10);
        zone.remove(QLatin1Char(' '));
        t.offsetSeconds = zoneOffset(zone);
        if (!t.offsetSeconds) t.form = RawTime::Invalid;
    }
    return t;
}

// Local wall time in ms as if it were UTC; empty if the date or time does not exist.
std::optional<qint64> wallMs(int year, int month, int day, const RawTime& t)
{
    const QDate date(year, month, day);
    if (!date.isValid() || t.minute > 59 || t.second > 59) return std::nullopt;
    int hour = t.hour;
    if (t.twelveHour) {
        if (hour < 1 || hour > 12) return std::nullopt;
        hour = hour % 12 + (t.pm ? 12 : 0);
    } else if (hour > 23) {
        return std::nullopt;
    }
    return (date.toJulianDay() - kJulianDayOfEpoch) * kDayMs + ((hour * 60 + t.minute) * 60 + t.second) * 1000LL + t.ms;
}

// The UTC instants at which the zone's clocks show `wall`: none in a spring-forward gap, two
// in the repeated hour when clocks go back. Sorted.
std::vector<qint64> instantsOf(qint64 wall, const QTimeZone& zone)
{
    QList<int> offsets;
    for (const qint64 probe : { wall - kDayMs, wall, wall + kDayMs }) {
        const int o = zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(probe, Qt::UTC));
        if (!offsets.contains(o)) offsets << o;
    }
    std::vector<qint64> out;
    for (const int o : offsets) {
        const qint64 utc = wall - qint64(o) * 1000;
        if (zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utc, Qt::UTC)) == o && std::find(out.begin(), out.end(), utc) == out.end())
            out.push_back(utc);
    }
    std::sort(out.begin(), out.end());
    return out;
}

// --- temperatures -------------------------------------------------------------------------

struct RawTemperature {
    bool valid = false;
    qint64 digits = 0; // signed value * 10^scale
    int scale = 0;
    TemperatureUnit unit = TemperatureUnit::Auto; // written after the value
};

RawTemperature readTemperature(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^([+\-\x{2212}])?\s*(\d{1,6})(?:[.,](\d{1,6}))?\s*(°\s*[cf]|º\s*[cf]|\x{2103}|\x{2109}|[cf])?$)"),
        QRegularExpression::CaseInsensitiveOption);
    RawTemperature r;
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch()) return r;
    r.valid = true;
    const QString frac = m.captured(3);
    r.scale = int(frac.size());
    r.digits = (m.captured(2) + frac).toLongLong();
    if (!m.captured(1).isEmpty() && m.captured(1) != QLatin1String("+")) r.digits = -r.digits;
    const QString unit = m.captured(4).toLower();
    if (unit.contains(QLatin1Char('f')) || unit.contains(QChar(0x2109)))
        r.unit = TemperatureUnit::Fahrenheit;
    else if (!unit.isEmpty())
        r.unit = TemperatureUnit::Celsius;
    return r;
}

int toDecicelsius(const RawTemperature& r, TemperatureUnit unit)
{
    qint64 scale = 1;
    for (int i = 0; i < r.scale; ++i)
        scale *= 10;
    if (unit == TemperatureUnit::Fahrenheit) return int(roundedDiv((r.digits - 32 * scale) * 50, 9 * scale));
    return int(roundedDiv(r.digits * 10, scale));
}

bool inRange(int dc, const TemperatureRange& range)
{
    return !(range.minDc && dc < *range.minDc) && !(range.maxDc && dc > *range.maxDc);
}

int distanceFromBand(int dc, const TemperatureRange& range)
{
    if (range.minDc && dc < *range.minDc) return *range.minDc - dc;
    if (range.maxDc && dc > *range.maxDc) return dc - *range.maxDc;
    return 0;
}

bool byTime(const Reading& a, const Reading& b)
{
    return a.atMs < b.atMs;
}

} // namespace

// --- CSV import ---------------------------------------------------------------------------

Result<TemperatureCsv> inspectTemperatureCsv(const QByteArray& file, const CsvOptions& options)
{
    if (!options.timeZone.isValid())
        return refuse(QStringLiteral("temperature.time_zone_invalid"), QStringLiteral("The logger's time zone is not a known time zone."));
    const QString text = decode(file);
    const std::vector<PhysicalLine> lines = contentLines(text, kHeaderSearchLines);
    if (lines.empty()) return refusedWhole(QStringLiteral("temperature.csv_empty"), QStringLiteral("it is empty."));

    // The header: the first line naming a time and a temperature column.
    std::optional<Header> header, partial;
    for (const PhysicalLine& line : lines) {
        for (const QChar d : { QChar(QLatin1Char('\t')), QChar(QLatin1Char(';')), QChar(QLatin1Char(',')) }) {
            Header h = analyseHeader(line, d, options);
            if (h.complete()) {
                header = h;
                break;
            }
            if ((h.anyTime || h.anyTemperature) && (!partial || (partial->line == h.line && h.names.size() > partial->names.size()))) partial = h;
        }
        if (header) break;
    }
    if (!header) {
        if (!options.temperatureColumn.isEmpty())
            return refusedWhole(QStringLiteral("temperature.csv_no_temperature_column"),
                QStringLiteral("no header line has both a time column and a column named \"%1\".").arg(options.temperatureColumn));
        if (!partial)
            return refusedWhole(QStringLiteral("temperature.csv_no_header"),
                QStringLiteral("no header line naming the columns was found; the readings need a line such as "
                               "\"Timestamp,Temperature (°C)\" above them."));
        const QString names = partial->names.join(QStringLiteral(", "));
        if (!partial->anyTemperature)
            return refusedWhole(QStringLiteral("temperature.csv_no_temperature_column"),
                QStringLiteral("the header on line %1 (%2) has no temperature column, such as \"Temperature (°C)\".")
                    .arg(QString::number(partial->line), names));
        return refusedWhole(QStringLiteral("temperature.csv_no_time_column"),
            QStringLiteral("the header on line %1 (%2) has no time column, such as \"Timestamp\", or \"Date\" and \"Time\".")
                .arg(QString::number(partial->line), names));
    }
    const Header& h = *header;
    if (h.temperatureCols.size() > 1) {
        QStringList names;
        for (int i : h.temperatureCols)
            names << QStringLiteral("\"%1\"").arg(h.names.at(i));
        return refusedWhole(QStringLiteral("temperature.csv_ambiguous_column"),
            QStringLiteral("it has several temperature columns (%1); choose the one to import.").arg(names.join(QStringLiteral(", "))));
    }
    const int tempCol = h.temperatureCols.front();
    if (options.unit != TemperatureUnit::Auto && h.unit != TemperatureUnit::Auto && options.unit != h.unit)
        return refusedWhole(QStringLiteral("temperature.csv_unit_conflict"),
            QStringLiteral("the column \"%1\" is in %2 but %3 was chosen.").arg(h.names.at(tempCol), unitSymbol(h.unit), unitSymbol(options.unit)));

    // Rows: read each cell; times are resolved once the date order of the file is known.
    struct Parsed {
        int line = 0;
        QString timeText;
        RawTime time;
        RawTemperature temperature;
        QString temperatureText;
    };
    std::vector<Parsed> parsed;
    std::vector<Problem> problems;
    const std::vector<Row> rows = tokenize(text, h.start, h.line, h.delimiter);
    const int needed = std::max({ h.stampCol, h.dateCol, h.clockCol, tempCol }) + 1;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const Row& row = rows[r];
        if (row.unclosedQuote) {
            problems.push_back({ row.line, lineProblem(row.line, QStringLiteral("a quote (\") is opened and never closed")) });
            continue;
        }
        if (std::all_of(row.fields.begin(), row.fields.end(), [](const QString& f) { return f.isEmpty(); })) continue;
        const QString first = row.fields.front();
        if (first.startsWith(QLatin1Char('#')) || first.startsWith(QLatin1String("//"))) continue;
        if (row.fields.size() == h.names.size()
            && std::equal(row.fields.begin(), row.fields.end(), h.names.begin(),
                [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) == 0; }))
            continue; // the header repeated (files joined together)
        bool extra = false;
        for (qsizetype i = h.names.size(); i < row.fields.size(); ++i)
            extra = extra || !row.fields.at(i).isEmpty();
        if (extra) {
            QString what = QStringLiteral("%1 values for %2 columns").arg(row.fields.size()).arg(h.names.size());
            if (h.delimiter == QLatin1Char(',')) what += QStringLiteral(" (a decimal comma in a comma-separated file?)");
            problems.push_back({ row.line, lineProblem(row.line, what) });
            continue;
        }
        Parsed p;
        p.line = row.line;
        const auto cell = [&](int i) { return i < row.fields.size() ? row.fields.at(i) : QString(); };
        p.timeText = h.stampCol >= 0 ? cell(h.stampCol) : (cell(h.dateCol) + QLatin1Char(' ') + cell(h.clockCol)).trimmed();
        p.temperatureText = cell(tempCol);
        bool bad = false;
        if (row.fields.size() < needed && p.timeText.isEmpty() && p.temperatureText.isEmpty()) {
            problems.push_back({ row.line, lineProblem(row.line, QStringLiteral("the row has no time and no temperature")) });
            continue;
        }
        if (p.timeText.isEmpty()) {
            problems.push_back({ row.line, lineProblem(row.line, QStringLiteral("the time is missing")) });
            bad = true;
        } else {
            p.time = readTime(p.timeText);
            if (p.time.form == RawTime::Invalid) {
                problems.push_back({ row.line, lineProblem(row.line, QStringLiteral("\"%1\" is not a time").arg(shown(p.timeText))) });
                bad = true;
            }
        }
        if (p.temperatureText.isEmpty()) {
            problems.push_back({ row.line, lineProblem(row.line, QStringLiteral("the temperature is missing")) });
            bad = true;
        } else {
            p.temperature = readTemperature(p.temperatureText);
            if (!p.temperature.valid) {
                problems.push_back({ row.line, lineProblem(row.line, QStringLiteral("\"%1\" is not a temperature").arg(shown(p.temperatureText))) });
                bad = true;
            }
        }
        if (!bad) parsed.push_back(std::move(p));
    }
    if (parsed.empty() && problems.empty())
        return refusedWhole(QStringLiteral("temperature.csv_no_readings"), QStringLiteral("it has a header (line %1) but no readings.").arg(h.line));

    TemperatureCsv out;
    out.headerLine = h.line;
    out.delimiter = h.delimiter;
    out.timeColumn = h.timeName();
    out.temperatureColumn = h.names.at(tempCol);

    // Unit of the column: the option, the header, the first unit written after a value, °C.
    TemperatureUnit unit = options.unit != TemperatureUnit::Auto ? options.unit : h.unit;
    if (unit == TemperatureUnit::Auto) {
        const auto withUnit = std::find_if(parsed.begin(), parsed.end(), [](const Parsed& p) { return p.temperature.unit != TemperatureUnit::Auto; });
        unit = withUnit != parsed.end() ? withUnit->temperature.unit : TemperatureUnit::Celsius;
    }
    out.unit = unit;

    // Day or month first, for the whole file.
    int dayFirstLine = 0, monthFirstLine = 0;
    QString dayFirstText, monthFirstText;
    bool anyTwelveHour = false, anySlashDate = false, anyDotDate = false;
    for (const Parsed& p : parsed) {
        if (p.time.form != RawTime::DayMonth) continue;
        anyTwelveHour = anyTwelveHour || p.time.twelveHour;
        if (p.time.dots) {
            anyDotDate = true;
            continue;
        }
        anySlashDate = true;
        if (p.time.a > 12 && p.time.b <= 12 && !dayFirstLine) {
            dayFirstLine = p.line;
            dayFirstText = p.timeText;
        }
        if (p.time.b > 12 && p.time.a <= 12 && !monthFirstLine) {
            monthFirstLine = p.line;
            monthFirstText = p.timeText;
        }
    }
    DateOrder order = options.dateOrder;
    bool mixedOrders = false;
    if (order == DateOrder::Auto && anySlashDate) {
        if (dayFirstLine && monthFirstLine) {
            mixedOrders = true;
            const int later = std::max(dayFirstLine, monthFirstLine);
            problems.push_back({ later,
                QStringLiteral("lines %1 and %2: \"%3\" is day/month but \"%4\" is month/day")
                    .arg(QString::number(std::min(dayFirstLine, monthFirstLine)), QString::number(later),
                        dayFirstLine < monthFirstLine ? shown(dayFirstText) : shown(monthFirstText),
                        dayFirstLine < monthFirstLine ? shown(monthFirstText) : shown(dayFirstText)) });
            if (dayFirstLine > monthFirstLine)
                problems.back().text
                    = QStringLiteral("lines %1 and %2: \"%3\" is month/day but \"%4\" is day/month")
                          .arg(QString::number(monthFirstLine), QString::number(dayFirstLine), shown(monthFirstText), shown(dayFirstText));
        } else if (dayFirstLine) {
            order = DateOrder::DayFirst;
        } else if (monthFirstLine) {
            order = DateOrder::MonthFirst;
        } else {
            order = anyTwelveHour || unit == TemperatureUnit::Fahrenheit ? DateOrder::MonthFirst : DateOrder::DayFirst;
        }
    }
    out.dateOrder = anySlashDate ? order : (anyDotDate ? DateOrder::DayFirst : DateOrder::Auto);

    // Instants and values.
    const QTimeZone& zone = options.timeZone;
    const bool zoneIsUtc = zone == QTimeZone::utc() || zone.id() == "UTC";
    std::optional<qint64> previous; // instant of the previous row in file order
    std::vector<std::pair<Reading, const Parsed*>> readings;
    for (const Parsed& p : parsed) {
        bool bad = false;
        // The time.
        qint64 at = 0;
        if (p.time.form == RawTime::Epoch) {
            at = p.time.epochMs;
        } else if (p.time.form == RawTime::DayMonth && !p.time.dots && mixedOrders) {
            bad = true;
        } else {
            std::optional<qint64> wall;
            if (p.time.form == RawTime::YearFirst)
                wall = wallMs(p.time.year, p.time.a, p.time.b, p.time);
            else if (p.time.dots || order == DateOrder::DayFirst)
                wall = wallMs(p.time.year, p.time.b, p.time.a, p.time);
            else
                wall = wallMs(p.time.year, p.time.a, p.time.b, p.time);
            const std::optional<int> offset = p.time.offsetSeconds ? p.time.offsetSeconds : h.offsetSeconds;
            if (!wall) {
                problems.push_back({ p.line, lineProblem(p.line, QStringLiteral("the time \"%1\" does not exist").arg(shown(p.timeText))) });
                bad = true;
            } else if (offset) {
                at = *wall - qint64(*offset) * 1000;
            } else if (zoneIsUtc) {
                at = *wall;
            } else {
                const std::vector<qint64> instants = instantsOf(*wall, zone);
                if (instants.empty()) {
                    problems.push_back({ p.line,
                        lineProblem(p.line,
                            QStringLiteral("the time \"%1\" does not exist in the time zone %2 (the clocks were put forward)")
                                .arg(shown(p.timeText), QString::fromUtf8(zone.id()))) });
                    bad = true;
                } else {
                    at = instants.front();
                    if (instants.size() > 1 && previous && instants.front() <= *previous && instants.back() > *previous) at = instants.back();
                }
            }
        }
        if (!bad) previous = at;
        // The value.
        if (p.temperature.unit != TemperatureUnit::Auto && p.temperature.unit != unit) {
            problems.push_back({ p.line,
                lineProblem(p.line,
                    QStringLiteral("\"%1\" is in %2 but the column is in %3")
                        .arg(shown(p.temperatureText), unitSymbol(p.temperature.unit), unitSymbol(unit))) });
            bad = true;
        }
        const int dc = toDecicelsius(p.temperature, unit);
        if (dc < kLowestDc || dc > kHighestDc) {
            problems.push_back({ p.line,
                lineProblem(p.line,
                    QStringLiteral("\"%1\" is outside what a temperature logger measures (%2 to %3)")
                        .arg(shown(p.temperatureText), celsiusText(kLowestDc), celsiusText(kHighestDc))) });
            bad = true;
        }
        if (!bad) readings.push_back({ Reading { at, dc, p.line }, &p });
    }

    // Time order; one reading per instant.
    std::stable_sort(readings.begin(), readings.end(), [](const auto& a, const auto& b) { return a.first.atMs < b.first.atMs; });
    for (std::size_t i = 0; i < readings.size(); ++i) {
        const Reading& r = readings[i].first;
        if (!out.readings.empty() && out.readings.back().atMs == r.atMs) {
            const Reading& kept = out.readings.back();
            if (kept.decicelsius == r.decicelsius) {
                ++out.duplicatesSkipped;
            } else {
                const auto keptRow = std::find_if(readings.begin(), readings.end(), [&](const auto& x) { return x.first.line == kept.line; });
                problems.push_back({ r.line,
                    QStringLiteral("lines %1 and %2: two different temperatures (%3 and %4) for the same time \"%5\"")
                        .arg(QString::number(kept.line), QString::number(r.line), celsiusText(kept.decicelsius), celsiusText(r.decicelsius),
                            shown(keptRow->second->timeText)) });
            }
            continue;
        }
        out.readings.push_back(r);
    }
    if (!problems.empty()) return refusedFile(std::move(problems));
    return out;
}

Result<std::vector<Reading>> parseTemperatureCsv(const QByteArray& file, const CsvOptions& options)
{
    Result<TemperatureCsv> csv = inspectTemperatureCsv(file, options);
    if (!csv) return csv.refusal();
    return std::move(csv.value().readings);
}

// --- excursions ---------------------------------------------------------------------------

QString excursionKindName(ExcursionKind kind)
{
    return kind == ExcursionKind::MonitoringGap ? QStringLiteral("monitoring_gap") : QStringLiteral("out_of_range");
}

std::vector<Excursion> detectExcursions(const std::vector<Reading>& readings, const TemperatureRange& range, int toleranceMinutes)
{
    std::vector<Reading> series = readings;
    std::stable_sort(series.begin(), series.end(), byTime);
    const qint64 tolerance = qint64(std::max(0, toleranceMinutes)) * kMinuteMs;
    std::vector<Excursion> out;
    bool outside = false;
    qint64 start = 0;
    int peak = 0, peakDistance = 0;
    for (std::size_t i = 0; i < series.size(); ++i) {
        const Reading& r = series[i];
        if (toleranceMinutes > 0 && i > 0 && r.atMs - series[i - 1].atMs > tolerance)
            out.push_back({ ExcursionKind::MonitoringGap, series[i - 1].atMs, r.atMs, 0, false });
        const int distance = distanceFromBand(r.decicelsius, range);
        if (distance > 0) {
            if (!outside) {
                outside = true;
                start = r.atMs;
                peak = r.decicelsius;
                peakDistance = distance;
            } else if (distance > peakDistance) {
                peak = r.decicelsius;
                peakDistance = distance;
            }
        } else if (outside) {
            outside = false;
            if (r.atMs - start > tolerance) out.push_back({ ExcursionKind::OutOfRange, start, r.atMs, peak, false });
        }
    }
    if (outside && series.back().atMs - start > tolerance) out.push_back({ ExcursionKind::OutOfRange, start, series.back().atMs, peak, true });
    std::stable_sort(out.begin(), out.end(),
        [](const Excursion& a, const Excursion& b) { return a.startMs != b.startMs ? a.startMs < b.startMs : int(a.kind) < int(b.kind); });
    return out;
}

Result<std::vector<Reading>> mergeReadings(const std::vector<Reading>& existing, const std::vector<Reading>& incoming)
{
    struct Tagged {
        Reading reading;
        bool incoming = false;
    };
    std::vector<Tagged> all;
    all.reserve(existing.size() + incoming.size());
    for (const Reading& r : existing)
        all.push_back({ r, false });
    for (const Reading& r : incoming)
        all.push_back({ r, true });
    std::stable_sort(all.begin(), all.end(), [](const Tagged& a, const Tagged& b) { return a.reading.atMs < b.reading.atMs; });

    std::vector<Reading> out;
    out.reserve(all.size());
    QStringList conflicts;
    int more = 0;
    const Tagged* kept = nullptr;
    for (const Tagged& t : all) {
        if (kept && kept->reading.atMs == t.reading.atMs) {
            if (kept->reading.decicelsius == t.reading.decicelsius) continue;
            if (conflicts.size() >= kMaxProblemsListed) {
                ++more;
                continue;
            }
            const auto source = [](const Tagged& x) {
                return x.reading.line > 0 ? QStringLiteral("%1 (line %2)").arg(celsiusText(x.reading.decicelsius)).arg(x.reading.line)
                                          : celsiusText(x.reading.decicelsius);
            };
            if (!kept->incoming && t.incoming)
                conflicts
                    << QStringLiteral("at %1 the file has %2 but %3 is already recorded").arg(utcText(t.reading.atMs), source(t), source(*kept));
            else
                conflicts << QStringLiteral("at %1 there are two temperatures, %2 and %3").arg(utcText(t.reading.atMs), source(*kept), source(t));
            continue;
        }
        out.push_back(t.reading);
        kept = &t;
    }
    if (!conflicts.isEmpty()) {
        QString message = QStringLiteral("The readings were not recorded: ") + conflicts.join(QStringLiteral("; "));
        if (more > 0) message += QStringLiteral("; and %1 more").arg(more);
        return refuse(QStringLiteral("temperature.reading_conflict"), message + QLatin1Char('.'));
    }
    return out;
}

// --- values -------------------------------------------------------------------------------

std::optional<int> parseDecicelsius(const QString& text)
{
    const RawTemperature r = readTemperature(text.trimmed());
    if (!r.valid || r.unit == TemperatureUnit::Fahrenheit) return std::nullopt;
    return toDecicelsius(r, TemperatureUnit::Celsius);
}

QString formatDecicelsius(int decicelsius)
{
    const int magnitude = decicelsius < 0 ? -decicelsius : decicelsius;
    return QStringLiteral("%1%2.%3").arg(decicelsius < 0 ? QStringLiteral("-") : QString()).arg(magnitude / 10).arg(magnitude % 10);
}

TemperatureRange temperatureRangeOf(const QJsonObject& locationFields)
{
    const auto limit = [&](const char* key) -> std::optional<int> {
        const QJsonValue v = locationFields.value(QLatin1String(key));
        if (v.isDouble()) return parseDecicelsius(QString::number(v.toDouble(), 'f', 1));
        return v.isString() && !v.toString().trimmed().isEmpty() ? parseDecicelsius(v.toString()) : std::nullopt;
    };
    return { limit("temp_min_c"), limit("temp_max_c") };
}

QString excursionId(const QString& locationId, ExcursionKind kind, qint64 startMs)
{
    QByteArray h = crypto::sha256(
        "temperature_excursion\n" + locationId.toUtf8() + '\n' + excursionKindName(kind).toUtf8() + '\n' + QByteArray::number(startMs))
                       .left(16);
    h[6] = char((h[6] & 0x0f) | 0x80); // version 8: name-based, custom hash (RFC 9562)
    h[8] = char((h[8] & 0x3f) | 0x80); // RFC variant
    const QByteArray x = h.toHex();
    return QString::fromLatin1(x.mid(0, 8) + '-' + x.mid(8, 4) + '-' + x.mid(12, 4) + '-' + x.mid(16, 4) + '-' + x.mid(20, 12));
}

// --- the temperature log ------------------------------------------------------------------

std::vector<Reading> readingsOf(const QJsonObject& payload)
{
    std::vector<Reading> out;
    for (const QJsonValue& v : payload.value(QLatin1String("readings")).toArray()) {
        const QJsonArray pair = v.toArray();
        out.push_back({ pair.at(0).toInteger(), int(pair.at(1).toInteger()), 0 });
    }
    return out;
}

TemperatureLogState evolveTemperatureLog(TemperatureLogState state, const Event& event)
{
    if (event.type != QLatin1String("temperature.readings_recorded")) return state;
    std::vector<Reading> added = readingsOf(event.payload);
    std::stable_sort(added.begin(), added.end(), byTime);
    const auto middle = std::ptrdiff_t(state.readings.size());
    state.readings.insert(state.readings.end(), added.begin(), added.end());
    std::inplace_merge(state.readings.begin(), state.readings.begin() + middle, state.readings.end(), byTime);
    return state;
}

Result<NewEvents> decideRecordTemperatures(const QString& locationId, const TemperatureRange& range, int toleranceMinutes,
    const std::vector<Reading>& already, const std::vector<Reading>& incoming, const QString& importId)
{
    if (locationId.isEmpty() || importId.isEmpty())
        return refuse(QStringLiteral("payload.invalid"), QStringLiteral("Recording temperatures needs a location and an import id."));
    if (toleranceMinutes < 0) return refuse(QStringLiteral("payload.invalid"), QStringLiteral("The tolerance cannot be negative."));
    if (range.minDc && range.maxDc && *range.minDc > *range.maxDc)
        return refuse(QStringLiteral("temperature.range_inverted"), QStringLiteral("The lowest allowed temperature is above the highest."));
    if (incoming.empty()) return refuse(QStringLiteral("temperature.no_readings"), QStringLiteral("There are no readings to record."));

    Result<std::vector<Reading>> merged = mergeReadings(already, incoming);
    if (!merged) return merged.refusal();
    std::vector<qint64> stored;
    stored.reserve(already.size());
    for (const Reading& r : already)
        stored.push_back(r.atMs);
    std::sort(stored.begin(), stored.end());
    std::vector<Reading> fresh;
    for (const Reading& r : merged.value())
        if (!std::binary_search(stored.begin(), stored.end(), r.atMs)) fresh.push_back(r);
    if (fresh.empty())
        return refuse(QStringLiteral("temperature.already_recorded"),
            QStringLiteral("Every reading in this file is already recorded for this location; nothing new was imported."));

    QJsonObject common { { QStringLiteral("location_id"), locationId }, { QStringLiteral("import_id"), importId } };
    QJsonObject limits { { QStringLiteral("tolerance_minutes"), toleranceMinutes } };
    if (range.minDc) limits.insert(QStringLiteral("temp_min_c"), formatDecicelsius(*range.minDc));
    if (range.maxDc) limits.insert(QStringLiteral("temp_max_c"), formatDecicelsius(*range.maxDc));

    QJsonArray pairs;
    for (const Reading& r : fresh)
        pairs.append(QJsonArray { r.atMs, r.decicelsius });
    QJsonObject recorded = common;
    for (auto it = limits.begin(); it != limits.end(); ++it)
        recorded.insert(it.key(), it.value());
    recorded.insert(QStringLiteral("count"), qint64(fresh.size()));
    recorded.insert(QStringLiteral("already_recorded"), qint64(incoming.size()) - qint64(fresh.size()));
    recorded.insert(QStringLiteral("from"), utcIso(fresh.front().atMs));
    recorded.insert(QStringLiteral("to"), utcIso(fresh.back().atMs));
    recorded.insert(QStringLiteral("readings"), pairs);
    const QString stream = temperatureLogStream(locationId);
    NewEvents events { { QStringLiteral("temperature.readings_recorded"), stream, recorded } };

    // Excursions: those of the combined series against those the stored readings already had.
    // Each new excursion is matched to at most one known one of the same kind it overlaps.
    const std::vector<Excursion> before = detectExcursions(already, range, toleranceMinutes);
    const std::vector<Excursion> after = detectExcursions(merged.value(), range, toleranceMinutes);
    std::vector<bool> matched(before.size(), false);
    struct Timed {
        qint64 at;
        NewEvent event;
    };
    std::vector<Timed> found;
    const auto restored = [&](const Excursion& known, qint64 at, int peak) {
        QJsonObject p = common;
        p.insert(QStringLiteral("excursion_id"), excursionId(locationId, known.kind, known.startMs));
        p.insert(QStringLiteral("kind"), excursionKindName(known.kind));
        p.insert(QStringLiteral("start"), utcIso(known.startMs));
        p.insert(QStringLiteral("restored_at"), utcIso(at));
        p.insert(QStringLiteral("duration_minutes"), (at - known.startMs) / kMinuteMs);
        p.insert(QStringLiteral("peak_c"), formatDecicelsius(peak));
        found.push_back({ at, { QStringLiteral("temperature.restored"), stream, p } });
    };
    for (const Excursion& a : after) {
        std::size_t k = 0;
        while (k < before.size() && (matched[k] || before[k].kind != a.kind || before[k].startMs > a.endMs || a.startMs > before[k].endMs))
            ++k;
        if (k < before.size()) {
            matched[k] = true;
            if (before[k].ongoing && !a.ongoing) restored(before[k], a.endMs, a.peakDc);
            continue;
        }
        QJsonObject p = common;
        for (auto it = limits.begin(); it != limits.end(); ++it)
            p.insert(it.key(), it.value());
        p.insert(QStringLiteral("excursion_id"), excursionId(locationId, a.kind, a.startMs));
        p.insert(QStringLiteral("kind"), excursionKindName(a.kind));
        p.insert(QStringLiteral("start"), utcIso(a.startMs));
        p.insert(QStringLiteral("end"), utcIso(a.endMs));
        p.insert(QStringLiteral("ongoing"), a.ongoing);
        p.insert(QStringLiteral("duration_minutes"), (a.endMs - a.startMs) / kMinuteMs);
        if (a.kind == ExcursionKind::OutOfRange) p.insert(QStringLiteral("peak_c"), formatDecicelsius(a.peakDc));
        found.push_back({ a.startMs, { QStringLiteral("temperature.excursion_detected"), stream, p } });
    }
    // A known ongoing excursion that new readings in between have dissolved: back in range at
    // the first in-range reading after its start.
    for (std::size_t k = 0; k < before.size(); ++k) {
        if (matched[k] || !before[k].ongoing) continue;
        const auto back = std::find_if(merged.value().begin(), merged.value().end(),
            [&](const Reading& r) { return r.atMs > before[k].startMs && inRange(r.decicelsius, range); });
        if (back != merged.value().end()) restored(before[k], back->atMs, before[k].peakDc);
    }
    std::stable_sort(found.begin(), found.end(), [](const Timed& x, const Timed& y) {
        if (x.at != y.at) return x.at < y.at;
        if (x.event.type != y.event.type) return x.event.type > y.event.type; // restored before a new detection
        return x.event.payload.value(QLatin1String("excursion_id")).toString() < y.event.payload.value(QLatin1String("excursion_id")).toString();
    });
    for (Timed& t : found)
        events.push_back(std::move(t.event));
    return events;
}

} // namespace tracelot::quality

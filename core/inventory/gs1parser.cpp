// GS1 barcode parser (see gs1parser.h): a small table of the application identifiers the
// back office reads, a reader for transmitted data (FNC1 = GS or a substitute) and one for
// the human readable "(AI)value" form; both feed the same per-element checks.
// Formats follow the GS1 General Specifications (AI table, 7.12 century rule) and the GS1
// Barcode Syntax Dictionary (e.g. day "00" only for AIs 11-17).
#include "inventory/gs1parser.h"

#include <QJsonValue>

#include <array>
#include <utility>

namespace tracelot::gs1 {

namespace {

// What an AI's data becomes.
enum class Field {
    Sscc, Gtin, ContentGtin, Lot, Serial,
    ProductionDate, PackDate, BestBefore, SellBy, Expiry,
    VariableCount, Count,
    NetWeightKg, NetWeightLb, GrossWeightKg,
    ShipToGln, BillToGln, PurchasedFromGln, ShipForGln, LocationGln, PayToGln, ProductionLocationGln, PartyGln,
    ExpiryTime, FirstFreezeDate, HarvestDate,
};

enum class Check { None, Digit, Cset82, Date, DateNoDayZero, DateTime, DateRange, Weight };

struct AiSpec {
    const char16_t* ai;
    int maxLength;
    bool fixed;      // exactly maxLength characters, no separator needed; else 1..maxLength
    bool numeric;
    Check check;
    Field field;
    const char16_t* title;
};

// 310n/320n/330n are listed per n (0-5), as in the GS1 Syntax Dictionary.
#define TRACELOT_GS1_WEIGHT(prefix, field, title)                                             \
    AiSpec{prefix u"0", 6, true, true, Check::Weight, field, title},                        \
    AiSpec{prefix u"1", 6, true, true, Check::Weight, field, title},                        \
    AiSpec{prefix u"2", 6, true, true, Check::Weight, field, title},                        \
    AiSpec{prefix u"3", 6, true, true, Check::Weight, field, title},                        \
    AiSpec{prefix u"4", 6, true, true, Check::Weight, field, title},                        \
    AiSpec{prefix u"5", 6, true, true, Check::Weight, field, title}

const std::array kSpecs{
    AiSpec{u"00", 18, true, true, Check::Digit, Field::Sscc, u"SSCC"},
    AiSpec{u"01", 14, true, true, Check::Digit, Field::Gtin, u"GTIN"},
    AiSpec{u"02", 14, true, true, Check::Digit, Field::ContentGtin, u"content GTIN"},
    AiSpec{u"10", 20, false, false, Check::Cset82, Field::Lot, u"lot"},
    AiSpec{u"11", 6, true, true, Check::Date, Field::ProductionDate, u"production date"},
    AiSpec{u"13", 6, true, true, Check::Date, Field::PackDate, u"packaging date"},
    AiSpec{u"15", 6, true, true, Check::Date, Field::BestBefore, u"best before date"},
    AiSpec{u"16", 6, true, true, Check::Date, Field::SellBy, u"sell by date"},
    AiSpec{u"17", 6, true, true, Check::Date, Field::Expiry, u"expiry date"},
    AiSpec{u"21", 20, false, false, Check::Cset82, Field::Serial, u"serial number"},
    AiSpec{u"30", 8, false, true, Check::None, Field::VariableCount, u"variable count"},
    AiSpec{u"37", 8, false, true, Check::None, Field::Count, u"count"},
    TRACELOT_GS1_WEIGHT(u"310", Field::NetWeightKg, u"net weight (kg)"),
    TRACELOT_GS1_WEIGHT(u"320", Field::NetWeightLb, u"net weight (lb)"),
    TRACELOT_GS1_WEIGHT(u"330", Field::GrossWeightKg, u"gross weight (kg)"),
    AiSpec{u"410", 13, true, true, Check::Digit, Field::ShipToGln, u"ship to GLN"},
    AiSpec{u"411", 13, true, true, Check::Digit, Field::BillToGln, u"bill to GLN"},
    AiSpec{u"412", 13, true, true, Check::Digit, Field::PurchasedFromGln, u"purchased from GLN"},
    AiSpec{u"413", 13, true, true, Check::Digit, Field::ShipForGln, u"ship for GLN"},
    AiSpec{u"414", 13, true, true, Check::Digit, Field::LocationGln, u"location GLN"},
    AiSpec{u"415", 13, true, true, Check::Digit, Field::PayToGln, u"pay to GLN"},
    AiSpec{u"416", 13, true, true, Check::Digit, Field::ProductionLocationGln, u"production location GLN"},
    AiSpec{u"417", 13, true, true, Check::Digit, Field::PartyGln, u"party GLN"},
    // 7003 and 7006 have a fixed length but GS1 still asks for FNC1 after them; we read
    // exactly their length and accept the separator when it is there.
    AiSpec{u"7003", 10, true, true, Check::DateTime, Field::ExpiryTime, u"expiry date and time"},
    AiSpec{u"7006", 6, true, true, Check::DateNoDayZero, Field::FirstFreezeDate, u"first freeze date"},
    AiSpec{u"7007", 12, false, true, Check::DateRange, Field::HarvestDate, u"harvest date"},
};

#undef TRACELOT_GS1_WEIGHT

const AiSpec* specOf(QStringView ai)
{
    for (const AiSpec& s : kSpecs) {
        if (ai == QStringView(s.ai)) return &s;
    }
    return nullptr;
}

bool isDigit(QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (!isDigit(c)) return false;
    }
    return true;
}

// GS1 AI encodable character set 82.
bool inCset82(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z')) return true;
    return QStringView(u"!\"%&'()*+,-./:;<=>?_").contains(c);
}

QString describeChar(QChar c)
{
    if (c.unicode() > 32 && c.unicode() < 127) return QStringLiteral("'%1'").arg(c);
    return QStringLiteral("U+") + QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

// Scanned text for a message: GS shown as "<GS>", other control characters as U+XXXX.
QString printable(QStringView text)
{
    QString out;
    for (QChar c : text) {
        if (c.unicode() == kGroupSeparator) out += QStringLiteral("<GS>");
        else if (c.unicode() < 32 || c.unicode() == 127) out += describeChar(c);
        else out += c;
    }
    return out;
}

// "(17) expiry date 251301", or "(17) expiry date" when there is no data.
QString subject(const AiSpec& spec, QStringView raw)
{
    QString s = QStringLiteral("(%1) %2").arg(QStringView(spec.ai), QStringView(spec.title));
    if (!raw.isEmpty()) s += QLatin1Char(' ') + printable(raw);
    return s;
}

Refusal problem(const QString& code, const AiSpec& spec, QStringView raw, const QString& what)
{
    return refuse(code, QStringLiteral("%1: %2").arg(subject(spec, raw), what));
}

// The AI at the start of digits: its length follows from its first two digits (GS1 General
// Specifications, table of AI prefixes); used to name an AI we do not know.
QString guessAi(QStringView digits)
{
    static const QStringView three[] = {u"23", u"24", u"25", u"40", u"41", u"42", u"71"};
    static const QStringView four[] = {u"31", u"32", u"33", u"34", u"35", u"36", u"39", u"43", u"70", u"72", u"80", u"81", u"82"};
    qsizetype length = 2;
    const QStringView prefix = digits.first(qMin<qsizetype>(2, digits.size()));
    for (QStringView p : three) {
        if (prefix == p) length = 3;
    }
    for (QStringView p : four) {
        if (prefix == p) length = 4;
    }
    qsizetype n = 0;
    while (n < digits.size() && n < length && isDigit(digits.at(n))) ++n;
    return digits.first(n).toString();
}

Refusal unknownAi(QStringView ai)
{
    return refuse(QStringLiteral("gs1.unknown_ai"),
                  QStringLiteral("(%1) is not an application identifier Tracelot reads").arg(ai));
}

QString monthName(int month)
{
    static const char16_t* const names[] = {u"January", u"February", u"March", u"April", u"May", u"June",
                                             u"July", u"August", u"September", u"October", u"November", u"December"};
    return QString::fromUtf16(names[month - 1]);
}

struct DateRead {
    QDate date;
    bool dayZero = false;
    QString problem;  // empty when the date is good
};

// YYMMDD with the century window; day 00 means the last day of the month when allowed.
DateRead readDate(QStringView six, bool allowDayZero, QDate today)
{
    DateRead r;
    const int yy = six.first(2).toInt();
    const int month = six.sliced(2, 2).toInt();
    const int day = six.sliced(4, 2).toInt();
    if (month < 1 || month > 12) {
        r.problem = QStringLiteral("month %1 does not exist").arg(six.sliced(2, 2));
        return r;
    }
    const int year = expandYear(yy, today);
    const int lastDay = QDate(year, month, 1).daysInMonth();
    if (day == 0) {
        if (!allowDayZero) {
            r.problem = QStringLiteral("day 00 is not allowed in this date");
            return r;
        }
        r.dayZero = true;
        r.date = QDate(year, month, lastDay);
        return r;
    }
    if (day > lastDay) {
        r.problem = QStringLiteral("day %1 does not exist in %2 %3").arg(six.sliced(4, 2), monthName(month)).arg(year);
        return r;
    }
    r.date = QDate(year, month, day);
    return r;
}

// "001250" with 3 implied decimals -> "1.250".
QString impliedDecimal(QStringView digits, int decimals)
{
    QStringView whole = digits.first(digits.size() - decimals);
    while (whole.size() > 1 && whole.front() == QLatin1Char('0')) whole = whole.sliced(1);
    if (whole.isEmpty()) whole = u"0";
    if (decimals == 0) return whole.toString();
    return whole.toString() + QLatin1Char('.') + digits.last(decimals).toString();
}

QString isoDate(QDate d) { return d.toString(Qt::ISODate); }

class Parser {
public:
    explicit Parser(const Gs1Options& options) : options_(options) {}

    bool isSeparator(QChar c) const { return c.unicode() == kGroupSeparator || c == options_.separator; }

    bool isBlank(QChar c) const
    {
        if (isSeparator(c)) return false;
        return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r') || c == QLatin1Char('\n');
    }

    Result<Gs1Data> run(QStringView input)
    {
        if (!options_.today.isValid())
            return refuse(QStringLiteral("gs1.today_missing"), QStringLiteral("The GS1 parser needs today's date to read two-digit years."));

        while (!input.isEmpty() && isBlank(input.front())) input = input.sliced(1);
        while (!input.isEmpty() && isBlank(input.back())) input.chop(1);

        if (input.startsWith(QLatin1Char(']'))) {
            const QStringView id = input.first(qMin<qsizetype>(3, input.size()));
            static const QStringView gs1Ids[] = {u"]C1", u"]e0", u"]d2", u"]Q3", u"]J1"};
            bool known = false;
            for (QStringView g : gs1Ids) {
                if (id == g) known = true;
            }
            if (!known)
                return refuse(QStringLiteral("gs1.not_gs1"),
                              QStringLiteral("The scanner reports symbology %1, which does not carry GS1 data.").arg(printable(id)));
            data_.symbology = id.toString();
            input = input.sliced(3);
            while (!input.isEmpty() && isBlank(input.front())) input = input.sliced(1);
        }

        qsizetype start = 0;
        while (start < input.size() && isSeparator(input.at(start))) ++start;
        if (start == input.size()) return refuse(QStringLiteral("gs1.empty"), QStringLiteral("Nothing was scanned."));

        const std::optional<Refusal> failed = input.at(start) == QLatin1Char('(') ? readHri(input.sliced(start)) : readTransmitted(input.sliced(start));
        if (failed) return *failed;
        return std::move(data_);
    }

private:
    // Element strings as transmitted: AI, data, separators where needed.
    std::optional<Refusal> readTransmitted(QStringView in)
    {
        qsizetype pos = 0;
        while (true) {
            while (pos < in.size() && isSeparator(in.at(pos))) ++pos;
            if (pos == in.size()) return std::nullopt;

            const AiSpec* spec = nullptr;
            for (qsizetype len = 2; len <= 4 && pos + len <= in.size() && !spec; ++len) {
                const QStringView candidate = in.sliced(pos, len);
                if (!allDigits(candidate)) break;
                spec = specOf(candidate);
            }
            if (!spec) {
                const QStringView rest = in.sliced(pos);
                if (rest.size() >= 2 && isDigit(rest.at(0)) && isDigit(rest.at(1))) return unknownAi(guessAi(rest));
                return junk(rest);
            }
            pos += QStringView(spec->ai).size();

            qsizetype end = pos;
            const qsizetype limit = spec->fixed ? qMin(in.size(), pos + spec->maxLength) : in.size();
            while (end < limit && !isSeparator(in.at(end))) ++end;
            const QStringView raw = in.sliced(pos, end - pos);
            pos = end;
            if (auto bad = take(*spec, raw)) return bad;
        }
    }

    // "(01)07032069804988(10)0329": '(' AI ')' then data up to the next '(' or the end.
    std::optional<Refusal> readHri(QStringView in)
    {
        qsizetype pos = 0;
        while (true) {
            while (pos < in.size() && (isBlank(in.at(pos)) || isSeparator(in.at(pos)))) ++pos;
            if (pos == in.size()) return std::nullopt;
            // Only reachable at the start of in, which is '(' (data runs up to the next '(').
            const qsizetype close = in.indexOf(QLatin1Char(')'), pos);
            const qsizetype nextOpen = in.indexOf(QLatin1Char('('), pos + 1);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
                const qsizetype stop = nextOpen >= 0 ? nextOpen : in.size();
                return refuse(QStringLiteral("gs1.hri_malformed"),
                              QStringLiteral("\"%1\" has no closing ')' after the application identifier.").arg(printable(in.sliced(pos, stop - pos))));
            }
            const QStringView ai = in.sliced(pos + 1, close - pos - 1);
            if (ai.size() < 2 || ai.size() > 4 || !allDigits(ai))
                return refuse(QStringLiteral("gs1.hri_malformed"),
                              QStringLiteral("\"(%1)\" is not an application identifier (2 to 4 digits).").arg(printable(ai)));
            const AiSpec* spec = specOf(ai);
            if (!spec) return unknownAi(ai);

            qsizetype end = in.indexOf(QLatin1Char('('), close + 1);
            if (end < 0) end = in.size();
            QStringView raw = in.sliced(close + 1, end - close - 1);
            while (!raw.isEmpty() && (isBlank(raw.front()) || isSeparator(raw.front()))) raw = raw.sliced(1);
            while (!raw.isEmpty() && (isBlank(raw.back()) || isSeparator(raw.back()))) raw.chop(1);
            pos = end;

            if (spec->fixed && raw.size() > spec->maxLength)
                return problem(QStringLiteral("gs1.too_long"), *spec, raw,
                               QStringLiteral("needs %1 %2, got %3").arg(spec->maxLength).arg(unit(*spec)).arg(raw.size()));
            if (auto bad = take(*spec, raw)) return bad;
        }
    }

    std::optional<Refusal> junk(QStringView rest) const
    {
        while (!rest.isEmpty() && isSeparator(rest.back())) rest.chop(1);
        if (data_.elements.isEmpty())
            return refuse(QStringLiteral("gs1.not_gs1"),
                          QStringLiteral("\"%1\" is not GS1 data: it does not start with an application identifier.").arg(printable(rest)));
        const Gs1Element& last = data_.elements.constLast();
        return refuse(QStringLiteral("gs1.trailing_data"),
                      QStringLiteral("Unexpected data \"%1\" after (%2) %3.").arg(printable(rest), last.ai, last.raw));
    }

    static QString unit(const AiSpec& spec) { return spec.numeric ? QStringLiteral("digits") : QStringLiteral("characters"); }

    // Checks one element and stores it.
    std::optional<Refusal> take(const AiSpec& spec, QStringView raw)
    {
        if (raw.isEmpty() && !spec.fixed) return refuse(QStringLiteral("gs1.empty_field"), subject(spec, raw) + QStringLiteral(" is empty"));
        if (spec.fixed && raw.size() < spec.maxLength)
            return problem(QStringLiteral("gs1.too_short"), spec, raw,
                           QStringLiteral("needs %1 %2, got %3").arg(spec.maxLength).arg(unit(spec)).arg(raw.size()));
        if (raw.size() > spec.maxLength)
            return problem(QStringLiteral("gs1.too_long"), spec, raw,
                           QStringLiteral("at most %1 %2, got %3").arg(spec.maxLength).arg(unit(spec)).arg(raw.size()));
        if (spec.numeric) {
            for (QChar c : raw) {
                if (!isDigit(c)) return problem(QStringLiteral("gs1.not_numeric"), spec, raw, QStringLiteral("%1 is not a digit").arg(describeChar(c)));
            }
        }

        Gs1Element element{QStringView(spec.ai).toString(), raw.toString(), QDate(), false};
        QString value = element.raw;
        QDate endDate;

        switch (spec.check) {
        case Check::None:
            break;
        case Check::Cset82:
            for (QChar c : raw) {
                if (!inCset82(c))
                    return problem(QStringLiteral("gs1.invalid_character"), spec, raw,
                                   QStringLiteral("%1 is not allowed (GS1 character set 82)").arg(describeChar(c)));
            }
            break;
        case Check::Digit:
            if (!checkDigitValid(raw)) {
                const int expected = checkDigit(raw.first(raw.size() - 1));
                return problem(QStringLiteral("gs1.check_digit"), spec, raw,
                               QStringLiteral("check digit should be %1, not %2").arg(expected).arg(raw.back()));
            }
            break;
        case Check::Date:
        case Check::DateNoDayZero: {
            const DateRead d = readDate(raw, spec.check == Check::Date, options_.today);
            if (!d.problem.isEmpty()) return problem(QStringLiteral("gs1.invalid_date"), spec, raw, d.problem);
            element.date = d.date;
            element.dayZero = d.dayZero;
            break;
        }
        case Check::DateTime: {
            const DateRead d = readDate(raw.first(6), false, options_.today);
            if (!d.problem.isEmpty()) return problem(QStringLiteral("gs1.invalid_date"), spec, raw, d.problem);
            const int hour = raw.sliced(6, 2).toInt();
            const int minute = raw.sliced(8, 2).toInt();
            if (hour > 23) return problem(QStringLiteral("gs1.invalid_date"), spec, raw, QStringLiteral("hour %1 does not exist").arg(raw.sliced(6, 2)));
            if (minute > 59) return problem(QStringLiteral("gs1.invalid_date"), spec, raw, QStringLiteral("minute %1 does not exist").arg(raw.sliced(8, 2)));
            element.date = d.date;
            break;
        }
        case Check::DateRange: {
            if (raw.size() != 6 && raw.size() != 12)
                return problem(QStringLiteral("gs1.wrong_length"), spec, raw, QStringLiteral("needs 6 or 12 digits, got %1").arg(raw.size()));
            const DateRead first = readDate(raw.first(6), false, options_.today);
            if (!first.problem.isEmpty()) return problem(QStringLiteral("gs1.invalid_date"), spec, raw, first.problem);
            element.date = first.date;
            if (raw.size() == 12) {
                const DateRead second = readDate(raw.sliced(6), false, options_.today);
                if (!second.problem.isEmpty())
                    return problem(QStringLiteral("gs1.invalid_date"), spec, raw, QStringLiteral("end date: %1").arg(second.problem));
                if (second.date < first.date)
                    return problem(QStringLiteral("gs1.invalid_date"), spec, raw,
                                   QStringLiteral("the end %1 is before the start %2").arg(isoDate(second.date), isoDate(first.date)));
                endDate = second.date;
            }
            break;
        }
        case Check::Weight:
            value = impliedDecimal(raw, QStringView(spec.ai).back().unicode() - u'0');
            break;
        }

        // One value per field: an exact repeat is dropped, anything else is a conflict.
        for (const Gs1Element& seen : std::as_const(data_.elements)) {
            const AiSpec* other = specOf(seen.ai);
            if (other == nullptr || other->field != spec.field) continue;
            if (seen.ai == element.ai && seen.raw == element.raw) return std::nullopt;
            return problem(QStringLiteral("gs1.duplicate_ai"), spec, raw,
                           QStringLiteral("conflicts with (%1) %2 earlier in the same scan").arg(seen.ai, seen.raw));
        }

        store(spec.field, element, value, endDate);
        data_.elements.append(std::move(element));
        return std::nullopt;
    }

    void store(Field field, const Gs1Element& e, const QString& value, QDate endDate)
    {
        switch (field) {
        case Field::Sscc: data_.sscc = value; break;
        case Field::Gtin: data_.gtin = value; break;
        case Field::ContentGtin: data_.contentGtin = value; break;
        case Field::Lot: data_.lot = value; break;
        case Field::Serial: data_.serial = value; break;
        case Field::ProductionDate: data_.productionDate = e.date; break;
        case Field::PackDate: data_.packDate = e.date; break;
        case Field::BestBefore: data_.bestBefore = e.date; break;
        case Field::SellBy: data_.sellBy = e.date; break;
        case Field::Expiry: data_.expiry = e.date; break;
        case Field::VariableCount: data_.variableCount = value.toInt(); break;
        case Field::Count: data_.count = value.toInt(); break;
        case Field::NetWeightKg: data_.netWeightKg = value; break;
        case Field::NetWeightLb: data_.netWeightLb = value; break;
        case Field::GrossWeightKg: data_.grossWeightKg = value; break;
        case Field::ShipToGln: data_.shipToGln = value; break;
        case Field::BillToGln: data_.billToGln = value; break;
        case Field::PurchasedFromGln: data_.purchasedFromGln = value; break;
        case Field::ShipForGln: data_.shipForGln = value; break;
        case Field::LocationGln: data_.locationGln = value; break;
        case Field::PayToGln: data_.payToGln = value; break;
        case Field::ProductionLocationGln: data_.productionLocationGln = value; break;
        case Field::PartyGln: data_.partyGln = value; break;
        case Field::ExpiryTime:
            data_.expiryTime = QDateTime(e.date, QTime(e.raw.sliced(6, 2).toInt(), e.raw.sliced(8, 2).toInt()), Qt::UTC);
            break;
        case Field::FirstFreezeDate: data_.firstFreezeDate = e.date; break;
        case Field::HarvestDate:
            data_.harvestDate = e.date;
            data_.harvestDateEnd = endDate;
            break;
        }
    }

    const Gs1Options& options_;
    Gs1Data data_;
};

}  // namespace

int expandYear(int twoDigitYear, QDate today)
{
    const int current = today.year();
    const int century = current - current % 100;
    const int difference = twoDigitYear - current % 100;
    if (difference >= 51) return century - 100 + twoDigitYear;
    if (difference <= -50) return century + 100 + twoDigitYear;
    return century + twoDigitYear;
}

const Gs1Element* Gs1Data::find(QStringView ai) const
{
    for (const Gs1Element& e : elements) {
        if (e.ai == ai) return &e;
    }
    return nullptr;
}

bool Gs1Data::dayWasZero(QStringView ai) const
{
    const Gs1Element* e = find(ai);
    return e != nullptr && e->dayZero;
}

QString Gs1Data::hri() const
{
    QString out;
    for (const Gs1Element& e : elements) out += QLatin1Char('(') + e.ai + QLatin1Char(')') + e.raw;
    return out;
}

QJsonObject Gs1Data::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("hri"), hri());
    const auto text = [&o](const char* key, const QString& v) {
        if (!v.isEmpty()) o.insert(QLatin1String(key), v);
    };
    const auto date = [&o, this](const char* key, QDate d, const char16_t* ai) {
        if (!d.isValid()) return;
        o.insert(QLatin1String(key), isoDate(d));
        if (ai != nullptr && dayWasZero(QStringView(ai))) o.insert(QString::fromLatin1(key) + QStringLiteral("_day_00"), true);
    };
    text("sscc", sscc);
    text("gtin", gtin);
    text("content_gtin", contentGtin);
    text("lot", lot);
    text("serial", serial);
    date("production_date", productionDate, u"11");
    date("pack_date", packDate, u"13");
    date("best_before", bestBefore, u"15");
    date("sell_by", sellBy, u"16");
    date("expiry", expiry, u"17");
    if (expiryTime.isValid()) o.insert(QStringLiteral("expiry_time"), expiryTime.toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
    date("first_freeze_date", firstFreezeDate, nullptr);
    date("harvest_date", harvestDate, nullptr);
    date("harvest_date_end", harvestDateEnd, nullptr);
    if (variableCount) o.insert(QStringLiteral("variable_count"), *variableCount);
    if (count) o.insert(QStringLiteral("count"), *count);
    text("net_weight_kg", netWeightKg);
    text("net_weight_lb", netWeightLb);
    text("gross_weight_kg", grossWeightKg);
    text("ship_to_gln", shipToGln);
    text("bill_to_gln", billToGln);
    text("purchased_from_gln", purchasedFromGln);
    text("ship_for_gln", shipForGln);
    text("location_gln", locationGln);
    text("pay_to_gln", payToGln);
    text("production_location_gln", productionLocationGln);
    text("party_gln", partyGln);
    return o;
}

Result<Gs1Data> parse(QStringView input, const Gs1Options& options)
{
    Parser parser(options);
    return parser.run(input);
}

QString normaliseKeyboardInput(QStringView typed, const Gs1Options& options)
{
    const QChar gs(kGroupSeparator);
    QString out;
    out.reserve(typed.size());
    qsizetype i = 0;
    while (i < typed.size()) {
        const QStringView rest = typed.sliced(i);
        bool replaced = false;
        for (QStringView token : {QStringView(u"<GS>"), QStringView(u"{GS}"), QStringView(u"[GS]")}) {
            if (rest.startsWith(token, Qt::CaseInsensitive)) {
                out += gs;
                i += token.size();
                replaced = true;
                break;
            }
        }
        if (replaced) continue;
        if (rest.startsWith(u"^]")) {
            out += gs;
            i += 2;
            continue;
        }
        const QChar c = typed.at(i);
        if (c.unicode() == u'\u2194' || c.unicode() == u'\u241D' || c == options.separator) out += gs;
        else out += c;
        ++i;
    }
    while (!out.isEmpty() && (out.back() == QLatin1Char('\r') || out.back() == QLatin1Char('\n') || out.back() == QLatin1Char('\t'))) out.chop(1);
    return out;
}

}  // namespace tracelot::gs1

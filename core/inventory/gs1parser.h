#pragma once
// GS1 barcode parser: turns what a scanner sends for a GS1-128, GS1 DataBar, GS1 DataMatrix
// or GS1 QR symbol (element strings with FNC1 separators, optionally behind a symbology
// identifier), or the human readable form "(01)...(10)...", into checked element strings
// and the traceability fields the back office needs (GTIN, lot, dates, weights, GLNs...).
//
// Pure: no global time, no I/O. "Today" comes in through Gs1Options (GS1 century window).
// Errors are values: every refusal names the problem and the application identifier (AI).
//
// Refusal codes (stable):
//   gs1.empty              nothing but whitespace / separators / a symbology identifier
//   gs1.today_missing      Gs1Options::today is not a valid date (programming error)
//   gs1.not_gs1            the symbology identifier is not a GS1 one, or the data does not
//                          start with an application identifier
//   gs1.unknown_ai         an AI this parser does not know
//   gs1.hri_malformed      human readable input with a broken "(AI)" part
//   gs1.too_short          a fixed-length AI with too few characters
//   gs1.too_long           a field longer than its AI allows
//   gs1.wrong_length       (7007) neither 6 nor 12 digits
//   gs1.empty_field        a variable-length AI with no data
//   gs1.not_numeric        a numeric AI with something else than digits
//   gs1.invalid_character  a character outside GS1 character set 82 (lot, serial)
//   gs1.check_digit        wrong check digit: (00), (01), (02), (410)-(417)
//   gs1.invalid_date       impossible date or time (month 13, 30 February, hour 24...)
//   gs1.trailing_data      data left over that is not an element string
//   gs1.duplicate_ai       the same field twice with different values
#include "common/gs1.h"
#include "common/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace tracelot::gs1 {

// The ASCII group separator that stands for FNC1 in transmitted GS1 data.
inline constexpr char16_t kGroupSeparator = 29;

struct Gs1Options {
    // The character that ends a variable-length field. ASCII 29 (GS) is always accepted as
    // well; set this to e.g. '|' or '~' for scanners configured to send a substitute.
    // Pick a character outside GS1 character set 82 ('|', '~', '^', '#', '{', ...), or it
    // will also split lots and serials that contain it.
    QChar separator = QChar(kGroupSeparator);
    // The date the scan happens, for the century of YYMMDD dates (required).
    QDate today;
};

// One element string as read: the AI and its data exactly as in the symbol.
struct Gs1Element {
    QString ai;    // "01", "3103", "7003"
    QString raw;   // "07032069804988", "001250"
    QDate date;    // for date AIs (11-17, 7003, 7006, first date of 7007): the resolved date
    bool dayZero = false;  // (11)-(17) only: the symbol said day "00" (= last day of the month)
};

struct Gs1Data {
    QString symbology;          // "]C1", "]e0", "]d2", "]Q3", "]J1"; empty when none was sent
    QList<Gs1Element> elements; // in scan order (an exact repeat of an element is kept once)

    // Keys (normalised strings, digits exactly as scanned).
    QString sscc;               // (00)  JSON "sscc"
    QString gtin;               // (01)  JSON "gtin", 14 digits
    QString contentGtin;        // (02)  JSON "content_gtin"
    QString lot;                // (10)  JSON "lot"
    QString serial;             // (21)  JSON "serial"

    // Dates (day "00" already replaced by the last day of the month; see dayWasZero()).
    QDate productionDate;       // (11)  JSON "production_date"
    QDate packDate;             // (13)  JSON "pack_date"
    QDate bestBefore;           // (15)  JSON "best_before"
    QDate sellBy;               // (16)  JSON "sell_by"
    QDate expiry;               // (17)  JSON "expiry"
    // (7003) wall-clock time as printed; the barcode carries no time zone. Held with
    // Qt::UTC only so no local DST rule can shift or invalidate it: do not convert it.
    QDateTime expiryTime;       // (7003) JSON "expiry_time" "YYYY-MM-DDTHH:MM"
    QDate firstFreezeDate;      // (7006) JSON "first_freeze_date"
    QDate harvestDate;          // (7007) JSON "harvest_date" (the start of a range)
    QDate harvestDateEnd;       // (7007) JSON "harvest_date_end", only for a YYMMDDYYMMDD range

    // Quantities.
    std::optional<int> variableCount;  // (30) JSON "variable_count" (number)
    std::optional<int> count;          // (37) JSON "count" (number)
    // Exact decimal strings with the implied decimals of the AI: (3103) 001250 -> "1.250".
    QString netWeightKg;        // (310n) JSON "net_weight_kg"
    QString netWeightLb;        // (320n) JSON "net_weight_lb" (pounds, never converted to kg)
    QString grossWeightKg;      // (330n) JSON "gross_weight_kg"

    // Global Location Numbers (13 digits).
    QString shipToGln;              // (410) JSON "ship_to_gln"
    QString billToGln;              // (411) JSON "bill_to_gln"
    QString purchasedFromGln;       // (412) JSON "purchased_from_gln"
    QString shipForGln;             // (413) JSON "ship_for_gln"
    QString locationGln;            // (414) JSON "location_gln"
    QString payToGln;               // (415) JSON "pay_to_gln"
    QString productionLocationGln;  // (416) JSON "production_location_gln"
    QString partyGln;               // (417) JSON "party_gln"

    // The element with this AI, or nullptr.
    const Gs1Element* find(QStringView ai) const;
    // True when the date of this AI (11, 13, 15, 16, 17) was given with day "00".
    bool dayWasZero(QStringView ai) const;

    // Human readable interpretation: "(01)07032069804988(10)0329", elements in scan order.
    QString hri() const;
    // {"hri": ..., plus each field above that is present}. Dates "YYYY-MM-DD"; counts are
    // numbers; weights are decimal strings. A date given with day "00" also gets
    // "<field>_day_00": true (e.g. "expiry_day_00"). The symbology is not included.
    QJsonObject toJson() const;
};

// Parses scanner output or human readable text. Recognised layouts:
//   - optional symbology identifier ]C1 ]e0 ]d2 ]Q3 ]J1 (any other "]xx" is refused);
//   - element strings separated by GS (ASCII 29) and/or options.separator; separators may
//     lead, be doubled or trail; fixed-length AIs need none after them;
//   - human readable "(01)07032069804988 (10)0329": spaces around elements are ignored and
//     '(' always starts the next AI (a lot containing '(' cannot be written this way);
//   - leading/trailing spaces, tabs, CR and LF (a scanner's Enter suffix) are ignored.
Result<Gs1Data> parse(QStringView input, const Gs1Options& options);

// Keyboard-wedge helper for the desktop: scanners that type into a text field cannot type
// ASCII 29 reliably. This maps every usual stand-in for GS back to ASCII 29, so parse()
// (with the default separator) sees real separators and nothing is lost:
//   - ASCII 29 itself (Ctrl+], or Alt+0029 where the field accepts control characters);
//   - U+2194 '↔', what Windows types for Alt+29 (code page 437 shows byte 29 as '↔');
//   - U+241D '␝', the visible "symbol for group separator";
//   - the literal texts "<GS>", "{GS}", "[GS]" (any letter case) and "^]" (caret notation);
//   - options.separator when it is not ASCII 29 (e.g. a scanner set to send '~').
// It also drops a trailing CR/LF/tab (the scanner's Enter or Tab suffix). Every other
// character is kept as typed, so a non-GS character is never silently removed.
QString normaliseKeyboardInput(QStringView typed, const Gs1Options& options = {});

// GS1 General Specifications 7.12: the full year of a two-digit year YY, chosen so that it
// lies from 49 years before to 50 years after the year of `today`.
int expandYear(int twoDigitYear, QDate today);

}  // namespace tracelot::gs1

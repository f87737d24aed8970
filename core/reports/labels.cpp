// Lot and case labels: GS1 element strings, GS1-128 symbols encoded by zint, and the label
// layout painted with QPainter (PDF through QPdfWriter, paper through QPrinter).
//
// All painting happens in device pixels (the painter's transform is reset for the duration),
// so bars are whole device pixels wide and text sizes are exact on every device: 600 dpi for
// the PDF, whatever the printer reports for paper, the image's own size for previews.
#include "reports/labels.h"

#include "common/gs1.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <memory>

// zint's C header: keep our strict warning set away from it.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wshadow"
#include <zint.h>
#pragma GCC diagnostic pop

#if !defined(BARCODE_GS1_128) && defined(BARCODE_EAN128)
#define BARCODE_GS1_128 BARCODE_EAN128 // zint before 2.9 used the old name
#endif

namespace tracelot::reports {

namespace {

// ---------------------------------------------------------------------------------------------
// Element strings

constexpr int kMaxLotLength = 20; // AI (10): an..20
constexpr int kMaxSymbolDataChars = 48; // GS1-128: at most 48 data characters per symbol
constexpr int kMaxCount = 99999999; // AI (37): n..8

struct Element {
    QString ai;
    QString data;
    bool variableLength = false; // needs FNC1 after it unless it ends the symbol
};

QString hri(const QList<Element>& elements)
{
    QString s;
    for (const Element& e : elements)
        s += QLatin1Char('(') + e.ai + QLatin1Char(')') + e.data;
    return s;
}

// Data characters a symbol carries for these elements: AIs, data, and the FNC1 separators
// after variable-length fields that are not last (the leading FNC1 is not counted).
int dataCharacters(const QList<Element>& elements)
{
    int n = 0;
    for (qsizetype i = 0; i < elements.size(); ++i) {
        n += int(elements[i].ai.size() + elements[i].data.size());
        if (elements[i].variableLength && i + 1 < elements.size()) ++n;
    }
    return n;
}

bool allDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

// GS1 character set 82 (GS1 General Specifications, figure 7.11-1).
bool inCharacterSet82(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z')) return true;
    return QStringView(u"!\"%&'()*+,-./:;<=>?_").contains(c);
}

Result<QString> checkedGtin(const QString& raw)
{
    const QString g = raw.trimmed();
    if (g.isEmpty()) return refuse(QStringLiteral("labels.gtin_missing"), QStringLiteral("The label needs the product's GTIN."));
    if (!allDigits(g) || !(g.size() == 8 || g.size() == 12 || g.size() == 13 || g.size() == 14))
        return refuse(QStringLiteral("labels.gtin_invalid"), QStringLiteral("GTIN \"%1\" is not valid: a GTIN has 8, 12, 13 or 14 digits.").arg(g));
    if (!gs1::checkDigitValid(g))
        return refuse(QStringLiteral("labels.gtin_invalid"),
            QStringLiteral("GTIN %1 has a wrong check digit (the last digit should be %2).")
                .arg(g)
                .arg(gs1::checkDigit(QStringView(g).first(g.size() - 1))));
    return g.rightJustified(14, QLatin1Char('0'));
}

Result<QString> checkedSscc(const QString& raw)
{
    const QString s = raw.trimmed();
    if (!allDigits(s) || s.size() != 18)
        return refuse(QStringLiteral("labels.sscc_invalid"), QStringLiteral("SSCC \"%1\" is not valid: an SSCC has 18 digits.").arg(s));
    if (!gs1::checkDigitValid(s))
        return refuse(QStringLiteral("labels.sscc_invalid"),
            QStringLiteral("SSCC %1 has a wrong check digit (the last digit should be %2).").arg(s).arg(gs1::checkDigit(QStringView(s).first(17))));
    return s;
}

Result<QString> checkedLot(const QString& raw)
{
    const QString lot = raw.trimmed();
    if (lot.isEmpty()) return refuse(QStringLiteral("labels.lot_missing"), QStringLiteral("The label needs a lot (traceability lot code)."));
    if (lot.size() > kMaxLotLength)
        return refuse(QStringLiteral("labels.lot_too_long"),
            QStringLiteral("Lot \"%1\" has %2 characters; a GS1 barcode holds at most %3.").arg(lot).arg(lot.size()).arg(kMaxLotLength));
    for (const QChar c : lot) {
        if (c == QLatin1Char('(') || c == QLatin1Char(')'))
            return refuse(QStringLiteral("labels.lot_invalid_character"),
                QStringLiteral("Lot \"%1\" contains a bracket: brackets mark the AIs in the printed barcode text, so a lot "
                               "with a bracket cannot be printed unambiguously.")
                    .arg(lot));
        if (!inCharacterSet82(c))
            return refuse(QStringLiteral("labels.lot_invalid_character"),
                QStringLiteral("Lot \"%1\" contains \"%2\", which a GS1 barcode cannot carry (allowed: letters A-Z a-z, "
                               "digits and ! \" %% & ' * + , - . / : ; < = > ? _).")
                    .arg(lot, QString(c)));
    }
    return lot;
}

// YYMMDD with the real day. A valid QDate never has day 0, so "00" cannot appear.
Result<QString> yymmdd(const QDate& d, const QString& what)
{
    if (d.year() < 2000 || d.year() > 2099)
        return refuse(QStringLiteral("labels.date_out_of_range"),
            QStringLiteral("%1 %2 cannot be put in a barcode: GS1 dates have two-digit years (2000 to 2099 here).")
                .arg(what, d.toString(Qt::ISODate)));
    return QString::asprintf("%02d%02d%02d", d.year() % 100, d.month(), d.day());
}

// (310n): kg with n implied decimals in 6 digits. 3 decimals (grams) when the weight fits,
// fewer for heavier units but never by dropping a decimal that is not zero.
Result<Element> weightElement(const QString& raw)
{
    const QString w = raw.trimmed();
    static const QRegularExpression decimal(QStringLiteral("^([0-9]+)(?:\\.([0-9]+))?$"));
    const QRegularExpressionMatch m = decimal.match(w);
    const auto invalid = [&w](const QString& why) {
        return refuse(QStringLiteral("labels.weight_invalid"), QStringLiteral("Net weight \"%1\" kg cannot be printed: %2").arg(w, why));
    };
    if (!m.hasMatch()) return invalid(QStringLiteral("write it as a decimal number of kilograms with a point, e.g. 12.5."));
    const QString whole = m.captured(1);
    QString fraction = m.captured(2);
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (fraction.size() > 3) return invalid(QStringLiteral("a GS1 barcode carries at most 3 decimals (grams)."));
    for (int decimals = 3; decimals >= int(fraction.size()); --decimals) {
        QString digits = whole + fraction.leftJustified(decimals, QLatin1Char('0'));
        while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
            digits.remove(0, 1);
        if (digits == QLatin1String("0")) return invalid(QStringLiteral("the weight must be more than zero."));
        if (digits.size() <= 6)
            return Element { QStringLiteral("310") + QString::number(decimals), digits.rightJustified(6, QLatin1Char('0')), false };
    }
    return invalid(QStringLiteral("too heavy for the barcode's six digits at this precision."));
}

struct Elements {
    QList<Element> content; // everything but the SSCC, in print order
    std::optional<Element> sscc;
};

Result<Elements> labelElements(const LotLabel& label)
{
    Elements out;
    const Result<QString> gtin = checkedGtin(label.gtin);
    if (!gtin) return gtin.refusal();
    const Result<QString> lot = checkedLot(label.lot);
    if (!lot) return lot.refusal();
    if (!label.sscc.trimmed().isEmpty()) {
        const Result<QString> sscc = checkedSscc(label.sscc);
        if (!sscc) return sscc.refusal();
        out.sscc = Element { QStringLiteral("00"), sscc.value(), false };
    }
    if (label.count && (*label.count < 1 || *label.count > kMaxCount))
        return refuse(QStringLiteral("labels.count_invalid"),
            QStringLiteral("Count %1 cannot be printed: it must be from 1 to %2.").arg(*label.count).arg(kMaxCount));

    // On a logistic unit (SSCC) with a count, the GTIN is the content's: (02) + (37).
    const bool contentGtin = out.sscc.has_value() && label.count.has_value();
    out.content.append(Element { contentGtin ? QStringLiteral("02") : QStringLiteral("01"), gtin.value(), false });

    const struct {
        const char* ai;
        QDate date;
        const char* what;
    } dates[] = { { "11", label.productionDate, "Production date" }, { "15", label.bestBefore, "Best-before date" },
        { "17", label.expiry, "Use-by date" } };
    for (const auto& d : dates) {
        if (!d.date.isValid()) continue;
        const Result<QString> text = yymmdd(d.date, QString::fromLatin1(d.what));
        if (!text) return text.refusal();
        out.content.append(Element { QString::fromLatin1(d.ai), text.value(), false });
    }
    if (!label.netWeightKg.trimmed().isEmpty()) {
        const Result<Element> weight = weightElement(label.netWeightKg);
        if (!weight) return weight.refusal();
        // (310n) is the net weight of a trade item: it goes with (01), not with (02).
        if (!contentGtin) out.content.append(weight.value());
    }
    if (contentGtin) out.content.append(Element { QStringLiteral("37"), QString::number(*label.count), true });
    out.content.append(Element { QStringLiteral("10"), lot.value(), true });
    return out;
}

// ---------------------------------------------------------------------------------------------
// zint

struct ZintDeleter {
    void operator()(zint_symbol* s) const { ZBarcode_Delete(s); }
};

// One row of modules, quiet zones included: true = bar.
struct Modules {
    QList<bool> bars;
};

Result<Modules> encodeGs1_128(const QString& hriText)
{
    if (hriText.isEmpty() || !hriText.startsWith(QLatin1Char('(')))
        return refuse(QStringLiteral("labels.barcode_failed"), QStringLiteral("Nothing to put in the barcode: GS1 data starts with \"(AI)\"."));
    for (const QChar c : hriText) {
        if (c.unicode() < 32 || c.unicode() > 126)
            return refuse(QStringLiteral("labels.barcode_failed"), QStringLiteral("The barcode data may only hold printable ASCII characters."));
    }
    std::unique_ptr<zint_symbol, ZintDeleter> symbol(ZBarcode_Create());
    if (!symbol) return refuse(QStringLiteral("labels.barcode_failed"), QStringLiteral("The barcode library is out of memory."));
    symbol->symbology = BARCODE_GS1_128;
#ifdef GS1PARENS_MODE
    symbol->input_mode = GS1_MODE | GS1PARENS_MODE;
    const QByteArray data = hriText.toLatin1();
#else
    // Older zint only knows square brackets; brackets never occur in GS1 data.
    symbol->input_mode = GS1_MODE;
    QByteArray data = hriText.toLatin1();
    data.replace('(', '[').replace(')', ']');
#endif
    symbol->output_options = BARCODE_QUIET_ZONES; // 10 modules either side (GS1-128)
    symbol->show_hrt = 0; // we print the text ourselves, as real text
    symbol->scale = 0.5f; // one bitmap pixel per module
    symbol->height = 1.0f;
    symbol->warn_level = WARN_FAIL_ALL; // a non-compliant symbol is an error, not a warning
    const int rc = ZBarcode_Encode_and_Buffer(symbol.get(), reinterpret_cast<const unsigned char*>(data.constData()), int(data.size()), 0);
    if (rc >= ZINT_ERROR || !symbol->bitmap || symbol->bitmap_width <= 0 || symbol->bitmap_height <= 0)
        return refuse(QStringLiteral("labels.barcode_failed"),
            QStringLiteral("The barcode for %1 could not be made: %2").arg(hriText, QString::fromLatin1(symbol->errtxt)));
    // The bitmap is RGB, 3 bytes per pixel; every row of a linear symbol is the same.
    Modules m;
    const int row = symbol->bitmap_height / 2;
    const unsigned char* pixels = symbol->bitmap + std::size_t(row) * std::size_t(symbol->bitmap_width) * 3;
    m.bars.reserve(symbol->bitmap_width);
    for (int x = 0; x < symbol->bitmap_width; ++x)
        m.bars.append(pixels[x * 3] < 128);
    return m;
}

// ---------------------------------------------------------------------------------------------
// Painting (device pixels)

constexpr double kMmPerInch = 25.4;
constexpr double kMaxModuleMm = 1.016; // GS1-128 largest X-dimension
constexpr double kImageModuleMm = 0.33;
constexpr double kImageBarHeightMm = 15.0;

// Resets the painter to device pixels for the lifetime of the object; `area` mapped to match.
class DeviceSpace {
public:
    DeviceSpace(QPainter& painter, const QRectF& area) : painter_(painter), rect_(painter.deviceTransform().mapRect(area))
    {
        painter_.save();
        painter_.resetTransform();
        painter_.setRenderHint(QPainter::Antialiasing, false);
        painter_.setRenderHint(QPainter::TextAntialiasing, true);
    }
    ~DeviceSpace() { painter_.restore(); }
    DeviceSpace(const DeviceSpace&) = delete;
    DeviceSpace& operator=(const DeviceSpace&) = delete;
    const QRectF& rect() const { return rect_; }

private:
    QPainter& painter_;
    QRectF rect_;
};

double deviceDpi(const QPainter& painter)
{
    const QPaintDevice* device = painter.device();
    return device && device->logicalDpiX() > 0 ? device->logicalDpiX() : 96.0;
}

QFont labelFont(int pixelSize, bool bold)
{
    QFont f;
    f.setFamilies({ QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"), QStringLiteral("Sans Serif") });
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(std::max(1, pixelSize));
    f.setBold(bold);
    return f;
}

// Whole device pixels per module for symbols of `count` modules in `width` pixels, at most
// the GS1-128 maximum X-dimension; 0 when not even one pixel per module fits.
int modulePixels(qsizetype count, double width, double dpi)
{
    if (count <= 0) return 0;
    const int maxModulePx = std::max(1, int(std::floor(kMaxModuleMm * dpi / kMmPerInch)));
    return std::min(maxModulePx, int(std::floor(width / double(count))));
}

// Bars in device pixels, centred in `rect`: `wholePx` pixels per module (modulePixels), or
// fractional when that is 0 (a preview too small for the symbol; no printer gets that).
void paintBars(QPainter& painter, const QRectF& rect, const Modules& modules, int wholePx)
{
    const qsizetype count = modules.bars.size();
    if (count == 0 || rect.width() <= 0 || rect.height() <= 0) return;
    const double module = wholePx >= 1 ? double(wholePx) : rect.width() / double(count);
    const double left = wholePx >= 1 ? std::round(rect.left() + (rect.width() - module * double(count)) / 2) : rect.left();
    const double top = std::round(rect.top());
    const double height = std::round(rect.bottom()) - top;
    painter.setPen(Qt::NoPen);
    // White under the whole symbol (quiet zones included), then each run of bars as one rectangle.
    painter.fillRect(QRectF(left, top, module * double(count), height), Qt::white);
    for (qsizetype i = 0; i < count;) {
        if (!modules.bars[i]) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < count && modules.bars[end])
            ++end;
        painter.fillRect(QRectF(left + module * double(i), top, module * double(end - i), height), Qt::black);
        i = end;
    }
}

// Single line of text: shrinks from `pixelSize` down to `minPixelSize` to fit `width`, then
// elides. Returns the font used.
QFont fitFont(const QPainter& painter, const QString& text, int pixelSize, int minPixelSize, double width, bool bold)
{
    QFont f = labelFont(pixelSize, bold);
    const int step = std::max(1, pixelSize / 40);
    for (int px = pixelSize; px >= minPixelSize; px -= step) {
        f.setPixelSize(std::max(1, px));
        if (QFontMetricsF(f, painter.device()).horizontalAdvance(text) <= width) return f;
    }
    f.setPixelSize(std::max(1, minPixelSize));
    return f;
}

// A symbol with its bracketed text underneath, in a device-pixel rectangle.
void paintSymbol(QPainter& painter, const QRectF& rect, const Modules& modules, const QString& text, int textPx, int modulePx)
{
    double barsBottom = rect.bottom();
    if (textPx > 0) {
        const QFont f = fitFont(painter, text, textPx, std::max(1, textPx * 6 / 10), rect.width(), false);
        const QFontMetricsF fm(f, painter.device());
        barsBottom = rect.bottom() - fm.height() - fm.height() * 0.15;
        painter.setFont(f);
        painter.setPen(Qt::black);
        const QRectF textRect(rect.left(), barsBottom + fm.height() * 0.15, rect.width(), fm.height());
        painter.drawText(textRect, Qt::AlignHCenter | Qt::AlignTop, fm.elidedText(text, Qt::ElideRight, rect.width()));
    }
    paintBars(painter, QRectF(rect.left(), rect.top(), rect.width(), barsBottom - rect.top()), modules, modulePx);
}

// Layout helper: millimetres on the label to device pixels.
class Canvas {
public:
    Canvas(QPainter& painter, const QPointF& origin, double pxPerMm, double dpi) : p_(painter), origin_(origin), k_(pxPerMm), dpi_(dpi) { }

    QPainter& painter() { return p_; }
    double dpi() const { return dpi_; }
    int px(double mm) const { return int(std::lround(mm * k_)); }
    double x(double mm) const { return origin_.x() + mm * k_; }
    double y(double mm) const { return origin_.y() + mm * k_; }
    double toMm(double px) const { return px / k_; }
    QRectF rect(double xMm, double yMm, double wMm, double hMm) const { return QRectF(x(xMm), y(yMm), wMm * k_, hMm * k_); }

    // Line height in mm of a font of `sizeMm`.
    double lineMm(double sizeMm, bool bold) const { return toMm(QFontMetricsF(labelFont(px(sizeMm), bold), p_.device()).height()); }

    // One line of text with its top at yMm; shrinks to fit (down to minMm), then elides.
    // Returns the width in mm actually used.
    double text(double xMm, double yMm, double wMm, const QString& s, double sizeMm, bool bold, Qt::Alignment align = Qt::AlignLeft, double minMm = 0)
    {
        const double width = wMm * k_;
        const QFont f = fitFont(p_, s, px(sizeMm), px(minMm > 0 ? minMm : sizeMm), width, bold);
        const QFontMetricsF fm(f, p_.device());
        const QString shown = fm.elidedText(s, Qt::ElideRight, width);
        p_.setFont(f);
        p_.setPen(Qt::black);
        p_.drawText(QRectF(x(xMm), y(yMm), width, fm.height()), int(align | Qt::AlignTop) | Qt::TextSingleLine, shown);
        return toMm(fm.horizontalAdvance(shown));
    }

    // Product name: on one line if it fits at 80 % of maxMm or more, else wrapped on up to
    // maxLines lines at the largest size that fits; at minMm it is cut (elided on one line).
    // Returns the height in mm used.
    double heading(double xMm, double yMm, double wMm, const QString& s, double maxMm, double minMm, int maxLines)
    {
        const double width = wMm * k_;
        const int maxPx = px(maxMm);
        const int minPx = std::max(1, px(minMm));
        const int step = std::max(1, maxPx / 40);
        const int oneLineFloor = maxLines > 1 ? std::max(minPx, maxPx * 8 / 10) : minPx;
        QFont f = labelFont(maxPx, true);
        p_.setPen(Qt::black);
        for (int size = maxPx; size >= oneLineFloor; size -= step) {
            f.setPixelSize(size);
            const QFontMetricsF fm(f, p_.device());
            if (fm.horizontalAdvance(s) <= width) {
                p_.setFont(f);
                p_.drawText(QRectF(x(xMm), y(yMm), width, fm.height()), Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, s);
                return toMm(fm.height());
            }
        }
        for (int size = maxPx; maxLines > 1 && size >= minPx; size -= step) {
            f.setPixelSize(size);
            const QFontMetricsF fm(f, p_.device());
            const QRectF wrapped = fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, s);
            const int lines = int(std::lround((wrapped.height() - fm.height()) / fm.lineSpacing())) + 1;
            if (lines <= maxLines && wrapped.width() <= width) {
                p_.setFont(f);
                p_.drawText(QRectF(x(xMm), y(yMm), width, wrapped.height()), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, s);
                return toMm(wrapped.height());
            }
        }
        // Too long even at minMm: one elided line, or maxLines lines clipped.
        f.setPixelSize(minPx);
        const QFontMetricsF fm(f, p_.device());
        p_.setFont(f);
        if (maxLines <= 1) {
            p_.drawText(QRectF(x(xMm), y(yMm), width, fm.height()), Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                fm.elidedText(s, Qt::ElideRight, width));
            return toMm(fm.height());
        }
        const double height = fm.lineSpacing() * (maxLines - 1) + fm.height();
        p_.save();
        p_.setClipRect(QRectF(x(xMm), y(yMm), width, height));
        p_.drawText(QRectF(x(xMm), y(yMm), width, height * 2), Qt::AlignLeft | Qt::AlignTop | Qt::TextWrapAnywhere, s);
        p_.restore();
        return toMm(height);
    }

    // "Caption value" on one line: caption regular, value bold. Returns the width used (mm).
    double inlineField(double xMm, double yMm, double wMm, const QString& caption, const QString& value, double captionMm, double valueMm)
    {
        // Same baseline: the caption starts lower by the difference in ascent.
        const double ascentGap = toMm(
            QFontMetricsF(labelFont(px(valueMm), true), p_.device()).ascent() - QFontMetricsF(labelFont(px(captionMm), false), p_.device()).ascent());
        const double capWidth = text(xMm, yMm + ascentGap, wMm, caption, captionMm, false);
        const double gap = captionMm * 0.5;
        return capWidth + gap + text(xMm + capWidth + gap, yMm, std::max(0.0, wMm - capWidth - gap), value, valueMm, true);
    }

    // "Caption value" pairs left to right on one line, all shrunk together to fit (down to
    // 75 %); a pair that still does not fit is left out rather than cut.
    template<typename FieldList>
    void fieldRow(double xMm, double yMm, double wMm, const FieldList& fields, double captionMm, double valueMm, double spacingMm)
    {
        const auto widthAt = [this, &fields, spacingMm](double cap, double val) {
            double total = 0;
            for (const auto& f : fields) {
                total += toMm(QFontMetricsF(labelFont(px(cap), false), p_.device()).horizontalAdvance(f.caption)) + cap * 0.5
                    + toMm(QFontMetricsF(labelFont(px(val), true), p_.device()).horizontalAdvance(f.value)) + spacingMm;
            }
            return total - spacingMm;
        };
        const double scale = std::clamp(wMm / std::max(0.001, widthAt(captionMm, valueMm)), 0.75, 1.0);
        double xPos = xMm;
        const double right = xMm + wMm;
        for (const auto& f : fields) {
            const double cap = captionMm * scale;
            const double val = valueMm * scale;
            const double need = toMm(QFontMetricsF(labelFont(px(cap), false), p_.device()).horizontalAdvance(f.caption)) + cap * 0.5
                + toMm(QFontMetricsF(labelFont(px(val), true), p_.device()).horizontalAdvance(f.value));
            if (xPos + need > right + 0.01) break;
            xPos += inlineField(xPos, yMm, right - xPos, f.caption, f.value, cap, val) + spacingMm * scale;
        }
    }

    // Caption above, value below (bold). Returns the height used (mm).
    double stackedField(double xMm, double yMm, double wMm, const QString& caption, const QString& value, double captionMm, double valueMm)
    {
        text(xMm, yMm, wMm, caption, captionMm, false);
        const double capLine = lineMm(captionMm, false);
        text(xMm, yMm + capLine, wMm, value, valueMm, true, Qt::AlignLeft, valueMm * 0.7);
        return capLine + lineMm(valueMm, true);
    }

    void hline(double yMm, double x0Mm, double x1Mm, double widthMm)
    {
        const double t = std::max(1.0, std::round(widthMm * k_));
        p_.fillRect(QRectF(std::round(x(x0Mm)), std::round(y(yMm) - t / 2), std::round((x1Mm - x0Mm) * k_), t), Qt::black);
    }

    void border(double insetMm, double totalWMm, double totalHMm, double widthMm)
    {
        const double t = std::max(1.0, std::round(widthMm * k_));
        const QRectF outer(
            std::round(x(insetMm)), std::round(y(insetMm)), std::round((totalWMm - 2 * insetMm) * k_), std::round((totalHMm - 2 * insetMm) * k_));
        p_.fillRect(QRectF(outer.left(), outer.top(), outer.width(), t), Qt::black);
        p_.fillRect(QRectF(outer.left(), outer.bottom() - t, outer.width(), t), Qt::black);
        p_.fillRect(QRectF(outer.left(), outer.top(), t, outer.height()), Qt::black);
        p_.fillRect(QRectF(outer.right() - t, outer.top(), t, outer.height()), Qt::black);
    }

    // Symbols stacked in [topMm, bottomMm], each with its text; bars at most maxBarMm high.
    void symbols(double xMm, double topMm, double wMm, double bottomMm, const QList<Modules>& modules, const QStringList& texts, double textMm,
        double maxBarMm, double gapMm)
    {
        const qsizetype n = modules.size();
        if (n == 0) return;
        const double textLine = lineMm(textMm, false) * 1.15;
        const double available = bottomMm - topMm - gapMm * double(n - 1);
        const double each = std::min(maxBarMm + textLine, available / double(n));
        // One X-dimension for all symbols of the label: the one the longest symbol allows.
        qsizetype longest = 0;
        for (const Modules& m : modules)
            longest = std::max(longest, m.bars.size());
        const int modulePx = modulePixels(longest, wMm * k_, dpi_);
        // Bottom-aligned: the last symbol (SSCC on a logistic label) sits at the bottom.
        double yMm = bottomMm - each * double(n) - gapMm * double(n - 1);
        for (qsizetype i = 0; i < n; ++i) {
            const QRectF r(x(xMm), std::round(y(yMm)), wMm * k_, std::round(each * k_));
            paintSymbol(p_, r, modules[i], texts[i], px(textMm), modulePx);
            yMm += each + gapMm;
        }
    }

private:
    QPainter& p_;
    QPointF origin_;
    double k_;
    double dpi_;
};

QString printedDate(const QDate& d)
{
    return QLocale::c().toString(d, QStringLiteral("dd MMM yyyy"));
}

QString quantityText(const LotLabel& l)
{
    return QStringList { l.quantity.trimmed(), l.unit.trimmed() }.join(QLatin1Char(' ')).trimmed();
}

struct Field {
    QString caption;
    QString value;
};

QList<Field> dateFields(const LotLabel& l)
{
    QList<Field> f;
    if (l.expiry.isValid()) f.append({ QStringLiteral("Use by"), printedDate(l.expiry) });
    if (l.bestBefore.isValid()) f.append({ QStringLiteral("Best before"), printedDate(l.bestBefore) });
    if (l.productionDate.isValid()) f.append({ QStringLiteral("Produced"), printedDate(l.productionDate) });
    if (l.receiveDate.isValid()) f.append({ QStringLiteral("Received"), printedDate(l.receiveDate) });
    return f;
}

QList<Field> quantityFields(const LotLabel& l)
{
    QList<Field> f;
    if (!quantityText(l).isEmpty()) f.append({ QStringLiteral("Quantity"), quantityText(l) });
    if (!l.netWeightKg.trimmed().isEmpty()) f.append({ QStringLiteral("Net weight"), l.netWeightKg.trimmed() + QStringLiteral(" kg") });
    if (l.count) f.append({ QStringLiteral("Count"), QString::number(*l.count) });
    return f;
}

// 4 x 6 inch portrait case / pallet label.
void layoutCase(Canvas& c, const LotLabel& l, const QList<Modules>& modules, const QStringList& texts, const QSizeF& size)
{
    const double left = 5.0;
    const double width = size.width() - 2 * left;
    const double right = left + width;
    const double bottom = size.height() - 5.0;
    const double caption = 2.8;
    const double rule = 0.3;
    c.border(2.0, size.width(), size.height(), 0.5);

    double y = 4.5;
    y += c.heading(left, y, width, l.productName.trimmed(), 7.5, 4.5, 2) + 1.5;

    // Code left, GTIN right.
    const double half = width / 2 - 1;
    if (!l.productCode.trimmed().isEmpty()) c.inlineField(left, y, half, QStringLiteral("Code"), l.productCode.trimmed(), caption, 3.6);
    const QString gtinLine = QStringLiteral("GTIN ") + l.gtin.trimmed();
    c.text(right - half, y + 0.2, half, gtinLine, 3.2, false, Qt::AlignRight, 2.4);
    y += c.lineMm(3.6, true) + 1.0;
    c.hline(y, left, right, rule);
    y += 1.2;

    y += c.stackedField(left, y, width, QStringLiteral("Lot (TLC)"), l.lot.trimmed(), caption, 9.0) + 1.0;
    c.hline(y, left, right, rule);
    y += 1.2;

    const QList<Field> dates = dateFields(l);
    const double col = width / 2;
    for (qsizetype i = 0; i < dates.size(); i += 2) {
        double h = 0;
        for (qsizetype j = i; j < std::min(i + 2, dates.size()); ++j)
            h = std::max(h, c.stackedField(left + col * double(j - i), y, col - 2, dates[j].caption, dates[j].value, caption, 5.0));
        y += h + 0.8;
    }
    if (!dates.isEmpty()) {
        c.hline(y, left, right, rule);
        y += 1.2;
    }

    const QList<Field> quantities = quantityFields(l);
    if (!quantities.isEmpty()) {
        const double qcol = width / double(std::max<qsizetype>(quantities.size(), 2));
        double h = 0;
        for (qsizetype j = 0; j < quantities.size(); ++j)
            h = std::max(h, c.stackedField(left + qcol * double(j), y, qcol - 2, quantities[j].caption, quantities[j].value, caption, 5.0));
        y += h + 0.8;
    }
    if (!l.supplierName.trimmed().isEmpty())
        y += c.stackedField(left, y, width, QStringLiteral("Supplier"), l.supplierName.trimmed(), caption, 4.5) + 0.8;
    if (!l.sscc.trimmed().isEmpty()) y += c.stackedField(left, y, width, QStringLiteral("SSCC"), l.sscc.trimmed(), caption, 4.5) + 0.8;
    c.hline(y, left, right, rule);
    y += 2.5;

    c.symbols(left, y, width, bottom, modules, texts, 3.0, 28.0, 3.0);
}

// 100 x 50 mm landscape lot label.
void layoutLot(Canvas& c, const LotLabel& l, const QList<Modules>& modules, const QStringList& texts, const QSizeF& size)
{
    const double left = 3.5;
    const double width = size.width() - 2 * left;
    const double right = left + width;
    const double bottom = size.height() - 3.0;
    const double caption = 2.3;
    const double small = 2.6;
    c.border(1.5, size.width(), size.height(), 0.4);

    double y = 3.0;
    y += c.heading(left, y, width, l.productName.trimmed(), 4.6, 3.0, 1) + 0.3;

    // Code · GTIN · Supplier, one small line.
    QStringList ids;
    if (!l.productCode.trimmed().isEmpty()) ids << QStringLiteral("Code ") + l.productCode.trimmed();
    ids << QStringLiteral("GTIN ") + l.gtin.trimmed();
    if (!l.supplierName.trimmed().isEmpty()) ids << QStringLiteral("Supplier ") + l.supplierName.trimmed();
    c.text(left, y, width, ids.join(QStringLiteral("   ")), small, false, Qt::AlignLeft, 2.0);
    y += c.lineMm(small, false) + 0.3;

    // Lot left (big), Use by (or best before) right.
    const double lotSize = 4.4;
    const double lotWidth = c.inlineField(left, y, width * 0.55, QStringLiteral("Lot"), l.lot.trimmed(), caption, lotSize);
    const bool expiryRight = l.expiry.isValid();
    const Field keyDate = expiryRight ? Field { QStringLiteral("Use by"), printedDate(l.expiry) }
                                      : (l.bestBefore.isValid() ? Field { QStringLiteral("Best before"), printedDate(l.bestBefore) } : Field {});
    if (!keyDate.value.isEmpty()) {
        const double start = std::max(left + lotWidth + 3.0, left + width * 0.5);
        c.inlineField(start, y, right - start, keyDate.caption, keyDate.value, caption, 3.6);
    }
    y += c.lineMm(lotSize, true) + 0.2;

    // The other dates, then quantities and the receive date, each on one small line.
    QList<Field> dates;
    if (l.expiry.isValid() && l.bestBefore.isValid()) dates.append({ QStringLiteral("Best before"), printedDate(l.bestBefore) });
    if (l.productionDate.isValid()) dates.append({ QStringLiteral("Produced"), printedDate(l.productionDate) });
    QList<Field> amounts = quantityFields(l);
    if (l.receiveDate.isValid()) (dates.size() < 2 ? dates : amounts).append(Field { QStringLiteral("Received"), printedDate(l.receiveDate) });
    for (const QList<Field>& row : { dates, amounts }) {
        if (row.isEmpty()) continue;
        c.fieldRow(left, y, width, row, caption, small, 3.0);
        y += c.lineMm(small, true) + 0.1;
    }
    y += 1.0;

    c.symbols(left, y, width, bottom, modules, texts, 2.5, 14.0, 1.5);
}

QRectF placeLabel(const QRectF& page, const QSizeF& labelPx)
{
    // Real size, centred; scaled down (keeping proportions) only when the page is smaller.
    const double scale = std::min({ 1.0, page.width() / labelPx.width(), page.height() / labelPx.height() });
    const QSizeF s = labelPx * scale;
    return QRectF(page.left() + (page.width() - s.width()) / 2, page.top() + (page.height() - s.height()) / 2, s.width(), s.height());
}

Status checkAll(const QList<LotLabel>& labels)
{
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const Result<QStringList> symbols = gs1Symbols(labels[i]);
        if (!symbols) {
            return refuse(symbols.refusal().code,
                QStringLiteral("Label %1 of %2 (%3): %4")
                    .arg(i + 1)
                    .arg(labels.size())
                    .arg(labels[i].productName.trimmed(), symbols.refusal().message));
        }
        for (const QString& s : symbols.value()) {
            const Result<Modules> m = encodeGs1_128(s);
            if (!m) return m.refusal();
        }
    }
    return ok();
}

// Paints labels one per page on an already configured device (QPdfWriter or QPrinter).
template<typename Device> Status paintPages(Device& device, const QList<LotLabel>& labels, LabelSize size, const QString& what)
{
    QPainter painter;
    if (!painter.begin(&device)) return refuse(QStringLiteral("labels.output_failed"), QStringLiteral("Could not open %1 for the labels.").arg(what));
    const double dpi = device.logicalDpiX();
    const QSizeF mm = labelSizeMm(size);
    const QSizeF labelPx(mm.width() * dpi / kMmPerInch, mm.height() * dpi / kMmPerInch);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (i > 0 && !device.newPage()) {
            painter.end();
            return refuse(QStringLiteral("labels.output_failed"), QStringLiteral("Could not start page %1 on %2.").arg(i + 1).arg(what));
        }
        const QRectF page(0, 0, device.width(), device.height());
        const Status s = paintLabel(painter, placeLabel(page, labelPx), labels[i], size);
        if (!s) {
            painter.end();
            return s;
        }
    }
    if (!painter.end()) return refuse(QStringLiteral("labels.output_failed"), QStringLiteral("Could not finish writing %1.").arg(what));
    return ok();
}

} // namespace

QSizeF labelSizeMm(LabelSize size)
{
    switch (size) {
    case LabelSize::Case4x6:
        return QSizeF(4 * kMmPerInch, 6 * kMmPerInch);
    case LabelSize::Lot100x50:
        return QSizeF(100, 50);
    }
    return QSizeF(100, 50);
}

QPageLayout labelPageLayout(LabelSize size)
{
    switch (size) {
    case LabelSize::Case4x6:
        return QPageLayout(QPageSize(QSizeF(4, 6), QPageSize::Inch, QStringLiteral("Label 4 x 6 in"), QPageSize::ExactMatch), QPageLayout::Portrait,
            QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    case LabelSize::Lot100x50:
        break;
    }
    return QPageLayout(QPageSize(QSizeF(50, 100), QPageSize::Millimeter, QStringLiteral("Label 100 x 50 mm"), QPageSize::ExactMatch),
        QPageLayout::Landscape, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

Result<QString> gs1ElementString(const LotLabel& label)
{
    const Result<Elements> e = labelElements(label);
    if (!e) return e.refusal();
    QList<Element> all;
    if (e->sscc) all.append(*e->sscc);
    all.append(e->content);
    return hri(all);
}

Result<QStringList> gs1Symbols(const LotLabel& label)
{
    const Result<Elements> e = labelElements(label);
    if (!e) return e.refusal();
    const QList<Element>& content = e->content;
    // What a scan must find together comes first: the GTIN, the date stock is rotated by
    // (use by, else best before), the count and the lot. Each element goes into the first
    // symbol with room for it; inside a symbol the canonical order holds (lot last).
    const bool hasExpiry = std::any_of(content.begin(), content.end(), [](const Element& x) { return x.ai == QLatin1String("17"); });
    const QString keyDate = hasExpiry ? QStringLiteral("17") : QStringLiteral("15");
    QList<qsizetype> priority;
    for (const QString& ai : { QStringLiteral("01"), QStringLiteral("02"), keyDate, QStringLiteral("37"), QStringLiteral("10") }) {
        for (qsizetype i = 0; i < content.size(); ++i)
            if (content[i].ai == ai) priority.append(i);
    }
    for (qsizetype i = 0; i < content.size(); ++i)
        if (!priority.contains(i)) priority.append(i);

    QList<QList<qsizetype>> bins; // indexes into content
    const auto elementsOf = [&content](QList<qsizetype> indexes) {
        std::sort(indexes.begin(), indexes.end());
        QList<Element> out;
        for (const qsizetype i : indexes)
            out.append(content[i]);
        return out;
    };
    for (const qsizetype i : priority) {
        bool placed = false;
        for (QList<qsizetype>& bin : bins) {
            QList<qsizetype> candidate = bin;
            candidate.append(i);
            if (dataCharacters(elementsOf(candidate)) <= kMaxSymbolDataChars) {
                bin = candidate;
                placed = true;
                break;
            }
        }
        if (!placed) bins.append(QList<qsizetype> { i });
    }
    QStringList symbols;
    for (const QList<qsizetype>& bin : bins)
        symbols.append(hri(elementsOf(bin)));
    if (e->sscc) symbols.append(hri({ *e->sscc }));
    return symbols;
}

Result<QImage> renderBarcode(const QString& hriText, int dpi)
{
    if (dpi < 72 || dpi > 4800)
        return refuse(QStringLiteral("labels.barcode_failed"), QStringLiteral("Resolution %1 dpi is out of range (72 to 4800).").arg(dpi));
    const Result<Modules> m = encodeGs1_128(hriText);
    if (!m) return m.refusal();
    const int modulePx = std::max(1, int(std::lround(kImageModuleMm * dpi / kMmPerInch)));
    const int heightPx = std::max(1, int(std::lround(kImageBarHeightMm * dpi / kMmPerInch)));
    QImage image(int(m->bars.size()) * modulePx, heightPx, QImage::Format_Grayscale8);
    image.fill(255);
    for (qsizetype i = 0; i < m->bars.size(); ++i) {
        if (!m->bars[i]) continue;
        for (int y = 0; y < heightPx; ++y)
            std::fill_n(image.scanLine(y) + i * modulePx, modulePx, uchar(0));
    }
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

Status paintBarcode(QPainter& painter, const QRectF& area, const QString& hriText, bool withText)
{
    const Result<Modules> m = encodeGs1_128(hriText);
    if (!m) return m.refusal();
    const double dpi = deviceDpi(painter);
    const DeviceSpace space(painter, area);
    const QRectF r = space.rect();
    const int textPx = withText ? int(std::lround(std::min(3.0 * dpi / kMmPerInch, r.height() * 0.18))) : 0;
    paintSymbol(painter, r, m.value(), hriText, textPx, modulePixels(m->bars.size(), r.width(), dpi));
    return ok();
}

Status paintLabel(QPainter& painter, const QRectF& area, const LotLabel& label, LabelSize size)
{
    const Result<QStringList> texts = gs1Symbols(label);
    if (!texts) return texts.refusal();
    QList<Modules> modules;
    for (const QString& t : texts.value()) {
        Result<Modules> m = encodeGs1_128(t);
        if (!m) return m.refusal();
        modules.append(std::move(m).value());
    }
    const double dpi = deviceDpi(painter);
    const DeviceSpace space(painter, area);
    const QRectF r = space.rect();
    const QSizeF mm = labelSizeMm(size);
    const double k = std::min(r.width() / mm.width(), r.height() / mm.height());
    if (k <= 0) return refuse(QStringLiteral("labels.output_failed"), QStringLiteral("The area for the label is empty."));
    const QPointF origin(r.left() + (r.width() - mm.width() * k) / 2, r.top() + (r.height() - mm.height() * k) / 2);
    painter.fillRect(QRectF(origin, mm * k), Qt::white);
    Canvas canvas(painter, origin, k, dpi);
    if (size == LabelSize::Case4x6)
        layoutCase(canvas, label, modules, texts.value(), mm);
    else
        layoutLot(canvas, label, modules, texts.value(), mm);
    return ok();
}

Status paintLabel(QPainter& painter, const QRectF& area, const LotLabel& label)
{
    return paintLabel(painter, area, label, area.height() > area.width() ? LabelSize::Case4x6 : LabelSize::Lot100x50);
}

Status writeLabelsPdf(const QString& path, const QList<LotLabel>& labels, LabelSize size)
{
    if (labels.isEmpty()) return refuse(QStringLiteral("labels.output_failed"), QStringLiteral("No labels to write."));
    const Status checked = checkAll(labels);
    if (!checked) return checked;
    QPdfWriter writer(path);
    writer.setResolution(600);
    writer.setCreator(QStringLiteral("Tracelot"));
    writer.setTitle(
        labels.size() == 1 ? QStringLiteral("Label %1").arg(labels.first().lot.trimmed()) : QStringLiteral("%1 labels").arg(labels.size()));
    if (!writer.setPageLayout(labelPageLayout(size)))
        return refuse(QStringLiteral("labels.output_failed"), QStringLiteral("The PDF writer does not accept the label's page size."));
    return paintPages(writer, labels, size, QStringLiteral("the PDF file %1").arg(path));
}

void preparePrinter(QPrinter& printer, LabelSize size)
{
    printer.setFullPage(true);
    printer.setPageLayout(labelPageLayout(size));
}

Status printLabels(QPrinter& printer, const QList<LotLabel>& labels, LabelSize size)
{
    if (labels.isEmpty()) return refuse(QStringLiteral("labels.output_failed"), QStringLiteral("No labels to print."));
    const Status checked = checkAll(labels);
    if (!checked) return checked;
    printer.setFullPage(true); // page coordinates from the paper's corner: the label is placed by us
    return paintPages(printer, labels, size, printer.printerName().isEmpty() ? QStringLiteral("the printer") : printer.printerName());
}

} // namespace tracelot::reports

#pragma once
// Lot and case labels: the GS1-128 element strings a label carries, the barcode rendered by
// zint (a real barcode library, Debian's libzint), and the printed label itself, painted with
// QPainter onto a PDF page (QPdfWriter) or a printer page (the desktop's print dialog).
//
// Needs a QGuiApplication (fonts); headless: QT_QPA_PLATFORM=offscreen. No widgets.
//
// What goes into the barcode (GS1 General Specifications, application identifiers):
//   (00) SSCC            when the label is for a logistic unit (case or pallet with an SSCC);
//                        always alone in its own symbol, printed last (bottom), as on a GS1
//                        logistic label
//   (01) GTIN            the trade item; or
//   (02) content GTIN    instead of (01) when there is an SSCC and a count: the logistic unit
//                        holds `count` trade items of that GTIN (GS1 pairs (02) with (37))
//   (11) production date, (15) best before, (17) expiry / use by: YYMMDD, always the real day
//                        (never day "00"): a label for an expiry date prints that exact date
//   (310n) net weight in kg: n = 3 decimals when the weight fits in 6 digits, fewer only for
//                        heavier units and only when no decimal is lost; not with (02)
//   (37) count           only with (02) (on an SSCC label); otherwise printed as text only
//   (10) lot / TLC       last, as variable-length fields need an FNC1 after them unless last
// Fixed-length fields come first, variable-length ones last. A symbol holds at most 48 data
// characters (GS1-128); longer content is split over several symbols (gs1Symbols).
// A lot may not contain '(' or ')' (valid GS1 characters, but the bracketed text would be
// ambiguous, and zint's bracket mode cannot carry them): refused.
//
// Refusal codes (stable):
//   labels.gtin_missing, labels.gtin_invalid       GTIN absent, not 8/12/13/14 digits or bad
//                                                   check digit
//   labels.sscc_invalid                             not 18 digits or bad check digit
//   labels.lot_missing, labels.lot_too_long         lot (TLC) empty or longer than 20
//   labels.lot_invalid_character                    outside GS1 character set 82, or a bracket
//   labels.date_out_of_range                        a date the YYMMDD form cannot carry
//                                                   unambiguously (outside 2000-2099)
//   labels.weight_invalid                           not a positive decimal kg that fits (310n)
//   labels.count_invalid                            count below 1 or above 99999999
//   labels.barcode_failed                           zint refused the data (its message inside)
//   labels.output_failed                            PDF file or printer could not be opened
#include "common/result.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>

class QPainter;
class QPrinter;

namespace tracelot::reports {

struct LotLabel {
    QString productName; // "Organic Kalamata Olives 2 kg"
    QString productCode; // the importer's own code, "OLV-KAL-2"
    QString gtin; // GTIN-14 (GTIN-8/12/13 are accepted and padded with zeros)
    QString lot; // lot / traceability lot code (TLC), at most 20 characters
    QDate expiry; // (17) "Use by"; invalid when none
    QDate bestBefore; // (15) "Best before"; invalid when none
    QDate productionDate; // (11) "Produced"; invalid when none
    QString netWeightKg; // decimal string, "12.5"; empty when none
    std::optional<int> count; // trade items in the case / pallet; none when absent
    QString quantity; // "24"
    QString unit; // "cases"
    QString supplierName;
    QDate receiveDate; // printed only ("Received"); not a GS1 field
    QString sscc; // 18 digits for a case / pallet label; empty for a lot label
};

enum class LabelSize {
    Case4x6, // 4 x 6 inch (102 x 152 mm), portrait: case and pallet labels
    Lot100x50, // 100 x 50 mm, landscape: lot labels
};

// The page a label is printed on (for QPdfWriter, QPrinter): size, orientation, no margins.
QPageLayout labelPageLayout(LabelSize size);
// The label's physical size in millimetres, as it lies on the page (width x height).
QSizeF labelSizeMm(LabelSize size);

// The whole GS1 content in bracketed human-readable form, e.g.
// "(01)04006381333931(17)260301(10)L0329"; with an SSCC, "(00)...(02)...".
Result<QString> gs1ElementString(const LotLabel& label);
// The same content split into the symbols printed on the label, top to bottom: each at most
// 48 data characters, the SSCC alone and last. The first symbol gets what a scan needs
// together (GTIN, use-by or best-before date, count, lot) and the rest fills in after it;
// within a symbol, the order above (fixed-length first, lot last).
Result<QStringList> gs1Symbols(const LotLabel& label);

// One GS1-128 symbol (bracketed form, as above) rendered by zint into an image at `dpi`:
// an integer number of pixels per module (X = 0.33 mm rounded to whole pixels, at least 1),
// bars 15 mm high, the 10-module quiet zones on both sides, no text. Black on white.
Result<QImage> renderBarcode(const QString& hri, int dpi);
// The same symbol painted into `area` (painter coordinates): bars with whole device pixels
// per module, as wide as fits (at most X = 1.016 mm), centred, with quiet zones; the
// bracketed text underneath when `withText`.
Status paintBarcode(QPainter& painter, const QRectF& area, const QString& hri, bool withText = true);

// A complete label painted into `area` (painter coordinates; the layout for `size` is scaled
// to fit, keeping its proportions). The 3-argument form picks the size from the area's shape
// (portrait: Case4x6, landscape: Lot100x50).
Status paintLabel(QPainter& painter, const QRectF& area, const LotLabel& label, LabelSize size);
Status paintLabel(QPainter& painter, const QRectF& area, const LotLabel& label);

// One label per page, each page the label's size (600 dpi). Every label is checked before
// the file is written: one bad label writes nothing.
Status writeLabelsPdf(const QString& path, const QList<LotLabel>& labels, LabelSize size);

// Sets the printer's page to the label (size, orientation, no margins, full page); call it
// before showing QPrintDialog so the dialog starts from the right paper.
void preparePrinter(QPrinter& printer, LabelSize size);
// Prints one label per page on a printer the caller configured (QPrintDialog). Each label is
// painted at its real size on the page (centred; scaled down only if the paper is smaller).
Status printLabels(QPrinter& printer, const QList<LotLabel>& labels, LabelSize size);

} // namespace tracelot::reports

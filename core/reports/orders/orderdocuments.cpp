#include "reports/orders/orderdocuments.h"

#include "eventstore/eventstore.h"
#include "orders/ordersmodule.h"
#include "reports/document.h"
#include "reports/labels.h"

#include <QBuffer>
#include <QDateTime>
#include <QImage>
#include <QJsonArray>
#include <QPrinter>

namespace tracelot::reports {
namespace {
QString esc(const QString& s) { return s.toHtmlEscaped(); }
QString when(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")); }
QString str(const QJsonObject& o, const char* k) { return o.value(QLatin1String(k)).toString(); }

QString documentWords(const QString& type)
{
    if (type == QLatin1String("bill_of_lading")) return QStringLiteral("Bill of lading");
    if (type == QLatin1String("invoice")) return QStringLiteral("Invoice");
    return type;
}

// The lot's GS1-128 symbol (AI 10, the lot code) as an inline PNG: a picker's scanner reads
// it like the case label. Empty when the code cannot be encoded (the text is still printed).
QString lotBarcode(const QString& tlc)
{
    if (tlc.isEmpty() || tlc.size() > 20) return {};
    const Result<QImage> image = renderBarcode(QStringLiteral("(10)") + tlc, 300);
    if (!image) return {};
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.value().save(&buffer, "PNG");
    // Printed at three quarters of its 300 dpi size (X about 0.25 mm), bars 7 mm high.
    const int widthPt = image->width() * 72 * 3 / (300 * 4);
    return QStringLiteral("<img src=\"data:image/png;base64,%1\" width=\"%2\" height=\"20\"/>").arg(QString::fromLatin1(png.toBase64())).arg(widthPt);
}

Result<orders::OrderState> loadOrder(QSqlDatabase db, const QString& orderId)
{
    const auto o = orders::OrdersQueries(db).order(orderId);
    if (!o) return refuse(QStringLiteral("order.unknown"), QStringLiteral("There is no such order."));
    return o.value();
}

QString pickTitle(const orders::OrderState& o) { return QStringLiteral("Pick list %1").arg(o.number); }
QString slipTitle(const orders::OrderState& o) { return QStringLiteral("Packing slip %1").arg(o.number); }
}  // namespace

Result<QString> pickListHtml(QSqlDatabase db, const QString& orderId, qint64 printedAtMs)
{
    const Result<orders::OrderState> o = loadOrder(db, orderId);
    if (!o) return o.refusal();
    const QList<orders::PickRow> rows = orders::OrdersQueries(db).pickList(orderId);
    QString html = QStringLiteral("<h1>%1</h1>").arg(esc(pickTitle(o.value())));
    html += QStringLiteral("<table width='100%'><tr><th>Customer</th><td>%1 (%2)</td><th>Requested ship date</th><td>%3</td></tr>"
                           "<tr><th>Ship to</th><td>%4</td><th>Status</th><td>%5</td></tr></table>")
                .arg(esc(o->customerName), esc(o->customerCode), esc(o->requestedShipDate.toString(Qt::ISODate)), esc(o->shipTo), esc(o->status));
    html += QStringLiteral("<p>Printed %1. Walk the locations in the order below; scan each case or lot, tick the box.</p>").arg(esc(when(printedAtMs)));
    html += QStringLiteral("<table width='100%'><tr><th>&#10003;</th><th>Location</th><th>Line</th><th>Product</th><th>Lot (TLC)</th><th>Expiry</th>"
                           "<th align='right'>Quantity</th><th align='right'>Picked</th><th>Lot barcode</th></tr>");
    qint64 total = 0;
    for (const orders::PickRow& r : rows) {
        total += r.quantity;
        const bool done = r.picked >= r.quantity;
        html += QStringLiteral("<tr><td style='font-size: 14pt'>%1</td><td><b>%2</b><br/>%3</td><td>%4</td><td>%5<br/>%6</td><td><b class='mono'>%7</b></td>"
                               "<td>%8</td><td align='right'><b>%9 %10</b></td><td align='right'>%11</td><td>%12</td></tr>")
                    .arg(done ? QStringLiteral("&#9745;") : QStringLiteral("&#9744;"), esc(r.locationCode), esc(r.locationName))
                    .arg(r.lineNo)
                    .arg(esc(r.productCode), esc(r.productDescription), esc(r.tlc), esc(r.expiry.toString(Qt::ISODate)))
                    .arg(r.quantity)
                    .arg(esc(r.unit))
                    .arg(r.picked)
                    .arg(lotBarcode(r.tlc));
    }
    if (rows.isEmpty()) html += QStringLiteral("<tr><td colspan='9'>Nothing is allocated to %1 yet: allocate it first.</td></tr>").arg(esc(o->number));
    html += QStringLiteral("</table>");
    QStringList gaps;
    for (const orders::OrderLine& l : o->lines)
        if (l.shortfall() > 0) gaps << QStringLiteral("line %1 (%2): %3 %4 not allocated").arg(l.lineNo).arg(esc(l.productCode)).arg(l.shortfall()).arg(esc(l.unit));
    if (!gaps.isEmpty()) html += QStringLiteral("<p><b>Shortfall:</b> %1.</p>").arg(gaps.join(QStringLiteral("; ")));
    html += QStringLiteral("<p>%1 row(s), %2 in all. Picked by: ____________________ &nbsp; Checked by: ____________________</p>").arg(rows.size()).arg(total);
    return html;
}

Status writePickListPdf(const QString& path, QSqlDatabase db, const QString& orderId, qint64 printedAtMs)
{
    const Result<orders::OrderState> o = loadOrder(db, orderId);
    if (!o) return o.refusal();
    const Result<QString> html = pickListHtml(db, orderId, printedAtMs);
    if (!html) return html.refusal();
    return writeHtmlPdf(path, pickTitle(o.value()), html.value(), pickTitle(o.value()), QPageLayout::Landscape);
}

Status printPickList(QPrinter& printer, QSqlDatabase db, const QString& orderId, qint64 printedAtMs)
{
    const Result<orders::OrderState> o = loadOrder(db, orderId);
    if (!o) return o.refusal();
    const Result<QString> html = pickListHtml(db, orderId, printedAtMs);
    if (!html) return html.refusal();
    printer.setPageLayout(a4Layout(QPageLayout::Landscape));
    return renderHtml(printer, html.value(), pickTitle(o.value()));
}

Result<QString> packingSlipHtml(QSqlDatabase db, EventStore& store, const QString& orderId, qint64 printedAtMs)
{
    const Result<orders::OrderState> o = loadOrder(db, orderId);
    if (!o) return o.refusal();
    QJsonObject shipped;
    for (const Event& e : store.readStream(orders::orderStream(orderId)))
        if (e.type == QLatin1String("order.shipped")) shipped = e.payload;
    if (shipped.isEmpty())
        return refuse(QStringLiteral("order.not_shipped"),
                      QStringLiteral("%1 has not shipped yet: the packing slip lists what was shipped, so ship it first.").arg(o->describe()));
    QString html = QStringLiteral("<h1>%1</h1>").arg(esc(slipTitle(o.value())));
    html += QStringLiteral("<table width='100%'><tr><th width='50%'>Ship from</th><th>Ship to</th></tr><tr><td>%1</td><td>%2</td></tr></table>")
                .arg(esc(str(shipped, "ship_from_location_description")), esc(str(shipped, "ship_to_location_description")));
    html += QStringLiteral("<p></p><table width='100%'><tr><th>Order</th><td>%1%2</td><th>Ship date</th><td>%3</td></tr>"
                           "<tr><th>Carrier</th><td>%4</td><th>Tracking</th><td class='mono'>%5</td></tr>"
                           "<tr><th>Reference document</th><td>%6 %7</td><th>Customer</th><td>%8</td></tr></table>")
                .arg(esc(o->number), o->reference.isEmpty() ? QString() : QStringLiteral(" (your PO %1)").arg(esc(o->reference)), esc(str(shipped, "ship_date")),
                     esc(str(shipped, "carrier")), esc(str(shipped, "tracking")), esc(documentWords(str(shipped, "reference_document_type"))),
                     esc(str(shipped, "reference_document")), esc(o->customerCode));
    html += QStringLiteral("<h2>Contents</h2><table width='100%'><tr><th width='8%'>Line</th><th width='24%'>Product</th><th width='20%'>Traceability lot code</th>"
                           "<th width='12%' align='right'>Quantity</th><th width='8%'>Unit</th><th>TLC source</th></tr>");
    qint64 total = 0;
    const QJsonArray lines = shipped.value(QLatin1String("lines")).toArray();
    for (const QJsonValue& v : lines) {
        const QJsonObject l = v.toObject();
        const qint64 quantity = l.value(QLatin1String("quantity")).toInteger();
        total += quantity;
        QString code;
        if (const orders::OrderLine* ol = o->line(l.value(QLatin1String("line_no")).toInt())) code = ol->productCode + QStringLiteral(" — ");
        html += QStringLiteral("<tr><td>%1</td><td>%2%3</td><td><b class='mono'>%4</b></td><td align='right'>%5</td><td>%6</td><td style='font-size: 7.5pt'>%7</td></tr>")
                    .arg(l.value(QLatin1String("line_no")).toInt())
                    .arg(esc(code), esc(str(l, "product_description")), esc(str(l, "tlc")))
                    .arg(quantity)
                    .arg(esc(str(l, "unit")), esc(str(l, "tlc_source")));
    }
    html += QStringLiteral("</table><p>%1 lot(s), %2 in all. Printed %3.</p>")
                .arg(lines.size())
                .arg(total)
                .arg(esc(when(printedAtMs)));
    QStringList notShipped;
    for (const orders::OrderLine& l : o->lines) {
        if (l.cancelled) notShipped << QStringLiteral("line %1 (%2) cancelled").arg(l.lineNo).arg(esc(l.productCode));
        else if (l.backordered > 0) notShipped << QStringLiteral("line %1 (%2): %3 %4 backordered").arg(l.lineNo).arg(esc(l.productCode)).arg(l.backordered).arg(esc(l.unit));
    }
    if (!notShipped.isEmpty()) html += QStringLiteral("<p><b>Not in this shipment:</b> %1.</p>").arg(notShipped.join(QStringLiteral("; ")));
    html += QStringLiteral("<p>Received in good condition by: ____________________ &nbsp; Date: __________</p>");
    return html;
}

Status writePackingSlipPdf(const QString& path, QSqlDatabase db, EventStore& store, const QString& orderId, qint64 printedAtMs)
{
    const Result<orders::OrderState> o = loadOrder(db, orderId);
    if (!o) return o.refusal();
    const Result<QString> html = packingSlipHtml(db, store, orderId, printedAtMs);
    if (!html) return html.refusal();
    return writeHtmlPdf(path, slipTitle(o.value()), html.value(), slipTitle(o.value()));
}

Status printPackingSlip(QPrinter& printer, QSqlDatabase db, EventStore& store, const QString& orderId, qint64 printedAtMs)
{
    const Result<orders::OrderState> o = loadOrder(db, orderId);
    if (!o) return o.refusal();
    const Result<QString> html = packingSlipHtml(db, store, orderId, printedAtMs);
    if (!html) return html.refusal();
    printer.setPageLayout(a4Layout());
    return renderHtml(printer, html.value(), slipTitle(o.value()));
}

}  // namespace tracelot::reports

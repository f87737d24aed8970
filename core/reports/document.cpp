#include "reports/document.h"

#include <QAbstractTextDocumentLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace tracelot::reports {

QPageLayout a4Layout(QPageLayout::Orientation orientation)
{
    return QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(15, 15, 15, 18), QPageLayout::Millimeter);
}

Status renderHtml(QPagedPaintDevice& device, const QString& html, const QString& footer)
{
    QTextDocument doc;
    doc.setDefaultStyleSheet(QStringLiteral("body { font-family: 'DejaVu Sans'; font-size: 9pt; } h1 { font-size: 15pt; } h2 { font-size: 11pt; } "
                                            "table { border-collapse: collapse; } th { text-align: left; background: #e8eef0; } "
                                            "td, th { padding: 2px 5px; border-bottom: 1px solid #c9d3d6; } .mono { font-family: 'DejaVu Sans Mono'; }"));
    doc.setHtml(html);
    doc.setDocumentMargin(0);
    const QRectF paint = device.pageLayout().paintRect(QPageLayout::Point);
    const qreal footerHeight = 14;
    doc.setPageSize(QSizeF(paint.width(), paint.height() - footerHeight));
    QPainter painter;
    if (!painter.begin(&device)) return refuse(QStringLiteral("reports.output_failed"), QStringLiteral("The document could not be written."));
    const qreal scale = device.logicalDpiX() / 72.0;
    painter.scale(scale, scale);
    const qreal pageHeight = paint.height() - footerHeight;
    const int pages = doc.pageCount();
    // 7 pt: the painter already maps points to device pixels (scale above), so the size is
    // given in that coordinate system — a point size would be scaled twice.
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPixelSize(7);
    for (int i = 0; i < pages; ++i) {
        if (i > 0) device.newPage();
        painter.save();
        painter.translate(0, -pageHeight * i);
        doc.drawContents(&painter, QRectF(0, pageHeight * i, paint.width(), pageHeight));
        painter.restore();
        painter.setFont(small);
        painter.drawText(QRectF(0, paint.height() - footerHeight + 4, paint.width(), footerHeight - 4), Qt::AlignLeft | Qt::AlignVCenter, footer);
        painter.drawText(QRectF(0, paint.height() - footerHeight + 4, paint.width(), footerHeight - 4), Qt::AlignRight | Qt::AlignVCenter,
                         QStringLiteral("page %1 of %2").arg(i + 1).arg(pages));
    }
    painter.end();
    return ok();
}

Status writeHtmlPdf(const QString& path, const QString& title, const QString& html, const QString& footer, QPageLayout::Orientation orientation)
{
    QPdfWriter pdf(path);
    pdf.setPageLayout(a4Layout(orientation));
    pdf.setResolution(300);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("Tracelot"));
    return renderHtml(pdf, html, footer);
}

}  // namespace tracelot::reports

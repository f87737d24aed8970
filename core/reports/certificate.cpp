#include "reports/certificate.h"

#include <QDateTime>
#include <QJsonArray>
#include <QPageLayout>
#include <QPainter>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrinter>
#include <QTextDocument>

namespace tracelot::reports {
namespace {
QString esc(const QString& s) { return s.toHtmlEscaped(); }
QString str(const QJsonObject& o, const char* k) { return o.value(QLatin1String(k)).toString(); }

QString utcText(const QString& iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : iso;
}

void layout(QTextDocument& doc, const QSizeF& pageSizePt)
{
    doc.setDocumentMargin(0);
    doc.setPageSize(pageSizePt);  // our own margins come from the page layout, not QTextDocument's
}

Status render(QPagedPaintDevice& device, const QJsonObject& c, const QString& site)
{
    QTextDocument doc;
    doc.setDefaultStyleSheet(QStringLiteral("body { font-family: 'DejaVu Sans'; font-size: 9.5pt; } h1 { font-size: 16pt; } "
                                            "table { border-collapse: collapse; } th { text-align: left; background: #e8eef0; } "
                                            "td, th { padding: 3px 6px; border-bottom: 1px solid #c9d3d6; }"));
    doc.setHtml(certificateHtml(c, site));
    const QPageLayout pl = device.pageLayout();
    const QRectF paint = pl.paintRect(QPageLayout::Point);
    layout(doc, paint.size());
    QPainter painter;
    if (!painter.begin(&device)) return refuse(QStringLiteral("reports.output_failed"), QStringLiteral("The certificate could not be written."));
    const qreal scale = device.logicalDpiX() / 72.0;
    painter.scale(scale, scale);
    const int pages = doc.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0) device.newPage();
        painter.save();
        painter.translate(0, -paint.height() * i);
        doc.drawContents(&painter, QRectF(0, paint.height() * i, paint.width(), paint.height()));
        painter.restore();
    }
    painter.end();
    return ok();
}
}  // namespace

QString signatureHtml(const QJsonObject& s)
{
    return QStringLiteral("<table width='100%' style='border: 1px solid #5b7b83'><tr><td>"
                          "<b>Electronically signed by %1</b><br/>"
                          "Signed: %2<br/>Meaning: %3<br/>"
                          "<span style='font-size: 7.5pt'>Record SHA-256: <span style=\"font-family: 'DejaVu Sans Mono'\">%4</span></span>"
                          "</td></tr></table>")
        .arg(esc(str(s, "printed_name")), esc(utcText(str(s, "signed_at"))), esc(str(s, "meaning")), esc(str(s, "record_sha256")));
}

QString certificateHtml(const QJsonObject& c, const QString& site)
{
    QString html;
    html += QStringLiteral("<h1>Certificate of release %1</h1>").arg(esc(str(c, "number")));
    html += QStringLiteral("<p>%1</p>").arg(esc(site));
    html += QStringLiteral("<table width='100%'>"
                           "<tr><th>Product</th><td>%1 (%2)</td></tr>"
                           "<tr><th>Traceability lot code</th><td><b>%3</b></td></tr>"
                           "<tr><th>Quantity</th><td>%4 %5</td></tr>"
                           "<tr><th>Use by / best before</th><td>%6</td></tr>"
                           "<tr><th>Hold released</th><td>%7 — %8</td></tr></table>")
                .arg(esc(str(c, "product_description")), esc(str(c, "product_code")), esc(str(c, "tlc")))
                .arg(c.value(QLatin1String("quantity")).toInteger())
                .arg(esc(str(c, "unit")), esc(str(c, "expiry")), esc(str(c, "hold_number")), esc(str(c, "hold_reason")));
    html += QStringLiteral("<h2>Quality checks</h2>");
    const QJsonArray checks = c.value(QLatin1String("checks")).toArray();
    if (checks.isEmpty()) html += QStringLiteral("<p>No quality check was recorded for this lot.</p>");
    for (const QJsonValue& v : checks) {
        const QJsonObject check = v.toObject();
        html += QStringLiteral("<p><b>%1</b> — %2</p><table width='100%'><tr><th>Criterion</th><th>Result</th><th>Limits</th><th>Verdict</th></tr>")
                    .arg(esc(utcText(str(check, "recorded_at"))), check.value(QLatin1String("passed")).toBool() ? QStringLiteral("passed") : QStringLiteral("FAILED"));
        for (const QJsonValue& rv : check.value(QLatin1String("results")).toArray()) {
            const QJsonObject r = rv.toObject();
            const bool measure = str(r, "kind") == QLatin1String("measure");
            const QString limits = measure ? QStringLiteral("%1 … %2 %3").arg(str(r, "min").isEmpty() ? QStringLiteral("−") : str(r, "min"),
                                                                               str(r, "max").isEmpty() ? QStringLiteral("+") : str(r, "max"), str(r, "unit"))
                                           : QString();
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(esc(str(r, "label")), measure ? esc(str(r, "value") + QLatin1Char(' ') + str(r, "unit")) : QString(), esc(limits),
                             r.value(QLatin1String("passed")).toBool() ? QStringLiteral("pass") : QStringLiteral("<b>fail</b>"));
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<h2>Release</h2>") + signatureHtml(c.value(QLatin1String("signature")).toObject());
    return html;
}

Status writeCertificatePdf(const QString& path, const QJsonObject& certificate, const QString& site)
{
    QPdfWriter pdf(path);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
    pdf.setResolution(300);
    pdf.setTitle(QStringLiteral("Certificate of release %1").arg(str(certificate, "number")));
    pdf.setCreator(QStringLiteral("Tracelot"));
    return render(pdf, certificate, site);
}

Status printCertificate(QPrinter& printer, const QJsonObject& certificate, const QString& site)
{
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
    return render(printer, certificate, site);
}

}  // namespace tracelot::reports

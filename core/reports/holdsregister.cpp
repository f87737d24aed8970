#include "reports/holdsregister.h"

#include "common/canonicaljson.h"
#include "reports/certificate.h"
#include "reports/document.h"

#include <QDateTime>
#include <QJsonObject>
#include <QPrinter>
#include <QSqlQuery>

namespace tracelot::reports {
namespace {
QString esc(const QString& s) { return s.toHtmlEscaped(); }
QString when(qint64 ms) { return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString(); }

QString title(const HoldsRegisterOptions& o)
{
    if (o.openOnly) return QStringLiteral("Holds register — open holds");
    if (o.from.isValid() || o.to.isValid())
        return QStringLiteral("Holds register — %1 to %2").arg(o.from.isValid() ? o.from.toString(Qt::ISODate) : QStringLiteral("start"),
                                                               o.to.isValid() ? o.to.toString(Qt::ISODate) : QStringLiteral("today"));
    return QStringLiteral("Holds register — all holds");
}
}  // namespace

QString holdsRegisterHtml(QSqlDatabase db, const HoldsRegisterOptions& o)
{
    QString sql = QStringLiteral(
        "SELECT h.number, h.placed_at, h.cause, h.reason, h.quantity, h.status, h.closed_at, h.disposition, h.signature, h.corrective_action,"
        " l.tlc, p.name, c.code, l.unit, json_extract(h.record, '$.placed_by')"
        " FROM quality_holds h LEFT JOIN inventory_lots l ON l.lot_id = h.lot_id LEFT JOIN catalog_products p ON p.id = l.product_id"
        " LEFT JOIN catalog_locations c ON c.id = h.location_id WHERE 1 = 1");
    QVariantList binds;
    if (o.openOnly) sql += QStringLiteral(" AND h.status = 'open'");
    if (o.from.isValid()) {
        sql += QStringLiteral(" AND h.placed_at >= ?");
        binds << QDateTime(o.from, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    }
    if (o.to.isValid()) {
        sql += QStringLiteral(" AND h.placed_at < ?");
        binds << QDateTime(o.to.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    }
    sql += QStringLiteral(" ORDER BY h.placed_at");
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& b : binds) q.addBindValue(b);
    QString rows;
    int n = 0;
    if (q.exec())
        while (q.next()) {
            ++n;
            const QString scope = q.value(4).toLongLong() > 0 ? QStringLiteral("%1 %2 at %3").arg(q.value(4).toLongLong()).arg(q.value(13).toString(), q.value(12).toString())
                                  : q.value(12).toString().isEmpty() ? QStringLiteral("whole lot")
                                                                     : QStringLiteral("all at %1").arg(q.value(12).toString());
            QString closed = esc(q.value(5).toString());
            if (q.value(5).toString() != QLatin1String("open")) {
                QJsonObject sig;
                parseJsonObject(q.value(8).toByteArray(), &sig);
                closed = QStringLiteral("%1 (%2) %3<br/>%4").arg(esc(q.value(5).toString()), esc(q.value(7).toString()), esc(when(q.value(6).toLongLong())),
                                                                  signatureHtml(sig));
            }
            rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2<br/>by %3</td><td>%4<br/><span class='mono'>%5</span></td><td>%6</td><td>%7</td><td>%8%9</td><td>%10</td></tr>")
                        .arg(esc(q.value(0).toString()), esc(when(q.value(1).toLongLong())), esc(q.value(14).toString()), esc(q.value(11).toString()),
                             esc(q.value(10).toString()), esc(scope), esc(q.value(2).toString()), esc(q.value(3).toString()),
                             q.value(9).toString().isEmpty() ? QString() : QStringLiteral("<br/><i>Corrective action:</i> ") + esc(q.value(9).toString()))
                        .arg(closed);
        }
    QString html = QStringLiteral("<h1>%1</h1><p>%2<br/>Printed %3 — %4 hold(s)</p>")
                       .arg(esc(title(o)), esc(o.siteDescription), esc(when(QDateTime::currentMSecsSinceEpoch())))
                       .arg(n);
    html += QStringLiteral("<table width='100%'><tr><th>Hold</th><th>Placed</th><th>Product / lot</th><th>Scope</th><th>Cause</th><th>Reason</th><th>Status and signature</th></tr>");
    html += rows.isEmpty() ? QStringLiteral("<tr><td colspan='7'>No holds.</td></tr>") : rows;
    html += QStringLiteral("</table>");
    return html;
}

Status writeHoldsRegisterPdf(const QString& path, QSqlDatabase db, const HoldsRegisterOptions& o)
{
    return writeHtmlPdf(path, title(o), holdsRegisterHtml(db, o), title(o), QPageLayout::Landscape);
}

Status printHoldsRegister(QPrinter& printer, QSqlDatabase db, const HoldsRegisterOptions& o)
{
    printer.setPageLayout(a4Layout(QPageLayout::Landscape));
    return renderHtml(printer, holdsRegisterHtml(db, o), title(o));
}

}  // namespace tracelot::reports

#include "reports/haccp.h"

#include "catalog/catalogmodule.h"
#include "reports/document.h"

#include <QDateTime>
#include <QPrinter>
#include <QSqlQuery>

namespace tracelot::reports {
namespace {
QString esc(const QString& s) { return s.toHtmlEscaped(); }
QString when(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")); }
QString celsius(qint64 dc) { return QStringLiteral("%1 °C").arg(QString::number(static_cast<double>(dc) / 10.0, 'f', 1)); }
qint64 startOf(const QDate& d) { return QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(); }
QString titleOf(const QString& code, const HaccpOptions& o)
{
    return QStringLiteral("Temperature monitoring record — %1 — %2 to %3").arg(code, o.from.toString(Qt::ISODate), o.to.toString(Qt::ISODate));
}
}  // namespace

Result<QString> haccpHtml(QSqlDatabase db, const HaccpOptions& o)
{
    const auto loc = catalog::CatalogQueries(db).byId(catalog::Kind::Location, o.locationId);
    if (!loc) return refuse(QStringLiteral("reports.location_unknown"), QStringLiteral("There is no such location."));
    if (!o.from.isValid() || !o.to.isValid() || o.to < o.from)
        return refuse(QStringLiteral("reports.period_invalid"), QStringLiteral("Choose a period: a first and a last day, in that order."));
    const qint64 from = startOf(o.from), to = startOf(o.to.addDays(1));
    const QString code = loc->value(QLatin1String("code")).toString();
    const QString min = loc->value(QLatin1String("temp_min_c")).toString(), max = loc->value(QLatin1String("temp_max_c")).toString();

    QString html = QStringLiteral("<h1>%1</h1><p>%2</p>").arg(esc(titleOf(code, o)), esc(o.siteDescription));
    html += QStringLiteral("<h2>Critical limits</h2><table><tr><th>Location</th><td>%1 (%2, %3)</td></tr>"
                           "<tr><th>Allowed range</th><td>%4 °C to %5 °C (a reading at a limit is within it)</td></tr>"
                           "<tr><th>Tolerance</th><td>%6 minutes out of range before it is a deviation; a gap in monitoring longer than that is a deviation too</td></tr></table>")
                .arg(esc(loc->value(QLatin1String("name")).toString()), esc(code), esc(loc->value(QLatin1String("type")).toString()),
                     esc(min.isEmpty() ? QStringLiteral("−∞") : min), esc(max.isEmpty() ? QStringLiteral("+∞") : max))
                .arg(loc->value(QLatin1String("tolerance_minutes")).toInteger(15));

    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(*), MIN(decicelsius), MAX(decicelsius), AVG(decicelsius), MIN(at_ms), MAX(at_ms) FROM quality_temperatures"
                             " WHERE location_id = ? AND at_ms >= ? AND at_ms < ?"));
    q.addBindValue(o.locationId);
    q.addBindValue(from);
    q.addBindValue(to);
    html += QStringLiteral("<h2>Readings</h2>");
    if (q.exec() && q.next() && q.value(0).toLongLong() > 0)
        html += QStringLiteral("<table><tr><th>Readings</th><td>%1, from %2 to %3</td></tr><tr><th>Lowest / highest</th><td>%4 / %5</td></tr>"
                               "<tr><th>Mean</th><td>%6</td></tr></table>")
                    .arg(q.value(0).toLongLong())
                    .arg(esc(when(q.value(4).toLongLong())), esc(when(q.value(5).toLongLong())), esc(celsius(q.value(1).toLongLong())),
                         esc(celsius(q.value(2).toLongLong())), esc(celsius(qRound64(q.value(3).toDouble()))));
    else
        html += QStringLiteral("<p><b>No readings were recorded for this period.</b></p>");
    q.finish();

    q.prepare(QStringLiteral("SELECT excursion_id, kind, start_ms, end_ms, peak_c, ongoing, restored_at, corrective_action FROM quality_excursions"
                             " WHERE location_id = ? AND start_ms < ? AND end_ms >= ? ORDER BY start_ms"));
    q.addBindValue(o.locationId);
    q.addBindValue(to);
    q.addBindValue(from);
    QString rows;
    int deviations = 0;
    if (q.exec())
        while (q.next()) {
            ++deviations;
            QSqlQuery h(db);
            h.prepare(QStringLiteral("SELECT h.number, l.tlc, h.status FROM quality_holds h LEFT JOIN inventory_lots l ON l.lot_id = h.lot_id"
                                     " WHERE json_extract(h.record, '$.cause_reference') = ? ORDER BY h.number"));
            h.addBindValue(q.value(0).toString());
            QStringList holds;
            if (h.exec())
                while (h.next()) holds << QStringLiteral("%1 (%2, %3)").arg(h.value(0).toString(), h.value(1).toString(), h.value(2).toString());
            const qint64 minutes = (q.value(3).toLongLong() - q.value(2).toLongLong()) / 60000;
            rows += QStringLiteral("<tr><td>%1</td><td>%2<br/>to %3%4</td><td>%5 min</td><td>%6</td><td>%7</td><td>%8</td></tr>")
                        .arg(q.value(1).toString() == QLatin1String("out_of_range") ? QStringLiteral("out of range") : QStringLiteral("monitoring gap"),
                             esc(when(q.value(2).toLongLong())), esc(when(q.value(3).toLongLong())),
                             q.value(5).toInt() ? QStringLiteral(" <b>(ongoing)</b>") : QString())
                        .arg(minutes)
                        .arg(q.value(4).isNull() ? QStringLiteral("—") : esc(q.value(4).toString() + QStringLiteral(" °C")),
                             holds.isEmpty() ? QStringLiteral("—") : esc(holds.join(QStringLiteral(", "))),
                             q.value(7).toString().isEmpty() ? QStringLiteral("<b>none recorded</b>") : esc(q.value(7).toString()));
        }
    html += QStringLiteral("<h2>Deviations and corrective actions</h2>");
    html += deviations == 0 ? QStringLiteral("<p>No deviation in this period.</p>")
                            : QStringLiteral("<table width='100%'><tr><th>Deviation</th><th>When</th><th>Duration</th><th>Peak</th><th>Holds placed</th>"
                                             "<th>Corrective action</th></tr>") + rows + QStringLiteral("</table>");
    html += QStringLiteral("<h2>Review</h2><table width='100%'><tr><td height='40'>Reviewed by (name, signature):</td><td>Date:</td></tr></table>");
    return html;
}

Status writeHaccpPdf(const QString& path, QSqlDatabase db, const HaccpOptions& o)
{
    Result<QString> html = haccpHtml(db, o);
    if (!html) return html.refusal();
    const QString code = catalog::CatalogQueries(db).byId(catalog::Kind::Location, o.locationId)->value(QLatin1String("code")).toString();
    return writeHtmlPdf(path, titleOf(code, o), html.value(), titleOf(code, o));
}

Status printHaccp(QPrinter& printer, QSqlDatabase db, const HaccpOptions& o)
{
    Result<QString> html = haccpHtml(db, o);
    if (!html) return html.refusal();
    printer.setPageLayout(a4Layout());
    const QString code = catalog::CatalogQueries(db).byId(catalog::Kind::Location, o.locationId)->value(QLatin1String("code")).toString();
    return renderHtml(printer, html.value(), titleOf(code, o));
}

}  // namespace tracelot::reports

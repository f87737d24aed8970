#include "reports/traceability/recallreport.h"

#include "catalog/catalogmodule.h"
#include "eventstore/eventstore.h"
#include "reports/document.h"
#include "traceability/traceabilitymodule.h"

#include <QDateTime>
#include <QHash>
#include <QPrinter>
#include <functional>

namespace tracelot::reports {
namespace {

using namespace tracelot::traceability;

QString esc(const QString& s) { return s.toHtmlEscaped(); }
QString when(qint64 ms) { return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString(); }
QString whenIso(const QString& iso) { return when(QDateTime::fromString(iso, Qt::ISODateWithMs).toMSecsSinceEpoch()); }
QString duration(qint64 ms)
{
    if (ms < 60'000) return QStringLiteral("%1 s").arg(static_cast<double>(ms) / 1000.0, 0, 'f', 1);
    return QStringLiteral("%1 h %2 min").arg(ms / 3'600'000).arg((ms / 60'000) % 60);
}

QString title(const RecallState& s)
{
    return QStringLiteral("%1 %2 — class %3").arg(s.drill ? QStringLiteral("Mock recall (drill)") : QStringLiteral("Recall"), s.number, s.recallClass);
}

QString treeHtml(const Trace& t)
{
    // Lots as an indented outline with the quantities that flowed; shipments summed per lot
    // (the customer table below has them per customer).
    QHash<QString, const TraceLot*> lots;
    for (const TraceLot& l : t.lots) lots.insert(l.lotId, &l);
    QMultiHash<QString, const TraceEdge*> children;
    for (const TraceEdge& e : t.edges) children.insert(e.parentLotId, &e);
    QHash<QString, QPair<qint64, int>> shipped;  // lot → (quantity, lines)
    QHash<QString, QSet<QString>> customers;
    for (const TraceShipment& s : t.shipments) {
        auto& v = shipped[s.lotId];
        v.first += s.quantity;
        ++v.second;
        customers[s.lotId].insert(s.customerId);
    }
    QString out;
    QSet<QString> seen;
    std::function<void(const QString&, int, const QString&)> walk = [&](const QString& id, int depth, const QString& via) {
        const TraceLot* l = lots.value(id);
        const QString pad = QString(depth * 4, QChar(0xA0));
        QString line = pad + (via.isEmpty() ? QString() : via + QStringLiteral(" → ")) + QStringLiteral("<b>%1</b> %2 (%3), on hand %4 %5")
                                                                                            .arg(esc(l ? l->tlc : id), esc(l ? l->productName : QString()),
                                                                                                 esc(l ? l->origin : QString()))
                                                                                            .arg(l ? l->onHand : 0)
                                                                                            .arg(esc(l ? l->unit : QString()));
        if (const auto it = shipped.constFind(id); it != shipped.constEnd())
            line += QStringLiteral("; shipped %1 %2 in %3 shipment line(s) to %4 customer(s)")
                        .arg(it->first)
                        .arg(esc(l ? l->unit : QString()))
                        .arg(it->second)
                        .arg(customers.value(id).size());
        if (seen.contains(id)) {
            out += line + QStringLiteral(" (see above)<br/>");
            return;
        }
        seen.insert(id);
        out += line + QStringLiteral("<br/>");
        QList<const TraceEdge*> es = children.values(id);
        std::sort(es.begin(), es.end(), [](const TraceEdge* a, const TraceEdge* b) { return std::tie(a->atMs, a->childLotId) < std::tie(b->atMs, b->childLotId); });
        for (const TraceEdge* e : es) walk(e->childLotId, depth + 1, QStringLiteral("%1 %2").arg(e->kind).arg(e->quantity));
    };
    for (const QString& root : t.roots) walk(root, 0, {});
    return out;
}

}  // namespace

QString recallReportHtml(QSqlDatabase db, EventStore& store, const QString& recallId, qint64 printedAtMs)
{
    const RecallState s = RecallQueries::load(store, recallId);
    if (!s.exists) return QStringLiteral("<h1>No such recall</h1>");
    const Trace t = TraceQueries(db).forward(s.rootLots);
    const QString site = catalog::CatalogQueries(db).siteDescription();
    QString h;
    h += QStringLiteral("<h1>%1</h1><p>%2<br/>Status: <b>%3</b> — initiated %4 by %5 — printed %6</p>")
             .arg(esc(title(s)), esc(site), esc(s.status), esc(when(s.initiatedAtMs)), esc(s.initiatedBy), esc(when(printedAtMs)));
    if (s.drill)
        h += QStringLiteral("<p><b>Drill timing:</b> full scope computed in %1 ms; report printed %2 after initiation (target: under 4 hours).</p>")
                 .arg(s.scopeMs)
                 .arg(duration(std::max<qint64>(0, printedAtMs - s.initiatedAtMs)));
    h += QStringLiteral("<h2>Reason</h2><p>%1</p>").arg(esc(s.reason));

    h += QStringLiteral("<h2>Products and lots</h2><table width='100%'><tr><th>Lot (TLC)</th><th>Product</th><th>Origin</th><th>Recalled as</th><th>On hand</th></tr>");
    for (const TraceLot& l : t.lots)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5 %6</td></tr>")
                 .arg(esc(l.tlc), esc(l.productName), esc(l.origin), s.rootLots.contains(l.lotId) ? QStringLiteral("recalled lot") : QStringLiteral("downstream"))
                 .arg(l.onHand)
                 .arg(esc(l.unit));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>Trace</h2><p>%1</p>").arg(treeHtml(t));

    h += QStringLiteral("<h2>Affected customers and recovery</h2><table width='100%'><tr><th>Customer</th><th>Product</th><th>Shipped</th><th>Returned</th>"
                        "<th>Destroyed</th><th>Unrecoverable</th><th>Written off</th><th>Remainder</th><th>Notified</th></tr>");
    qint64 shipped = 0, accounted = 0, writtenOff = 0;
    for (const RecallLine& l : s.lines) {
        QString notice = QStringLiteral("<b>not yet</b>");
        for (const RecallNotice& n : s.notices)
            if (n.customerId == l.customerId) notice = QStringLiteral("%1 by %2 (%3)").arg(esc(whenIso(n.notifiedAt)), esc(n.method), esc(n.contact));
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3 %4</td><td>%5</td><td>%6</td><td>%7</td><td>%8</td><td>%9</td><td>%10</td></tr>")
                 .arg(esc(l.who()), esc(l.productName))
                 .arg(l.shipped)
                 .arg(esc(l.unit))
                 .arg(l.returned)
                 .arg(l.destroyed)
                 .arg(l.unrecoverable)
                 .arg(l.writtenOff)
                 .arg(l.remainder())
                 .arg(notice);
        shipped += l.shipped;
        accounted += l.accounted();
        writtenOff += l.writtenOff;
    }
    if (s.lines.empty()) h += QStringLiteral("<tr><td colspan='9'>Nothing of the recalled lots was shipped.</td></tr>");
    h += QStringLiteral("</table>");
    h += QStringLiteral("<h2>Reconciliation</h2><p>Shipped %1 = returned, destroyed or unrecoverable %2 + written off %3 + unreconciled %4.<br/>"
                        "Stock still held in the warehouse at initiation: %5 (in %6 recall hold(s)).</p>")
             .arg(shipped)
             .arg(accounted)
             .arg(writtenOff)
             .arg(s.unreconciled())
             .arg(s.onHold())
             .arg(s.holds.size());

    h += QStringLiteral("<h2>Holds placed</h2><table width='100%'><tr><th>Hold</th><th>Lot (TLC)</th><th>Quantity</th><th>Status now</th></tr>");
    QHash<QString, QString> status;
    for (const auto& hs : RecallQueries(db).holdStatus(recallId)) status.insert(hs.holdId, hs.status);
    for (const RecallHold& hold : s.holds)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3 %4</td><td>%5</td></tr>")
                 .arg(esc(hold.number), esc(hold.tlc))
                 .arg(hold.quantity)
                 .arg(esc(hold.unit), esc(status.value(hold.holdId, QStringLiteral("open"))));
    if (s.holds.empty()) h += QStringLiteral("<tr><td colspan='4'>No affected stock was left in the warehouse.</td></tr>");
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>Timeline</h2><table width='100%'><tr><th>When</th><th>What</th></tr>");
    QHash<QString, QString> names;
    for (const RecallLine& l : s.lines) names.insert(l.customerId, l.who());
    for (const Event& e : store.readStream(recallStream(recallId))) {
        const QJsonObject& p = e.payload;
        QString what;
        if (e.type == QLatin1String("recall.initiated"))
            what = QStringLiteral("Recall initiated: %1 lot(s) in scope, %2 customer line(s), %3 hold(s) placed")
                       .arg(s.scopeLots.size())
                       .arg(s.lines.size())
                       .arg(s.holds.size());
        else if (e.type == QLatin1String("recall.customer_notified"))
            what = QStringLiteral("%1 notified by %2 (%3)").arg(esc(names.value(p.value(QLatin1String("customer_id")).toString())),
                                                                 esc(p.value(QLatin1String("method")).toString()), esc(p.value(QLatin1String("contact")).toString()));
        else if (e.type == QLatin1String("recall.recovery_recorded"))
            what = QStringLiteral("Recovery from %1: returned %2, destroyed %3, unrecoverable %4")
                       .arg(esc(names.value(p.value(QLatin1String("customer_id")).toString())))
                       .arg(p.value(QLatin1String("returned")).toInteger())
                       .arg(p.value(QLatin1String("destroyed_at_customer")).toInteger())
                       .arg(p.value(QLatin1String("unrecoverable")).toInteger());
        else if (e.type == QLatin1String("recall.closed"))
            what = QStringLiteral("Recall closed") + (p.contains(QLatin1String("written_off")) ? QStringLiteral(", remainder written off: ") + esc(s.writeOffReason) : QString());
        else if (e.type == QLatin1String("recall.report_printed"))
            what = QStringLiteral("Recall report printed");
        else
            what = esc(e.type);
        h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(esc(when(e.occurredAt)), what);
    }
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>Signatures</h2>");
    if (!s.signature.signerId.isEmpty())
        h += QStringLiteral("<p>Signed by <b>%1</b> on %2 — meaning: %3<br/><span class='mono'>record SHA-256 %4</span></p>")
                 .arg(esc(s.signature.printedName), esc(whenIso(s.signature.signedAt)), esc(s.signature.meaning), esc(s.signature.recordSha256));
    else
        h += QStringLiteral("<p>No electronic signature recorded%1.</p>").arg(s.closed() ? QStringLiteral(" (closed fully reconciled)") : QString());
    h += QStringLiteral("<p>Recall coordinator: ______________________ &nbsp; Date: ____________ &nbsp; QA: ______________________</p>");
    return h;
}

Status writeRecallReportPdf(const QString& path, QSqlDatabase db, EventStore& store, const QString& recallId, qint64 printedAtMs)
{
    const RecallState s = RecallQueries::load(store, recallId);
    if (!s.exists) return refuse(QStringLiteral("recall.unknown"), QStringLiteral("There is no such recall."));
    return writeHtmlPdf(path, title(s), recallReportHtml(db, store, recallId, printedAtMs), title(s), QPageLayout::Landscape);
}

Status printRecallReport(QPrinter& printer, QSqlDatabase db, EventStore& store, const QString& recallId, qint64 printedAtMs)
{
    const RecallState s = RecallQueries::load(store, recallId);
    if (!s.exists) return refuse(QStringLiteral("recall.unknown"), QStringLiteral("There is no such recall."));
    printer.setPageLayout(a4Layout(QPageLayout::Landscape));
    return renderHtml(printer, recallReportHtml(db, store, recallId, printedAtMs), title(s));
}

}  // namespace tracelot::reports

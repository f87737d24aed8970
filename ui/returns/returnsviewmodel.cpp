// The returns page (see returnsviewmodel.h).
#include "returns/returnsviewmodel.h"

#include "catalog/catalogmodule.h"
#include "eventstore/database.h"
#include "orders/ordersmodule.h"
#include "pipeline/commandbus.h"
#include "returns/returnsmodule.h"
#include "shell/session.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>

namespace tracelot::ui {
namespace {
QString str(const QJsonObject& o, const char* k) { return o.value(QLatin1String(k)).toString(); }
QString statusText(const QString& s)
{
    if (s == QLatin1String("requested")) return ReturnsViewModel::tr("Requested");
    if (s == QLatin1String("authorized")) return ReturnsViewModel::tr("Authorized");
    if (s == QLatin1String("rejected")) return ReturnsViewModel::tr("Rejected");
    if (s == QLatin1String("received")) return ReturnsViewModel::tr("Received, in quarantine");
    if (s == QLatin1String("inspected")) return ReturnsViewModel::tr("Inspected");
    return s;
}
QString reasonText(const QString& r)
{
    if (r == QLatin1String("damaged")) return ReturnsViewModel::tr("Damaged");
    if (r == QLatin1String("temperature")) return ReturnsViewModel::tr("Temperature abuse");
    if (r == QLatin1String("quality")) return ReturnsViewModel::tr("Quality complaint");
    if (r == QLatin1String("wrong_product")) return ReturnsViewModel::tr("Wrong product");
    if (r == QLatin1String("excess")) return ReturnsViewModel::tr("Excess");
    if (r == QLatin1String("recall")) return ReturnsViewModel::tr("Recall");
    if (r == QLatin1String("other")) return ReturnsViewModel::tr("Other");
    return r;
}
QString decisionText(const QString& d)
{
    if (d == QLatin1String("restock")) return ReturnsViewModel::tr("Restock");
    if (d == QLatin1String("quarantine")) return ReturnsViewModel::tr("Keep quarantined");
    if (d == QLatin1String("destroy")) return ReturnsViewModel::tr("Destroy");
    return d;
}
}  // namespace

ReturnsViewModel::ReturnsViewModel(QObject* parent) : CommandViewModel(parent) { }

ReturnsViewModel::ReturnsViewModel(Session* session, QObject* parent) : CommandViewModel(parent)
{
    setSession(session);
}

void ReturnsViewModel::workspaceAttached()
{
    returnId_.clear();
    refresh();
}

void ReturnsViewModel::committed(const tracelot::Outcome& outcome)
{
    for (const Event& e : outcome.events)
        if (e.stream.startsWith(QLatin1String("return-")) || e.type == QLatin1String("order.delivered")) {
            refresh();
            return;
        }
}

void ReturnsViewModel::setStatusFilter(const QString& status)
{
    if (statusFilter_ == status) return;
    statusFilter_ = status;
    refresh();
}

void ReturnsViewModel::refresh()
{
    rows_.clear();
    Workspace* ws = workspace();
    if (ws)
        for (const returns::ReturnRow& r : returns::ReturnsQueries(ws->database().sql()).returns(statusFilter_, 500))
            rows_.append(QVariantMap{{QStringLiteral("returnId"), r.returnId},
                                     {QStringLiteral("number"), r.number},
                                     {QStringLiteral("order"), r.orderNumber},
                                     {QStringLiteral("customer"), r.customerName},
                                     {QStringLiteral("status"), r.status},
                                     {QStringLiteral("statusText"), statusText(r.status)},
                                     {QStringLiteral("reason"), reasonText(r.reason)},
                                     {QStringLiteral("lines"), r.lines},
                                     {QStringLiteral("quantity"), r.quantity}});
    emit listChanged();
    loadDetail();
}

void ReturnsViewModel::open(const QString& returnId)
{
    if (returnId_ != returnId) clearMessages();
    returnId_ = returnId;
    loadDetail();
}

void ReturnsViewModel::openRow(int row)
{
    if (row >= 0 && row < rows_.size()) open(rows_.at(row).toMap().value(QStringLiteral("returnId")).toString());
}

int ReturnsViewModel::rowOf(const QString& returnId) const
{
    for (int i = 0; i < rows_.size(); ++i)
        if (rows_.at(i).toMap().value(QStringLiteral("returnId")).toString() == returnId) return i;
    return -1;
}

void ReturnsViewModel::loadDetail()
{
    detail_.clear();
    Workspace* ws = workspace();
    const auto r = ws && !returnId_.isEmpty() ? returns::ReturnsQueries(ws->database().sql()).byId(returnId_) : std::nullopt;
    if (r) {
        QVariantList lines;
        for (const returns::ReturnLine& l : r->lines) {
            QString product;
            if (const auto p = catalog::CatalogQueries(ws->database().sql()).byId(catalog::Kind::Product, l.productId))
                product = QStringLiteral("%1 — %2").arg(str(*p, "code"), str(*p, "name"));
            lines.append(QVariantMap{{QStringLiteral("lineNo"), l.lineNo},
                                     {QStringLiteral("tlc"), l.tlc},
                                     {QStringLiteral("product"), product},
                                     {QStringLiteral("quantity"), l.quantity},
                                     {QStringLiteral("unit"), l.unit},
                                     {QStringLiteral("decision"), l.decision},
                                     {QStringLiteral("decisionText"), decisionText(l.decision)}});
        }
        QString location;
        if (const auto loc = catalog::CatalogQueries(ws->database().sql()).byId(catalog::Kind::Location, r->locationId)) location = str(*loc, "code");
        detail_ = QVariantMap{{QStringLiteral("exists"), true},
                              {QStringLiteral("number"), r->number},
                              {QStringLiteral("order"), r->orderNumber},
                              {QStringLiteral("status"), r->status},
                              {QStringLiteral("statusText"), statusText(r->status)},
                              {QStringLiteral("reason"), reasonText(r->reason)},
                              {QStringLiteral("note"), r->note},
                              {QStringLiteral("rejectReason"), r->rejectReason},
                              {QStringLiteral("location"), location},
                              {QStringLiteral("refunded"), r->refundedMinor > 0 ? QStringLiteral("%1.%2 %3")
                                                                                      .arg(r->refundedMinor / 100)
                                                                                      .arg(r->refundedMinor % 100, 2, 10, QLatin1Char('0'))
                                                                                      .arg(r->currency)
                                                                                : QString()},
                              {QStringLiteral("lines"), lines}};
    }
    emit detailChanged();
}

QVariantList ReturnsViewModel::reasonOptions() const
{
    QVariantList out;
    for (const QString& r : returns::returnReasons()) out.append(QVariantMap{{QStringLiteral("value"), r}, {QStringLiteral("label"), reasonText(r)}});
    return out;
}

QVariantList ReturnsViewModel::decisionOptions() const
{
    QVariantList out;
    for (const QString& d : returns::inspectionDecisions()) out.append(QVariantMap{{QStringLiteral("value"), d}, {QStringLiteral("label"), decisionText(d)}});
    return out;
}

QVariantList ReturnsViewModel::deliveredOrders() const
{
    QVariantList out;
    Workspace* ws = workspace();
    if (ws)
        for (const orders::OrderRow& o : orders::OrdersQueries(ws->database().sql()).orders({QStringLiteral("delivered"), {}, false}, 0, 500))
            out.append(QVariantMap{{QStringLiteral("value"), o.orderId}, {QStringLiteral("label"), QStringLiteral("%1 — %2").arg(o.number, o.customerName)}});
    return out;
}

QVariantList ReturnsViewModel::deliveredLots(const QString& orderId) const
{
    QVariantList out;
    Workspace* ws = workspace();
    if (!ws) return out;
    const auto o = orders::OrdersQueries(ws->database().sql()).order(orderId);
    if (!o) return out;
    const returns::ReturnsQueries rq(ws->database().sql());
    QMap<QString, QVariantMap> byLot;
    QStringList order;
    for (const orders::OrderLine& l : o->lines)
        for (const orders::Allocation& a : l.allocations) {
            if (a.picked <= 0) continue;
            if (!byLot.contains(a.lotId)) {
                order << a.lotId;
                byLot.insert(a.lotId, QVariantMap{{QStringLiteral("lotId"), a.lotId}, {QStringLiteral("tlc"), a.tlc},
                                                  {QStringLiteral("product"), QStringLiteral("%1 — %2").arg(l.productCode, l.productDescription)},
                                                  {QStringLiteral("unit"), l.unit}, {QStringLiteral("delivered"), qint64(0)}});
            }
            byLot[a.lotId][QStringLiteral("delivered")] = byLot[a.lotId].value(QStringLiteral("delivered")).toLongLong() + a.picked;
        }
    for (const QString& lot : order) {
        QVariantMap m = byLot.value(lot);
        m.insert(QStringLiteral("returnable"), std::max<qint64>(0, m.value(QStringLiteral("delivered")).toLongLong() - rq.alreadyReturned(orderId, lot)));
        out.append(m);
    }
    return out;
}

QVariantList ReturnsViewModel::quarantineLocations() const
{
    QVariantList out;
    Workspace* ws = workspace();
    if (ws)
        for (const QJsonObject& l : catalog::CatalogQueries(ws->database().sql()).list(catalog::Kind::Location, false))
            if (str(l, "type") == QLatin1String("quarantine"))
                out.append(QVariantMap{{QStringLiteral("value"), str(l, "code")}, {QStringLiteral("label"), QStringLiteral("%1 — %2").arg(str(l, "code"), str(l, "name"))}});
    return out;
}

QVariantList ReturnsViewModel::stockLocations() const
{
    QVariantList out;
    Workspace* ws = workspace();
    if (ws)
        for (const QJsonObject& l : catalog::CatalogQueries(ws->database().sql()).list(catalog::Kind::Location, false))
            if (str(l, "type") != QLatin1String("quarantine"))
                out.append(QVariantMap{{QStringLiteral("value"), str(l, "code")}, {QStringLiteral("label"), QStringLiteral("%1 — %2").arg(str(l, "code"), str(l, "name"))}});
    return out;
}

QList<std::pair<QString, QString>> ReturnsViewModel::commandTable() const
{
    return { { QStringLiteral("RequestReturn"), tr("Requesting a return") }, { QStringLiteral("AuthorizeReturn"), tr("Authorizing a return") },
        { QStringLiteral("RejectReturn"), tr("Rejecting a return") }, { QStringLiteral("ReceiveReturn"), tr("Receiving returned goods") },
        { QStringLiteral("InspectReturn"), tr("Inspecting returned goods") }, { QStringLiteral("RecordRefund"), tr("Recording a refund") } };
}

bool ReturnsViewModel::run(const QString& command, const QJsonObject& payload, const QString& success)
{
    Result<Outcome> r = execute(command, payload);
    if (!r) return refused(r.refusal());
    for (const Event& e : r->events)
        if (e.type == QLatin1String("return.requested")) returnId_ = e.payload.value(QLatin1String("return_id")).toString();
    refresh();
    return succeed(success);
}

bool ReturnsViewModel::request(const QString& orderId, const QString& reason, const QString& note, const QVariantList& lines)
{
    if (orderId.isEmpty()) return fail(tr("Choose the delivered order the goods come from."), QStringLiteral("order"));
    QJsonArray ls;
    for (const QVariant& v : lines) {
        const QVariantMap m = v.toMap();
        if (m.value(QStringLiteral("quantity")).toLongLong() > 0)
            ls.append(QJsonObject{{QStringLiteral("lot_id"), m.value(QStringLiteral("lotId")).toString()}, {QStringLiteral("quantity"), m.value(QStringLiteral("quantity")).toLongLong()}});
    }
    QJsonObject p{{QStringLiteral("order_id"), orderId}, {QStringLiteral("reason"), reason}, {QStringLiteral("lines"), ls}};
    if (!note.trimmed().isEmpty()) p.insert(QStringLiteral("note"), note.trimmed());
    return run(QStringLiteral("RequestReturn"), p, tr("Return requested."));
}

bool ReturnsViewModel::authorize()
{
    return run(QStringLiteral("AuthorizeReturn"), {{QStringLiteral("return_id"), returnId_}}, tr("Return %1 authorized.").arg(detail_.value(QStringLiteral("number")).toString()));
}

bool ReturnsViewModel::reject(const QString& reason)
{
    return run(QStringLiteral("RejectReturn"), {{QStringLiteral("return_id"), returnId_}, {QStringLiteral("reason"), reason.trimmed()}},
               tr("Return %1 rejected.").arg(detail_.value(QStringLiteral("number")).toString()));
}

bool ReturnsViewModel::receive(const QString& locationCode)
{
    QJsonObject p{{QStringLiteral("return_id"), returnId_}};
    if (!locationCode.isEmpty()) p.insert(QStringLiteral("location_code"), locationCode);
    return run(QStringLiteral("ReceiveReturn"), p, tr("Return %1 received into quarantine; every line is on hold until inspected.").arg(detail_.value(QStringLiteral("number")).toString()));
}

bool ReturnsViewModel::inspect(int lineNo, const QString& decision, const QString& toLocationCode, const QString& password, const QString& note)
{
    if (decision.isEmpty()) return fail(tr("Choose what happens to the returned goods."), QStringLiteral("decision"));
    QJsonObject p{{QStringLiteral("return_id"), returnId_}, {QStringLiteral("line_no"), lineNo}, {QStringLiteral("decision"), decision}};
    if (decision != QLatin1String("quarantine")) {
        if (password.isEmpty()) return fail(tr("Enter your password to sign."), QStringLiteral("password"));
        p.insert(QStringLiteral("password"), password);
    }
    if (decision == QLatin1String("restock")) {
        if (toLocationCode.isEmpty()) return fail(tr("Choose where the goods go back."), QStringLiteral("location"));
        p.insert(QStringLiteral("to_location_code"), toLocationCode);
    }
    if (!note.trimmed().isEmpty()) p.insert(QStringLiteral("note"), note.trimmed());
    return run(QStringLiteral("InspectReturn"), p, tr("Line %1 inspected: %2.").arg(lineNo).arg(decisionText(decision).toLower()));
}

bool ReturnsViewModel::refund(const QString& amount, const QString& currency, const QString& reference)
{
    // "12.50" → 1250 minor units; only digits with at most two decimals.
    static const QRegularExpression money(QStringLiteral("^\\s*(\\d+)(?:[.,](\\d{1,2}))?\\s*$"));
    const QRegularExpressionMatch m = money.match(amount);
    if (!m.hasMatch()) return fail(tr("Give the amount like 12.50."), QStringLiteral("amount"));
    const qint64 minor = m.captured(1).toLongLong() * 100 + m.captured(2).leftJustified(2, QLatin1Char('0')).toLongLong();
    return run(QStringLiteral("RecordRefund"),
               {{QStringLiteral("return_id"), returnId_}, {QStringLiteral("amount_minor"), minor}, {QStringLiteral("currency"), currency.trimmed().toUpper()},
                {QStringLiteral("reference"), reference.trimmed()}},
               tr("Refund of %1 %2 recorded.").arg(amount.trimmed(), currency.trimmed().toUpper()));
}

}  // namespace tracelot::ui

// The orders page (see ordersviewmodel.h).
#include "orders/ordersviewmodel.h"

#include "catalog/catalogmodule.h"
#include "common/clock.h"
#include "eventstore/database.h"
#include "eventstore/eventstore.h"
#include "inventory/printsupport.h"
#include "orders/ordersmodule.h"
#include "pipeline/commandbus.h"
#include "reports/orders/orderdocuments.h"
#include "shell/session.h"
#include "shell/uitext.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QPrinter>
#include <QSqlQuery>

namespace tracelot::ui {
namespace {
QString statusText(const QString& s)
{
    if (s == QLatin1String("placed")) return OrdersViewModel::tr("Placed");
    if (s == QLatin1String("confirmed")) return OrdersViewModel::tr("Confirmed");
    if (s == QLatin1String("allocated")) return OrdersViewModel::tr("Allocated");
    if (s == QLatin1String("picked")) return OrdersViewModel::tr("Picked");
    if (s == QLatin1String("shipped")) return OrdersViewModel::tr("Shipped");
    if (s == QLatin1String("delivered")) return OrdersViewModel::tr("Delivered");
    if (s == QLatin1String("cancelled")) return OrdersViewModel::tr("Cancelled");
    return s;
}
QString ageText(qint64 ms)
{
    const qint64 hours = ms / 3'600'000;
    if (hours < 1) return OrdersViewModel::tr("new");
    if (hours < 48) return OrdersViewModel::tr("%1 h").arg(hours);
    return OrdersViewModel::tr("%1 d").arg(hours / 24);
}
QString str(const QJsonObject& o, const char* k)
{
    return o.value(QLatin1String(k)).toString();
}
}  // namespace

OrdersViewModel::OrdersViewModel(QObject* parent) : CommandViewModel(parent) { }

OrdersViewModel::OrdersViewModel(Session* session, QObject* parent) : CommandViewModel(parent)
{
    setSession(session);
}

void OrdersViewModel::workspaceAttached()
{
    orderId_.clear();
    refresh();
}

void OrdersViewModel::committed(const tracelot::Outcome& outcome)
{
    // Orders change with their own events, and with holds and stock (re-allocation needed).
    for (const Event& e : outcome.events)
        if (e.stream.startsWith(QLatin1String("order-")) || e.type.startsWith(QLatin1String("hold.")) || e.type.startsWith(QLatin1String("stock."))) {
            refresh();
            return;
        }
}

void OrdersViewModel::setStatusFilter(const QString& status)
{
    if (statusFilter_ == status) return;
    statusFilter_ = status;
    refresh();
}

void OrdersViewModel::setSearch(const QString& search)
{
    if (search_ == search) return;
    search_ = search;
    refresh();
}

void OrdersViewModel::refresh()
{
    rows_.clear();
    statusOptions_.clear();
    Workspace* ws = workspace();
    if (ws) {
        QSqlDatabase db = ws->database().sql();
        const orders::OrdersQueries q(db);
        const QList<orders::OrderRow> list = q.orders({statusFilter_, search_, false}, 0, 500);
        // Age: since the order was placed (its first history entry; a primary-key lookup per listed order).
        QMap<QString, qint64> placedAt;
        QSqlQuery h(db);
        h.prepare(QStringLiteral("SELECT at_ms FROM order_history WHERE order_id = ? AND version = 1"));
        for (const orders::OrderRow& r : list) {
            h.addBindValue(r.orderId);
            if (h.exec() && h.next()) placedAt.insert(r.orderId, h.value(0).toLongLong());
        }
        const qint64 now = ws->clock().nowMs();  // the workspace clock (injected), not the wall clock
        for (const orders::OrderRow& r : list) {
            const bool open = r.status != QLatin1String("shipped") && r.status != QLatin1String("delivered") && r.status != QLatin1String("cancelled");
            rows_.append(QVariantMap{{QStringLiteral("orderId"), r.orderId},
                                     {QStringLiteral("number"), r.number},
                                     {QStringLiteral("customer"), r.customerName},
                                     {QStringLiteral("status"), r.status},
                                     {QStringLiteral("statusText"), statusText(r.status)},
                                     {QStringLiteral("requested"), r.requestedShipDate.toString(Qt::ISODate)},
                                     {QStringLiteral("age"), open && placedAt.contains(r.orderId) ? ageText(now - placedAt.value(r.orderId)) : QString()},
                                     {QStringLiteral("lines"), r.lines},
                                     {QStringLiteral("quantity"), r.quantity},
                                     {QStringLiteral("allocated"), r.allocated},
                                     {QStringLiteral("picked"), r.picked},
                                     {QStringLiteral("shortfall"), r.shortfall},
                                     {QStringLiteral("needsAllocation"), r.needsAllocation && open},
                                     {QStringLiteral("exception"), r.exception}});
        }
        statusOptions_.append(QVariantMap{{QStringLiteral("key"), QString()}, {QStringLiteral("label"), tr("All")}, {QStringLiteral("count"), q.count({})}});
        statusOptions_.append(QVariantMap{{QStringLiteral("key"), QStringLiteral("open")}, {QStringLiteral("label"), tr("In the warehouse")},
                                          {QStringLiteral("count"), q.count({QStringLiteral("open"), {}, false})}});
        for (const char* s : {"placed", "shipped", "delivered", "cancelled"})
            statusOptions_.append(QVariantMap{{QStringLiteral("key"), QLatin1String(s)}, {QStringLiteral("label"), statusText(QLatin1String(s))},
                                              {QStringLiteral("count"), q.count({QLatin1String(s), {}, false})}});
    }
    emit listChanged();
    loadDetail();
}

void OrdersViewModel::open(const QString& orderId)
{
    if (orderId_ != orderId) {
        clearMessages();
        scanError_.clear();
        scanNotice_.clear();
    }
    orderId_ = orderId;
    loadDetail();
}

void OrdersViewModel::openRow(int row)
{
    if (row >= 0 && row < rows_.size()) open(rows_.at(row).toMap().value(QStringLiteral("orderId")).toString());
}

int OrdersViewModel::rowOf(const QString& orderId) const
{
    for (int i = 0; i < rows_.size(); ++i)
        if (rows_.at(i).toMap().value(QStringLiteral("orderId")).toString() == orderId) return i;
    return -1;
}

void OrdersViewModel::loadDetail()
{
    detail_.clear();
    pickRows_.clear();
    Workspace* ws = workspace();
    const auto o = ws && !orderId_.isEmpty() ? orders::OrdersQueries(ws->database().sql()).order(orderId_) : std::nullopt;
    if (!o) {
        emit detailChanged();
        return;
    }
    // Why each lot was chosen, and what FEFO passed over, from the allocation events.
    QMap<QString, QString> why;           // "line|lot|location" -> reason
    QMap<int, QStringList> passedOver;    // line -> "TLC at LOC: reason"
    for (const Event& e : ws->store().readStream(orders::orderStream(orderId_))) {
        if (e.type != QLatin1String("order.allocated")) continue;
        for (const QJsonValue& lv : e.payload.value(QLatin1String("lines")).toArray()) {
            const QJsonObject l = lv.toObject();
            const int lineNo = l.value(QLatin1String("line_no")).toInt();
            for (const QJsonValue& av : l.value(QLatin1String("allocations")).toArray()) {
                const QJsonObject a = av.toObject();
                why.insert(QStringLiteral("%1|%2|%3").arg(lineNo).arg(str(a, "lot_id"), str(a, "location_id")), str(a, "why"));
            }
            QStringList skipped;
            for (const QJsonValue& sv : l.value(QLatin1String("skipped")).toArray()) {
                const QJsonObject s = sv.toObject();
                skipped << tr("%1 at %2: %3").arg(str(s, "tlc").isEmpty() ? str(s, "lot_id") : str(s, "tlc"), str(s, "location_code"), str(s, "reason"));
            }
            passedOver.insert(lineNo, skipped);
        }
    }
    QVariantList lines;
    for (const orders::OrderLine& l : o->lines) {
        QVariantList allocations;
        for (const orders::Allocation& a : l.allocations)
            allocations.append(QVariantMap{{QStringLiteral("tlc"), a.tlc},
                                           {QStringLiteral("location"), a.locationCode},
                                           {QStringLiteral("expiry"), a.expiry.toString(Qt::ISODate)},
                                           {QStringLiteral("quantity"), a.quantity},
                                           {QStringLiteral("picked"), a.picked},
                                           {QStringLiteral("why"), why.value(QStringLiteral("%1|%2|%3").arg(l.lineNo).arg(a.lotId, a.locationId))}});
        QStringList problems;
        if (l.cancelled) problems << tr("line cancelled");
        if (l.backordered > 0) problems << tr("%1 %2 backordered").arg(l.backordered).arg(l.unit);
        if (l.exception) problems << tr("short pick: %1 %2 missing, waits for the manager").arg(l.exceptionMissing).arg(l.unit);
        if (l.lostToHolds > 0) problems << tr("%1 %2 lost to hold %3: re-allocate").arg(l.lostToHolds).arg(l.unit, l.lostHoldNumbers.join(QStringLiteral(", ")));
        if (!l.cancelled && l.shortfall() > 0 && o->status != QLatin1String("placed")) problems << tr("%1 %2 not allocated").arg(l.shortfall()).arg(l.unit);
        lines.append(QVariantMap{{QStringLiteral("lineNo"), l.lineNo},
                                 {QStringLiteral("product"), l.productCode},
                                 {QStringLiteral("description"), l.productDescription},
                                 {QStringLiteral("unit"), l.unit},
                                 {QStringLiteral("quantity"), l.quantity},
                                 {QStringLiteral("allocated"), l.allocated()},
                                 {QStringLiteral("picked"), l.picked()},
                                 {QStringLiteral("shortfall"), l.shortfall()},
                                 {QStringLiteral("exception"), l.exception},
                                 {QStringLiteral("problems"), problems.join(QStringLiteral(" · "))},
                                 {QStringLiteral("passedOver"), passedOver.value(l.lineNo).join(QStringLiteral("; "))},
                                 {QStringLiteral("allocations"), allocations}});
    }
    QVariantList history;
    for (const orders::HistoryRow& h : orders::OrdersQueries(ws->database().sql()).history(orderId_))
        history.append(QVariantMap{{QStringLiteral("when"), QDateTime::fromMSecsSinceEpoch(h.atMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"))},
                                   {QStringLiteral("what"), h.summary},
                                   {QStringLiteral("by"), h.recordedBy}});
    const bool open = o->isOpen() || o->status == QLatin1String("placed");
    detail_ = QVariantMap{{QStringLiteral("exists"), true},
                          {QStringLiteral("number"), o->number},
                          {QStringLiteral("status"), o->status},
                          {QStringLiteral("statusText"), statusText(o->status)},
                          {QStringLiteral("customer"), QStringLiteral("%1 (%2)").arg(o->customerName, o->customerCode)},
                          {QStringLiteral("shipTo"), o->shipTo},
                          {QStringLiteral("requested"), o->requestedShipDate.toString(Qt::ISODate)},
                          {QStringLiteral("reference"), o->reference},
                          {QStringLiteral("carrier"), o->carrier},
                          {QStringLiteral("tracking"), o->tracking},
                          {QStringLiteral("document"), o->referenceDocument},
                          {QStringLiteral("shipDate"), o->shipDate.toString(Qt::ISODate)},
                          {QStringLiteral("needsAllocation"), open && o->needsAllocation()},
                          {QStringLiteral("hasException"), o->hasException()},
                          {QStringLiteral("shipped"), o->status == QLatin1String("shipped") || o->status == QLatin1String("delivered")},
                          {QStringLiteral("lines"), lines},
                          {QStringLiteral("history"), history}};
    int toPick = 0;
    for (const orders::PickRow& r : orders::OrdersQueries(ws->database().sql()).pickList(orderId_)) {
        if (r.picked < r.quantity) ++toPick;
        pickRows_.append(QVariantMap{{QStringLiteral("lineNo"), r.lineNo},
                                     {QStringLiteral("location"), r.locationCode},
                                     {QStringLiteral("locationName"), r.locationName},
                                     {QStringLiteral("locationId"), r.locationId},
                                     {QStringLiteral("product"), r.productCode},
                                     {QStringLiteral("description"), r.productDescription},
                                     {QStringLiteral("lotId"), r.lotId},
                                     {QStringLiteral("tlc"), r.tlc},
                                     {QStringLiteral("expiry"), r.expiry.toString(Qt::ISODate)},
                                     {QStringLiteral("quantity"), r.quantity},
                                     {QStringLiteral("picked"), r.picked},
                                     {QStringLiteral("unit"), r.unit},
                                     {QStringLiteral("done"), r.picked >= r.quantity}});
    }
    detail_.insert(QStringLiteral("toPick"), toPick);
    emit detailChanged();
}

QVariantList OrdersViewModel::customerOptions() const
{
    QVariantList out;
    Workspace* ws = workspace();
    if (ws)
        for (const QJsonObject& c : catalog::CatalogQueries(ws->database().sql()).list(catalog::Kind::Customer, false))
            out.append(QVariantMap{{QStringLiteral("code"), str(c, "code")}, {QStringLiteral("label"), QStringLiteral("%1 — %2").arg(str(c, "code"), str(c, "name"))}});
    return out;
}

QVariantList OrdersViewModel::productOptions() const
{
    QVariantList out;
    Workspace* ws = workspace();
    if (ws)
        for (const QJsonObject& p : catalog::CatalogQueries(ws->database().sql()).list(catalog::Kind::Product, false))
            out.append(QVariantMap{{QStringLiteral("code"), str(p, "code")},
                                   {QStringLiteral("label"), QStringLiteral("%1 — %2").arg(str(p, "code"), str(p, "name"))},
                                   {QStringLiteral("unit"), str(p, "base_unit")}});
    return out;
}

QVariantList OrdersViewModel::documentTypeOptions() const
{
    return {QVariantMap{{QStringLiteral("key"), QStringLiteral("bill_of_lading")}, {QStringLiteral("label"), tr("Bill of lading")}},
            QVariantMap{{QStringLiteral("key"), QStringLiteral("invoice")}, {QStringLiteral("label"), tr("Invoice")}}};
}

QList<std::pair<QString, QString>> OrdersViewModel::commandTable() const
{
    return { { QStringLiteral("PlaceOrder"), tr("Placing an order") }, { QStringLiteral("ConfirmOrder"), tr("Confirming an order") },
        { QStringLiteral("AllocateOrder"), tr("Allocating stock") }, { QStringLiteral("ConfirmPick"), tr("Picking") },
        { QStringLiteral("ReportShortPick"), tr("Reporting a short pick") }, { QStringLiteral("ResolvePickException"), tr("Resolving a short pick") },
        { QStringLiteral("ShipOrder"), tr("Shipping") }, { QStringLiteral("DeliverOrder"), tr("Recording a delivery") },
        { QStringLiteral("CancelOrder"), tr("Cancelling an order") } };
}

bool OrdersViewModel::run(const QString& command, const QJsonObject& payload, const QString& success)
{
    Result<Outcome> r = execute(command, payload);
    if (!r) return refused(r.refusal());
    refresh();
    return succeed(success);
}

bool OrdersViewModel::place(const QString& customerCode, const QVariantList& lines, const QString& requestedShipDate, const QString& reference)
{
    if (customerCode.trimmed().isEmpty()) return fail(tr("Choose the customer."));
    QJsonArray ls;
    for (const QVariant& v : lines) {
        const QVariantMap m = v.toMap();
        if (m.value(QStringLiteral("product")).toString().isEmpty()) continue;
        ls.append(QJsonObject{{QStringLiteral("product_code"), m.value(QStringLiteral("product")).toString()},
                              {QStringLiteral("quantity"), m.value(QStringLiteral("quantity")).toLongLong()}});
    }
    QJsonObject p{{QStringLiteral("customer_code"), customerCode.trimmed()}, {QStringLiteral("lines"), ls}};
    if (!requestedShipDate.trimmed().isEmpty()) p.insert(QStringLiteral("requested_ship_date"), requestedShipDate.trimmed());
    if (!reference.trimmed().isEmpty()) p.insert(QStringLiteral("reference"), reference.trimmed());
    Result<Outcome> r = execute(QStringLiteral("PlaceOrder"), p);
    if (!r) return refused(r.refusal());
    const QString id = r->events.empty() ? QString() : r->events.front().payload.value(QLatin1String("order_id")).toString();
    orderId_ = id;
    refresh();
    return succeed(tr("Order %1 placed.").arg(detail_.value(QStringLiteral("number")).toString()));
}

bool OrdersViewModel::confirm()
{
    return run(QStringLiteral("ConfirmOrder"), {{QStringLiteral("order_id"), orderId_}}, tr("Order %1 confirmed.").arg(detail_.value(QStringLiteral("number")).toString()));
}

bool OrdersViewModel::allocate()
{
    const QString number = detail_.value(QStringLiteral("number")).toString();
    if (!run(QStringLiteral("AllocateOrder"), {{QStringLiteral("order_id"), orderId_}}, tr("Order %1 allocated first-expired-first-out.").arg(number))) return false;
    if (detail_.value(QStringLiteral("needsAllocation")).toBool())
        return succeed(tr("Order %1 is partly allocated: the shortfall is shown on its lines.").arg(number));
    emit messageChanged();
    return true;
}

bool OrdersViewModel::scan(const QString& scanned)
{
    scanError_.clear();
    scanNotice_.clear();
    if (!workspace() || orderId_.isEmpty()) {
        scanError_ = tr("Open an order to pick first.");
        emit messageChanged();
        return false;
    }
    Result<Outcome> r
        = execute(QStringLiteral("ConfirmPick"), { { QStringLiteral("order_id"), orderId_ }, { QStringLiteral("scan"), scanned.trimmed() } });
    if (!r) {
        scanError_ = text::refusal(r.refusal());
        emit messageChanged();
        return false;
    }
    for (const Event& e : r->events)
        if (e.type == QLatin1String("pick.confirmed"))
            scanNotice_ = tr("Picked %1 of lot %2 for line %3.")
                              .arg(e.payload.value(QLatin1String("quantity")).toInteger())
                              .arg(str(e.payload, "tlc").isEmpty() ? str(e.payload, "lot_id") : str(e.payload, "tlc"))
                              .arg(e.payload.value(QLatin1String("line_no")).toInt());
    if (scanNotice_.isEmpty()) scanNotice_ = tr("Pick confirmed.");
    refresh();
    emit messageChanged();
    return true;
}

bool OrdersViewModel::reportShort(int pickRow, int found)
{
    if (pickRow < 0 || pickRow >= pickRows_.size()) return fail(tr("Choose the pick line that came up short."));
    const QVariantMap r = pickRows_.at(pickRow).toMap();
    return run(QStringLiteral("ReportShortPick"),
               {{QStringLiteral("order_id"), orderId_},
                {QStringLiteral("line_no"), r.value(QStringLiteral("lineNo")).toInt()},
                {QStringLiteral("lot_id"), r.value(QStringLiteral("lotId")).toString()},
                {QStringLiteral("location_id"), r.value(QStringLiteral("locationId")).toString()},
                {QStringLiteral("found"), found}},
               tr("Short pick of lot %1 reported: the manager decides what happens to line %2.")
                   .arg(r.value(QStringLiteral("tlc")).toString())
                   .arg(r.value(QStringLiteral("lineNo")).toInt()));
}

bool OrdersViewModel::resolveException(int lineNo, const QString& resolution)
{
    return run(QStringLiteral("ResolvePickException"),
               {{QStringLiteral("order_id"), orderId_}, {QStringLiteral("line_no"), lineNo}, {QStringLiteral("resolution"), resolution}},
               tr("Line %1 resolved.").arg(lineNo));
}

bool OrdersViewModel::ship(const QString& carrier, const QString& tracking, const QString& documentType, const QString& document)
{
    return run(QStringLiteral("ShipOrder"),
               {{QStringLiteral("order_id"), orderId_},
                {QStringLiteral("carrier"), carrier.trimmed()},
                {QStringLiteral("tracking"), tracking.trimmed()},
                {QStringLiteral("reference_document_type"), documentType},
                {QStringLiteral("reference_document"), document.trimmed()}},
               tr("Order %1 shipped: print the packing slip for the driver.").arg(detail_.value(QStringLiteral("number")).toString()));
}

bool OrdersViewModel::deliver()
{
    return run(QStringLiteral("DeliverOrder"), {{QStringLiteral("order_id"), orderId_}}, tr("Order %1 delivered.").arg(detail_.value(QStringLiteral("number")).toString()));
}

bool OrdersViewModel::cancel(const QString& reason)
{
    return run(QStringLiteral("CancelOrder"), {{QStringLiteral("order_id"), orderId_}, {QStringLiteral("reason"), reason.trimmed()}},
               tr("Order %1 cancelled; its reservations are released.").arg(detail_.value(QStringLiteral("number")).toString()));
}

bool OrdersViewModel::printPickList()
{
    Workspace* ws = workspace();
    if (!ws || orderId_.isEmpty()) return fail(tr("Open an order first."));
    const Status s = print::withDialog(
        tr("Print the pick list"), [](QPrinter& p) { p.setPageSize(QPageSize(QPageSize::A4)); },
        [&](QPrinter& p) { return reports::printPickList(p, ws->database().sql(), orderId_, QDateTime::currentMSecsSinceEpoch()); });
    if (!s) return print::cancelled(s.refusal()) ? false : fail(s.refusal().message);
    return succeed(tr("Pick list %1 sent to the printer.").arg(detail_.value(QStringLiteral("number")).toString()));
}

bool OrdersViewModel::savePickListPdf(const QString& path)
{
    Workspace* ws = workspace();
    if (!ws || orderId_.isEmpty()) return fail(tr("Open an order first."));
    if (Status s = reports::writePickListPdf(path, ws->database().sql(), orderId_, QDateTime::currentMSecsSinceEpoch()); !s) return fail(s.refusal().message);
    return succeed(tr("Pick list saved to %1.").arg(QDir::toNativeSeparators(path)));
}

bool OrdersViewModel::savePickListPdfAs()
{
    const QString path = print::askPdfPath(tr("Save the pick list as PDF"), QStringLiteral("pick-list-%1.pdf").arg(detail_.value(QStringLiteral("number")).toString()));
    return !path.isEmpty() && savePickListPdf(path);
}

bool OrdersViewModel::printPackingSlip()
{
    Workspace* ws = workspace();
    if (!ws || orderId_.isEmpty()) return fail(tr("Open an order first."));
    const Status s = print::withDialog(
        tr("Print the packing slip"), [](QPrinter& p) { p.setPageSize(QPageSize(QPageSize::A4)); },
        [&](QPrinter& p) { return reports::printPackingSlip(p, ws->database().sql(), ws->store(), orderId_, QDateTime::currentMSecsSinceEpoch()); });
    if (!s) return print::cancelled(s.refusal()) ? false : fail(s.refusal().message);
    return succeed(tr("Packing slip %1 sent to the printer.").arg(detail_.value(QStringLiteral("number")).toString()));
}

bool OrdersViewModel::savePackingSlipPdf(const QString& path)
{
    Workspace* ws = workspace();
    if (!ws || orderId_.isEmpty()) return fail(tr("Open an order first."));
    if (Status s = reports::writePackingSlipPdf(path, ws->database().sql(), ws->store(), orderId_, QDateTime::currentMSecsSinceEpoch()); !s)
        return fail(s.refusal().message);
    return succeed(tr("Packing slip saved to %1.").arg(QDir::toNativeSeparators(path)));
}

bool OrdersViewModel::savePackingSlipPdfAs()
{
    const QString path = print::askPdfPath(tr("Save the packing slip as PDF"), QStringLiteral("packing-slip-%1.pdf").arg(detail_.value(QStringLiteral("number")).toString()));
    return !path.isEmpty() && savePackingSlipPdf(path);
}

}  // namespace tracelot::ui

#include "orders/orders.h"

#include <QSet>
#include <algorithm>

namespace tracelot::orders {

const QStringList& exceptionResolutions()
{
    static const QStringList r{QStringLiteral("reallocate"), QStringLiteral("backorder"), QStringLiteral("cancel_line")};
    return r;
}
const QStringList& shippingDocumentTypes()
{
    static const QStringList r{QStringLiteral("bill_of_lading"), QStringLiteral("invoice")};
    return r;
}

namespace {
QString iso(const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
QDate dateOf(const QJsonObject& p, const char* key) { return QDate::fromString(p.value(QLatin1String(key)).toString(), Qt::ISODate); }
QString str(const QJsonObject& p, const char* key) { return p.value(QLatin1String(key)).toString(); }
qint64 num(const QJsonObject& p, const char* key) { return p.value(QLatin1String(key)).toInteger(); }
int lineNoOf(const QJsonObject& p) { return p.value(QLatin1String("line_no")).toInt(); }

Refusal noOrder() { return refuse(QStringLiteral("order.unknown"), QStringLiteral("There is no such order.")); }

QString statusWords(const QString& status)
{
    if (status == QLatin1String("placed")) return QStringLiteral("placed but not confirmed");
    if (status == QLatin1String("allocated")) return QStringLiteral("allocated");
    return status;
}

// Confirmed, allocated or picked orders are worked on by the warehouse.
Status workable(const OrderState& o, const QString& doing)
{
    if (!o.exists) return noOrder();
    if (o.status == QLatin1String("placed"))
        return refuse(QStringLiteral("order.not_confirmed"), QStringLiteral("%1 is not confirmed yet: confirm it before %2.").arg(o.describe(), doing));
    if (!o.isOpen())
        return refuse(QStringLiteral("order.invalid_transition"), QStringLiteral("%1 is %2: it can no longer be %3.").arg(o.describe(), statusWords(o.status), doing));
    return ok();
}

Result<const OrderLine*> lineFor(const OrderState& o, int lineNo)
{
    const OrderLine* l = o.line(lineNo);
    if (!l) return refuse(QStringLiteral("order.line_unknown"), QStringLiteral("%1 has no line %2.").arg(o.describe()).arg(lineNo));
    if (l->cancelled) return refuse(QStringLiteral("order.line_cancelled"), QStringLiteral("%1 is cancelled.").arg(o.describe(*l)));
    return l;
}

// Recomputes the working status from the lines (confirmed → allocated → picked).
void settle(OrderState& s)
{
    if (!s.isOpen()) return;
    bool anyAllocation = false, allPicked = true, anyOpen = false;
    for (const OrderLine& l : s.lines) {
        if (l.open() <= 0) continue;
        anyOpen = true;
        if (!l.allocations.empty()) anyAllocation = true;
        if (l.picked() < l.open()) allPicked = false;
    }
    s.status = anyOpen && allPicked ? QStringLiteral("picked") : anyAllocation ? QStringLiteral("allocated") : QStringLiteral("confirmed");
}

void reduce(OrderLine& l, const QString& lot, const QString& loc, qint64 quantity)
{
    if (Allocation* a = l.allocation(lot, loc)) {
        a->quantity = std::max<qint64>(0, a->quantity - quantity);
        a->picked = std::min(a->picked, a->quantity);
    }
    l.allocations.erase(std::remove_if(l.allocations.begin(), l.allocations.end(), [](const Allocation& a) { return a.quantity <= 0; }),
                        l.allocations.end());
}

QJsonObject allocationJson(const Allocation& a)
{
    return {{QStringLiteral("lot_id"), a.lotId},   {QStringLiteral("location_id"), a.locationId}, {QStringLiteral("location_code"), a.locationCode},
            {QStringLiteral("tlc"), a.tlc},        {QStringLiteral("expiry"), iso(a.expiry)},    {QStringLiteral("quantity"), a.quantity},
            {QStringLiteral("picked"), a.picked}};
}
Allocation allocationFrom(const QJsonObject& o)
{
    return {str(o, "lot_id"), str(o, "location_id"), str(o, "location_code"), str(o, "tlc"), dateOf(o, "expiry"), num(o, "quantity"), num(o, "picked")};
}

NewEvent released(const QString& lotId, const QString& loc, qint64 quantity, const QString& orderId, int lineNo, const QString& reason)
{
    return {QStringLiteral("stock.released"), inventory::lotStream(lotId),
            {{QStringLiteral("lot_id"), lotId},
             {QStringLiteral("location_id"), loc},
             {QStringLiteral("quantity"), quantity},
             {QStringLiteral("order_id"), orderId},
             {QStringLiteral("line_no"), lineNo},
             {QStringLiteral("reason"), reason}}};
}

NewEvent reserved(const QString& lotId, const QString& loc, qint64 quantity, const QString& orderId, int lineNo)
{
    return {QStringLiteral("stock.reserved"), inventory::lotStream(lotId),
            {{QStringLiteral("lot_id"), lotId},
             {QStringLiteral("location_id"), loc},
             {QStringLiteral("quantity"), quantity},
             {QStringLiteral("order_id"), orderId},
             {QStringLiteral("line_no"), lineNo}}};
}

// Can `quantity` of this lot at `loc` be given to line `l` on `shipDate`? (held, free stock,
// expiry and shelf life). `alreadyTaken` is what this same decision already took there.
Status usable(const OrderState& o, const OrderLine& l, const StockFacts& f, const QString& loc, qint64 quantity, const QDate& shipDate,
              int requiredDays, qint64 alreadyTaken = 0)
{
    const inventory::LotState& lot = f.lot;
    if (!lot.exists) return refuse(QStringLiteral("order.lot_unknown"), QStringLiteral("%1: there is no such lot.").arg(o.describe(l)));
    if (lot.productId != l.productId)
        return refuse(QStringLiteral("order.wrong_product"),
                      QStringLiteral("Lot %1 is %2, but %3 is %4.").arg(lot.tlc, f.productCode.isEmpty() ? QStringLiteral("another product") : f.productCode,
                                                                      o.describe(l), l.productCode));
    if (f.heldAt(loc) > 0 && lot.at(loc) - f.heldAt(loc) - lot.reservedAt(loc) - alreadyTaken < quantity)
        return refuse(QStringLiteral("order.lot_held"),
                      QStringLiteral("Lot %1 at %2 is on quality hold %3: held stock is never allocated, picked or shipped (%4).")
                          .arg(lot.tlc, f.code(loc), f.holdNumber.value(loc), o.describe(l)));
    const QDate date = lot.fefoDate();
    if (date.isValid() && date < shipDate)
        return refuse(QStringLiteral("order.lot_expired"),
                      QStringLiteral("Lot %1 expired on %2: it cannot go out on %3 (%4).").arg(lot.tlc, iso(date), iso(shipDate), o.describe(l)));
    if (!date.isValid() || shipDate.daysTo(date) < requiredDays)
        return refuse(QStringLiteral("order.shelf_life_short"),
                      QStringLiteral("Lot %1 has %2 day(s) left on %3, but %4 needs at least %5 (customer's and product's minimum shelf life).")
                          .arg(lot.tlc)
                          .arg(date.isValid() ? shipDate.daysTo(date) : 0)
                          .arg(iso(shipDate), o.describe(l))
                          .arg(requiredDays));
    const qint64 free = f.freeAt(loc) - alreadyTaken;
    if (free < quantity)
        return refuse(QStringLiteral("order.stock_short"),
                      QStringLiteral("Lot %1 has only %2 %3 free at %4 (the rest is reserved or held), not %5 (%6).")
                          .arg(lot.tlc)
                          .arg(std::max<qint64>(0, free))
                          .arg(lot.unit, f.code(loc))
                          .arg(quantity)
                          .arg(o.describe(l)));
    return ok();
}

QString why(const StockFacts& f, const QDate& shipDate, int requiredDays)
{
    return QStringLiteral("first to expire (%1): %2 day(s) left on %3, at least %4 required")
        .arg(iso(f.lot.fefoDate()))
        .arg(shipDate.daysTo(f.lot.fefoDate()))
        .arg(iso(shipDate))
        .arg(requiredDays);
}

// The allocation events for `lines` (all open lines when empty). Refuses a pick that breaks
// a rule; returns the events and whether anything was allocated.
Result<NewEvents> allocationEvents(const OrderState& o, const AllocateOrder& c, const RuleFacts& facts, const QSet<int>& lines)
{
    if (!c.shipDate.isValid()) return refuse(QStringLiteral("order.date_invalid"), QStringLiteral("The ship date is missing."));
    if (std::none_of(o.lines.begin(), o.lines.end(), [&](const OrderLine& l) { return l.shortfall() > 0 && (lines.isEmpty() || lines.contains(l.lineNo)); }))
        return refuse(QStringLiteral("order.fully_allocated"), QStringLiteral("%1 is fully allocated: nothing left to allocate.").arg(o.describe()));
    QMap<int, QJsonArray> chosen;
    QMap<int, qint64> taken;
    QHash<QString, qint64> takenAt;  // lot|location -> taken by this decision
    NewEvents out;
    for (const PlannedPick& p : c.picks) {
        Result<const OrderLine*> line = lineFor(o, p.lineNo);
        if (!line) return line.refusal();
        const OrderLine& l = *line.value();
        if (!lines.isEmpty() && !lines.contains(l.lineNo))
            return refuse(QStringLiteral("order.line_not_in_scope"), QStringLiteral("%1 is not being allocated now.").arg(o.describe(l)));
        if (p.quantity <= 0) return refuse(QStringLiteral("order.quantity_invalid"), QStringLiteral("An allocated quantity must be more than zero."));
        if (taken.value(l.lineNo) + p.quantity > l.shortfall())
            return refuse(QStringLiteral("order.over_allocated"),
                          QStringLiteral("%1 needs %2 more %3, not %4.").arg(o.describe(l)).arg(l.shortfall()).arg(l.unit).arg(taken.value(l.lineNo) + p.quantity));
        const StockFacts f = facts.lots.value(p.lotId);
        const QString key = p.lotId + QLatin1Char('|') + p.locationId;
        if (Status s = usable(o, l, f, p.locationId, p.quantity, c.shipDate, facts.requiredDays(l.productId), takenAt.value(key)); !s) return s.refusal();
        taken[l.lineNo] += p.quantity;
        takenAt[key] += p.quantity;
        out.push_back(reserved(p.lotId, p.locationId, p.quantity, o.orderId, l.lineNo));
        chosen[l.lineNo].append(QJsonObject{{QStringLiteral("lot_id"), p.lotId},
                                            {QStringLiteral("tlc"), f.lot.tlc},
                                            {QStringLiteral("location_id"), p.locationId},
                                            {QStringLiteral("location_code"), f.code(p.locationId)},
                                            {QStringLiteral("quantity"), p.quantity},
                                            {QStringLiteral("expiry"), iso(f.lot.fefoDate())},
                                            {QStringLiteral("remaining_days"), c.shipDate.daysTo(f.lot.fefoDate())},
                                            {QStringLiteral("why"), why(f, c.shipDate, facts.requiredDays(l.productId))}});
    }
    QJsonArray lineJson;
    QStringList nothing;
    for (const OrderLine& l : o.lines) {
        if (l.cancelled || l.shortfall() <= 0 || (!lines.isEmpty() && !lines.contains(l.lineNo))) continue;
        const qint64 shortfall = l.shortfall() - taken.value(l.lineNo);
        if (taken.value(l.lineNo) == 0) {
            QStringList reasons;
            for (const QJsonValue& v : c.skipped.value(l.lineNo)) reasons << QStringLiteral("%1 %2").arg(str(v.toObject(), "tlc").isEmpty() ? str(v.toObject(), "lot_id") : str(v.toObject(), "tlc"), str(v.toObject(), "reason"));
            nothing << QStringLiteral("%1 (%2 %3): %4").arg(o.describe(l)).arg(l.shortfall()).arg(l.unit,
                                                                                                    reasons.isEmpty() ? QStringLiteral("no stock with enough shelf life")
                                                                                                                      : reasons.join(QStringLiteral("; ")));
        }
        lineJson.append(QJsonObject{{QStringLiteral("line_no"), l.lineNo},
                                    {QStringLiteral("product_id"), l.productId},
                                    {QStringLiteral("allocations"), chosen.value(l.lineNo)},
                                    {QStringLiteral("shortfall"), shortfall},
                                    {QStringLiteral("skipped"), c.skipped.value(l.lineNo)}});
    }
    if (lineJson.isEmpty())
        return refuse(QStringLiteral("order.fully_allocated"), QStringLiteral("%1 is fully allocated: nothing left to allocate.").arg(o.describe()));
    if (out.empty())
        return refuse(QStringLiteral("order.no_stock"),
                      QStringLiteral("Nothing could be allocated for %1 — %2.").arg(o.describe(), nothing.join(QStringLiteral("; "))));
    out.push_back({QStringLiteral("order.allocated"), orderStream(o.orderId),
                   {{QStringLiteral("order_id"), o.orderId}, {QStringLiteral("ship_date"), iso(c.shipDate)}, {QStringLiteral("lines"), lineJson}}});
    return out;
}
}  // namespace

// --- state ----------------------------------------------------------------------------

qint64 OrderLine::allocated() const
{
    qint64 t = 0;
    for (const Allocation& a : allocations) t += a.quantity;
    return t;
}
qint64 OrderLine::picked() const
{
    qint64 t = 0;
    for (const Allocation& a : allocations) t += a.picked;
    return t;
}
Allocation* OrderLine::allocation(const QString& lotId, const QString& locationId)
{
    for (Allocation& a : allocations)
        if (a.lotId == lotId && a.locationId == locationId) return &a;
    return nullptr;
}
const Allocation* OrderLine::allocation(const QString& lotId, const QString& locationId) const
{
    return const_cast<OrderLine*>(this)->allocation(lotId, locationId);  // NOLINT(cppcoreguidelines-pro-type-const-cast)
}

OrderLine* OrderState::line(int lineNo)
{
    for (OrderLine& l : lines)
        if (l.lineNo == lineNo) return &l;
    return nullptr;
}
const OrderLine* OrderState::line(int lineNo) const { return const_cast<OrderState*>(this)->line(lineNo); }  // NOLINT
bool OrderState::needsAllocation() const
{
    if (!isOpen()) return false;
    return std::any_of(lines.begin(), lines.end(), [](const OrderLine& l) { return l.shortfall() > 0; });
}
bool OrderState::hasException() const
{
    return std::any_of(lines.begin(), lines.end(), [](const OrderLine& l) { return l.exception && !l.cancelled; });
}
bool OrderState::isOpen() const
{
    return status == QLatin1String("confirmed") || status == QLatin1String("allocated") || status == QLatin1String("picked");
}
QString OrderState::describe(const OrderLine& l) const
{
    return QStringLiteral("order %1 line %2 (%3)").arg(number).arg(l.lineNo).arg(l.productCode.isEmpty() ? l.productDescription : l.productCode);
}

QJsonObject OrderState::toJson() const
{
    QJsonArray ls;
    for (const OrderLine& l : lines) {
        QJsonArray as;
        for (const Allocation& a : l.allocations) as.append(allocationJson(a));
        ls.append(QJsonObject{{QStringLiteral("line_no"), l.lineNo},
                              {QStringLiteral("product_id"), l.productId},
                              {QStringLiteral("product_code"), l.productCode},
                              {QStringLiteral("product_description"), l.productDescription},
                              {QStringLiteral("unit"), l.unit},
                              {QStringLiteral("quantity"), l.quantity},
                              {QStringLiteral("backordered"), l.backordered},
                              {QStringLiteral("cancelled"), l.cancelled},
                              {QStringLiteral("allocations"), as},
                              {QStringLiteral("exception"), l.exception},
                              {QStringLiteral("exception_missing"), l.exceptionMissing},
                              {QStringLiteral("lost_to_holds"), l.lostToHolds},
                              {QStringLiteral("lost_hold_numbers"), QJsonArray::fromStringList(l.lostHoldNumbers)},
                              {QStringLiteral("shorted_at"), QJsonArray::fromStringList(l.shortedAt)}});
    }
    return {{QStringLiteral("order_id"), orderId},
            {QStringLiteral("number"), number},
            {QStringLiteral("customer_id"), customerId},
            {QStringLiteral("customer_code"), customerCode},
            {QStringLiteral("customer_name"), customerName},
            {QStringLiteral("ship_to"), shipTo},
            {QStringLiteral("requested_ship_date"), iso(requestedShipDate)},
            {QStringLiteral("reference"), reference},
            {QStringLiteral("status"), status},
            {QStringLiteral("lines"), ls},
            {QStringLiteral("carrier"), carrier},
            {QStringLiteral("tracking"), tracking},
            {QStringLiteral("reference_document_type"), referenceDocumentType},
            {QStringLiteral("reference_document"), referenceDocument},
            {QStringLiteral("ship_date"), iso(shipDate)},
            {QStringLiteral("delivered_on"), iso(deliveredOn)},
            {QStringLiteral("cancel_reason"), cancelReason}};
}

OrderState OrderState::fromJson(const QJsonObject& o)
{
    OrderState s;
    s.exists = !str(o, "order_id").isEmpty();
    s.orderId = str(o, "order_id");
    s.number = str(o, "number");
    s.customerId = str(o, "customer_id");
    s.customerCode = str(o, "customer_code");
    s.customerName = str(o, "customer_name");
    s.shipTo = str(o, "ship_to");
    s.requestedShipDate = dateOf(o, "requested_ship_date");
    s.reference = str(o, "reference");
    s.status = str(o, "status");
    for (const QJsonValue& v : o.value(QLatin1String("lines")).toArray()) {
        const QJsonObject lo = v.toObject();
        OrderLine l;
        l.lineNo = lineNoOf(lo);
        l.productId = str(lo, "product_id");
        l.productCode = str(lo, "product_code");
        l.productDescription = str(lo, "product_description");
        l.unit = str(lo, "unit");
        l.quantity = num(lo, "quantity");
        l.backordered = num(lo, "backordered");
        l.cancelled = lo.value(QLatin1String("cancelled")).toBool();
        for (const QJsonValue& a : lo.value(QLatin1String("allocations")).toArray()) l.allocations.push_back(allocationFrom(a.toObject()));
        l.exception = lo.value(QLatin1String("exception")).toBool();
        l.exceptionMissing = num(lo, "exception_missing");
        l.lostToHolds = num(lo, "lost_to_holds");
        for (const QJsonValue& h : lo.value(QLatin1String("lost_hold_numbers")).toArray()) l.lostHoldNumbers << h.toString();
        for (const QJsonValue& h : lo.value(QLatin1String("shorted_at")).toArray()) l.shortedAt << h.toString();
        s.lines.push_back(std::move(l));
    }
    s.carrier = str(o, "carrier");
    s.tracking = str(o, "tracking");
    s.referenceDocumentType = str(o, "reference_document_type");
    s.referenceDocument = str(o, "reference_document");
    s.shipDate = dateOf(o, "ship_date");
    s.deliveredOn = dateOf(o, "delivered_on");
    s.cancelReason = str(o, "cancel_reason");
    return s;
}

OrderState evolve(OrderState s, const Event& e)
{
    const QJsonObject& p = e.payload;
    const QString& t = e.type;
    if (t == QLatin1String("order.placed")) {
        s.exists = true;
        s.orderId = str(p, "order_id");
        s.number = str(p, "number");
        s.customerId = str(p, "customer_id");
        s.customerCode = str(p, "customer_code");
        s.customerName = str(p, "customer_name");
        s.shipTo = str(p, "ship_to_location_description");
        s.requestedShipDate = dateOf(p, "requested_ship_date");
        s.reference = str(p, "reference");
        s.status = QStringLiteral("placed");
        for (const QJsonValue& v : p.value(QLatin1String("lines")).toArray()) {
            const QJsonObject lo = v.toObject();
            OrderLine l;
            l.lineNo = lineNoOf(lo);
            l.productId = str(lo, "product_id");
            l.productCode = str(lo, "product_code");
            l.productDescription = str(lo, "product_description");
            l.unit = str(lo, "unit");
            l.quantity = num(lo, "quantity");
            s.lines.push_back(std::move(l));
        }
    } else if (t == QLatin1String("order.confirmed")) {
        s.status = QStringLiteral("confirmed");
    } else if (t == QLatin1String("order.allocated")) {
        for (const QJsonValue& v : p.value(QLatin1String("lines")).toArray()) {
            const QJsonObject lo = v.toObject();
            OrderLine* l = s.line(lineNoOf(lo));
            if (!l) continue;
            l->lostToHolds = 0;
            l->lostHoldNumbers.clear();
            for (const QJsonValue& a : lo.value(QLatin1String("allocations")).toArray()) {
                const Allocation in = allocationFrom(a.toObject());
                if (Allocation* have = l->allocation(in.lotId, in.locationId)) have->quantity += in.quantity;
                else l->allocations.push_back(in);
            }
        }
        settle(s);
    } else if (t == QLatin1String("order.allocation_lost")) {
        if (OrderLine* l = s.line(lineNoOf(p))) {
            reduce(*l, str(p, "lot_id"), str(p, "location_id"), num(p, "quantity"));
            l->lostToHolds += num(p, "quantity");
            if (!str(p, "hold_number").isEmpty() && !l->lostHoldNumbers.contains(str(p, "hold_number"))) l->lostHoldNumbers << str(p, "hold_number");
        }
        settle(s);
    } else if (t == QLatin1String("order.allocation_swapped")) {
        if (OrderLine* l = s.line(lineNoOf(p))) {
            reduce(*l, str(p, "from_lot_id"), str(p, "from_location_id"), num(p, "quantity"));
            Allocation in{str(p, "to_lot_id"), str(p, "to_location_id"), str(p, "to_location_code"), str(p, "tlc"), dateOf(p, "expiry"), num(p, "quantity"), 0};
            if (Allocation* have = l->allocation(in.lotId, in.locationId)) have->quantity += in.quantity;
            else l->allocations.push_back(in);
        }
    } else if (t == QLatin1String("pick.confirmed")) {
        if (OrderLine* l = s.line(lineNoOf(p)))
            if (Allocation* a = l->allocation(str(p, "lot_id"), str(p, "location_id"))) a->picked += num(p, "quantity");
        settle(s);
    } else if (t == QLatin1String("pick.shorted")) {
        if (OrderLine* l = s.line(lineNoOf(p))) {
            if (Allocation* a = l->allocation(str(p, "lot_id"), str(p, "location_id"))) a->picked += num(p, "found");
            reduce(*l, str(p, "lot_id"), str(p, "location_id"), num(p, "missing"));
            l->exception = true;
            l->exceptionMissing += num(p, "missing");
            const QString key = str(p, "lot_id") + QLatin1Char('|') + str(p, "location_id");
            if (!l->shortedAt.contains(key)) l->shortedAt << key;
        }
        settle(s);
    } else if (t == QLatin1String("order.exception_resolved")) {
        if (OrderLine* l = s.line(lineNoOf(p))) {
            l->exception = false;
            l->exceptionMissing = 0;
            const QString r = str(p, "resolution");
            if (r == QLatin1String("backorder")) l->backordered += num(p, "backordered");
            if (r == QLatin1String("cancel_line")) {
                l->cancelled = true;
                l->allocations.clear();
            }
        }
        settle(s);
    } else if (t == QLatin1String("order.shipped")) {
        s.status = QStringLiteral("shipped");
        s.carrier = str(p, "carrier");
        s.tracking = str(p, "tracking");
        s.referenceDocumentType = str(p, "reference_document_type");
        s.referenceDocument = str(p, "reference_document");
        s.shipDate = dateOf(p, "ship_date");
    } else if (t == QLatin1String("order.delivered")) {
        s.status = QStringLiteral("delivered");
        s.deliveredOn = dateOf(p, "delivered_on");
    } else if (t == QLatin1String("order.cancelled")) {
        s.status = QStringLiteral("cancelled");
        s.cancelReason = str(p, "reason");
        for (OrderLine& l : s.lines) l.allocations.clear();
    }
    return s;
}

OrderState fold(const Events& events)
{
    OrderState s;
    for (const Event& e : events) s = evolve(std::move(s), e);
    return s;
}

// --- decisions ------------------------------------------------------------------------

Result<NewEvents> decidePlace(const OrderState& current, const PlaceOrder& c, const CustomerFacts& customer, const QMap<QString, ProductFacts>& products)
{
    if (current.exists) return refuse(QStringLiteral("order.exists"), QStringLiteral("%1 was already placed.").arg(current.describe()));
    if (!customer.exists) return refuse(QStringLiteral("order.customer_unknown"), QStringLiteral("There is no such customer."));
    if (!customer.active)
        return refuse(QStringLiteral("order.customer_retired"), QStringLiteral("Customer %1 is retired and cannot order.").arg(customer.name));
    if (c.lines.empty()) return refuse(QStringLiteral("order.empty"), QStringLiteral("An order needs at least one line (product and quantity)."));
    if (!c.requestedShipDate.isValid())
        return refuse(QStringLiteral("order.date_invalid"), QStringLiteral("Give the requested ship date (YYYY-MM-DD)."));
    if (c.today.isValid() && c.requestedShipDate < c.today)
        return refuse(QStringLiteral("order.date_past"),
                      QStringLiteral("The requested ship date %1 is in the past (today is %2).").arg(iso(c.requestedShipDate), iso(c.today)));
    const QString shipTo = c.shipTo.trimmed().isEmpty() ? customer.locationDescription : c.shipTo.trimmed();
    if (shipTo.isEmpty() || shipTo == customer.name)
        return refuse(QStringLiteral("order.ship_to_missing"),
                      QStringLiteral("The ship-to location is not described: give the delivery address (or record the customer's address)."));
    QJsonArray lines;
    int n = 0;
    for (const PlaceOrder::Line& l : c.lines) {
        ++n;
        const ProductFacts product = products.value(l.productId);
        if (!product.exists) return refuse(QStringLiteral("order.product_unknown"), QStringLiteral("Line %1: there is no such product.").arg(n));
        if (!product.active)
            return refuse(QStringLiteral("order.product_retired"), QStringLiteral("Line %1: %2 is retired and cannot be ordered.").arg(n).arg(product.name));
        if (l.quantity <= 0)
            return refuse(QStringLiteral("order.quantity_invalid"), QStringLiteral("Line %1 (%2): the quantity must be more than zero.").arg(n).arg(product.code));
        lines.append(QJsonObject{{QStringLiteral("line_no"), n},
                                 {QStringLiteral("product_id"), product.id},
                                 {QStringLiteral("product_code"), product.code},
                                 {QStringLiteral("product_description"), product.name},
                                 {QStringLiteral("quantity"), l.quantity},
                                 {QStringLiteral("unit"), product.baseUnit}});
    }
    QJsonObject p{{QStringLiteral("order_id"), c.orderId},
                  {QStringLiteral("number"), c.number},
                  {QStringLiteral("customer_id"), customer.id},
                  {QStringLiteral("customer_code"), customer.code},
                  {QStringLiteral("customer_name"), customer.name},
                  {QStringLiteral("requested_ship_date"), iso(c.requestedShipDate)},
                  {QStringLiteral("ship_to_location_description"), shipTo},
                  {QStringLiteral("lines"), lines}};
    if (!c.reference.trimmed().isEmpty()) p.insert(QStringLiteral("reference"), c.reference.trimmed());
    return NewEvents{{QStringLiteral("order.placed"), orderStream(c.orderId), p}};
}

Result<NewEvents> decideConfirm(const OrderState& o)
{
    if (!o.exists) return noOrder();
    if (o.status != QLatin1String("placed"))
        return refuse(QStringLiteral("order.invalid_transition"), QStringLiteral("%1 is already %2: only a placed order can be confirmed.").arg(o.describe(), statusWords(o.status)));
    return NewEvents{{QStringLiteral("order.confirmed"), orderStream(o.orderId), {{QStringLiteral("order_id"), o.orderId}}}};
}

Result<NewEvents> decideAllocate(const OrderState& o, const AllocateOrder& c, const RuleFacts& facts)
{
    if (Status s = workable(o, QStringLiteral("allocated")); !s) return s.refusal();
    for (const OrderLine& l : o.lines)
        if (l.exception && !l.cancelled)
            return refuse(QStringLiteral("order.exception_open"),
                          QStringLiteral("%1 was short-picked: the manager resolves it first (re-allocate, backorder or cancel the line).").arg(o.describe(l)));
    return allocationEvents(o, c, facts, {});
}

Result<NewEvents> decidePick(const OrderState& o, const ConfirmPick& c, const RuleFacts& facts)
{
    if (Status s = workable(o, QStringLiteral("picked")); !s) return s.refusal();
    Result<const OrderLine*> line = lineFor(o, c.lineNo);
    if (!line) return line.refusal();
    const OrderLine& l = *line.value();
    if (l.exception)
        return refuse(QStringLiteral("order.exception_open"),
                      QStringLiteral("%1 was short-picked: the manager resolves it first (re-allocate, backorder or cancel the line).").arg(o.describe(l)));
    if (c.quantity < 0) return refuse(QStringLiteral("order.quantity_invalid"), QStringLiteral("A picked quantity cannot be negative."));
    const StockFacts scanned = facts.lots.value(c.lotId);
    if (!scanned.lot.exists) return refuse(QStringLiteral("order.lot_unknown"), QStringLiteral("The scanned lot is not known here."));

    // The scanned lot is the allocated one: confirm the pick.
    const Allocation* mine = nullptr;
    for (const Allocation& a : l.allocations)
        if (a.lotId == c.lotId && a.unpicked() > 0 && (c.locationId.isEmpty() || a.locationId == c.locationId)) {
            mine = &a;
            break;
        }
    if (mine) {
        const qint64 qty = c.quantity > 0 ? c.quantity : mine->unpicked();
        if (qty > mine->unpicked())
            return refuse(QStringLiteral("order.over_pick"),
                          QStringLiteral("Only %1 %2 of lot %3 are still to pick at %4 for %5, not %6.")
                              .arg(mine->unpicked())
                              .arg(l.unit, mine->tlc, mine->locationCode, o.describe(l))
                              .arg(qty));
        if (scanned.heldAt(mine->locationId) > 0 && scanned.lot.at(mine->locationId) - scanned.heldAt(mine->locationId) < qty)
            return refuse(QStringLiteral("order.lot_held"),
                          QStringLiteral("Lot %1 at %2 is on quality hold %3: held stock is never picked.")
                              .arg(scanned.lot.tlc, scanned.code(mine->locationId), scanned.holdNumber.value(mine->locationId)));
        return NewEvents{{QStringLiteral("pick.confirmed"), orderStream(o.orderId),
                          {{QStringLiteral("order_id"), o.orderId},
                           {QStringLiteral("line_no"), l.lineNo},
                           {QStringLiteral("lot_id"), mine->lotId},
                           {QStringLiteral("tlc"), mine->tlc},
                           {QStringLiteral("location_id"), mine->locationId},
                           {QStringLiteral("quantity"), qty}}}};
    }

    // A different lot: accepted only when FEFO would allow it equally (same date), and it is
    // free, not held, and good for the customer; the allocation is swapped.
    const Allocation* target = nullptr;
    for (const Allocation& a : l.allocations)
        if (a.unpicked() > 0) {
            target = &a;
            break;
        }
    if (!target)
        return refuse(QStringLiteral("order.nothing_to_pick"), QStringLiteral("Nothing is left to pick for %1.").arg(o.describe(l)));
    const qint64 qty = c.quantity > 0 ? c.quantity : target->unpicked();
    if (qty > target->unpicked())
        return refuse(QStringLiteral("order.over_pick"),
                      QStringLiteral("Only %1 %2 are still to pick for %3, not %4.").arg(target->unpicked()).arg(l.unit, o.describe(l)).arg(qty));
    if (scanned.lot.productId != l.productId)
        return refuse(QStringLiteral("order.wrong_product"),
                      QStringLiteral("Lot %1 is %2, but %3 is %4: put it back.")
                          .arg(scanned.lot.tlc, scanned.productCode.isEmpty() ? QStringLiteral("another product") : scanned.productCode, o.describe(l), l.productCode));
    if (scanned.lot.fefoDate() != target->expiry)
        return refuse(QStringLiteral("order.fefo_violation"),
                      QStringLiteral("Lot %1 (expires %2) is not the lot to pick for %3: first-expired-first-out allocated lot %4 (expires %5) at %6. "
                                     "Pick lot %4, or a lot with the same expiry.")
                          .arg(scanned.lot.tlc, iso(scanned.lot.fefoDate()), o.describe(l), target->tlc, iso(target->expiry), target->locationCode));
    QString loc = c.locationId;
    if (loc.isEmpty()) {
        for (auto it = scanned.lot.stock.cbegin(); it != scanned.lot.stock.cend(); ++it)
            if (scanned.freeAt(it.key()) >= qty) {
                loc = it.key();
                break;
            }
        if (loc.isEmpty() && !scanned.lot.stock.isEmpty()) loc = scanned.lot.stock.firstKey();
    }
    if (Status s = usable(o, l, scanned, loc, qty, c.today, facts.requiredDays(l.productId)); !s) return s.refusal();
    NewEvents out{released(target->lotId, target->locationId, qty, o.orderId, l.lineNo, QStringLiteral("reallocated")),
                  reserved(c.lotId, loc, qty, o.orderId, l.lineNo)};
    out.push_back({QStringLiteral("order.allocation_swapped"), orderStream(o.orderId),
                   {{QStringLiteral("order_id"), o.orderId},
                    {QStringLiteral("line_no"), l.lineNo},
                    {QStringLiteral("from_lot_id"), target->lotId},
                    {QStringLiteral("from_location_id"), target->locationId},
                    {QStringLiteral("to_lot_id"), c.lotId},
                    {QStringLiteral("to_location_id"), loc},
                    {QStringLiteral("to_location_code"), scanned.code(loc)},
                    {QStringLiteral("tlc"), scanned.lot.tlc},
                    {QStringLiteral("expiry"), iso(scanned.lot.fefoDate())},
                    {QStringLiteral("quantity"), qty},
                    {QStringLiteral("why"), QStringLiteral("scanned lot %1 expires the same day as allocated lot %2").arg(scanned.lot.tlc, target->tlc)}}});
    out.push_back({QStringLiteral("pick.confirmed"), orderStream(o.orderId),
                   {{QStringLiteral("order_id"), o.orderId},
                    {QStringLiteral("line_no"), l.lineNo},
                    {QStringLiteral("lot_id"), c.lotId},
                    {QStringLiteral("tlc"), scanned.lot.tlc},
                    {QStringLiteral("location_id"), loc},
                    {QStringLiteral("quantity"), qty}}});
    return out;
}

Result<NewEvents> decideShortPick(const OrderState& o, const ShortPick& c)
{
    if (Status s = workable(o, QStringLiteral("picked")); !s) return s.refusal();
    Result<const OrderLine*> line = lineFor(o, c.lineNo);
    if (!line) return line.refusal();
    const OrderLine& l = *line.value();
    const Allocation* a = l.allocation(c.lotId, c.locationId);
    if (!a || a->unpicked() <= 0)
        return refuse(QStringLiteral("order.not_allocated"), QStringLiteral("Nothing of that lot at that location is still to pick for %1.").arg(o.describe(l)));
    if (c.found < 0 || c.found >= a->unpicked())
        return refuse(QStringLiteral("order.not_short"),
                      QStringLiteral("%1 of %2 %3 of lot %4 found: that is not a short pick (confirm the pick instead).")
                          .arg(c.found)
                          .arg(a->unpicked())
                          .arg(l.unit, a->tlc));
    const qint64 missing = a->unpicked() - c.found;
    return NewEvents{released(a->lotId, a->locationId, missing, o.orderId, l.lineNo, QStringLiteral("short_pick")),
                     {QStringLiteral("pick.shorted"), orderStream(o.orderId),
                      {{QStringLiteral("order_id"), o.orderId},
                       {QStringLiteral("line_no"), l.lineNo},
                       {QStringLiteral("lot_id"), a->lotId},
                       {QStringLiteral("tlc"), a->tlc},
                       {QStringLiteral("location_id"), a->locationId},
                       {QStringLiteral("expected"), a->unpicked()},
                       {QStringLiteral("found"), c.found},
                       {QStringLiteral("missing"), missing}}}};
}

Result<NewEvents> decideResolveException(const OrderState& o, const ResolveException& c, const RuleFacts& facts)
{
    if (Status s = workable(o, QStringLiteral("changed")); !s) return s.refusal();
    Result<const OrderLine*> line = lineFor(o, c.lineNo);
    if (!line) return line.refusal();
    const OrderLine& l = *line.value();
    if (!l.exception)
        return refuse(QStringLiteral("order.no_exception"), QStringLiteral("%1 has no short pick to resolve.").arg(o.describe(l)));
    if (!exceptionResolutions().contains(c.resolution))
        return refuse(QStringLiteral("order.resolution_invalid"), QStringLiteral("Choose re-allocate, backorder or cancel the line."));
    QJsonObject p{{QStringLiteral("order_id"), o.orderId}, {QStringLiteral("line_no"), l.lineNo}, {QStringLiteral("resolution"), c.resolution}};
    NewEvents out;
    if (c.resolution == QLatin1String("backorder")) {
        p.insert(QStringLiteral("backordered"), l.shortfall());
    } else if (c.resolution == QLatin1String("cancel_line")) {
        for (const Allocation& a : l.allocations) out.push_back(released(a.lotId, a.locationId, a.quantity, o.orderId, l.lineNo, QStringLiteral("line_cancelled")));
    }
    out.push_back({QStringLiteral("order.exception_resolved"), orderStream(o.orderId), p});
    if (c.resolution == QLatin1String("reallocate") && !c.reallocation.picks.empty()) {
        OrderState after = o;
        after.line(l.lineNo)->exception = false;
        Result<NewEvents> more = allocationEvents(after, c.reallocation, facts, {l.lineNo});
        if (!more) return more.refusal();
        for (NewEvent& e : more.value()) out.push_back(std::move(e));
    }
    return out;
}

Result<NewEvents> decideShip(const OrderState& o, const ShipOrder& c, const RuleFacts& facts, const QMap<QString, LotTrace>& traces)
{
    if (!o.exists) return noOrder();
    if (o.status == QLatin1String("placed"))
        return refuse(QStringLiteral("order.not_confirmed"), QStringLiteral("%1 is not confirmed: no shipping before confirmation.").arg(o.describe()));
    if (!o.isOpen())
        return refuse(QStringLiteral("order.invalid_transition"), QStringLiteral("%1 is %2: it cannot be shipped.").arg(o.describe(), statusWords(o.status)));
    if (c.carrier.trimmed().isEmpty() || c.tracking.trimmed().isEmpty())
        return refuse(QStringLiteral("order.carrier_missing"), QStringLiteral("Give the carrier and the tracking number of %1.").arg(o.describe()));
    if (!shippingDocumentTypes().contains(c.referenceDocumentType) || c.referenceDocument.trimmed().isEmpty())
        return refuse(QStringLiteral("order.reference_missing"),
                      QStringLiteral("Give the reference document of %1 (bill of lading or invoice number): FSMA 204 requires it.").arg(o.describe()));
    if (c.shipFrom.trimmed().isEmpty())
        return refuse(QStringLiteral("order.site_undescribed"), QStringLiteral("Describe this site first (name, address, phone): it is the ship-from location."));
    if (!c.shipDate.isValid()) return refuse(QStringLiteral("order.date_invalid"), QStringLiteral("The ship date is missing."));
    QJsonArray lines;
    NewEvents out;
    for (const OrderLine& l : o.lines) {
        if (l.open() <= 0) continue;
        if (l.exception)
            return refuse(QStringLiteral("order.exception_open"),
                          QStringLiteral("%1 was short-picked: the manager resolves it first (re-allocate, backorder or cancel the line).").arg(o.describe(l)));
        if (l.picked() < l.open())
            return refuse(QStringLiteral("order.not_picked"),
                          QStringLiteral("%1: %2 of %3 %4 picked%5. Pick the rest, or backorder or cancel the line.")
                              .arg(o.describe(l))
                              .arg(l.picked())
                              .arg(l.open())
                              .arg(l.unit,
                                   l.lostToHolds > 0 && !l.lostHoldNumbers.isEmpty()
                                       ? QStringLiteral(" (%1 lost to hold %2: re-allocate)").arg(l.lostToHolds).arg(l.lostHoldNumbers.join(QStringLiteral(", ")))
                                   : l.lostToHolds > 0 ? QStringLiteral(" (%1 lost: the stock was wasted or counted lower; re-allocate)").arg(l.lostToHolds)
                                                     : QString()));
        for (const Allocation& a : l.allocations) {
            if (a.picked <= 0) continue;
            const StockFacts f = facts.lots.value(a.lotId);
            if (f.heldAt(a.locationId) > 0 && f.lot.at(a.locationId) - f.heldAt(a.locationId) < a.picked)
                return refuse(QStringLiteral("order.lot_held"),
                              QStringLiteral("Lot %1 is on quality hold %2: held stock is never shipped (%3).").arg(a.tlc, f.holdNumber.value(a.locationId), o.describe(l)));
            if (f.lot.at(a.locationId) < a.picked)
                return refuse(QStringLiteral("order.deduction_failed"),
                              QStringLiteral("Lot %1 has only %2 %3 at %4, not the %5 picked for %6: count the stock.")
                                  .arg(a.tlc)
                                  .arg(f.lot.at(a.locationId))
                                  .arg(l.unit, a.locationCode)
                                  .arg(a.picked)
                                  .arg(o.describe(l)));
            if (f.lot.expiredOn(c.shipDate))
                return refuse(QStringLiteral("order.lot_expired"),
                              QStringLiteral("Lot %1 expired on %2: it cannot be shipped on %3 (%4).").arg(a.tlc, iso(f.lot.fefoDate()), iso(c.shipDate), o.describe(l)));
            const LotTrace tr = traces.value(a.lotId);
            out.push_back({QStringLiteral("stock.deducted"), inventory::lotStream(a.lotId),
                           {{QStringLiteral("lot_id"), a.lotId},
                            {QStringLiteral("location_id"), a.locationId},
                            {QStringLiteral("quantity"), a.picked},
                            {QStringLiteral("order_id"), o.orderId},
                            {QStringLiteral("line_no"), l.lineNo},
                            {QStringLiteral("reason"), QStringLiteral("shipped")}}});
            QJsonObject line{{QStringLiteral("line_no"), l.lineNo},
                             {QStringLiteral("lot_id"), a.lotId},
                             {QStringLiteral("product_id"), l.productId},
                             {QStringLiteral("product_description"), l.productDescription},
                             {QStringLiteral("tlc"), tr.tlc.isEmpty() ? a.tlc : tr.tlc},
                             {QStringLiteral("tlc_source"), tr.tlcSource},
                             {QStringLiteral("quantity"), a.picked},
                             {QStringLiteral("unit"), l.unit},
                             {QStringLiteral("location_id"), a.locationId}};
            if (!tr.tlcSourceReference.isEmpty()) line.insert(QStringLiteral("tlc_source_reference"), tr.tlcSourceReference);
            lines.append(line);
        }
    }
    if (lines.isEmpty())
        return refuse(QStringLiteral("order.nothing_to_ship"), QStringLiteral("%1 has nothing to ship (every line is cancelled or backordered).").arg(o.describe()));
    out.push_back({QStringLiteral("order.shipped"), orderStream(o.orderId),
                   {{QStringLiteral("order_id"), o.orderId},
                    {QStringLiteral("number"), o.number},
                    {QStringLiteral("customer_id"), o.customerId},
                    {QStringLiteral("ship_date"), iso(c.shipDate)},
                    {QStringLiteral("shipped_at_ms"), c.shippedAtMs},
                    {QStringLiteral("carrier"), c.carrier.trimmed()},
                    {QStringLiteral("tracking"), c.tracking.trimmed()},
                    {QStringLiteral("reference_document_type"), c.referenceDocumentType},
                    {QStringLiteral("reference_document"), c.referenceDocument.trimmed()},
                    {QStringLiteral("ship_from_location_description"), c.shipFrom},
                    {QStringLiteral("ship_to_location_description"), o.shipTo},
                    {QStringLiteral("lines"), lines}}});
    return out;
}

Result<NewEvents> decideDeliver(const OrderState& o, const QDate& deliveredOn)
{
    if (!o.exists) return noOrder();
    if (o.status == QLatin1String("delivered"))
        return refuse(QStringLiteral("order.invalid_transition"), QStringLiteral("%1 was already delivered on %2.").arg(o.describe(), iso(o.deliveredOn)));
    if (o.status != QLatin1String("shipped"))
        return refuse(QStringLiteral("order.not_shipped"),
                      QStringLiteral("%1 is %2: an order can only be delivered after it was shipped.").arg(o.describe(), statusWords(o.status)));
    if (!deliveredOn.isValid()) return refuse(QStringLiteral("order.date_invalid"), QStringLiteral("The delivery date is missing."));
    if (deliveredOn < o.shipDate)
        return refuse(QStringLiteral("order.date_invalid"), QStringLiteral("%1 cannot be delivered on %2, before it shipped on %3.").arg(o.describe(), iso(deliveredOn), iso(o.shipDate)));
    return NewEvents{{QStringLiteral("order.delivered"), orderStream(o.orderId),
                      {{QStringLiteral("order_id"), o.orderId}, {QStringLiteral("customer_id"), o.customerId}, {QStringLiteral("delivered_on"), iso(deliveredOn)}}}};
}

Result<NewEvents> decideCancel(const OrderState& o, const QString& reason)
{
    if (!o.exists) return noOrder();
    if (o.status == QLatin1String("shipped") || o.status == QLatin1String("delivered"))
        return refuse(QStringLiteral("order.already_shipped"),
                      QStringLiteral("%1 was already shipped on %2: it can no longer be cancelled (record a return instead).").arg(o.describe(), iso(o.shipDate)));
    if (o.status == QLatin1String("cancelled")) return refuse(QStringLiteral("order.invalid_transition"), QStringLiteral("%1 is already cancelled.").arg(o.describe()));
    if (reason.trimmed().isEmpty()) return refuse(QStringLiteral("order.reason_missing"), QStringLiteral("Say why %1 is cancelled.").arg(o.describe()));
    NewEvents out;
    QJsonArray releasedJson;
    for (const OrderLine& l : o.lines)
        for (const Allocation& a : l.allocations) {
            out.push_back(released(a.lotId, a.locationId, a.quantity, o.orderId, l.lineNo, QStringLiteral("cancelled")));
            releasedJson.append(QJsonObject{{QStringLiteral("line_no"), l.lineNo},
                                            {QStringLiteral("lot_id"), a.lotId},
                                            {QStringLiteral("location_id"), a.locationId},
                                            {QStringLiteral("quantity"), a.quantity}});
        }
    out.push_back({QStringLiteral("order.cancelled"), orderStream(o.orderId),
                   {{QStringLiteral("order_id"), o.orderId}, {QStringLiteral("reason"), reason.trimmed()}, {QStringLiteral("released"), releasedJson}}});
    return out;
}

namespace {
// An order told that `quantity` of its reservation `r` on `lot` is gone.
NewEvent allocationLost(const inventory::LotState& lot, const inventory::LotState::Reservation& r, qint64 quantity)
{
    return {QStringLiteral("order.allocation_lost"), orderStream(r.orderId),
            {{QStringLiteral("order_id"), r.orderId},
             {QStringLiteral("line_no"), r.lineNo},
             {QStringLiteral("lot_id"), lot.lotId},
             {QStringLiteral("tlc"), lot.tlc},
             {QStringLiteral("location_id"), r.locationId},
             {QStringLiteral("quantity"), quantity}}};
}
}  // namespace

NewEvents releaseForHold(const inventory::LotState& lot, const HoldPlaced& h)
{
    NewEvents out;
    // How much of the reservations in scope must go: all of them for a whole hold, else
    // what the stock left free of holds can no longer cover.
    QMap<QString, qint64> excess;  // location -> quantity to release
    for (const inventory::LotState::Reservation& r : lot.reservations) {
        if (!h.locationId.isEmpty() && r.locationId != h.locationId) continue;
        if (excess.contains(r.locationId)) continue;
        const qint64 reservedHere = lot.reservedAt(r.locationId);
        if (h.quantity == 0) {
            excess.insert(r.locationId, reservedHere);
        } else {
            const qint64 unheld = std::max<qint64>(0, lot.at(r.locationId) - h.otherHeldAt - h.quantity);
            excess.insert(r.locationId, std::max<qint64>(0, reservedHere - unheld));
        }
    }
    // The latest reservations go first (the earliest orders keep their stock when they can).
    for (auto it = lot.reservations.crbegin(); it != lot.reservations.crend(); ++it) {
        qint64& left = excess[it->locationId];
        if (left <= 0) continue;
        const qint64 take = std::min(left, it->quantity);
        left -= take;
        NewEvent rel = released(lot.lotId, it->locationId, take, it->orderId, it->lineNo, QStringLiteral("hold"));
        rel.payload.insert(QStringLiteral("hold_id"), h.holdId);
        out.push_back(std::move(rel));
        NewEvent lost = allocationLost(lot, *it, take);
        lost.payload.insert(QStringLiteral("hold_id"), h.holdId);
        lost.payload.insert(QStringLiteral("hold_number"), h.number);
        out.push_back(std::move(lost));
    }
    return out;
}

NewEvents releaseForLoss(const inventory::LotState& lot, const QString& cause)
{
    NewEvents out;
    QMap<QString, qint64> excess;  // location -> reserved beyond what is there
    for (const inventory::LotState::Reservation& r : lot.reservations)
        if (!excess.contains(r.locationId)) excess.insert(r.locationId, std::max<qint64>(0, lot.reservedAt(r.locationId) - lot.at(r.locationId)));
    for (auto it = lot.reservations.crbegin(); it != lot.reservations.crend(); ++it) {
        qint64& left = excess[it->locationId];
        if (left <= 0) continue;
        const qint64 take = std::min(left, it->quantity);
        left -= take;
        out.push_back(released(lot.lotId, it->locationId, take, it->orderId, it->lineNo, cause));
        NewEvent lost = allocationLost(lot, *it, take);
        lost.payload.insert(QStringLiteral("cause"), cause);
        out.push_back(std::move(lost));
    }
    return out;
}

}  // namespace tracelot::orders

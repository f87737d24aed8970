#include "returns/returns.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace tracelot::returns {

const QStringList& returnReasons()
{
    static const QStringList r{QStringLiteral("damaged"),       QStringLiteral("temperature"), QStringLiteral("quality"), QStringLiteral("wrong_product"),
                               QStringLiteral("excess"),        QStringLiteral("recall"),      QStringLiteral("other")};
    return r;
}
const QStringList& inspectionDecisions()
{
    static const QStringList d{QStringLiteral("restock"), QStringLiteral("quarantine"), QStringLiteral("destroy")};
    return d;
}

namespace {
QString str(const QJsonObject& p, const char* key) { return p.value(QLatin1String(key)).toString(); }
qint64 num(const QJsonObject& p, const char* key) { return p.value(QLatin1String(key)).toInteger(); }
Refusal noReturn() { return refuse(QStringLiteral("return.unknown"), QStringLiteral("There is no such return.")); }
Refusal wrongStatus(const ReturnState& r, const QString& needs)
{
    return refuse(QStringLiteral("return.invalid_transition"), QStringLiteral("%1 is %2: %3.").arg(r.describe(), r.status, needs));
}

QJsonObject lineJson(const ReturnLine& l)
{
    return {{QStringLiteral("line_no"), l.lineNo},         {QStringLiteral("lot_id"), l.lotId},   {QStringLiteral("tlc"), l.tlc},
            {QStringLiteral("product_id"), l.productId},   {QStringLiteral("quantity"), l.quantity}, {QStringLiteral("unit"), l.unit},
            {QStringLiteral("hold_id"), l.holdId},         {QStringLiteral("decision"), l.decision}};
}
ReturnLine lineFrom(const QJsonObject& o)
{
    return {o.value(QLatin1String("line_no")).toInt(), str(o, "lot_id"), str(o, "tlc"), str(o, "product_id"), num(o, "quantity"), str(o, "unit"),
            str(o, "hold_id"), str(o, "decision")};
}
}  // namespace

const ReturnLine* ReturnState::line(int lineNo) const
{
    for (const ReturnLine& l : lines)
        if (l.lineNo == lineNo) return &l;
    return nullptr;
}

QJsonObject ReturnState::toJson() const
{
    QJsonArray ls;
    for (const ReturnLine& l : lines) ls.append(lineJson(l));
    return {{QStringLiteral("return_id"), returnId},       {QStringLiteral("number"), number},          {QStringLiteral("order_id"), orderId},
            {QStringLiteral("order_number"), orderNumber},  {QStringLiteral("customer_id"), customerId}, {QStringLiteral("reason"), reason},
            {QStringLiteral("note"), note},                 {QStringLiteral("status"), status},          {QStringLiteral("reject_reason"), rejectReason},
            {QStringLiteral("location_id"), locationId},    {QStringLiteral("lines"), ls},               {QStringLiteral("refunded_minor"), refundedMinor},
            {QStringLiteral("currency"), currency}};
}

ReturnState ReturnState::fromJson(const QJsonObject& o)
{
    ReturnState s;
    s.exists = !str(o, "return_id").isEmpty();
    s.returnId = str(o, "return_id");
    s.number = str(o, "number");
    s.orderId = str(o, "order_id");
    s.orderNumber = str(o, "order_number");
    s.customerId = str(o, "customer_id");
    s.reason = str(o, "reason");
    s.note = str(o, "note");
    s.status = str(o, "status");
    s.rejectReason = str(o, "reject_reason");
    s.locationId = str(o, "location_id");
    for (const QJsonValue& v : o.value(QLatin1String("lines")).toArray()) s.lines.push_back(lineFrom(v.toObject()));
    s.refundedMinor = num(o, "refunded_minor");
    s.currency = str(o, "currency");
    return s;
}

ReturnState evolve(ReturnState s, const Event& e)
{
    const QJsonObject& p = e.payload;
    const QString& t = e.type;
    if (t == QLatin1String("return.requested")) {
        s.exists = true;
        s.returnId = str(p, "return_id");
        s.number = str(p, "number");
        s.orderId = str(p, "order_id");
        s.orderNumber = str(p, "order_number");
        s.customerId = str(p, "customer_id");
        s.reason = str(p, "reason");
        s.note = str(p, "note");
        s.status = QStringLiteral("requested");
        for (const QJsonValue& v : p.value(QLatin1String("lines")).toArray()) s.lines.push_back(lineFrom(v.toObject()));
    } else if (t == QLatin1String("return.authorized")) {
        s.status = QStringLiteral("authorized");
    } else if (t == QLatin1String("return.rejected")) {
        s.status = QStringLiteral("rejected");
        s.rejectReason = str(p, "reason");
    } else if (t == QLatin1String("return.received")) {
        s.status = QStringLiteral("received");
        s.locationId = str(p, "location_id");
        for (const QJsonValue& v : p.value(QLatin1String("lines")).toArray()) {
            const QJsonObject o = v.toObject();
            for (ReturnLine& l : s.lines)
                if (l.lineNo == o.value(QLatin1String("line_no")).toInt()) l.holdId = str(o, "hold_id");
        }
    } else if (t == QLatin1String("return.inspected")) {
        for (ReturnLine& l : s.lines)
            if (l.lineNo == p.value(QLatin1String("line_no")).toInt()) l.decision = str(p, "decision");
        if (std::all_of(s.lines.begin(), s.lines.end(), [](const ReturnLine& l) { return !l.decision.isEmpty(); })) s.status = QStringLiteral("inspected");
    } else if (t == QLatin1String("refund.recorded")) {
        s.refundedMinor += num(p, "amount_minor");
        s.currency = str(p, "currency");
    }
    return s;
}

ReturnState fold(const Events& events)
{
    ReturnState s;
    for (const Event& e : events) s = evolve(std::move(s), e);
    return s;
}

Result<NewEvents> decideRequest(const ReturnState& current, const RequestReturn& c, const OrderFacts& order)
{
    if (current.exists) return refuse(QStringLiteral("return.exists"), QStringLiteral("%1 was already requested.").arg(current.describe()));
    if (!order.exists) return refuse(QStringLiteral("return.order_unknown"), QStringLiteral("There is no such order."));
    if (order.status != QLatin1String("delivered"))
        return refuse(QStringLiteral("return.not_delivered"),
                      QStringLiteral("Order %1 is %2: only delivered goods can be returned.").arg(order.number, order.status));
    if (!returnReasons().contains(c.reason))
        return refuse(QStringLiteral("return.reason_invalid"), QStringLiteral("Choose a reason: %1.").arg(returnReasons().join(QStringLiteral(", "))));
    if (c.lines.empty()) return refuse(QStringLiteral("return.empty"), QStringLiteral("Name at least one lot and quantity to return."));
    QJsonArray lines;
    QMap<QString, qint64> claimed;
    int n = 0;
    for (const RequestReturn::Line& l : c.lines) {
        ++n;
        if (!order.lots.contains(l.lotId))
            return refuse(QStringLiteral("return.lot_not_delivered"),
                          QStringLiteral("Line %1: that lot was not delivered on order %2; only lots delivered on the order can be returned.").arg(n).arg(order.number));
        const DeliveredLot& d = order.lots.value(l.lotId);
        if (l.quantity <= 0) return refuse(QStringLiteral("return.quantity_invalid"), QStringLiteral("Line %1 (lot %2): the quantity must be more than zero.").arg(n).arg(d.tlc));
        claimed[l.lotId] += l.quantity;
        const qint64 left = d.delivered - d.alreadyReturned;
        if (claimed[l.lotId] > left)
            return refuse(QStringLiteral("return.quantity_exceeds"),
                          QStringLiteral("Line %1: order %2 delivered %3 %4 of lot %5 and %6 are already returned, so at most %7 can come back, not %8.")
                              .arg(n)
                              .arg(order.number)
                              .arg(d.delivered)
                              .arg(d.unit, d.tlc)
                              .arg(d.alreadyReturned)
                              .arg(std::max<qint64>(0, left))
                              .arg(claimed[l.lotId]));
        lines.append(QJsonObject{{QStringLiteral("line_no"), n},           {QStringLiteral("lot_id"), l.lotId},  {QStringLiteral("tlc"), d.tlc},
                                 {QStringLiteral("product_id"), d.productId}, {QStringLiteral("quantity"), l.quantity}, {QStringLiteral("unit"), d.unit}});
    }
    QJsonObject p{{QStringLiteral("return_id"), c.returnId},     {QStringLiteral("number"), c.number},        {QStringLiteral("order_id"), order.orderId},
                  {QStringLiteral("order_number"), order.number}, {QStringLiteral("customer_id"), order.customerId}, {QStringLiteral("reason"), c.reason},
                  {QStringLiteral("lines"), lines}};
    if (!c.note.trimmed().isEmpty()) p.insert(QStringLiteral("note"), c.note.trimmed());
    return NewEvents{{QStringLiteral("return.requested"), returnStream(c.returnId), p}};
}

Result<NewEvents> decideAuthorize(const ReturnState& r)
{
    if (!r.exists) return noReturn();
    if (r.status != QLatin1String("requested")) return wrongStatus(r, QStringLiteral("only a requested return can be authorized"));
    return NewEvents{{QStringLiteral("return.authorized"), returnStream(r.returnId), {{QStringLiteral("return_id"), r.returnId}}}};
}

Result<NewEvents> decideReject(const ReturnState& r, const QString& reason)
{
    if (!r.exists) return noReturn();
    if (r.status != QLatin1String("requested")) return wrongStatus(r, QStringLiteral("only a requested return can be rejected"));
    if (reason.trimmed().isEmpty()) return refuse(QStringLiteral("return.reason_missing"), QStringLiteral("Say why %1 is rejected.").arg(r.describe()));
    return NewEvents{{QStringLiteral("return.rejected"), returnStream(r.returnId), {{QStringLiteral("return_id"), r.returnId}, {QStringLiteral("reason"), reason.trimmed()}}}};
}

Result<NewEvents> decideReceive(const ReturnState& r, const ReceiveReturn& c, const QMap<QString, inventory::LotState>& lots)
{
    if (!r.exists) return noReturn();
    if (r.status != QLatin1String("authorized")) return wrongStatus(r, QStringLiteral("only an authorized return can be received"));
    if (c.locationId.isEmpty() || !c.locationIsQuarantine)
        return refuse(QStringLiteral("return.not_quarantine"), QStringLiteral("Returned goods are received into a quarantine location, where they stay held until inspected."));
    if (c.holdIds.size() != static_cast<qsizetype>(r.lines.size()) || c.holdNumbers.size() != c.holdIds.size())
        return refuse(QStringLiteral("return.holds_missing"), QStringLiteral("Each returned line needs its hold."));
    NewEvents out;
    QJsonArray lines;
    for (size_t i = 0; i < r.lines.size(); ++i) {
        const ReturnLine& l = r.lines[i];
        const inventory::LotState lot = lots.value(l.lotId);
        if (!lot.exists) return refuse(QStringLiteral("return.lot_unknown"), QStringLiteral("Lot %1 is not known here.").arg(l.tlc));
        out.push_back({QStringLiteral("stock.returned"), inventory::lotStream(l.lotId),
                       {{QStringLiteral("lot_id"), l.lotId},
                        {QStringLiteral("location_id"), c.locationId},
                        {QStringLiteral("quantity"), l.quantity},
                        {QStringLiteral("return_id"), r.returnId},
                        {QStringLiteral("order_id"), r.orderId}}});
        quality::PlaceHold h;
        h.holdId = c.holdIds.at(static_cast<qsizetype>(i));
        h.number = c.holdNumbers.at(static_cast<qsizetype>(i));
        h.lotId = l.lotId;
        h.locationId = c.locationId;
        h.quantity = l.quantity;
        h.cause = QStringLiteral("return");
        h.reason = QStringLiteral("Returned on %1 (order %2, reason %3): held until inspected.").arg(r.number, r.orderNumber, r.reason);
        h.causeReference = r.returnId;
        h.placedAt = c.placedAt;
        h.placedBy = c.placedBy;
        Result<NewEvents> hold = quality::decidePlaceHold({}, h, true, lot.at(c.locationId) + l.quantity);
        if (!hold) return hold.refusal();
        for (NewEvent& e : hold.value()) out.push_back(std::move(e));
        lines.append(QJsonObject{{QStringLiteral("line_no"), l.lineNo}, {QStringLiteral("lot_id"), l.lotId},   {QStringLiteral("product_id"), l.productId},
                                 {QStringLiteral("quantity"), l.quantity}, {QStringLiteral("unit"), l.unit},    {QStringLiteral("hold_id"), h.holdId},
                                 {QStringLiteral("tlc"), l.tlc}});
    }
    out.push_back({QStringLiteral("return.received"), returnStream(r.returnId),
                   {{QStringLiteral("return_id"), r.returnId},
                    {QStringLiteral("order_id"), r.orderId},
                    {QStringLiteral("customer_id"), r.customerId},
                    {QStringLiteral("location_id"), c.locationId},
                    {QStringLiteral("location_description"), c.locationDescription},
                    {QStringLiteral("lines"), lines}}});
    return out;
}

Result<NewEvents> decideInspect(const ReturnState& r, const InspectReturn& c, const InspectFacts& f)
{
    if (!r.exists) return noReturn();
    if (r.status != QLatin1String("received") && r.status != QLatin1String("inspected"))
        return wrongStatus(r, QStringLiteral("goods are inspected after they were received"));
    const ReturnLine* l = r.line(c.lineNo);
    if (!l) return refuse(QStringLiteral("return.line_unknown"), QStringLiteral("%1 has no line %2.").arg(r.describe()).arg(c.lineNo));
    if (!l->decision.isEmpty())
        return refuse(QStringLiteral("return.already_inspected"), QStringLiteral("%1 line %2 was already inspected (%3).").arg(r.describe()).arg(c.lineNo).arg(l->decision));
    if (!inspectionDecisions().contains(c.decision))
        return refuse(QStringLiteral("return.decision_invalid"), QStringLiteral("Choose restock, keep quarantined or destroy."));
    const QString what = QStringLiteral("%1 line %2 (lot %3)").arg(r.describe()).arg(c.lineNo).arg(l->tlc);
    if (f.lot.at(r.locationId) < l->quantity)
        return refuse(QStringLiteral("return.stock_missing"),
                      QStringLiteral("%1: only %2 %3 of the lot are left in quarantine.").arg(what).arg(f.lot.at(r.locationId)).arg(l->unit));
    QJsonObject p{{QStringLiteral("return_id"), r.returnId}, {QStringLiteral("line_no"), c.lineNo}, {QStringLiteral("lot_id"), l->lotId},
                  {QStringLiteral("decision"), c.decision}, {QStringLiteral("location_id"), c.decision == QLatin1String("restock") ? c.toLocationId : r.locationId}};
    if (!c.note.trimmed().isEmpty()) p.insert(QStringLiteral("note"), c.note.trimmed());
    NewEvents out{{QStringLiteral("return.inspected"), returnStream(r.returnId), p}};
    if (c.decision == QLatin1String("quarantine")) return out;  // stays held, in the QA inbox

    if (c.decision == QLatin1String("restock")) {
        for (const quality::HoldState& h : f.otherOpenHolds)
            return refuse(h.cause == QLatin1String("recall") ? QStringLiteral("return.recalled") : QStringLiteral("return.lot_held"),
                          QStringLiteral("%1 cannot be restocked: the lot is on %2 hold %3 (%4). Stock of a held or recalled lot is never restocked.")
                              .arg(what, h.cause == QLatin1String("recall") ? QStringLiteral("recall") : QStringLiteral("quality"), h.number, h.reason));
        if (f.lot.expiredOn(c.today))
            return refuse(QStringLiteral("return.expired"),
                          QStringLiteral("%1 cannot be restocked: it expired on %2.").arg(what, f.lot.fefoDate().toString(Qt::ISODate)));
        if (c.toLocationId.isEmpty() || c.toLocationIsQuarantine || c.toLocationId == r.locationId)
            return refuse(QStringLiteral("return.location_invalid"), QStringLiteral("%1: choose the storage location to restock into.").arg(what));
    }
    if (f.returnHold.exists && f.returnHold.status == QLatin1String("open")) {
        Result<NewEvents> closed = quality::decideDisposeHold(
            f.returnHold,
            {c.decision == QLatin1String("restock") ? QStringLiteral("release") : QStringLiteral("destroy"), QStringLiteral("return inspection: %1").arg(c.decision)},
            c.signature);
        if (!closed) return closed.refusal();
        for (NewEvent& e : closed.value()) out.push_back(std::move(e));
    }
    if (c.decision == QLatin1String("restock"))
        out.push_back({QStringLiteral("stock.restocked"), inventory::lotStream(l->lotId),
                       {{QStringLiteral("lot_id"), l->lotId},
                        {QStringLiteral("from_location_id"), r.locationId},
                        {QStringLiteral("to_location_id"), c.toLocationId},
                        {QStringLiteral("quantity"), l->quantity},
                        {QStringLiteral("return_id"), r.returnId}}});
    else
        out.push_back({QStringLiteral("waste.recorded"), inventory::lotStream(l->lotId),
                       {{QStringLiteral("lot_id"), l->lotId},
                        {QStringLiteral("location_id"), r.locationId},
                        {QStringLiteral("quantity"), l->quantity},
                        {QStringLiteral("reason"), QStringLiteral("damaged")},
                        {QStringLiteral("note"), QStringLiteral("returned goods destroyed after inspection (%1)").arg(r.number)}}});
    return out;
}

Result<NewEvents> decideRefund(const ReturnState& r, qint64 amountMinor, const QString& currency, const QString& reference)
{
    if (!r.exists) return noReturn();
    if (r.status == QLatin1String("requested") || r.status == QLatin1String("rejected"))
        return wrongStatus(r, QStringLiteral("a refund is recorded for an authorized return"));
    if (amountMinor <= 0) return refuse(QStringLiteral("return.amount_invalid"), QStringLiteral("The refund must be more than zero (in minor units, e.g. cents)."));
    static const QRegularExpression iso4217(QStringLiteral("^[A-Z]{3}$"));
    if (!iso4217.match(currency).hasMatch())
        return refuse(QStringLiteral("return.currency_invalid"), QStringLiteral("The currency is a three-letter ISO code such as EUR or USD."));
    if (!r.currency.isEmpty() && r.currency != currency)
        return refuse(QStringLiteral("return.currency_invalid"), QStringLiteral("%1 was refunded in %2 before; record refunds in one currency.").arg(r.describe(), r.currency));
    if (reference.trimmed().isEmpty())
        return refuse(QStringLiteral("return.reference_missing"), QStringLiteral("Give the payment reference (credit note or bank transfer)."));
    return NewEvents{{QStringLiteral("refund.recorded"), returnStream(r.returnId),
                      {{QStringLiteral("return_id"), r.returnId},
                       {QStringLiteral("amount_minor"), amountMinor},
                       {QStringLiteral("currency"), currency},
                       {QStringLiteral("reference"), reference.trimmed()}}}};
}

}  // namespace tracelot::returns

#include "inventory/inventory.h"

#include <QJsonArray>
#include <algorithm>
#include <QSet>

namespace tracelot::inventory {

const QStringList& referenceDocumentTypes()
{
    static const QStringList t{QStringLiteral("po"), QStringLiteral("asn"), QStringLiteral("bill_of_lading"), QStringLiteral("invoice")};
    return t;
}
const QStringList& adjustReasons()
{
    static const QStringList t{QStringLiteral("count"), QStringLiteral("found"), QStringLiteral("damaged_in_count"), QStringLiteral("correction")};
    return t;
}
const QStringList& wasteReasons()
{
    static const QStringList t{QStringLiteral("expired"), QStringLiteral("damaged"), QStringLiteral("temperature"), QStringLiteral("recall"),
                               QStringLiteral("other")};
    return t;
}

namespace {
QString iso(const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
QDate dateOf(const QJsonObject& p, const char* key) { return QDate::fromString(p.value(QLatin1String(key)).toString(), Qt::ISODate); }
QString str(const QJsonObject& p, const char* key) { return p.value(QLatin1String(key)).toString(); }
qint64 num(const QJsonObject& p, const char* key) { return p.value(QLatin1String(key)).toInteger(); }

void add(LotState& s, const QString& location, qint64 delta)
{
    const qint64 v = s.stock.value(location, 0) + delta;
    if (v == 0) s.stock.remove(location);
    else s.stock.insert(location, v);
}

void identityFrom(LotState& s, const QJsonObject& p)
{
    s.exists = true;
    s.lotId = str(p, "lot_id");
    s.productId = str(p, "product_id");
    s.supplierId = str(p, "supplier_id");
    s.tlc = str(p, "tlc");
    s.expiry = dateOf(p, "expiry");
    s.bestBefore = dateOf(p, "best_before");
    s.receivedOn = dateOf(p, "received_on");
    s.unit = str(p, "unit");
}

void putDate(QJsonObject& o, const char* key, const QDate& d)
{
    if (d.isValid()) o.insert(QLatin1String(key), iso(d));
}

Refusal noLot(const QString& lotId) { return refuse(QStringLiteral("inventory.lot_unknown"), QStringLiteral("There is no lot %1.").arg(lotId)); }

Status usableLocation(const LocationFacts& l, const QString& what)
{
    if (!l.exists) return refuse(QStringLiteral("inventory.location_unknown"), QStringLiteral("The %1 location does not exist.").arg(what));
    if (!l.active) return refuse(QStringLiteral("inventory.location_retired"), QStringLiteral("Location %1 is retired.").arg(l.describe()));
    return ok();
}

Status fits(const LocationFacts& l, qint64 adding)
{
    if (l.capacity >= 0 && l.occupied + adding > l.capacity)
        return refuse(QStringLiteral("inventory.capacity_exceeded"),
                      QStringLiteral("Location %1 holds at most %2; it has %3 now, so %4 more do not fit (room for %5).")
                          .arg(l.describe())
                          .arg(l.capacity)
                          .arg(l.occupied)
                          .arg(adding)
                          .arg(std::max<qint64>(0, l.capacity - l.occupied)));
    return ok();
}

Status enoughAt(const LotState& lot, const LocationFacts& l, qint64 quantity)
{
    if (quantity <= 0) return refuse(QStringLiteral("inventory.quantity_invalid"), QStringLiteral("The quantity must be more than zero."));
    const qint64 have = lot.at(l.id);
    if (have < quantity)
        return refuse(QStringLiteral("inventory.insufficient_stock"),
                      QStringLiteral("Lot %1 has only %2 %3 at %4, not %5.").arg(lot.tlc).arg(have).arg(lot.unit, l.describe()).arg(quantity));
    return ok();
}
}  // namespace

qint64 LotState::reservedAt(const QString& locationId) const
{
    qint64 t = 0;
    for (const Reservation& r : reservations)
        if (r.locationId == locationId) t += r.quantity;
    return t;
}

qint64 LotState::reservedFor(const QString& orderId, int lineNo, const QString& locationId) const
{
    for (const Reservation& r : reservations)
        if (r.orderId == orderId && r.lineNo == lineNo && r.locationId == locationId) return r.quantity;
    return 0;
}

namespace {
// Changes a reservation; lineNo < 0 takes from every line of the order at the location.
void reserve(LotState& s, const QString& orderId, int lineNo, const QString& location, qint64 delta)
{
    for (auto it = s.reservations.begin(); it != s.reservations.end() && delta != 0; ++it) {
        if (it->orderId != orderId || it->locationId != location || (lineNo >= 0 && it->lineNo != lineNo)) continue;
        if (delta > 0) {
            it->quantity += delta;
            delta = 0;
        } else {
            const qint64 take = std::min(it->quantity, -delta);
            it->quantity -= take;
            delta += take;
        }
    }
    if (delta > 0) s.reservations.push_back({orderId, lineNo, location, delta});
    s.reservations.erase(std::remove_if(s.reservations.begin(), s.reservations.end(), [](const LotState::Reservation& r) { return r.quantity <= 0; }),
                         s.reservations.end());
}
int lineOf(const QJsonObject& p) { return p.contains(QLatin1String("line_no")) ? p.value(QLatin1String("line_no")).toInt() : -1; }
}  // namespace

qint64 LotState::total() const
{
    qint64 t = 0;
    for (auto it = stock.cbegin(); it != stock.cend(); ++it) t += it.value();
    return t;
}

LotState evolve(LotState s, const Event& e)
{
    const QJsonObject& p = e.payload;
    const QString& t = e.type;
    if (t == QLatin1String("lot.received") || t == QLatin1String("lot.created")) {
        identityFrom(s, p);
        add(s, str(p, "location_id"), num(p, "quantity"));
    } else if (t == QLatin1String("stock.moved")) {
        add(s, str(p, "from_location_id"), -num(p, "quantity"));
        add(s, str(p, "to_location_id"), num(p, "quantity"));
    } else if (t == QLatin1String("stock.adjusted")) {
        add(s, str(p, "location_id"), num(p, "delta"));
    } else if (t == QLatin1String("waste.recorded") || t == QLatin1String("lot.split") || t == QLatin1String("lot.transformed")) {
        add(s, str(p, "location_id"), -num(p, "quantity"));
    } else if (t == QLatin1String("lot.expiry_warning")) {
        s.expiryWarned = true;
    } else if (t == QLatin1String("stock.reserved")) {
        reserve(s, str(p, "order_id"), lineOf(p), str(p, "location_id"), num(p, "quantity"));
    } else if (t == QLatin1String("stock.released")) {
        reserve(s, str(p, "order_id"), lineOf(p), str(p, "location_id"), -num(p, "quantity"));
    } else if (t == QLatin1String("stock.deducted")) {
        add(s, str(p, "location_id"), -num(p, "quantity"));
        reserve(s, str(p, "order_id"), lineOf(p), str(p, "location_id"), -num(p, "quantity"));
    } else if (t == QLatin1String("stock.returned")) {
        add(s, str(p, "location_id"), num(p, "quantity"));
    } else if (t == QLatin1String("stock.restocked")) {
        add(s, str(p, "from_location_id"), -num(p, "quantity"));
        add(s, str(p, "to_location_id"), num(p, "quantity"));
    }
    return s;
}

LotState fold(const Events& events)
{
    LotState s;
    for (const Event& e : events) s = evolve(std::move(s), e);
    return s;
}

NewEvents stockLevelPolicies(const ProductFacts& product, qint64 before, qint64 after)
{
    NewEvents out;
    if (after >= before) return out;
    const QString stream = productStockStream(product.id);
    if (product.reorderPoint > 0 && before >= product.reorderPoint && after < product.reorderPoint)
        out.push_back({QStringLiteral("reorder.triggered"), stream,
                       {{QStringLiteral("product_id"), product.id}, {QStringLiteral("on_hand"), after}, {QStringLiteral("reorder_point"), product.reorderPoint}}});
    if (before > 0 && after <= 0)
        out.push_back({QStringLiteral("stock.out_of_stock"), stream, {{QStringLiteral("product_id"), product.id}}});
    return out;
}

Result<NewEvents> decideReceive(const LotState& current, const ReceiveLot& c, const ReceiveFacts& f)
{
    if (current.exists) return refuse(QStringLiteral("inventory.lot_exists"), QStringLiteral("Lot %1 was already received.").arg(c.lotId));
    if (!f.product.exists) return refuse(QStringLiteral("inventory.product_unknown"), QStringLiteral("There is no such product."));
    if (!f.product.active)
        return refuse(QStringLiteral("inventory.product_retired"), QStringLiteral("%1 is retired and cannot be received.").arg(f.product.name));
    if (c.quantity <= 0) return refuse(QStringLiteral("inventory.quantity_invalid"), QStringLiteral("The quantity received must be more than zero."));
    if (c.unit != f.product.baseUnit)
        return refuse(QStringLiteral("inventory.unit_mismatch"),
                      QStringLiteral("%1 is counted in %2, not %3.").arg(f.product.name, f.product.baseUnit, c.unit.isEmpty() ? QStringLiteral("(no unit)") : c.unit));
    if (!f.supplier.exists) return refuse(QStringLiteral("inventory.supplier_unknown"), QStringLiteral("There is no such supplier."));
    if (!f.supplier.active) return refuse(QStringLiteral("inventory.supplier_retired"), QStringLiteral("Supplier %1 is retired.").arg(f.supplier.name));
    if (Status s = usableLocation(f.location, QStringLiteral("receiving")); !s) return s.refusal();
    if (Status s = fits(f.location, c.quantity); !s) return s.refusal();
    if (!c.receivedOn.isValid()) return refuse(QStringLiteral("inventory.date_invalid"), QStringLiteral("The receive date is missing."));
    if (!referenceDocumentTypes().contains(c.referenceDocumentType) || c.referenceDocumentNumber.trimmed().isEmpty())
        return refuse(QStringLiteral("inventory.reference_missing"),
                      QStringLiteral("Give the reference document (purchase order, ASN, bill of lading or invoice) and its number."));

    QDate expiry = c.expiry;
    if (!expiry.isValid() && !c.bestBefore.isValid()) {
        if (!c.productionDate.isValid())
            return refuse(QStringLiteral("inventory.expiry_missing"),
                          QStringLiteral("Give the expiry or best-before date (or the production date, to count the shelf life from)."));
        expiry = c.productionDate.addDays(f.product.shelfLifeDays);
    }
    if (expiry.isValid() && expiry <= c.receivedOn)
        return refuse(QStringLiteral("inventory.expiry_not_after_receipt"),
                      QStringLiteral("The expiry date %1 is not after the receive date %2.").arg(iso(expiry), iso(c.receivedOn)));
    if (c.bestBefore.isValid() && c.bestBefore <= c.receivedOn)
        return refuse(QStringLiteral("inventory.expiry_not_after_receipt"),
                      QStringLiteral("The best-before date %1 is not after the receive date %2.").arg(iso(c.bestBefore), iso(c.receivedOn)));
    if (c.productionDate.isValid() && c.productionDate > c.receivedOn)
        return refuse(QStringLiteral("inventory.production_after_receipt"), QStringLiteral("The production date is after the receive date."));

    const bool assigned = c.tlc.trimmed().isEmpty();
    const QString tlc = assigned ? c.assignedTlc : c.tlc;  // the supplier's code is kept exactly as received
    if (tlc.isEmpty()) return refuse(QStringLiteral("inventory.tlc_missing"), QStringLiteral("The lot has no traceability lot code."));
    if (tlc.size() > 60) return refuse(QStringLiteral("inventory.tlc_invalid"), QStringLiteral("The lot code is longer than 60 characters."));
    if (!assigned && f.lotCodeTaken)
        return refuse(QStringLiteral("inventory.lot_code_taken"),
                      QStringLiteral("Lot code %1 of %2 for %3 was already received; scan the case again or use another lot code.")
                          .arg(tlc, f.supplier.name, f.product.name));
    QString tlcSource = assigned ? c.siteDescription : (c.tlcSource.trimmed().isEmpty() ? f.supplier.locationDescription : c.tlcSource.trimmed());
    if (tlcSource.isEmpty())
        return refuse(QStringLiteral("inventory.site_undescribed"),
                      QStringLiteral("Tracelot assigns the lot code here, so this site is its source: describe the site first (name, address, phone)."));
    QString tlcReference = c.tlcSourceReference.trimmed();
    if (!assigned && tlcReference.isEmpty() && c.tlcSource.trimmed().isEmpty())
        tlcReference = !f.supplier.gln.isEmpty() ? QStringLiteral("GLN ") + f.supplier.gln
                       : !f.supplier.fdaRegistration.isEmpty() ? QStringLiteral("FDA registration ") + f.supplier.fdaRegistration
                                                                : QString();

    QJsonObject p{{QStringLiteral("lot_id"), c.lotId},
                  {QStringLiteral("product_id"), f.product.id},
                  {QStringLiteral("product_description"), f.product.name},
                  {QStringLiteral("quantity"), c.quantity},
                  {QStringLiteral("unit"), c.unit},
                  {QStringLiteral("supplier_id"), f.supplier.id},
                  {QStringLiteral("tlc"), tlc},
                  {QStringLiteral("tlc_assigned"), assigned},
                  {QStringLiteral("tlc_source"), tlcSource},
                  {QStringLiteral("previous_source"), c.previousSource.trimmed().isEmpty() ? f.supplier.locationDescription : c.previousSource.trimmed()},
                  {QStringLiteral("location_id"), f.location.id},
                  {QStringLiteral("location_description"), f.location.describe()},
                  {QStringLiteral("received_on"), iso(c.receivedOn)},
                  {QStringLiteral("reference_document_type"), c.referenceDocumentType},
                  {QStringLiteral("reference_document_number"), c.referenceDocumentNumber.trimmed()}};
    if (!tlcReference.isEmpty()) p.insert(QStringLiteral("tlc_source_reference"), tlcReference);
    if (!f.product.gtin.isEmpty()) p.insert(QStringLiteral("gtin"), f.product.gtin);
    putDate(p, "expiry", expiry);
    putDate(p, "best_before", c.bestBefore);
    putDate(p, "production_date", c.productionDate);
    if (!c.temperatureC.isEmpty()) p.insert(QStringLiteral("temperature_c"), c.temperatureC);
    // Version 2: "expiry" (v1 said "use_by") and "tlc_assigned"; v1 is upcast on reading (eventstore/upcasters.cpp).
    return NewEvents{{QStringLiteral("lot.received"), lotStream(c.lotId), p, 2}};
}

Result<NewEvents> decideMove(const LotState& lot, const MoveStock& c, const LocationFacts& from, const LocationFacts& to)
{
    if (!lot.exists) return noLot(c.lotId);
    if (Status s = usableLocation(to, QStringLiteral("destination")); !s) return s.refusal();
    if (!from.exists) return refuse(QStringLiteral("inventory.location_unknown"), QStringLiteral("The source location does not exist."));
    if (from.id == to.id) return refuse(QStringLiteral("inventory.same_location"), QStringLiteral("The stock is already at %1.").arg(to.describe()));
    if (Status s = enoughAt(lot, from, c.quantity); !s) return s.refusal();
    if (!to.isQuarantine() && (c.heldAll || c.heldQuantity > 0)) {
        const qint64 movable = c.heldAll ? 0 : std::max<qint64>(0, lot.at(from.id) - c.heldQuantity);
        if (c.quantity > movable)
            return refuse(QStringLiteral("inventory.held_move"),
                          QStringLiteral("Lot %1 is on quality hold %2: held stock can only go to quarantine%3.")
                              .arg(lot.tlc, c.holdNumber,
                                   movable > 0 ? QStringLiteral(" (%1 %2 at %3 are not held)").arg(movable).arg(lot.unit, from.describe()) : QString()));
    }
    if (const qint64 reserved = lot.reservedAt(from.id); reserved > 0 && c.quantity > lot.at(from.id) - reserved)
        return refuse(QStringLiteral("inventory.reserved_move"),
                      QStringLiteral("%1 %2 of lot %3 at %4 are reserved for orders; only %5 may be moved.")
                          .arg(reserved)
                          .arg(lot.unit, lot.tlc, from.describe())
                          .arg(lot.at(from.id) - reserved));
    if (lot.expiredOn(c.today) && !to.isQuarantine())
        return refuse(QStringLiteral("inventory.expired_move"),
                      QStringLiteral("Lot %1 expired on %2: it can only go to quarantine or be recorded as waste.").arg(lot.tlc, iso(lot.fefoDate())));
    if (Status s = fits(to, c.quantity); !s) return s.refusal();
    return NewEvents{{QStringLiteral("stock.moved"), lotStream(lot.lotId),
                      {{QStringLiteral("lot_id"), lot.lotId},
                       {QStringLiteral("from_location_id"), from.id},
                       {QStringLiteral("to_location_id"), to.id},
                       {QStringLiteral("quantity"), c.quantity}}}};
}

Result<NewEvents> decideAdjust(const LotState& lot, const AdjustStock& c, const LocationFacts& l, const ProductFacts& product, qint64 onHand)
{
    if (!lot.exists) return noLot(c.lotId);
    if (!l.exists) return refuse(QStringLiteral("inventory.location_unknown"), QStringLiteral("There is no such location."));
    if (c.counted < 0) return refuse(QStringLiteral("inventory.quantity_invalid"), QStringLiteral("A count cannot be negative."));
    if (!adjustReasons().contains(c.reason))
        return refuse(QStringLiteral("inventory.reason_invalid"), QStringLiteral("Choose a reason: %1.").arg(adjustReasons().join(QStringLiteral(", "))));
    const qint64 previous = lot.at(l.id);
    const qint64 delta = c.counted - previous;
    if (delta == 0)
        return refuse(QStringLiteral("inventory.no_change"), QStringLiteral("The count matches the stock (%1 %2): nothing to adjust.").arg(previous).arg(lot.unit));
    if (delta > 0)
        if (Status s = fits(l, delta); !s) return s.refusal();
    QJsonObject p{{QStringLiteral("lot_id"), lot.lotId}, {QStringLiteral("location_id"), l.id},       {QStringLiteral("previous"), previous},
                  {QStringLiteral("counted"), c.counted}, {QStringLiteral("delta"), delta}, {QStringLiteral("reason"), c.reason}};
    if (!c.note.isEmpty()) p.insert(QStringLiteral("note"), c.note);
    NewEvents out{{QStringLiteral("stock.adjusted"), lotStream(lot.lotId), p}};
    for (NewEvent& e : stockLevelPolicies(product, onHand, onHand + delta)) out.push_back(std::move(e));
    return out;
}

Result<NewEvents> decideWaste(const LotState& lot, const RecordWaste& c, const LocationFacts& l, const ProductFacts& product, qint64 onHand)
{
    if (!lot.exists) return noLot(c.lotId);
    if (!l.exists) return refuse(QStringLiteral("inventory.location_unknown"), QStringLiteral("There is no such location."));
    if (!wasteReasons().contains(c.reason))
        return refuse(QStringLiteral("inventory.reason_invalid"), QStringLiteral("Choose a reason: %1.").arg(wasteReasons().join(QStringLiteral(", "))));
    if (Status s = enoughAt(lot, l, c.quantity); !s) return s.refusal();
    QJsonObject p{{QStringLiteral("lot_id"), lot.lotId}, {QStringLiteral("location_id"), l.id}, {QStringLiteral("quantity"), c.quantity},
                  {QStringLiteral("reason"), c.reason}};
    if (!c.note.isEmpty()) p.insert(QStringLiteral("note"), c.note);
    NewEvents out{{QStringLiteral("waste.recorded"), lotStream(lot.lotId), p}};
    for (NewEvent& e : stockLevelPolicies(product, onHand, onHand - c.quantity)) out.push_back(std::move(e));
    return out;
}

Result<NewEvents> decideSplit(const LotState& lot, const LotState& newLot, const SplitLot& c, const LocationFacts& l)
{
    if (!lot.exists) return noLot(c.lotId);
    if (newLot.exists) return refuse(QStringLiteral("inventory.lot_exists"), QStringLiteral("Lot %1 already exists.").arg(c.newLotId));
    if (!l.exists) return refuse(QStringLiteral("inventory.location_unknown"), QStringLiteral("There is no such location."));
    if (Status s = enoughAt(lot, l, c.quantity); !s) return s.refusal();
    if (c.quantity >= lot.at(l.id))
        return refuse(QStringLiteral("inventory.split_everything"),
                      QStringLiteral("Splitting off all %1 %2 leaves nothing behind; move the stock instead.").arg(lot.at(l.id)).arg(lot.unit));
    QJsonObject created{{QStringLiteral("lot_id"), c.newLotId},      {QStringLiteral("origin"), QStringLiteral("split")},
                        {QStringLiteral("parent_lot_id"), lot.lotId}, {QStringLiteral("product_id"), lot.productId},
                        {QStringLiteral("supplier_id"), lot.supplierId}, {QStringLiteral("tlc"), lot.tlc},
                        {QStringLiteral("unit"), lot.unit},           {QStringLiteral("location_id"), l.id},
                        {QStringLiteral("quantity"), c.quantity},     {QStringLiteral("received_on"), iso(lot.receivedOn)}};
    putDate(created, "expiry", lot.expiry);
    putDate(created, "best_before", lot.bestBefore);
    return NewEvents{{QStringLiteral("lot.split"), lotStream(lot.lotId),
                      {{QStringLiteral("lot_id"), lot.lotId},
                       {QStringLiteral("new_lot_id"), c.newLotId},
                       {QStringLiteral("location_id"), l.id},
                       {QStringLiteral("quantity"), c.quantity}}},
                     {QStringLiteral("lot.created"), lotStream(c.newLotId), created}};
}

Result<NewEvents> decideTransform(const TransformLots& c, const TransformFacts& f)
{
    if (c.kind != QLatin1String("repack") && c.kind != QLatin1String("merge"))
        return refuse(QStringLiteral("inventory.transform_kind"), QStringLiteral("A transformation is a repack or a merge."));
    if (c.inputs.empty()) return refuse(QStringLiteral("inventory.transform_inputs"), QStringLiteral("Name at least one input lot."));
    if (c.kind == QLatin1String("merge") && c.inputs.size() < 2)
        return refuse(QStringLiteral("inventory.transform_inputs"), QStringLiteral("A merge needs at least two input lots."));
    if (f.output.exists) return refuse(QStringLiteral("inventory.lot_exists"), QStringLiteral("Lot %1 already exists.").arg(c.outputLotId));
    if (!f.outputProduct.exists || !f.outputProduct.active)
        return refuse(QStringLiteral("inventory.product_unknown"), QStringLiteral("The output product does not exist or is retired."));
    if (c.outputQuantity <= 0) return refuse(QStringLiteral("inventory.quantity_invalid"), QStringLiteral("The output quantity must be more than zero."));
    if (Status s = usableLocation(f.outputLocation, QStringLiteral("output")); !s) return s.refusal();
    if (c.siteDescription.isEmpty())
        return refuse(QStringLiteral("inventory.site_undescribed"),
                      QStringLiteral("A transformation gets a new lot code from this site: describe the site first (name, address, phone)."));

    QSet<QString> seen;
    QDate earliest;
    qint64 consumedAtOutput = 0;
    QMap<QString, qint64> consumedByProduct;
    QJsonArray inputs;
    NewEvents out;
    for (size_t i = 0; i < c.inputs.size(); ++i) {
        const TransformInput& in = c.inputs[i];
        const LotState& lot = f.inputs.at(i);
        if (!lot.exists) return noLot(in.lotId);
        const QString key = in.lotId + QLatin1Char('@') + in.locationId;
        if (seen.contains(key))
            return refuse(QStringLiteral("inventory.transform_inputs"), QStringLiteral("Lot %1 is listed twice at the same location.").arg(lot.tlc));
        seen.insert(key);
        const LocationFacts loc = f.inputLocations.value(in.locationId);
        if (!loc.exists) return refuse(QStringLiteral("inventory.location_unknown"), QStringLiteral("An input location does not exist."));
        if (Status s = enoughAt(lot, loc, in.quantity); !s) return s.refusal();
        if (lot.fefoDate().isValid() && (!earliest.isValid() || lot.fefoDate() < earliest)) earliest = lot.fefoDate();
        if (loc.id == f.outputLocation.id) consumedAtOutput += in.quantity;
        consumedByProduct[lot.productId] += in.quantity;
        inputs.append(QJsonObject{{QStringLiteral("lot_id"), lot.lotId},
                                  {QStringLiteral("tlc"), lot.tlc},
                                  {QStringLiteral("product_id"), lot.productId},
                                  {QStringLiteral("location_id"), loc.id},
                                  {QStringLiteral("quantity"), in.quantity},
                                  {QStringLiteral("unit"), lot.unit}});
        out.push_back({QStringLiteral("lot.transformed"), lotStream(lot.lotId),
                       {{QStringLiteral("lot_id"), lot.lotId},
                        {QStringLiteral("output_lot_id"), c.outputLotId},
                        {QStringLiteral("location_id"), loc.id},
                        {QStringLiteral("quantity"), in.quantity}}});
    }
    QDate expiry = c.expiry.isValid() ? c.expiry : earliest;
    if (c.expiry.isValid() && earliest.isValid() && c.expiry > earliest)
        return refuse(QStringLiteral("inventory.expiry_after_inputs"),
                      QStringLiteral("The new lot cannot expire after its earliest input (%1).").arg(iso(earliest)));
    if (!expiry.isValid()) return refuse(QStringLiteral("inventory.expiry_missing"), QStringLiteral("Give the new lot's expiry date."));
    LocationFacts outLoc = f.outputLocation;
    outLoc.occupied -= consumedAtOutput;
    if (Status s = fits(outLoc, c.outputQuantity); !s) return s.refusal();

    QJsonObject created{{QStringLiteral("lot_id"), c.outputLotId},
                        {QStringLiteral("origin"), QStringLiteral("transformation")},
                        {QStringLiteral("kind"), c.kind},
                        {QStringLiteral("inputs"), inputs},
                        {QStringLiteral("product_id"), f.outputProduct.id},
                        {QStringLiteral("product_description"), f.outputProduct.name},
                        {QStringLiteral("tlc"), c.outputTlc},
                        {QStringLiteral("tlc_assigned"), true},
                        {QStringLiteral("tlc_source"), c.siteDescription},
                        {QStringLiteral("unit"), f.outputProduct.baseUnit},
                        {QStringLiteral("location_id"), f.outputLocation.id},
                        {QStringLiteral("location_description"), f.outputLocation.describe()},
                        {QStringLiteral("quantity"), c.outputQuantity},
                        {QStringLiteral("received_on"), iso(c.transformedOn)},
                        {QStringLiteral("expiry"), iso(expiry)}};
    if (!c.referenceDocumentNumber.isEmpty()) {
        created.insert(QStringLiteral("reference_document_type"), c.referenceDocumentType);
        created.insert(QStringLiteral("reference_document_number"), c.referenceDocumentNumber);
    }
    out.push_back({QStringLiteral("lot.created"), lotStream(c.outputLotId), created});
    // Stock-level policies per input product (the output product gains stock).
    for (auto it = consumedByProduct.cbegin(); it != consumedByProduct.cend(); ++it) {
        const qint64 before = f.productOnHand.value(it.key());
        const qint64 gained = it.key() == f.outputProduct.id ? c.outputQuantity : 0;
        for (NewEvent& e : stockLevelPolicies(f.inputProducts.value(it.key()), before, before - it.value() + gained)) out.push_back(std::move(e));
    }
    return out;
}

Result<NewEvents> decideExpiryWarning(const LotState& lot, const ProductFacts& product, const QDate& today)
{
    if (!lot.exists || lot.total() <= 0 || lot.expiryWarned || !lot.fefoDate().isValid())
        return refuse(QStringLiteral("inventory.no_warning"), QStringLiteral("No warning due."));
    const qint64 days = today.daysTo(lot.fefoDate());
    if (days > product.expiryWarningDays) return refuse(QStringLiteral("inventory.no_warning"), QStringLiteral("No warning due."));
    return NewEvents{{QStringLiteral("lot.expiry_warning"), lotStream(lot.lotId),
                      {{QStringLiteral("lot_id"), lot.lotId},
                       {QStringLiteral("product_id"), lot.productId},
                       {QStringLiteral("expiry"), iso(lot.fefoDate())},
                       {QStringLiteral("days_left"), days},
                       {QStringLiteral("on_hand"), lot.total()}}}};
}

}  // namespace tracelot::inventory

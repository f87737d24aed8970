// Orders & picking: the projection (orders, order_lines, order_allocations, order_history),
// the commands with their fact loading and FEFO planning, the policy by which a hold wins
// over reservations, and the reads of the desktop, the CLI and the documents.
#include "orders/ordersmodule.h"

#include "catalog/catalog.h"
#include "catalog/catalogmodule.h"
#include "common/canonicaljson.h"
#include "common/ids.h"
#include "eventstore/eventstore.h"
#include "eventstore/statement.h"
#include "identity/roles.h"
#include "inventory/fefo.h"
#include "inventory/gs1parser.h"
#include "inventory/inventorymodule.h"
#include "pipeline/command.h"
#include "projections/projections.h"
#include "quality/qualitymodule.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSet>
#include <QSqlQuery>
#include <limits>

namespace tracelot::orders {
namespace {

QString str(const QJsonObject& p, const char* key) { return p.value(QLatin1String(key)).toString(); }
qint64 num(const QJsonObject& p, const char* key) { return p.value(QLatin1String(key)).toInteger(); }
QString iso(const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
QDate dateOf(const QJsonObject& p, const char* key) { return QDate::fromString(str(p, key), Qt::ISODate); }
QDate today(qint64 nowMs) { return QDateTime::fromMSecsSinceEpoch(nowMs).date(); }

const QStringList kOrderEvents{QStringLiteral("order.placed"),          QStringLiteral("order.confirmed"),        QStringLiteral("order.allocated"),
                               QStringLiteral("order.allocation_lost"), QStringLiteral("order.allocation_swapped"), QStringLiteral("pick.confirmed"),
                               QStringLiteral("pick.shorted"),          QStringLiteral("order.exception_resolved"), QStringLiteral("order.shipped"),
                               QStringLiteral("order.delivered"),       QStringLiteral("order.cancelled")};

// One line of the order's history, in words.
QString summaryOf(const Event& e)
{
    const QJsonObject& p = e.payload;
    const QString& t = e.type;
    const auto line = [&] { return QStringLiteral("line %1").arg(p.value(QLatin1String("line_no")).toInt()); };
    if (t == QLatin1String("order.placed"))
        return QStringLiteral("Placed for %1: %2 line(s), requested ship date %3")
            .arg(str(p, "customer_name"))
            .arg(p.value(QLatin1String("lines")).toArray().size())
            .arg(str(p, "requested_ship_date"));
    if (t == QLatin1String("order.confirmed")) return QStringLiteral("Confirmed");
    if (t == QLatin1String("order.allocated")) {
        QStringList parts;
        for (const QJsonValue& v : p.value(QLatin1String("lines")).toArray()) {
            const QJsonObject l = v.toObject();
            QStringList lots;
            for (const QJsonValue& a : l.value(QLatin1String("allocations")).toArray())
                lots << QStringLiteral("%1 of lot %2 at %3").arg(num(a.toObject(), "quantity")).arg(str(a.toObject(), "tlc"), str(a.toObject(), "location_code"));
            QString s = QStringLiteral("line %1: %2").arg(l.value(QLatin1String("line_no")).toInt()).arg(lots.isEmpty() ? QStringLiteral("nothing") : lots.join(QStringLiteral(", ")));
            if (num(l, "shortfall") > 0) s += QStringLiteral(" (short %1)").arg(num(l, "shortfall"));
            parts << s;
        }
        return QStringLiteral("Allocated (FEFO, ship date %1): %2").arg(str(p, "ship_date"), parts.join(QStringLiteral("; ")));
    }
    if (t == QLatin1String("order.allocation_lost") && str(p, "hold_number").isEmpty())
        return QStringLiteral("Allocation lost (%1): %2 of lot %3, %4 — re-allocate")
            .arg(str(p, "cause") == QLatin1String("waste") ? QStringLiteral("stock wasted") : QStringLiteral("stock counted lower"))
            .arg(num(p, "quantity"))
            .arg(str(p, "tlc"), line());
    if (t == QLatin1String("order.allocation_lost"))
        return QStringLiteral("Allocation lost to hold %1: %2 of lot %3, %4 — re-allocate").arg(str(p, "hold_number")).arg(num(p, "quantity")).arg(str(p, "tlc"), line());
    if (t == QLatin1String("order.allocation_swapped"))
        return QStringLiteral("%1: lot %2 picked instead of the allocated lot (same expiry %3)").arg(line(), str(p, "tlc"), str(p, "expiry"));
    if (t == QLatin1String("pick.confirmed")) return QStringLiteral("Picked %1: %2 of lot %3").arg(line()).arg(num(p, "quantity")).arg(str(p, "tlc"));
    if (t == QLatin1String("pick.shorted"))
        return QStringLiteral("Short pick %1: %2 of %3 found of lot %4, %5 missing — the manager resolves it")
            .arg(line())
            .arg(num(p, "found"))
            .arg(num(p, "expected"))
            .arg(str(p, "tlc"))
            .arg(num(p, "missing"));
    if (t == QLatin1String("order.exception_resolved")) return QStringLiteral("Short pick on %1 resolved: %2").arg(line(), str(p, "resolution"));
    if (t == QLatin1String("order.shipped"))
        return QStringLiteral("Shipped on %1 by %2, tracking %3, %4 %5")
            .arg(str(p, "ship_date"), str(p, "carrier"), str(p, "tracking"), str(p, "reference_document_type"), str(p, "reference_document"));
    if (t == QLatin1String("order.delivered")) return QStringLiteral("Delivered on %1").arg(str(p, "delivered_on"));
    if (t == QLatin1String("order.cancelled")) return QStringLiteral("Cancelled: %1").arg(str(p, "reason"));
    return t;
}

class OrdersProjection final : public Projection {
public:
    QString name() const override { return QStringLiteral("orders"); }
    int schemaVersion() const override { return 1; }
    QStringList eventTypes() const override { return kOrderEvents; }
    QStringList tables() const override
    {
        return {QStringLiteral("orders"), QStringLiteral("order_lines"), QStringLiteral("order_allocations"), QStringLiteral("order_history")};
    }

    Status create(QSqlDatabase& db) override
    {
        QSqlQuery q(db);
        const char* ddl[] = {
            "CREATE TABLE IF NOT EXISTS orders (order_id TEXT PRIMARY KEY, number TEXT NOT NULL, customer_id TEXT NOT NULL, customer_name TEXT NOT NULL,"
            " status TEXT NOT NULL, requested_ship_date TEXT NOT NULL, ship_date TEXT, lines INTEGER NOT NULL, quantity INTEGER NOT NULL,"
            " allocated INTEGER NOT NULL, picked INTEGER NOT NULL, shortfall INTEGER NOT NULL, needs_allocation INTEGER NOT NULL,"
            " exception INTEGER NOT NULL, placed_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, state TEXT NOT NULL) WITHOUT ROWID",
            "CREATE TABLE IF NOT EXISTS order_lines (order_id TEXT NOT NULL, line_no INTEGER NOT NULL, product_id TEXT NOT NULL, product_code TEXT,"
            " product_description TEXT NOT NULL, unit TEXT NOT NULL, quantity INTEGER NOT NULL, backordered INTEGER NOT NULL, allocated INTEGER NOT NULL,"
            " picked INTEGER NOT NULL, shortfall INTEGER NOT NULL, status TEXT NOT NULL, PRIMARY KEY (order_id, line_no)) WITHOUT ROWID",
            "CREATE TABLE IF NOT EXISTS order_allocations (order_id TEXT NOT NULL, line_no INTEGER NOT NULL, lot_id TEXT NOT NULL, location_id TEXT NOT NULL,"
            " tlc TEXT, expiry TEXT, quantity INTEGER NOT NULL, picked INTEGER NOT NULL, PRIMARY KEY (order_id, line_no, lot_id, location_id)) WITHOUT ROWID",
            "CREATE TABLE IF NOT EXISTS order_history (order_id TEXT NOT NULL, version INTEGER NOT NULL, at_ms INTEGER NOT NULL, type TEXT NOT NULL,"
            " summary TEXT NOT NULL, recorded_by TEXT NOT NULL, PRIMARY KEY (order_id, version)) WITHOUT ROWID",
        };
        for (const char* sql : ddl)
            if (!q.exec(QLatin1String(sql))) return refuse(QStringLiteral("projection.failed"), q.lastError().text());
        state_ = std::make_unique<sql::Statement>(db, QStringLiteral("SELECT state, placed_at FROM orders WHERE order_id = ?"));
        upsert_ = std::make_unique<sql::Statement>(
            db, QStringLiteral("INSERT OR REPLACE INTO orders VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)"));
        dropLines_ = std::make_unique<sql::Statement>(db, QStringLiteral("DELETE FROM order_lines WHERE order_id = ?"));
        dropAllocations_ = std::make_unique<sql::Statement>(db, QStringLiteral("DELETE FROM order_allocations WHERE order_id = ?"));
        line_ = std::make_unique<sql::Statement>(db, QStringLiteral("INSERT INTO order_lines VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        allocation_ = std::make_unique<sql::Statement>(db, QStringLiteral("INSERT INTO order_allocations VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
        history_ = std::make_unique<sql::Statement>(db, QStringLiteral("INSERT OR REPLACE INTO order_history VALUES(?, ?, ?, ?, ?, ?)"));
        return ok();
    }

    Status createIndexes(QSqlDatabase& db) override
    {
        QSqlQuery q(db);
        const char* ddl[] = {"CREATE UNIQUE INDEX IF NOT EXISTS orders_number ON orders(number)",
                             "CREATE INDEX IF NOT EXISTS orders_status ON orders(status, requested_ship_date)",
                             "CREATE INDEX IF NOT EXISTS order_allocations_lot ON order_allocations(lot_id)"};
        for (const char* sql : ddl)
            if (!q.exec(QLatin1String(sql))) return refuse(QStringLiteral("projection.failed"), q.lastError().text());
        return ok();
    }

    Status apply(const Event& e) override
    {
        const QString id = str(e.payload, "order_id");
        OrderState s;
        qint64 placedAt = e.occurredAt;
        state_->bind(1, id);
        if (state_->step()) {
            QJsonObject o;
            parseJsonObject(state_->utf8(0), &o);
            s = OrderState::fromJson(o);
            placedAt = state_->int64(1);
        }
        state_->reset();
        if (!s.exists && e.type != QLatin1String("order.placed")) return ok();
        s = evolve(std::move(s), e);

        qint64 quantity = 0, allocated = 0, picked = 0, shortfall = 0;
        for (const OrderLine& l : s.lines) {
            quantity += l.open();
            allocated += l.allocated();
            picked += l.picked();
            shortfall += s.isOpen() ? l.shortfall() : 0;
        }
        upsert_->bind(1, id)
            .bind(2, s.number)
            .bind(3, s.customerId)
            .bind(4, s.customerName)
            .bind(5, s.status)
            .bind(6, iso(s.requestedShipDate))
            .bind(7, s.shipDate.isValid() ? iso(s.shipDate) : QString())
            .bind(8, static_cast<qint64>(s.lines.size()))
            .bind(9, quantity)
            .bind(10, allocated)
            .bind(11, picked)
            .bind(12, shortfall)
            .bind(13, s.needsAllocation() ? 1 : 0)
            .bind(14, s.hasException() ? 1 : 0)
            .bind(15, placedAt)
            .bind(16, e.occurredAt)
            .bindUtf8(17, canonicalJson(s.toJson()));
        if (!upsert_->run()) return failed(*upsert_);
        dropLines_->bind(1, id);
        if (!dropLines_->run()) return failed(*dropLines_);
        dropAllocations_->bind(1, id);
        if (!dropAllocations_->run()) return failed(*dropAllocations_);
        for (const OrderLine& l : s.lines) {
            const QString status = l.cancelled                  ? QStringLiteral("cancelled")
                                   : l.exception                ? QStringLiteral("short_picked")
                                   : s.status == QLatin1String("shipped") || s.status == QLatin1String("delivered") ? s.status
                                   : l.open() > 0 && l.picked() >= l.open() ? QStringLiteral("picked")
                                   : l.shortfall() > 0 && !l.allocations.empty() ? QStringLiteral("partly_allocated")
                                   : l.shortfall() > 0          ? QStringLiteral("open")
                                                                : QStringLiteral("allocated");
            line_->bind(1, id)
                .bind(2, l.lineNo)
                .bind(3, l.productId)
                .bind(4, l.productCode)
                .bind(5, l.productDescription)
                .bind(6, l.unit)
                .bind(7, l.quantity)
                .bind(8, l.backordered)
                .bind(9, l.allocated())
                .bind(10, l.picked())
                .bind(11, s.isOpen() ? l.shortfall() : 0)
                .bind(12, status);
            if (!line_->run()) return failed(*line_);
            for (const Allocation& a : l.allocations) {
                allocation_->bind(1, id).bind(2, l.lineNo).bind(3, a.lotId).bind(4, a.locationId).bind(5, a.tlc).bind(6, iso(a.expiry)).bind(7, a.quantity).bind(8, a.picked);
                if (!allocation_->run()) return failed(*allocation_);
            }
        }
        history_->bind(1, id).bind(2, e.streamVersion).bind(3, e.occurredAt).bind(4, e.type).bind(5, summaryOf(e)).bind(6, e.recordedBy);
        return history_->run() ? ok() : failed(*history_);
    }

private:
    static Status failed(const sql::Statement& s) { return refuse(QStringLiteral("projection.failed"), s.error()); }
    std::unique_ptr<sql::Statement> state_, upsert_, dropLines_, dropAllocations_, line_, allocation_, history_;
};

// --- facts -----------------------------------------------------------------------------

OrderState loadOrder(HandlerContext& ctx, const QString& orderId) { return fold(ctx.store.readStream(orderStream(orderId))); }

CustomerFacts customerFacts(QSqlDatabase db, const QString& id)
{
    CustomerFacts f;
    const auto row = catalog::CatalogQueries(db).byId(catalog::Kind::Customer, id);
    if (!row) return f;
    f.exists = true;
    f.active = row->value(QLatin1String("active")).toBool(true);
    f.id = id;
    f.code = str(*row, "code");
    f.name = str(*row, "name");
    f.minShelfLifeDays = static_cast<int>(num(*row, "min_shelf_life_days"));
    QStringList parts{f.name};
    if (!str(*row, "address").isEmpty()) parts << str(*row, "address");
    if (!str(*row, "country").isEmpty() && !str(*row, "address").isEmpty()) parts << str(*row, "country");
    if (!str(*row, "phone").isEmpty()) parts << str(*row, "phone");
    if (!str(*row, "gln").isEmpty()) parts << QStringLiteral("GLN ") + str(*row, "gln");
    f.locationDescription = parts.join(QStringLiteral(", "));
    return f;
}


QString locationCode(QSqlDatabase db, const QString& id)
{
    const auto row = catalog::CatalogQueries(db).byId(catalog::Kind::Location, id);
    return row ? str(*row, "code") : id;
}

StockFacts stockFacts(HandlerContext& ctx, const QString& lotId)
{
    StockFacts f;
    f.lot = inventory::fold(ctx.store.readStream(inventory::lotStream(lotId)));
    if (!f.lot.exists) return f;
    quality::QualityQueries quality(ctx.db);
    QStringList locations = f.lot.stock.keys();
    for (const auto& r : f.lot.reservations)
        if (!locations.contains(r.locationId)) locations << r.locationId;
    for (const QString& loc : locations) {
        const quality::QualityQueries::Held h = quality.heldAt(lotId, loc);
        if (h.any()) {
            f.held.insert(loc, h.all ? f.lot.at(loc) : h.quantity);
            f.holdNumber.insert(loc, h.firstNumber);
        }
        f.locationCode.insert(loc, locationCode(ctx.db, loc));
    }
    if (const auto p = catalog::CatalogQueries(ctx.db).byId(catalog::Kind::Product, f.lot.productId)) f.productCode = str(*p, "code");
    return f;
}

RuleFacts ruleFacts(HandlerContext& ctx, const OrderState& o, const QStringList& lotIds)
{
    RuleFacts f;
    f.customerMinDays = customerFacts(ctx.db, o.customerId).minShelfLifeDays;
    for (const OrderLine& l : o.lines)
        if (!f.productMinDays.contains(l.productId)) f.productMinDays.insert(l.productId, inventory::productFacts(ctx.db, l.productId).minShelfLifeDays);
    for (const QString& lot : lotIds)
        if (!f.lots.contains(lot)) f.lots.insert(lot, stockFacts(ctx, lot));
    return f;
}

// FSMA 204: the TLC source of a lot, from its receipt (a split lot keeps its parent's).
LotTrace traceOf(HandlerContext& ctx, const QString& lotId)
{
    QString id = lotId;
    for (int depth = 0; depth < 16; ++depth) {
        const Events events = ctx.store.readStream(inventory::lotStream(id));
        if (events.empty()) return {};
        const QJsonObject& p = events.front().payload;
        if (events.front().type == QLatin1String("lot.created") && str(p, "origin") == QLatin1String("split") && !str(p, "parent_lot_id").isEmpty()) {
            id = str(p, "parent_lot_id");
            continue;
        }
        return {str(p, "tlc"), str(p, "tlc_source"), str(p, "tlc_source_reference")};
    }
    return {};
}

// --- resolving -------------------------------------------------------------------------

Status resolveOrder(QJsonObject& p, QSqlDatabase db)
{
    const QString number = p.take(QStringLiteral("order_number")).toString().trimmed().toUpper();
    if (!str(p, "order_id").isEmpty()) return ok();
    if (number.isEmpty()) return refuse(QStringLiteral("payload.missing_field"), QStringLiteral("Give order_id or order_number."));
    const QString id = OrdersQueries(db).idOf(number);
    if (id.isEmpty()) return refuse(QStringLiteral("order.unknown"), QStringLiteral("There is no order %1.").arg(number));
    p.insert(QStringLiteral("order_id"), id);
    return ok();
}

Status resolveCode(QJsonObject& p, const QString& name, catalog::Kind kind, QSqlDatabase db, bool required)
{
    const QString idKey = name + QStringLiteral("_id"), codeKey = name + QStringLiteral("_code");
    const QString code = p.take(codeKey).toString().trimmed();
    if (!str(p, idKey.toLatin1().constData()).isEmpty()) return ok();
    if (!code.isEmpty()) {
        const auto row = catalog::CatalogQueries(db).byCode(kind, code);
        if (!row)
            return refuse(QStringLiteral("order.%1_unknown").arg(name), QStringLiteral("There is no %1 with the code %2.").arg(catalog::spec(kind).label.toLower(), code.toUpper()));
        p.insert(idKey, str(*row, "id"));
        return ok();
    }
    if (required) return refuse(QStringLiteral("payload.missing_field"), QStringLiteral("Give %1 or %2.").arg(idKey, codeKey));
    return ok();
}

// The FEFO plan for the lines that still need stock (all, or only `onlyLine`): the
// concrete lots go into the stored command, with the reasons lots were passed over.
void planAllocation(QJsonObject& p, QSqlDatabase db, const OrderState& o, const QDate& shipDate, int onlyLine)
{
    inventory::InventoryQueries inv(db);
    const int customerMin = customerFacts(db, o.customerId).minShelfLifeDays;
    QJsonArray picks, skipped;
    QHash<QString, qint64> taken;  // lot|location -> planned in this command
    for (const OrderLine& l : o.lines) {
        if (l.shortfall() <= 0 || (onlyLine > 0 && l.lineNo != onlyLine)) continue;
        const int productMin = inventory::productFacts(db, l.productId).minShelfLifeDays;
        const int required = std::max({1, productMin, customerMin});
        qint64 plannedBefore = 0;
        for (auto it = taken.cbegin(); it != taken.cend(); ++it) plannedBefore += it.value();
        // Where a pick came up short the stock is not trusted: look further than the shortfall.
        const qint64 wanted = l.shortedAt.isEmpty() ? l.shortfall() + plannedBefore : std::numeric_limits<qint64>::max() / 4;
        std::vector<inventory::FefoCandidate> candidates = inv.fefoCandidates(l.productId, shipDate, required, wanted);
        QHash<QString, QString> tlcOf;
        for (inventory::FefoCandidate& c : candidates) {
            const QString key = c.lotId + QLatin1Char('|') + c.locationId;
            c.available = std::max<qint64>(0, c.available - taken.value(key));
            tlcOf.insert(c.lotId, c.tlc);
            if (l.shortedAt.contains(key)) {  // the picker did not find it there: count it before using it again
                if (c.available > 0)
                    skipped.append(QJsonObject{{QStringLiteral("line_no"), l.lineNo}, {QStringLiteral("lot_id"), c.lotId}, {QStringLiteral("tlc"), c.tlc},
                                               {QStringLiteral("location_code"), c.locationCode}, {QStringLiteral("reason"), QStringLiteral("short-picked there; count the location")}});
                c.available = 0;
            }
        }
        const inventory::FefoPlan plan = inventory::allocateFefo(candidates, {l.shortfall(), shipDate, productMin, customerMin});
        for (const inventory::FefoPick& pick : plan.picks) {
            taken[pick.lotId + QLatin1Char('|') + pick.locationId] += pick.quantity;
            picks.append(QJsonObject{{QStringLiteral("line_no"), l.lineNo},
                                     {QStringLiteral("lot_id"), pick.lotId},
                                     {QStringLiteral("location_id"), pick.locationId},
                                     {QStringLiteral("quantity"), pick.quantity}});
        }
        for (const inventory::FefoSkip& s : plan.skipped)
            skipped.append(QJsonObject{{QStringLiteral("line_no"), l.lineNo},
                                       {QStringLiteral("lot_id"), s.lotId},
                                       {QStringLiteral("tlc"), tlcOf.value(s.lotId)},
                                       {QStringLiteral("location_code"), s.locationCode},
                                       {QStringLiteral("reason"), s.reason}});
    }
    p.insert(QStringLiteral("picks"), picks);
    p.insert(QStringLiteral("skipped"), skipped);
}

AllocateOrder allocationFrom(const QJsonObject& p)
{
    AllocateOrder c;
    c.shipDate = dateOf(p, "ship_date");
    for (const QJsonValue& v : p.value(QLatin1String("picks")).toArray()) {
        const QJsonObject o = v.toObject();
        c.picks.push_back({o.value(QLatin1String("line_no")).toInt(), str(o, "lot_id"), str(o, "location_id"), num(o, "quantity")});
    }
    for (const QJsonValue& v : p.value(QLatin1String("skipped")).toArray()) {
        QJsonObject o = v.toObject();
        const int line = o.take(QStringLiteral("line_no")).toInt();
        c.skipped[line].append(o);
    }
    return c;
}

QStringList lotsOf(const AllocateOrder& c)
{
    QStringList out;
    for (const PlannedPick& p : c.picks) out << p.lotId;
    return out;
}

QStringList allocatedLots(const OrderState& o)
{
    QStringList out;
    for (const OrderLine& l : o.lines)
        for (const Allocation& a : l.allocations) out << a.lotId;
    return out;
}

// Which lot a scan names: a GS1 case barcode (GTIN + lot) or a lot code typed or scanned.
// Lots allocated to the order come first (a split lot shares its code with its parent).
Result<QString> lotFromScan(QSqlDatabase db, const QString& scan, const OrderState& o, const QDate& day)
{
    QString productId, code = scan.trimmed();
    gs1::Gs1Options opt;
    opt.today = day;
    const QString text = gs1::normaliseKeyboardInput(scan, opt);
    if (text.startsWith(QLatin1Char(']')) || text.startsWith(QLatin1Char('(')) || text.contains(QChar(gs1::kGroupSeparator))
        || (text.size() > 16 && text.startsWith(QLatin1String("01")))) {
        Result<gs1::Gs1Data> d = gs1::parse(text, opt);
        if (!d) return refuse(QStringLiteral("order.scan_invalid"), QStringLiteral("The barcode could not be read: %1").arg(d.refusal().message));
        if (d->lot.isEmpty())
            return refuse(QStringLiteral("order.scan_no_lot"), QStringLiteral("The barcode has no lot number (AI 10): scan the case label or type the lot code."));
        code = d->lot;
        if (!d->gtin.isEmpty()) {
            const auto row = catalog::CatalogQueries(db).productByGtin(d->gtin);
            if (!row) return refuse(QStringLiteral("order.gtin_unknown"), QStringLiteral("No product has the GTIN %1.").arg(d->gtin));
            productId = str(*row, "id");
        }
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT lot_id, product_id, on_hand FROM inventory_lots WHERE tlc = ? OR lot_id = ?"));
    q.addBindValue(code);
    q.addBindValue(code);
    QString best;
    int bestScore = -1;
    const QStringList mine = allocatedLots(o);
    if (q.exec())
        while (q.next()) {
            if (!productId.isEmpty() && q.value(1).toString() != productId) continue;
            const int score = (mine.contains(q.value(0).toString()) ? 4 : 0) + (q.value(2).toLongLong() > 0 ? 2 : 0)
                              + (std::any_of(o.lines.begin(), o.lines.end(), [&](const OrderLine& l) { return l.productId == q.value(1).toString(); }) ? 1 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = q.value(0).toString();
            }
        }
    if (best.isEmpty()) return refuse(QStringLiteral("order.lot_unknown"), QStringLiteral("No lot with the code %1 is known here.").arg(code));
    return best;
}

FieldDoc field(const char* name, FieldType type, bool required, const char* doc, QStringList values = {})
{
    return FieldDoc{QLatin1String(name), type, required, QString::fromUtf8(doc), std::move(values)};
}

const QStringList kFloorRoles{role::WarehouseManager, role::WarehouseOperator};
const FieldDoc kOrderId = field("order_id", FieldType::Text, false, "the order (or order_number)");
const FieldDoc kOrderNumber = field("order_number", FieldType::Text, false, "the order's number, e.g. SO-000012");

// The lot as it stands after this command: its stream plus what the command (and the
// policy so far) decided for it.
inventory::LotState lotAfter(HandlerContext& ctx, const QString& lotId, const NewEvents& produced, const NewEvents& decidedSoFar)
{
    Events events = ctx.store.readStream(inventory::lotStream(lotId));
    for (const NewEvents* list : {&produced, &decidedSoFar})
        for (const NewEvent& other : *list)
            if (other.stream == inventory::lotStream(lotId))
                events.push_back(Event{0, {}, other.type, other.version, other.stream, 0, 0, {}, {}, {}, {}, other.payload, {}, {}, {}});
    return inventory::fold(events);
}

// The policy of issue 4: whatever command placed a hold, the reservations of that stock
// are released in the same transaction and the orders are told.
Result<NewEvents> holdsWinOverReservations(HandlerContext& ctx, const NewEvents& produced)
{
    NewEvents out;
    for (const NewEvent& ne : produced) {
        if (ne.type != QLatin1String("hold.placed")) continue;
        const QString lotId = str(ne.payload, "lot_id");
        const inventory::LotState lot = lotAfter(ctx, lotId, produced, out);
        if (lot.reservations.empty()) continue;
        HoldPlaced h{str(ne.payload, "hold_id"), str(ne.payload, "number"), lotId, str(ne.payload, "location_id"), num(ne.payload, "quantity"), 0};
        if (!h.locationId.isEmpty() && h.quantity > 0) h.otherHeldAt = quality::QualityQueries(ctx.db).heldAt(lotId, h.locationId).quantity;
        for (NewEvent& e : releaseForHold(lot, h)) out.push_back(std::move(e));
    }
    return out;
}

// Stock that is gone (waste recorded, counted lower) cannot stay reserved: what a location
// no longer covers is released in the same transaction and the orders are told.
Result<NewEvents> lossesReleaseReservations(HandlerContext& ctx, const NewEvents& produced)
{
    NewEvents out;
    QSet<QString> lots;
    for (const NewEvent& ne : produced) {
        const bool waste = ne.type == QLatin1String("waste.recorded");
        if (!waste && ne.type != QLatin1String("stock.adjusted")) continue;
        const QString lotId = str(ne.payload, "lot_id");
        if (lots.contains(lotId)) continue;
        lots.insert(lotId);
        const inventory::LotState lot = lotAfter(ctx, lotId, produced, out);
        if (lot.reservations.empty()) continue;
        for (NewEvent& e : releaseForLoss(lot, waste ? QStringLiteral("waste") : QStringLiteral("count"))) out.push_back(std::move(e));
    }
    return out;
}

}  // namespace

void install(Registrar& r)
{
    r.projections.add(std::make_unique<OrdersProjection>());
    r.commands.addPolicy(holdsWinOverReservations);
    r.commands.addPolicy(lossesReleaseReservations);

    // PlaceOrder ---------------------------------------------------------------------------
    CommandSpec place;
    place.name = QStringLiteral("PlaceOrder");
    place.context = QStringLiteral("orders");
    place.summary = QStringLiteral("Place a customer's order: lines of product and quantity, requested ship date and ship-to location.");
    place.roles = {role::WarehouseManager, role::CxAgent, role::AccountManager};
    place.fields = {field("order_id", FieldType::Text, false, "UUID of the new order; generated when absent"),
                    field("number", FieldType::Text, false, "order number; assigned when absent (SO-000001)"),
                    field("customer_id", FieldType::Text, false, "the customer (or customer_code)"),
                    field("customer_code", FieldType::Text, false, "the customer's code"),
                    field("lines", FieldType::Array, true, "[{product_id or product_code, quantity}] quantities in the product's base unit"),
                    field("requested_ship_date", FieldType::Text, false, "YYYY-MM-DD; default today"),
                    field("ship_to", FieldType::Text, false, "ship-to location description; default the customer's name and address"),
                    field("reference", FieldType::Text, false, "the customer's purchase order number"),
                    field("placed_on", FieldType::Text, false, "YYYY-MM-DD; default today (filled in)")};
    place.emits = {QStringLiteral("order.placed")};
    place.resolve = [](const QJsonObject& in, ResolveContext& ctx) -> Result<QJsonObject> {
        QJsonObject p = in;
        if (str(p, "order_id").isEmpty()) p.insert(QStringLiteral("order_id"), ctx.ids.next());
        if (str(p, "number").isEmpty()) p.insert(QStringLiteral("number"), OrdersQueries(ctx.db).nextNumber());
        if (Status s = resolveCode(p, QStringLiteral("customer"), catalog::Kind::Customer, ctx.db, true); !s) return s.refusal();
        QJsonArray lines;
        for (const QJsonValue& v : p.value(QLatin1String("lines")).toArray()) {
            QJsonObject l = v.toObject();
            if (Status s = resolveCode(l, QStringLiteral("product"), catalog::Kind::Product, ctx.db, true); !s) return s.refusal();
            lines.append(l);
        }
        p.insert(QStringLiteral("lines"), lines);
        if (str(p, "placed_on").isEmpty()) p.insert(QStringLiteral("placed_on"), iso(today(ctx.nowMs)));
        if (str(p, "requested_ship_date").isEmpty()) p.insert(QStringLiteral("requested_ship_date"), str(p, "placed_on"));
        return p;
    };
    place.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
        PlaceOrder c;
        c.orderId = str(p, "order_id");
        c.number = str(p, "number");
        c.customerId = str(p, "customer_id");
        c.requestedShipDate = dateOf(p, "requested_ship_date");
        c.today = dateOf(p, "placed_on");
        c.shipTo = str(p, "ship_to");
        c.reference = str(p, "reference");
        QMap<QString, ProductFacts> products;
        for (const QJsonValue& v : p.value(QLatin1String("lines")).toArray()) {
            const QJsonObject l = v.toObject();
            c.lines.push_back({str(l, "product_id"), num(l, "quantity")});
            if (!products.contains(str(l, "product_id"))) products.insert(str(l, "product_id"), inventory::productFacts(ctx.db, str(l, "product_id")));
        }
        if (!OrdersQueries(ctx.db).idOf(c.number).isEmpty())
            return refuse(QStringLiteral("order.number_taken"), QStringLiteral("Order number %1 is already used.").arg(c.number));
        return decidePlace(loadOrder(ctx, c.orderId), c, customerFacts(ctx.db, c.customerId), products);
    };
    r.commands.add(place);

    const auto orderResolve = [](const QJsonObject& in, ResolveContext& ctx) -> Result<QJsonObject> {
        QJsonObject p = in;
        if (Status s = resolveOrder(p, ctx.db); !s) return s.refusal();
        return p;
    };

    // ConfirmOrder -------------------------------------------------------------------------
    CommandSpec confirm;
    confirm.name = QStringLiteral("ConfirmOrder");
    confirm.context = QStringLiteral("orders");
    confirm.summary = QStringLiteral("Confirm a placed order: the warehouse may allocate, pick and ship it.");
    confirm.roles = {role::WarehouseManager, role::AccountManager};
    confirm.fields = {kOrderId, kOrderNumber};
    confirm.emits = {QStringLiteral("order.confirmed")};
    confirm.resolve = orderResolve;
    confirm.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> { return decideConfirm(loadOrder(ctx, str(p, "order_id"))); };
    r.commands.add(confirm);

    // AllocateOrder ------------------------------------------------------------------------
    CommandSpec allocate;
    allocate.name = QStringLiteral("AllocateOrder");
    allocate.context = QStringLiteral("orders");
    allocate.summary = QStringLiteral("Reserve stock for an order first-expired-first-out, respecting holds and the customer's minimum shelf life; "
                                      "what cannot be covered stays visible as a shortfall.");
    allocate.roles = kFloorRoles;
    allocate.fields = {kOrderId, kOrderNumber, field("ship_date", FieldType::Text, false, "YYYY-MM-DD the shelf life is counted at; default the requested ship date (or today if later)"),
                       field("picks", FieldType::Array, false, "[{line_no, lot_id, location_id, quantity}]; chosen by FEFO when absent"),
                       field("skipped", FieldType::Array, false, "[{line_no, lot_id, tlc, location_code, reason}] lots FEFO passed over (filled in)")};
    allocate.emits = {QStringLiteral("stock.reserved"), QStringLiteral("order.allocated")};
    allocate.resolve = [](const QJsonObject& in, ResolveContext& ctx) -> Result<QJsonObject> {
        QJsonObject p = in;
        if (Status s = resolveOrder(p, ctx.db); !s) return s.refusal();
        const auto o = OrdersQueries(ctx.db).order(str(p, "order_id"));
        if (!o) return refuse(QStringLiteral("order.unknown"), QStringLiteral("There is no such order."));
        if (str(p, "ship_date").isEmpty()) p.insert(QStringLiteral("ship_date"), iso(std::max(o->requestedShipDate, today(ctx.nowMs))));
        if (!p.contains(QStringLiteral("picks"))) planAllocation(p, ctx.db, *o, dateOf(p, "ship_date"), 0);
        return p;
    };
    allocate.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
        const OrderState o = loadOrder(ctx, str(p, "order_id"));
        const AllocateOrder c = allocationFrom(p);
        return decideAllocate(o, c, ruleFacts(ctx, o, lotsOf(c)));
    };
    r.commands.add(allocate);

    // ConfirmPick --------------------------------------------------------------------------
    CommandSpec pick;
    pick.name = QStringLiteral("ConfirmPick");
    pick.context = QStringLiteral("orders");
    pick.summary = QStringLiteral("Confirm a pick by scanning the case (GS1) or the lot code. Another lot than allocated is accepted only when it "
                                  "expires the same day (the allocation is swapped).");
    pick.roles = kFloorRoles;
    pick.fields = {kOrderId, kOrderNumber, field("scan", FieldType::Text, false, "what the scanner read: GS1 case barcode or lot code (or give lot_id)"),
                   field("lot_id", FieldType::Text, false, "the lot picked (filled in from the scan)"),
                   field("line_no", FieldType::Integer, false, "the order line; default the line of the lot's product"),
                   field("location_id", FieldType::Text, false, "where it was picked (or location_code); default the allocated location"),
                   field("location_code", FieldType::Text, false, "where it was picked"),
                   field("quantity", FieldType::Integer, false, "quantity picked; default what is still to pick of that allocation"),
                   field("picked_on", FieldType::Text, false, "YYYY-MM-DD; default today (filled in)")};
    pick.emits = {QStringLiteral("pick.confirmed"), QStringLiteral("order.allocation_swapped"), QStringLiteral("stock.released"), QStringLiteral("stock.reserved")};
    pick.resolve = [](const QJsonObject& in, ResolveContext& ctx) -> Result<QJsonObject> {
        QJsonObject p = in;
        if (Status s = resolveOrder(p, ctx.db); !s) return s.refusal();
        if (Status s = resolveCode(p, QStringLiteral("location"), catalog::Kind::Location, ctx.db, false); !s) return s.refusal();
        if (str(p, "picked_on").isEmpty()) p.insert(QStringLiteral("picked_on"), iso(today(ctx.nowMs)));
        const auto o = OrdersQueries(ctx.db).order(str(p, "order_id"));
        if (!o) return refuse(QStringLiteral("order.unknown"), QStringLiteral("There is no such order."));
        if (str(p, "lot_id").isEmpty()) {
            if (str(p, "scan").trimmed().isEmpty()) return refuse(QStringLiteral("payload.missing_field"), QStringLiteral("Scan the case or the lot code."));
            Result<QString> lot = lotFromScan(ctx.db, str(p, "scan"), *o, dateOf(p, "picked_on"));
            if (!lot) return lot.refusal();
            p.insert(QStringLiteral("lot_id"), lot.value());
        }
        if (!p.contains(QStringLiteral("line_no"))) {
            // The line this lot is allocated to, else the first line of its product with something to pick.
            const auto lotRow = inventory::InventoryQueries(ctx.db).lot(str(p, "lot_id"));
            int chosen = 0;
            for (const OrderLine& l : o->lines) {
                if (l.cancelled) continue;
                for (const Allocation& a : l.allocations)
                    if (a.lotId == str(p, "lot_id") && a.unpicked() > 0 && chosen == 0) chosen = l.lineNo;
            }
            for (const OrderLine& l : o->lines)
                if (chosen == 0 && !l.cancelled && lotRow && l.productId == lotRow->productId && l.picked() < l.open()) chosen = l.lineNo;
            if (chosen == 0) {
                const QString product = lotRow ? lotRow->productCode : QString();
                return refuse(QStringLiteral("order.wrong_product"),
                              QStringLiteral("Nothing of %1 is to pick on order %2: put lot %3 back.").arg(product.isEmpty() ? QStringLiteral("this product") : product, o->number,
                                                                                                      lotRow ? lotRow->tlc : str(p, "lot_id")));
            }
            p.insert(QStringLiteral("line_no"), chosen);
        }
        return p;
    };
    pick.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
        const OrderState o = loadOrder(ctx, str(p, "order_id"));
        ConfirmPick c{p.value(QLatin1String("line_no")).toInt(), str(p, "lot_id"), str(p, "location_id"), num(p, "quantity"), dateOf(p, "picked_on")};
        QStringList lots = allocatedLots(o);
        lots << c.lotId;
        return decidePick(o, c, ruleFacts(ctx, o, lots));
    };
    r.commands.add(pick);

    // ReportShortPick ----------------------------------------------------------------------
    CommandSpec shortPick;
    shortPick.name = QStringLiteral("ReportShortPick");
    shortPick.context = QStringLiteral("orders");
    shortPick.summary = QStringLiteral("The picker found less of an allocated lot than reserved: the missing quantity is released and the line waits "
                                       "for the manager (re-allocate, backorder or cancel the line).");
    shortPick.roles = kFloorRoles;
    shortPick.fields = {kOrderId, kOrderNumber, field("line_no", FieldType::Integer, true, "the order line"), field("lot_id", FieldType::Text, true, "the allocated lot"),
                        field("location_id", FieldType::Text, false, "the allocated location (or location_code)"),
                        field("location_code", FieldType::Text, false, "the allocated location"), field("found", FieldType::Integer, true, "quantity actually found and picked")};
    shortPick.emits = {QStringLiteral("pick.shorted"), QStringLiteral("stock.released")};
    shortPick.resolve = [](const QJsonObject& in, ResolveContext& ctx) -> Result<QJsonObject> {
        QJsonObject p = in;
        if (Status s = resolveOrder(p, ctx.db); !s) return s.refusal();
        if (Status s = resolveCode(p, QStringLiteral("location"), catalog::Kind::Location, ctx.db, true); !s) return s.refusal();
        return p;
    };
    shortPick.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
        return decideShortPick(loadOrder(ctx, str(p, "order_id")),
                               {p.value(QLatin1String("line_no")).toInt(), str(p, "lot_id"), str(p, "location_id"), num(p, "found")});
    };
    r.commands.add(shortPick);

    // ResolvePickException -----------------------------------------------------------------
    CommandSpec resolveEx;
    resolveEx.name = QStringLiteral("ResolvePickException");
    resolveEx.context = QStringLiteral("orders");
    resolveEx.summary = QStringLiteral("The manager resolves a short pick: re-allocate the line (FEFO), backorder the missing quantity, or cancel the line.");
    resolveEx.roles = {role::WarehouseManager};
    resolveEx.fields = {kOrderId, kOrderNumber, field("line_no", FieldType::Integer, true, "the short-picked line"),
                        field("resolution", FieldType::Enum, true, "what to do", exceptionResolutions()),
                        field("ship_date", FieldType::Text, false, "for reallocate: YYYY-MM-DD (filled in)"),
                        field("picks", FieldType::Array, false, "for reallocate: [{line_no, lot_id, location_id, quantity}] (filled in by FEFO)"),
                        field("skipped", FieldType::Array, false, "for reallocate: lots FEFO passed over (filled in)")};
    resolveEx.emits = {QStringLiteral("order.exception_resolved"), QStringLiteral("stock.released"), QStringLiteral("stock.reserved"), QStringLiteral("order.allocated")};
    resolveEx.resolve = [](const QJsonObject& in, ResolveContext& ctx) -> Result<QJsonObject> {
        QJsonObject p = in;
        if (Status s = resolveOrder(p, ctx.db); !s) return s.refusal();
        if (str(p, "resolution") != QLatin1String("reallocate")) return p;
        const auto o = OrdersQueries(ctx.db).order(str(p, "order_id"));
        if (!o) return refuse(QStringLiteral("order.unknown"), QStringLiteral("There is no such order."));
        if (str(p, "ship_date").isEmpty()) p.insert(QStringLiteral("ship_date"), iso(std::max(o->requestedShipDate, today(ctx.nowMs))));
        if (!p.contains(QStringLiteral("picks"))) planAllocation(p, ctx.db, *o, dateOf(p, "ship_date"), p.value(QLatin1String("line_no")).toInt());
        return p;
    };
    resolveEx.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
        const OrderState o = loadOrder(ctx, str(p, "order_id"));
        ResolveException c;
        c.lineNo = p.value(QLatin1String("line_no")).toInt();
        c.resolution = str(p, "resolution");
        c.reallocation = allocationFrom(p);
        QStringList lots = allocatedLots(o);
        lots << lotsOf(c.reallocation);
        return decideResolveException(o, c, ruleFacts(ctx, o, lots));
    };
    r.commands.add(resolveEx);

    // ShipOrder ----------------------------------------------------------------------------
    CommandSpec ship;
    ship.name = QStringLiteral("ShipOrder");
    ship.context = QStringLiteral("orders");
    ship.summary = QStringLiteral("Ship a picked order with carrier, tracking and reference document: records the FSMA 204 shipping key data "
                                  "elements for every lot and deducts the stock.");
    ship.roles = kFloorRoles;
    ship.fields = {kOrderId, kOrderNumber, field("carrier", FieldType::Text, true, "the carrier"), field("tracking", FieldType::Text, true, "the tracking number"),
                   field("reference_document_type", FieldType::Enum, true, "bill of lading or invoice", shippingDocumentTypes()),
                   field("reference_document", FieldType::Text, true, "its number"), field("ship_date", FieldType::Text, false, "YYYY-MM-DD; default today")};
    ship.emits = {QStringLiteral("stock.deducted"), QStringLiteral("order.shipped")};
    ship.resolve = [](const QJsonObject& in, ResolveContext& ctx) -> Result<QJsonObject> {
        QJsonObject p = in;
        if (Status s = resolveOrder(p, ctx.db); !s) return s.refusal();
        if (str(p, "ship_date").isEmpty()) p.insert(QStringLiteral("ship_date"), iso(today(ctx.nowMs)));
        return p;
    };
    ship.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
        const OrderState o = loadOrder(ctx, str(p, "order_id"));
        ShipOrder c{str(p, "carrier"), str(p, "tracking"), str(p, "reference_document_type"), str(p, "reference_document"), dateOf(p, "ship_date"), ctx.nowMs,
                    catalog::CatalogQueries(ctx.db).siteDescription()};
        const QStringList lots = allocatedLots(o);
        QMap<QString, LotTrace> traces;
        for (const QString& lot : lots)
            if (!traces.contains(lot)) traces.insert(lot, traceOf(ctx, lot));
        return decideShip(o, c, ruleFacts(ctx, o, lots), traces);
    };
    r.commands.add(ship);

    // DeliverOrder -------------------------------------------------------------------------
    CommandSpec deliver;
    deliver.name = QStringLiteral("DeliverOrder");
    deliver.context = QStringLiteral("orders");
    deliver.summary = QStringLiteral("Record that a shipped order was delivered.");
    deliver.roles = {role::WarehouseManager, role::CxAgent};
    deliver.fields = {kOrderId, kOrderNumber, field("delivered_on", FieldType::Text, false, "YYYY-MM-DD; default today"),
                      field("tracking", FieldType::Text, false, "the carrier's tracking number, if confirmed by it")};
    deliver.emits = {QStringLiteral("order.delivered")};
    deliver.resolve = [](const QJsonObject& in, ResolveContext& ctx) -> Result<QJsonObject> {
        QJsonObject p = in;
        if (Status s = resolveOrder(p, ctx.db); !s) return s.refusal();
        if (str(p, "delivered_on").isEmpty()) p.insert(QStringLiteral("delivered_on"), iso(today(ctx.nowMs)));
        return p;
    };
    deliver.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
        const OrderState o = loadOrder(ctx, str(p, "order_id"));
        if (!str(p, "tracking").isEmpty() && o.exists && !o.tracking.isEmpty() && str(p, "tracking") != o.tracking)
            return refuse(QStringLiteral("order.tracking_mismatch"),
                          QStringLiteral("%1 was shipped with tracking number %2, not %3.").arg(o.describe(), o.tracking, str(p, "tracking")));
        return decideDeliver(o, dateOf(p, "delivered_on"));
    };
    r.commands.add(deliver);

    // CancelOrder --------------------------------------------------------------------------
    CommandSpec cancel;
    cancel.name = QStringLiteral("CancelOrder");
    cancel.context = QStringLiteral("orders");
    cancel.summary = QStringLiteral("Cancel an order that has not shipped; its reservations are released.");
    cancel.roles = {role::WarehouseManager, role::CxAgent};
    cancel.fields = {kOrderId, kOrderNumber, field("reason", FieldType::Text, true, "why")};
    cancel.emits = {QStringLiteral("stock.released"), QStringLiteral("order.cancelled")};
    cancel.resolve = orderResolve;
    cancel.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> { return decideCancel(loadOrder(ctx, str(p, "order_id")), str(p, "reason")); };
    r.commands.add(cancel);
}

// --- reads -------------------------------------------------------------------------------

namespace {
struct Where {
    QStringList clauses;
    QVariantList values;
    QString sql() const { return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND ")); }
};
Where whereFor(const OrderFilter& f)
{
    Where w;
    if (f.status == QLatin1String("open")) w.clauses << QStringLiteral("status IN ('confirmed', 'allocated', 'picked')");
    else if (!f.status.isEmpty()) {
        w.clauses << QStringLiteral("status = ?");
        w.values << f.status;
    }
    if (!f.search.trimmed().isEmpty()) {
        w.clauses << QStringLiteral("(number LIKE ? OR customer_name LIKE ?)");
        const QString like = QLatin1Char('%') + f.search.trimmed() + QLatin1Char('%');
        w.values << like << like;
    }
    if (f.attentionOnly) w.clauses << QStringLiteral("(needs_allocation = 1 OR exception = 1)");
    return w;
}
}  // namespace

int OrdersQueries::count(const OrderFilter& f) const
{
    const Where w = whereFor(f);
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM orders") + w.sql());
    for (const QVariant& v : w.values) q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<OrderRow> OrdersQueries::orders(const OrderFilter& f, int offset, int limit) const
{
    const Where w = whereFor(f);
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("SELECT order_id, number, customer_name, status, requested_ship_date, ship_date, lines, quantity, allocated, picked, shortfall,"
                             " needs_allocation, exception, updated_at FROM orders")
              + w.sql() + QStringLiteral(" ORDER BY requested_ship_date, number LIMIT ? OFFSET ?"));
    for (const QVariant& v : w.values) q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<OrderRow> out;
    if (q.exec())
        while (q.next()) {
            OrderRow r;
            r.orderId = q.value(0).toString();
            r.number = q.value(1).toString();
            r.customerName = q.value(2).toString();
            r.status = q.value(3).toString();
            r.requestedShipDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
            r.shipDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
            r.lines = q.value(6).toInt();
            r.quantity = q.value(7).toLongLong();
            r.allocated = q.value(8).toLongLong();
            r.picked = q.value(9).toLongLong();
            r.shortfall = q.value(10).toLongLong();
            r.needsAllocation = q.value(11).toInt() != 0;
            r.exception = q.value(12).toInt() != 0;
            r.updatedAt = q.value(13).toLongLong();
            out << r;
        }
    return out;
}

std::optional<OrderState> OrdersQueries::order(const QString& orderId) const
{
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("SELECT state FROM orders WHERE order_id = ?"));
    q.addBindValue(orderId);
    if (!q.exec() || !q.next()) return std::nullopt;
    QJsonObject o;
    parseJsonObject(q.value(0).toByteArray(), &o);
    return OrderState::fromJson(o);
}

QString OrdersQueries::idOf(const QString& number) const
{
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("SELECT order_id FROM orders WHERE number = ?"));
    q.addBindValue(number.trimmed().toUpper());
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QList<HistoryRow> OrdersQueries::history(const QString& orderId) const
{
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("SELECT h.version, h.at_ms, h.type, h.summary, COALESCE(u.display_name, h.recorded_by) FROM order_history h"
                             " LEFT JOIN identity_users u ON u.user_id = h.recorded_by WHERE h.order_id = ? ORDER BY h.version"));
    q.addBindValue(orderId);
    QList<HistoryRow> out;
    if (!q.exec()) {
        // identity table shape differs: fall back to plain rows
        q.prepare(QStringLiteral("SELECT version, at_ms, type, summary, recorded_by FROM order_history WHERE order_id = ? ORDER BY version"));
        q.addBindValue(orderId);
        if (!q.exec()) return out;
    }
    while (q.next()) out << HistoryRow{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString()};
    return out;
}

QList<PickRow> OrdersQueries::pickList(const QString& orderId) const
{
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("SELECT a.line_no, l.product_code, l.product_description, l.unit, a.lot_id, a.tlc, a.expiry, a.location_id, c.code, c.name,"
                             " COALESCE(json_extract(c.record, '$.pick_sequence'), 0), a.quantity, a.picked"
                             " FROM order_allocations a JOIN order_lines l ON l.order_id = a.order_id AND l.line_no = a.line_no"
                             " LEFT JOIN catalog_locations c ON c.id = a.location_id WHERE a.order_id = ?"
                             " ORDER BY COALESCE(json_extract(c.record, '$.pick_sequence'), 0), c.code, a.line_no, a.expiry"));
    q.addBindValue(orderId);
    QList<PickRow> out;
    if (q.exec())
        while (q.next()) {
            PickRow r;
            r.lineNo = q.value(0).toInt();
            r.productCode = q.value(1).toString();
            r.productDescription = q.value(2).toString();
            r.unit = q.value(3).toString();
            r.lotId = q.value(4).toString();
            r.tlc = q.value(5).toString();
            r.expiry = QDate::fromString(q.value(6).toString(), Qt::ISODate);
            r.locationId = q.value(7).toString();
            r.locationCode = q.value(8).toString();
            r.locationName = q.value(9).toString();
            r.pickSequence = q.value(10).toInt();
            r.quantity = q.value(11).toLongLong();
            r.picked = q.value(12).toLongLong();
            out << r;
        }
    return out;
}

QString OrdersQueries::nextNumber() const
{
    QSqlQuery q(db_);
    int n = 0;
    if (q.exec(QStringLiteral("SELECT MAX(CAST(substr(number, 4) AS INTEGER)) FROM orders WHERE number LIKE 'SO-%'")) && q.next()) n = q.value(0).toInt();
    return QStringLiteral("SO-%1").arg(n + 1, 6, 10, QLatin1Char('0'));
}

qint64 OrdersQueries::reservedOn(const QString& lotId) const
{
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(quantity), 0) FROM inventory_reservations WHERE lot_id = ?"));
    q.addBindValue(lotId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

}  // namespace tracelot::orders

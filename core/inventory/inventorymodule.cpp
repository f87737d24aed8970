// Inventory & receiving: the projection (inventory_lots, inventory_stock and totals), the
// commands with their fact loading, and the reads the desktop, CLI and orders use.
#include "inventory/inventorymodule.h"

#include "catalog/catalog.h"
#include "catalog/catalogmodule.h"
#include "common/canonicaljson.h"
#include "common/ids.h"
#include "eventstore/eventstore.h"
#include "eventstore/statement.h"
#include "identity/roles.h"
#include "pipeline/command.h"
#include "projections/projections.h"
#include "quality/quality.h"
#include "quality/qualitymodule.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace tracelot::inventory {
namespace {

QString str(const QJsonObject& p, const char* key) { return p.value(QLatin1String(key)).toString(); }
qint64 num(const QJsonObject& p, const char* key) { return p.value(QLatin1String(key)).toInteger(); }
QDate dateOf(const QJsonObject& p, const char* key) { return QDate::fromString(str(p, key), Qt::ISODate); }

// --- projection --------------------------------------------------------------------

class InventoryProjection final : public Projection {
public:
    QString name() const override { return QStringLiteral("inventory"); }
    int schemaVersion() const override { return 4; }  // 2: presence intervals; 3: reservations, shipped/returned stock; 4: FEFO index of stocked lots only
    QStringList eventTypes() const override
    {
        return {QStringLiteral("lot.received"), QStringLiteral("lot.created"),   QStringLiteral("stock.moved"),
                QStringLiteral("stock.adjusted"), QStringLiteral("waste.recorded"), QStringLiteral("lot.split"),
                QStringLiteral("lot.transformed"), QStringLiteral("lot.expiry_warning"),
                // orders and returns (issue 5): reservations live on the lot stream
                QStringLiteral("stock.reserved"), QStringLiteral("stock.released"), QStringLiteral("stock.deducted"),
                QStringLiteral("stock.returned"), QStringLiteral("stock.restocked")};
    }
    QStringList tables() const override
    {
        return {QStringLiteral("inventory_lots"), QStringLiteral("inventory_stock"), QStringLiteral("inventory_location_totals"),
                QStringLiteral("inventory_product_totals"), QStringLiteral("inventory_presence"), QStringLiteral("inventory_reservations")};
    }

    Status create(QSqlDatabase& db) override
    {
        QSqlQuery q(db);
        const char* ddl[] = {
            "CREATE TABLE IF NOT EXISTS inventory_lots (lot_id TEXT PRIMARY KEY, product_id TEXT NOT NULL, supplier_id TEXT,"
            " tlc TEXT NOT NULL, lot_code_key TEXT, origin TEXT NOT NULL, received_on TEXT NOT NULL, expiry TEXT, best_before TEXT,"
            " fefo_date TEXT, unit TEXT NOT NULL, on_hand INTEGER NOT NULL, expiry_warned INTEGER NOT NULL DEFAULT 0,"
            " created_at INTEGER NOT NULL, record TEXT NOT NULL) WITHOUT ROWID",
            "CREATE TABLE IF NOT EXISTS inventory_stock (lot_id TEXT NOT NULL, location_id TEXT NOT NULL, quantity INTEGER NOT NULL,"
            " PRIMARY KEY (lot_id, location_id)) WITHOUT ROWID",
            "CREATE TABLE IF NOT EXISTS inventory_location_totals (location_id TEXT PRIMARY KEY, quantity INTEGER NOT NULL) WITHOUT ROWID",
            "CREATE TABLE IF NOT EXISTS inventory_product_totals (product_id TEXT PRIMARY KEY, on_hand INTEGER NOT NULL) WITHOUT ROWID",
            // When each lot was at each location: [from_ms, to_ms), to_ms NULL while it still is.
            "CREATE TABLE IF NOT EXISTS inventory_presence (lot_id TEXT NOT NULL, location_id TEXT NOT NULL, from_ms INTEGER NOT NULL, to_ms INTEGER,"
            " PRIMARY KEY (lot_id, location_id, from_ms)) WITHOUT ROWID",
            // Stock reserved for order lines, per lot and location.
            "CREATE TABLE IF NOT EXISTS inventory_reservations (lot_id TEXT NOT NULL, location_id TEXT NOT NULL, order_id TEXT NOT NULL,"
            " line_no INTEGER NOT NULL, quantity INTEGER NOT NULL, PRIMARY KEY (lot_id, location_id, order_id, line_no)) WITHOUT ROWID",
        };
        for (const char* sql : ddl)
            if (!q.exec(QLatin1String(sql))) return refuse(QStringLiteral("projection.failed"), q.lastError().text());
        insertLot_ = std::make_unique<sql::Statement>(
            db, QStringLiteral("INSERT INTO inventory_lots(lot_id, product_id, supplier_id, tlc, lot_code_key, origin, received_on, expiry,"
                               " best_before, fefo_date, unit, on_hand, created_at, record) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        lotOnHand_ = std::make_unique<sql::Statement>(db, QStringLiteral("UPDATE inventory_lots SET on_hand = on_hand + ?2 WHERE lot_id = ?1"));
        lotProduct_ = std::make_unique<sql::Statement>(db, QStringLiteral("SELECT product_id FROM inventory_lots WHERE lot_id = ?"));
        warned_ = std::make_unique<sql::Statement>(db, QStringLiteral("UPDATE inventory_lots SET expiry_warned = 1 WHERE lot_id = ?"));
        stockAdd_ = std::make_unique<sql::Statement>(db, QStringLiteral("INSERT INTO inventory_stock VALUES(?1, ?2, ?3)"
                                                                        " ON CONFLICT(lot_id, location_id) DO UPDATE SET quantity = quantity + ?3"));
        stockPrune_ = std::make_unique<sql::Statement>(db, QStringLiteral("DELETE FROM inventory_stock WHERE lot_id = ? AND location_id = ? AND quantity = 0"));
        locationAdd_ = std::make_unique<sql::Statement>(db, QStringLiteral("INSERT INTO inventory_location_totals VALUES(?1, ?2)"
                                                                           " ON CONFLICT(location_id) DO UPDATE SET quantity = quantity + ?2"));
        productAdd_ = std::make_unique<sql::Statement>(db, QStringLiteral("INSERT INTO inventory_product_totals VALUES(?1, ?2)"
                                                                          " ON CONFLICT(product_id) DO UPDATE SET on_hand = on_hand + ?2"));
        stockAt_ = std::make_unique<sql::Statement>(db, QStringLiteral("SELECT quantity FROM inventory_stock WHERE lot_id = ? AND location_id = ?"));
        arrive_ = std::make_unique<sql::Statement>(db, QStringLiteral("INSERT OR IGNORE INTO inventory_presence VALUES(?, ?, ?, NULL)"));
        leave_ = std::make_unique<sql::Statement>(db, QStringLiteral("UPDATE inventory_presence SET to_ms = ?3 WHERE lot_id = ?1 AND location_id = ?2 AND to_ms IS NULL"));
        reserve_ = std::make_unique<sql::Statement>(db, QStringLiteral("INSERT INTO inventory_reservations VALUES(?1, ?2, ?3, ?4, ?5)"
                                                                       " ON CONFLICT(lot_id, location_id, order_id, line_no) DO UPDATE SET quantity = quantity + ?5"));
        reservePrune_ = std::make_unique<sql::Statement>(db, QStringLiteral("DELETE FROM inventory_reservations WHERE lot_id = ? AND location_id = ? AND quantity <= 0"));
        return ok();
    }

    Status createIndexes(QSqlDatabase& db) override
    {
        QSqlQuery q(db);
        const char* ddl[] = {
            "CREATE UNIQUE INDEX IF NOT EXISTS inventory_lots_code ON inventory_lots(lot_code_key)",
            // FEFO candidates: only lots with stock, so an allocation never walks past the lots
            // already shipped out (partial index; fefoCandidates' WHERE implies on_hand > 0).
            "CREATE INDEX IF NOT EXISTS inventory_lots_fefo_stocked ON inventory_lots(product_id, fefo_date, received_on, lot_id) WHERE on_hand > 0",
            "CREATE INDEX IF NOT EXISTS inventory_lots_tlc ON inventory_lots(tlc)",
            "CREATE INDEX IF NOT EXISTS inventory_lots_expiry ON inventory_lots(fefo_date)",
            // The stock list's FEFO order (undated last), so a page is an index walk, not a sort of every lot.
            "CREATE INDEX IF NOT EXISTS inventory_lots_list ON inventory_lots(fefo_date IS NULL, fefo_date, received_on, lot_id)",
            "CREATE INDEX IF NOT EXISTS inventory_stock_location ON inventory_stock(location_id, lot_id)",
            "CREATE INDEX IF NOT EXISTS inventory_presence_location ON inventory_presence(location_id, from_ms)",
            "CREATE INDEX IF NOT EXISTS inventory_reservations_order ON inventory_reservations(order_id, line_no)",
        };
        for (const char* sql : ddl)
            if (!q.exec(QLatin1String(sql))) return refuse(QStringLiteral("projection.failed"), q.lastError().text());
        return ok();
    }

    Status apply(const Event& e) override
    {
        const QJsonObject& p = e.payload;
        const QString lot = str(p, "lot_id");
        const QString& t = e.type;
        if (t == QLatin1String("lot.received") || t == QLatin1String("lot.created")) {
            const QString origin = t == QLatin1String("lot.received") ? QStringLiteral("received") : str(p, "origin");
            const QDate expiry = dateOf(p, "expiry"), bestBefore = dateOf(p, "best_before");
            const QDate fefo = expiry.isValid() ? expiry : bestBefore;
            const bool supplierCode = origin == QLatin1String("received") && !p.value(QLatin1String("tlc_assigned")).toBool();
            insertLot_->bind(1, lot)
                .bind(2, str(p, "product_id"))
                .bind(3, str(p, "supplier_id").isEmpty() ? QString() : str(p, "supplier_id"))
                .bind(4, str(p, "tlc"))
                .bind(5, supplierCode ? str(p, "product_id") + QLatin1Char('|') + str(p, "supplier_id") + QLatin1Char('|') + str(p, "tlc") : QString())
                .bind(6, origin)
                .bind(7, str(p, "received_on"))
                .bind(8, expiry.isValid() ? expiry.toString(Qt::ISODate) : QString())
                .bind(9, bestBefore.isValid() ? bestBefore.toString(Qt::ISODate) : QString())
                .bind(10, fefo.isValid() ? fefo.toString(Qt::ISODate) : QString())
                .bind(11, str(p, "unit"))
                .bind(12, 0)
                .bind(13, e.occurredAt)
                .bindUtf8(14, e.payloadJson.isEmpty() ? canonicalJson(p) : e.payloadJson);
            if (!insertLot_->run()) return failed(*insertLot_);
            return change(lot, str(p, "product_id"), str(p, "location_id"), num(p, "quantity"), e.occurredAt);
        }
        if (t == QLatin1String("lot.expiry_warning")) {
            warned_->bind(1, lot);
            return warned_->run() ? ok() : failed(*warned_);
        }
        if (t == QLatin1String("stock.reserved") || t == QLatin1String("stock.released"))
            return reservation(lot, str(p, "location_id"), str(p, "order_id"), p.value(QLatin1String("line_no")).toInt(),
                               t == QLatin1String("stock.reserved") ? num(p, "quantity") : -num(p, "quantity"));
        const QString product = productOf(lot);
        if (t == QLatin1String("stock.deducted")) {
            if (Status s = change(lot, product, str(p, "location_id"), -num(p, "quantity"), e.occurredAt); !s) return s;
            return reservation(lot, str(p, "location_id"), str(p, "order_id"), p.value(QLatin1String("line_no")).toInt(), -num(p, "quantity"));
        }
        if (t == QLatin1String("stock.returned")) return change(lot, product, str(p, "location_id"), num(p, "quantity"), e.occurredAt);
        if (t == QLatin1String("stock.moved") || t == QLatin1String("stock.restocked")) {
            if (Status s = change(lot, product, str(p, "from_location_id"), -num(p, "quantity"), e.occurredAt); !s) return s;
            return change(lot, product, str(p, "to_location_id"), num(p, "quantity"), e.occurredAt);
        }
        if (t == QLatin1String("stock.adjusted")) return change(lot, product, str(p, "location_id"), num(p, "delta"), e.occurredAt);
        // waste.recorded, lot.split, lot.transformed: quantity leaves the lot at that location
        return change(lot, product, str(p, "location_id"), -num(p, "quantity"), e.occurredAt);
    }

private:
    static Status failed(const sql::Statement& s) { return refuse(QStringLiteral("projection.failed"), s.error()); }

    QString productOf(const QString& lot)
    {
        lotProduct_->bind(1, lot);
        const QString p = lotProduct_->step() ? lotProduct_->text(0) : QString();
        lotProduct_->reset();
        return p;
    }

    // Stock of `lot` at `location` changes by `delta`; the lot, location and product totals follow.
    Status change(const QString& lot, const QString& product, const QString& location, qint64 delta, qint64 atMs)
    {
        stockAt_->bind(1, lot).bind(2, location);
        const qint64 before = stockAt_->step() ? stockAt_->int64(0) : 0;
        stockAt_->reset();
        if (before == 0 && delta > 0) {  // the lot arrives at the location
            arrive_->bind(1, lot).bind(2, location).bind(3, atMs);
            if (!arrive_->run()) return failed(*arrive_);
        } else if (before > 0 && before + delta == 0) {  // the last of it leaves
            leave_->bind(1, lot).bind(2, location).bind(3, atMs);
            if (!leave_->run()) return failed(*leave_);
        }
        stockAdd_->bind(1, lot).bind(2, location).bind(3, delta);
        if (!stockAdd_->run()) return failed(*stockAdd_);
        stockPrune_->bind(1, lot).bind(2, location);
        if (!stockPrune_->run()) return failed(*stockPrune_);
        lotOnHand_->bind(1, lot).bind(2, delta);
        if (!lotOnHand_->run()) return failed(*lotOnHand_);
        locationAdd_->bind(1, location).bind(2, delta);
        if (!locationAdd_->run()) return failed(*locationAdd_);
        productAdd_->bind(1, product).bind(2, delta);
        if (!productAdd_->run()) return failed(*productAdd_);
        return ok();
    }

    Status reservation(const QString& lot, const QString& location, const QString& order, int lineNo, qint64 delta)
    {
        reserve_->bind(1, lot).bind(2, location).bind(3, order).bind(4, lineNo).bind(5, delta);
        if (!reserve_->run()) return failed(*reserve_);
        reservePrune_->bind(1, lot).bind(2, location);
        return reservePrune_->run() ? ok() : failed(*reservePrune_);
    }

    std::unique_ptr<sql::Statement> insertLot_, lotOnHand_, lotProduct_, warned_, stockAdd_, stockPrune_, locationAdd_, productAdd_, stockAt_, arrive_,
        leave_, reserve_, reservePrune_;
};

SupplierFacts supplierFacts(QSqlDatabase db, const QString& id)
{
    SupplierFacts f;
    const auto row = catalog::CatalogQueries(db).byId(catalog::Kind::Supplier, id);
    if (!row) return f;
    f.exists = true;
    f.active = row->value(QLatin1String("active")).toBool(true);
    f.id = id;
    f.code = str(*row, "code");
    f.name = str(*row, "name");
    f.gln = str(*row, "gln");
    f.fdaRegistration = str(*row, "fda_registration");
    QStringList parts{f.name};
    if (!str(*row, "address").isEmpty()) parts << str(*row, "address");
    if (!str(*row, "phone").isEmpty()) parts << str(*row, "phone");
    if (!f.gln.isEmpty()) parts << QStringLiteral("GLN ") + f.gln;
    f.locationDescription = parts.join(QStringLiteral(", "));
    return f;
}

LotState loadLot(HandlerContext& ctx, const QString& lotId) { return fold(ctx.store.readStream(lotStream(lotId))); }

// --- resolving references ------------------------------------------------------------

// `<name>_id`, or `<name>_code` (looked up), becomes `<name>_id` in the stored command.
Status resolveRef(QJsonObject& p, const QString& name, catalog::Kind kind, QSqlDatabase db, bool required)
{
    const QString idKey = name + QStringLiteral("_id"), codeKey = name + QStringLiteral("_code");
    const QString code = p.take(codeKey).toString().trimmed();
    if (!p.value(idKey).toString().isEmpty()) return ok();
    if (!code.isEmpty()) {
        const auto row = catalog::CatalogQueries(db).byCode(kind, code);
        if (!row)
            return refuse(QStringLiteral("inventory.%1_unknown").arg(name),
                          QStringLiteral("There is no %1 with the code %2.").arg(catalog::spec(kind).label.toLower(), code.toUpper()));
        p.insert(idKey, str(*row, "id"));
        return ok();
    }
    if (required)
        return refuse(QStringLiteral("payload.missing_field"), QStringLiteral("Give %1 or %2.").arg(idKey, codeKey));
    return ok();
}

Result<QDate> optionalDate(const QJsonObject& p, const char* key)
{
    const QString s = str(p, key).trimmed();
    if (s.isEmpty()) return QDate();
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid())
        return refuse(QStringLiteral("inventory.date_invalid"), QStringLiteral("%1 \"%2\" is not a date (use YYYY-MM-DD).").arg(QLatin1String(key), s));
    return d;
}

QDate today(qint64 nowMs) { return QDateTime::fromMSecsSinceEpoch(nowMs).date(); }

QString assignedTlc(const QString& lotId, const QDate& day)
{
    // Tracelot's own lot code: site prefix, date, first 8 hex digits of the lot id.
    return QStringLiteral("TL%1-%2").arg(day.toString(QStringLiteral("yyMMdd")), lotId.left(8).toUpper());
}

FieldDoc field(const char* name, FieldType type, bool required, const char* doc, QStringList values = {})
{
    return FieldDoc{QLatin1String(name), type, required, QString::fromUtf8(doc), std::move(values)};
}

const QStringList kStockRoles{role::WarehouseManager, role::WarehouseOperator};

}  // namespace

// --- facts ---------------------------------------------------------------------------

ProductFacts productFacts(QSqlDatabase db, const QString& id)
{
    ProductFacts f;
    const auto row = catalog::CatalogQueries(db).byId(catalog::Kind::Product, id);
    if (!row) return f;
    f.exists = true;
    f.active = row->value(QLatin1String("active")).toBool(true);
    f.id = id;
    f.code = str(*row, "code");
    f.name = str(*row, "name");
    f.gtin = str(*row, "gtin");
    f.baseUnit = str(*row, "base_unit");
    f.shelfLifeDays = static_cast<int>(num(*row, "shelf_life_days"));
    f.expiryWarningDays = static_cast<int>(row->value(QLatin1String("expiry_warning_days")).toInteger(7));
    f.reorderPoint = num(*row, "reorder_point");
    f.qcRequired = row->value(QLatin1String("qc_required")).toBool();
    f.minShelfLifeDays = static_cast<int>(num(*row, "min_shelf_life_days"));
    return f;
}

LocationFacts locationFacts(QSqlDatabase db, const QString& id)
{
    LocationFacts f;
    const auto row = catalog::CatalogQueries(db).byId(catalog::Kind::Location, id);
    if (!row) return f;
    f.exists = true;
    f.active = row->value(QLatin1String("active")).toBool(true);
    f.id = id;
    f.code = str(*row, "code");
    f.name = str(*row, "name");
    f.type = str(*row, "type");
    f.capacity = row->contains(QStringLiteral("capacity")) ? num(*row, "capacity") : -1;
    f.occupied = InventoryQueries(db).occupied(id);
    return f;
}

void install(Registrar& r)
{
    r.projections.add(std::make_unique<InventoryProjection>());

    // ReceiveLot ----------------------------------------------------------------------
    CommandSpec receive;
    receive.name = QStringLiteral("ReceiveLot");
    receive.context = QStringLiteral("inventory");
    receive.summary = QStringLiteral("Receive a lot at the dock with every FSMA 204 receiving key data element.");
    receive.roles = kStockRoles;
    receive.fields = {
        field("lot_id", FieldType::Text, false, "UUID of the new lot; generated when absent"),
        field("product_id", FieldType::Text, false, "the product (or product_code, or gtin)"),
        field("product_code", FieldType::Text, false, "the product's SKU"),
        field("gtin", FieldType::Text, false, "the product's GTIN, as scanned"),
        field("quantity", FieldType::Integer, true, "quantity received, in the product's base unit"),
        field("unit", FieldType::Text, false, "unit of measure; must be the product's base unit (default)"),
        field("supplier_id", FieldType::Text, false, "the supplier (or supplier_code)"),
        field("supplier_code", FieldType::Text, false, "the supplier's code"),
        field("tlc", FieldType::Text, false, "the supplier's traceability lot code, kept exactly as received; empty: Tracelot assigns one"),
        field("tlc_source", FieldType::Text, false, "location description of the TLC source; default: the supplier's"),
        field("tlc_source_reference", FieldType::Text, false, "reference for the TLC source instead of a description: GLN or FDA registration"),
        field("previous_source", FieldType::Text, false, "immediate previous source (e.g. the carrier's shipper); default: the supplier"),
        field("location_id", FieldType::Text, false, "receiving location (or location_code)"),
        field("location_code", FieldType::Text, false, "receiving location code, e.g. DOCK-01"),
        field("received_on", FieldType::Text, false, "YYYY-MM-DD; default today"),
        field("reference_document_type", FieldType::Enum, true, "reference document type", referenceDocumentTypes()),
        field("reference_document_number", FieldType::Text, true, "reference document number"),
        field("expiry", FieldType::Text, false, "use-by / expiry date YYYY-MM-DD"),
        field("best_before", FieldType::Text, false, "best-before date YYYY-MM-DD"),
        field("production_date", FieldType::Text, false, "production or pack date YYYY-MM-DD (expiry = production + shelf life when no date is given)"),
        field("temperature_c", FieldType::Decimal, false, "product temperature at receipt, °C"),
    };
    receive.emits = {QStringLiteral("lot.received"), QStringLiteral("hold.placed")};
    receive.resolve = [](const QJsonObject& in, ResolveContext& ctx) -> Result<QJsonObject> {
        QJsonObject p = in;
        if (str(p, "lot_id").isEmpty()) p.insert(QStringLiteral("lot_id"), ctx.ids.next());
        if (str(p, "product_id").isEmpty() && !str(p, "gtin").isEmpty()) {
            const QString gtin = str(p, "gtin").trimmed().rightJustified(14, QLatin1Char('0'));
            const auto row = catalog::CatalogQueries(ctx.db).productByGtin(gtin);
            if (!row) return refuse(QStringLiteral("inventory.gtin_unknown"), QStringLiteral("No product has the GTIN %1; define the product first.").arg(gtin));
            p.insert(QStringLiteral("product_id"), str(*row, "id"));
        }
        p.remove(QStringLiteral("gtin"));
        if (Status s = resolveRef(p, QStringLiteral("product"), catalog::Kind::Product, ctx.db, true); !s) return s.refusal();
        if (Status s = resolveRef(p, QStringLiteral("supplier"), catalog::Kind::Supplier, ctx.db, true); !s) return s.refusal();
        if (Status s = resolveRef(p, QStringLiteral("location"), catalog::Kind::Location, ctx.db, true); !s) return s.refusal();
        if (str(p, "received_on").isEmpty()) p.insert(QStringLiteral("received_on"), today(ctx.nowMs).toString(Qt::ISODate));
        if (const auto row = catalog::CatalogQueries(ctx.db).byId(catalog::Kind::Product, str(p, "product_id"))) {
            if (str(p, "unit").isEmpty()) p.insert(QStringLiteral("unit"), str(*row, "base_unit"));
            // Policy: a product that needs a quality check is held on receipt.
            if (row->value(QLatin1String("qc_required")).toBool()) p.insert(QStringLiteral("qc_hold_id"), ctx.ids.next());
        }
        if (p.contains(QStringLiteral("temperature_c"))) {
            const QString t = catalog::normaliseTemperature(p.value(QLatin1String("temperature_c")));
            if (t.isEmpty()) return refuse(QStringLiteral("inventory.temperature_invalid"), QStringLiteral("The temperature at receipt is not a temperature in °C."));
            p.insert(QStringLiteral("temperature_c"), t);
        }
        return p;
    };
    receive.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
        ReceiveLot c;
        c.lotId = str(p, "lot_id");
        c.productId = str(p, "product_id");
        c.quantity = num(p, "quantity");
        c.unit = str(p, "unit");
        c.supplierId = str(p, "supplier_id");
        c.tlc = str(p, "tlc");
        c.tlcSource = str(p, "tlc_source");
        c.tlcSourceReference = str(p, "tlc_source_reference");
        c.previousSource = str(p, "previous_source");
        c.locationId = str(p, "location_id");
        c.referenceDocumentType = str(p, "reference_document_type");
        c.referenceDocumentNumber = str(p, "reference_document_number");
        c.temperatureC = str(p, "temperature_c");
        for (auto [key, target] : {std::pair{"received_on", &c.receivedOn}, std::pair{"expiry", &c.expiry}, std::pair{"best_before", &c.bestBefore},
                                   std::pair{"production_date", &c.productionDate}}) {
            Result<QDate> d = optionalDate(p, key);
            if (!d) return d.refusal();
            *target = d.value();
        }
        c.assignedTlc = assignedTlc(c.lotId, c.receivedOn);
        c.siteDescription = catalog::CatalogQueries(ctx.db).siteDescription();
        ReceiveFacts f;
        f.product = productFacts(ctx.db, c.productId);
        f.supplier = supplierFacts(ctx.db, c.supplierId);
        f.location = locationFacts(ctx.db, c.locationId);
        if (!c.tlc.isEmpty()) {
            QSqlQuery q(ctx.db);
            q.prepare(QStringLiteral("SELECT 1 FROM inventory_lots WHERE lot_code_key = ?"));
            q.addBindValue(c.productId + QLatin1Char('|') + c.supplierId + QLatin1Char('|') + c.tlc);
            f.lotCodeTaken = q.exec() && q.next();
        }
        Result<NewEvents> received = decideReceive(loadLot(ctx, c.lotId), c, f);
        if (!received || str(p, "qc_hold_id").isEmpty()) return received;
        quality::PlaceHold h;
        h.holdId = str(p, "qc_hold_id");
        h.number = quality::QualityQueries(ctx.db).nextHoldNumber();
        h.lotId = c.lotId;
        h.cause = QStringLiteral("qc_required");
        h.reason = QStringLiteral("%1 needs a quality check before it may be sold.").arg(f.product.name);
        h.placedAt = QDateTime::fromMSecsSinceEpoch(ctx.nowMs, Qt::UTC).toString(Qt::ISODateWithMs);
        h.placedBy = ctx.actor.displayName.isEmpty() ? ctx.actor.username : ctx.actor.displayName;
        Result<NewEvents> hold = quality::decidePlaceHold({}, h, true, c.quantity);
        if (!hold) return hold.refusal();
        for (NewEvent& e : hold.value()) received.value().push_back(std::move(e));
        return received;
    };
    r.commands.add(receive);

    // MoveStock -------------------------------------------------------------------------
    CommandSpec move;
    move.name = QStringLiteral("MoveStock");
    move.context = QStringLiteral("inventory");
    move.summary = QStringLiteral("Move a quantity of a lot from one location to another (put-away, replenishment, to quarantine).");
    move.roles = kStockRoles;
    move.fields = {field("lot_id", FieldType::Text, true, "the lot"),
                   field("from_location_id", FieldType::Text, false, "where it is (or from_location_code)"),
                   field("from_location_code", FieldType::Text, false, "where it is"),
                   field("to_location_id", FieldType::Text, false, "where it goes (or to_location_code)"),
                   field("to_location_code", FieldType::Text, false, "where it goes"),
                   field("quantity", FieldType::Integer, true, "quantity in the product's base unit")};
    move.emits = {QStringLiteral("stock.moved")};
    move.resolve = [](const QJsonObject& in, ResolveContext& ctx) -> Result<QJsonObject> {
        QJsonObject p = in;
        if (Status s = resolveRef(p, QStringLiteral("from_location"), catalog::Kind::Location, ctx.db, true); !s) return s.refusal();
        if (Status s = resolveRef(p, QStringLiteral("to_location"), catalog::Kind::Location, ctx.db, true); !s) return s.refusal();
        return p;
    };
    move.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
        MoveStock c{str(p, "lot_id"), str(p, "from_location_id"), str(p, "to_location_id"), num(p, "quantity"), today(ctx.nowMs), false, 0, {}};
        const quality::QualityQueries::Held held = quality::QualityQueries(ctx.db).heldAt(c.lotId, c.fromLocationId);
        c.heldAll = held.all;
        c.heldQuantity = held.quantity;
        c.holdNumber = held.firstNumber;
        return decideMove(loadLot(ctx, c.lotId), c, locationFacts(ctx.db, c.fromLocationId), locationFacts(ctx.db, c.toLocationId));
    };
    r.commands.add(move);

    const auto locationResolve = [](const QJsonObject& in, ResolveContext& ctx) -> Result<QJsonObject> {
        QJsonObject p = in;
        if (Status s = resolveRef(p, QStringLiteral("location"), catalog::Kind::Location, ctx.db, true); !s) return s.refusal();
        return p;
    };
    const FieldDoc locId = field("location_id", FieldType::Text, false, "the location (or location_code)");
    const FieldDoc locCode = field("location_code", FieldType::Text, false, "the location's code");

    // AdjustStock -----------------------------------------------------------------------
    CommandSpec adjust;
    adjust.name = QStringLiteral("AdjustStock");
    adjust.context = QStringLiteral("inventory");
    adjust.summary = QStringLiteral("Record a count of a lot at a location; the difference is booked with a reason.");
    adjust.roles = kStockRoles;
    adjust.fields = {field("lot_id", FieldType::Text, true, "the lot"), locId, locCode,
                     field("counted", FieldType::Integer, true, "the quantity counted, in base units"),
                     field("reason", FieldType::Enum, true, "why", adjustReasons()), field("note", FieldType::Text, false, "free text")};
    adjust.emits = {QStringLiteral("stock.adjusted"), QStringLiteral("reorder.triggered"), QStringLiteral("stock.out_of_stock")};
    adjust.resolve = locationResolve;
    adjust.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
        const LotState lot = loadLot(ctx, str(p, "lot_id"));
        AdjustStock c{str(p, "lot_id"), str(p, "location_id"), num(p, "counted"), str(p, "reason"), str(p, "note")};
        return decideAdjust(lot, c, locationFacts(ctx.db, c.locationId), productFacts(ctx.db, lot.productId), InventoryQueries(ctx.db).onHand(lot.productId));
    };
    r.commands.add(adjust);

    // RecordWaste -----------------------------------------------------------------------
    CommandSpec waste;
    waste.name = QStringLiteral("RecordWaste");
    waste.context = QStringLiteral("inventory");
    waste.summary = QStringLiteral("Write off a quantity of a lot as waste, with the reason.");
    waste.roles = kStockRoles;
    waste.fields = {field("lot_id", FieldType::Text, true, "the lot"), locId, locCode,
                    field("quantity", FieldType::Integer, true, "quantity wasted, in base units"),
                    field("reason", FieldType::Enum, true, "why", wasteReasons()), field("note", FieldType::Text, false, "free text")};
    waste.emits = {QStringLiteral("waste.recorded"), QStringLiteral("reorder.triggered"), QStringLiteral("stock.out_of_stock")};
    waste.resolve = locationResolve;
    waste.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
        const LotState lot = loadLot(ctx, str(p, "lot_id"));
        RecordWaste c{str(p, "lot_id"), str(p, "location_id"), num(p, "quantity"), str(p, "reason"), str(p, "note")};
        return decideWaste(lot, c, locationFacts(ctx.db, c.locationId), productFacts(ctx.db, lot.productId), InventoryQueries(ctx.db).onHand(lot.productId));
    };
    r.commands.add(waste);

    // SplitLot --------------------------------------------------------------------------
    CommandSpec split;
    split.name = QStringLiteral("SplitLot");
    split.context = QStringLiteral("inventory");
    split.summary = QStringLiteral("Physically split part of a lot into a new lot with the same traceability lot code.");
    split.roles = kStockRoles;
    split.fields = {field("lot_id", FieldType::Text, true, "the lot to split"), locId, locCode,
                    field("quantity", FieldType::Integer, true, "quantity that goes into the new lot"),
                    field("new_lot_id", FieldType::Text, false, "UUID of the new lot; generated when absent")};
    split.emits = {QStringLiteral("lot.split"), QStringLiteral("lot.created")};
    split.resolve = [](const QJsonObject& in, ResolveContext& ctx) -> Result<QJsonObject> {
        QJsonObject p = in;
        if (Status s = resolveRef(p, QStringLiteral("location"), catalog::Kind::Location, ctx.db, true); !s) return s.refusal();
        if (str(p, "new_lot_id").isEmpty()) p.insert(QStringLiteral("new_lot_id"), ctx.ids.next());
        return p;
    };
    split.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
        SplitLot c{str(p, "lot_id"), str(p, "new_lot_id"), str(p, "location_id"), num(p, "quantity")};
        return decideSplit(loadLot(ctx, c.lotId), loadLot(ctx, c.newLotId), c, locationFacts(ctx.db, c.locationId));
    };
    r.commands.add(split);

    // TransformLots ---------------------------------------------------------------------
    CommandSpec transform;
    transform.name = QStringLiteral("TransformLots");
    transform.context = QStringLiteral("inventory");
    transform.summary = QStringLiteral("Repack or merge lots into a new lot with a new traceability lot code; each input with the quantity used.");
    transform.roles = {role::WarehouseManager};
    transform.fields = {field("kind", FieldType::Enum, true, "repack or merge", {QStringLiteral("repack"), QStringLiteral("merge")}),
                        field("inputs", FieldType::Array, true, "[{lot_id, location_id or location_code, quantity}]"),
                        field("output_product_id", FieldType::Text, false, "product of the new lot (or output_product_code)"),
                        field("output_product_code", FieldType::Text, false, "product of the new lot"),
                        field("output_quantity", FieldType::Integer, true, "quantity of the new lot, in its base unit"),
                        field("output_location_id", FieldType::Text, false, "where the new lot is (or output_location_code)"),
                        field("output_location_code", FieldType::Text, false, "where the new lot is"),
                        field("expiry", FieldType::Text, false, "YYYY-MM-DD; default and maximum: the earliest input expiry"),
                        field("transformed_on", FieldType::Text, false, "YYYY-MM-DD; default today"),
                        field("output_lot_id", FieldType::Text, false, "UUID of the new lot; generated when absent"),
                        field("reference_document_type", FieldType::Text, false, "e.g. a work order type"),
                        field("reference_document_number", FieldType::Text, false, "its number")};
    transform.emits = {QStringLiteral("lot.transformed"), QStringLiteral("lot.created"), QStringLiteral("reorder.triggered"),
                       QStringLiteral("stock.out_of_stock")};
    transform.resolve = [](const QJsonObject& in, ResolveContext& ctx) -> Result<QJsonObject> {
        QJsonObject p = in;
        if (Status s = resolveRef(p, QStringLiteral("output_product"), catalog::Kind::Product, ctx.db, true); !s) return s.refusal();
        if (Status s = resolveRef(p, QStringLiteral("output_location"), catalog::Kind::Location, ctx.db, true); !s) return s.refusal();
        QJsonArray inputs;
        for (const QJsonValue& v : p.value(QLatin1String("inputs")).toArray()) {
            QJsonObject i = v.toObject();
            if (Status s = resolveRef(i, QStringLiteral("location"), catalog::Kind::Location, ctx.db, true); !s) return s.refusal();
            inputs.append(i);
        }
        p.insert(QStringLiteral("inputs"), inputs);
        if (str(p, "output_lot_id").isEmpty()) p.insert(QStringLiteral("output_lot_id"), ctx.ids.next());
        if (str(p, "transformed_on").isEmpty()) p.insert(QStringLiteral("transformed_on"), today(ctx.nowMs).toString(Qt::ISODate));
        return p;
    };
    transform.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
        TransformLots c;
        c.kind = str(p, "kind");
        c.outputLotId = str(p, "output_lot_id");
        c.outputProductId = str(p, "output_product_id");
        c.outputQuantity = num(p, "output_quantity");
        c.outputLocationId = str(p, "output_location_id");
        c.referenceDocumentType = str(p, "reference_document_type");
        c.referenceDocumentNumber = str(p, "reference_document_number");
        Result<QDate> expiry = optionalDate(p, "expiry");
        if (!expiry) return expiry.refusal();
        c.expiry = expiry.value();
        Result<QDate> on = optionalDate(p, "transformed_on");
        if (!on) return on.refusal();
        c.transformedOn = on.value();
        c.outputTlc = assignedTlc(c.outputLotId, c.transformedOn);
        c.siteDescription = catalog::CatalogQueries(ctx.db).siteDescription();
        TransformFacts f;
        InventoryQueries q(ctx.db);
        for (const QJsonValue& v : p.value(QLatin1String("inputs")).toArray()) {
            const QJsonObject i = v.toObject();
            c.inputs.push_back({str(i, "lot_id"), str(i, "location_id"), num(i, "quantity")});
            f.inputs.push_back(loadLot(ctx, str(i, "lot_id")));
            const QString loc = str(i, "location_id");
            if (!f.inputLocations.contains(loc)) f.inputLocations.insert(loc, locationFacts(ctx.db, loc));
            const QString product = f.inputs.back().productId;
            if (!product.isEmpty() && !f.inputProducts.contains(product)) {
                f.inputProducts.insert(product, productFacts(ctx.db, product));
                f.productOnHand.insert(product, q.onHand(product));
            }
        }
        f.output = loadLot(ctx, c.outputLotId);
        f.outputProduct = productFacts(ctx.db, c.outputProductId);
        f.outputLocation = locationFacts(ctx.db, c.outputLocationId);
        return decideTransform(c, f);
    };
    r.commands.add(transform);

    // RecordExpiryWarnings -------------------------------------------------------------
    CommandSpec warn;
    warn.name = QStringLiteral("RecordExpiryWarnings");
    warn.context = QStringLiteral("inventory");
    warn.summary = QStringLiteral("Raise an expiry warning for every lot with stock that has entered its product's warning window.");
    warn.roles = kStockRoles;
    warn.fields = {field("as_of", FieldType::Text, false, "YYYY-MM-DD; default today")};
    warn.emits = {QStringLiteral("lot.expiry_warning")};
    warn.resolve = [](const QJsonObject& in, ResolveContext& ctx) -> Result<QJsonObject> {
        QJsonObject p = in;
        if (str(p, "as_of").isEmpty()) p.insert(QStringLiteral("as_of"), today(ctx.nowMs).toString(Qt::ISODate));
        return p;
    };
    warn.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
        Result<QDate> asOf = optionalDate(p, "as_of");
        if (!asOf) return asOf.refusal();
        // Candidates: lots with stock, not yet warned, dated within the longest window.
        QSqlQuery q(ctx.db);
        q.prepare(QStringLiteral("SELECT lot_id, product_id FROM inventory_lots WHERE on_hand > 0 AND expiry_warned = 0 AND fefo_date IS NOT NULL"
                                 " AND fefo_date <= ? ORDER BY fefo_date"));
        q.addBindValue(asOf.value().addDays(365).toString(Qt::ISODate));
        NewEvents out;
        QHash<QString, ProductFacts> products;
        QList<QPair<QString, QString>> lots;
        if (q.exec())
            while (q.next()) lots.append({q.value(0).toString(), q.value(1).toString()});
        for (const auto& [lotId, productId] : lots) {
            if (!products.contains(productId)) products.insert(productId, productFacts(ctx.db, productId));
            Result<NewEvents> due = decideExpiryWarning(loadLot(ctx, lotId), products.value(productId), asOf.value());
            if (due)
                for (NewEvent& e : due.value()) out.push_back(std::move(e));
        }
        if (out.empty()) return refuse(QStringLiteral("inventory.no_warning"), QStringLiteral("No lot has entered its expiry warning window."));
        return out;
    };
    r.commands.add(warn);
}

// --- reads ---------------------------------------------------------------------------

namespace {
struct Where {
    QStringList clauses;
    QVariantList values;
};

Where whereFor(const LotFilter& f)
{
    Where w;
    if (!f.includeEmpty && f.status != QLatin1String("empty")) w.clauses << QStringLiteral("l.on_hand > 0");
    if (!f.productId.isEmpty()) {
        w.clauses << QStringLiteral("l.product_id = ?");
        w.values << f.productId;
    }
    if (!f.locationId.isEmpty()) {
        w.clauses << QStringLiteral("EXISTS (SELECT 1 FROM inventory_stock s WHERE s.lot_id = l.lot_id AND s.location_id = ?)");
        w.values << f.locationId;
    }
    if (!f.search.trimmed().isEmpty()) {
        w.clauses << QStringLiteral("(l.tlc LIKE ? OR l.product_id IN (SELECT id FROM catalog_products WHERE code LIKE ? OR name LIKE ?))");
        const QString like = QLatin1Char('%') + f.search.trimmed() + QLatin1Char('%');
        w.values << like << like << like;
    }
    const QString today = f.today.toString(Qt::ISODate);
    if (f.status == QLatin1String("expired")) {
        w.clauses << QStringLiteral("l.fefo_date < ?");
        w.values << today;
    } else if (f.status == QLatin1String("quarantine")) {
        w.clauses << QStringLiteral("EXISTS (SELECT 1 FROM inventory_stock s JOIN catalog_locations c ON c.id = s.location_id"
                                    " WHERE s.lot_id = l.lot_id AND c.type = 'quarantine')");
    } else if (f.status == QLatin1String("available")) {
        w.clauses << QStringLiteral("(l.fefo_date IS NULL OR l.fefo_date >= ?)");
        w.values << today;
    } else if (f.status == QLatin1String("empty")) {
        w.clauses << QStringLiteral("l.on_hand = 0");
    }
    if (f.expiresWithinDays >= 0) {
        w.clauses << QStringLiteral("l.fefo_date <= ?");
        w.values << f.today.addDays(f.expiresWithinDays).toString(Qt::ISODate);
    }
    return w;
}

QString whereSql(const Where& w) { return w.clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + w.clauses.join(QStringLiteral(" AND ")); }

const char* const kLotColumns =
    "SELECT l.lot_id, l.tlc, l.product_id, p.code, p.name, sup.name, l.unit, l.received_on, l.expiry, l.best_before, l.on_hand, l.origin,"
    " (SELECT group_concat(c.code || ': ' || s.quantity, ', ') FROM inventory_stock s JOIN catalog_locations c ON c.id = s.location_id"
    "   WHERE s.lot_id = l.lot_id),"
    " (SELECT COUNT(*) FROM inventory_stock s JOIN catalog_locations c ON c.id = s.location_id WHERE s.lot_id = l.lot_id AND c.type = 'quarantine')"
    " FROM inventory_lots l LEFT JOIN catalog_products p ON p.id = l.product_id LEFT JOIN catalog_suppliers sup ON sup.id = l.supplier_id";

LotRow lotRow(const QSqlQuery& q, const QDate& today)
{
    LotRow r;
    r.lotId = q.value(0).toString();
    r.tlc = q.value(1).toString();
    r.productId = q.value(2).toString();
    r.productCode = q.value(3).toString();
    r.productName = q.value(4).toString();
    r.supplierName = q.value(5).toString();
    r.unit = q.value(6).toString();
    r.receivedOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    r.expiry = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    r.bestBefore = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    r.onHand = q.value(10).toLongLong();
    r.origin = q.value(11).toString();
    r.locations = q.value(12).toString();
    const QDate fefo = r.expiry.isValid() ? r.expiry : r.bestBefore;
    r.status = r.onHand <= 0                          ? QStringLiteral("empty")
               : q.value(13).toInt() > 0              ? QStringLiteral("quarantine")
               : fefo.isValid() && fefo < today       ? QStringLiteral("expired")
                                                      : QStringLiteral("available");
    return r;
}
}  // namespace

int InventoryQueries::countLots(const LotFilter& f) const
{
    const Where w = whereFor(f);
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM inventory_lots l") + whereSql(w));
    for (const QVariant& v : w.values) q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<LotRow> InventoryQueries::lots(const LotFilter& f, int offset, int limit) const
{
    const Where w = whereFor(f);
    QSqlQuery q(db_);
    q.setForwardOnly(true);
    q.prepare(QLatin1String(kLotColumns) + whereSql(w) + QStringLiteral(" ORDER BY l.fefo_date IS NULL, l.fefo_date, l.received_on, l.lot_id LIMIT ? OFFSET ?"));
    for (const QVariant& v : w.values) q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<LotRow> out;
    if (q.exec())
        while (q.next()) out << lotRow(q, f.today);
    return out;
}

std::optional<LotRow> InventoryQueries::lot(const QString& lotId) const
{
    QSqlQuery q(db_);
    q.prepare(QLatin1String(kLotColumns) + QStringLiteral(" WHERE l.lot_id = ?"));
    q.addBindValue(lotId);
    if (q.exec() && q.next()) return lotRow(q, QDate::currentDate());
    return std::nullopt;
}

QList<LocationStock> InventoryQueries::stockOf(const QString& lotId) const
{
    QList<LocationStock> out;
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("SELECT s.location_id, c.code, c.name, c.type, s.quantity FROM inventory_stock s"
                             " LEFT JOIN catalog_locations c ON c.id = s.location_id WHERE s.lot_id = ? ORDER BY c.code"));
    q.addBindValue(lotId);
    if (q.exec())
        while (q.next())
            out << LocationStock{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toLongLong()};
    return out;
}

qint64 InventoryQueries::onHand(const QString& productId) const
{
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("SELECT on_hand FROM inventory_product_totals WHERE product_id = ?"));
    q.addBindValue(productId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 InventoryQueries::occupied(const QString& locationId) const
{
    sql::Cached q(db_, QStringLiteral("SELECT quantity FROM inventory_location_totals WHERE location_id = ?"));  // every move asks
    q->bind(1, locationId);
    return q->step() ? q->int64(0) : 0;
}

QStringList InventoryQueries::lotsPresent(const QString& locationId, qint64 fromMs, qint64 toMs) const
{
    QStringList out;
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("SELECT DISTINCT lot_id FROM inventory_presence WHERE location_id = ? AND from_ms <= ? AND (to_ms IS NULL OR to_ms >= ?)"
                             " ORDER BY lot_id"));
    q.addBindValue(locationId);
    q.addBindValue(toMs);
    q.addBindValue(fromMs);
    if (q.exec())
        while (q.next()) out << q.value(0).toString();
    return out;
}

ExpiryBoard InventoryQueries::expiryBoard(const QDate& today) const
{
    ExpiryBoard b;
    sql::Statement q(db_, QStringLiteral("SELECT SUM(fefo_date < ?1), SUM(fefo_date >= ?1 AND fefo_date < ?2), SUM(fefo_date >= ?2 AND fefo_date < ?3),"
                                         " SUM(fefo_date IS NULL OR fefo_date >= ?3) FROM inventory_lots WHERE on_hand > 0"));
    q.bind(1, today.toString(Qt::ISODate)).bind(2, today.addDays(7).toString(Qt::ISODate)).bind(3, today.addDays(30).toString(Qt::ISODate));
    if (q.step()) {
        b.expired = q.int64(0);
        b.within7 = q.int64(1);
        b.within30 = q.int64(2);
        b.later = q.int64(3);
    }
    return b;
}

std::vector<FefoCandidate> InventoryQueries::fefoCandidates(const QString& productId, const QDate& shipDate, int requiredDays, qint64 quantity) const
{
    // Walk the (product, fefo_date, received_on, lot_id) index from the first date that
    // still has enough shelf life; lots before it are skipped by the index itself.
    std::vector<FefoCandidate> out;
    sql::Statement q(db_, QStringLiteral(
                              "SELECT l.lot_id, l.tlc, l.expiry, l.best_before, l.received_on, s.location_id, c.code, c.type, s.quantity,"
                              " (SELECT COUNT(*) FROM quality_holds h WHERE h.lot_id = l.lot_id AND h.status = 'open' AND h.quantity = 0"
                              "   AND (h.location_id IS NULL OR h.location_id = s.location_id)),"
                              " (SELECT COALESCE(SUM(h.quantity), 0) FROM quality_holds h WHERE h.lot_id = l.lot_id AND h.status = 'open'"
                              "   AND h.quantity > 0 AND h.location_id = s.location_id),"
                              " (SELECT COALESCE(SUM(r.quantity), 0) FROM inventory_reservations r WHERE r.lot_id = l.lot_id AND r.location_id = s.location_id)"
                              " FROM inventory_lots l JOIN inventory_stock s ON s.lot_id = l.lot_id JOIN catalog_locations c ON c.id = s.location_id"
                              " WHERE l.product_id = ?1 AND l.fefo_date >= ?2 AND l.on_hand > 0"
                              " ORDER BY l.fefo_date, l.received_on, l.lot_id, c.code"));
    q.bind(1, productId).bind(2, shipDate.addDays(std::max(1, requiredDays)).toString(Qt::ISODate));
    qint64 covered = 0;
    while (q.step()) {
        FefoCandidate c;
        c.lotId = q.text(0);
        c.tlc = q.text(1);
        c.expiry = QDate::fromString(q.text(2), Qt::ISODate);
        c.bestBefore = QDate::fromString(q.text(3), Qt::ISODate);
        c.receivedOn = QDate::fromString(q.text(4), Qt::ISODate);
        c.locationId = q.text(5);
        c.locationCode = q.text(6);
        c.quarantined = q.text(7) == QLatin1String("quarantine");
        c.available = q.int64(8);
        // Held stock is never allocatable: a whole-lot hold holds it all, a quantity hold part.
        c.held = q.int64(9) > 0;
        if (!c.held && q.int64(10) > 0) {
            c.available = std::max<qint64>(0, c.available - q.int64(10));
            c.held = c.available == 0;
        }
        // Reserved for orders: not available to another allocation.
        c.available = std::max<qint64>(0, c.available - q.int64(11));
        if (!c.quarantined && !c.held && !c.recalled) covered += c.available;
        out.push_back(std::move(c));
        if (covered >= quantity) break;
    }
    return out;
}

}  // namespace tracelot::inventory

// Returns: the projection (returns, return_lines), the commands with their fact loading
// (what the order delivered, what earlier returns claim, holds), and the reads.
#include "returns/returnsmodule.h"

#include "catalog/catalog.h"
#include "catalog/catalogmodule.h"
#include "common/canonicaljson.h"
#include "common/ids.h"
#include "eventstore/eventstore.h"
#include "eventstore/statement.h"
#include "identity/identitymodule.h"
#include "identity/roles.h"
#include "inventory/inventorymodule.h"
#include "orders/ordersmodule.h"
#include "pipeline/command.h"
#include "projections/projections.h"
#include "quality/qualitymodule.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace tracelot::returns {
namespace {

QString str(const QJsonObject& p, const char* key) { return p.value(QLatin1String(key)).toString(); }
qint64 num(const QJsonObject& p, const char* key) { return p.value(QLatin1String(key)).toInteger(); }
QDate today(qint64 nowMs) { return QDateTime::fromMSecsSinceEpoch(nowMs).date(); }
QString utcIso(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs); }

class ReturnsProjection final : public Projection {
public:
    QString name() const override { return QStringLiteral("returns"); }
    int schemaVersion() const override { return 1; }
    QStringList eventTypes() const override
    {
        return {QStringLiteral("return.requested"), QStringLiteral("return.authorized"), QStringLiteral("return.rejected"), QStringLiteral("return.received"),
                QStringLiteral("return.inspected"), QStringLiteral("refund.recorded")};
    }
    QStringList tables() const override { return {QStringLiteral("returns"), QStringLiteral("return_lines")}; }

    Status create(QSqlDatabase& db) override
    {
        QSqlQuery q(db);
        const char* ddl[] = {
            "CREATE TABLE IF NOT EXISTS returns (return_id TEXT PRIMARY KEY, number TEXT NOT NULL, order_id TEXT NOT NULL, order_number TEXT NOT NULL,"
            " customer_id TEXT NOT NULL, status TEXT NOT NULL, reason TEXT NOT NULL, refunded_minor INTEGER NOT NULL, currency TEXT,"
            " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, state TEXT NOT NULL) WITHOUT ROWID",
            "CREATE TABLE IF NOT EXISTS return_lines (return_id TEXT NOT NULL, line_no INTEGER NOT NULL, order_id TEXT NOT NULL, lot_id TEXT NOT NULL,"
            " tlc TEXT, product_id TEXT NOT NULL, quantity INTEGER NOT NULL, unit TEXT NOT NULL, decision TEXT, rejected INTEGER NOT NULL,"
            " PRIMARY KEY (return_id, line_no)) WITHOUT ROWID",
        };
        for (const char* sql : ddl)
            if (!q.exec(QLatin1String(sql))) return refuse(QStringLiteral("projection.failed"), q.lastError().text());
        db_ = db;
        return ok();
    }

    Status createIndexes(QSqlDatabase& db) override
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS return_lines_order ON return_lines(order_id, lot_id)"))
            || !q.exec(QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS returns_number ON returns(number)")))
            return refuse(QStringLiteral("projection.failed"), q.lastError().text());
        return ok();
    }

    Status apply(const Event& e) override
    {
        const QString id = str(e.payload, "return_id");
        ReturnState s;
        qint64 createdAt = e.occurredAt;
        {
            QSqlQuery q(db_);
            q.prepare(QStringLiteral("SELECT state, created_at FROM returns WHERE return_id = ?"));
            q.addBindValue(id);
            if (q.exec() && q.next()) {
                QJsonObject o;
                parseJsonObject(q.value(0).toByteArray(), &o);
                s = ReturnState::fromJson(o);
                createdAt = q.value(1).toLongLong();
            }
        }
        if (!s.exists && e.type != QLatin1String("return.requested")) return ok();
        s = evolve(std::move(s), e);
        QSqlQuery q(db_);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO returns VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& v : QVariantList{id, s.number, s.orderId, s.orderNumber, s.customerId, s.status, s.reason, s.refundedMinor,
                                              s.currency.isEmpty() ? QVariant() : QVariant(s.currency), createdAt, e.occurredAt,
                                              QString::fromUtf8(canonicalJson(s.toJson()))})
            q.addBindValue(v);
        if (!q.exec()) return refuse(QStringLiteral("projection.failed"), q.lastError().text());
        q.prepare(QStringLiteral("DELETE FROM return_lines WHERE return_id = ?"));
        q.addBindValue(id);
        if (!q.exec()) return refuse(QStringLiteral("projection.failed"), q.lastError().text());
        for (const ReturnLine& l : s.lines) {
            q.prepare(QStringLiteral("INSERT INTO return_lines VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant& v : QVariantList{id, l.lineNo, s.orderId, l.lotId, l.tlc, l.productId, l.quantity, l.unit,
                                                  l.decision.isEmpty() ? QVariant() : QVariant(l.decision), s.status == QLatin1String("rejected") ? 1 : 0})
                q.addBindValue(v);
            if (!q.exec()) return refuse(QStringLiteral("projection.failed"), q.lastError().text());
        }
        return ok();
    }

private:
    QSqlDatabase db_;
};

ReturnState loadReturn(HandlerContext& ctx, const QString& id) { return fold(ctx.store.readStream(returnStream(id))); }

Status resolveReturn(QJsonObject& p, QSqlDatabase db)
{
    const QString number = p.take(QStringLiteral("return_number")).toString().trimmed().toUpper();
    if (!str(p, "return_id").isEmpty()) return ok();
    const QString id = number.isEmpty() ? QString() : ReturnsQueries(db).idOf(number);
    if (id.isEmpty()) return refuse(QStringLiteral("return.unknown"), QStringLiteral("There is no return %1.").arg(number));
    p.insert(QStringLiteral("return_id"), id);
    return ok();
}

Status resolveLocation(QJsonObject& p, const QString& name, QSqlDatabase db)
{
    const QString idKey = name + QStringLiteral("_id");
    const QString code = p.take(name + QStringLiteral("_code")).toString().trimmed();
    if (!p.value(idKey).toString().isEmpty() || code.isEmpty()) return ok();
    const auto row = catalog::CatalogQueries(db).byCode(catalog::Kind::Location, code);
    if (!row) return refuse(QStringLiteral("return.location_unknown"), QStringLiteral("There is no location with the code %1.").arg(code.toUpper()));
    p.insert(idKey, str(*row, "id"));
    return ok();
}

// What the order delivered (from order.shipped) and what earlier returns already claim.
OrderFacts orderFacts(HandlerContext& ctx, const QString& orderId)
{
    OrderFacts f;
    const Events events = ctx.store.readStream(orders::orderStream(orderId));
    const orders::OrderState o = orders::fold(events);
    if (!o.exists) return f;
    f.exists = true;
    f.orderId = o.orderId;
    f.number = o.number;
    f.customerId = o.customerId;
    f.status = o.status;
    for (const Event& e : events) {
        if (e.type != QLatin1String("order.shipped")) continue;
        for (const QJsonValue& v : e.payload.value(QLatin1String("lines")).toArray()) {
            const QJsonObject l = v.toObject();
            DeliveredLot& d = f.lots[str(l, "lot_id")];
            d.lotId = str(l, "lot_id");
            d.tlc = str(l, "tlc");
            d.productId = str(l, "product_id");
            d.unit = str(l, "unit");
            d.delivered += num(l, "quantity");
        }
    }
    ReturnsQueries q(ctx.db);
    for (auto it = f.lots.begin(); it != f.lots.end(); ++it) it->alreadyReturned = q.alreadyReturned(orderId, it.key());
    return f;
}

FieldDoc field(const char* name, FieldType type, bool required, const char* doc, QStringList values = {})
{
    return FieldDoc{QLatin1String(name), type, required, QString::fromUtf8(doc), std::move(values)};
}
const FieldDoc kReturnId = field("return_id", FieldType::Text, false, "the return (or return_number)");
const FieldDoc kReturnNumber = field("return_number", FieldType::Text, false, "the return's number, e.g. RMA-000003");
const QString kMeaningRestock = QStringLiteral("disposed — returned goods restocked after inspection");
const QString kMeaningDestroy = QStringLiteral("disposed — returned goods destroyed after inspection");

}  // namespace

void install(Registrar& r)
{
    r.projections.add(std::make_unique<ReturnsProjection>());
    const auto returnResolve = [](const QJsonObject& in, ResolveContext& ctx) -> Result<QJsonObject> {
        QJsonObject p = in;
        if (Status s = resolveReturn(p, ctx.db); !s) return s.refusal();
        return p;
    };

    CommandSpec request;
    request.name = QStringLiteral("RequestReturn");
    request.context = QStringLiteral("returns");
    request.summary = QStringLiteral("Request the return of delivered goods: lots of the order with quantities (at most what was delivered and not yet returned) and a reason.");
    request.roles = {role::WarehouseManager, role::CxAgent};
    request.fields = {field("return_id", FieldType::Text, false, "UUID; generated when absent"), field("number", FieldType::Text, false, "assigned when absent (RMA-000001)"),
                      field("order_id", FieldType::Text, false, "the delivered order (or order_number)"), field("order_number", FieldType::Text, false, "e.g. SO-000012"),
                      field("reason", FieldType::Enum, true, "why it comes back", returnReasons()),
                      field("lines", FieldType::Array, true, "[{lot_id, quantity}] lots delivered on the order"), field("note", FieldType::Text, false, "free text")};
    request.emits = {QStringLiteral("return.requested")};
    request.resolve = [](const QJsonObject& in, ResolveContext& ctx) -> Result<QJsonObject> {
        QJsonObject p = in;
        if (str(p, "return_id").isEmpty()) p.insert(QStringLiteral("return_id"), ctx.ids.next());
        if (str(p, "number").isEmpty()) p.insert(QStringLiteral("number"), ReturnsQueries(ctx.db).nextNumber());
        const QString number = p.take(QStringLiteral("order_number")).toString().trimmed().toUpper();
        if (str(p, "order_id").isEmpty()) {
            const QString id = orders::OrdersQueries(ctx.db).idOf(number);
            if (id.isEmpty()) return refuse(QStringLiteral("return.order_unknown"), QStringLiteral("There is no order %1.").arg(number));
            p.insert(QStringLiteral("order_id"), id);
        }
        return p;
    };
    request.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
        RequestReturn c;
        c.returnId = str(p, "return_id");
        c.number = str(p, "number");
        c.reason = str(p, "reason");
        c.note = str(p, "note");
        for (const QJsonValue& v : p.value(QLatin1String("lines")).toArray()) c.lines.push_back({str(v.toObject(), "lot_id"), num(v.toObject(), "quantity")});
        return decideRequest(loadReturn(ctx, c.returnId), c, orderFacts(ctx, str(p, "order_id")));
    };
    r.commands.add(request);

    CommandSpec authorize;
    authorize.name = QStringLiteral("AuthorizeReturn");
    authorize.context = QStringLiteral("returns");
    authorize.summary = QStringLiteral("Authorize a requested return: the customer may send the goods.");
    authorize.roles = {role::WarehouseManager, role::CxAgent};
    authorize.fields = {kReturnId, kReturnNumber};
    authorize.emits = {QStringLiteral("return.authorized")};
    authorize.resolve = returnResolve;
    authorize.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> { return decideAuthorize(loadReturn(ctx, str(p, "return_id"))); };
    r.commands.add(authorize);

    CommandSpec reject;
    reject.name = QStringLiteral("RejectReturn");
    reject.context = QStringLiteral("returns");
    reject.summary = QStringLiteral("Reject a requested return, with the reason.");
    reject.roles = {role::WarehouseManager, role::CxAgent};
    reject.fields = {kReturnId, kReturnNumber, field("reason", FieldType::Text, true, "why")};
    reject.emits = {QStringLiteral("return.rejected")};
    reject.resolve = returnResolve;
    reject.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> { return decideReject(loadReturn(ctx, str(p, "return_id")), str(p, "reason")); };
    r.commands.add(reject);

    CommandSpec receive;
    receive.name = QStringLiteral("ReceiveReturn");
    receive.context = QStringLiteral("returns");
    receive.summary = QStringLiteral("Receive authorized returned goods into a quarantine location; each line is held (cause return) until inspected.");
    receive.roles = {role::WarehouseManager, role::WarehouseOperator};
    receive.fields = {kReturnId, kReturnNumber, field("location_id", FieldType::Text, false, "quarantine location (or location_code)"),
                      field("location_code", FieldType::Text, false, "quarantine location code"),
                      field("hold_ids", FieldType::Array, false, "one hold UUID per line; generated when absent"),
                      field("hold_numbers", FieldType::Array, false, "hold numbers; assigned when absent")};
    receive.emits = {QStringLiteral("stock.returned"), QStringLiteral("hold.placed"), QStringLiteral("return.received")};
    receive.resolve = [](const QJsonObject& in, ResolveContext& ctx) -> Result<QJsonObject> {
        QJsonObject p = in;
        if (Status s = resolveReturn(p, ctx.db); !s) return s.refusal();
        if (Status s = resolveLocation(p, QStringLiteral("location"), ctx.db); !s) return s.refusal();
        const auto ret = ReturnsQueries(ctx.db).byId(str(p, "return_id"));
        if (!p.contains(QStringLiteral("hold_ids")) && ret) {
            QJsonArray ids, numbers;
            int next = quality::QualityQueries(ctx.db).nextHoldNumber().mid(2).toInt();
            for (size_t i = 0; i < ret->lines.size(); ++i) {
                ids.append(ctx.ids.next());
                numbers.append(QStringLiteral("H-%1").arg(next++));
            }
            p.insert(QStringLiteral("hold_ids"), ids);
            p.insert(QStringLiteral("hold_numbers"), numbers);
        }
        return p;
    };
    receive.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
        const ReturnState ret = loadReturn(ctx, str(p, "return_id"));
        ReceiveReturn c;
        c.locationId = str(p, "location_id");
        const inventory::LocationFacts loc = inventory::locationFacts(ctx.db, c.locationId);
        c.locationIsQuarantine = loc.exists && loc.isQuarantine();
        c.locationDescription = loc.exists ? loc.describe() : QString();
        for (const QJsonValue& v : p.value(QLatin1String("hold_ids")).toArray()) c.holdIds << v.toString();
        for (const QJsonValue& v : p.value(QLatin1String("hold_numbers")).toArray()) c.holdNumbers << v.toString();
        c.placedAt = utcIso(ctx.nowMs);
        c.placedBy = ctx.actor.displayName.isEmpty() ? ctx.actor.username : ctx.actor.displayName;
        QMap<QString, inventory::LotState> lots;
        for (const ReturnLine& l : ret.lines) lots.insert(l.lotId, inventory::fold(ctx.store.readStream(inventory::lotStream(l.lotId))));
        return decideReceive(ret, c, lots);
    };
    r.commands.add(receive);

    CommandSpec inspect;
    inspect.name = QStringLiteral("InspectReturn");
    inspect.context = QStringLiteral("returns");
    inspect.summary = QStringLiteral("QA inspects one returned line: restock (refused for held, recalled or expired lots), keep quarantined, or destroy. "
                                     "Restock and destroy close the return hold with the inspector's e-signature (password).");
    inspect.roles = {role::QaTechnician};
    inspect.fields = {kReturnId, kReturnNumber, field("line_no", FieldType::Integer, true, "the return line"),
                      field("decision", FieldType::Enum, true, "restock, quarantine or destroy", inspectionDecisions()),
                      field("to_location_id", FieldType::Text, false, "restock: where the goods go (or to_location_code)"),
                      field("to_location_code", FieldType::Text, false, "restock: where the goods go"),
                      field("password", FieldType::Text, false, "restock or destroy: the inspector's password (e-signature); never stored"),
                      field("signature", FieldType::Object, false, "filled in from the password"), field("inspected_on", FieldType::Text, false, "YYYY-MM-DD; default today"),
                      field("note", FieldType::Text, false, "what was found")};
    inspect.emits = {QStringLiteral("return.inspected"), QStringLiteral("hold.disposed"), QStringLiteral("stock.restocked"), QStringLiteral("waste.recorded")};
    inspect.resolve = [](const QJsonObject& in, ResolveContext& ctx) -> Result<QJsonObject> {
        QJsonObject p = in;
        if (Status s = resolveReturn(p, ctx.db); !s) return s.refusal();
        if (Status s = resolveLocation(p, QStringLiteral("to_location"), ctx.db); !s) return s.refusal();
        if (str(p, "inspected_on").isEmpty()) p.insert(QStringLiteral("inspected_on"), today(ctx.nowMs).toString(Qt::ISODate));
        const QString password = p.take(QStringLiteral("password")).toString();
        if (str(p, "decision") == QLatin1String("quarantine") || p.contains(QStringLiteral("signature"))) return p;
        identity::Directory dir(ctx.db);
        if (!dir.confirmPassword(ctx.actor.userId, password)) {
            quality::logSecurityEvent(ctx.db, ctx.nowMs, ctx.actor.userId, QStringLiteral("signature.refused"), QStringLiteral("InspectReturn"));
            return refuse(QStringLiteral("return.signature_failed"), QStringLiteral("The password is not correct, so nothing was signed. This attempt has been logged."));
        }
        const auto user = dir.byId(ctx.actor.userId);
        p.insert(QStringLiteral("signature"),
                 QJsonObject{{QStringLiteral("signer_id"), ctx.actor.userId},
                             {QStringLiteral("printed_name"), user ? user->displayName : ctx.actor.displayName},
                             {QStringLiteral("signed_at"), utcIso(ctx.nowMs)},
                             {QStringLiteral("meaning"), str(p, "decision") == QLatin1String("restock") ? kMeaningRestock : kMeaningDestroy}});
        return p;
    };
    inspect.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
        const ReturnState ret = loadReturn(ctx, str(p, "return_id"));
        InspectReturn c;
        c.lineNo = p.value(QLatin1String("line_no")).toInt();
        c.decision = str(p, "decision");
        c.toLocationId = str(p, "to_location_id");
        const inventory::LocationFacts to = inventory::locationFacts(ctx.db, c.toLocationId);
        c.toLocationIsQuarantine = to.exists && to.isQuarantine();
        if (!c.toLocationId.isEmpty() && !to.exists) c.toLocationId.clear();
        c.today = QDate::fromString(str(p, "inspected_on"), Qt::ISODate);
        c.note = str(p, "note");
        InspectFacts f;
        const ReturnLine* line = ret.line(c.lineNo);
        if (line) {
            f.lot = inventory::fold(ctx.store.readStream(inventory::lotStream(line->lotId)));
            f.returnHold = quality::foldHold(ctx.store.readStream(quality::holdStream(line->holdId)));
            for (const quality::HoldRow& h : quality::QualityQueries(ctx.db).holdsOfLot(line->lotId))
                if (h.status == QLatin1String("open") && h.holdId != line->holdId)
                    f.otherOpenHolds << quality::foldHold(ctx.store.readStream(quality::holdStream(h.holdId)));
        }
        c.signature = quality::Signature::fromJson(p.value(QLatin1String("signature")).toObject());
        c.signature.recordSha256 = f.returnHold.recordSha256();
        return decideInspect(ret, c, f);
    };
    r.commands.add(inspect);

    CommandSpec refund;
    refund.name = QStringLiteral("RecordRefund");
    refund.context = QStringLiteral("returns");
    refund.summary = QStringLiteral("Record a refund for a return (the payment itself happens outside Tracelot).");
    refund.roles = {role::WarehouseManager, role::CxAgent};
    refund.fields = {kReturnId, kReturnNumber, field("amount_minor", FieldType::Integer, true, "amount in minor units (cents)"),
                     field("currency", FieldType::Text, true, "ISO 4217 code, e.g. EUR"), field("reference", FieldType::Text, true, "credit note or payment reference")};
    refund.emits = {QStringLiteral("refund.recorded")};
    refund.resolve = returnResolve;
    refund.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
        return decideRefund(loadReturn(ctx, str(p, "return_id")), num(p, "amount_minor"), str(p, "currency").trimmed().toUpper(), str(p, "reference"));
    };
    r.commands.add(refund);
}

QList<ReturnRow> ReturnsQueries::returns(const QString& status, int limit) const
{
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("SELECT r.return_id, r.number, r.order_number, COALESCE(c.name, r.customer_id), r.status, r.reason,"
                             " (SELECT COUNT(*) FROM return_lines l WHERE l.return_id = r.return_id),"
                             " (SELECT COALESCE(SUM(quantity), 0) FROM return_lines l WHERE l.return_id = r.return_id), r.refunded_minor, r.currency, r.updated_at"
                             " FROM returns r LEFT JOIN catalog_customers c ON c.id = r.customer_id WHERE (? = '' OR r.status = ?) ORDER BY r.number DESC LIMIT ?"));
    // A null QString binds SQL NULL, and NULL = '' is not true: bind "" for "every status".
    const QString wanted = status.isEmpty() ? QStringLiteral("") : status;
    q.addBindValue(wanted);
    q.addBindValue(wanted);
    q.addBindValue(limit);
    QList<ReturnRow> out;
    if (q.exec())
        while (q.next())
            out << ReturnRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),  q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
                             q.value(6).toInt(),    q.value(7).toLongLong(), q.value(8).toLongLong(), q.value(9).toString(), q.value(10).toLongLong()};
    return out;
}

std::optional<ReturnState> ReturnsQueries::byId(const QString& returnId) const
{
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("SELECT state FROM returns WHERE return_id = ?"));
    q.addBindValue(returnId);
    if (!q.exec() || !q.next()) return std::nullopt;
    QJsonObject o;
    parseJsonObject(q.value(0).toByteArray(), &o);
    return ReturnState::fromJson(o);
}

QString ReturnsQueries::idOf(const QString& number) const
{
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("SELECT return_id FROM returns WHERE number = ?"));
    q.addBindValue(number.trimmed().toUpper());
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString ReturnsQueries::nextNumber() const
{
    QSqlQuery q(db_);
    int n = 0;
    if (q.exec(QStringLiteral("SELECT MAX(CAST(substr(number, 5) AS INTEGER)) FROM returns WHERE number LIKE 'RMA-%'")) && q.next()) n = q.value(0).toInt();
    return QStringLiteral("RMA-%1").arg(n + 1, 6, 10, QLatin1Char('0'));
}

qint64 ReturnsQueries::alreadyReturned(const QString& orderId, const QString& lotId) const
{
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(quantity), 0) FROM return_lines WHERE order_id = ? AND lot_id = ? AND rejected = 0"));
    q.addBindValue(orderId);
    q.addBindValue(lotId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

}  // namespace tracelot::returns

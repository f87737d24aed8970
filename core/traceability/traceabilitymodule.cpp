// Traceability & recall: projections (genealogy edges, recalls), the recall commands with
// their fact loading, and the reads.
#include "traceability/traceabilitymodule.h"

#include "catalog/catalog.h"
#include "catalog/catalogmodule.h"
#include "common/ids.h"
#include "eventstore/eventstore.h"
#include "eventstore/statement.h"
#include "identity/identitymodule.h"
#include "identity/roles.h"
#include "inventory/inventory.h"
#include "pipeline/command.h"
#include "projections/projections.h"
#include "quality/quality.h"
#include "quality/qualitymodule.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace tracelot::traceability {
namespace {

QString str(const QJsonObject& p, const char* k) { return p.value(QLatin1String(k)).toString(); }
qint64 num(const QJsonObject& p, const char* k) { return p.value(QLatin1String(k)).toInteger(); }
QString utcIso(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs); }
qint64 msOf(const QString& iso) { return QDateTime::fromString(iso, Qt::ISODateWithMs).toMSecsSinceEpoch(); }
QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray()) out << x.toString();
    return out;
}

FieldDoc field(const char* name, FieldType type, bool required, const char* doc, QStringList values = {})
{
    return FieldDoc{QLatin1String(name), type, required, QString::fromUtf8(doc), std::move(values)};
}

// --- recalls projection ----------------------------------------------------------------

class RecallProjection final : public Projection {
public:
    QString name() const override { return QStringLiteral("recalls"); }
    int schemaVersion() const override { return 1; }
    QStringList eventTypes() const override
    {
        return {QStringLiteral("recall.initiated"), QStringLiteral("recall.customer_notified"), QStringLiteral("recall.recovery_recorded"),
                QStringLiteral("recall.closed"), QStringLiteral("recall.report_printed")};
    }
    QStringList tables() const override { return {QStringLiteral("recalls"), QStringLiteral("recall_lines")}; }

    Status create(QSqlDatabase& db) override
    {
        QSqlQuery q(db);
        const char* ddl[] = {
            "CREATE TABLE IF NOT EXISTS recalls (recall_id TEXT PRIMARY KEY, number TEXT NOT NULL, status TEXT NOT NULL, class TEXT NOT NULL,"
            " drill INTEGER NOT NULL, reason TEXT NOT NULL, initiated_at INTEGER NOT NULL, initiated_by TEXT, scope_ms INTEGER NOT NULL,"
            " lots INTEGER NOT NULL, on_hold INTEGER NOT NULL, closed_at INTEGER, report_printed_at INTEGER) WITHOUT ROWID",
            "CREATE TABLE IF NOT EXISTS recall_lines (recall_id TEXT NOT NULL, customer_id TEXT NOT NULL, product_id TEXT NOT NULL, customer TEXT,"
            " product TEXT, unit TEXT, shipped INTEGER NOT NULL, returned INTEGER NOT NULL DEFAULT 0, destroyed INTEGER NOT NULL DEFAULT 0,"
            " unrecoverable INTEGER NOT NULL DEFAULT 0, written_off INTEGER NOT NULL DEFAULT 0, notified_at TEXT, method TEXT, contact TEXT,"
            " PRIMARY KEY (recall_id, customer_id, product_id)) WITHOUT ROWID",
        };
        for (const char* s : ddl)
            if (!q.exec(QLatin1String(s))) return refuse(QStringLiteral("projection.failed"), q.lastError().text());
        db_ = db;
        return ok();
    }

    Status createIndexes(QSqlDatabase& db) override
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS recalls_number ON recalls(number)")))
            return refuse(QStringLiteral("projection.failed"), q.lastError().text());
        return ok();
    }

    Status apply(const Event& e) override
    {
        const QJsonObject& p = e.payload;
        const QString id = str(p, "recall_id");
        QSqlQuery q(db_);
        if (e.type == QLatin1String("recall.initiated")) {
            qint64 held = 0;
            for (const QJsonValue& v : p.value(QLatin1String("holds")).toArray()) held += v.toObject().value(QLatin1String("quantity")).toInteger();
            q.prepare(QStringLiteral("INSERT OR IGNORE INTO recalls VALUES(?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)"));
            q.addBindValue(id);
            q.addBindValue(str(p, "number"));
            q.addBindValue(str(p, "class"));
            q.addBindValue(p.value(QLatin1String("drill")).toBool() ? 1 : 0);
            q.addBindValue(str(p, "reason"));
            q.addBindValue(msOf(str(p, "initiated_at")));
            q.addBindValue(str(p, "initiated_by"));
            q.addBindValue(num(p, "scope_ms"));
            q.addBindValue(static_cast<qint64>(p.value(QLatin1String("lot_ids")).toArray().size()));
            q.addBindValue(held);
            if (!q.exec()) return failed(q);
            QSqlQuery l(db_);
            l.prepare(QStringLiteral("INSERT OR IGNORE INTO recall_lines(recall_id, customer_id, product_id, customer, product, unit, shipped) VALUES(?, ?, ?, ?, ?, ?, ?)"));
            for (const QJsonValue& v : p.value(QLatin1String("customers")).toArray()) {
                const QJsonObject o = v.toObject();
                l.addBindValue(id);
                l.addBindValue(str(o, "customer_id"));
                l.addBindValue(str(o, "product_id"));
                l.addBindValue(str(o, "customer"));
                l.addBindValue(str(o, "product"));
                l.addBindValue(str(o, "unit"));
                l.addBindValue(num(o, "shipped"));
                if (!l.exec()) return failed(l);
            }
            return ok();
        }
        if (e.type == QLatin1String("recall.customer_notified")) {
            q.prepare(QStringLiteral("UPDATE recall_lines SET notified_at = ?, method = ?, contact = ? WHERE recall_id = ? AND customer_id = ?"));
            q.addBindValue(str(p, "notified_at"));
            q.addBindValue(str(p, "method"));
            q.addBindValue(str(p, "contact"));
            q.addBindValue(id);
            q.addBindValue(str(p, "customer_id"));
        } else if (e.type == QLatin1String("recall.recovery_recorded")) {
            q.prepare(QStringLiteral("UPDATE recall_lines SET returned = returned + ?, destroyed = destroyed + ?, unrecoverable = unrecoverable + ?"
                                     " WHERE recall_id = ? AND customer_id = ? AND product_id = ?"));
            q.addBindValue(num(p, "returned"));
            q.addBindValue(num(p, "destroyed_at_customer"));
            q.addBindValue(num(p, "unrecoverable"));
            q.addBindValue(id);
            q.addBindValue(str(p, "customer_id"));
            q.addBindValue(str(p, "product_id"));
        } else if (e.type == QLatin1String("recall.closed")) {
            for (const QJsonValue& v : p.value(QLatin1String("written_off")).toArray()) {
                const QJsonObject o = v.toObject();
                QSqlQuery w(db_);
                w.prepare(QStringLiteral("UPDATE recall_lines SET written_off = written_off + ? WHERE recall_id = ? AND customer_id = ? AND product_id = ?"));
                w.addBindValue(num(o, "quantity"));
                w.addBindValue(id);
                w.addBindValue(str(o, "customer_id"));
                w.addBindValue(str(o, "product_id"));
                if (!w.exec()) return failed(w);
            }
            q.prepare(QStringLiteral("UPDATE recalls SET status = 'closed', closed_at = ? WHERE recall_id = ?"));
            q.addBindValue(msOf(str(p, "closed_at")));
            q.addBindValue(id);
        } else if (e.type == QLatin1String("recall.report_printed")) {
            q.prepare(QStringLiteral("UPDATE recalls SET report_printed_at = COALESCE(report_printed_at, ?) WHERE recall_id = ?"));
            q.addBindValue(msOf(str(p, "printed_at")));
            q.addBindValue(id);
        } else {
            return ok();
        }
        return q.exec() ? ok() : failed(q);
    }

private:
    static Status failed(const QSqlQuery& q) { return refuse(QStringLiteral("projection.failed"), q.lastError().text()); }
    QSqlDatabase db_;
};

// --- resolving -------------------------------------------------------------------------------

Status resolveRecallId(QJsonObject& p, QSqlDatabase db)
{
    const QString number = p.take(QStringLiteral("recall_number")).toString().trimmed();
    if (!str(p, "recall_id").isEmpty()) return ok();
    const QString id = RecallQueries(db).idOf(number);
    if (id.isEmpty())
        return refuse(QStringLiteral("recall.unknown"), number.isEmpty() ? QStringLiteral("Say which recall (recall_id or recall_number).")
                                                                         : QStringLiteral("There is no recall %1.").arg(number));
    p.insert(QStringLiteral("recall_id"), id);
    return ok();
}

Status resolveCatalogRef(QJsonObject& p, const QString& name, catalog::Kind kind, QSqlDatabase db)
{
    const QString idKey = name + QStringLiteral("_id"), codeKey = name + QStringLiteral("_code");
    const QString code = p.take(codeKey).toString().trimmed();
    if (!str(p, idKey.toLatin1().constData()).isEmpty() || code.isEmpty()) return ok();
    const auto row = catalog::CatalogQueries(db).byCode(kind, code);
    if (!row)
        return refuse(QStringLiteral("recall.%1_unknown").arg(name),
                      QStringLiteral("There is no %1 with the code %2.").arg(catalog::spec(kind).label.toLower(), code.toUpper()));
    p.insert(idKey, str(*row, "id"));
    return ok();
}

RecallState loadRecall(HandlerContext& ctx, const QString& id) { return foldRecall(ctx.store.readStream(recallStream(id))); }
QString actorName(const Actor& a) { return a.displayName.isEmpty() ? a.username : a.displayName; }

// Lines of the recall: what was shipped of the lots in scope, per customer and product.
std::vector<RecallLine> linesFor(QSqlDatabase db, const QStringList& scope)
{
    const Trace t = TraceQueries(db).forward(scope);
    const QSet<QString> inScope(scope.cbegin(), scope.cend());
    std::vector<TraceShipment> shipments;
    for (const TraceShipment& s : t.shipments)
        if (inScope.contains(s.lotId)) shipments.push_back(s);
    std::vector<RecallLine> out;
    for (const CustomerExposure& c : exposures(shipments, {}, t.lots)) {
        RecallLine l;
        l.customerId = c.customerId;
        l.customerName = c.customerName;
        l.productId = c.productId;
        l.productName = c.productName;
        l.unit = c.unit;
        l.shipped = c.shipped;
        l.orders = c.orders;
        out.push_back(l);
    }
    return out;
}

}  // namespace

// --- install ---------------------------------------------------------------------------------

void install(Registrar& r)
{
    r.projections.add(makeGenealogyProjection());
    r.projections.add(std::make_unique<RecallProjection>());
    const QStringList coordinators{role::RecallCoordinator};
    const QStringList followUp{role::RecallCoordinator, role::CxAgent};

    CommandSpec initiate;
    initiate.name = QStringLiteral("InitiateRecall");
    initiate.context = QStringLiteral("traceability");
    initiate.summary = QStringLiteral("Recall one or more lots (or a supplier's traceability lot code): the scope is the forward trace, every affected "
                                      "lot still in stock is held (cause recall) and the customers who received any of it are listed.");
    initiate.roles = coordinators;
    initiate.fields = {field("lot_ids", FieldType::Array, false, "the lots recalled (or tlc)"),
                       field("tlc", FieldType::Text, false, "a traceability lot code (e.g. the supplier's lot code)"),
                       field("product", FieldType::Text, false, "with tlc: the product (id or code) when the code is used for several"),
                       field("reason", FieldType::Text, true, "why, as the notification will say it"),
                       field("class", FieldType::Enum, true, "FDA recall class", recallClasses()),
                       field("drill", FieldType::Boolean, false, "a mock recall: the same flow, timed and marked as a drill"),
                       field("recall_id", FieldType::Text, false, "UUID; generated when absent")};
    initiate.emits = {QStringLiteral("recall.initiated"), QStringLiteral("hold.placed")};
    initiate.resolve = [](const QJsonObject& in, ResolveContext& ctx) -> Result<QJsonObject> {
        QJsonObject p = in;
        if (str(p, "recall_id").isEmpty()) p.insert(QStringLiteral("recall_id"), ctx.ids.next());
        TraceQueries tq(ctx.db);
        QElapsedTimer timer;
        timer.start();
        QStringList roots;
        for (const QString& lot : strings(p.value(QLatin1String("lot_ids")))) {
            Result<QStringList> found = tq.startingLots(lot);
            if (!found) return found.refusal();
            for (const QString& id : found.value())
                if (!roots.contains(id)) roots << id;
        }
        if (!str(p, "tlc").isEmpty()) {
            Result<QStringList> found = tq.startingLots(str(p, "tlc"), str(p, "product"));
            if (!found) return found.refusal();
            for (const QString& id : found.value())
                if (!roots.contains(id)) roots << id;
        }
        if (roots.isEmpty()) return refuse(QStringLiteral("recall.scope_empty"), QStringLiteral("Name at least one lot (or a traceability lot code) to recall."));
        const QStringList scope = tq.downstreamLots(roots);
        p.insert(QStringLiteral("scope_ms"), timer.elapsed());
        // The stored command names the concrete lots and the holds it will place.
        QJsonArray holds;
        sql::Statement q(ctx.db, QStringLiteral("SELECT l.lot_id FROM json_each(?1) j JOIN inventory_lots l ON l.lot_id = j.value WHERE l.on_hand > 0 ORDER BY l.lot_id"));
        q.bindUtf8(1, QJsonDocument(QJsonArray::fromStringList(scope)).toJson(QJsonDocument::Compact));
        while (q.step()) holds.append(QJsonObject{{QStringLiteral("lot_id"), q.text(0)}, {QStringLiteral("hold_id"), ctx.ids.next()}});
        p.insert(QStringLiteral("lot_ids"), QJsonArray::fromStringList(roots));
        p.insert(QStringLiteral("scope_lot_ids"), QJsonArray::fromStringList(scope));
        p.insert(QStringLiteral("holds"), holds);
        if (!p.contains(QLatin1String("drill"))) p.insert(QStringLiteral("drill"), false);
        return p;
    };
    initiate.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
        InitiateRecall c;
        c.recallId = str(p, "recall_id");
        c.number = RecallQueries(ctx.db).nextNumber();
        c.reason = str(p, "reason");
        c.recallClass = str(p, "class");
        c.drill = p.value(QLatin1String("drill")).toBool();
        c.rootLots = strings(p.value(QLatin1String("lot_ids")));
        c.scopeLots = strings(p.value(QLatin1String("scope_lot_ids")));
        c.initiatedAt = utcIso(ctx.nowMs);
        c.initiatedBy = actorName(ctx.actor);
        c.scopeMs = num(p, "scope_ms");
        c.tlc = str(p, "tlc");
        c.lines = linesFor(ctx.db, c.scopeLots);
        // Recall holds: every affected lot still in stock, all of it.
        int holdNo = quality::QualityQueries(ctx.db).nextHoldNumber().mid(2).toInt();
        NewEvents holdEvents;
        for (const QJsonValue& v : p.value(QLatin1String("holds")).toArray()) {
            const QString lotId = str(v.toObject(), "lot_id");
            const inventory::LotState lot = inventory::fold(ctx.store.readStream(inventory::lotStream(lotId)));
            if (lot.total() <= 0) continue;
            quality::PlaceHold h;
            h.holdId = str(v.toObject(), "hold_id");
            h.number = QStringLiteral("H-%1").arg(holdNo++);
            h.lotId = lotId;
            h.cause = QStringLiteral("recall");
            h.reason = QStringLiteral("%1 recall %2 (class %3): %4").arg(c.drill ? QStringLiteral("Drill") : QStringLiteral("Product"), c.number, c.recallClass,
                                                                       c.reason.trimmed());
            h.causeReference = c.recallId;
            h.placedAt = c.initiatedAt;
            h.placedBy = c.initiatedBy;
            Result<NewEvents> placed = quality::decidePlaceHold(quality::foldHold(ctx.store.readStream(quality::holdStream(h.holdId))), h, true, lot.total());
            if (!placed) return placed.refusal();
            c.holds.push_back({h.holdId, h.number, lotId, lot.tlc, lot.total(), lot.unit});
            for (NewEvent& e : placed.value()) holdEvents.push_back(std::move(e));
        }
        Result<NewEvents> decided = decideInitiateRecall(loadRecall(ctx, c.recallId), c);
        if (!decided) return decided;
        for (NewEvent& e : holdEvents) decided.value().push_back(std::move(e));
        return decided;
    };
    r.commands.add(initiate);

    CommandSpec notified;
    notified.name = QStringLiteral("RecordCustomerNotified");
    notified.context = QStringLiteral("traceability");
    notified.summary = QStringLiteral("Record that a customer affected by a recall was told: how, whom and when.");
    notified.roles = followUp;
    notified.fields = {field("recall_id", FieldType::Text, false, "the recall (or recall_number)"), field("recall_number", FieldType::Text, false, "e.g. R-3"),
                       field("customer_id", FieldType::Text, false, "the customer (or customer_code)"),
                       field("customer_code", FieldType::Text, false, "the customer"),
                       field("method", FieldType::Enum, true, "how the customer was told", notificationMethods()),
                       field("contact", FieldType::Text, true, "whom: a name, phone number or address"),
                       field("notified_at", FieldType::Text, false, "when (ISO 8601); default now"), field("note", FieldType::Text, false, "free text")};
    notified.emits = {QStringLiteral("recall.customer_notified")};
    notified.resolve = [](const QJsonObject& in, ResolveContext& ctx) -> Result<QJsonObject> {
        QJsonObject p = in;
        if (Status s = resolveRecallId(p, ctx.db); !s) return s.refusal();
        if (Status s = resolveCatalogRef(p, QStringLiteral("customer"), catalog::Kind::Customer, ctx.db); !s) return s.refusal();
        if (str(p, "customer_id").isEmpty()) return refuse(QStringLiteral("payload.missing_field"), QStringLiteral("Give customer_id or customer_code."));
        if (str(p, "notified_at").isEmpty()) p.insert(QStringLiteral("notified_at"), utcIso(ctx.nowMs));
        return p;
    };
    notified.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
        return decideRecordNotified(loadRecall(ctx, str(p, "recall_id")),
                                    {str(p, "customer_id"), str(p, "method"), str(p, "contact"), str(p, "notified_at"), str(p, "note")});
    };
    r.commands.add(notified);

    CommandSpec recovery;
    recovery.name = QStringLiteral("RecordRecovery");
    recovery.context = QStringLiteral("traceability");
    recovery.summary = QStringLiteral("Record what a customer did with recalled goods: returned, destroyed at the customer, or consumed/unrecoverable "
                                      "(adds to what is recorded; never more than was shipped).");
    recovery.roles = followUp;
    recovery.fields = {field("recall_id", FieldType::Text, false, "the recall (or recall_number)"), field("recall_number", FieldType::Text, false, "e.g. R-3"),
                       field("customer_id", FieldType::Text, false, "the customer (or customer_code)"),
                       field("customer_code", FieldType::Text, false, "the customer"),
                       field("product_id", FieldType::Text, false, "the product (or product_code); needed when the customer got several"),
                       field("product_code", FieldType::Text, false, "the product"),
                       field("returned", FieldType::Integer, false, "quantity returned to us (base unit)"),
                       field("destroyed_at_customer", FieldType::Integer, false, "quantity destroyed at the customer"),
                       field("unrecoverable", FieldType::Integer, false, "quantity consumed or lost"), field("note", FieldType::Text, false, "free text")};
    recovery.emits = {QStringLiteral("recall.recovery_recorded")};
    recovery.resolve = [](const QJsonObject& in, ResolveContext& ctx) -> Result<QJsonObject> {
        QJsonObject p = in;
        if (Status s = resolveRecallId(p, ctx.db); !s) return s.refusal();
        if (Status s = resolveCatalogRef(p, QStringLiteral("customer"), catalog::Kind::Customer, ctx.db); !s) return s.refusal();
        if (Status s = resolveCatalogRef(p, QStringLiteral("product"), catalog::Kind::Product, ctx.db); !s) return s.refusal();
        if (str(p, "customer_id").isEmpty()) return refuse(QStringLiteral("payload.missing_field"), QStringLiteral("Give customer_id or customer_code."));
        return p;
    };
    recovery.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
        return decideRecordRecovery(loadRecall(ctx, str(p, "recall_id")), {str(p, "customer_id"), str(p, "product_id"), num(p, "returned"),
                                                                             num(p, "destroyed_at_customer"), num(p, "unrecoverable"), str(p, "note")});
    };
    r.commands.add(recovery);

    CommandSpec close;
    close.name = QStringLiteral("CloseRecall");
    close.context = QStringLiteral("traceability");
    close.summary = QStringLiteral("Close a recall once shipped = returned + destroyed + unrecoverable for every customer; a remainder can only be "
                                   "written off with the coordinator's e-signature (password re-entered).");
    close.roles = coordinators;
    close.fields = {field("recall_id", FieldType::Text, false, "the recall (or recall_number)"), field("recall_number", FieldType::Text, false, "e.g. R-3"),
                    field("password", FieldType::Text, false, "the coordinator's password, to sign the write-off (never stored)"),
                    field("write_off_reason", FieldType::Text, false, "why the remainder is written off"),
                    field("record_sha256", FieldType::Text, false, "SHA-256 of the recall record shown to the signer")};
    close.emits = {QStringLiteral("recall.closed")};
    close.resolve = [](const QJsonObject& in, ResolveContext& ctx) -> Result<QJsonObject> {
        QJsonObject p = in;
        if (Status s = resolveRecallId(p, ctx.db); !s) return s.refusal();
        p.insert(QStringLiteral("closed_at"), utcIso(ctx.nowMs));
        if (!p.contains(QLatin1String("password"))) return p;
        // The e-signature: the password is checked now and never stored; a wrong one is logged.
        const QString password = p.take(QStringLiteral("password")).toString();
        identity::Directory dir(ctx.db);
        if (!dir.confirmPassword(ctx.actor.userId, password)) {
            quality::logSecurityEvent(ctx.db, ctx.nowMs, ctx.actor.userId, QStringLiteral("signature.refused"),
                                      QStringLiteral("CloseRecall %1").arg(str(p, "recall_id")));
            return refuse(QStringLiteral("recall.signature_failed"), QStringLiteral("The password is not correct, so nothing was signed. This attempt has been logged."));
        }
        const auto user = dir.byId(ctx.actor.userId);
        p.insert(QStringLiteral("signature"), QJsonObject{{QStringLiteral("signer_id"), ctx.actor.userId},
                                                          {QStringLiteral("printed_name"), user ? user->displayName : ctx.actor.displayName},
                                                          {QStringLiteral("signed_at"), utcIso(ctx.nowMs)},
                                                          {QStringLiteral("meaning"), QStringLiteral("recall closed; unreconciled remainder written off")}});
        return p;
    };
    close.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
        const RecallState recall = loadRecall(ctx, str(p, "recall_id"));
        CloseRecall c;
        c.closedAt = str(p, "closed_at");
        c.writeOffReason = str(p, "write_off_reason");
        if (p.contains(QLatin1String("signature"))) {
            c.signed_ = true;
            c.signature = quality::Signature::fromJson(p.value(QLatin1String("signature")).toObject());
            c.signature.recordSha256 = recall.recordSha256();
            const QString shown = str(p, "record_sha256");
            if (!shown.isEmpty() && shown != c.signature.recordSha256)
                return refuse(QStringLiteral("recall.signature_mismatch"),
                              QStringLiteral("Recall %1 changed since it was shown to you; open it again and sign what is shown.").arg(recall.number));
        }
        return decideCloseRecall(recall, c);
    };
    r.commands.add(close);

    CommandSpec report;
    report.name = QStringLiteral("RecordRecallReport");
    report.context = QStringLiteral("traceability");
    report.summary = QStringLiteral("Record that the recall report was printed (for a drill: the moment the clock stops).");
    report.roles = followUp;
    report.fields = {field("recall_id", FieldType::Text, false, "the recall (or recall_number)"), field("recall_number", FieldType::Text, false, "e.g. R-3")};
    report.emits = {QStringLiteral("recall.report_printed")};
    report.resolve = [](const QJsonObject& in, ResolveContext& ctx) -> Result<QJsonObject> {
        QJsonObject p = in;
        if (Status s = resolveRecallId(p, ctx.db); !s) return s.refusal();
        p.insert(QStringLiteral("printed_at"), utcIso(ctx.nowMs));
        return p;
    };
    report.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
        return decideRecordReport(loadRecall(ctx, str(p, "recall_id")), str(p, "printed_at"), msOf(str(p, "printed_at")));
    };
    r.commands.add(report);
}

// --- reads -----------------------------------------------------------------------------------

QList<RecallRow> RecallQueries::recalls() const
{
    QList<RecallRow> out;
    QSqlQuery q(db_);
    if (!q.exec(QStringLiteral("SELECT r.recall_id, r.number, r.status, r.class, r.drill, r.reason, r.initiated_at, r.lots, r.on_hold,"
                               " COALESCE(r.report_printed_at, 0), COALESCE(r.closed_at, 0),"
                               " (SELECT COUNT(DISTINCT customer_id) FROM recall_lines l WHERE l.recall_id = r.recall_id),"
                               " (SELECT COALESCE(SUM(MAX(shipped - returned - destroyed - unrecoverable - written_off, 0)), 0) FROM recall_lines l"
                               "   WHERE l.recall_id = r.recall_id)"
                               " FROM recalls r ORDER BY r.initiated_at DESC, r.number DESC")))
        return out;
    while (q.next()) {
        RecallRow r;
        r.recallId = q.value(0).toString();
        r.number = q.value(1).toString();
        r.status = q.value(2).toString();
        r.recallClass = q.value(3).toString();
        r.drill = q.value(4).toInt() != 0;
        r.reason = q.value(5).toString();
        r.initiatedAtMs = q.value(6).toLongLong();
        r.lots = q.value(7).toLongLong();
        r.onHold = q.value(8).toLongLong();
        r.reportPrintedAtMs = q.value(9).toLongLong();
        r.closedAtMs = q.value(10).toLongLong();
        r.customers = q.value(11).toLongLong();
        r.unreconciled = q.value(12).toLongLong();
        out << r;
    }
    return out;
}

QString RecallQueries::idOf(const QString& numberOrId) const
{
    sql::Statement q(db_, QStringLiteral("SELECT recall_id FROM recalls WHERE recall_id = ?1 OR number = upper(?1)"));
    q.bind(1, numberOrId.trimmed());
    return q.step() ? q.text(0) : QString();
}

QString RecallQueries::nextNumber() const
{
    QSqlQuery q(db_);
    const int n = q.exec(QStringLiteral("SELECT COUNT(*) FROM recalls")) && q.next() ? q.value(0).toInt() : 0;
    return QStringLiteral("R-%1").arg(n + 1);
}

RecallState RecallQueries::load(EventStore& store, const QString& recallId) { return foldRecall(store.readStream(recallStream(recallId))); }

QList<RecallQueries::HoldStatus> RecallQueries::holdStatus(const QString& recallId) const
{
    QList<HoldStatus> out;
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("SELECT hold_id, number, lot_id, status FROM quality_holds WHERE cause = 'recall' AND json_extract(record, '$.cause_reference') = ?"
                             " ORDER BY placed_at, number"));
    q.addBindValue(recallId);
    if (q.exec())
        while (q.next()) out << HoldStatus{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    return out;
}

}  // namespace tracelot::traceability

// Quality: projections (quality_templates, quality_checks, quality_holds), the commands
// with e-signatures, and the reads the QA inbox and the inventory rules use.
#include "quality/qualitymodule.h"

#include "quality/temperature.h"

#include "catalog/catalog.h"
#include "catalog/catalogmodule.h"
#include "common/canonicaljson.h"
#include "common/ids.h"
#include "eventstore/eventstore.h"
#include "eventstore/statement.h"
#include "identity/identitymodule.h"
#include "identity/roles.h"
#include "inventory/inventory.h"
#include "inventory/inventorymodule.h"
#include "pipeline/command.h"
#include "projections/projections.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace tracelot::quality {
namespace {

QString str(const QJsonObject& p, const char* k) { return p.value(QLatin1String(k)).toString(); }
QString utcIso(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs); }

class QualityProjection final : public Projection {
public:
    QString name() const override { return QStringLiteral("quality"); }
    int schemaVersion() const override { return 3; }  // 3: temperature readings and excursions
    QStringList eventTypes() const override
    {
        return {QStringLiteral("temperature.readings_recorded"), QStringLiteral("temperature.excursion_detected"), QStringLiteral("temperature.restored"),
                QStringLiteral("certificate.issued"), QStringLiteral("qc_template.defined"), QStringLiteral("quality_check.passed"), QStringLiteral("quality_check.failed"),
                QStringLiteral("hold.placed"),         QStringLiteral("hold.released"),        QStringLiteral("hold.disposed"),
                QStringLiteral("corrective_action.recorded")};
    }
    QStringList tables() const override
    {
        return {QStringLiteral("quality_templates"), QStringLiteral("quality_checks"), QStringLiteral("quality_holds"), QStringLiteral("quality_certificates"),
                QStringLiteral("quality_temperatures"), QStringLiteral("quality_excursions")};
    }

    Status create(QSqlDatabase& db) override
    {
        insertReading_.reset();
        QSqlQuery q(db);
        const char* ddl[] = {
            "CREATE TABLE IF NOT EXISTS quality_templates (product_id TEXT PRIMARY KEY, revision INTEGER NOT NULL, record TEXT NOT NULL) WITHOUT ROWID",
            "CREATE TABLE IF NOT EXISTS quality_checks (check_id TEXT PRIMARY KEY, lot_id TEXT NOT NULL, product_id TEXT NOT NULL, passed INTEGER NOT NULL,"
            " recorded_at INTEGER NOT NULL, recorded_by TEXT NOT NULL, record TEXT NOT NULL) WITHOUT ROWID",
            "CREATE TABLE IF NOT EXISTS quality_holds (hold_id TEXT PRIMARY KEY, number TEXT NOT NULL, lot_id TEXT NOT NULL, location_id TEXT,"
            " quantity INTEGER NOT NULL, cause TEXT NOT NULL, reason TEXT NOT NULL, status TEXT NOT NULL, placed_at INTEGER NOT NULL,"
            " closed_at INTEGER, corrective_action TEXT, signature TEXT, disposition TEXT, record TEXT NOT NULL) WITHOUT ROWID",
            "CREATE TABLE IF NOT EXISTS quality_certificates (certificate_id TEXT PRIMARY KEY, number TEXT NOT NULL, lot_id TEXT NOT NULL,"
            " hold_id TEXT NOT NULL, issued_at INTEGER NOT NULL, record TEXT NOT NULL) WITHOUT ROWID",
            "CREATE TABLE IF NOT EXISTS quality_temperatures (location_id TEXT NOT NULL, at_ms INTEGER NOT NULL, decicelsius INTEGER NOT NULL,"
            " PRIMARY KEY (location_id, at_ms)) WITHOUT ROWID",
            "CREATE TABLE IF NOT EXISTS quality_excursions (excursion_id TEXT PRIMARY KEY, location_id TEXT NOT NULL, kind TEXT NOT NULL,"
            " start_ms INTEGER NOT NULL, end_ms INTEGER NOT NULL, peak_c TEXT, ongoing INTEGER NOT NULL, restored_at INTEGER,"
            " corrective_action TEXT, record TEXT NOT NULL) WITHOUT ROWID",
        };
        for (const char* sql : ddl)
            if (!q.exec(QLatin1String(sql))) return refuse(QStringLiteral("projection.failed"), q.lastError().text());
        db_ = db;
        return ok();
    }

    Status createIndexes(QSqlDatabase& db) override
    {
        QSqlQuery q(db);
        const char* ddl[] = {"CREATE UNIQUE INDEX IF NOT EXISTS quality_holds_number ON quality_holds(number)",
                             "CREATE INDEX IF NOT EXISTS quality_holds_lot ON quality_holds(lot_id, status)",
                             "CREATE INDEX IF NOT EXISTS quality_holds_open ON quality_holds(status, placed_at)",
                             "CREATE INDEX IF NOT EXISTS quality_checks_lot ON quality_checks(lot_id, recorded_at)",
                             "CREATE INDEX IF NOT EXISTS quality_certificates_lot ON quality_certificates(lot_id, issued_at)",
                             "CREATE INDEX IF NOT EXISTS quality_excursions_location ON quality_excursions(location_id, start_ms)"};
        for (const char* sql : ddl)
            if (!q.exec(QLatin1String(sql))) return refuse(QStringLiteral("projection.failed"), q.lastError().text());
        return ok();
    }

    Status apply(const Event& e) override
    {
        const QJsonObject& p = e.payload;
        const QByteArray json = e.payloadJson.isEmpty() ? canonicalJson(p) : e.payloadJson;
        QSqlQuery q(db_);
        const QString& t = e.type;
        if (t == QLatin1String("temperature.readings_recorded")) {
            if (!insertReading_) insertReading_ = std::make_unique<sql::Statement>(db_, QStringLiteral("INSERT OR IGNORE INTO quality_temperatures VALUES(?, ?, ?)"));
            const QString location = str(p, "location_id");
            for (const Reading& r : readingsOf(p)) {
                insertReading_->bind(1, location).bind(2, r.atMs).bind(3, r.decicelsius);
                if (!insertReading_->run()) return refuse(QStringLiteral("projection.failed"), insertReading_->error());
            }
            return ok();
        }
        if (t == QLatin1String("temperature.excursion_detected")) {
            q.prepare(QStringLiteral("INSERT OR REPLACE INTO quality_excursions(excursion_id, location_id, kind, start_ms, end_ms, peak_c, ongoing, record)"
                                     " VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(str(p, "excursion_id"));
            q.addBindValue(str(p, "location_id"));
            q.addBindValue(str(p, "kind"));
            q.addBindValue(QDateTime::fromString(str(p, "start"), Qt::ISODateWithMs).toMSecsSinceEpoch());
            q.addBindValue(QDateTime::fromString(str(p, "end"), Qt::ISODateWithMs).toMSecsSinceEpoch());
            q.addBindValue(str(p, "peak_c").isEmpty() ? QVariant() : QVariant(str(p, "peak_c")));
            q.addBindValue(p.value(QLatin1String("ongoing")).toBool() ? 1 : 0);
            q.addBindValue(QString::fromUtf8(json));
        } else if (t == QLatin1String("temperature.restored")) {
            q.prepare(QStringLiteral("UPDATE quality_excursions SET ongoing = 0, restored_at = ? WHERE excursion_id = ?"));
            q.addBindValue(QDateTime::fromString(str(p, "restored_at"), Qt::ISODateWithMs).toMSecsSinceEpoch());
            q.addBindValue(str(p, "excursion_id"));
        } else if (t == QLatin1String("certificate.issued")) {
            q.prepare(QStringLiteral("INSERT INTO quality_certificates VALUES(?, ?, ?, ?, ?, ?)"));
            q.addBindValue(str(p, "certificate_id"));
            q.addBindValue(str(p, "number"));
            q.addBindValue(str(p, "lot_id"));
            q.addBindValue(str(p, "hold_id"));
            q.addBindValue(e.occurredAt);
            q.addBindValue(QString::fromUtf8(json));
        } else if (t == QLatin1String("qc_template.defined")) {
            q.prepare(QStringLiteral("INSERT OR REPLACE INTO quality_templates VALUES(?, ?, ?)"));
            q.addBindValue(str(p, "product_id"));
            q.addBindValue(p.value(QLatin1String("revision")).toInt());
            q.addBindValue(QString::fromUtf8(json));
        } else if (t == QLatin1String("quality_check.passed") || t == QLatin1String("quality_check.failed")) {
            q.prepare(QStringLiteral("INSERT INTO quality_checks VALUES(?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(str(p, "check_id"));
            q.addBindValue(str(p, "lot_id"));
            q.addBindValue(str(p, "product_id"));
            q.addBindValue(t == QLatin1String("quality_check.passed") ? 1 : 0);
            q.addBindValue(e.occurredAt);
            q.addBindValue(e.recordedBy);
            q.addBindValue(QString::fromUtf8(json));
        } else if (t == QLatin1String("hold.placed")) {
            q.prepare(QStringLiteral("INSERT INTO quality_holds(hold_id, number, lot_id, location_id, quantity, cause, reason, status, placed_at, record)"
                                     " VALUES(?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)"));
            q.addBindValue(str(p, "hold_id"));
            q.addBindValue(str(p, "number"));
            q.addBindValue(str(p, "lot_id"));
            q.addBindValue(str(p, "location_id").isEmpty() ? QVariant() : QVariant(str(p, "location_id")));
            q.addBindValue(p.value(QLatin1String("quantity")).toInteger());
            q.addBindValue(str(p, "cause"));
            q.addBindValue(str(p, "reason"));
            q.addBindValue(e.occurredAt);
            q.addBindValue(QString::fromUtf8(json));
        } else if (t == QLatin1String("hold.released") || t == QLatin1String("hold.disposed")) {
            q.prepare(QStringLiteral("UPDATE quality_holds SET status = ?, closed_at = ?, signature = ?, disposition = ? WHERE hold_id = ?"));
            q.addBindValue(t == QLatin1String("hold.released") ? QStringLiteral("released") : QStringLiteral("disposed"));
            q.addBindValue(e.occurredAt);
            q.addBindValue(QString::fromUtf8(canonicalJson(p.value(QLatin1String("signature")).toObject())));
            q.addBindValue(t == QLatin1String("hold.released") ? QStringLiteral("release") : str(p, "disposition"));
            q.addBindValue(str(p, "hold_id"));
        } else if (t == QLatin1String("corrective_action.recorded")) {
            if (!str(p, "excursion_id").isEmpty()) {
                QSqlQuery x(db_);
                x.prepare(QStringLiteral("UPDATE quality_excursions SET corrective_action = ? WHERE excursion_id = ?"));
                x.addBindValue(str(p, "action"));
                x.addBindValue(str(p, "excursion_id"));
                if (!x.exec()) return refuse(QStringLiteral("projection.failed"), x.lastError().text());
            }
            q.prepare(QStringLiteral("UPDATE quality_holds SET corrective_action = ? WHERE hold_id = ?"));
            q.addBindValue(str(p, "action"));
            q.addBindValue(str(p, "hold_id"));
        } else {
            return ok();
        }
        return q.exec() ? ok() : refuse(QStringLiteral("projection.failed"), q.lastError().text());
    }

private:
    QSqlDatabase db_;
    std::unique_ptr<sql::Statement> insertReading_;
};

// --- resolving ------------------------------------------------------------------------

Result<QString> holdIdFrom(QSqlDatabase db, const QJsonObject& p)
{
    if (!str(p, "hold_id").isEmpty()) return str(p, "hold_id");
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT hold_id FROM quality_holds WHERE number = ?"));
    q.addBindValue(str(p, "hold_number").trimmed().toUpper());
    if (q.exec() && q.next()) return q.value(0).toString();
    return refuse(QStringLiteral("quality.hold_unknown"), QStringLiteral("There is no hold %1.").arg(str(p, "hold_number")));
}

// The e-signature step: the signer re-enters the password now. A wrong password is refused
// and written to the security log. The stored command keeps the signature, never the password.
Result<QJsonObject> resolveSignature(const QJsonObject& in, ResolveContext& ctx, const QString& meaning, const QString& what)
{
    QJsonObject p = in;
    const QString password = p.take(QStringLiteral("password")).toString();
    identity::Directory dir(ctx.db);
    if (!dir.confirmPassword(ctx.actor.userId, password)) {
        logSecurityEvent(ctx.db, ctx.nowMs, ctx.actor.userId, QStringLiteral("signature.refused"), what);
        return refuse(QStringLiteral("quality.signature_failed"),
                      QStringLiteral("The password is not correct, so nothing was signed. This attempt has been logged."));
    }
    const auto user = dir.byId(ctx.actor.userId);
    Result<QString> holdId = holdIdFrom(ctx.db, p);
    if (!holdId) return holdId.refusal();
    p.remove(QStringLiteral("hold_number"));
    p.insert(QStringLiteral("hold_id"), holdId.value());
    p.insert(QStringLiteral("signature"), QJsonObject{{QStringLiteral("signer_id"), ctx.actor.userId},
                                                      {QStringLiteral("printed_name"), user ? user->displayName : ctx.actor.displayName},
                                                      {QStringLiteral("signed_at"), utcIso(ctx.nowMs)},
                                                      {QStringLiteral("meaning"), meaning}});
    return p;
}

// Completes the signature with the SHA-256 of the hold record as it is now; when the
// signer's screen sent the hash of what was shown, it must be the same record.
Result<Signature> bindSignature(const HoldState& hold, const QJsonObject& p)
{
    Signature s = Signature::fromJson(p.value(QLatin1String("signature")).toObject());
    s.recordSha256 = hold.recordSha256();
    const QString shown = str(p, "record_sha256");
    if (hold.exists && !shown.isEmpty() && shown != s.recordSha256)
        return refuse(QStringLiteral("quality.signature_mismatch"),
                      QStringLiteral("Hold %1 changed since it was shown to you; open it again and sign what is shown.").arg(hold.number));
    return s;
}

// The certificate of release: the lot, the checks recorded for it and the signature.
NewEvent certificateFor(HandlerContext& ctx, const HoldState& hold, const Signature& signature, const QString& certificateId)
{
    QualityQueries q(ctx.db);
    QJsonArray checks;
    for (const QJsonObject& c : q.checksOfLot(hold.lotId)) checks.append(c);
    QJsonObject p{{QStringLiteral("certificate_id"), certificateId},
                  {QStringLiteral("number"), QStringLiteral("C-") + hold.number.mid(2)},
                  {QStringLiteral("lot_id"), hold.lotId},
                  {QStringLiteral("hold_id"), hold.holdId},
                  {QStringLiteral("hold_number"), hold.number},
                  {QStringLiteral("hold_reason"), hold.reason},
                  {QStringLiteral("checks"), checks},
                  {QStringLiteral("signature"), signature.toJson()}};
    const inventory::LotState lot = inventory::fold(ctx.store.readStream(inventory::lotStream(hold.lotId)));
    p.insert(QStringLiteral("tlc"), lot.tlc);
    p.insert(QStringLiteral("product_id"), lot.productId);
    if (const auto product = catalog::CatalogQueries(ctx.db).byId(catalog::Kind::Product, lot.productId)) {
        p.insert(QStringLiteral("product_description"), str(*product, "name"));
        p.insert(QStringLiteral("product_code"), str(*product, "code"));
    }
    if (lot.fefoDate().isValid()) p.insert(QStringLiteral("expiry"), lot.fefoDate().toString(Qt::ISODate));
    p.insert(QStringLiteral("quantity"), lot.total());
    p.insert(QStringLiteral("unit"), lot.unit);
    return {QStringLiteral("certificate.issued"), QStringLiteral("certificate-") + certificateId, p};
}

HoldState loadHold(HandlerContext& ctx, const QString& holdId) { return foldHold(ctx.store.readStream(holdStream(holdId))); }
inventory::LotState loadLot(HandlerContext& ctx, const QString& lotId) { return inventory::fold(ctx.store.readStream(inventory::lotStream(lotId))); }

FieldDoc field(const char* name, FieldType type, bool required, const char* doc, QStringList values = {})
{
    return FieldDoc{QLatin1String(name), type, required, QString::fromUtf8(doc), std::move(values)};
}

QString wasteReasonFor(const QString& cause)
{
    if (cause == QLatin1String("temperature")) return QStringLiteral("temperature");
    if (cause == QLatin1String("recall")) return QStringLiteral("recall");
    if (cause == QLatin1String("check_failed") || cause == QLatin1String("return")) return QStringLiteral("damaged");
    return QStringLiteral("other");
}

}  // namespace

void logSecurityEvent(QSqlDatabase db, qint64 atMs, const QString& userId, const QString& what, const QString& detail)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO security_log(at, user_id, what, detail) VALUES(?, ?, ?, ?)"));
    q.addBindValue(atMs);
    q.addBindValue(userId);
    q.addBindValue(what);
    q.addBindValue(detail);
    q.exec();
}

void install(Registrar& r)
{
    r.projections.add(std::make_unique<QualityProjection>());

    CommandSpec tmpl;
    tmpl.name = QStringLiteral("DefineQualityCheck");
    tmpl.context = QStringLiteral("quality");
    tmpl.summary = QStringLiteral("Define (or revise) the quality check of a product: its criteria, pass/fail or measured with limits.");
    tmpl.roles = {role::QaTechnician};
    tmpl.fields = {field("product_id", FieldType::Text, false, "the product (or product_code)"), field("product_code", FieldType::Text, false, "the product's SKU"),
                   field("criteria", FieldType::Array, true, "[{key, label, kind: pass_fail|measure, unit, min, max}]")};
    tmpl.emits = {QStringLiteral("qc_template.defined")};
    tmpl.resolve = [](const QJsonObject& in, ResolveContext& ctx) -> Result<QJsonObject> {
        QJsonObject p = in;
        const QString code = p.take(QStringLiteral("product_code")).toString();
        if (str(p, "product_id").isEmpty()) {
            const auto row = catalog::CatalogQueries(ctx.db).byCode(catalog::Kind::Product, code);
            if (!row) return refuse(QStringLiteral("quality.product_unknown"), QStringLiteral("There is no product with the code %1.").arg(code));
            p.insert(QStringLiteral("product_id"), str(*row, "id"));
        }
        return p;
    };
    tmpl.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
        const QString product = str(p, "product_id");
        if (!catalog::CatalogQueries(ctx.db).byId(catalog::Kind::Product, product))
            return refuse(QStringLiteral("quality.product_unknown"), QStringLiteral("There is no such product."));
        std::vector<Criterion> criteria;
        for (const QJsonValue& v : p.value(QLatin1String("criteria")).toArray()) {
            const QJsonObject o = v.toObject();
            criteria.push_back({str(o, "key"), str(o, "label"), str(o, "kind"), str(o, "unit"),
                                o.value(QLatin1String("min")).isDouble() ? QString::number(o.value(QLatin1String("min")).toDouble()) : str(o, "min"),
                                o.value(QLatin1String("max")).isDouble() ? QString::number(o.value(QLatin1String("max")).toDouble()) : str(o, "max")});
        }
        TemplateState current;
        for (const Event& e : ctx.store.readStream(templateStream(product))) current = evolveTemplate(std::move(current), e);
        return decideDefineTemplate(current, product, criteria);
    };
    r.commands.add(tmpl);

    CommandSpec check;
    check.name = QStringLiteral("RecordQualityCheck");
    check.context = QStringLiteral("quality");
    check.summary = QStringLiteral("Record a quality check of a lot; every criterion is required; a failed check places a hold.");
    check.roles = {role::QaTechnician};
    check.fields = {field("lot_id", FieldType::Text, true, "the lot checked"),
                    field("results", FieldType::Array, true, "[{key, passed: true|false} or {key, value: \"4.2\"}] for every criterion"),
                    field("note", FieldType::Text, false, "free text"), field("check_id", FieldType::Text, false, "UUID; generated when absent")};
    check.emits = {QStringLiteral("quality_check.passed"), QStringLiteral("quality_check.failed"), QStringLiteral("hold.placed")};
    check.resolve = [](const QJsonObject& in, ResolveContext& ctx) -> Result<QJsonObject> {
        QJsonObject p = in;
        if (str(p, "check_id").isEmpty()) p.insert(QStringLiteral("check_id"), ctx.ids.next());
        p.insert(QStringLiteral("hold_id_if_failed"), ctx.ids.next());
        return p;
    };
    check.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
        const inventory::LotState lot = loadLot(ctx, str(p, "lot_id"));
        RecordQualityCheck c;
        c.checkId = str(p, "check_id");
        c.lotId = lot.lotId.isEmpty() ? str(p, "lot_id") : lot.lotId;
        c.productId = lot.productId;
        c.note = str(p, "note");
        for (const QJsonValue& v : p.value(QLatin1String("results")).toArray()) {
            const QJsonObject o = v.toObject();
            const QJsonValue val = o.value(QLatin1String("value"));
            c.results.push_back({str(o, "key"), o.value(QLatin1String("passed")).toBool(), val.isDouble() ? QString::number(val.toDouble()) : val.toString()});
        }
        QualityQueries q(ctx.db);
        auto decided = decideRecordCheck(q.checkTemplate(lot.productId), c, lot.exists, str(p, "hold_id_if_failed"), q.nextHoldNumber());
        if (!decided) return decided;
        // The hold (if any) records when and by whom.
        for (NewEvent& e : decided.value())
            if (e.type == QLatin1String("hold.placed")) {
                e.payload.insert(QStringLiteral("placed_at"), utcIso(ctx.nowMs));
                e.payload.insert(QStringLiteral("placed_by"), ctx.actor.displayName.isEmpty() ? ctx.actor.username : ctx.actor.displayName);
            }
        return decided;
    };
    r.commands.add(check);

    CommandSpec place;
    place.name = QStringLiteral("PlaceHold");
    place.context = QStringLiteral("quality");
    place.summary = QStringLiteral("Put a lot (or a quantity of it at a location) on quality hold: it can no longer be allocated, picked or shipped.");
    place.roles = {role::QaTechnician, role::WarehouseManager};
    place.fields = {field("lot_id", FieldType::Text, true, "the lot"), field("location_id", FieldType::Text, false, "limit the hold to this location (or location_code)"),
                    field("location_code", FieldType::Text, false, "limit the hold to this location"),
                    field("quantity", FieldType::Integer, false, "hold only this quantity at the location; absent: all of it"),
                    field("reason", FieldType::Text, true, "why, in words people will read on the hold register"),
                    field("hold_id", FieldType::Text, false, "UUID; generated when absent")};
    place.emits = {QStringLiteral("hold.placed")};
    place.resolve = [](const QJsonObject& in, ResolveContext& ctx) -> Result<QJsonObject> {
        QJsonObject p = in;
        if (str(p, "hold_id").isEmpty()) p.insert(QStringLiteral("hold_id"), ctx.ids.next());
        const QString code = p.take(QStringLiteral("location_code")).toString();
        if (!code.isEmpty() && str(p, "location_id").isEmpty()) {
            const auto row = catalog::CatalogQueries(ctx.db).byCode(catalog::Kind::Location, code);
            if (!row) return refuse(QStringLiteral("quality.location_unknown"), QStringLiteral("There is no location %1.").arg(code));
            p.insert(QStringLiteral("location_id"), str(*row, "id"));
        }
        return p;
    };
    place.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
        const inventory::LotState lot = loadLot(ctx, str(p, "lot_id"));
        PlaceHold c;
        c.holdId = str(p, "hold_id");
        c.number = QualityQueries(ctx.db).nextHoldNumber();
        c.lotId = str(p, "lot_id");
        c.locationId = str(p, "location_id");
        c.quantity = p.value(QLatin1String("quantity")).toInteger();
        c.cause = QStringLiteral("manual");
        c.reason = str(p, "reason");
        c.placedAt = utcIso(ctx.nowMs);
        c.placedBy = ctx.actor.displayName.isEmpty() ? ctx.actor.username : ctx.actor.displayName;
        return decidePlaceHold(loadHold(ctx, c.holdId), c, lot.exists, c.locationId.isEmpty() ? lot.total() : lot.at(c.locationId));
    };
    r.commands.add(place);

    CommandSpec release;
    release.name = QStringLiteral("ReleaseHold");
    release.context = QStringLiteral("quality");
    release.summary = QStringLiteral("Release a hold with an electronic signature: the QA technician re-enters the password and states what the signature means.");
    release.roles = {role::QaTechnician};
    release.fields = {field("hold_id", FieldType::Text, false, "the hold (or hold_number)"), field("hold_number", FieldType::Text, false, "e.g. H-17"),
                      field("password", FieldType::Text, true, "the signer's password, entered at signing time (never stored)"),
                      field("meaning", FieldType::Enum, true, "what the signature means", releaseMeanings()),
                      field("record_sha256", FieldType::Text, false, "SHA-256 of the hold record shown to the signer; refused if the hold changed")};
    release.emits = {QStringLiteral("hold.released"), QStringLiteral("certificate.issued")};
    release.resolve = [](const QJsonObject& in, ResolveContext& ctx) -> Result<QJsonObject> {
        Result<QJsonObject> p = resolveSignature(in, ctx, str(in, "meaning"), QStringLiteral("ReleaseHold %1").arg(str(in, "hold_number") + str(in, "hold_id")));
        if (p) p.value().insert(QStringLiteral("certificate_id"), ctx.ids.next());
        return p;
    };
    release.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
        const HoldState hold = loadHold(ctx, str(p, "hold_id"));
        Result<Signature> s = bindSignature(hold, p);
        if (!s) return s.refusal();
        Result<NewEvents> released = decideReleaseHold(hold, s.value());
        if (released) released.value().push_back(certificateFor(ctx, hold, s.value(), str(p, "certificate_id")));
        return released;
    };
    r.commands.add(release);

    CommandSpec dispose;
    dispose.name = QStringLiteral("DisposeHold");
    dispose.context = QStringLiteral("quality");
    dispose.summary = QStringLiteral("Close a hold with a signed disposition: release, destroy (written off as waste), return to supplier (leaves stock) or rework.");
    dispose.roles = {role::QaTechnician};
    dispose.fields = {field("hold_id", FieldType::Text, false, "the hold (or hold_number)"), field("hold_number", FieldType::Text, false, "e.g. H-17"),
                      field("disposition", FieldType::Enum, true, "what happens to the stock", dispositions()),
                      field("password", FieldType::Text, true, "the signer's password, entered at signing time (never stored)"),
                      field("note", FieldType::Text, false, "free text"),
                      field("record_sha256", FieldType::Text, false, "SHA-256 of the hold record shown to the signer")};
    dispose.emits = {QStringLiteral("hold.disposed"), QStringLiteral("waste.recorded")};
    dispose.resolve = [](const QJsonObject& in, ResolveContext& ctx) -> Result<QJsonObject> {
        return resolveSignature(in, ctx, QStringLiteral("disposed — %1").arg(str(in, "disposition")),
                                QStringLiteral("DisposeHold %1").arg(str(in, "hold_number") + str(in, "hold_id")));
    };
    dispose.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
        const HoldState hold = loadHold(ctx, str(p, "hold_id"));
        Result<Signature> s = bindSignature(hold, p);
        if (!s) return s.refusal();
        Result<NewEvents> decided = decideDisposeHold(hold, {str(p, "disposition"), str(p, "note")}, s.value());
        if (!decided) return decided;
        const QString disposition = str(p, "disposition");
        if (disposition == QLatin1String("destroy") || disposition == QLatin1String("return_to_supplier")) {
            // The held stock leaves: written off at every location the hold covers.
            const inventory::LotState lot = loadLot(ctx, hold.lotId);
            inventory::InventoryQueries iq(ctx.db);
            qint64 onHand = iq.onHand(lot.productId);
            const inventory::ProductFacts product = inventory::productFacts(ctx.db, lot.productId);
            for (auto it = lot.stock.cbegin(); it != lot.stock.cend(); ++it) {
                if (!hold.locationId.isEmpty() && it.key() != hold.locationId) continue;
                const qint64 q = hold.quantity > 0 ? std::min(hold.quantity, it.value()) : it.value();
                inventory::RecordWaste w{lot.lotId, it.key(), q,
                                         disposition == QLatin1String("destroy") ? wasteReasonFor(hold.cause) : QStringLiteral("other"),
                                         disposition == QLatin1String("destroy") ? QStringLiteral("destroyed under hold %1").arg(hold.number)
                                                                                  : QStringLiteral("returned to supplier under hold %1").arg(hold.number)};
                auto waste = inventory::decideWaste(lot, w, inventory::locationFacts(ctx.db, it.key()), product, onHand);
                if (!waste) return waste.refusal();
                onHand -= q;
                for (NewEvent& e : waste.value()) decided.value().push_back(std::move(e));
            }
        }
        return decided;
    };
    r.commands.add(dispose);

    CommandSpec action;
    action.name = QStringLiteral("RecordCorrectiveAction");
    action.context = QStringLiteral("quality");
    action.summary = QStringLiteral("Record the corrective action taken for a hold (what, who, when): required before a temperature hold is closed.");
    action.roles = {role::QaTechnician, role::WarehouseManager};
    action.fields = {field("hold_id", FieldType::Text, false, "the hold (or hold_number, or excursion_id for every hold of an excursion)"),
                     field("hold_number", FieldType::Text, false, "e.g. H-17"),
                     field("excursion_id", FieldType::Text, false, "a temperature excursion: the action covers it and all its holds"),
                     field("action", FieldType::Text, true, "what was done"), field("taken_at", FieldType::Text, false, "when (ISO 8601); default now")};
    action.emits = {QStringLiteral("corrective_action.recorded")};
    action.resolve = [](const QJsonObject& in, ResolveContext& ctx) -> Result<QJsonObject> {
        QJsonObject p = in;
        if (str(p, "taken_at").isEmpty()) p.insert(QStringLiteral("taken_at"), utcIso(ctx.nowMs));
        if (!str(p, "excursion_id").isEmpty()) return p;
        Result<QString> id = holdIdFrom(ctx.db, p);
        if (!id) return id.refusal();
        p.remove(QStringLiteral("hold_number"));
        p.insert(QStringLiteral("hold_id"), id.value());
        return p;
    };
    action.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
        const QString takenBy = ctx.actor.displayName.isEmpty() ? ctx.actor.username : ctx.actor.displayName;
        if (str(p, "action").trimmed().isEmpty()) return refuse(QStringLiteral("quality.action_missing"), QStringLiteral("Say what was done."));
        if (!str(p, "excursion_id").isEmpty()) {
            // One action for the excursion, recorded on every hold it raised.
            QSqlQuery q(ctx.db);
            q.prepare(QStringLiteral("SELECT hold_id FROM quality_holds WHERE json_extract(record, '$.cause_reference') = ? ORDER BY number"));
            q.addBindValue(str(p, "excursion_id"));
            NewEvents out;
            if (q.exec())
                while (q.next())
                    out.push_back({QStringLiteral("corrective_action.recorded"), holdStream(q.value(0).toString()),
                                   {{QStringLiteral("hold_id"), q.value(0).toString()}, {QStringLiteral("excursion_id"), str(p, "excursion_id")},
                                    {QStringLiteral("action"), str(p, "action").trimmed()}, {QStringLiteral("taken_at"), str(p, "taken_at")},
                                    {QStringLiteral("taken_by"), takenBy}}});
            if (out.empty()) {
                // A deviation that held nothing (e.g. a monitoring gap) still gets its action.
                QSqlQuery x(ctx.db);
                x.prepare(QStringLiteral("SELECT location_id FROM quality_excursions WHERE excursion_id = ?"));
                x.addBindValue(str(p, "excursion_id"));
                if (!x.exec() || !x.next())
                    return refuse(QStringLiteral("quality.excursion_unknown"), QStringLiteral("There is no such temperature excursion."));
                out.push_back({QStringLiteral("corrective_action.recorded"), temperatureLogStream(x.value(0).toString()),
                               {{QStringLiteral("excursion_id"), str(p, "excursion_id")}, {QStringLiteral("action"), str(p, "action").trimmed()},
                                {QStringLiteral("taken_at"), str(p, "taken_at")}, {QStringLiteral("taken_by"), takenBy}}});
            }
            return out;
        }
        const HoldState hold = loadHold(ctx, str(p, "hold_id"));
        if (!hold.exists) return refuse(QStringLiteral("quality.hold_unknown"), QStringLiteral("There is no such hold."));
        if (str(p, "action").trimmed().isEmpty()) return refuse(QStringLiteral("quality.action_missing"), QStringLiteral("Say what was done."));
        return NewEvents{{QStringLiteral("corrective_action.recorded"), holdStream(hold.holdId),
                          {{QStringLiteral("hold_id"), hold.holdId},
                           {QStringLiteral("action"), str(p, "action").trimmed()},
                           {QStringLiteral("taken_at"), str(p, "taken_at")},
                           {QStringLiteral("taken_by"), ctx.actor.displayName.isEmpty() ? ctx.actor.username : ctx.actor.displayName}}}};
    };
    r.commands.add(action);

    CommandSpec temps;
    temps.name = QStringLiteral("RecordTemperatures");
    temps.context = QStringLiteral("quality");
    temps.summary = QStringLiteral("Import a data-logger file (CSV) for a location: all of it or nothing; excursions are detected and every lot "
                                   "present in the location during an excursion is held.");
    temps.roles = {role::QaTechnician, role::WarehouseManager};
    temps.fields = {field("location_id", FieldType::Text, false, "the monitored location (or location_code)"),
                    field("location_code", FieldType::Text, false, "the monitored location"),
                    field("csv", FieldType::Text, true, "the data-logger file's contents"),
                    field("file_name", FieldType::Text, false, "the file's name, kept with the import"),
                    field("time_zone", FieldType::Text, false, "IANA time zone of timestamps without one (default UTC), e.g. America/New_York"),
                    field("unit", FieldType::Enum, false, "temperature unit when the file does not say", {QStringLiteral("celsius"), QStringLiteral("fahrenheit")})};
    temps.emits = {QStringLiteral("temperature.readings_recorded"), QStringLiteral("temperature.excursion_detected"), QStringLiteral("temperature.restored"),
                   QStringLiteral("hold.placed")};
    temps.resolve = [](const QJsonObject& in, ResolveContext& ctx) -> Result<QJsonObject> {
        QJsonObject p = in;
        const QString code = p.take(QStringLiteral("location_code")).toString();
        if (str(p, "location_id").isEmpty()) {
            const auto row = catalog::CatalogQueries(ctx.db).byCode(catalog::Kind::Location, code);
            if (!row) return refuse(QStringLiteral("quality.location_unknown"), QStringLiteral("There is no location %1.").arg(code));
            p.insert(QStringLiteral("location_id"), str(*row, "id"));
        }
        CsvOptions options;
        if (!str(p, "time_zone").isEmpty()) {
            options.timeZone = QTimeZone(str(p, "time_zone").toUtf8());
            if (!options.timeZone.isValid())
                return refuse(QStringLiteral("quality.time_zone_unknown"), QStringLiteral("There is no time zone called %1.").arg(str(p, "time_zone")));
        }
        if (str(p, "unit") == QLatin1String("celsius")) options.unit = TemperatureUnit::Celsius;
        if (str(p, "unit") == QLatin1String("fahrenheit")) options.unit = TemperatureUnit::Fahrenheit;
        Result<std::vector<Reading>> readings = parseTemperatureCsv(p.take(QStringLiteral("csv")).toString().toUtf8(), options);
        if (!readings) return readings.refusal();
        // The stored command carries the parsed readings, not the file: exact and replayable.
        QJsonArray list;
        for (const Reading& reading : readings.value()) list.append(QJsonArray{reading.atMs, reading.decicelsius});
        p.insert(QStringLiteral("readings"), list);
        p.insert(QStringLiteral("import_id"), ctx.ids.next());
        return p;
    };
    temps.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
        const QString locationId = str(p, "location_id");
        const auto location = catalog::CatalogQueries(ctx.db).byId(catalog::Kind::Location, locationId);
        if (!location) return refuse(QStringLiteral("quality.location_unknown"), QStringLiteral("There is no such location."));
        TemperatureLogState log;
        for (const Event& e : ctx.store.readStream(temperatureLogStream(locationId))) log = evolveTemperatureLog(std::move(log), e);
        const std::vector<Reading> incoming = readingsOf(p);
        Result<NewEvents> decided = decideRecordTemperatures(locationId, temperatureRangeOf(*location), static_cast<int>(location->value(QLatin1String("tolerance_minutes")).toInteger(15)),
                                                             log.readings, incoming, str(p, "import_id"));
        if (!decided) return decided;
        // Policy: every lot present in the location during an out-of-range excursion is held.
        QualityQueries qq(ctx.db);
        inventory::InventoryQueries iq(ctx.db);
        int holdNo = qq.nextHoldNumber().mid(2).toInt();
        NewEvents holds;
        for (const NewEvent& e : decided.value()) {
            if (e.type != QLatin1String("temperature.excursion_detected") || str(e.payload, "kind") != QLatin1String("out_of_range")) continue;
            const qint64 start = QDateTime::fromString(str(e.payload, "start"), Qt::ISODateWithMs).toMSecsSinceEpoch();
            const qint64 end = QDateTime::fromString(str(e.payload, "end"), Qt::ISODateWithMs).toMSecsSinceEpoch();
            const QString excursion = str(e.payload, "excursion_id");
            for (const QString& lotId : iq.lotsPresent(locationId, start, end)) {
                const inventory::LotState lot = loadLot(ctx, lotId);
                if (lot.total() <= 0) continue;  // gone already: a recall is the tool for that
                PlaceHold h;
                // Deterministic: the same import on the server gives the same hold ids.
                h.holdId = excursionId(lotId, ExcursionKind::OutOfRange, start);
                h.number = QStringLiteral("H-%1").arg(holdNo++);
                h.lotId = lotId;
                h.cause = QStringLiteral("temperature");
                h.reason = QStringLiteral("Temperature excursion at %1 from %2 to %3, peak %4 °C (allowed %5 to %6 °C).")
                               .arg(str(*location, "code"), str(e.payload, "start"), str(e.payload, "end"), str(e.payload, "peak_c"),
                                    str(*location, "temp_min_c").isEmpty() ? QStringLiteral("−") : str(*location, "temp_min_c"),
                                    str(*location, "temp_max_c").isEmpty() ? QStringLiteral("+") : str(*location, "temp_max_c"));
                h.causeReference = excursion;
                h.placedAt = utcIso(ctx.nowMs);
                h.placedBy = QStringLiteral("cold-chain monitoring");
                Result<NewEvents> placed = decidePlaceHold(loadHold(ctx, h.holdId), h, true, lot.total());
                if (!placed) return placed.refusal();
                for (NewEvent& ne : placed.value()) holds.push_back(std::move(ne));
            }
        }
        for (NewEvent& ne : holds) decided.value().push_back(std::move(ne));
        return decided;
    };
    r.commands.add(temps);
}

// --- reads ---------------------------------------------------------------------------

namespace {
const char* const kHoldSelect =
    "SELECT h.hold_id, h.number, h.lot_id, l.tlc, p.name, h.location_id, h.quantity, h.cause, h.reason, h.status, h.placed_at"
    " FROM quality_holds h LEFT JOIN inventory_lots l ON l.lot_id = h.lot_id LEFT JOIN catalog_products p ON p.id = l.product_id";

HoldRow holdRow(const QSqlQuery& q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
            q.value(6).toLongLong(), q.value(7).toString(), q.value(8).toString(), q.value(9).toString(), q.value(10).toLongLong()};
}
}  // namespace

QList<HoldRow> QualityQueries::openHolds() const
{
    QList<HoldRow> out;
    QSqlQuery q(db_);
    if (q.exec(QLatin1String(kHoldSelect) + QStringLiteral(" WHERE h.status = 'open' ORDER BY h.placed_at")))
        while (q.next()) out << holdRow(q);
    return out;
}

QList<HoldRow> QualityQueries::holdsOfLot(const QString& lotId) const
{
    QList<HoldRow> out;
    QSqlQuery q(db_);
    q.prepare(QLatin1String(kHoldSelect) + QStringLiteral(" WHERE h.lot_id = ? ORDER BY h.placed_at DESC"));
    q.addBindValue(lotId);
    if (q.exec())
        while (q.next()) out << holdRow(q);
    return out;
}

QualityQueries::Held QualityQueries::heldAt(const QString& lotId, const QString& locationId) const
{
    Held h;
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("SELECT number, quantity, placed_at FROM quality_holds WHERE lot_id = ? AND status = 'open'"
                             " AND (location_id IS NULL OR location_id = ?) ORDER BY placed_at"));
    q.addBindValue(lotId);
    q.addBindValue(locationId);
    if (q.exec())
        while (q.next()) {
            if (h.firstNumber.isEmpty()) {
                h.firstNumber = q.value(0).toString();
                h.since = q.value(2).toLongLong();
            }
            if (q.value(1).toLongLong() == 0) h.all = true;
            else h.quantity += q.value(1).toLongLong();
        }
    return h;
}

QString QualityQueries::nextHoldNumber() const
{
    QSqlQuery q(db_);
    const int n = q.exec(QStringLiteral("SELECT COUNT(*) FROM quality_holds")) && q.next() ? q.value(0).toInt() : 0;
    return QStringLiteral("H-%1").arg(n + 1);
}

QList<QJsonObject> QualityQueries::certificatesOfLot(const QString& lotId) const
{
    QList<QJsonObject> out;
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("SELECT record FROM quality_certificates WHERE lot_id = ? ORDER BY issued_at DESC"));
    q.addBindValue(lotId);
    if (q.exec())
        while (q.next()) {
            QJsonObject o;
            parseJsonObject(q.value(0).toByteArray(), &o);
            out << o;
        }
    return out;
}

QList<QJsonObject> QualityQueries::checksOfLot(const QString& lotId) const
{
    QList<QJsonObject> out;
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("SELECT record, recorded_at, passed FROM quality_checks WHERE lot_id = ? ORDER BY recorded_at"));
    q.addBindValue(lotId);
    if (q.exec())
        while (q.next()) {
            QJsonObject o;
            parseJsonObject(q.value(0).toByteArray(), &o);
            o.insert(QStringLiteral("recorded_at"), utcIso(q.value(1).toLongLong()));
            o.insert(QStringLiteral("passed"), q.value(2).toInt() != 0);
            out << o;
        }
    return out;
}

TemplateState QualityQueries::checkTemplate(const QString& productId) const
{
    TemplateState t;
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("SELECT record FROM quality_templates WHERE product_id = ?"));
    q.addBindValue(productId);
    if (!q.exec() || !q.next()) return t;
    Event e;
    e.type = QStringLiteral("qc_template.defined");
    parseJsonObject(q.value(0).toByteArray(), &e.payload);
    return evolveTemplate(t, e);
}

}  // namespace tracelot::quality

// Catalog: projection tables (one per kind, columns from the field schema), commands, reads.
// Table and column names below come from the fixed schema in catalog.cpp, never from input;
// every value is bound.
#include "catalog/catalogmodule.h"

#include "common/canonicaljson.h"
#include "common/gs1.h"
#include "common/ids.h"
#include "eventstore/eventstore.h"
#include "eventstore/statement.h"
#include "identity/roles.h"
#include "projections/projections.h"

#include <QSqlError>
#include <QSqlQuery>
#include <array>
#include <QSqlRecord>

namespace tracelot::catalog {
namespace {

// Columns besides the JSON record: what is looked up, sorted or indexed.
QStringList keyColumns(Kind kind)
{
    switch (kind) {
    case Kind::Product: return {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("gtin")};
    case Kind::Supplier:
    case Kind::Customer: return {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("gln")};
    case Kind::Location: return {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("type")};
    }
    return {};
}

// The same, as the JSON keys the projection reads (no allocation per event).
const std::array<QLatin1StringView, 3>& keyFields(Kind kind)
{
    static const std::array<QLatin1StringView, 3> product{QLatin1StringView("code"), QLatin1StringView("name"), QLatin1StringView("gtin")};
    static const std::array<QLatin1StringView, 3> party{QLatin1StringView("code"), QLatin1StringView("name"), QLatin1StringView("gln")};
    static const std::array<QLatin1StringView, 3> location{QLatin1StringView("code"), QLatin1StringView("name"), QLatin1StringView("type")};
    switch (kind) {
    case Kind::Product: return product;
    case Kind::Supplier:
    case Kind::Customer: return party;
    case Kind::Location: return location;
    }
    return product;
}

const char* const kSelect = "SELECT record, active, created_at, updated_at, revision FROM ";

QJsonObject rowToJson(const QSqlQuery& q)
{
    QJsonObject o;
    parseJsonObject(q.value(0).toByteArray(), &o);
    o.insert(QStringLiteral("active"), q.value(1).toInt() != 0);
    o.insert(QStringLiteral("created_at"), q.value(2).toLongLong());
    o.insert(QStringLiteral("updated_at"), q.value(3).toLongLong());
    o.insert(QStringLiteral("revision"), q.value(4).toLongLong());
    return o;
}

class CatalogProjection final : public Projection {
public:
    QString name() const override { return QStringLiteral("catalog"); }
    int schemaVersion() const override { return 5; }  // 5: record document + key columns (NULL when absent)
    QStringList eventTypes() const override
    {
        QStringList t;
        for (const KindSpec& k : kinds()) t << k.definedEvent << k.revisedEvent;
        return t;
    }
    QStringList tables() const override
    {
        QStringList t;
        for (const KindSpec& k : kinds()) t << k.table;
        return t;
    }

    Status create(QSqlDatabase& db) override
    {
        db_ = db;
        inserts_.clear();
        updates_.clear();
        for (const KindSpec& k : kinds()) {
            // One row per record: the canonical JSON document (`record`, the event's own
            // payload text) plus the columns that are looked up, sorted or indexed.
            const QStringList keys = keyColumns(k.kind);
            QStringList cols{QStringLiteral("id TEXT PRIMARY KEY")};
            QStringList marks, sets;
            for (const QString& c : keys) {
                cols << c + QStringLiteral(" TEXT");
                marks << QStringLiteral("?");
                sets << c + QStringLiteral(" = ?");
            }
            cols << QStringLiteral("active INTEGER NOT NULL") << QStringLiteral("created_at INTEGER NOT NULL")
                 << QStringLiteral("updated_at INTEGER NOT NULL") << QStringLiteral("revision INTEGER NOT NULL") << QStringLiteral("record TEXT NOT NULL");
            QSqlQuery q(db);
            // WITHOUT ROWID: the id is the one B-tree, instead of a rowid table plus an id index.
            if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (%2) WITHOUT ROWID").arg(k.table, cols.join(QStringLiteral(", ")))))
                return refuse(QStringLiteral("projection.failed"), q.lastError().text());
            // Parameters: key columns..., active, time, revision, record, id.
            inserts_.push_back(std::make_unique<sql::Statement>(
                db, QStringLiteral("INSERT INTO %1 (%2, active, created_at, updated_at, revision, record, id) VALUES (%3, ?, ?%4, ?%4, ?, ?, ?)")
                        .arg(k.table, keys.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))
                        .arg(keys.size() + 2)));
            updates_.push_back(std::make_unique<sql::Statement>(
                db, QStringLiteral("UPDATE %1 SET %2, active = ?, updated_at = ?, revision = ?, record = ? WHERE id = ?").arg(k.table, sets.join(QStringLiteral(", ")))));
            if (!inserts_.back()->valid() || !updates_.back()->valid())
                return refuse(QStringLiteral("projection.failed"), inserts_.back()->error() + updates_.back()->error());
        }
        return ok();
    }

    bool needsParsedPayload() const override { return false; }

    Status createIndexes(QSqlDatabase& db) override
    {
        QSqlQuery q(db);
        for (const KindSpec& k : kinds())
            if (!q.exec(QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS %1_code ON %1(code)").arg(k.table)))
                return refuse(QStringLiteral("projection.failed"), q.lastError().text());
        if (!q.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS catalog_products_gtin ON catalog_products(gtin)")))
            return refuse(QStringLiteral("projection.failed"), q.lastError().text());
        return ok();
    }

    Status apply(const Event& e) override
    {
        for (const KindSpec& k : kinds()) {
            const bool defined = e.type == k.definedEvent;
            if (!defined && e.type != k.revisedEvent) continue;
            sql::Statement& q = defined ? *inserts_[static_cast<size_t>(k.kind)] : *updates_[static_cast<size_t>(k.kind)];
            // Key columns straight from the stored JSON text (no full parse: rebuilds read
            // only these few fields); a live event without its text is serialised once.
            const QByteArray json = e.payloadJson.isEmpty() ? canonicalJson(e.payload) : e.payloadJson;
            const JsonFields f(json);
            if (!f.valid()) return refuse(QStringLiteral("projection.failed"), QStringLiteral("Event %1 has a malformed payload.").arg(e.eventId));
            // Views into `json` (bound without copies; `json` outlives run()).
            std::array<QByteArray, 4> scratch;
            int i = 1;
            for (size_t c = 0; c < keyFields(k.kind).size(); ++c) {
                const QByteArrayView v = f.utf8(keyFields(k.kind)[c], scratch[c]);
                if (v.isEmpty()) q.bindNull(i++);
                else q.bindUtf8View(i++, v);
            }
            q.bind(i++, f.boolean(QLatin1StringView("active"), true) ? 1 : 0);
            q.bind(i++, e.occurredAt);
            q.bind(i++, e.streamVersion);
            q.bindUtf8View(i++, json);
            q.bindUtf8View(i++, f.utf8(QLatin1StringView("id"), scratch[3]));
            if (!q.run()) return refuse(QStringLiteral("projection.failed"), q.error());
            return ok();
        }
        return ok();
    }

private:
    QSqlDatabase db_;
    std::vector<std::unique_ptr<sql::Statement>> inserts_;
    std::vector<std::unique_ptr<sql::Statement>> updates_;
};

// The site this database belongs to: one record, stream "site-main".
class SiteProjection final : public Projection {
public:
    QString name() const override { return QStringLiteral("site"); }
    int schemaVersion() const override { return 1; }
    QStringList eventTypes() const override { return {QStringLiteral("site.described")}; }
    QStringList tables() const override { return {QStringLiteral("catalog_site")}; }
    Status create(QSqlDatabase& db) override
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS catalog_site (id TEXT PRIMARY KEY, record TEXT NOT NULL, updated_at INTEGER NOT NULL)")))
            return refuse(QStringLiteral("projection.failed"), q.lastError().text());
        upsert_ = std::make_unique<sql::Statement>(db, QStringLiteral("INSERT INTO catalog_site VALUES('main', ?1, ?2)"
                                                                      " ON CONFLICT(id) DO UPDATE SET record = ?1, updated_at = ?2"));
        return ok();
    }
    bool needsParsedPayload() const override { return false; }
    Status apply(const Event& e) override
    {
        upsert_->bindUtf8(1, e.payloadJson.isEmpty() ? canonicalJson(e.payload) : e.payloadJson).bind(2, e.occurredAt);
        return upsert_->run() ? ok() : refuse(QStringLiteral("projection.failed"), upsert_->error());
    }

private:
    std::unique_ptr<sql::Statement> upsert_;
};

QList<FieldDoc> commandFields(const KindSpec& k, bool revise)
{
    QList<FieldDoc> out;
    out << FieldDoc{QStringLiteral("id"), FieldType::Text, revise,
                    revise ? QStringLiteral("id of the %1 to change").arg(k.label.toLower()) : QStringLiteral("UUID; generated when absent"), {}};
    for (const FieldSpec& f : k.fields) {
        FieldDoc d{f.name, f.type, f.required && !revise, f.help, f.values};
        if (!f.defaultValue.isUndefined() && !f.defaultValue.isNull() && !revise)
            d.description += QStringLiteral(" (default %1)").arg(f.defaultValue.isBool() ? (f.defaultValue.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                                                                           : f.defaultValue.toVariant().toString());
        if (f.type == FieldType::Enum || f.type == FieldType::Integer || f.type == FieldType::Boolean) {
            // Empty means "leave unset" in forms; keep the declared type for scripts.
        }
        out << d;
    }
    if (revise) out << FieldDoc{QStringLiteral("active"), FieldType::Boolean, false, QStringLiteral("false to retire it from use; true to bring it back"), {}};
    return out;
}

QStringList rolesFor(Kind kind)
{
    // Master data is kept by warehouse managers and administrators.
    Q_UNUSED(kind);
    return {role::WarehouseManager, role::Admin};
}

}  // namespace

void install(Registrar& r)
{
    r.projections.add(std::make_unique<CatalogProjection>());
    r.projections.add(std::make_unique<SiteProjection>());

    CommandSpec site;
    site.name = QStringLiteral("DescribeSite");
    site.context = QStringLiteral("catalog");
    site.summary = QStringLiteral("Describe this site (business name, address, phone, GLN): the FSMA 204 traceability lot code source of the lot codes Tracelot assigns.");
    site.roles = {role::WarehouseManager, role::Admin};
    site.fields = {{QStringLiteral("name"), FieldType::Text, true, QStringLiteral("business name of this site"), {}},
                   {QStringLiteral("address"), FieldType::Text, true, QStringLiteral("street, postcode, city, country"), {}},
                   {QStringLiteral("phone"), FieldType::Text, true, QStringLiteral("phone number with country code"), {}},
                   {QStringLiteral("gln"), FieldType::Text, false, QStringLiteral("GS1 Global Location Number of the site"), {}},
                   {QStringLiteral("fda_registration"), FieldType::Text, false, QStringLiteral("FDA food facility registration number"), {}}};
    site.emits = {QStringLiteral("site.described")};
    site.handle = [](const QJsonObject& p, HandlerContext&) -> Result<NewEvents> {
        QJsonObject out;
        for (const char* k : {"name", "address", "phone", "gln", "fda_registration"}) {
            const QString v = p.value(QLatin1String(k)).toString().trimmed();
            if (!v.isEmpty()) out.insert(QLatin1String(k), v);
        }
        if (out.value(QLatin1String("name")).toString().isEmpty() || out.value(QLatin1String("address")).toString().isEmpty()
            || out.value(QLatin1String("phone")).toString().isEmpty())
            return refuse(QStringLiteral("catalog.site_incomplete"), QStringLiteral("The site needs its business name, address and phone number (FSMA 204)."));
        if (out.contains(QStringLiteral("gln")) && !gs1::checkDigitValid(out.value(QLatin1String("gln")).toString()))
            return refuse(QStringLiteral("catalog.invalid_gln"), QStringLiteral("The check digit of the GLN is wrong."));
        return NewEvents{{QStringLiteral("site.described"), QStringLiteral("site-main"), out}};
    };
    r.commands.add(site);
    for (const KindSpec& k : kinds()) {
        const Kind kind = k.kind;
        CommandSpec define;
        define.name = k.defineCommand;
        define.context = QStringLiteral("catalog");
        define.summary = QStringLiteral("Add a new %1 to the catalog.").arg(k.label.toLower());
        define.roles = rolesFor(kind);
        define.fields = commandFields(k, false);
        define.emits = {k.definedEvent};
        define.resolve = [](const QJsonObject& in, ResolveContext& ctx) -> Result<QJsonObject> {
            QJsonObject out = in;
            if (in.value(QLatin1String("id")).toString().isEmpty()) out.insert(QStringLiteral("id"), ctx.ids.next());
            return out;
        };
        define.handle = [kind](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
            const QString id = p.value(QLatin1String("id")).toString();
            QJsonObject fields = p;
            fields.remove(QStringLiteral("id"));
            const Record current = fold(ctx.store.readStream(streamOf(kind, id)));
            return decideDefine(kind, current, id, fields, CatalogQueries(ctx.db).taken(kind, fields));
        };
        r.commands.add(define);

        CommandSpec revise;
        revise.name = k.reviseCommand;
        revise.context = QStringLiteral("catalog");
        revise.summary = QStringLiteral("Change, retire or reinstate a %1; give only the fields to change.").arg(k.label.toLower());
        revise.roles = rolesFor(kind);
        revise.fields = commandFields(k, true);
        revise.emits = {k.revisedEvent};
        revise.handle = [kind](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
            const QString id = p.value(QLatin1String("id")).toString();
            const Record current = fold(ctx.store.readStream(streamOf(kind, id)));
            QJsonObject changes = p;
            changes.remove(QStringLiteral("id"));
            QJsonObject merged = current.fields;
            for (auto it = changes.begin(); it != changes.end(); ++it) merged.insert(it.key(), it.value());
            const Taken taken = CatalogQueries(ctx.db).taken(kind, merged);
            return decideRevise(kind, current, changes, taken);
        };
        r.commands.add(revise);
    }
}

// --- reads ---------------------------------------------------------------------------

QList<QJsonObject> CatalogQueries::list(Kind kind, bool includeInactive) const
{
    const KindSpec& k = spec(kind);
    QList<QJsonObject> out;
    QSqlQuery q(db_);
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String(kSelect) + QStringLiteral("%1 %2 ORDER BY code").arg(k.table, includeInactive ? QString() : QStringLiteral("WHERE active = 1"))))
        return out;
    while (q.next()) out << rowToJson(q);
    return out;
}

namespace {
// One record by a unique column. Every command that reads product, location or customer
// facts comes here, so the statement is kept (sql::Cached) rather than prepared per call.
std::optional<QJsonObject> one(QSqlDatabase db, const KindSpec& k, const char* column, const QString& value)
{
    sql::Cached q(db, QLatin1String(kSelect) + QStringLiteral("%1 WHERE %2 = ?").arg(k.table, QLatin1String(column)));
    q->bind(1, value);
    if (!q->step()) return std::nullopt;
    QJsonObject o;
    parseJsonObject(q->utf8(0), &o);
    o.insert(QStringLiteral("active"), q->int64(1) != 0);
    o.insert(QStringLiteral("created_at"), q->int64(2));
    o.insert(QStringLiteral("updated_at"), q->int64(3));
    o.insert(QStringLiteral("revision"), q->int64(4));
    return o;
}
}  // namespace

std::optional<QJsonObject> CatalogQueries::byId(Kind kind, const QString& id) const { return one(db_, spec(kind), "id", id); }
std::optional<QJsonObject> CatalogQueries::byCode(Kind kind, const QString& code) const { return one(db_, spec(kind), "code", code.trimmed().toUpper()); }
std::optional<QJsonObject> CatalogQueries::productByGtin(const QString& gtin14) const { return one(db_, spec(Kind::Product), "gtin", gtin14); }

int CatalogQueries::count(Kind kind) const
{
    QSqlQuery q(db_);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(spec(kind).table)) && q.next() ? q.value(0).toInt() : 0;
}

std::optional<QJsonObject> CatalogQueries::site() const
{
    QSqlQuery q(db_);
    if (!q.exec(QStringLiteral("SELECT record FROM catalog_site WHERE id = 'main'")) || !q.next()) return std::nullopt;
    QJsonObject o;
    parseJsonObject(q.value(0).toByteArray(), &o);
    return o;
}

QString CatalogQueries::siteDescription() const
{
    const auto s = site();
    if (!s) return {};
    QStringList parts{s->value(QLatin1String("name")).toString(), s->value(QLatin1String("address")).toString(),
                      s->value(QLatin1String("phone")).toString()};
    if (s->contains(QStringLiteral("gln"))) parts << QStringLiteral("GLN ") + s->value(QLatin1String("gln")).toString();
    return parts.join(QStringLiteral(", "));
}

Taken CatalogQueries::taken(Kind kind, const QJsonObject& fields) const
{
    Taken t;
    static constexpr std::array<const char*, 3> kColumns{"code", "gtin", "gln"};
    // The queries' text built once per kind and column (sql::Cached finds its kept statement by it).
    static const std::vector<std::array<QString, 3>> sqlOf = [] {
        std::vector<std::array<QString, 3>> all;
        for (const KindSpec& k : kinds()) {
            std::array<QString, 3> byColumn;
            for (size_t c = 0; c < kColumns.size(); ++c)
                byColumn[c] = QStringLiteral("SELECT id FROM %1 WHERE %2 = ? LIMIT 1").arg(k.table, QLatin1String(kColumns[c]));
            all.push_back(byColumn);
        }
        return all;
    }();
    const auto owner = [&](size_t column) -> QString {
        const QString v = normalisedField(kind, QLatin1StringView(kColumns[column]), fields);
        if (v.isEmpty()) return {};
        sql::Cached q(db_, sqlOf[static_cast<size_t>(kind)][column]);
        q->bind(1, v);
        return q->step() ? q->text(0) : QString();
    };
    t.codeOwner = owner(0);
    if (kind == Kind::Product) t.gtinOwner = owner(1);
    if (kind != Kind::Product && kind != Kind::Location) t.glnOwner = owner(2);
    return t;
}

}  // namespace tracelot::catalog

// Catalog: projection tables (one per kind, columns from the field schema), commands, reads.
// Table and column names below come from the fixed schema in catalog.cpp, never from input;
// every value is bound.
#include "catalog/catalogmodule.h"

#include "common/ids.h"
#include "eventstore/eventstore.h"
#include "eventstore/statement.h"
#include "identity/roles.h"
#include "projections/projections.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace tracelot::catalog {
namespace {

QString columnType(const FieldSpec& f)
{
    return f.type == FieldType::Integer || f.type == FieldType::Boolean ? QStringLiteral("INTEGER") : QStringLiteral("TEXT");
}

void bindField(sql::Statement& q, int index, const FieldSpec& f, const QJsonValue& v)
{
    if (v.isUndefined() || v.isNull()) q.bindNull(index);
    else if (f.type == FieldType::Boolean) q.bind(index, v.toBool() ? 1 : 0);
    else if (f.type == FieldType::Integer) q.bind(index, v.toInteger());
    else q.bind(index, v.toString());
}

QJsonObject rowToJson(const KindSpec& k, const QSqlQuery& q)
{
    QJsonObject o;
    const QSqlRecord rec = q.record();
    o.insert(QStringLiteral("id"), q.value(QStringLiteral("id")).toString());
    for (const FieldSpec& f : k.fields) {
        const QVariant v = q.value(f.name);
        if (v.isNull()) continue;
        if (f.type == FieldType::Boolean) o.insert(f.name, v.toInt() != 0);
        else if (f.type == FieldType::Integer) o.insert(f.name, v.toLongLong());
        else o.insert(f.name, v.toString());
    }
    o.insert(QStringLiteral("active"), q.value(QStringLiteral("active")).toInt() != 0);
    o.insert(QStringLiteral("created_at"), q.value(QStringLiteral("created_at")).toLongLong());
    o.insert(QStringLiteral("updated_at"), q.value(QStringLiteral("updated_at")).toLongLong());
    o.insert(QStringLiteral("revision"), q.value(QStringLiteral("revision")).toLongLong());
    return o;
}

class CatalogProjection final : public Projection {
public:
    QString name() const override { return QStringLiteral("catalog"); }
    int schemaVersion() const override { return 1; }
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
            QStringList cols{QStringLiteral("id TEXT PRIMARY KEY")};
            QStringList names, marks, sets;
            for (const FieldSpec& f : k.fields) {
                cols << QStringLiteral("%1 %2").arg(f.name, columnType(f));
                names << f.name;
                marks << QStringLiteral("?");
                sets << QStringLiteral("%1 = ?").arg(f.name);
            }
            cols << QStringLiteral("active INTEGER NOT NULL") << QStringLiteral("created_at INTEGER NOT NULL")
                 << QStringLiteral("updated_at INTEGER NOT NULL") << QStringLiteral("revision INTEGER NOT NULL");
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (%2)").arg(k.table, cols.join(QStringLiteral(", "))))
                || !q.exec(QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS %1_code ON %1(code)").arg(k.table)))
                return refuse(QStringLiteral("projection.failed"), q.lastError().text());
            if (k.kind == Kind::Product && !q.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS catalog_products_gtin ON catalog_products(gtin)")))
                return refuse(QStringLiteral("projection.failed"), q.lastError().text());
            inserts_.push_back(std::make_unique<sql::Statement>(
                db, QStringLiteral("INSERT INTO %1 (id, %2, active, created_at, updated_at, revision) VALUES (?, %3, ?, ?, ?, ?)")
                        .arg(k.table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))));
            updates_.push_back(std::make_unique<sql::Statement>(
                db, QStringLiteral("UPDATE %1 SET %2, active = ?, updated_at = ?, revision = ? WHERE id = ?").arg(k.table, sets.join(QStringLiteral(", ")))));
            if (!inserts_.back()->valid() || !updates_.back()->valid())
                return refuse(QStringLiteral("projection.failed"), inserts_.back()->error() + updates_.back()->error());
        }
        return ok();
    }

    Status apply(const Event& e) override
    {
        for (const KindSpec& k : kinds()) {
            const bool defined = e.type == k.definedEvent;
            if (!defined && e.type != k.revisedEvent) continue;
            sql::Statement& q = defined ? *inserts_[static_cast<size_t>(k.kind)] : *updates_[static_cast<size_t>(k.kind)];
            const QJsonObject& p = e.payload;
            int i = 1;
            if (defined) q.bind(i++, p.value(QLatin1String("id")).toString());
            for (const FieldSpec& f : k.fields) bindField(q, i++, f, p.value(f.name));
            q.bind(i++, p.value(QLatin1String("active")).toBool(true) ? 1 : 0);
            if (defined) q.bind(i++, e.occurredAt);
            q.bind(i++, e.occurredAt);
            q.bind(i++, e.streamVersion);
            if (!defined) q.bind(i++, p.value(QLatin1String("id")).toString());
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
            Result<QJsonObject> normalised = validate(kind, fields, true);
            if (!normalised) return normalised.refusal();
            const Record current = fold(ctx.store.readStream(streamOf(kind, id)));
            return decideDefine(kind, current, id, fields, CatalogQueries(ctx.db).taken(kind, normalised.value()));
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
            Result<QJsonObject> normalised = validate(kind, merged, false);
            const Taken taken = normalised ? CatalogQueries(ctx.db).taken(kind, normalised.value()) : Taken{};
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
    if (!q.exec(QStringLiteral("SELECT * FROM %1 %2 ORDER BY code").arg(k.table, includeInactive ? QString() : QStringLiteral("WHERE active = 1"))))
        return out;
    while (q.next()) out << rowToJson(k, q);
    return out;
}

namespace {
std::optional<QJsonObject> one(QSqlDatabase db, const KindSpec& k, const char* column, const QString& value)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(k.table, QLatin1String(column)));
    q.addBindValue(value);
    if (q.exec() && q.next()) return rowToJson(k, q);
    return std::nullopt;
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

Taken CatalogQueries::taken(Kind kind, const QJsonObject& r) const
{
    const KindSpec& k = spec(kind);
    Taken t;
    const auto owner = [&](const char* column) -> QString {
        const QString v = r.value(QLatin1String(column)).toString();
        if (v.isEmpty()) return {};
        QSqlQuery q(db_);
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ? LIMIT 1").arg(k.table, QLatin1String(column)));
        q.addBindValue(v);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    };
    t.codeOwner = owner("code");
    if (kind == Kind::Product) t.gtinOwner = owner("gtin");
    if (kind != Kind::Product && kind != Kind::Location) t.glnOwner = owner("gln");
    return t;
}

}  // namespace tracelot::catalog

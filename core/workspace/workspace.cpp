#include "workspace/workspace.h"

#include "catalog/catalogmodule.h"
#include "common/clock.h"
#include "common/crypto.h"
#include "common/ids.h"
#include "eventstore/database.h"
#include "eventstore/eventstore.h"
#include "identity/identitymodule.h"
#include "inventory/inventorymodule.h"
#include "quality/qualitymodule.h"
#include "orders/ordersmodule.h"
#include "returns/returnsmodule.h"
#include "traceability/traceabilitymodule.h"
#include "pipeline/commandbus.h"
#include "pipeline/module.h"
#include "projections/projections.h"

#include <QSqlQuery>

namespace tracelot {

struct Workspace::Private {
    std::shared_ptr<Clock> clock;
    std::shared_ptr<IdGenerator> ids;
    std::unique_ptr<Database> db;
    std::unique_ptr<EventStore> store;
    std::unique_ptr<Projections> projections;
    CommandCatalog commands;
    std::unique_ptr<identity::Directory> directory;
    std::unique_ptr<CommandBus> bus;
};

Workspace::Workspace() : d(std::make_unique<Private>()) {}
Workspace::~Workspace()
{
    // Statements must go before the connection they belong to.
    d->bus.reset();
    d->directory.reset();
    d->projections.reset();
    d->store.reset();
    d->db.reset();
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, WorkspaceOptions options)
{
    std::unique_ptr<Workspace> w(new Workspace);
    w->d->clock = options.clock ? options.clock : std::make_shared<SystemClock>();
    w->d->ids = options.ids ? options.ids : std::make_shared<UuidGenerator>();
    OpenOptions oo;
    oo.clock = w->d->clock.get();
    oo.ids = w->d->ids.get();
    oo.migrateTo = options.migrateTo;
    Result<std::unique_ptr<Database>> db = Database::open(path, oo);
    if (!db) return db.refusal();
    w->d->db = std::move(db).value();
    if (options.migrateTo >= 0 && options.migrateTo < latestSchemaVersion()) return w;  // partial schema: no contexts

    QSqlDatabase& sql = w->d->db->sql();
    w->d->store = std::make_unique<EventStore>(sql);
    // Whether this log keeps the audit hash chain is decided when it is created.
    QString chain = w->d->db->meta(QStringLiteral("audit_chain"));
    if (chain.isEmpty()) {
        chain = options.auditChain || w->d->store->lastSeq() > 0 ? QStringLiteral("on") : QStringLiteral("off");
        w->d->db->setMeta(QStringLiteral("audit_chain"), chain);  // a read-only file: decided again next time, the same way
    }
    w->d->store->setChained(chain != QLatin1String("off"));
    w->d->projections = std::make_unique<Projections>(sql, *w->d->store);

    // Every bounded context installs its projections and commands here.
    Registrar registrar{*w->d->projections, w->d->commands};
    identity::install(registrar);
    catalog::install(registrar);
    inventory::install(registrar);
    quality::install(registrar);
    orders::install(registrar);
    returns::install(registrar);
    traceability::install(registrar);

    if (Status s = w->d->projections->open(); !s) return s.refusal();
    w->d->directory = std::make_unique<identity::Directory>(sql);
    w->d->bus = std::make_unique<CommandBus>(*w->d->db, *w->d->store, *w->d->projections, w->d->commands, *w->d->clock, *w->d->ids);
    identity::Directory* dir = w->d->directory.get();
    w->d->bus->setRoleLookup([dir](const QString& userId) { return dir->rolesOf(userId); });
    return w;
}

Database& Workspace::database() { return *d->db; }
EventStore& Workspace::store() { return *d->store; }
Projections& Workspace::projections() { return *d->projections; }
CommandBus& Workspace::bus() { return *d->bus; }
const CommandCatalog& Workspace::commands() const { return d->commands; }
identity::Directory& Workspace::directory() { return *d->directory; }
const Clock& Workspace::clock() const { return *d->clock; }
IdGenerator& Workspace::ids() { return *d->ids; }
QString Workspace::path() const { return d->db->path(); }

Result<Outcome> Workspace::execute(const Actor& actor, const QString& command, const QJsonObject& payload)
{
    return d->bus->execute(actor, command, payload);
}

Status Workspace::rebuild(const QString& onlyProjection) { return d->projections->rebuild(onlyProjection); }

AuditReport Workspace::verify()
{
    AuditReport report;
    report.chainKept = d->store->chained();
    // 1. The hash chain: each event's hash is SHA-256(previous hash || canonical bytes).
    QByteArray prev;
    d->store->forEach(0, [&](const Event& e) {
        ++report.eventsChecked;
        if (!report.chainKept) return true;
        if (e.prevHash != prev) {
            report.problems << AuditProblem{e.seq, e.eventId, e.type,
                                            QStringLiteral("the event before it is missing or was changed (its link to the previous event does not match)")};
        }
        const QByteArray expected = crypto::sha256(e.prevHash, e.canonicalBytes());
        if (expected != e.hash)
            report.problems << AuditProblem{e.seq, e.eventId, e.type, QStringLiteral("its contents were changed after it was recorded (hash mismatch)")};
        prev = e.hash;
        return true;
    });
    // 2. Every projection against a rebuild from the log.
    Result<std::vector<TableDifference>> diffs = d->projections->compareWithRebuild();
    if (!diffs) {
        report.problems << AuditProblem{0, {}, {}, QStringLiteral("projections could not be rebuilt for comparison: %1").arg(diffs.refusal().message)};
    } else {
        for (const TableDifference& t : diffs.value()) {
            for (const QString& row : t.onlyStored)
                report.problems << AuditProblem{0, {}, {}, QStringLiteral("table %1 has a row the event log does not explain: %2").arg(t.table, row)};
            for (const QString& row : t.onlyRebuilt)
                report.problems << AuditProblem{0, {}, {}, QStringLiteral("table %1 lacks a row the event log requires: %2").arg(t.table, row)};
        }
    }
    return report;
}

QString AuditReport::text() const
{
    QStringList lines;
    if (problems.isEmpty() && !chainKept)
        return QStringLiteral("OK: %1 events, every projection matches a rebuild (this database keeps no hash chain: a server's rules replica).")
            .arg(eventsChecked);
    if (problems.isEmpty()) return QStringLiteral("OK: %1 events checked, hash chain intact, every projection matches a rebuild.").arg(eventsChecked);
    for (const AuditProblem& p : problems) {
        if (p.seq > 0)
            lines << QStringLiteral("event #%1 %2 (%3): %4").arg(p.seq).arg(p.eventId, p.eventType, p.description);
        else
            lines << p.description;
    }
    lines << QStringLiteral("%1 problem(s) in %2 events checked.").arg(problems.size()).arg(eventsChecked);
    return lines.join(QLatin1Char('\n'));
}

}  // namespace tracelot

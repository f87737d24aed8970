#include "pipeline/commandbus.h"

#include "common/canonicaljson.h"
#include "common/clock.h"
#include "common/ids.h"
#include "eventstore/database.h"
#include "eventstore/eventstore.h"
#include "eventstore/statement.h"
#include "eventstore/transaction.h"
#include "identity/roles.h"
#include "projections/projections.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcPipeline, "tracelot.pipeline", QtWarningMsg)

namespace tracelot {

CommandBus::CommandBus(Database& db, EventStore& store, Projections& projections, CommandCatalog& catalog, const Clock& clock,
                       IdGenerator& ids, QObject* parent)
    : QObject(parent),
      db_(db),
      store_(store),
      projections_(projections),
      catalog_(catalog),
      clock_(clock),
      ids_(ids),
      pendingInsert_(std::make_unique<sql::Statement>(
          db.sql(), QStringLiteral("INSERT INTO pending_commands(device_seq, command_id, name, payload, recorded_by, issued_at)"
                                   " VALUES((SELECT COALESCE(MAX(device_seq), 0) + 1 FROM pending_commands), ?, ?, ?, ?, ?) RETURNING device_seq")))
{
}

CommandBus::~CommandBus() = default;

Status CommandBus::authorise(const CommandSpec& spec, Actor& actor)
{
    if (spec.allowWithoutUser) return ok();  // the handler refuses once a user exists
    if (actor.userId.isEmpty())
        return refuse(QStringLiteral("auth.not_signed_in"), QStringLiteral("Please sign in before running %1.").arg(spec.name));
    // Roles are read from the database at the moment of the command, never trusted from
    // the caller: a role revoked a second ago no longer counts.
    actor.roles = rolesOf_ ? rolesOf_(actor.userId) : QSet<QString>{};
    if (spec.roles.isEmpty()) return ok();
    for (const QString& r : spec.roles)
        if (actor.roles.contains(r)) return ok();
    QStringList needed;
    for (const QString& r : spec.roles) needed << roleLabel(r);
    QStringList have;
    for (const QString& r : actor.roles) have << roleLabel(r);
    have.sort();
    const QString who = actor.username.isEmpty() ? actor.userId : actor.username;
    return refuse(QStringLiteral("auth.forbidden"),
                  QStringLiteral("%1 may not run %2: it needs the role %3, and %1 has %4.")
                      .arg(who, spec.name, needed.join(QStringLiteral(" or ")),
                           have.isEmpty() ? QStringLiteral("no role") : have.join(QStringLiteral(", "))));
}

Result<Events> CommandBus::decideAndAppend(const CommandSpec& spec, const QJsonObject& payload, const Actor& actor, const Stamp& stamp,
                                           bool* storeFailed)
{
    if (storeFailed) *storeFailed = false;
    HandlerContext hc{store_, db_.sql(), actor, stamp.occurredAt};
    Result<NewEvents> decided = spec.handle(payload, hc);
    if (!decided) return decided.refusal();
    // Policies see what the handler decided and add their follow-up events (same transaction).
    if (!catalog_.policies().isEmpty()) {
        const NewEvents produced = decided.value();
        for (const Policy& policy : catalog_.policies()) {
            Result<NewEvents> follow = policy(hc, produced);
            if (!follow) return follow.refusal();
            for (NewEvent& ne : follow.value()) decided.value().push_back(std::move(ne));
        }
    }
    Events out;
    out.reserve(decided.value().size());
    QHash<QString, qint64> versions;
    const NewEvents& news = decided.value();
    for (size_t i = 0; i < news.size(); ++i) {
        const NewEvent& ne = news[i];
        Event e;
        e.eventId = stamp.eventId ? stamp.eventId(i, ne) : QString();
        if (e.eventId.isEmpty()) e.eventId = ids_.next();
        e.type = ne.type;
        e.version = ne.version;
        e.stream = ne.stream;
        auto v = versions.find(ne.stream);
        if (v == versions.end()) v = versions.insert(ne.stream, store_.streamVersion(ne.stream));
        e.streamVersion = ++v.value();
        e.occurredAt = stamp.occurredAt;
        // The first administrator records their own creation.
        e.recordedBy = !actor.userId.isEmpty() ? actor.userId : payload.value(QLatin1String("user_id")).toString(QStringLiteral("setup"));
        e.deviceId = stamp.deviceId;
        e.correlationId = stamp.commandId;
        e.causationId = stamp.commandId;
        e.payload = ne.payload;
        Result<Event> stored = store_.append(std::move(e));
        if (!stored) {
            if (storeFailed) *storeFailed = true;
            return stored.refusal();
        }
        out.push_back(std::move(stored).value());
    }
    return out;
}

Result<Outcome> CommandBus::execute(const Actor& caller, const QString& commandName, const QJsonObject& rawPayload)
{
    const CommandSpec* spec = catalog_.find(commandName);
    if (!spec)
        return refuse(QStringLiteral("command.unknown"),
                      QStringLiteral("There is no command called %1. `tracelot-cli commands` lists them.").arg(commandName));
    Actor actor = caller;
    if (Status s = authorise(*spec, actor); !s) return s.refusal();
    if (Status s = validatePayload(*spec, rawPayload); !s) return s.refusal();

    const qint64 now = clock_.nowMs();
    QJsonObject payload = rawPayload;
    if (spec->resolve) {
        ResolveContext rc{ids_, now, actor, db_.sql()};
        Result<QJsonObject> resolved = spec->resolve(rawPayload, rc);
        if (!resolved) return resolved.refusal();
        payload = std::move(resolved).value();
    }

    QSqlDatabase& sql = db_.sql();
    Transaction tx(sql);
    if (!tx.active())
        return refuse(QStringLiteral("store.busy"), QStringLiteral("The database is busy; please try again. (%1)").arg(tx.error()));

    Outcome outcome;
    outcome.commandId = ids_.next();
    Result<Events> appended = decideAndAppend(*spec, payload, actor, Stamp{outcome.commandId, now, db_.deviceId(), {}});
    if (!appended) return appended.refusal();  // the transaction rolls back: nothing written
    outcome.events = std::move(appended).value();
    const auto failAt = [&](Stage st) { return fault_ && fault_(st); };
    if (failAt(Stage::AfterAppend)) return refuse(QStringLiteral("store.fault_injected"), QStringLiteral("Injected failure after the append."));

    sql::Statement& pending = *pendingInsert_;
    pending.bind(1, outcome.commandId)
        .bind(2, spec->name)
        .bindUtf8(3, canonicalJson(payload))
        .bind(4, outcome.events.empty() ? actor.userId : outcome.events.front().recordedBy)
        .bind(5, now);
    if (!pending.step())
        return refuse(QStringLiteral("store.write_failed"), QStringLiteral("The command could not be queued for sync: %1").arg(pending.error()));
    outcome.deviceSeq = pending.int64(0);
    pending.reset();
    if (failAt(Stage::AfterPendingLog)) return refuse(QStringLiteral("store.fault_injected"), QStringLiteral("Injected failure after the pending log."));

    if (Status s = projections_.apply(outcome.events); !s) return s.refusal();
    if (failAt(Stage::AfterProjections)) return refuse(QStringLiteral("store.fault_injected"), QStringLiteral("Injected failure after the projections."));

    if (!tx.commit())
        return refuse(QStringLiteral("store.write_failed"), QStringLiteral("The change could not be saved: %1").arg(tx.error()));
    qCDebug(lcPipeline) << spec->name << "accepted:" << outcome.events.size() << "event(s)";
    emit committed(outcome);
    return outcome;
}

}  // namespace tracelot

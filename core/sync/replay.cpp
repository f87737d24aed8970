#include "sync/replay.h"

#include "common/ids.h"
#include "eventstore/eventstore.h"
#include "identity/identitymodule.h"
#include "identity/roles.h"
#include "pipeline/command.h"
#include "pipeline/commandbus.h"
#include "projections/projections.h"
#include "workspace/workspace.h"
#include "eventstore/database.h"
#include "eventstore/statement.h"

#include <sqlite3.h>

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace tracelot::sync {
namespace {

// The recording user as they are NOW in this log, looked up once per batch: an inactive or
// unknown user has no actor.
struct Recorder {
    bool active = false;
    Actor actor;
};

Recorder recorderOf(const std::optional<identity::UserRow>& user)
{
    Recorder r;
    if (!user || !user->active) return r;
    r.active = true;
    r.actor.userId = user->userId;
    r.actor.username = user->username;
    r.actor.displayName = user->displayName;
    r.actor.roles = QSet<QString>(user->roles.begin(), user->roles.end());
    return r;
}

// With the roles the recording user holds NOW (a role revoked before this command reached
// the server no longer counts; only active users' roles count, and an inactive user is refused).
Status authorise(const CommandSpec& spec, const StoredCommand& c, const Recorder& who)
{
    if (spec.allowWithoutUser) return ok();  // CreateFirstAdmin: its handler refuses once a user exists
    if (!who.active)
        return refuse(QStringLiteral("auth.unknown_user"),
                      QStringLiteral("The user who recorded %1 (%2) is not an active user on the server.").arg(c.name, c.recordedBy));
    const Actor& actor = who.actor;
    if (spec.roles.isEmpty()) return ok();
    for (const QString& r : spec.roles)
        if (actor.roles.contains(r)) return ok();
    QStringList needed;
    for (const QString& r : spec.roles) needed << roleLabel(r);
    QStringList have;
    for (const QString& r : actor.roles) have << roleLabel(r);
    have.sort();
    return refuse(QStringLiteral("auth.forbidden"),
                  QStringLiteral("%1 may not run %2: it needs the role %3, and %1 has %4.")
                      .arg(actor.username, spec.name, needed.join(QStringLiteral(" or ")),
                           have.isEmpty() ? QStringLiteral("no role") : have.join(QStringLiteral(", "))));
}

bool changesIdentity(const Event& e)
{
    return e.type.startsWith(QLatin1String("user.")) || e.type.startsWith(QLatin1String("role.")) || e.stream.startsWith(QLatin1String("user-"));
}

}  // namespace

struct ReplaySession::Private {
    explicit Private(Workspace& w)
        : ws(w),
          hold(w.store()),
          eventExists(w.database().sql(), QStringLiteral("SELECT 1 FROM events WHERE event_id = ?"))
    {
    }
    Workspace& ws;
    EventStore::Hold hold;  // the session owns the write transaction: chain head kept in memory
    sql::Statement eventExists;
    QHash<QString, Recorder> users;  // by user id; cleared when identity changes

    const Recorder& user(const QString& userId)
    {
        auto it = users.find(userId);
        if (it == users.end()) it = users.insert(userId, recorderOf(ws.directory().byId(userId)));
        return it.value();
    }
    bool exists(const QString& eventId)
    {
        eventExists.bind(1, eventId);
        const bool found = eventExists.step();
        eventExists.reset();
        return found;
    }
};

ReplaySession::ReplaySession(Workspace& ws) : d(std::make_unique<Private>(ws)) { ws.projections().beginBatch(); }

ReplaySession::~ReplaySession()
{
    if (!d->ws.projections().inBatch()) return;
    // finish() was not called. Still inside the caller's transaction, the positions belong
    // with the rows just written; otherwise that transaction has ended and they are dropped.
    if (sqlite3_get_autocommit(sql::handle(d->ws.database().sql())) == 0) {
        if (Status s = d->ws.projections().endBatch(); !s) qWarning("replay: projection positions not saved: %s", qPrintable(s.refusal().message));
    } else {
        d->ws.projections().abandonBatch();
    }
}

Status ReplaySession::finish() { return d->ws.projections().inBatch() ? d->ws.projections().endBatch() : ok(); }

ReplayResult replayCommand(Workspace& ws, const StoredCommand& c)
{
    ReplaySession session(ws);
    ReplayResult r = session.replay(c);
    if (Status s = session.finish(); !s && !r.storeError) {
        r.events.clear();
        r.refused = false;
        r.storeError = true;
        r.refusal = s.refusal();
    }
    return r;
}

ReplayResult ReplaySession::replay(const StoredCommand& c)
{
    Workspace& ws = d->ws;
    ReplayResult out;
    const CommandSpec* spec = ws.commands().find(c.name);
    if (!spec) {
        out.refused = true;
        out.refusal = refuse(QStringLiteral("command.unknown"),
                             QStringLiteral("This server does not know the command %1 (is the server older than the workstation?).").arg(c.name));
        return out;
    }
    static const Recorder nobody;
    const Recorder& who = spec->allowWithoutUser ? nobody : d->user(c.recordedBy);
    if (Status s = authorise(*spec, c, who); !s) {
        out.refused = true;
        out.refusal = s.refusal();
        return out;
    }
    const Actor& actor = who.actor;

    Projections& projections = ws.projections();
    // The same decide-and-append step as a local command, stamped as the workstation
    // recorded it: its command id, its time, its device. The provisional event's id is kept
    // when the re-run produced the same kind of event at the same place (so a workstation
    // recognises its own events); a fresh one otherwise.
    CommandBus::Stamp stamp{c.commandId, c.issuedAt, c.deviceId, [&](size_t i, const NewEvent& ne) {
                                const bool sameShape = i < c.provisional.size() && c.provisional[i].type == ne.type && c.provisional[i].stream == ne.stream;
                                return sameShape && !d->exists(c.provisional[i].eventId) ? c.provisional[i].eventId : QString();
                            }};
    bool storeFailed = false;
    Result<Events> appended = ws.bus().decideAndAppend(*spec, c.payload, actor, stamp, &storeFailed);
    if (!appended) {
        out.refused = !storeFailed;
        out.storeError = storeFailed;
        out.refusal = appended.refusal();
        return out;
    }
    out.events = std::move(appended).value();
    bool identityChanged = false;
    for (const Event& e : out.events) identityChanged = identityChanged || changesIdentity(e);
    if (Status s = projections.apply(out.events); !s) {
        out.events.clear();
        out.storeError = true;
        out.refusal = s.refusal();
        return out;
    }
    if (identityChanged) d->users.clear();  // the next command sees the new users and roles
    return out;
}

Result<Events> appendForeign(Workspace& ws, const Events& events)
{
    Events stored;
    stored.reserve(events.size());
    for (const Event& in : events) {
        Event e = in;
        e.seq = 0;
        Result<Event> r = ws.store().append(std::move(e));
        if (!r) return r.refusal();
        stored.push_back(std::move(r).value());
    }
    if (Status s = ws.projections().apply(stored); !s) return s.refusal();
    return stored;
}

}  // namespace tracelot::sync

#include "sync/syncclient.h"

#include "common/canonicaljson.h"
#include "common/clock.h"
#include "eventstore/database.h"
#include "eventstore/eventstore.h"
#include "eventstore/statement.h"
#include "eventstore/transaction.h"
#include "identity/identitymodule.h"
#include "pipeline/commandbus.h"
#include "projections/projections.h"
#include "sync/replay.h"
#include "workspace/workspace.h"

#include <QHash>
#include <QJsonDocument>
#include <limits>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcSyncClient, "tracelot.sync.client", QtWarningMsg)

namespace tracelot::sync {
namespace {
const QString kCursor = QStringLiteral("sync.cursor");              // last server sequence applied
const QString kConfirmed = QStringLiteral("sync.confirmed_seq");     // local seq: end of the confirmed prefix
const QString kHighWater = QStringLiteral("sync.high_water");        // our last command the server processed
const QString kLastSync = QStringLiteral("sync.last_sync_at");
const QString kLastError = QStringLiteral("sync.last_error");
// "1" while an initial sync fills an empty workstation page by page without updating the
// projections; they are rebuilt in one pass over the log when the last page is in.
const QString kDeferred = QStringLiteral("sync.projections_deferred");

struct PendingRow {
    StoredCommand command;
    QString status;
};

// Pending commands (status 'pending') after a device_seq, in order. With `unsettled`, also
// the ones this workstation turned into conflicts (pushed as withdrawn).
std::vector<StoredCommand> pendingAfter(Workspace& ws, qint64 afterSeq, int limit, bool unsettled = false)
{
    std::vector<StoredCommand> out;
    sql::Statement q(ws.database().sql(), unsettled ? QStringLiteral("SELECT device_seq, command_id, name, payload, recorded_by, issued_at, status FROM pending_commands"
                                                                     " WHERE status <> 'confirmed' AND device_seq > ? ORDER BY device_seq LIMIT ?")
                                                    : QStringLiteral("SELECT device_seq, command_id, name, payload, recorded_by, issued_at, status FROM pending_commands"
                                                                     " WHERE status = 'pending' AND device_seq > ? ORDER BY device_seq LIMIT ?"));
    q.bind(1, afterSeq).bind(2, limit);
    while (q.step()) {
        StoredCommand c;
        c.deviceId = ws.database().deviceId();
        c.deviceSeq = q.int64(0);
        c.commandId = q.text(1);
        c.name = q.text(2);
        parseJsonObject(q.utf8(3), &c.payload);
        c.recordedBy = q.text(4);
        c.issuedAt = q.int64(5);
        c.withdrawn = q.text(6) != QLatin1String("pending");
        out.push_back(std::move(c));
    }
    return out;
}

Events provisionalTail(Workspace& ws, qint64 confirmedSeq)
{
    Events tail;
    ws.store().forEach(confirmedSeq, [&](const Event& e) {
        tail.push_back(e);
        return true;
    });
    return tail;
}

bool sameEvent(const Event& a, const Event& b) { return a.eventId == b.eventId && a.canonicalBytes() == b.canonicalBytes(); }

// Rebuilds every projection from the log through THIS connection, so it sees the events
// the current (uncommitted) transaction just wrote. Same steps as Projections::rebuild.
Status rebuildProjectionsHere(Workspace& ws)
{
    QSqlDatabase& db = ws.database().sql();
    for (const auto& p : ws.projections().all()) {
        for (const QString& t : p->tables()) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("DROP TABLE IF EXISTS \"%1\"").arg(t))) return refuse(QStringLiteral("projection.failed"), q.lastError().text());
        }
        if (Status s = p->create(db); !s) return s;
        qint64 last = 0;
        Status failed = ok();
        ws.store().forEach(0, [&](const Event& e) {
            if (Status s = p->apply(e); !s) {
                failed = s;
                return false;
            }
            last = e.seq;
            return true;
        }, p->eventTypes());
        if (!failed) return failed;
        if (Status s = p->createIndexes(db); !s) return s;
        sql::Statement cp(db, QStringLiteral("INSERT INTO projection_state(name, schema_version, last_seq) VALUES(?, ?, ?)"
                                             " ON CONFLICT(name) DO UPDATE SET schema_version = excluded.schema_version, last_seq = excluded.last_seq"));
        cp.bind(1, p->name()).bind(2, p->schemaVersion()).bind(3, last);
        if (!cp.run()) return refuse(QStringLiteral("projection.failed"), cp.error());
    }
    return ok();
}

bool setStatus(QSqlDatabase& db, qint64 deviceSeq, const QString& status)
{
    sql::Statement q(db, QStringLiteral("UPDATE pending_commands SET status = ? WHERE device_seq = ?"));
    q.bind(1, status).bind(2, deviceSeq);
    return q.run();
}

// What the others recorded on the streams a conflicting command touched.
QJsonArray otherSide(Workspace& ws, const QSet<QString>& streams)
{
    QJsonArray out;
    for (const QString& stream : streams) {
        // Events on the same aggregate, or naming it (a hold names its lot), by other devices.
        const QString id = stream.size() > 36 ? stream.right(36) : stream;
        sql::Statement q(ws.database().sql(), QStringLiteral("SELECT type, stream, recorded_by, device_id, occurred_at, payload FROM events"
                                                             " WHERE (stream = ? OR payload LIKE ?) AND device_id <> ? ORDER BY seq DESC LIMIT 5"));
        q.bind(1, stream).bind(2, QLatin1Char('%') + id + QLatin1Char('%')).bind(3, ws.database().deviceId());
        while (q.step()) {
            QJsonObject payload;
            parseJsonObject(q.utf8(5), &payload);
            const std::optional<identity::UserRow> who = ws.directory().byId(q.text(2));
            out.append(QJsonObject{{QStringLiteral("type"), q.text(0)},
                                   {QStringLiteral("stream"), q.text(1)},
                                   {QStringLiteral("recorded_by"), who ? who->displayName : q.text(2)},
                                   {QStringLiteral("device_id"), q.text(3)},
                                   {QStringLiteral("occurred_at"), q.int64(4)},
                                   {QStringLiteral("payload"), payload}});
        }
    }
    return out;
}

Status recordConflict(Workspace& ws, const StoredCommand& c, const Refusal& why, const QString& source, const QSet<QString>& streams, qint64 now)
{
    QSqlDatabase& db = ws.database().sql();
    if (!setStatus(db, c.deviceSeq, QStringLiteral("conflict")))
        return refuse(QStringLiteral("store.write_failed"), QStringLiteral("Could not mark command %1 as a conflict.").arg(c.deviceSeq));
    sql::Statement q(db, QStringLiteral("INSERT INTO sync_conflicts(device_seq, command_id, name, payload, recorded_by, issued_at, code, message, source, other_side, detected_at)"
                                        " VALUES(?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(device_seq) DO NOTHING"));
    q.bind(1, c.deviceSeq)
        .bind(2, c.commandId)
        .bind(3, c.name)
        .bindUtf8(4, canonicalJson(c.payload))
        .bind(5, c.recordedBy)
        .bind(6, c.issuedAt)
        .bind(7, why.code)
        .bind(8, why.message)
        .bind(9, source)
        .bindUtf8(10, canonicalJson(QJsonValue(otherSide(ws, streams))))
        .bind(11, now);
    if (!q.run()) return refuse(QStringLiteral("store.write_failed"), q.error());
    qCInfo(lcSyncClient) << "conflict:" << c.name << c.deviceSeq << why.code << why.message;
    return ok();
}

std::optional<StoredCommand> commandBySeq(Workspace& ws, qint64 deviceSeq)
{
    std::vector<StoredCommand> one;
    sql::Statement q(ws.database().sql(), QStringLiteral("SELECT device_seq, command_id, name, payload, recorded_by, issued_at FROM pending_commands WHERE device_seq = ?"));
    q.bind(1, deviceSeq);
    if (!q.step()) return std::nullopt;
    StoredCommand c;
    c.deviceId = ws.database().deviceId();
    c.deviceSeq = q.int64(0);
    c.commandId = q.text(1);
    c.name = q.text(2);
    parseJsonObject(q.utf8(3), &c.payload);
    c.recordedBy = q.text(4);
    c.issuedAt = q.int64(5);
    return c;
}
}  // namespace

bool isTransient(const Refusal& r)
{
    return r.code == QLatin1String("sync.offline") || r.code == QLatin1String("sync.timeout") || r.code == QLatin1String("sync.server_error")
           || r.code.startsWith(QLatin1String("server.store")) || r.code == QLatin1String("store.busy") || r.code == QLatin1String("store.write_failed");
}

SyncClient::SyncClient(Workspace& ws, SyncTransport& transport) : ws_(ws), transport_(transport) {}

QString SyncClient::meta(const QString& key) const { return ws_.database().meta(key); }
bool SyncClient::setMeta(const QString& key, const QString& value) { return ws_.database().setMeta(key, value); }

Result<SyncReport> SyncClient::syncOnce()
{
    Result<SyncReport> pushed = push();
    if (!pushed) {
        setMeta(kLastError, pushed.refusal().message);
        return pushed;
    }
    Result<SyncReport> pulled = pull(0);
    if (!pulled) {
        setMeta(kLastError, pulled.refusal().message);
        return pulled;
    }
    SyncReport r = pulled.value();
    r.pushed = pushed->pushed;
    r.accepted = pushed->accepted;  // r.refused: conflicts recorded by the pull (server refusals)
    setMeta(kLastSync, QString::number(ws_.clock().nowMs()));
    setMeta(kLastError, QStringLiteral(""));  // a null QString would bind NULL (meta.value is NOT NULL)
    return r;
}

Result<SyncReport> SyncClient::push(int batchSize)
{
    SyncReport report;
    pushedUpTo_ = std::max(pushedUpTo_, meta(kHighWater).toLongLong());
    QSet<qint64> parkedSeqs;
    for (const auto& p : parked()) parkedSeqs.insert(p.first);
    for (;;) {
        std::vector<StoredCommand> batch = pendingAfter(ws_, pushedUpTo_, batchSize, true);
        if (batch.empty()) return report;
        if (parkedSeqs.contains(batch.front().deviceSeq))
            return refuse(QStringLiteral("sync.parked"),
                          QStringLiteral("Command %1 is parked after repeated failures; retry it from the sync page.").arg(batch.front().deviceSeq));
        // Attach each command's provisional events (the tail of the log, grouped by command).
        QHash<QString, size_t> index;
        for (size_t i = 0; i < batch.size(); ++i) index.insert(batch[i].commandId, i);
        for (Event& e : provisionalTail(ws_, meta(kConfirmed).toLongLong())) {
            const auto it = index.constFind(e.causationId);
            if (it != index.constEnd()) batch[*it].provisional.push_back(std::move(e));
        }
        PushRequest req{ws_.database().deviceId(), std::move(batch)};
        const qint64 firstSeq = req.commands.front().deviceSeq;
        Result<PushReply> reply = transport_.push(req);
        if (!reply) return reply.refusal();
        report.pushed += static_cast<int>(reply->answers.size());
        for (const CommandAnswer& a : reply->answers) {
            if (a.status == AnswerStatus::Accepted) ++report.accepted;
            else ++report.refused;
        }
        if (reply->highWater > pushedUpTo_) pushedUpTo_ = reply->highWater;
        if (!reply->stoppedCode.isEmpty())
            return refuse(reply->stoppedCode == QLatin1String("sync.gap") ? QStringLiteral("sync.gap") : QStringLiteral("sync.server_error"),
                          reply->stoppedMessage);
        if (reply->highWater < firstSeq) return refuse(QStringLiteral("sync.server_error"), QStringLiteral("The server processed none of the commands sent."));
    }
}

Result<SyncReport> SyncClient::pull(int waitSeconds, int pageSize)
{
    SyncReport report;
    std::vector<PullReply> pages;
    qint64 after = meta(kCursor).toLongLong();
    for (;;) {
        Result<PullReply> page = transport_.pull(after, pageSize, pages.empty() ? waitSeconds : 0, meta(kHighWater).toLongLong());
        if (!page) return page.refusal();
        report.pulled += static_cast<int>(page->events.size());
        if (!page->events.empty()) after = page->events.back().globalSeq;
        const bool more = page->more;
        pages.push_back(std::move(page).value());
        Result<SyncReport> applied = applyPages(pages, report);  // keeps the pages when it must wait for the rest
        if (!applied) return applied;
        report = applied.value();
        if (!more) break;
    }
    if (meta(kDeferred) == QLatin1String("1")) {
        // The initial sync is complete: every projection in one pass over the (committed) log.
        Transaction tx(ws_.database().sql());
        if (!tx.active()) return refuse(QStringLiteral("store.busy"), QStringLiteral("The database is busy; sync will try again. (%1)").arg(tx.error()));
        if (Status s = ws_.projections().rebuildInTransaction(); !s) return s.refusal();
        if (!setMeta(kDeferred, QStringLiteral("0")) || !tx.commit())
            return refuse(QStringLiteral("store.write_failed"), QStringLiteral("Sync could not save: %1").arg(tx.error()));
    }
    return report;
}

Result<SyncReport> SyncClient::applyPages(std::vector<PullReply>& pages, SyncReport report)
{
    QSqlDatabase& db = ws_.database().sql();
    Transaction tx(db);
    if (!tx.active()) return refuse(QStringLiteral("store.busy"), QStringLiteral("The database is busy; sync will try again. (%1)").arg(tx.error()));
    const qint64 now = ws_.clock().nowMs();
    const bool final = !pages.back().more;
    const qint64 confirmed = meta(kConfirmed).toLongLong();
    const Events tail = provisionalTail(ws_, confirmed);

    // Which command each provisional event belongs to.
    QHash<QString, qint64> seqOfCommand;
    {
        sql::Statement q(db, QStringLiteral("SELECT command_id, device_seq FROM pending_commands WHERE status = 'pending'"));
        while (q.step()) seqOfCommand.insert(q.text(0), q.int64(1));
    }
    const qint64 highWater = final ? pages.back().highWater : -1;
    QHash<qint64, CommandAnswer> refusals;
    if (final)
        for (const CommandAnswer& a : pages.back().refusals) refusals.insert(a.deviceSeq, a);

    // Fast path: the server's events are our provisional ones (in order), then others'
    // events once nothing of ours is left provisional.
    bool fast = true;
    size_t matched = 0;
    for (const PullReply& p : pages) {
        for (const ServerEvent& se : p.events) {
            if (matched < tail.size()) {
                if (!sameEvent(tail[matched], se.event)) {
                    fast = false;
                    break;
                }
                ++matched;
            }
        }
        if (!fast) break;
    }
    if (fast && final)
        for (size_t i = matched; i < tail.size(); ++i)
            if (seqOfCommand.value(tail[i].causationId, 0) <= highWater) fast = false;  // processed, but its events did not come back
    if (!fast && !final) return report;  // wait for the whole answer, then rebase once

    // The streams each pending command touched (for the "other side" of a conflict).
    QHash<QString, QSet<QString>> streamsOf;
    for (const Event& e : tail) streamsOf[e.causationId].insert(e.stream);

    qint64 cursor = meta(kCursor).toLongLong();
    qint64 newConfirmed = confirmed;
    if (fast) {
        size_t k = 0;
        Events foreign;
        for (const PullReply& p : pages)
            for (const ServerEvent& se : p.events) {
                cursor = se.globalSeq;
                if (k < matched) {
                    newConfirmed = tail[k++].seq;
                    continue;
                }
                foreign.push_back(se.event);
            }
        // A new, empty workstation receiving more than one page (an initial sync): the log
        // only, page by page; the projections are rebuilt once at the end (see pull()).
        bool deferred = meta(kDeferred) == QLatin1String("1");
        if (!deferred && !final && tail.empty() && confirmed == 0 && meta(kCursor).toLongLong() == 0 && ws_.store().lastSeq() == 0) {
            deferred = true;
            if (!setMeta(kDeferred, QStringLiteral("1"))) return refuse(QStringLiteral("store.write_failed"), QStringLiteral("Sync could not save its position."));
        }
        if (!foreign.empty() && deferred) {
            for (const Event& in : foreign) {
                Event e = in;
                e.seq = 0;
                Result<Event> stored = ws_.store().append(std::move(e));
                if (!stored) return stored.refusal();
                newConfirmed = stored->seq;
            }
        } else if (!foreign.empty()) {
            Result<Events> stored = appendForeign(ws_, foreign);
            if (!stored) return stored.refusal();
            newConfirmed = stored->back().seq;
        }
    } else {
        report.rebased = true;
        {
            sql::Statement del(db, QStringLiteral("DELETE FROM events WHERE seq > ?"));
            del.bind(1, confirmed);
            if (!del.run()) return refuse(QStringLiteral("store.write_failed"), del.error());
        }
        for (const PullReply& p : pages)
            for (const ServerEvent& se : p.events) {
                Event e = se.event;
                e.seq = 0;
                Result<Event> stored = ws_.store().append(std::move(e));
                if (!stored) return stored.refusal();
                newConfirmed = stored->seq;
                cursor = se.globalSeq;
            }
        if (Status s = rebuildProjectionsHere(ws_); !s) return s.refusal();
        if (meta(kDeferred) == QLatin1String("1") && !setMeta(kDeferred, QStringLiteral("0")))  // rebuilt here: nothing deferred any more
            return refuse(QStringLiteral("store.write_failed"), QStringLiteral("Sync could not save its position."));
    }

    if (final) {
        // Our commands the server has processed: confirmed, or a conflict with its reason.
        sql::Statement q(db, QStringLiteral("SELECT device_seq FROM pending_commands WHERE status = 'pending' AND device_seq <= ? ORDER BY device_seq"));
        q.bind(1, highWater);
        std::vector<qint64> processed;
        while (q.step()) processed.push_back(q.int64(0));
        for (qint64 seq : processed) {
            const auto r = refusals.constFind(seq);
            if (r == refusals.constEnd()) {
                if (!setStatus(db, seq, QStringLiteral("confirmed"))) return refuse(QStringLiteral("store.write_failed"), QStringLiteral("Could not confirm a command."));
                continue;
            }
            const std::optional<StoredCommand> c = commandBySeq(ws_, seq);
            if (!c) continue;
            if (Status s = recordConflict(ws_, *c, refuse(r->code, r->message), QStringLiteral("server"), streamsOf.value(c->commandId), now); !s) return s.refusal();
            ++report.refused;
        }
        if (highWater > meta(kHighWater).toLongLong()) setMeta(kHighWater, QString::number(highWater));
        pushedUpTo_ = std::max(pushedUpTo_, highWater);
    }

    if (!fast) {
        // Re-run what is still pending on top of the server's events, in device order.
        const qint64 base = final ? highWater : meta(kHighWater).toLongLong();
        QHash<QString, Events> oldEvents;
        for (const Event& e : tail) oldEvents[e.causationId].push_back(e);
        ReplaySession session(ws_);
        for (StoredCommand& c : pendingAfter(ws_, base, std::numeric_limits<int>::max())) {
            c.provisional = oldEvents.value(c.commandId);
            ReplayResult r = session.replay(c);
            if (r.storeError) return r.refusal;
            if (r.refused) {
                if (Status s = recordConflict(ws_, c, r.refusal, QStringLiteral("rebase"), streamsOf.value(c.commandId), now); !s) return s.refusal();
                ++report.rebaseRefused;
            }
        }
        if (Status s = session.finish(); !s) return s.refusal();
    }
    setMeta(kConfirmed, QString::number(newConfirmed));
    setMeta(kCursor, QString::number(cursor));
    if (!tx.commit()) return refuse(QStringLiteral("store.write_failed"), QStringLiteral("Sync could not save: %1").arg(tx.error()));
    report.cursor = cursor;
    pages.clear();
    return report;
}

SyncState SyncClient::state()
{
    SyncState s;
    QSqlQuery q(ws_.database().sql());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM pending_commands WHERE status = 'pending'")) && q.next()) s.pending = q.value(0).toLongLong();
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM sync_conflicts WHERE resolution = ''")) && q.next()) s.conflicts = q.value(0).toLongLong();
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM sync_parked")) && q.next()) s.parked = q.value(0).toLongLong();
    s.cursor = meta(kCursor).toLongLong();
    s.lastSyncAt = meta(kLastSync).toLongLong();
    s.lastError = meta(kLastError);
    return s;
}

QList<Conflict> SyncClient::conflicts(bool unresolvedOnly)
{
    QList<Conflict> out;
    sql::Statement q(ws_.database().sql(),
                     unresolvedOnly ? QStringLiteral("SELECT device_seq, command_id, name, payload, recorded_by, issued_at, code, message, source, other_side, detected_at, resolution"
                                                     " FROM sync_conflicts WHERE resolution = '' ORDER BY device_seq")
                                    : QStringLiteral("SELECT device_seq, command_id, name, payload, recorded_by, issued_at, code, message, source, other_side, detected_at, resolution"
                                                     " FROM sync_conflicts ORDER BY device_seq"));
    while (q.step()) {
        Conflict c;
        c.deviceSeq = q.int64(0);
        c.commandId = q.text(1);
        c.name = q.text(2);
        parseJsonObject(q.utf8(3), &c.payload);
        c.recordedBy = q.text(4);
        const std::optional<identity::UserRow> who = ws_.directory().byId(c.recordedBy);
        c.recordedByName = who ? who->displayName : c.recordedBy;
        c.issuedAt = q.int64(5);
        c.code = q.text(6);
        c.message = q.text(7);
        c.source = q.text(8);
        c.otherSide = QJsonDocument::fromJson(q.utf8(9)).array();
        c.detectedAt = q.int64(10);
        c.resolution = q.text(11);
        out << c;
    }
    return out;
}

Status SyncClient::discardConflict(qint64 deviceSeq, const Actor& actor)
{
    QSqlDatabase& db = ws_.database().sql();
    Transaction tx(db);
    sql::Statement q(db, QStringLiteral("UPDATE sync_conflicts SET resolution = 'discarded', resolved_by = ?, resolved_at = ? WHERE device_seq = ? AND resolution = ''"));
    q.bind(1, actor.userId).bind(2, ws_.clock().nowMs()).bind(3, deviceSeq);
    if (!q.run() || !setStatus(db, deviceSeq, QStringLiteral("discarded")) || !tx.commit())
        return refuse(QStringLiteral("store.write_failed"), QStringLiteral("Could not discard conflict %1.").arg(deviceSeq));
    return ok();
}

Result<Outcome> SyncClient::retryConflict(qint64 deviceSeq, const Actor& actor, const QString& command, const QJsonObject& payload)
{
    Result<Outcome> r = ws_.execute(actor, command, payload);
    if (!r) return r;  // the conflict stays open: the user sees why and can try again
    sql::Statement q(ws_.database().sql(), QStringLiteral("UPDATE sync_conflicts SET resolution = 'retried', resolved_by = ?, resolved_at = ?, retry_command_id = ?"
                                                          " WHERE device_seq = ? AND resolution = ''"));
    q.bind(1, actor.userId).bind(2, ws_.clock().nowMs()).bind(3, r->commandId).bind(4, deviceSeq);
    q.run();
    setStatus(ws_.database().sql(), deviceSeq, QStringLiteral("discarded"));
    return r;
}

void SyncClient::recordFailure(qint64 deviceSeq, const QString& error, int maxAttempts)
{
    sql::Statement q(ws_.database().sql(), QStringLiteral("INSERT INTO sync_parked(device_seq, attempts, last_error, parked_at) VALUES(?, 1, ?, 0)"
                                                          " ON CONFLICT(device_seq) DO UPDATE SET attempts = attempts + 1, last_error = excluded.last_error"));
    q.bind(1, deviceSeq).bind(2, error);
    q.run();
    sql::Statement park(ws_.database().sql(), QStringLiteral("UPDATE sync_parked SET parked_at = ? WHERE device_seq = ? AND attempts >= ? AND parked_at = 0"));
    park.bind(1, ws_.clock().nowMs()).bind(2, deviceSeq).bind(3, maxAttempts);
    park.run();
}

void SyncClient::clearFailures()
{
    QSqlQuery q(ws_.database().sql());
    q.exec(QStringLiteral("DELETE FROM sync_parked WHERE parked_at = 0"));
}

QList<QPair<qint64, QString>> SyncClient::parked()
{
    QList<QPair<qint64, QString>> out;
    sql::Statement q(ws_.database().sql(), QStringLiteral("SELECT device_seq, last_error FROM sync_parked WHERE parked_at > 0 ORDER BY device_seq"));
    while (q.step()) out << qMakePair(q.int64(0), q.text(1));
    return out;
}

void SyncClient::unpark()
{
    QSqlQuery q(ws_.database().sql());
    q.exec(QStringLiteral("DELETE FROM sync_parked"));
}

}  // namespace tracelot::sync

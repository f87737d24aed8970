#pragma once
// The workstation side of sync (SYNC.md): push pending commands in device_seq order, pull
// the server's events, rebase, keep conflicts until a user resolves them.
//
// The local log is always [events confirmed by the server, in server order][provisional
// events of still-pending commands, in device order]; meta "sync.confirmed_seq" is the
// boundary. A pull whose events are exactly our provisional ones (same ids and bytes, the
// common case) or that arrives while nothing is provisional is applied incrementally. Any
// other pull is a rebase, in ONE local transaction: drop the provisional tail, append the
// server's events, rebuild the projections (identical to a rebuild from the log), re-run the
// still-pending commands on top with their own id, user and time. A command the server
// refused, or that is refused when re-run, becomes a sync conflict (sync_conflicts):
// what was tried, by whom, why it no longer holds and what the others recorded on the same
// lots. Nothing is dropped silently. Transport-free: see SyncTransport.
#include "common/result.h"
#include "sync/protocol.h"

#include <QJsonArray>
#include <QList>
#include <memory>

namespace tracelot {
class Workspace;
struct Actor;
struct Outcome;
}  // namespace tracelot

namespace tracelot::sync {

// How a workstation reaches the server. Errors are Refusals with codes:
// sync.offline / sync.timeout / sync.server_error (transient: retried with backoff),
// auth.* (401/403), sync.tls (certificate problems), sync.client_too_old (426).
class SyncTransport {
public:
    virtual ~SyncTransport() = default;
    virtual Result<PushReply> push(const PushRequest& request) = 0;
    virtual Result<PullReply> pull(qint64 after, int limit, int waitSeconds, qint64 refusalsAfter) = 0;
};

bool isTransient(const Refusal& r);

struct Conflict {
    qint64 deviceSeq = 0;
    QString commandId;
    QString name;
    QJsonObject payload;
    QString recordedBy;      // user id
    QString recordedByName;  // display name when known
    qint64 issuedAt = 0;
    QString code;
    QString message;  // why it no longer holds (the rule's own words)
    QString source;   // "server" or "rebase"
    QJsonArray otherSide;  // [{type, stream, recorded_by, device_id, occurred_at, payload}]
    qint64 detectedAt = 0;
    QString resolution;  // "", "discarded", "retried"
};

struct SyncReport {
    int pushed = 0;          // commands sent
    int accepted = 0;
    int refused = 0;         // by the server (now conflicts)
    int pulled = 0;          // events received
    int rebaseRefused = 0;   // pending commands refused when re-run (now conflicts)
    bool rebased = false;    // the slow path ran
    qint64 cursor = 0;
};

struct SyncState {
    qint64 pending = 0;
    qint64 conflicts = 0;  // unresolved
    qint64 parked = 0;
    qint64 cursor = 0;          // last server sequence applied
    qint64 lastSyncAt = 0;      // UTC ms of the last completed cycle
    QString lastError;
};

class SyncClient {
public:
    SyncClient(Workspace& ws, SyncTransport& transport);

    // One full cycle: push every pending command (in batches), then pull until caught up.
    Result<SyncReport> syncOnce();
    // Batches of 1000 commands: one durable commit on the server per batch (group commit);
    // bench_sync measures the push with this size.
    Result<SyncReport> push(int batchSize = 1000);
    Result<SyncReport> pull(int waitSeconds = 0, int pageSize = 10000);

    SyncState state();
    QList<Conflict> conflicts(bool unresolvedOnly = true);
    // The user gives up the change (it stays visible as discarded).
    Status discardConflict(qint64 deviceSeq, const Actor& actor);
    // The user tries again differently: a NEW command (edited payload) through the pipeline.
    Result<Outcome> retryConflict(qint64 deviceSeq, const Actor& actor, const QString& command, const QJsonObject& payload);

    // Records a failed attempt of the batch starting at deviceSeq; after `maxAttempts` it is
    // parked (visible, retryable, never dropped). unpark() puts it back in the queue.
    void recordFailure(qint64 deviceSeq, const QString& error, int maxAttempts);
    void clearFailures();
    QList<QPair<qint64, QString>> parked();
    void unpark();

    // The test hook for "the client is killed mid-push": stop after the request was sent.
    qint64 highWaterKnown() const { return pushedUpTo_; }

private:
    Result<SyncReport> applyPages(std::vector<PullReply>& pages, SyncReport report);
    QString meta(const QString& key) const;
    bool setMeta(const QString& key, const QString& value);

    Workspace& ws_;
    SyncTransport& transport_;
    qint64 pushedUpTo_ = 0;  // answers seen in this session (skip resending before the pull)
};

}  // namespace tracelot::sync

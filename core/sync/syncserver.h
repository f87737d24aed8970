#pragma once
// The sync server's core, transport-free (tracelot-server wires it to HTTPS; tests call it
// in-process): devices and their secrets, push processing with re-run of every rule, pull.
//
// Push: under the global order lock of the authoritative store, the rules replica (a
// Tracelot workspace in its own SQLite file, derived from the authoritative log and
// rebuildable from it) is caught up in global order; each pushed command is re-run there
// through the same core code (sync/replay.h) with its own id, user, device and time, in
// device_seq order, each under its own savepoint; accepted events, answers (refusals
// included) and the device's high-water mark are written to the authoritative store in ONE
// transaction per push batch (group commit). If the authoritative commit fails the replica
// rolls back too; if the replica commit fails afterwards it catches up on the next push.
#include "common/result.h"
#include "sync/protocol.h"
#include "sync/pushbody.h"
#include "sync/serverstore.h"

#include <QElapsedTimer>
#include <QObject>
#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <variant>

namespace tracelot {
class Clock;
class IdGenerator;
class Workspace;
}  // namespace tracelot

namespace tracelot::sync {

struct SyncServerOptions {
    QString replicaPath;                        // the rules replica (SQLite); created when missing
    std::shared_ptr<Clock> clock;               // default: system clock
    std::shared_ptr<IdGenerator> ids;           // default: random UUIDs
    qint64 accessTokenTtlMs = 15 * 60 * 1000;   // a device's access token (re-issued on 401)
    qint64 enrolmentCodeTtlMs = 24 * 3600 * 1000LL;
    qint64 deviceSecretTtlMs = 0;               // 0: device secrets do not expire (revoke instead)
    int maxPullLimit = 10000;  // events per pull page (an initial sync reads big pages)
};

struct Registration {
    QString deviceId;
    QString deviceSecret;  // shown once to the device; only its hash is stored
};

struct AccessToken {
    QString token;
    qint64 expiresAt = 0;
};

// Why a request was not allowed; `status` is the HTTP status to answer with.
struct AuthFailure {
    int status = 401;
    Refusal refusal;
};

class SyncServer : public QObject {
    Q_OBJECT
public:
    ~SyncServer() override;
    static Result<std::unique_ptr<SyncServer>> open(const QString& storeLocation, SyncServerOptions options);

    ServerStore& store() { return *store_; }
    Workspace& replica() { return *replica_; }

    // Administration (tracelot-server devices ...): a one-time code, valid enrolmentCodeTtlMs.
    Result<QString> issueEnrolmentCode(const QString& deviceName);
    Status revokeDevice(const QString& deviceId);

    // POST /v1/devices/register: the enrolment code for the device's own secret.
    Result<Registration> registerDevice(const QString& code, const QString& deviceId, const QString& deviceName);
    // POST /v1/auth/token: the device secret for a short-lived access token.
    std::variant<AccessToken, AuthFailure> issueAccessToken(const QString& deviceId, const QString& deviceSecret);
    // Every push/pull: the access token → the device id.
    std::variant<QString, AuthFailure> authenticate(const QString& accessToken);

    PushReply push(const QString& deviceId, const PushRequest& request);
    // The same, taking the commands as a source hands them over (PushBodyParser: a body
    // parsed on another thread while its first commands are re-run). A malformed body keeps
    // nothing of the batch: the reply has no answers and stops with sync.malformed.
    PushReply push(const QString& deviceId, CommandSource& commands);
    Result<PullReply> pull(const QString& deviceId, qint64 after, int limit, qint64 refusalsAfter);

    // Prometheus text exposition format.
    QString metricsText();

    // Tests only: runs just before the authoritative commit of a push (e.g. to kill the database).
    void setBeforeCommitHook(std::function<void()> hook) { beforeCommit_ = std::move(hook); }
    qint64 head();

signals:
    void appended(qint64 head);  // after a push committed new events (long-polls wake up)

private:
    SyncServer() = default;
    Status catchUpReplica();
    QByteArray sign(const QByteArray& data) const;

    std::unique_ptr<ServerStore> store_;
    Status openReplica();
    Status rebuildReplica();  // deletes the replica's file and opens it empty (caught up by the next push)
    std::unique_ptr<Workspace> replica_;
    bool replicaStale_ = false;  // ahead of the authoritative log: rebuilt before the next push
    SyncServerOptions options_;
    std::shared_ptr<Clock> clock_;
    std::shared_ptr<IdGenerator> ids_;
    QByteArray tokenKey_;
    qint64 replicaCursor_ = 0;
    std::function<void()> beforeCommit_;

    // Metrics.
    std::atomic<qint64> pushes_{0}, pushFailures_{0}, accepted_{0}, refused_{0}, duplicates_{0}, pulls_{0}, eventsAppended_{0};
    static constexpr std::array<double, 10> kBuckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0};
    std::array<std::atomic<qint64>, 11> latencyBuckets_{};
    std::atomic<qint64> latencyMicros_{0};
};

}  // namespace tracelot::sync

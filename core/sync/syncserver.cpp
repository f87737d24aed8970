#include "sync/syncserver.h"

#include "common/clock.h"
#include "common/crypto.h"
#include "common/ids.h"
#include "eventstore/database.h"
#include "eventstore/eventstore.h"
#include "eventstore/transaction.h"
#include "sync/replay.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QUuid>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcSyncServer, "tracelot.sync.server", QtWarningMsg)

namespace tracelot::sync {
namespace {
const QString kReplicaCursor = QStringLiteral("sync.server_seq");

QByteArray hashSecret(const QString& secret) { return crypto::sha256(secret.toUtf8()).toHex(); }

QString randomToken(int bytes) { return QString::fromLatin1(crypto::randomBytes(bytes).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)); }

// Enrolment codes people type: 12 characters without look-alikes, in groups of four.
QString randomCode()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    const QByteArray raw = crypto::randomBytes(12);
    QString code;
    for (int i = 0; i < raw.size(); ++i) {
        if (i && i % 4 == 0) code += QLatin1Char('-');
        code += QLatin1Char(alphabet[static_cast<unsigned char>(raw[i]) % 32]);
    }
    return code;
}

QString normaliseCode(const QString& code)
{
    QString c = code.trimmed().toUpper();
    c.remove(QLatin1Char(' '));
    c.remove(QLatin1Char('-'));
    return c;
}

AuthFailure authFailure(int status, const char* code, const QString& message) { return AuthFailure{status, refuse(QString::fromLatin1(code), message)}; }
}  // namespace

SyncServer::~SyncServer()
{
    replica_.reset();
    store_.reset();
}

Result<std::unique_ptr<SyncServer>> SyncServer::open(const QString& storeLocation, SyncServerOptions options)
{
    std::unique_ptr<SyncServer> s(new SyncServer);
    s->clock_ = options.clock ? options.clock : std::make_shared<SystemClock>();
    s->ids_ = options.ids ? options.ids : std::make_shared<UuidGenerator>();
    s->options_ = options;
    Result<std::unique_ptr<ServerStore>> store = ServerStore::open(storeLocation);
    if (!store) return store.refusal();
    s->store_ = std::move(store).value();

    s->tokenKey_ = QByteArray::fromHex(s->store_->meta(QStringLiteral("token_key")).toLatin1());
    if (s->tokenKey_.size() != 32) {
        // Shared by every server process on this database, so any of them accepts the tokens.
        if (Status b = s->store_->begin(); !b) return b.refusal();
        const QString existing = s->store_->meta(QStringLiteral("token_key"));
        if (existing.size() == 64) {
            s->tokenKey_ = QByteArray::fromHex(existing.toLatin1());
            s->store_->rollback();
        } else {
            s->tokenKey_ = crypto::randomBytes(32);
            if (Status m = s->store_->setMeta(QStringLiteral("token_key"), QString::fromLatin1(s->tokenKey_.toHex())); !m) {
                s->store_->rollback();
                return m.refusal();
            }
            if (Status c = s->store_->commit(); !c) return c.refusal();
        }
    }

    if (options.replicaPath.isEmpty())
        return refuse(QStringLiteral("server.config"), QStringLiteral("The server needs a file for its rules replica (--replica PATH)."));
    if (Status r = s->openReplica(); !r) return r.refusal();
    if (s->replicaCursor_ == 0 && s->replica_->store().lastSeq() > 0)
        return refuse(QStringLiteral("server.replica_mismatch"),
                      QStringLiteral("The rules replica %1 holds events that did not come from this server's database; remove it and restart.")
                          .arg(options.replicaPath));
    if (s->replicaCursor_ > 0) {
        // The replica must end with the server's event at its cursor. If not, it is ahead of the
        // log (the server stopped between the replica's commit and the database's, which
        // overlap; or the database was restored from a backup) or went another way (another
        // server process appended meanwhile). A file this server created as its replica is
        // rebuilt from the log; anything else is left alone.
        Result<std::vector<ServerEvent>> at = s->store_->readAfter(s->replicaCursor_ - 1, 1);
        if (!at) return at.refusal();
        const Events last = s->replica_->store().readAfter(s->replica_->store().lastSeq() - 1, 1);
        const bool same = !at->empty() && at->front().globalSeq == s->replicaCursor_ && !last.empty() && last.front().eventId == at->front().event.eventId;
        if (!same) {
            if (s->replica_->store().chained())
                return refuse(QStringLiteral("server.replica_mismatch"),
                              QStringLiteral("The rules replica %1 does not match the server database (was the database restored from a backup?); remove the replica and restart.")
                                  .arg(options.replicaPath));
            qCWarning(lcSyncServer) << "the rules replica does not match the server database; rebuilding it from the database";
            if (Status r = s->rebuildReplica(); !r) return r.refusal();
        }
    }
    return s;
}

Status SyncServer::openReplica()
{
    WorkspaceOptions wo;
    wo.clock = clock_;
    wo.ids = ids_;
    wo.auditChain = false;  // derived data: the chain lives on the workstations
    Result<std::unique_ptr<Workspace>> ws = Workspace::open(options_.replicaPath, wo);
    if (!ws) return ws.refusal();
    replica_ = std::move(ws).value();
    // The replica is derived from the authoritative log and rebuilt from it if lost: no fsync per commit.
    QSqlQuery(replica_->database().sql()).exec(QStringLiteral("PRAGMA synchronous=OFF"));
    // Push batches write thousands of pages: checkpoint the WAL every ~32 MB rather than every
    // 1 MB, so hot index pages are copied back once per many batches.
    QSqlQuery(replica_->database().sql()).exec(QStringLiteral("PRAGMA wal_autocheckpoint=8000"));
    replicaCursor_ = replica_->database().meta(kReplicaCursor).toLongLong();
    return ok();
}

Status SyncServer::rebuildReplica()
{
    // Only ever a file this server created as its replica (no audit chain, our cursor in it).
    if (replica_->store().chained() || replica_->database().meta(kReplicaCursor).isEmpty())
        return refuse(QStringLiteral("server.replica_mismatch"),
                      QStringLiteral("The rules replica %1 does not look like one this server made; it was left alone.").arg(options_.replicaPath));
    replica_.reset();
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) QFile::remove(options_.replicaPath + QLatin1String(suffix));
    replicaStale_ = false;
    return openReplica();  // empty: the next push catches it up from the log
}

qint64 SyncServer::head() { return store_->head(); }

QByteArray SyncServer::sign(const QByteArray& data) const
{
    return QMessageAuthenticationCode::hash(data, tokenKey_, QCryptographicHash::Sha256).toHex();
}

Result<QString> SyncServer::issueEnrolmentCode(const QString& deviceName)
{
    if (deviceName.trimmed().isEmpty())
        return refuse(QStringLiteral("enrolment.name_missing"), QStringLiteral("Give the workstation a name (for example \"Dock 1\")."));
    const QString code = randomCode();
    const qint64 now = clock_->nowMs();
    if (Status b = store_->begin(); !b) return b.refusal();
    if (Status s = store_->addEnrolmentCode(hashSecret(normaliseCode(code)), deviceName.trimmed(), now, now + options_.enrolmentCodeTtlMs); !s) {
        store_->rollback();
        return s.refusal();
    }
    if (Status c = store_->commit(); !c) return c.refusal();
    return code;
}

Status SyncServer::revokeDevice(const QString& deviceId)
{
    if (Status b = store_->begin(); !b) return b;
    if (Status s = store_->revokeDevice(deviceId, clock_->nowMs()); !s) {
        store_->rollback();
        return s;
    }
    return store_->commit();
}

Result<Registration> SyncServer::registerDevice(const QString& code, const QString& deviceId, const QString& deviceName)
{
    if (QUuid::fromString(deviceId).isNull())
        return refuse(QStringLiteral("enrolment.bad_device"), QStringLiteral("The workstation did not send a valid device id."));
    const qint64 now = clock_->nowMs();
    if (Status b = store_->begin(); !b) return b.refusal();
    Result<QString> name = store_->useEnrolmentCode(hashSecret(normaliseCode(code)), deviceId, now);
    if (!name) {
        store_->rollback();
        return name.refusal();
    }
    Registration reg{deviceId, randomToken(32)};
    const qint64 expires = options_.deviceSecretTtlMs > 0 ? now + options_.deviceSecretTtlMs : 0;
    Status saved = ok();
    if (store_->device(deviceId)) {
        // Re-enrolment of a known workstation (lost or revoked secret): new secret, same history.
        saved = store_->setSecret(deviceId, hashSecret(reg.deviceSecret), expires);
    } else {
        DeviceRecord d;
        d.deviceId = deviceId;
        d.name = deviceName.trimmed().isEmpty() ? name.value() : deviceName.trimmed();
        d.secretHash = hashSecret(reg.deviceSecret);
        d.registeredAt = now;
        d.secretExpiresAt = expires;
        saved = store_->addDevice(d);
    }
    if (!saved) {
        store_->rollback();
        return saved.refusal();
    }
    if (Status c = store_->commit(); !c) return c.refusal();
    return reg;
}

std::variant<AccessToken, AuthFailure> SyncServer::issueAccessToken(const QString& deviceId, const QString& deviceSecret)
{
    const std::optional<DeviceRecord> d = store_->device(deviceId);
    if (!d || !crypto::constantTimeEquals(d->secretHash, hashSecret(deviceSecret)))
        return authFailure(401, "auth.secret_unknown",
                           QStringLiteral("The server does not recognise this workstation's sync secret. Enrol the workstation again with a new code."));
    const qint64 now = clock_->nowMs();
    if (d->revokedAt)
        return authFailure(403, "auth.device_revoked",
                           QStringLiteral("This workstation (%1) was revoked by an administrator. Enrol it again with a new code.").arg(d->name));
    if (d->secretExpiresAt && d->secretExpiresAt <= now)
        return authFailure(403, "auth.secret_expired",
                           QStringLiteral("This workstation's sync secret has expired. Enrol it again with a new code."));
    AccessToken t;
    t.expiresAt = now + options_.accessTokenTtlMs;
    const QByteArray body = QStringLiteral("v1.%1.%2").arg(deviceId).arg(t.expiresAt).toLatin1();
    t.token = QString::fromLatin1(body + '.' + sign(body));
    return t;
}

std::variant<QString, AuthFailure> SyncServer::authenticate(const QString& accessToken)
{
    const QStringList parts = accessToken.split(QLatin1Char('.'));
    if (parts.size() != 4 || parts[0] != QLatin1String("v1"))
        return authFailure(401, "auth.token_invalid", QStringLiteral("The sync access token is not valid; the workstation signs in again."));
    const QByteArray body = QStringList(parts.mid(0, 3)).join(QLatin1Char('.')).toLatin1();
    if (!crypto::constantTimeEquals(sign(body), parts[3].toLatin1()))
        return authFailure(401, "auth.token_invalid", QStringLiteral("The sync access token is not valid; the workstation signs in again."));
    if (parts[2].toLongLong() <= clock_->nowMs())
        return authFailure(401, "auth.token_expired", QStringLiteral("The sync access token has expired; the workstation signs in again."));
    const std::optional<DeviceRecord> d = store_->device(parts[1]);
    if (!d) return authFailure(401, "auth.token_invalid", QStringLiteral("The sync access token names an unknown workstation."));
    if (d->revokedAt)
        return authFailure(403, "auth.device_revoked",
                           QStringLiteral("This workstation (%1) was revoked by an administrator. Enrol it again with a new code.").arg(d->name));
    return d->deviceId;
}

Status SyncServer::catchUpReplica()
{
    // Inside the replica's transaction and under the global order lock.
    for (;;) {
        Result<std::vector<ServerEvent>> page = store_->readAfter(replicaCursor_, 2000);
        if (!page) return page.refusal();
        if (page->empty()) return ok();
        Events events;
        events.reserve(page->size());
        for (ServerEvent& se : page.value()) events.push_back(std::move(se.event));
        if (Result<Events> r = appendForeign(*replica_, events); !r) return r.refusal();
        replicaCursor_ = page->back().globalSeq;
        if (!replica_->database().setMeta(kReplicaCursor, QString::number(replicaCursor_)))
            return refuse(QStringLiteral("server.replica_failed"), QStringLiteral("Could not record the replica's position."));
    }
}

PushReply SyncServer::push(const QString& deviceId, const PushRequest& request)
{
    RequestSource commands(request);
    return push(deviceId, commands);
}

PushReply SyncServer::push(const QString& deviceId, CommandSource& commands)
{
    QElapsedTimer timer;
    timer.start();
    ++pushes_;
    PushReply reply;
    const auto stop = [&](const Refusal& why) {
        reply.stoppedCode = why.code;
        reply.stoppedMessage = why.message;
    };

    if (replicaStale_) {
        qCWarning(lcSyncServer) << "the rules replica is ahead of the server database (a commit failed after the replica's); rebuilding it";
        if (Status r = rebuildReplica(); !r) {
            ++pushFailures_;
            stop(r.refusal());
            return reply;
        }
    }
    if (Status b = store_->begin(); !b) {
        ++pushFailures_;
        stop(b.refusal());
        return reply;
    }
    const qint64 cursorBefore = replicaCursor_;
    Transaction rtx(replica_->database().sql());
    const auto abandon = [&](const Refusal& why, bool transient = true) {
        store_->rollback();
        rtx.rollback();
        replicaCursor_ = cursorBefore;
        reply.answers.clear();
        if (transient) ++pushFailures_;
        stop(why);
    };
    if (!rtx.active()) {
        abandon(refuse(QStringLiteral("server.replica_failed"), rtx.error()));
        return reply;
    }
    if (Status s = catchUpReplica(); !s) {
        abandon(s.refusal());
        return reply;
    }
    const std::optional<DeviceRecord> device = store_->device(deviceId);
    if (!device) {
        abandon(refuse(QStringLiteral("auth.device_unknown"), QStringLiteral("This workstation is not registered with the server.")));
        return reply;
    }
    qint64 highWater = device->highWater;
    qint64 next = replicaCursor_;  // == head: the replica is caught up
    // Accepted events go to the server database in pieces while later commands are re-run
    // (PostgreSQL inserts them meanwhile); the batch commits only when all have arrived.
    Events toAppend;
    qint64 streamed = 0;
    constexpr size_t kStreamChunk = 128;
    const auto sendAppended = [&]() -> Status {
        if (toAppend.empty()) return ok();
        if (Status st = store_->appendStreamed(toAppend); !st) return st;
        streamed += static_cast<qint64>(toAppend.size());
        toAppend.clear();
        return ok();
    };
    const qint64 now = clock_->nowMs();
    std::vector<CommandAnswer> fresh;  // answers of this batch, written together with its events
    QStringList freshNames;
    ReplaySession session(*replica_);  // statements and user lookups shared by the batch
    for (const StoredCommand* pushed = commands.next(); pushed; pushed = commands.next()) {
        const StoredCommand& c = *pushed;
        if (c.deviceId != deviceId) {
            stop(refuse(QStringLiteral("sync.wrong_device"), QStringLiteral("A pushed command belongs to another workstation.")));
            break;
        }
        if (c.deviceSeq <= highWater) {
            // A duplicate: the first answer again, never applied twice.
            std::optional<CommandAnswer> first;
            for (const CommandAnswer& a : fresh)
                if (a.deviceSeq == c.deviceSeq) first = a;
            if (!first) first = store_->answer(deviceId, c.deviceSeq);
            if (!first) {
                stop(refuse(QStringLiteral("sync.unknown_answer"), QStringLiteral("The server has no record of command %1.").arg(c.deviceSeq)));
                break;
            }
            first->duplicate = true;
            reply.answers.push_back(*first);
            ++duplicates_;
            continue;
        }
        if (c.deviceSeq != highWater + 1) {
            stop(refuse(QStringLiteral("sync.gap"),
                        QStringLiteral("Commands must arrive in order: the server expected command %1 of this workstation, not %2.")
                            .arg(highWater + 1)
                            .arg(c.deviceSeq)));
            break;
        }
        ReplayResult r;
        if (c.withdrawn) {
            r.refused = true;
            r.refusal = refuse(QStringLiteral("sync.withdrawn"),
                               QStringLiteral("The workstation withdrew %1: it was refused there when re-run after a sync and waits for a user's decision.").arg(c.name));
        } else {
            r = session.replay(c);
        }
        if (r.storeError) {
            abandon(r.refusal);  // transient: nothing of this batch is kept; the workstation sends it again
            return reply;
        }
        CommandAnswer a;
        a.deviceSeq = c.deviceSeq;
        a.commandId = c.commandId;
        if (r.refused) {
            a.status = AnswerStatus::Refused;
            a.code = r.refusal.code;
            a.message = r.refusal.message;
            ++refused_;
        } else {
            a.status = AnswerStatus::Accepted;
            if (!r.events.empty()) {
                a.firstSeq = next + 1;
                a.lastSeq = next + static_cast<qint64>(r.events.size());
                next = a.lastSeq;
            }
            for (Event& e : r.events) toAppend.push_back(std::move(e));
            if (toAppend.size() >= kStreamChunk)
                if (Status st = sendAppended(); !st) {
                    abandon(st.refusal());
                    return reply;
                }
            ++accepted_;
        }
        highWater = c.deviceSeq;
        fresh.push_back(a);
        freshNames << c.name;
        reply.answers.push_back(a);
    }
    if (reply.stoppedCode.isEmpty())  // read to the end (not stopped at a gap): was all of it well formed?
        if (std::optional<Refusal> why = commands.failure()) {
            abandon(*why, false);  // a malformed body: nothing of it is kept
            return reply;
        }
    if (Status st = sendAppended(); !st) {
        abandon(st.refusal());
        return reply;
    }
    if (streamed) {
        Result<qint64> last = store_->finishAppend();
        if (!last) {
            abandon(last.refusal());
            return reply;
        }
        if (last.value() != next) {
            abandon(refuse(QStringLiteral("server.replica_mismatch"), QStringLiteral("The replica and the server database disagree on the order.")));
            return reply;
        }
    }
    if (Status s = store_->recordAnswers(deviceId, freshNames, fresh, now); !s) {
        abandon(s.refusal());
        return reply;
    }
    if (highWater != device->highWater)
        if (Status s = store_->setHighWater(deviceId, highWater); !s) {
            abandon(s.refusal());
            return reply;
        }
    if (Status s = session.finish(); !s) {
        abandon(s.refusal());
        return reply;
    }
    replicaCursor_ = next;
    if (!replica_->database().setMeta(kReplicaCursor, QString::number(next))) {
        abandon(refuse(QStringLiteral("server.replica_failed"), QStringLiteral("Could not record the replica's position.")));
        return reply;
    }
    if (beforeCommit_) beforeCommit_();
    // The replica commits while PostgreSQL makes the batch durable (its commit waits for the
    // disk; the replica's is work for this thread). Should the database's commit then fail,
    // the replica is ahead of it and is rebuilt from the log before the next push.
    bool replicaCommitted = false;
    QString replicaError;
    const auto commitReplica = [&] {
        replicaCommitted = rtx.commit();
        if (!replicaCommitted) replicaError = rtx.error();
    };
    if (Status c = store_->commit(commitReplica); !c) {
        if (replicaCommitted) replicaStale_ = true;
        abandon(c.refusal());
        return reply;
    }
    if (!replicaCommitted) {
        // The authoritative log has the events; the replica catches up on the next push.
        qCWarning(lcSyncServer) << "replica commit failed (it will catch up):" << replicaError;
        rtx.rollback();
        replicaCursor_ = replica_->database().meta(kReplicaCursor).toLongLong();
    }
    reply.highWater = highWater;
    reply.head = next;
    eventsAppended_ += streamed;
    const qint64 micros = timer.nsecsElapsed() / 1000;
    latencyMicros_ += micros;
    size_t bucket = 0;
    while (bucket < kBuckets.size() && static_cast<double>(micros) / 1e6 > kBuckets[bucket]) ++bucket;
    ++latencyBuckets_[bucket];
    if (streamed) emit appended(next);
    return reply;
}

Result<PullReply> SyncServer::pull(const QString& deviceId, qint64 after, int limit, qint64 refusalsAfter)
{
    ++pulls_;
    PullReply r;
    limit = std::clamp(limit, 1, options_.maxPullLimit);
    // The device's position and refusals are read BEFORE the events: whatever they count as
    // processed has its events committed already, so a page that reaches the head has them.
    const std::optional<DeviceRecord> d = store_->device(deviceId);
    r.highWater = d ? d->highWater : 0;
    r.refusals = store_->refusalsAfter(deviceId, refusalsAfter, 1000);
    Result<std::vector<ServerEvent>> events = store_->readAfter(after, limit + 1);
    if (!events) return events.refusal();
    r.events = std::move(events).value();
    if (static_cast<int>(r.events.size()) > limit) {
        r.events.pop_back();
        r.more = true;
    }
    r.head = r.events.empty() ? std::max(after, store_->head()) : r.events.back().globalSeq;
    if (r.more) r.head = store_->head();
    return r;
}

QString SyncServer::metricsText()
{
    QString out;
    const auto counter = [&](const char* name, const char* help, qint64 value) {
        out += QStringLiteral("# HELP %1 %2\n# TYPE %1 counter\n%1 %3\n").arg(QLatin1String(name), QLatin1String(help)).arg(value);
    };
    out += QStringLiteral("# HELP tracelot_events_stored Events in the authoritative log.\n# TYPE tracelot_events_stored gauge\n"
                          "tracelot_events_stored %1\n")
               .arg(store_->head());
    counter("tracelot_pushes_total", "Push requests processed.", pushes_);
    counter("tracelot_push_failures_total", "Push batches stopped by a transient error.", pushFailures_);
    counter("tracelot_commands_accepted_total", "Pushed commands accepted by the rules.", accepted_);
    counter("tracelot_commands_refused_total", "Pushed commands refused by the rules (recorded, sent back as conflicts).", refused_);
    counter("tracelot_commands_duplicate_total", "Pushed commands already processed (answered with the first answer).", duplicates_);
    counter("tracelot_events_appended_total", "Events appended by pushes since start.", eventsAppended_);
    counter("tracelot_pulls_total", "Pull requests answered.", pulls_);
    out += QStringLiteral("# HELP tracelot_push_latency_seconds Time to process one push batch.\n# TYPE tracelot_push_latency_seconds histogram\n");
    qint64 cumulative = 0;
    for (size_t i = 0; i < kBuckets.size(); ++i) {
        cumulative += latencyBuckets_[i];
        out += QStringLiteral("tracelot_push_latency_seconds_bucket{le=\"%1\"} %2\n").arg(kBuckets[i]).arg(cumulative);
    }
    cumulative += latencyBuckets_[kBuckets.size()];
    out += QStringLiteral("tracelot_push_latency_seconds_bucket{le=\"+Inf\"} %1\n").arg(cumulative);
    out += QStringLiteral("tracelot_push_latency_seconds_sum %1\n").arg(static_cast<double>(latencyMicros_.load()) / 1e6);
    out += QStringLiteral("tracelot_push_latency_seconds_count %1\n").arg(cumulative);
    return out;
}

}  // namespace tracelot::sync

#include "sync/syncengine.h"

#include "eventstore/database.h"
#include "common/clock.h"
#include "workspace/workspace.h"

#include <QSqlQuery>
#include <limits>

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcSyncEngine, "tracelot.sync.engine", QtWarningMsg)

namespace tracelot::sync {

int backoffMs(int attempt, double jitter01, int baseMs, int capMs)
{
    const double exp = std::min(static_cast<double>(capMs), baseMs * std::pow(2.0, std::max(0, attempt - 1)));
    return static_cast<int>(exp * (0.5 + jitter01));
}

SyncEngine::SyncEngine(QString databasePath, HttpsSettings settings, QObject* parent)
    : QObject(parent), path_(std::move(databasePath)), settings_(std::move(settings))
{
    qRegisterMetaType<EngineStatus>();
    qRegisterMetaType<SyncReport>();
}

SyncEngine::~SyncEngine() { stop(); }

void SyncEngine::start()
{
    if (thread_) return;
    stop_ = false;
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    interrupt_ = std::make_shared<std::atomic<bool>>(false);
    settings_.cancel = cancel_;
    settings_.interruptPoll = interrupt_;
    thread_ = QThread::create([this] { loop(); });
    thread_->start();
}

void SyncEngine::stop()
{
    if (!thread_) return;
    stop_ = true;
    if (cancel_) cancel_->store(true);  // a long-poll in flight is abandoned at once
    thread_->wait();
    delete thread_;
    thread_ = nullptr;
}

void SyncEngine::syncNow()
{
    wake_ = true;
    if (interrupt_) interrupt_->store(true);  // a long-poll in flight ends now: the push goes first
}

void SyncEngine::loop()
{
    auto opened = Workspace::open(path_);
    if (!opened) {
        EngineStatus s;
        s.lastError = opened.refusal().message;
        emit statusChanged(s);
        return;
    }
    Workspace& ws = *opened.value();
    HttpsTransport transport(settings_);
    SyncClient client(ws, transport);
    int failures = 0;
    const auto sleepFor = [&](int ms) {
        for (int waited = 0; waited < ms && !stop_ && !wake_; waited += 50) QThread::msleep(50);
        wake_ = false;
    };
    while (!stop_) {
        EngineStatus status;
        Result<SyncReport> pushed = client.push();
        Result<SyncReport> pulled = pushed ? client.pull(failures == 0 && client.state().pending == 0 ? longPollSeconds : 0) : pushed;
        if (pushed && pulled) {
            failures = 0;
            client.clearFailures();
            ws.database().setMeta(QStringLiteral("sync.last_sync_at"), QString::number(ws.clock().nowMs()));
            ws.database().setMeta(QStringLiteral("sync.last_error"), QStringLiteral(""));  // not QString(): NULL breaks the NOT NULL column
            status.online = true;
            status.state = client.state();
            emit statusChanged(status);
            if (pulled->pulled > 0 || pushed->pushed > 0) emit synced(pulled.value());
            continue;  // the long-poll paces the loop
        }
        const Refusal why = pushed ? pulled.refusal() : pushed.refusal();
        if (stop_) break;
        if (why.code == QLatin1String("sync.interrupted")) continue;  // syncNow() during a long-poll: push at once
        status.lastError = why.message;
        ws.database().setMeta(QStringLiteral("sync.last_error"), why.message);
        status.state = client.state();
        if (!isTransient(why)) {
            // TLS, authentication, client too old, a parked command: retrying will not help; wait for the user.
            emit statusChanged(status);
            sleepFor(std::numeric_limits<int>::max());
            continue;
        }
        ++failures;
        if (status.state.pending > 0) {
            QSqlQuery q(ws.database().sql());
            if (q.exec(QStringLiteral("SELECT MIN(device_seq) FROM pending_commands WHERE status = 'pending'")) && q.next())
                client.recordFailure(q.value(0).toLongLong(), why.message, maxAttempts);
        }
        status.nextAttemptInMs = backoffMs(failures, QRandomGenerator::global()->generateDouble());
        status.state = client.state();
        emit statusChanged(status);
        qCInfo(lcSyncEngine) << "sync failed:" << why.code << why.message << "next attempt in" << status.nextAttemptInMs << "ms";
        sleepFor(status.nextAttemptInMs);
    }
}

}  // namespace tracelot::sync

// The desktop's sync link (see syncservice.h).
#include "sync/syncservice.h"

#include "common/clock.h"
#include "eventstore/database.h"
#include "eventstore/eventstore.h"
#include "pipeline/commandbus.h"
#include "shell/session.h"
#include "sync/httpstransport.h"
#include "sync/syncclient.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJSEngine>
#include <QLocale>
#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcSyncUi, "tracelot.ui.sync")

namespace tracelot::ui {
namespace {
// The same meta keys as `tracelot-cli sync enrol`.
const QString kServer = QStringLiteral("sync.server_url");
const QString kCa = QStringLiteral("sync.ca_file");
const QString kSecret = QStringLiteral("sync.device_secret");
const QString kLastSync = QStringLiteral("sync.last_sync_at");
const QString kLastError = QStringLiteral("sync.last_error");

// Reading the local sync tables needs no server.
class NoTransport final : public sync::SyncTransport {
public:
    Result<sync::PushReply> push(const sync::PushRequest&) override { return refuse(QStringLiteral("sync.offline"), QString()); }
    Result<sync::PullReply> pull(qint64, int, int, qint64) override { return refuse(QStringLiteral("sync.offline"), QString()); }
};
}  // namespace

SyncService::SyncService(Session* session) : QObject(session), session_(session)
{
    setObjectName(QStringLiteral("syncService"));
    connect(session, &Session::workspaceChanged, this, &SyncService::attach);
    attach();
}

SyncService::~SyncService() { stopEngine(); }

SyncService* SyncService::of(Session* session)
{
    if (!session) return nullptr;
    if (auto* s = session->findChild<SyncService*>(QStringLiteral("syncService"), Qt::FindDirectChildrenOnly)) return s;
    return new SyncService(session);
}

void SyncService::attach()
{
    Workspace* ws = session_ ? session_->workspace() : nullptr;
    if (ws == workspace_) {  // the same database: views reloaded, nothing to restart
        refresh();
        return;
    }
    stopEngine();
    workspace_ = ws;
    if (workspace_) connect(&workspace_->bus(), &CommandBus::committed, this, &SyncService::onCommitted, Qt::UniqueConnection);
    status_ = {};
    stopped_ = false;
    restartEngine();
    refresh();
}

void SyncService::setEngineAllowed(bool allowed)
{
    engineAllowed_ = allowed;
    restartEngine();
}

void SyncService::restartEngine()
{
    stopEngine();
    settings_ = {};
    configured_ = false;
    if (!workspace_) return;
    Database& db = workspace_->database();
    settings_.server = QUrl(db.meta(kServer));
    settings_.caFile = db.meta(kCa);
    settings_.deviceId = db.deviceId();
    settings_.deviceSecret = db.meta(kSecret);
    configured_ = !settings_.server.isEmpty() && !settings_.deviceSecret.isEmpty();
    seenSeq_ = workspace_->store().lastSeq();
    reported_ = false;
    if (!configured_ || !engineAllowed_) return;
    engine_ = std::make_unique<sync::SyncEngine>(workspace_->path(), settings_);
    connect(engine_.get(), &sync::SyncEngine::statusChanged, this, &SyncService::onStatus, Qt::QueuedConnection);
    connect(engine_.get(), &sync::SyncEngine::synced, this, &SyncService::onSynced, Qt::QueuedConnection);
    engine_->start();
    qCInfo(lcSyncUi) << "sync engine started for" << settings_.server.toString();
}

void SyncService::stopEngine()
{
    if (!engine_) return;
    engine_->stop();
    engine_.reset();
}

void SyncService::refresh()
{
    if (workspace_) {
        NoTransport none;
        sync::SyncClient client(*workspace_, none);
        state_ = client.state();
        lastError_ = status_.lastError.isEmpty() ? state_.lastError : status_.lastError;
    } else {
        state_ = {};
        lastError_.clear();
    }
    emit changed();
}

void SyncService::onStatus(const sync::EngineStatus& status)
{
    status_ = status;
    reported_ = true;
    stopped_ = !status.online && status.nextAttemptInMs == 0 && !status.lastError.isEmpty();
    refresh();
}

void SyncService::onSynced(const sync::SyncReport& report)
{
    // Others' events arrived (the log grew beyond what this side wrote) or the log was
    // rebased: every view reloads from the projections.
    const qint64 last = workspace_ ? workspace_->store().lastSeq() : 0;
    if (report.rebased || last != seenSeq_) {
        seenSeq_ = last;
        if (session_) emit session_->workspaceChanged();
    }
    refresh();
}

void SyncService::onCommitted()
{
    if (workspace_) seenSeq_ = workspace_->store().lastSeq();
    if (engine_) engine_->syncNow();
    refresh();
}

void SyncService::syncNow()
{
    if (engine_) engine_->syncNow();
    else restartEngine();
    refresh();
}

void SyncService::retryParked()
{
    if (!workspace_) return;
    NoTransport none;
    sync::SyncClient(*workspace_, none).unpark();
    if (engine_) engine_->syncNow();
    refresh();
}

void SyncService::enrol(const QString& serverUrl, const QString& caFile, const QString& code, const QString& deviceName)
{
    if (!workspace_ || enrolling_) return;
    const QUrl url = QUrl::fromUserInput(serverUrl.trimmed());
    enrolMessage_.clear();
    if (url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        enrolError_ = tr("The server address must start with https:// and name the server, e.g. https://sync.example.com:8443.");
        emit enrolChanged();
        emit enrolFinished(false);
        return;
    }
    const QString ca = caFile.trimmed().isEmpty() ? QString() : QFileInfo(caFile.trimmed()).absoluteFilePath();
    if (!ca.isEmpty() && !QFileInfo(ca).isReadable()) {
        enrolError_ = tr("The certificate file %1 cannot be read.").arg(ca);
        emit enrolChanged();
        emit enrolFinished(false);
        return;
    }
    if (code.trimmed().isEmpty()) {
        enrolError_ = tr("Enter the enrolment code the administrator of the sync server gave you.");
        emit enrolChanged();
        emit enrolFinished(false);
        return;
    }
    enrolling_ = true;
    enrolError_.clear();
    emit enrolChanged();

    sync::HttpsSettings s;
    s.server = url;
    s.caFile = ca;
    s.deviceId = workspace_->database().deviceId();
    struct Outcome {
        QString secret, error;
    };
    auto out = std::make_shared<Outcome>();
    const QString name = deviceName.trimmed();
    const QString trimmedCode = code.trimmed();
    QThread* worker = QThread::create([s, out, name, trimmedCode] {  // blocking HTTPS: never on the UI thread
        sync::HttpsTransport t(s);
        Result<QString> secret = t.enrol(trimmedCode, name);
        if (secret) out->secret = secret.value();
        else out->error = secret.refusal().message;
    });
    connect(worker, &QThread::finished, this, [this, out, url, ca] { finishEnrol(url.toString(), ca, out->secret, out->error); });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void SyncService::finishEnrol(const QString& server, const QString& caFile, const QString& secret, const QString& error)
{
    enrolling_ = false;
    if (!workspace_ || secret.isEmpty()) {
        enrolError_ = error.isEmpty() ? tr("The server did not return a device secret.") : error;
        emit enrolChanged();
        emit enrolFinished(false);
        return;
    }
    Database& db = workspace_->database();
    db.setMeta(kServer, server);
    db.setMeta(kCa, caFile);
    db.setMeta(kSecret, secret);
    db.setMeta(kLastError, QString());
    enrolError_.clear();
    enrolMessage_ = tr("This workstation is enrolled with %1. Sync starts now.").arg(server);
    emit enrolChanged();
    restartEngine();
    refresh();
    emit enrolFinished(true);
}

void SyncService::disconnectServer()
{
    if (!workspace_) return;
    stopEngine();
    Database& db = workspace_->database();
    db.setMeta(kSecret, QString());
    db.setMeta(kServer, QString());
    status_ = {};
    stopped_ = false;
    restartEngine();
    refresh();
}

QString SyncService::lastSyncText() const
{
    if (state_.lastSyncAt <= 0) return tr("never");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(state_.lastSyncAt).toLocalTime(), QLocale::ShortFormat);
}

QString SyncService::stateKey() const
{
    if (!configured_) return QStringLiteral("none");
    if (status_.online) return QStringLiteral("online");
    if (stopped_) return QStringLiteral("stopped");
    if (!reported_ && engine_) return QStringLiteral("connecting");
    return QStringLiteral("offline");
}

QString SyncService::indicatorText() const
{
    QString head;
    const QString key = stateKey();
    if (key == QLatin1String("none")) head = tr("Sync: no server configured");
    else if (key == QLatin1String("online")) head = tr("Sync: online");
    else if (key == QLatin1String("stopped")) head = tr("Sync: stopped");
    else if (key == QLatin1String("connecting")) head = tr("Sync: connecting…");
    else head = tr("Sync: offline");
    QStringList parts{head};
    if (state_.pending > 0) parts << tr("%n pending", nullptr, pending());
    if (state_.conflicts > 0) parts << tr("%n conflict(s)", nullptr, conflicts());
    if (state_.parked > 0) parts << tr("%n parked", nullptr, parked());
    if (configured_) parts << tr("last sync %1").arg(lastSyncText());
    return parts.join(QStringLiteral(" · "));
}

QString SyncService::indicatorDetail() const
{
    if (!configured_) return tr("This workstation works on its own. An administrator can enrol it with a sync server under Identity & audit → Sync.");
    if (!lastError_.isEmpty() && !status_.online) return lastError_;
    return tr("Connected to %1.").arg(settings_.server.toString());
}

SyncService* SyncStatusForeign::create(QQmlEngine* qmlEngine, QJSEngine* jsEngine)
{
    Q_UNUSED(qmlEngine)
    SyncService* s = SyncService::of(Session::provided());
    if (s) jsEngine->setObjectOwnership(s, QJSEngine::CppOwnership);  // the session owns it
    return s;
}

}  // namespace tracelot::ui

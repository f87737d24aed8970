#pragma once
// The desktop's link to the sync server: one per Session (a child of it). It reads the
// enrolment (server URL, CA or pinned certificate, device secret — stored in the
// database's meta table, as `tracelot-cli sync enrol` does), runs the core SyncEngine on
// its own thread with its own connection to the database file, and turns the engine's
// status into what the status line shows: online / offline, pending commands, last sync,
// conflicts, parked batches. After the engine brought in others' events (or rebased), the
// session's views reload. Enrolment itself (an HTTPS request) runs on a worker thread too.
// QML sees it as the singleton `SyncStatus`.
#include "sync/syncengine.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqml.h>
#include <QtQml/qqmlregistration.h>
#include <memory>

class QJSEngine;
class QQmlEngine;

namespace tracelot {
class Workspace;
}

namespace tracelot::ui {

class Session;

class SyncService : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool configured READ configured NOTIFY changed)
    Q_PROPERTY(bool online READ online NOTIFY changed)
    Q_PROPERTY(int pending READ pending NOTIFY changed)
    Q_PROPERTY(int conflicts READ conflicts NOTIFY changed)
    Q_PROPERTY(int parked READ parked NOTIFY changed)
    Q_PROPERTY(QString lastSyncText READ lastSyncText NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)
    // "none" (not enrolled), "connecting" (no answer yet), "online", "offline" (retrying),
    // "stopped" (needs the user: TLS, auth, client too old)
    Q_PROPERTY(QString stateKey READ stateKey NOTIFY changed)
    Q_PROPERTY(QString indicatorText READ indicatorText NOTIFY changed)
    Q_PROPERTY(QString indicatorDetail READ indicatorDetail NOTIFY changed)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY changed)
    Q_PROPERTY(QString caFile READ caFile NOTIFY changed)
    Q_PROPERTY(QString deviceId READ deviceId NOTIFY changed)
    Q_PROPERTY(bool enrolling READ enrolling NOTIFY enrolChanged)
    Q_PROPERTY(QString enrolError READ enrolError NOTIFY enrolChanged)
    Q_PROPERTY(QString enrolMessage READ enrolMessage NOTIFY enrolChanged)

public:
    explicit SyncService(Session* session);
    ~SyncService() override;

    // The one service of a session (created on first use).
    static SyncService* of(Session* session);

    bool configured() const { return configured_; }
    bool online() const { return status_.online; }
    int pending() const { return static_cast<int>(state_.pending); }
    int conflicts() const { return static_cast<int>(state_.conflicts); }
    int parked() const { return static_cast<int>(state_.parked); }
    QString lastSyncText() const;
    QString lastError() const { return lastError_; }
    QString stateKey() const;
    QString indicatorText() const;
    QString indicatorDetail() const;
    QString serverUrl() const { return settings_.server.toString(); }
    QString caFile() const { return settings_.caFile; }
    QString deviceId() const { return settings_.deviceId; }
    bool enrolling() const { return enrolling_; }
    QString enrolError() const { return enrolError_; }
    QString enrolMessage() const { return enrolMessage_; }

    // Re-reads counts from the database (after a local command, a resolution).
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void syncNow();
    // Puts parked batches back in the queue and wakes the engine.
    Q_INVOKABLE void retryParked();
    // Exchanges a one-time enrolment code for this device's secret (on a worker thread);
    // on success the settings are stored and the engine starts. enrolChanged reports.
    Q_INVOKABLE void enrol(const QString& serverUrl, const QString& caFile, const QString& code, const QString& deviceName);
    // Forgets the server (the pending commands stay; nothing is dropped).
    Q_INVOKABLE void disconnectServer();

    // Tests: do not start the engine thread (the service still reads the database).
    void setEngineAllowed(bool allowed);
    bool engineRunning() const { return engine_ != nullptr; }

signals:
    void changed();
    void enrolChanged();
    void enrolFinished(bool ok);

private:
    void attach();
    void restartEngine();
    void stopEngine();
    void onStatus(const tracelot::sync::EngineStatus& status);
    void onSynced(const tracelot::sync::SyncReport& report);
    void onCommitted();
    void finishEnrol(const QString& server, const QString& caFile, const QString& secret, const QString& error);

    QPointer<Session> session_;
    Workspace* workspace_ = nullptr;
    sync::HttpsSettings settings_;
    bool configured_ = false;
    bool engineAllowed_ = true;
    std::unique_ptr<sync::SyncEngine> engine_;
    sync::EngineStatus status_;
    bool stopped_ = false;  // the engine waits for the user (TLS, auth, client too old)
    bool reported_ = false; // the engine has reported at least once since it started
    sync::SyncState state_;
    QString lastError_;
    qint64 seenSeq_ = 0;  // the log's last seq this side knows of (own commits included)
    bool enrolling_ = false;
    QString enrolError_;
    QString enrolMessage_;
};

// The session's SyncService as the QML singleton `SyncStatus`.
struct SyncStatusForeign {
    Q_GADGET
    QML_FOREIGN(tracelot::ui::SyncService)
    QML_NAMED_ELEMENT(SyncStatus)
    QML_SINGLETON

public:
    static SyncService* create(QQmlEngine* qmlEngine, QJSEngine* jsEngine);
};

}  // namespace tracelot::ui

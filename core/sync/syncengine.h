#pragma once
// The workstation's sync loop, off the UI thread: its own connection to the database file
// (a Workspace opened in the worker thread), the HTTPS transport, and a loop of
// push → pull (long-poll) with exponential backoff and jitter on transient errors. After
// `maxAttempts` failed attempts of the same first pending command, it is parked (visible in
// sync_parked, retried when the user asks, never dropped). Auth and TLS errors stop the loop
// until the settings change: retrying cannot fix them. State changes are signalled (queued
// to the UI thread) as plain values.
#include "sync/httpstransport.h"
#include "sync/syncclient.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>

namespace tracelot::sync {

struct EngineStatus {
    bool online = false;
    SyncState state;
    QString lastError;  // the last failure in words for the user ("" when fine)
    int nextAttemptInMs = 0;
};

// Backoff before attempt n (1-based): min(cap, base * 2^(n-1)) scaled by a jitter in [0.5, 1.5).
int backoffMs(int attempt, double jitter01, int baseMs = 1000, int capMs = 60000);

class SyncEngine : public QObject {
    Q_OBJECT
public:
    SyncEngine(QString databasePath, HttpsSettings settings, QObject* parent = nullptr);
    ~SyncEngine() override;

    void start();  // starts the worker thread
    void stop();   // asks the loop to finish and waits for it
    void syncNow();  // wakes the loop (after a local command, or the user's "sync now")

    int maxAttempts = 6;
    int longPollSeconds = 25;

signals:
    void statusChanged(const tracelot::sync::EngineStatus& status);
    void synced(const tracelot::sync::SyncReport& report);  // something arrived: views refresh

private:
    void loop();
    QString path_;
    HttpsSettings settings_;
    QThread* thread_ = nullptr;
    std::atomic<bool> stop_{false};
    std::atomic<bool> wake_{false};
    std::shared_ptr<std::atomic<bool>> cancel_;
    std::shared_ptr<std::atomic<bool>> interrupt_;
};

}  // namespace tracelot::sync

Q_DECLARE_METATYPE(tracelot::sync::EngineStatus)
Q_DECLARE_METATYPE(tracelot::sync::SyncReport)

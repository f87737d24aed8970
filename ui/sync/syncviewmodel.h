#pragma once
// View model of the Sync tabs of the Identity & audit page: the sync conflicts (what was
// tried, by whom, why it no longer holds, what the other side recorded meanwhile) with the
// two ways out — discard the change (it stays listed as discarded) or retry it differently
// (an edited payload, a NEW command through the pipeline; a refusal stays in place) — and
// the settings: enrol this workstation (server URL, CA or pinned certificate, one-time
// code), the parked batches and "retry now". The live state comes from SyncService.
#include <QAbstractListModel>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <memory>

#include "sync/syncclient.h"

Q_MOC_INCLUDE("shell/session.h")
Q_MOC_INCLUDE("sync/syncservice.h")

namespace tracelot::ui {

class Session;
class SyncService;

// The conflicts, open ones first, then the resolved ones (newest first).
class SyncConflictModel : public QAbstractListModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int open READ open NOTIFY countChanged)

public:
    enum Role {
        DeviceSeqRole = Qt::UserRole + 1,
        CommandRole,     // "MoveStock"
        TitleRole,       // "Move stock"
        ByRole,          // display name of who recorded it
        WhenRole,        // when it was recorded (local time)
        WhyRole,         // the rule's own words
        SourceRole,      // "server" / "rebase"
        ResolutionRole,  // "", "discarded", "retried"
        StatusTextRole   // "Open", "Discarded", "Retried"
    };
    explicit SyncConflictModel(QObject* parent = nullptr) : QAbstractListModel(parent) {}

    void reset(QList<sync::Conflict> rows);
    const sync::Conflict* at(int row) const { return row >= 0 && row < rows_.size() ? &rows_.at(row) : nullptr; }
    int rowOf(qint64 deviceSeq) const;
    int count() const { return static_cast<int>(rows_.size()); }
    int open() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QList<sync::Conflict> rows_;
};

class SyncViewModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(tracelot::ui::Session* session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)
    Q_PROPERTY(tracelot::ui::SyncService* status READ status NOTIFY sessionChanged)
    Q_PROPERTY(tracelot::ui::SyncConflictModel* conflicts READ conflicts CONSTANT)
    Q_PROPERTY(int currentRow READ currentRow WRITE setCurrentRow NOTIFY currentChanged)
    // The selected conflict: { deviceSeq, title, command, by, when, why, source, resolution,
    // tried: [{label, value}], otherSide: [{who, what, when, device}], payloadText }.
    Q_PROPERTY(QVariantMap current READ current NOTIFY currentChanged)
    Q_PROPERTY(QString actionError READ actionError NOTIFY actionChanged)
    Q_PROPERTY(QString actionMessage READ actionMessage NOTIFY actionChanged)
    Q_PROPERTY(bool canResolve READ canResolve NOTIFY permissionsChanged)
    Q_PROPERTY(bool canEnrol READ canEnrol NOTIFY permissionsChanged)
    Q_PROPERTY(QString enrolNote READ enrolNote NOTIFY permissionsChanged)
    Q_PROPERTY(QVariantList parked READ parked NOTIFY parkedChanged)

public:
    explicit SyncViewModel(QObject* parent = nullptr);
    explicit SyncViewModel(Session* session, QObject* parent = nullptr);
    ~SyncViewModel() override;

    Session* session() const { return session_; }
    void setSession(Session* session);
    SyncService* status() const;
    SyncConflictModel* conflicts() const { return conflicts_.get(); }
    int currentRow() const { return currentRow_; }
    void setCurrentRow(int row);
    QVariantMap current() const;
    QString actionError() const { return actionError_; }
    QString actionMessage() const { return actionMessage_; }
    bool canResolve() const;
    bool canEnrol() const;
    QString enrolNote() const;
    QVariantList parked() const { return parked_; }

    // Re-reads conflicts and parked batches.
    Q_INVOKABLE void reload();
    // Gives up the selected change; it stays listed as discarded.
    Q_INVOKABLE bool discard();
    // Runs the selected change again as a new command with `payloadJson` (edited by the
    // user); a refusal stays in actionError and the conflict stays open.
    Q_INVOKABLE bool retry(const QString& payloadJson);
    Q_INVOKABLE void clearAction();
    Q_INVOKABLE void enrol(const QString& serverUrl, const QString& caFile, const QString& code, const QString& deviceName);
    Q_INVOKABLE void retryParked();
    Q_INVOKABLE void syncNow();
    // "file:///x/ca.pem" from a file dialog → "/x/ca.pem".
    Q_INVOKABLE QString localFile(const QUrl& url) const;
    Q_INVOKABLE QString suggestedDeviceName() const;

signals:
    void sessionChanged();
    void currentChanged();
    void actionChanged();
    void permissionsChanged();
    void parkedChanged();

private:
    void attach();
    void setAction(const QString& error, const QString& message);
    QString describeValue(const QString& key, const QJsonValue& value) const;

    QPointer<Session> session_;
    std::unique_ptr<SyncConflictModel> conflicts_;
    int currentRow_ = -1;
    QString actionError_;
    QString actionMessage_;
    QVariantList parked_;
};

}  // namespace tracelot::ui

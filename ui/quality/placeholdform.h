#pragma once
// The "place hold" form (QA inbox and stock page): the lot (found by lot code or
// product), optionally one location and a quantity there, and the reason people will
// read on the holds register. Runs PlaceHold; a refusal stays in the form.
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

Q_MOC_INCLUDE("shell/session.h")

namespace tracelot::ui {

class Session;

class PlaceHoldForm : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(tracelot::ui::Session* session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)
    Q_PROPERTY(QVariantMap lot READ lot NOTIFY lotChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QString errorField READ errorField NOTIFY errorChanged)
    Q_PROPERTY(QString placedNumber READ placedNumber NOTIFY placed)
    Q_PROPERTY(QString placedHoldId READ placedHoldId NOTIFY placed)
    Q_PROPERTY(bool canPlace READ canPlace NOTIFY permissionsChanged)
    Q_PROPERTY(QString permissionNote READ permissionNote NOTIFY permissionsChanged)

public:
    explicit PlaceHoldForm(QObject* parent = nullptr);
    explicit PlaceHoldForm(Session* session, QObject* parent = nullptr);

    Session* session() const { return session_; }
    void setSession(Session* session);
    QVariantMap lot() const { return lot_; }
    QString errorMessage() const { return errorMessage_; }
    QString errorField() const { return errorField_; }
    QString placedNumber() const { return placedNumber_; }
    QString placedHoldId() const { return placedHoldId_; }
    bool canPlace() const;
    QString permissionNote() const;

    // Starts with a lot ("" to choose one).
    Q_INVOKABLE void start(const QString& lotId);
    Q_INVOKABLE QVariantList findLots(const QString& search) const;
    Q_INVOKABLE void chooseLot(const QString& lotId);
    // locationId "" = the whole lot; quantity "" = all of it (at that location).
    Q_INVOKABLE bool place(const QString& locationId, const QString& quantity, const QString& reason);

signals:
    void sessionChanged();
    void lotChanged();
    void errorChanged();
    void placed();
    void permissionsChanged();

private:
    bool fail(const QString& message, const QString& field);

    QPointer<Session> session_;
    QVariantMap lot_;
    QString errorMessage_, errorField_, placedNumber_, placedHoldId_;
};

}  // namespace tracelot::ui

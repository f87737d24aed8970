#pragma once
// The plumbing every page view model that runs commands shares: the session it works in
// (the signed-in actor and the open workspace), the outcome of the last action (error, the
// form field the error belongs to, notice), executing a command as the signed-in user and
// showing its refusal in place, and the permissions table the page enables its buttons
// from. The table only reflects the roles of each command's spec: the core enforces them.
//
// A page derives from it, lists its commands in commandTable() (worded with its own tr()),
// and reacts to a new workspace in workspaceAttached() and to commits in committed().
#include "common/result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <utility>

Q_MOC_INCLUDE("shell/session.h")

class QJsonObject;

namespace tracelot {
struct Outcome;
class Workspace;
} // namespace tracelot

namespace tracelot::ui {

class Session;

class CommandViewModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("CommandViewModel is the base of the page view models")
    Q_PROPERTY(tracelot::ui::Session* session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)
    Q_PROPERTY(QString error READ error NOTIFY messageChanged)
    Q_PROPERTY(QString errorField READ errorField NOTIFY messageChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY messageChanged)
    // command name → { allowed: bool, note: "… needs the … role." } for the commands of commandTable().
    Q_PROPERTY(QVariantMap permissions READ permissions NOTIFY permissionsChanged)

public:
    explicit CommandViewModel(QObject* parent = nullptr);

    Session* session() const { return session_; }
    // Follows the session's workspace (workspaceAttached) and user (permissionsChanged).
    void setSession(Session* session);
    QString error() const { return error_; }
    QString errorField() const { return errorField_; }
    QString notice() const { return notice_; }
    QVariantMap permissions() const;

    Q_INVOKABLE void clearMessages();

signals:
    void sessionChanged();
    void messageChanged();
    void permissionsChanged();

protected:
    // The open workspace, or nullptr (no session, or no database open).
    Workspace* workspace() const;
    // Whether the signed-in user may run `command`, and the sentence for a disabled action
    // ("Receiving needs the Warehouse manager role."; "" when allowed).
    bool mayRun(const QString& command) const;
    QString needs(const QString& what, const QString& command) const;

    // Runs `command` as the signed-in user. Without an open database: the refusal
    // "ui.no_database". Nothing is shown; see refused().
    Result<Outcome> execute(const QString& command, const QJsonObject& payload) const;
    // Shows a refusal where the action was taken: a failed e-signature on the password
    // field, well-known refusals translated, others as the core worded them. Returns false.
    bool refused(const Refusal& refusal);
    // The outcome of an action: an error (optionally on a form field) or a notice. They
    // replace each other; both return what the action returns.
    bool fail(const QString& message, const QString& field = {});
    bool succeed(const QString& message);

    // The commands the page offers: command name → what it does ("Shipping"), translated
    // by the page. permissions() lists them in this order.
    virtual QList<std::pair<QString, QString>> commandTable() const { return {}; }
    // The session's workspace was opened or replaced (also when the session is set).
    virtual void workspaceAttached() { }
    // A command was committed on the workspace (any user, any page).
    virtual void committed(const Outcome& outcome) { Q_UNUSED(outcome) }

private:
    void attach();

    QPointer<Session> session_;
    QMetaObject::Connection busConnection_;
    QString error_, errorField_, notice_;
};

} // namespace tracelot::ui

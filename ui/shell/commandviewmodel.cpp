// The shared plumbing of the page view models (see commandviewmodel.h).
#include "shell/commandviewmodel.h"

#include "inventory/commandaccess.h"
#include "pipeline/commandbus.h"
#include "shell/session.h"
#include "shell/uitext.h"
#include "workspace/workspace.h"

#include <QJsonObject>

namespace tracelot::ui {

CommandViewModel::CommandViewModel(QObject* parent) : QObject(parent) { }

void CommandViewModel::setSession(Session* session)
{
    if (session_ == session) return;
    if (session_) disconnect(session_, nullptr, this, nullptr);
    session_ = session;
    if (session_) {
        connect(session_, &Session::workspaceChanged, this, &CommandViewModel::attach);
        connect(session_, &Session::userChanged, this, &CommandViewModel::permissionsChanged);
    }
    attach();
    emit sessionChanged();
    emit permissionsChanged();
}

void CommandViewModel::attach()
{
    disconnect(busConnection_);
    if (Workspace* ws = workspace()) busConnection_ = connect(&ws->bus(), &CommandBus::committed, this, &CommandViewModel::committed);
    workspaceAttached();
}

Workspace* CommandViewModel::workspace() const
{
    return session_ ? session_->workspace() : nullptr;
}

bool CommandViewModel::mayRun(const QString& command) const
{
    return access::mayRun(session_, command);
}

QString CommandViewModel::needs(const QString& what, const QString& command) const
{
    return access::needs(session_, what, command);
}

QVariantMap CommandViewModel::permissions() const
{
    QVariantMap out;
    for (const auto& [command, what] : commandTable())
        out.insert(command, QVariantMap { { QStringLiteral("allowed"), mayRun(command) }, { QStringLiteral("note"), needs(what, command) } });
    return out;
}

Result<Outcome> CommandViewModel::execute(const QString& command, const QJsonObject& payload) const
{
    Workspace* ws = workspace();
    if (!ws) return refuse(QStringLiteral("ui.no_database"), tr("No database is open."));
    return ws->execute(session_->actor(), command, payload);
}

bool CommandViewModel::refused(const Refusal& refusal)
{
    if (refusal.code.endsWith(QLatin1String(".signature_failed")))
        return fail(tr("The password is not correct, so nothing was signed. This attempt has been logged."), QStringLiteral("password"));
    return fail(text::refusal(refusal));
}

void CommandViewModel::clearMessages()
{
    error_.clear();
    errorField_.clear();
    notice_.clear();
    emit messageChanged();
}

bool CommandViewModel::fail(const QString& message, const QString& field)
{
    error_ = message;
    errorField_ = field;
    notice_.clear();
    emit messageChanged();
    return false;
}

bool CommandViewModel::succeed(const QString& message)
{
    error_.clear();
    errorField_.clear();
    notice_ = message;
    emit messageChanged();
    return true;
}

} // namespace tracelot::ui

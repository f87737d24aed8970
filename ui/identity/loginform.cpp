// Sign-in view model (see loginform.h).
#include "identity/loginform.h"

#include "identity/identitymodule.h"
#include "shell/session.h"
#include "shell/uitext.h"
#include "workspace/workspace.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLogin, "tracelot.ui.login")

namespace tracelot::ui {

LoginForm::LoginForm(QObject* parent) : QObject(parent) {}

LoginForm::LoginForm(Session* session, QObject* parent) : QObject(parent), session_(session) {}

void LoginForm::setSession(Session* session)
{
    if (session_ == session) return;
    session_ = session;
    emit sessionChanged();
}

bool LoginForm::submit(const QString& username, const QString& password)
{
    if (!session_ || !session_->workspace()) return fail(tr("No database is open."), {});
    if (username.trimmed().isEmpty()) return fail(tr("Enter your user name."), QStringLiteral("username"));
    if (password.isEmpty()) return fail(tr("Enter your password."), QStringLiteral("password"));
    Result<Actor> actor = session_->workspace()->directory().signIn(username, password);
    if (!actor) {
        qCInfo(lcLogin) << "sign-in refused:" << actor.refusal().code;
        return fail(text::refusal(actor.refusal()), QStringLiteral("password"));
    }
    clearError();
    session_->begin(actor.value());
    return true;
}

void LoginForm::clearError()
{
    if (errorMessage_.isEmpty() && errorField_.isEmpty()) return;
    errorMessage_.clear();
    errorField_.clear();
    emit errorChanged();
}

bool LoginForm::fail(const QString& message, const QString& field)
{
    errorMessage_ = message;
    errorField_ = field;
    emit errorChanged();
    return false;
}

}  // namespace tracelot::ui

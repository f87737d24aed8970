// First-start view model (see setupform.h).
#include "identity/setupform.h"

#include "demo/demodata.h"
#include "identity/identitymodule.h"
#include "identity/password.h"
#include "shell/session.h"
#include "shell/uitext.h"
#include "workspace/workspace.h"

#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSetup, "tracelot.ui.setup")

namespace tracelot::ui {

QString identityFieldOf(const QString& code)
{
    if (code.startsWith(QLatin1String("identity.username"))) return QStringLiteral("username");
    if (code == QLatin1String("identity.name_missing")) return QStringLiteral("displayName");
    if (code.startsWith(QLatin1String("identity.password"))) return QStringLiteral("password");
    return {};
}

SetupForm::SetupForm(QObject* parent) : QObject(parent) {}

SetupForm::SetupForm(Session* session, QObject* parent) : QObject(parent), session_(session) {}

void SetupForm::setSession(Session* session)
{
    if (session_ == session) return;
    session_ = session;
    emit sessionChanged();
}

int SetupForm::minimumPasswordLength() const { return kMinPasswordLength; }

bool SetupForm::submit(const QString& username, const QString& displayName, const QString& password, const QString& passwordAgain,
                       bool loadDemoData)
{
    if (!session_ || !session_->workspace()) return fail(tr("No database is open."), {});
    if (password != passwordAgain) return fail(tr("The two passwords are not the same. Type the password again in both fields."), QStringLiteral("passwordAgain"));

    Workspace& ws = *session_->workspace();
    const QJsonObject payload{{QStringLiteral("username"), username.trimmed()},
                              {QStringLiteral("display_name"), displayName.trimmed()},
                              {QStringLiteral("password"), password}};
    Result<Outcome> created = ws.execute(Actor{}, QStringLiteral("CreateFirstAdmin"), payload);
    if (!created) return fail(text::refusal(created.refusal()), identityFieldOf(created.refusal().code));

    Result<Actor> admin = ws.directory().signIn(username, password);
    if (!admin) return fail(text::refusal(admin.refusal()), {});  // cannot happen: just created

    QString notice;
    bool problem = false;
    if (loadDemoData) {
        Result<demo::Summary> loaded = demo::load(ws, admin.value());
        if (loaded) {
            const demo::Summary& s = loaded.value();
            notice = tr("Demo data loaded: %1 products, %2 suppliers, %3 customers and %4 locations.")
                         .arg(s.products)
                         .arg(s.suppliers)
                         .arg(s.customers)
                         .arg(s.locations);
        } else {
            // The administrator exists now; say what went wrong instead of hiding it.
            qCWarning(lcSetup) << "demo data refused:" << loaded.refusal().code << loaded.refusal().message;
            notice = tr("Your account is ready, but the demo data could not be loaded: %1").arg(loaded.refusal().message);
            problem = true;
        }
    }
    clearError();
    session_->begin(admin.value());
    session_->setNotice(notice, problem);
    return true;
}

void SetupForm::clearError()
{
    if (errorMessage_.isEmpty() && errorField_.isEmpty()) return;
    errorMessage_.clear();
    errorField_.clear();
    emit errorChanged();
}

bool SetupForm::fail(const QString& message, const QString& field)
{
    errorMessage_ = message;
    errorField_ = field;
    emit errorChanged();
    return false;
}

}  // namespace tracelot::ui

// Identity & audit view model (see identityviewmodel.h).
#include "identity/identityviewmodel.h"

#include "identity/password.h"
#include "identity/roles.h"
#include "identity/setupform.h"
#include "identity/usersmodel.h"
#include "shell/session.h"
#include "shell/uitext.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QVariantMap>

Q_LOGGING_CATEGORY(lcIdentity, "tracelot.ui.identity")

namespace tracelot::ui {

IdentityViewModel::IdentityViewModel(QObject* parent) : CommandViewModel(parent), users_(new UsersModel(this)) { }

IdentityViewModel::IdentityViewModel(Session* session, QObject* parent) : IdentityViewModel(parent) { setSession(session); }

void IdentityViewModel::workspaceAttached()
{
    users_->setWorkspace(workspace());
}

QVariantList IdentityViewModel::roleOptions() const
{
    QVariantList out;
    for (const QString& r : allRoles()) out << QVariantMap{{QStringLiteral("key"), r}, {QStringLiteral("label"), text::roleLabel(r)}};
    return out;
}

int IdentityViewModel::minimumPasswordLength() const { return kMinPasswordLength; }

bool IdentityViewModel::canAdminister() const
{
    return session() && session()->isAdmin();
}

bool IdentityViewModel::createUser(const QString& username, const QString& displayName, const QString& password, const QString& passwordAgain,
                                   const QStringList& roles)
{
    if (!workspace()) return failCreate(tr("No database is open."), {});
    if (password != passwordAgain)
        return failCreate(tr("The two passwords are not the same. Type the password again in both fields."), QStringLiteral("passwordAgain"));
    const QJsonObject payload{{QStringLiteral("username"), username.trimmed()},
                              {QStringLiteral("display_name"), displayName.trimmed()},
                              {QStringLiteral("password"), password},
                              {QStringLiteral("roles"), QJsonArray::fromStringList(roles)}};
    Result<Outcome> r = execute(QStringLiteral("CreateUser"), payload);
    if (!r) return failCreate(text::refusal(r.refusal()), identityFieldOf(r.refusal().code));
    qCInfo(lcIdentity) << "user created:" << username.trimmed();
    clearCreateError();
    return true;
}

bool IdentityViewModel::setRole(const QString& userId, const QString& role, bool granted)
{
    if (!workspace()) return failRole(tr("No database is open."));
    const QJsonObject payload{{QStringLiteral("user_id"), userId}, {QStringLiteral("role"), role}};
    Result<Outcome> r = execute(granted ? QStringLiteral("GrantRole") : QStringLiteral("RevokeRole"), payload);
    if (!r) return failRole(text::refusal(r.refusal()));
    clearRoleError();
    return true;
}

bool IdentityViewModel::deactivate(const QString& userId)
{
    if (!workspace()) return failRole(tr("No database is open."));
    Result<Outcome> r = execute(QStringLiteral("DeactivateUser"), { { QStringLiteral("user_id"), userId } });
    if (!r) return failRole(text::refusal(r.refusal()));
    clearRoleError();
    return true;
}

void IdentityViewModel::verifyAudit()
{
    if (!workspace()) return;
    const AuditReport report = workspace()->verify();
    auditChecked_ = true;
    auditOk_ = report.ok();
    // The problems are listed as the core words them (event numbers, tables); the good
    // news is translated.
    auditText_ = auditOk_ ? tr("The audit trail is intact: %1 events checked, the hash chain is unbroken and every list matches a rebuild from the events.")
                                .arg(report.eventsChecked)
                          : report.text();
    if (!auditOk_) qCWarning(lcIdentity) << "audit trail problems:" << report.problems.size();
    emit auditChanged();
}

void IdentityViewModel::clearCreateError()
{
    if (createError_.isEmpty() && createErrorField_.isEmpty()) return;
    createError_.clear();
    createErrorField_.clear();
    emit createErrorChanged();
}

void IdentityViewModel::clearRoleError()
{
    if (roleError_.isEmpty()) return;
    roleError_.clear();
    emit roleErrorChanged();
}

bool IdentityViewModel::failCreate(const QString& message, const QString& field)
{
    createError_ = message;
    createErrorField_ = field;
    emit createErrorChanged();
    return false;
}

bool IdentityViewModel::failRole(const QString& message)
{
    roleError_ = message;
    emit roleErrorChanged();
    return false;
}

}  // namespace tracelot::ui

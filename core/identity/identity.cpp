#include "identity/identity.h"

#include "identity/roles.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace tracelot::identity {

QString normaliseUsername(const QString& raw) { return raw.trimmed().toLower(); }

QString usernameProblem(const QString& username)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9._-]{1,31}$"));
    if (!re.match(username).hasMatch())
        return QStringLiteral("A user name is 2 to 32 characters: letters, digits, dot, dash or underscore, starting with a letter.");
    return {};
}

UserState evolve(UserState s, const Event& e)
{
    const QJsonObject& p = e.payload;
    if (e.type == QLatin1String("user.created")) {
        s.exists = true;
        s.userId = p.value(QLatin1String("user_id")).toString();
        s.username = p.value(QLatin1String("username")).toString();
        s.displayName = p.value(QLatin1String("display_name")).toString();
        s.password = PasswordHash::fromJson(p.value(QLatin1String("password")).toObject());
        s.active = true;
    } else if (e.type == QLatin1String("role.granted")) {
        s.roles.insert(p.value(QLatin1String("role")).toString());
    } else if (e.type == QLatin1String("role.revoked")) {
        s.roles.remove(p.value(QLatin1String("role")).toString());
    } else if (e.type == QLatin1String("user.password_changed")) {
        s.password = PasswordHash::fromJson(p.value(QLatin1String("password")).toObject());
    } else if (e.type == QLatin1String("user.deactivated")) {
        s.active = false;
    }
    return s;
}

UserState fold(const Events& events)
{
    UserState s;
    for (const Event& e : events) s = evolve(std::move(s), e);
    return s;
}

namespace {
NewEvent roleEvent(const QString& type, const QString& userId, const QString& role)
{
    return {type, userStream(userId), {{QStringLiteral("user_id"), userId}, {QStringLiteral("role"), role}}};
}
}  // namespace

Result<NewEvents> decideCreateUser(const UserState& current, const CreateUser& cmd, const UserFacts& facts)
{
    if (current.exists) return refuse(QStringLiteral("identity.user_exists"), QStringLiteral("A user with id %1 already exists.").arg(cmd.userId));
    if (const QString p = usernameProblem(cmd.username); !p.isEmpty()) return refuse(QStringLiteral("identity.username_invalid"), p);
    if (facts.usernameTaken)
        return refuse(QStringLiteral("identity.username_taken"), QStringLiteral("The user name \"%1\" is already taken.").arg(cmd.username));
    if (cmd.displayName.trimmed().isEmpty())
        return refuse(QStringLiteral("identity.name_missing"), QStringLiteral("Please give the person's full name; it is printed on signatures."));
    if (!cmd.password.isValid())
        return refuse(QStringLiteral("identity.password_invalid"), QStringLiteral("The password could not be stored safely."));
    for (const QString& r : cmd.roles)
        if (!isRole(r)) return refuse(QStringLiteral("identity.role_unknown"), QStringLiteral("There is no role called \"%1\".").arg(r));

    NewEvents out;
    out.push_back({QStringLiteral("user.created"), userStream(cmd.userId),
                   {{QStringLiteral("user_id"), cmd.userId},
                    {QStringLiteral("username"), cmd.username},
                    {QStringLiteral("display_name"), cmd.displayName.trimmed()},
                    {QStringLiteral("password"), cmd.password.toJson()}}});
    QStringList roles = cmd.roles;
    roles.removeDuplicates();
    for (const QString& r : roles) out.push_back(roleEvent(QStringLiteral("role.granted"), cmd.userId, r));
    return out;
}

Result<NewEvents> decideCreateFirstAdmin(const UserState& current, const CreateUser& cmd, const UserFacts& facts)
{
    if (facts.userCount > 0)
        return refuse(QStringLiteral("identity.already_set_up"),
                      QStringLiteral("This database already has users; an administrator must create new ones."));
    CreateUser admin = cmd;
    admin.roles = QStringList{role::Admin};
    return decideCreateUser(current, admin, facts);
}

Result<NewEvents> decideGrantRole(const UserState& user, const QString& role)
{
    if (!user.exists) return refuse(QStringLiteral("identity.user_unknown"), QStringLiteral("There is no such user."));
    if (!isRole(role)) return refuse(QStringLiteral("identity.role_unknown"), QStringLiteral("There is no role called \"%1\".").arg(role));
    if (!user.active) return refuse(QStringLiteral("identity.user_inactive"), QStringLiteral("%1 is deactivated.").arg(user.username));
    if (user.roles.contains(role))
        return refuse(QStringLiteral("identity.role_already_granted"), QStringLiteral("%1 already has the role %2.").arg(user.username, roleLabel(role)));
    return NewEvents{roleEvent(QStringLiteral("role.granted"), user.userId, role)};
}

Result<NewEvents> decideRevokeRole(const UserState& user, const QString& role, const UserFacts& facts)
{
    if (!user.exists) return refuse(QStringLiteral("identity.user_unknown"), QStringLiteral("There is no such user."));
    if (!user.roles.contains(role))
        return refuse(QStringLiteral("identity.role_not_granted"), QStringLiteral("%1 does not have the role %2.").arg(user.username, roleLabel(role)));
    if (role == role::Admin && user.active && facts.activeAdmins <= 1)
        return refuse(QStringLiteral("identity.last_admin"),
                      QStringLiteral("%1 is the last administrator; make someone else an administrator first.").arg(user.username));
    return NewEvents{roleEvent(QStringLiteral("role.revoked"), user.userId, role)};
}

Result<NewEvents> decideChangePassword(const UserState& user, const PasswordHash& password)
{
    if (!user.exists) return refuse(QStringLiteral("identity.user_unknown"), QStringLiteral("There is no such user."));
    if (!password.isValid()) return refuse(QStringLiteral("identity.password_invalid"), QStringLiteral("The password could not be stored safely."));
    return NewEvents{{QStringLiteral("user.password_changed"), userStream(user.userId),
                      {{QStringLiteral("user_id"), user.userId}, {QStringLiteral("password"), password.toJson()}}}};
}

Result<NewEvents> decideDeactivateUser(const UserState& user, const QString& actorUserId, const UserFacts& facts)
{
    if (!user.exists) return refuse(QStringLiteral("identity.user_unknown"), QStringLiteral("There is no such user."));
    if (!user.active) return refuse(QStringLiteral("identity.user_inactive"), QStringLiteral("%1 is already deactivated.").arg(user.username));
    if (user.userId == actorUserId)
        return refuse(QStringLiteral("identity.self_deactivation"), QStringLiteral("You cannot deactivate your own account."));
    if (user.roles.contains(role::Admin) && facts.activeAdmins <= 1)
        return refuse(QStringLiteral("identity.last_admin"), QStringLiteral("%1 is the last administrator.").arg(user.username));
    return NewEvents{{QStringLiteral("user.deactivated"), userStream(user.userId), {{QStringLiteral("user_id"), user.userId}}}};
}

}  // namespace tracelot::identity

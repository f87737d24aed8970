// Identity: the projection (identity_users, identity_user_roles), the commands and sign-in.
#include "identity/identitymodule.h"

#include "common/ids.h"
#include "eventstore/eventstore.h"
#include "identity/identity.h"
#include "identity/roles.h"
#include "projections/projections.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace tracelot::identity {
namespace {

Status sqlFailed(const QSqlQuery& q) { return refuse(QStringLiteral("projection.failed"), q.lastError().text()); }

class IdentityProjection final : public Projection {
public:
    QString name() const override { return QStringLiteral("identity"); }
    int schemaVersion() const override { return 1; }
    QStringList eventTypes() const override
    {
        return {QStringLiteral("user.created"), QStringLiteral("role.granted"), QStringLiteral("role.revoked"),
                QStringLiteral("user.password_changed"), QStringLiteral("user.deactivated")};
    }
    QStringList tables() const override { return {QStringLiteral("identity_users"), QStringLiteral("identity_user_roles")}; }

    Status create(QSqlDatabase& db) override
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS identity_users (user_id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE,"
                                   " display_name TEXT NOT NULL, password TEXT NOT NULL, active INTEGER NOT NULL, created_at INTEGER NOT NULL)"))
            || !q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS identity_user_roles (user_id TEXT NOT NULL, role TEXT NOT NULL,"
                                      " granted_at INTEGER NOT NULL, PRIMARY KEY (user_id, role)) WITHOUT ROWID")))
            return sqlFailed(q);
        db_ = db;
        return ok();
    }

    Status apply(const Event& e) override
    {
        const QJsonObject& p = e.payload;
        QSqlQuery q(db_);
        const QString userId = p.value(QLatin1String("user_id")).toString();
        if (e.type == QLatin1String("user.created")) {
            q.prepare(QStringLiteral("INSERT INTO identity_users VALUES(?, ?, ?, ?, 1, ?)"));
            q.addBindValue(userId);
            q.addBindValue(p.value(QLatin1String("username")).toString());
            q.addBindValue(p.value(QLatin1String("display_name")).toString());
            q.addBindValue(QString::fromUtf8(QJsonDocument(p.value(QLatin1String("password")).toObject()).toJson(QJsonDocument::Compact)));
            q.addBindValue(e.occurredAt);
        } else if (e.type == QLatin1String("role.granted")) {
            q.prepare(QStringLiteral("INSERT OR REPLACE INTO identity_user_roles VALUES(?, ?, ?)"));
            q.addBindValue(userId);
            q.addBindValue(p.value(QLatin1String("role")).toString());
            q.addBindValue(e.occurredAt);
        } else if (e.type == QLatin1String("role.revoked")) {
            q.prepare(QStringLiteral("DELETE FROM identity_user_roles WHERE user_id = ? AND role = ?"));
            q.addBindValue(userId);
            q.addBindValue(p.value(QLatin1String("role")).toString());
        } else if (e.type == QLatin1String("user.password_changed")) {
            q.prepare(QStringLiteral("UPDATE identity_users SET password = ? WHERE user_id = ?"));
            q.addBindValue(QString::fromUtf8(QJsonDocument(p.value(QLatin1String("password")).toObject()).toJson(QJsonDocument::Compact)));
            q.addBindValue(userId);
        } else if (e.type == QLatin1String("user.deactivated")) {
            q.prepare(QStringLiteral("UPDATE identity_users SET active = 0 WHERE user_id = ?"));
            q.addBindValue(userId);
        } else {
            return ok();
        }
        return q.exec() ? ok() : sqlFailed(q);
    }

private:
    QSqlDatabase db_;
};

UserFacts factsFor(QSqlDatabase& db, const QString& username)
{
    Directory dir(db);
    UserFacts f;
    f.userCount = dir.userCount();
    f.activeAdmins = dir.activeAdminCount();
    f.usernameTaken = !username.isEmpty() && dir.byUsername(username).has_value();
    return f;
}

QString str(const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toString(); }

Result<QJsonObject> resolveNewUser(const QJsonObject& in, ResolveContext& ctx)
{
    QJsonObject out = in;
    const QString password = str(in, "password");
    if (const QString problem = passwordProblem(password); !problem.isEmpty())
        return refuse(QStringLiteral("identity.password_weak"), problem);
    out.remove(QStringLiteral("password"));
    out.insert(QStringLiteral("password_hash"), hashPassword(password).toJson());  // plaintext never stored
    out.insert(QStringLiteral("username"), normaliseUsername(str(in, "username")));
    if (str(in, "user_id").isEmpty()) out.insert(QStringLiteral("user_id"), ctx.ids.next());
    return out;
}

CreateUser createUserFrom(const QJsonObject& p)
{
    CreateUser c;
    c.userId = str(p, "user_id");
    c.username = str(p, "username");
    c.displayName = str(p, "display_name");
    for (const QJsonValue& r : p.value(QLatin1String("roles")).toArray()) c.roles << r.toString();
    c.password = PasswordHash::fromJson(p.value(QLatin1String("password_hash")).toObject());
    return c;
}

UserState loadUser(HandlerContext& ctx, const QString& userId) { return fold(ctx.store.readStream(userStream(userId))); }

Result<QString> userIdFrom(HandlerContext& ctx, const QJsonObject& p)
{
    if (!str(p, "user_id").isEmpty()) return str(p, "user_id");
    if (auto u = Directory(ctx.db).byUsername(normaliseUsername(str(p, "username")))) return u->userId;
    return refuse(QStringLiteral("identity.user_unknown"), QStringLiteral("There is no user called \"%1\".").arg(str(p, "username")));
}

const FieldDoc kUserRef[] = {
    {QStringLiteral("username"), FieldType::Text, false, QStringLiteral("the user's sign-in name (or give user_id)"), {}},
    {QStringLiteral("user_id"), FieldType::Text, false, QStringLiteral("the user's id (or give username)"), {}},
};

}  // namespace

void install(Registrar& r)
{
    r.projections.add(std::make_unique<IdentityProjection>());

    const QList<FieldDoc> newUserFields = {
        {QStringLiteral("username"), FieldType::Text, true, QStringLiteral("sign-in name: 2–32 letters, digits, . _ -"), {}},
        {QStringLiteral("display_name"), FieldType::Text, true, QStringLiteral("full name, printed on signatures"), {}},
        {QStringLiteral("password"), FieldType::Text, true, QStringLiteral("at least 10 characters; only a PBKDF2 hash is stored"), {}},
        {QStringLiteral("user_id"), FieldType::Text, false, QStringLiteral("UUID; generated when absent"), {}},
    };

    CommandSpec first;
    first.name = QStringLiteral("CreateFirstAdmin");
    first.context = QStringLiteral("identity");
    first.summary = QStringLiteral("Create the first administrator of a new database. Refused once any user exists.");
    first.allowWithoutUser = true;
    first.fields = newUserFields;
    first.emits = {QStringLiteral("user.created"), QStringLiteral("role.granted")};
    first.resolve = resolveNewUser;
    first.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
        const CreateUser cmd = createUserFrom(p);
        return decideCreateFirstAdmin(loadUser(ctx, cmd.userId), cmd, factsFor(ctx.db, cmd.username));
    };
    r.commands.add(first);

    CommandSpec create;
    create.name = QStringLiteral("CreateUser");
    create.context = QStringLiteral("identity");
    create.summary = QStringLiteral("Create a user with a password and optional roles.");
    create.roles = {role::Admin};
    create.fields = newUserFields;
    create.fields.append({QStringLiteral("roles"), FieldType::Array, false, QStringLiteral("role names: ") + allRoles().join(QStringLiteral(", ")), {}});
    create.emits = first.emits;
    create.resolve = resolveNewUser;
    create.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
        const CreateUser cmd = createUserFrom(p);
        return decideCreateUser(loadUser(ctx, cmd.userId), cmd, factsFor(ctx.db, cmd.username));
    };
    r.commands.add(create);

    for (const bool grant : {true, false}) {
        CommandSpec s;
        s.name = grant ? QStringLiteral("GrantRole") : QStringLiteral("RevokeRole");
        s.context = QStringLiteral("identity");
        s.summary = grant ? QStringLiteral("Give a user a role.") : QStringLiteral("Take a role away from a user. The last administrator keeps theirs.");
        s.roles = {role::Admin};
        s.fields = {kUserRef[0], kUserRef[1], {QStringLiteral("role"), FieldType::Enum, true, QStringLiteral("the role"), allRoles()}};
        s.emits = {grant ? QStringLiteral("role.granted") : QStringLiteral("role.revoked")};
        s.handle = [grant](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
            Result<QString> id = userIdFrom(ctx, p);
            if (!id) return id.refusal();
            const UserState user = loadUser(ctx, id.value());
            return grant ? decideGrantRole(user, str(p, "role")) : decideRevokeRole(user, str(p, "role"), factsFor(ctx.db, {}));
        };
        r.commands.add(s);
    }

    CommandSpec pw;
    pw.name = QStringLiteral("ChangePassword");
    pw.context = QStringLiteral("identity");
    pw.summary = QStringLiteral("Set a new password (your own, or anyone's as an administrator).");
    pw.fields = {kUserRef[0], kUserRef[1], {QStringLiteral("password"), FieldType::Text, true, QStringLiteral("the new password, at least 10 characters"), {}}};
    pw.emits = {QStringLiteral("user.password_changed")};
    pw.resolve = [](const QJsonObject& in, ResolveContext&) -> Result<QJsonObject> {
        if (const QString problem = passwordProblem(str(in, "password")); !problem.isEmpty())
            return refuse(QStringLiteral("identity.password_weak"), problem);
        QJsonObject out = in;
        out.remove(QStringLiteral("password"));
        out.insert(QStringLiteral("password_hash"), hashPassword(str(in, "password")).toJson());
        return out;
    };
    pw.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
        Result<QString> id = userIdFrom(ctx, p);
        if (!id) return id.refusal();
        if (id.value() != ctx.actor.userId && !ctx.actor.roles.contains(role::Admin))
            return refuse(QStringLiteral("auth.forbidden"), QStringLiteral("Only an administrator may change another person's password."));
        return decideChangePassword(loadUser(ctx, id.value()), PasswordHash::fromJson(p.value(QLatin1String("password_hash")).toObject()));
    };
    r.commands.add(pw);

    CommandSpec off;
    off.name = QStringLiteral("DeactivateUser");
    off.context = QStringLiteral("identity");
    off.summary = QStringLiteral("Stop a user from signing in; their past records stay.");
    off.roles = {role::Admin};
    off.fields = {kUserRef[0], kUserRef[1]};
    off.emits = {QStringLiteral("user.deactivated")};
    off.handle = [](const QJsonObject& p, HandlerContext& ctx) -> Result<NewEvents> {
        Result<QString> id = userIdFrom(ctx, p);
        if (!id) return id.refusal();
        return decideDeactivateUser(loadUser(ctx, id.value()), ctx.actor.userId, factsFor(ctx.db, {}));
    };
    r.commands.add(off);
}

// --- Directory -----------------------------------------------------------------------

int Directory::userCount() const
{
    QSqlQuery q(db_);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM identity_users")) && q.next() ? q.value(0).toInt() : 0;
}

int Directory::activeAdminCount() const
{
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM identity_users u JOIN identity_user_roles r ON r.user_id = u.user_id"
                             " WHERE u.active = 1 AND r.role = ?"));
    q.addBindValue(role::Admin);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QSet<QString> Directory::rolesOf(const QString& userId) const
{
    QSet<QString> roles;
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("SELECT r.role FROM identity_user_roles r JOIN identity_users u ON u.user_id = r.user_id"
                             " WHERE r.user_id = ? AND u.active = 1"));
    q.addBindValue(userId);
    if (q.exec())
        while (q.next()) roles.insert(q.value(0).toString());
    return roles;
}

namespace {
std::optional<UserRow> oneUser(QSqlDatabase db, const char* column, const QString& value)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT user_id, username, display_name, active FROM identity_users WHERE %1 = ?").arg(QLatin1String(column)));
    q.addBindValue(value);
    if (!q.exec() || !q.next()) return std::nullopt;
    UserRow u{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), {}, q.value(3).toBool()};
    const QSet<QString> roles = Directory(db).rolesOf(u.userId);
    u.roles = QStringList(roles.begin(), roles.end());
    u.roles.sort();
    return u;
}
}  // namespace

std::optional<UserRow> Directory::byUsername(const QString& username) const { return oneUser(db_, "username", username); }
std::optional<UserRow> Directory::byId(const QString& userId) const { return oneUser(db_, "user_id", userId); }

QList<UserRow> Directory::users() const
{
    QList<UserRow> out;
    QSqlQuery q(db_);
    if (q.exec(QStringLiteral("SELECT user_id FROM identity_users ORDER BY username")))
        while (q.next())
            if (auto u = byId(q.value(0).toString())) out << *u;
    return out;
}

Result<Actor> Directory::signIn(const QString& rawUsername, const QString& password) const
{
    const QString username = normaliseUsername(rawUsername);
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("SELECT user_id, display_name, password, active FROM identity_users WHERE username = ?"));
    q.addBindValue(username);
    const Refusal wrong{QStringLiteral("auth.failed"), QStringLiteral("Unknown user name or wrong password.")};
    if (!q.exec() || !q.next()) {
        // Spend the same time as a real check so a name cannot be probed by timing.
        hashPassword(password, QByteArray(16, '\0'), kMinPasswordIterations);
        return wrong;
    }
    const PasswordHash stored = PasswordHash::fromJson(QJsonDocument::fromJson(q.value(2).toByteArray()).object());
    if (!verifyPassword(password, stored)) return wrong;
    if (!q.value(3).toBool()) return refuse(QStringLiteral("auth.inactive"), QStringLiteral("This account has been deactivated; ask an administrator."));
    Actor a;
    a.userId = q.value(0).toString();
    a.username = username;
    a.displayName = q.value(1).toString();
    a.roles = rolesOf(a.userId);
    return a;
}

bool Directory::confirmPassword(const QString& userId, const QString& password) const
{
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("SELECT password FROM identity_users WHERE user_id = ? AND active = 1"));
    q.addBindValue(userId);
    if (!q.exec() || !q.next()) return false;
    return verifyPassword(password, PasswordHash::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object()));
}

}  // namespace tracelot::identity

#pragma once
// Identity & audit context: users, roles, passwords. Pure decide/evolve: data in, data out.
#include "common/result.h"
#include "eventstore/event.h"
#include "identity/password.h"

#include <QSet>
#include <QString>

namespace tracelot::identity {

inline QString userStream(const QString& userId) { return QStringLiteral("user-") + userId; }

struct UserState {
    bool exists = false;
    QString userId;
    QString username;
    QString displayName;
    QSet<QString> roles;
    PasswordHash password;
    bool active = true;
};

UserState evolve(UserState state, const Event& event);
UserState fold(const Events& events);

// Facts from outside the user's own stream, looked up before deciding.
struct UserFacts {
    int userCount = 0;
    bool usernameTaken = false;
    int activeAdmins = 0;
};

struct CreateUser {
    QString userId;
    QString username;
    QString displayName;
    QStringList roles;
    PasswordHash password;
};

Result<NewEvents> decideCreateUser(const UserState& current, const CreateUser& cmd, const UserFacts& facts);
Result<NewEvents> decideCreateFirstAdmin(const UserState& current, const CreateUser& cmd, const UserFacts& facts);
Result<NewEvents> decideGrantRole(const UserState& user, const QString& role);
Result<NewEvents> decideRevokeRole(const UserState& user, const QString& role, const UserFacts& facts);
Result<NewEvents> decideChangePassword(const UserState& user, const PasswordHash& password);
Result<NewEvents> decideDeactivateUser(const UserState& user, const QString& actorUserId, const UserFacts& facts);

QString normaliseUsername(const QString& raw);  // trimmed, lower case
QString usernameProblem(const QString& username);

}  // namespace tracelot::identity

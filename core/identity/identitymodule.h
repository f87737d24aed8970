#pragma once
#include "pipeline/command.h"
#include "pipeline/module.h"

#include <QSqlDatabase>
#include <optional>

namespace tracelot::identity {

void install(Registrar& registrar);

struct UserRow {
    QString userId;
    QString username;
    QString displayName;
    QStringList roles;
    bool active = true;
};

// Reads of the identity projection.
class Directory {
public:
    explicit Directory(QSqlDatabase db) : db_(std::move(db)) {}
    int userCount() const;
    int activeAdminCount() const;
    QSet<QString> rolesOf(const QString& userId) const;
    std::optional<UserRow> byUsername(const QString& username) const;
    std::optional<UserRow> byId(const QString& userId) const;
    QList<UserRow> users() const;

    // Checks a user name and password; the refusal never says which of the two was wrong.
    Result<Actor> signIn(const QString& username, const QString& password) const;
    // Re-checks the signed-in user's password (e-signatures).
    bool confirmPassword(const QString& userId, const QString& password) const;

private:
    QSqlDatabase db_;
};

}  // namespace tracelot::identity

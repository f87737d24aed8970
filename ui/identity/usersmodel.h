#pragma once
// The users of the identity projection as a list model, kept current from the command
// bus: each committed user.* / role.* event re-reads just the user it names.
#include "identity/identitymodule.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace tracelot {
class Workspace;
struct Outcome;
}

namespace tracelot::ui {

class UsersModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("UsersModel belongs to IdentityViewModel")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { UserIdRole = Qt::UserRole + 1, UsernameRole, DisplayNameRole, RolesRole, RolesTextRole, ActiveRole };
    Q_ENUM(Role)

    explicit UsersModel(QObject* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return rowCount(); }
    Q_INVOKABLE int rowOf(const QString& userId) const;
    Q_INVOKABLE int rowOfUsername(const QString& username) const;
    const identity::UserRow* user(const QString& userId) const;

signals:
    void countChanged();

private:
    void reload();
    void onCommitted(const tracelot::Outcome& outcome);

    Workspace* workspace_ = nullptr;
    QMetaObject::Connection busConnection_;  // safe to drop even after the workspace is gone
    QList<identity::UserRow> rows_;
};

}  // namespace tracelot::ui

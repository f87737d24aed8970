// Users list model (see usersmodel.h).
#include "identity/usersmodel.h"

#include "identity/roles.h"
#include "pipeline/commandbus.h"
#include "shell/uitext.h"
#include "workspace/workspace.h"

#include <QSet>

namespace tracelot::ui {
namespace {
bool byName(const identity::UserRow& a, const identity::UserRow& b) { return a.username < b.username; }
}  // namespace

UsersModel::UsersModel(QObject* parent) : QAbstractListModel(parent) {}

void UsersModel::setWorkspace(Workspace* workspace)
{
    // No early return for the same pointer: the session may have replaced its workspace
    // by a new one at the same address.
    disconnect(busConnection_);
    workspace_ = workspace;
    if (workspace_) busConnection_ = connect(&workspace_->bus(), &CommandBus::committed, this, &UsersModel::onCommitted);
    reload();
}

void UsersModel::reload()
{
    beginResetModel();
    rows_ = workspace_ ? workspace_->directory().users() : QList<identity::UserRow>{};
    std::sort(rows_.begin(), rows_.end(), byName);
    endResetModel();
    emit countChanged();
}

void UsersModel::onCommitted(const tracelot::Outcome& outcome)
{
    QSet<QString> touched;
    for (const Event& e : outcome.events)
        if (e.type.startsWith(QLatin1String("user.")) || e.type.startsWith(QLatin1String("role.")))
            touched.insert(e.payload.value(QLatin1String("user_id")).toString());
    for (const QString& id : touched) {
        const std::optional<identity::UserRow> fresh = workspace_->directory().byId(id);
        if (!fresh) continue;
        const int row = rowOf(id);
        if (row >= 0) {
            rows_[row] = *fresh;
            emit dataChanged(index(row), index(row));
            continue;
        }
        // Keep the list sorted by user name.
        const auto at = std::lower_bound(rows_.begin(), rows_.end(), *fresh, byName);
        const int pos = static_cast<int>(at - rows_.begin());
        beginInsertRows({}, pos, pos);
        rows_.insert(pos, *fresh);
        endInsertRows();
        emit countChanged();
    }
}

int UsersModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(rows_.size()); }

QVariant UsersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const identity::UserRow& u = rows_.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole: return u.displayName;
    case UserIdRole: return u.userId;
    case UsernameRole: return u.username;
    case RolesRole: return u.roles;
    case RolesTextRole: {
        QStringList labels;
        for (const QString& r : allRoles())
            if (u.roles.contains(r)) labels << text::roleLabel(r);
        return labels.join(QStringLiteral(", "));
    }
    case ActiveRole: return u.active;
    default: return {};
    }
}

QHash<int, QByteArray> UsersModel::roleNames() const
{
    return {{UserIdRole, "userId"}, {UsernameRole, "username"}, {DisplayNameRole, "displayName"},
            {RolesRole, "roles"},   {RolesTextRole, "rolesText"}, {ActiveRole, "active"}};
}

int UsersModel::rowOf(const QString& userId) const
{
    for (int i = 0; i < rows_.size(); ++i)
        if (rows_.at(i).userId == userId) return i;
    return -1;
}

int UsersModel::rowOfUsername(const QString& username) const
{
    for (int i = 0; i < rows_.size(); ++i)
        if (rows_.at(i).username == username) return i;
    return -1;
}

const identity::UserRow* UsersModel::user(const QString& userId) const
{
    const int row = rowOf(userId);
    return row < 0 ? nullptr : &rows_.at(row);
}

}  // namespace tracelot::ui

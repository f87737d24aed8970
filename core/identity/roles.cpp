#include "identity/roles.h"

namespace tracelot {

const QStringList& allRoles()
{
    static const QStringList roles = {role::WarehouseManager, role::WarehouseOperator, role::QaTechnician, role::RecallCoordinator,
                                      role::CxAgent,          role::Marketing,         role::AccountManager, role::Admin};
    return roles;
}

bool isRole(const QString& name) { return allRoles().contains(name); }

QString roleLabel(const QString& name)
{
    if (name == role::QaTechnician) return QStringLiteral("QA technician");
    if (name == role::CxAgent) return QStringLiteral("CX agent");
    QString s = name;
    return s.replace(QLatin1Char('_'), QLatin1Char(' '));
}

}  // namespace tracelot

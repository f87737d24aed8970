#pragma once
#include <QString>
#include <QStringList>

namespace tracelot {

namespace role {
inline const QString WarehouseManager = QStringLiteral("warehouse_manager");
inline const QString WarehouseOperator = QStringLiteral("warehouse_operator");
inline const QString QaTechnician = QStringLiteral("qa_technician");
inline const QString RecallCoordinator = QStringLiteral("recall_coordinator");
inline const QString CxAgent = QStringLiteral("cx_agent");
inline const QString Marketing = QStringLiteral("marketing");
inline const QString AccountManager = QStringLiteral("account_manager");
inline const QString Admin = QStringLiteral("admin");
}  // namespace role

const QStringList& allRoles();
bool isRole(const QString& name);
QString roleLabel(const QString& name);  // "warehouse manager"

}  // namespace tracelot

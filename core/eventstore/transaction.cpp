#include "eventstore/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tracelot {

Transaction::Transaction(QSqlDatabase& db, bool immediate) : db_(db)
{
    QSqlQuery q(db_);
    const bool sqlite = db_.driverName() == QLatin1String("QSQLITE");
    active_ = q.exec(sqlite && immediate ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    if (!active_) error_ = q.lastError().text();
}

Transaction::~Transaction()
{
    if (active_) rollback();
}

bool Transaction::commit()
{
    if (!active_) return false;
    QSqlQuery q(db_);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        error_ = q.lastError().text();
        rollback();
        return false;
    }
    active_ = false;
    return true;
}

void Transaction::rollback()
{
    if (!active_) return;
    QSqlQuery q(db_);
    q.exec(QStringLiteral("ROLLBACK"));
    active_ = false;
}

}  // namespace tracelot

#pragma once
// RAII transaction: rolls back unless commit() succeeded.
#include <QSqlDatabase>
#include <QString>

namespace tracelot {

class Transaction {
public:
    // immediate=true takes the write lock at BEGIN (SQLite BEGIN IMMEDIATE), so a
    // command's reads and writes see one consistent state.
    explicit Transaction(QSqlDatabase& db, bool immediate = true);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool active() const { return active_; }
    bool commit();
    void rollback();
    QString error() const { return error_; }

private:
    QSqlDatabase& db_;
    bool active_ = false;
    QString error_;
};

}  // namespace tracelot

#pragma once
// Returns: projection (returns, return_lines), commands with their fact loading, reads.
#include "pipeline/module.h"
#include "returns/returns.h"

#include <QSqlDatabase>
#include <optional>

namespace tracelot::returns {

void install(Registrar& registrar);

struct ReturnRow {
    QString returnId, number, orderNumber, customerName, status, reason;
    int lines = 0;
    qint64 quantity = 0;
    qint64 refundedMinor = 0;
    QString currency;
    qint64 updatedAt = 0;
};

class ReturnsQueries {
public:
    explicit ReturnsQueries(QSqlDatabase db) : db_(std::move(db)) {}
    QList<ReturnRow> returns(const QString& status = {}, int limit = 500) const;
    std::optional<ReturnState> byId(const QString& returnId) const;
    QString idOf(const QString& number) const;
    QString nextNumber() const;  // "RMA-000001"
    // Quantity of a lot claimed by the returns of an order that were not rejected.
    qint64 alreadyReturned(const QString& orderId, const QString& lotId) const;

private:
    QSqlDatabase db_;
};

}  // namespace tracelot::returns

#pragma once
// Orders & picking: projection (orders, order_lines, order_allocations, order_history), the
// commands with their fact loading and FEFO planning, the hold-wins-over-reservations policy,
// and the reads the desktop, CLI and documents use.
#include "orders/orders.h"
#include "pipeline/module.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

namespace tracelot::orders {

void install(Registrar& registrar);

struct OrderRow {
    QString orderId;
    QString number;
    QString customerName;
    QString status;
    QDate requestedShipDate;
    QDate shipDate;
    int lines = 0;
    qint64 quantity = 0, allocated = 0, picked = 0, shortfall = 0;
    bool needsAllocation = false;
    bool exception = false;
    qint64 updatedAt = 0;
};

struct OrderFilter {
    QString status;  // "" all, open (confirmed/allocated/picked), or one status
    QString search;  // number or customer name
    bool attentionOnly = false;  // needs allocation or has an open exception
};

struct HistoryRow {
    qint64 version = 0;
    qint64 atMs = 0;
    QString type;
    QString summary;
    QString recordedBy;
};

// One row of a pick list, in walking order (location pick sequence, then code).
struct PickRow {
    int lineNo = 0;
    QString productCode;
    QString productDescription;
    QString unit;
    QString lotId;
    QString tlc;
    QDate expiry;
    QString locationId;
    QString locationCode;
    QString locationName;
    int pickSequence = 0;
    qint64 quantity = 0;
    qint64 picked = 0;
};

class OrdersQueries {
public:
    explicit OrdersQueries(QSqlDatabase db) : db_(std::move(db)) {}
    int count(const OrderFilter& filter) const;
    QList<OrderRow> orders(const OrderFilter& filter, int offset = 0, int limit = 200) const;
    std::optional<OrderState> order(const QString& orderId) const;
    QString idOf(const QString& number) const;  // "" when unknown
    QList<HistoryRow> history(const QString& orderId) const;
    QList<PickRow> pickList(const QString& orderId) const;
    QString nextNumber() const;  // "SO-000013"
    qint64 reservedOn(const QString& lotId) const;

private:
    QSqlDatabase db_;
};

}  // namespace tracelot::orders

#pragma once
// Order documents: the pick list (allocations in walking order — location pick sequence —
// with lot, TLC, expiry, quantity, a check box and the lot's barcode) and the packing slip
// (ship-from, ship-to, carrier, tracking, reference document and every shipped lot with its
// TLC, quantity, unit and product description, read from the order.shipped event). Printed
// or written to PDF.
#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

class QPrinter;

namespace tracelot {
class EventStore;
}

namespace tracelot::reports {

Result<QString> pickListHtml(QSqlDatabase db, const QString& orderId, qint64 printedAtMs);
Status writePickListPdf(const QString& path, QSqlDatabase db, const QString& orderId, qint64 printedAtMs);
Status printPickList(QPrinter& printer, QSqlDatabase db, const QString& orderId, qint64 printedAtMs);

// Refused until the order has shipped: the slip lists what left the building.
Result<QString> packingSlipHtml(QSqlDatabase db, EventStore& store, const QString& orderId, qint64 printedAtMs);
Status writePackingSlipPdf(const QString& path, QSqlDatabase db, EventStore& store, const QString& orderId, qint64 printedAtMs);
Status printPackingSlip(QPrinter& printer, QSqlDatabase db, EventStore& store, const QString& orderId, qint64 printedAtMs);

}  // namespace tracelot::reports

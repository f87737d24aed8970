#pragma once
// Traceability: the genealogy projection (edge tables kept current from events) and the
// forward/backward trace over it. A trace is a handful of queries whatever the depth:
// one recursive CTE walks the lot→lot edges, then shipments, returns and receipts are
// read for the lots found through their indexes.
//
// Edge tables (owned by the "traceability" projection):
//   trace_receipts   receipt → lot        lot.received (supplier, TLC, reference document, the
//                                         FSMA key data elements), keyed (date, TLC, lot)
//   trace_edges      lot → lot            lot.split, lot.transformed (with quantities)
//   trace_shipments  lot → shipment       order.shipped lines (order, customer, quantity, date,
//                                         the order's ship-from/to and reference document),
//                                         keyed (date, TLC, order, line); by lot: a covering index
//   trace_orders     shipment header      order.shipped (carrier, reference document, ship-from/to)
//   trace_returns    shipment → return    return.received lines
// The keys are the FSMA 204 spreadsheet's order, so an export of a million rows reads the
// tables in key order without sorting or joining (fsma.cpp).
#include "common/result.h"
#include "projections/projection.h"

#include <QDate>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>
#include <memory>
#include <vector>

namespace tracelot::traceability {

std::unique_ptr<Projection> makeGenealogyProjection();

enum class Direction { Forward, Backward };

struct TraceLot {
    QString lotId;
    QString tlc;
    QString productId;
    QString productName;
    QString origin;  // received, split, transformation
    QString unit;
    qint64 onHand = 0;
    int depth = 0;  // hops from the nearest starting lot
};

struct TraceEdge {
    QString parentLotId;
    QString childLotId;
    QString kind;  // split, transformation
    qint64 quantity = 0;  // in the parent lot's unit
    qint64 atMs = 0;
};

struct TraceShipment {
    QString orderId;
    int lineNo = 0;
    QString lotId;
    QString customerId;
    QString customerName;
    QString productId;
    qint64 quantity = 0;
    QString unit;
    QDate shipDate;
};

struct TraceReturn {
    QString returnId;
    int lineNo = 0;
    QString orderId;
    QString lotId;
    QString customerId;
    qint64 quantity = 0;
    QString unit;
    qint64 atMs = 0;
};

struct TraceReceipt {
    QString lotId;
    QString supplierId;
    QString supplierName;
    QString tlc;
    QString productId;
    qint64 quantity = 0;
    QString unit;
    QDate receivedOn;
    QString referenceDocumentType;
    QString referenceDocumentNumber;
};

// What went to one customer, per product (units differ between products).
struct CustomerExposure {
    QString customerId;
    QString customerName;
    QString productId;
    QString productName;
    QString unit;
    qint64 shipped = 0;
    qint64 returned = 0;
    int shipments = 0;   // shipment lines
    QStringList orders;  // order ids, sorted
    QStringList lots;    // lot ids shipped, sorted
};

struct Trace {
    Direction direction = Direction::Forward;
    QStringList roots;  // the starting lots
    std::vector<TraceLot> lots;  // roots included, by depth then lot id
    std::vector<TraceEdge> edges;
    std::vector<TraceShipment> shipments;
    std::vector<TraceReturn> returns;
    std::vector<TraceReceipt> receipts;  // backward: the receipts of every source lot
    std::vector<CustomerExposure> customers;  // forward: per customer and product
    qint64 elapsedUs = 0;

    const TraceLot* lot(const QString& lotId) const;
    QJsonObject toJson() const;
    QString text() const;  // an indented tree plus the flat customer list
};

// Pure: shipments and returns folded into one line per customer and product.
std::vector<CustomerExposure> exposures(const std::vector<TraceShipment>& shipments, const std::vector<TraceReturn>& returns,
                                        const std::vector<TraceLot>& lots);

class TraceQueries {
public:
    explicit TraceQueries(QSqlDatabase db) : db_(std::move(db)) {}

    // A lot id, an order id (backward) or a TLC (optionally limited to a product id or
    // code): the lots to start from. Refused when nothing matches.
    Result<QStringList> startingLots(const QString& key, const QString& product = {}, Direction direction = Direction::Forward) const;

    Trace forward(const QStringList& lotIds) const;
    Trace backward(const QStringList& lotIds) const;
    // Every lot downstream of the given ones (roots included), without the details.
    QStringList downstreamLots(const QStringList& lotIds) const;

private:
    void fill(Trace& t, const QStringList& lotIds, bool down) const;
    QSqlDatabase db_;
};

}  // namespace tracelot::traceability

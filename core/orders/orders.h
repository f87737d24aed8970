#pragma once
// Orders & picking context: the order lifecycle of seed 002 (PlaceOrder, ConfirmOrder,
// ShipOrder, DeliverOrder, CancelOrder) extended with FEFO allocation, scan-confirmed
// picking, short picks and their resolution. Pure decide/evolve: the handlers in
// ordersmodule.cpp load the order stream, the lot streams it touches and the facts
// (customer, products, holds) before calling these.
//
// Reservations live on the lot stream (stock.reserved / stock.released / stock.deducted);
// the order stream says what the order side sees (order.allocated, order.allocation_lost...).
#include "common/result.h"
#include "eventstore/event.h"
#include "inventory/inventory.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <vector>

namespace tracelot::orders {

inline QString orderStream(const QString& orderId) { return QStringLiteral("order-") + orderId; }

const QStringList& exceptionResolutions();  // reallocate, backorder, cancel_line
const QStringList& shippingDocumentTypes();  // bill_of_lading, invoice

// --- state of one order ----------------------------------------------------------------

struct Allocation {
    QString lotId;
    QString locationId;
    QString locationCode;
    QString tlc;
    QDate expiry;          // the lot's FEFO date
    qint64 quantity = 0;   // reserved for the line (picked included)
    qint64 picked = 0;
    qint64 unpicked() const { return quantity - picked; }
};

struct OrderLine {
    int lineNo = 0;
    QString productId;
    QString productCode;
    QString productDescription;
    QString unit;
    qint64 quantity = 0;       // ordered
    qint64 backordered = 0;    // taken off this shipment by the manager
    bool cancelled = false;
    std::vector<Allocation> allocations;
    bool exception = false;    // a short pick waits for the manager
    qint64 exceptionMissing = 0;
    qint64 lostToHolds = 0;    // reservations taken by holds since the last allocation
    QStringList lostHoldNumbers;
    QStringList shortedAt;     // "lot|location" where a pick came up short: not re-allocated from there

    qint64 open() const { return cancelled ? 0 : quantity - backordered; }  // to ship
    qint64 allocated() const;
    qint64 picked() const;
    qint64 shortfall() const { return std::max<qint64>(0, open() - allocated()); }
    Allocation* allocation(const QString& lotId, const QString& locationId);
    const Allocation* allocation(const QString& lotId, const QString& locationId) const;
};

struct OrderState {
    bool exists = false;
    QString orderId;
    QString number;           // "SO-000012"
    QString customerId;
    QString customerCode;
    QString customerName;
    QString shipTo;           // ship-to location description (FSMA 204)
    QDate requestedShipDate;
    QString reference;        // the customer's purchase order, if any
    QString status;           // placed, confirmed, allocated, picked, shipped, delivered, cancelled
    std::vector<OrderLine> lines;
    QString carrier, tracking, referenceDocumentType, referenceDocument;
    QDate shipDate, deliveredOn;
    QString cancelReason;

    OrderLine* line(int lineNo);
    const OrderLine* line(int lineNo) const;
    bool needsAllocation() const;  // an open line has a shortfall (never silent)
    bool hasException() const;
    bool isOpen() const;           // confirmed, allocated or picked: the warehouse works on it
    QString describe() const { return QStringLiteral("Order %1").arg(number); }
    QString describe(const OrderLine& l) const;

    QJsonObject toJson() const;  // the projection keeps the folded state
    static OrderState fromJson(const QJsonObject& o);
};

OrderState evolve(OrderState state, const Event& event);
OrderState fold(const Events& events);

// --- facts looked up before deciding ---------------------------------------------------

struct CustomerFacts {
    bool exists = false;
    bool active = true;
    QString id, code, name;
    QString locationDescription;  // name, address (FSMA ship-to default)
    int minShelfLifeDays = 0;
};

// The product as the order rules see it: the same catalog facts the inventory reads
// (exists, active, code, name, baseUnit, minShelfLifeDays, ...).
using ProductFacts = inventory::ProductFacts;

// One lot as the order rules see it: its stream state, holds and the codes of locations.
struct StockFacts {
    inventory::LotState lot;
    QMap<QString, qint64> held;          // location id -> held quantity there (whole-lot hold: all of it)
    QMap<QString, QString> holdNumber;   // location id -> "H-17"
    QMap<QString, QString> locationCode; // location id -> "CR-01"
    QString productCode;

    qint64 heldAt(const QString& loc) const { return std::min(lot.at(loc), held.value(loc)); }
    qint64 freeAt(const QString& loc) const { return std::max<qint64>(0, lot.at(loc) - heldAt(loc) - lot.reservedAt(loc)); }
    QString code(const QString& loc) const { return locationCode.value(loc, loc); }
};

struct RuleFacts {
    QMap<QString, StockFacts> lots;     // by lot id
    QMap<QString, int> productMinDays;  // by product id
    int customerMinDays = 0;
    int requiredDays(const QString& productId) const { return std::max({1, productMinDays.value(productId), customerMinDays}); }
};

// --- commands --------------------------------------------------------------------------

struct PlaceOrder {
    QString orderId;
    QString number;
    QString customerId;
    QDate requestedShipDate;
    QDate today;
    QString shipTo;  // empty: the customer's description
    QString reference;
    struct Line {
        QString productId;
        qint64 quantity = 0;
    };
    std::vector<Line> lines;
};
Result<NewEvents> decidePlace(const OrderState& current, const PlaceOrder& cmd, const CustomerFacts& customer, const QMap<QString, ProductFacts>& products);

Result<NewEvents> decideConfirm(const OrderState& order);

// A concrete allocation chosen by FEFO before the command was built (resolve step); the
// decision re-checks each pick against the lot streams and holds.
struct PlannedPick {
    int lineNo = 0;
    QString lotId;
    QString locationId;
    qint64 quantity = 0;
};
struct AllocateOrder {
    QDate shipDate;
    std::vector<PlannedPick> picks;
    QMap<int, QJsonArray> skipped;  // line -> [{lot_id, location_code, reason}] (the plan's explanations)
};
Result<NewEvents> decideAllocate(const OrderState& order, const AllocateOrder& cmd, const RuleFacts& facts);

struct ConfirmPick {
    int lineNo = 0;
    QString lotId;       // scanned
    QString locationId;  // where it was picked; empty: the allocated location
    qint64 quantity = 0; // 0: what is still to pick of that allocation
    QDate today;
};
Result<NewEvents> decidePick(const OrderState& order, const ConfirmPick& cmd, const RuleFacts& facts);

struct ShortPick {
    int lineNo = 0;
    QString lotId;
    QString locationId;
    qint64 found = 0;
};
Result<NewEvents> decideShortPick(const OrderState& order, const ShortPick& cmd);

struct ResolveException {
    int lineNo = 0;
    QString resolution;     // reallocate, backorder, cancel_line
    AllocateOrder reallocation;  // for reallocate
};
Result<NewEvents> decideResolveException(const OrderState& order, const ResolveException& cmd, const RuleFacts& facts);

// What FSMA 204 wants to know of a shipped lot, read from its receipt (or creation).
struct LotTrace {
    QString tlc;
    QString tlcSource;
    QString tlcSourceReference;
};
struct ShipOrder {
    QString carrier;
    QString tracking;
    QString referenceDocumentType;  // bill_of_lading, invoice
    QString referenceDocument;
    QDate shipDate;
    qint64 shippedAtMs = 0;
    QString shipFrom;  // this site's location description
};
Result<NewEvents> decideShip(const OrderState& order, const ShipOrder& cmd, const RuleFacts& facts, const QMap<QString, LotTrace>& traces);

Result<NewEvents> decideDeliver(const OrderState& order, const QDate& deliveredOn);

Result<NewEvents> decideCancel(const OrderState& order, const QString& reason);

// Policy (issue 4): a hold wins over reservations. Given a lot (its stream state, with the
// reservations) and a hold just placed on it, the reservations the hold takes are released
// (stock.released reason hold) and each order is told (order.allocation_lost).
struct HoldPlaced {
    QString holdId;
    QString number;
    QString lotId;
    QString locationId;      // empty: the whole lot
    qint64 quantity = 0;     // 0: all of it (at the location, if one is named)
    qint64 otherHeldAt = 0;  // quantity already held at that location by other open holds
};
NewEvents releaseForHold(const inventory::LotState& lot, const HoldPlaced& hold);

// Given a lot just after stock left it for good (waste recorded, a lower count), the
// reservations a location can no longer cover are released, the latest first
// (stock.released with `cause`: waste or count), and each order is told
// (order.allocation_lost with the same cause).
NewEvents releaseForLoss(const inventory::LotState& lotAfter, const QString& cause);

}  // namespace tracelot::orders

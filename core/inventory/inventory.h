#pragma once
// Inventory & receiving context: lots and the stock of each lot at each location.
// Pure decide/evolve: the handlers in inventorymodule.cpp load the lot streams and the
// set-wide facts (location totals for capacity, lot-code uniqueness, product data)
// before calling these.
#include "common/result.h"
#include "eventstore/event.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <vector>

namespace tracelot::inventory {

inline QString lotStream(const QString& lotId) { return QStringLiteral("lot-") + lotId; }
inline QString productStockStream(const QString& productId) { return QStringLiteral("stock-") + productId; }

const QStringList& referenceDocumentTypes();  // po, asn, bill_of_lading, invoice
const QStringList& adjustReasons();           // count, found, damaged_in_count, correction
const QStringList& wasteReasons();            // expired, damaged, temperature, recall, other

// --- facts looked up before deciding ------------------------------------------------

struct ProductFacts {
    bool exists = false;
    bool active = true;
    QString id;
    QString code;
    QString name;
    QString gtin;
    QString baseUnit;
    int shelfLifeDays = 0;
    int expiryWarningDays = 7;
    qint64 reorderPoint = 0;
    bool qcRequired = false;
    int minShelfLifeDays = 0;  // minimum remaining shelf life at shipping (orders)
};

struct LocationFacts {
    bool exists = false;
    bool active = true;
    QString id;
    QString code;
    QString name;
    QString type;            // dock, cold_room, freezer, ambient, quarantine, pick_face
    qint64 capacity = -1;    // -1: no limit
    qint64 occupied = 0;     // stock in it now, all lots
    bool isQuarantine() const { return type == QLatin1String("quarantine"); }
    QString describe() const { return QStringLiteral("%1 (%2)").arg(name, code); }
};

struct SupplierFacts {
    bool exists = false;
    bool active = true;
    QString id;
    QString code;
    QString name;
    QString locationDescription;  // name, address, phone; or GLN — FSMA 204
    QString gln;
    QString fdaRegistration;
};

// --- state of one lot ---------------------------------------------------------------

struct LotState {
    bool exists = false;
    QString lotId;
    QString productId;
    QString supplierId;
    QString tlc;
    QDate expiry;
    QDate bestBefore;
    QDate receivedOn;
    QString unit;
    QMap<QString, qint64> stock;  // location id -> quantity (no zero entries)
    bool expiryWarned = false;
    // Stock reserved for order lines (stock.reserved minus stock.released / stock.deducted).
    struct Reservation {
        QString orderId;
        int lineNo = 0;
        QString locationId;
        qint64 quantity = 0;
    };
    std::vector<Reservation> reservations;  // no zero entries, in the order they were made

    qint64 total() const;
    qint64 at(const QString& locationId) const { return stock.value(locationId, 0); }
    QDate fefoDate() const { return expiry.isValid() ? expiry : bestBefore; }
    bool expiredOn(const QDate& day) const { return fefoDate().isValid() && fefoDate() < day; }
    qint64 reservedAt(const QString& locationId) const;
    qint64 reservedFor(const QString& orderId, int lineNo, const QString& locationId) const;
};

LotState evolve(LotState state, const Event& event);
LotState fold(const Events& events);

// --- commands -----------------------------------------------------------------------

struct ReceiveLot {
    QString lotId;
    QString productId;
    qint64 quantity = 0;
    QString unit;
    QString supplierId;
    QString tlc;             // the supplier's lot code as received; empty: Tracelot assigns one
    QString assignedTlc;     // resolved before deciding, used only when tlc is empty
    QString tlcSource;       // location description (or reference) of the TLC source; default: supplier
    QString tlcSourceReference;  // GLN or FDA registration of the TLC source, if given
    QString previousSource;  // immediate previous source; default: the supplier's description
    QString locationId;
    QDate receivedOn;
    QString referenceDocumentType;
    QString referenceDocumentNumber;
    QDate expiry;
    QDate bestBefore;
    QDate productionDate;
    QString temperatureC;  // one-decimal text, as measured at receipt
    QString siteDescription;  // this site's FSMA location description (TLC source when we assign)
};

struct ReceiveFacts {
    ProductFacts product;
    SupplierFacts supplier;
    LocationFacts location;
    bool lotCodeTaken = false;  // same TLC for the same product and supplier
    qint64 productOnHand = 0;
};

Result<NewEvents> decideReceive(const LotState& current, const ReceiveLot& cmd, const ReceiveFacts& facts);

struct MoveStock {
    QString lotId;
    QString fromLocationId;
    QString toLocationId;
    qint64 quantity = 0;
    QDate today;
    // Quality holds on the lot at the source (looked up before deciding): held stock stays
    // countable and may go to quarantine, nowhere else.
    bool heldAll = false;
    qint64 heldQuantity = 0;
    QString holdNumber;
};
Result<NewEvents> decideMove(const LotState& lot, const MoveStock& cmd, const LocationFacts& from, const LocationFacts& to);

struct AdjustStock {
    QString lotId;
    QString locationId;
    qint64 counted = 0;
    QString reason;
    QString note;
};
// `productOnHand` and `product` drive the reorder and out-of-stock policies.
Result<NewEvents> decideAdjust(const LotState& lot, const AdjustStock& cmd, const LocationFacts& location, const ProductFacts& product,
                               qint64 productOnHand);

struct RecordWaste {
    QString lotId;
    QString locationId;
    qint64 quantity = 0;
    QString reason;
    QString note;
};
Result<NewEvents> decideWaste(const LotState& lot, const RecordWaste& cmd, const LocationFacts& location, const ProductFacts& product,
                              qint64 productOnHand);

struct SplitLot {
    QString lotId;
    QString newLotId;
    QString locationId;
    qint64 quantity = 0;
};
Result<NewEvents> decideSplit(const LotState& lot, const LotState& newLot, const SplitLot& cmd, const LocationFacts& location);

struct TransformInput {
    QString lotId;
    QString locationId;
    qint64 quantity = 0;
};
struct TransformLots {
    QString outputLotId;
    QString outputTlc;
    QString outputProductId;
    qint64 outputQuantity = 0;
    QString outputLocationId;
    QString kind;  // repack or merge
    std::vector<TransformInput> inputs;
    QDate expiry;  // default: the earliest input expiry
    QDate transformedOn;
    QString siteDescription;
    QString referenceDocumentType;
    QString referenceDocumentNumber;
};
struct TransformFacts {
    std::vector<LotState> inputs;  // same order as the command's inputs
    LotState output;               // must not exist yet
    ProductFacts outputProduct;
    LocationFacts outputLocation;
    QMap<QString, LocationFacts> inputLocations;  // by id
    QMap<QString, ProductFacts> inputProducts;     // by product id
    QMap<QString, qint64> productOnHand;           // by product id
};
Result<NewEvents> decideTransform(const TransformLots& cmd, const TransformFacts& facts);

// Policy: a lot enters its expiry-warning window (warn N days ahead, per product).
Result<NewEvents> decideExpiryWarning(const LotState& lot, const ProductFacts& product, const QDate& today);

// The policies that follow a decrease of a product's stock on hand.
NewEvents stockLevelPolicies(const ProductFacts& product, qint64 before, qint64 after);

}  // namespace tracelot::inventory

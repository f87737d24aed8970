#pragma once
// Returns context: a customer sends delivered goods back. Pure decide/evolve; the handlers
// in returnsmodule.cpp load the return stream, the order (what was delivered), what was
// already returned, the lots and their holds.
#include "common/result.h"
#include "eventstore/event.h"
#include "inventory/inventory.h"
#include "quality/quality.h"

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <vector>

namespace tracelot::returns {

inline QString returnStream(const QString& returnId) { return QStringLiteral("return-") + returnId; }

const QStringList& returnReasons();       // damaged, temperature, quality, wrong_product, excess, recall, other
const QStringList& inspectionDecisions(); // restock, quarantine, destroy

struct ReturnLine {
    int lineNo = 0;
    QString lotId;
    QString tlc;
    QString productId;
    qint64 quantity = 0;
    QString unit;
    QString holdId;      // the hold placed on receipt
    QString decision;    // after inspection
};

struct ReturnState {
    bool exists = false;
    QString returnId, number, orderId, orderNumber, customerId;
    QString reason, note;
    QString status;  // requested, authorized, rejected, received, inspected
    QString rejectReason;
    QString locationId;  // quarantine location it was received into
    std::vector<ReturnLine> lines;
    qint64 refundedMinor = 0;
    QString currency;

    const ReturnLine* line(int lineNo) const;
    QString describe() const { return QStringLiteral("Return %1").arg(number); }
    QJsonObject toJson() const;
    static ReturnState fromJson(const QJsonObject& o);
};
ReturnState evolve(ReturnState state, const Event& event);
ReturnState fold(const Events& events);

// What the order delivered, per lot, and what earlier returns of it already claim.
struct DeliveredLot {
    QString lotId;
    QString tlc;
    QString productId;
    QString unit;
    qint64 delivered = 0;
    qint64 alreadyReturned = 0;
};
struct OrderFacts {
    bool exists = false;
    QString orderId, number, customerId, status;
    QMap<QString, DeliveredLot> lots;  // by lot id
};

struct RequestReturn {
    QString returnId;
    QString number;
    QString reason;
    QString note;
    struct Line {
        QString lotId;
        qint64 quantity = 0;
    };
    std::vector<Line> lines;
};
Result<NewEvents> decideRequest(const ReturnState& current, const RequestReturn& cmd, const OrderFacts& order);
Result<NewEvents> decideAuthorize(const ReturnState& r);
Result<NewEvents> decideReject(const ReturnState& r, const QString& reason);

struct ReceiveReturn {
    QString locationId;
    bool locationIsQuarantine = false;
    QString locationDescription;
    QStringList holdIds;      // one per line, in line order
    QStringList holdNumbers;
    QString placedAt;
    QString placedBy;
};
Result<NewEvents> decideReceive(const ReturnState& r, const ReceiveReturn& cmd, const QMap<QString, inventory::LotState>& lots);

struct InspectReturn {
    int lineNo = 0;
    QString decision;           // restock, quarantine, destroy
    QString toLocationId;       // restock: where it goes
    bool toLocationIsQuarantine = false;
    QDate today;
    quality::Signature signature;  // restock and destroy close the return hold: QA signs
    QString note;
};
struct InspectFacts {
    inventory::LotState lot;
    quality::HoldState returnHold;  // the hold placed on receipt
    QList<quality::HoldState> otherOpenHolds;  // any other open hold on the lot (recall included)
};
Result<NewEvents> decideInspect(const ReturnState& r, const InspectReturn& cmd, const InspectFacts& facts);

Result<NewEvents> decideRefund(const ReturnState& r, qint64 amountMinor, const QString& currency, const QString& reference);

}  // namespace tracelot::returns

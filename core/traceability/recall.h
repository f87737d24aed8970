#pragma once
// The Recall aggregate (stream recall-<id>): scope from the forward trace, recall holds on
// every affected unit still in stock, customers notified, recovery per customer and
// product, and the close rule: shipped = returned + destroyed + unrecoverable, or the
// remainder written off with the coordinator's e-signature. Pure decide/evolve; the
// handlers in traceabilitymodule.cpp compute the scope and place the holds.
#include "common/result.h"
#include "eventstore/event.h"
#include "quality/quality.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace tracelot::traceability {

inline QString recallStream(const QString& recallId) { return QStringLiteral("recall-") + recallId; }

const QStringList& recallClasses();        // I, II, III
const QStringList& notificationMethods();  // phone, email, letter, visit, edi

// One customer and product of the recall's scope: what was shipped and what is accounted for.
struct RecallLine {
    QString customerId;
    QString customerName;
    QString productId;
    QString productName;
    QString unit;
    qint64 shipped = 0;
    qint64 returned = 0;
    qint64 destroyed = 0;      // destroyed at the customer
    qint64 unrecoverable = 0;  // consumed or lost
    qint64 writtenOff = 0;     // at close, with a signature
    QStringList orders;

    qint64 accounted() const { return returned + destroyed + unrecoverable; }
    qint64 remainder() const { return shipped - accounted() - writtenOff; }
    QString who() const { return customerName.isEmpty() ? customerId : customerName; }
};

struct RecallNotice {
    QString customerId;
    QString method;
    QString contact;     // whom
    QString notifiedAt;  // ISO 8601
    QString note;
};

struct RecallHold {
    QString holdId;
    QString number;
    QString lotId;
    QString tlc;
    qint64 quantity = 0;  // on hand when held
    QString unit;
};

struct RecallState {
    bool exists = false;
    QString recallId;
    QString number;
    QString reason;
    QString recallClass;  // I, II, III
    bool drill = false;
    QString status = QStringLiteral("open");  // open, closed
    qint64 initiatedAtMs = 0;
    QString initiatedBy;
    qint64 scopeMs = 0;  // time to compute the full scope
    QStringList rootLots;
    QStringList scopeLots;
    std::vector<RecallLine> lines;
    std::vector<RecallHold> holds;
    std::vector<RecallNotice> notices;
    qint64 closedAtMs = 0;
    QString writeOffReason;
    quality::Signature signature;  // at close, when something was written off
    qint64 reportPrintedAtMs = 0;  // first printed report (drill KPI)

    bool closed() const { return status == QLatin1String("closed"); }
    const RecallLine* line(const QString& customerId, const QString& productId) const;
    bool notified(const QString& customerId) const;
    qint64 unreconciled() const;  // sum of remainders
    qint64 onHold() const;        // stock held at initiation
    // The canonical record a close signature is bound to.
    QJsonObject record() const;
    QString recordSha256() const;
};

RecallState evolveRecall(RecallState state, const Event& event);
RecallState foldRecall(const Events& events);

struct InitiateRecall {
    QString recallId;
    QString number;
    QString reason;
    QString recallClass;
    bool drill = false;
    QStringList rootLots;
    QStringList scopeLots;
    std::vector<RecallLine> lines;   // from the forward trace
    std::vector<RecallHold> holds;   // decided by the handler with quality::decidePlaceHold
    QString initiatedAt;             // ISO
    QString initiatedBy;
    qint64 scopeMs = 0;
    QString tlc;  // as asked for, when the recall named a TLC
};
Result<NewEvents> decideInitiateRecall(const RecallState& current, const InitiateRecall& cmd);

Result<NewEvents> decideRecordNotified(const RecallState& recall, const RecallNotice& notice);

struct Recovery {
    QString customerId;
    QString productId;  // may be empty when the customer received one product only
    qint64 returned = 0;
    qint64 destroyed = 0;
    qint64 unrecoverable = 0;
    QString note;
};
Result<NewEvents> decideRecordRecovery(const RecallState& recall, const Recovery& recovery);

struct CloseRecall {
    QString closedAt;  // ISO
    QString writeOffReason;
    bool signed_ = false;
    quality::Signature signature;  // recordSha256 already bound to recall.recordSha256()
};
Result<NewEvents> decideCloseRecall(const RecallState& recall, const CloseRecall& cmd);

Result<NewEvents> decideRecordReport(const RecallState& recall, const QString& printedAt, qint64 printedAtMs);

}  // namespace tracelot::traceability

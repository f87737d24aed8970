#pragma once
// Quality: projections (templates, checks, holds), commands and reads.
#include "pipeline/module.h"
#include "quality/quality.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

namespace tracelot::quality {

void install(Registrar& registrar);

struct HoldRow {
    QString holdId;
    QString number;
    QString lotId;
    QString tlc;
    QString productName;
    QString locationId;
    qint64 quantity = 0;  // 0: the whole lot (at the location, if one is named)
    QString cause;
    QString reason;
    QString status;
    qint64 placedAt = 0;  // ms
};

class QualityQueries {
public:
    explicit QualityQueries(QSqlDatabase db) : db_(std::move(db)) {}
    QList<HoldRow> openHolds() const;                       // the QA inbox, oldest first
    QList<HoldRow> holdsOfLot(const QString& lotId) const;  // all, newest first
    // Open holds covering `lotId` at `locationId`: whole-lot holds make `all` true,
    // quantity holds add up in `quantity`. The first hold's number names it in messages.
    struct Held {
        bool all = false;
        qint64 quantity = 0;
        QString firstNumber;
        qint64 since = 0;
        bool any() const { return all || quantity > 0; }
    };
    Held heldAt(const QString& lotId, const QString& locationId) const;
    QString nextHoldNumber() const;  // "H-17"
    // The certificates of release of a lot (certificate.issued payloads), newest first.
    QList<QJsonObject> certificatesOfLot(const QString& lotId) const;
    // Quality checks recorded for a lot (payloads), oldest first.
    QList<QJsonObject> checksOfLot(const QString& lotId) const;
    TemplateState checkTemplate(const QString& productId) const;

private:
    QSqlDatabase db_;
};

// Appends to the local security log (failed signatures); never part of the event log.
void logSecurityEvent(QSqlDatabase db, qint64 atMs, const QString& userId, const QString& what, const QString& detail);

}  // namespace tracelot::quality

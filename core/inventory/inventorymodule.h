#pragma once
// Inventory & receiving: projections (lots, stock per location, totals), commands and reads.
#include "inventory/fefo.h"
#include "inventory/inventory.h"
#include "pipeline/module.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

namespace tracelot::inventory {

void install(Registrar& registrar);

// The facts inventory decisions need, read from the catalog and inventory projections.
// Other contexts that decide inventory changes (quality dispositions) use the same ones.
ProductFacts productFacts(QSqlDatabase db, const QString& productId);
LocationFacts locationFacts(QSqlDatabase db, const QString& locationId);

struct LotFilter {
    QString productId;
    QString locationId;
    QString search;        // TLC, product name or code
    QString status;        // "", available, quarantine, expired, empty
    int expiresWithinDays = -1;  // -1: any
    QDate today;
    bool includeEmpty = false;
};

struct LotRow {
    QString lotId;
    QString tlc;
    QString productId;
    QString productCode;
    QString productName;
    QString supplierName;
    QString unit;
    QDate receivedOn;
    QDate expiry;
    QDate bestBefore;
    qint64 onHand = 0;
    QString locations;  // "CR-01: 40, PF-A01: 8"
    QString status;     // available, quarantine, expired, empty
    QString origin;     // received, split, transformation
};

struct LocationStock {
    QString locationId;
    QString locationCode;
    QString locationName;
    QString locationType;
    qint64 quantity = 0;
};

struct ExpiryBoard {
    qint64 expired = 0, within7 = 0, within30 = 0, later = 0;  // lots with stock, by bucket
};

class InventoryQueries {
public:
    explicit InventoryQueries(QSqlDatabase db) : db_(std::move(db)) {}

    int countLots(const LotFilter& filter) const;
    QList<LotRow> lots(const LotFilter& filter, int offset, int limit) const;
    std::optional<LotRow> lot(const QString& lotId) const;
    QList<LocationStock> stockOf(const QString& lotId) const;
    qint64 onHand(const QString& productId) const;
    qint64 occupied(const QString& locationId) const;
    ExpiryBoard expiryBoard(const QDate& today) const;
    // Lots that had stock at the location at any moment of [fromMs, toMs] (UTC ms).
    QStringList lotsPresent(const QString& locationId, qint64 fromMs, qint64 toMs) const;

    // Lots of a product that could be picked for shipping on `shipDate`, in FEFO order,
    // until at least `quantity` is covered (skipped ones included, so the plan can say
    // why). Feeds allocateFefo().
    std::vector<FefoCandidate> fefoCandidates(const QString& productId, const QDate& shipDate, int requiredDays, qint64 quantity) const;

private:
    QSqlDatabase db_;
};

}  // namespace tracelot::inventory

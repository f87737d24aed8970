#pragma once
// First-expired-first-out allocation as a pure function: candidate lots in, a plan out.
// Orders call it; so does the benchmark. No database, no clock.
#include <QDate>
#include <QString>
#include <QStringList>
#include <vector>

namespace tracelot::inventory {

struct FefoCandidate {
    QString lotId;
    QString tlc;
    QString locationId;
    QString locationCode;
    QDate expiry;      // invalid when the lot has only a best-before date
    QDate bestBefore;  // used when there is no expiry
    QDate receivedOn;
    qint64 available = 0;  // at this location, after reservations
    bool held = false;
    bool quarantined = false;  // in a quarantine location
    bool recalled = false;

    QDate fefoDate() const { return expiry.isValid() ? expiry : bestBefore; }
};

struct FefoRequest {
    qint64 quantity = 0;
    QDate shipDate;
    int productMinDays = 0;   // product's minimum remaining shelf life at shipping
    int customerMinDays = 0;  // customer's minimum
};

struct FefoPick {
    QString lotId;
    QString tlc;
    QString locationId;
    QString locationCode;
    qint64 quantity = 0;
    QDate fefoDate;
    qint64 remainingDays = 0;
};

struct FefoSkip {
    QString lotId;
    QString locationCode;
    QString reason;  // plain words: "expires 2026-11-24, 2 days after shipping; needs 3"
};

struct FefoPlan {
    std::vector<FefoPick> picks;
    std::vector<FefoSkip> skipped;
    qint64 allocated = 0;
    qint64 shortfall = 0;  // never silent: what could not be allocated
    int requiredDays = 1;  // max(1, product minimum, customer minimum)
};

// Orders candidates by expiry (or best-before), then receive date, then lot id; skips held,
// quarantined, recalled and expired lots and those with fewer than
// max(1, productMinDays, customerMinDays) days left at the ship date (remaining days =
// fefoDate - shipDate); splits the quantity across lots.
FefoPlan allocateFefo(std::vector<FefoCandidate> candidates, const FefoRequest& request);

// True when `a` must be picked no later than `b` (the FEFO order).
bool fefoBefore(const FefoCandidate& a, const FefoCandidate& b);

}  // namespace tracelot::inventory

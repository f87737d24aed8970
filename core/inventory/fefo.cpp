#include "inventory/fefo.h"

#include <algorithm>

namespace tracelot::inventory {

bool fefoBefore(const FefoCandidate& a, const FefoCandidate& b)
{
    const QDate da = a.fefoDate(), db = b.fefoDate();
    if (da != db) {
        if (!da.isValid()) return false;  // undated last
        if (!db.isValid()) return true;
        return da < db;
    }
    if (a.receivedOn != b.receivedOn) return a.receivedOn < b.receivedOn;
    if (a.lotId != b.lotId) return a.lotId < b.lotId;
    return a.locationCode < b.locationCode;
}

FefoPlan allocateFefo(std::vector<FefoCandidate> candidates, const FefoRequest& request)
{
    FefoPlan plan;
    plan.requiredDays = std::max({1, request.productMinDays, request.customerMinDays});
    std::stable_sort(candidates.begin(), candidates.end(), fefoBefore);
    qint64 needed = std::max<qint64>(0, request.quantity);
    for (const FefoCandidate& c : candidates) {
        if (needed == 0) break;
        const auto skip = [&](const QString& reason) { plan.skipped.push_back({c.lotId, c.locationCode, reason}); };
        if (c.available <= 0) continue;
        if (c.recalled) {
            skip(QStringLiteral("recalled"));
            continue;
        }
        if (c.held) {
            skip(QStringLiteral("on quality hold"));
            continue;
        }
        if (c.quarantined) {
            skip(QStringLiteral("in quarantine"));
            continue;
        }
        const QDate date = c.fefoDate();
        if (!date.isValid()) {
            skip(QStringLiteral("has no expiry or best-before date"));
            continue;
        }
        const qint64 remaining = request.shipDate.daysTo(date);
        if (remaining < 0) {
            skip(QStringLiteral("expired on %1").arg(date.toString(Qt::ISODate)));
            continue;
        }
        if (remaining < plan.requiredDays) {
            skip(QStringLiteral("%1 day(s) left on %2, needs %3").arg(remaining).arg(request.shipDate.toString(Qt::ISODate)).arg(plan.requiredDays));
            continue;
        }
        const qint64 take = std::min(needed, c.available);
        plan.picks.push_back({c.lotId, c.tlc, c.locationId, c.locationCode, take, date, remaining});
        plan.allocated += take;
        needed -= take;
    }
    plan.shortfall = needed;
    return plan;
}

}  // namespace tracelot::inventory

#pragma once
// Event schema versions (SYNC.md "Delivery"). A stored event is a fact and never changes:
// its bytes are hashed into the audit chain and travel unchanged through sync. When the
// shape of an event's payload changes, its type gets a new version and an upcaster that
// turns the previous version into the next; events are brought to the current version when
// they are READ (EventStore: folds, projections, rebuilds, sync's re-runs), so every
// consumer only knows the current shape. The read event keeps the stored form
// (Event::storedVersion / storedPayload), so Event::canonicalBytes() — the audit hash and
// the sync comparison — is still the fact as recorded.
//
// Adding a version: bump kCurrent… below, add a Step from the previous version, emit the new
// version in the decide function, and store a sample of the old version under
// tests/data/events/ (tst_upcast reads every sample).
#include "eventstore/event.h"

#include <functional>
#include <vector>

namespace tracelot::upcast {

struct Step {
    QString type;
    int from = 1;  // turns version `from` into `from + 1`
    QString change;  // what changed, for the docs and the test output
    std::function<QJsonObject(const QJsonObject&)> up;
};

// Every registered step, in (type, from) order.
const std::vector<Step>& steps();
// The version the current code writes and reads for `type` (1 when it never changed).
int currentVersion(const QString& type);
// True when an event of this type and version must be upcast when read.
bool needed(const QString& type, int version);
// Brings `e` to the current version of its type (payload, payloadJson and version), keeping
// the stored form for canonicalBytes(). An event from a NEWER version than this code knows
// is left as it is (a newer app wrote it; the database refuses to open before that happens).
void apply(Event& e);

}  // namespace tracelot::upcast

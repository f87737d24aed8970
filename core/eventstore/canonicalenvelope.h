#pragma once
// Event::canonicalBytes() when the payload's canonical JSON is already at hand: the append
// path computes it once for both the stored row and the hash instead of twice.
#include "eventstore/event.h"

namespace tracelot {

// == e.canonicalBytes() when canonicalPayload == canonicalJson(the payload canonicalBytes uses).
QByteArray canonicalEnvelope(const Event& e, QByteArrayView canonicalPayload);

}  // namespace tracelot

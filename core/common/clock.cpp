#include "common/clock.h"

#include <QDateTime>

namespace tracelot {
qint64 SystemClock::nowMs() const { return QDateTime::currentMSecsSinceEpoch(); }
}  // namespace tracelot

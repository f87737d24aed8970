#include "common/ids.h"

#include <QUuid>

namespace tracelot {

QString UuidGenerator::next() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

QString SequentialIds::next()
{
    const quint64 n = n_.fetch_add(1);
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

}  // namespace tracelot

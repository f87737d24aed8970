#include "eventstore/event.h"

#include "common/canonicaljson.h"

namespace tracelot {

QJsonObject Event::envelope() const
{
    return QJsonObject{
        {QStringLiteral("event_id"), eventId},
        {QStringLiteral("type"), type},
        {QStringLiteral("version"), version},
        {QStringLiteral("stream"), stream},
        {QStringLiteral("stream_version"), streamVersion},
        {QStringLiteral("occurred_at"), occurredAt},
        {QStringLiteral("recorded_by"), recordedBy},
        {QStringLiteral("device_id"), deviceId},
        {QStringLiteral("correlation_id"), correlationId},
        {QStringLiteral("causation_id"), causationId},
        {QStringLiteral("payload"), payload},
    };
}

QByteArray Event::canonicalBytes() const { return canonicalJson(envelope()); }

Event Event::fromEnvelope(const QJsonObject& o)
{
    Event e;
    e.eventId = o.value(QLatin1String("event_id")).toString();
    e.type = o.value(QLatin1String("type")).toString();
    e.version = o.value(QLatin1String("version")).toInt(1);
    e.stream = o.value(QLatin1String("stream")).toString();
    e.streamVersion = o.value(QLatin1String("stream_version")).toInteger();
    e.occurredAt = o.value(QLatin1String("occurred_at")).toInteger();
    e.recordedBy = o.value(QLatin1String("recorded_by")).toString();
    e.deviceId = o.value(QLatin1String("device_id")).toString();
    e.correlationId = o.value(QLatin1String("correlation_id")).toString();
    e.causationId = o.value(QLatin1String("causation_id")).toString();
    e.payload = o.value(QLatin1String("payload")).toObject();
    return e;
}

}  // namespace tracelot

#include "eventstore/event.h"

#include "common/canonicaljson.h"
#include "eventstore/canonicalenvelope.h"

namespace tracelot {

QJsonObject Event::envelope() const
{
    return QJsonObject{
        {QStringLiteral("event_id"), eventId},
        {QStringLiteral("type"), type},
        {QStringLiteral("version"), storedVersion > 0 ? storedVersion : version},
        {QStringLiteral("stream"), stream},
        {QStringLiteral("stream_version"), streamVersion},
        {QStringLiteral("occurred_at"), occurredAt},
        {QStringLiteral("recorded_by"), recordedBy},
        {QStringLiteral("device_id"), deviceId},
        {QStringLiteral("correlation_id"), correlationId},
        {QStringLiteral("causation_id"), causationId},
        {QStringLiteral("payload"), storedVersion > 0 ? storedPayload : payload},
    };
}

namespace {
// A string as canonicalJson writes it, straight from UTF-16 when it is plain printable
// ASCII without quotes or backslashes (ids, types, streams); anything else goes through
// canonicalJson itself.
void appendJsonString(QByteArray& out, const QString& s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u > 0x7e || u == u'"' || u == u'\\') {
            out.append(canonicalJson(QJsonValue(s)));
            return;
        }
    }
    out.append('"');
    const qsizetype at = out.size();
    out.resize(at + s.size());
    char* dst = out.data() + at;
    for (const QChar c : s) *dst++ = static_cast<char>(c.unicode());
    out.append('"');
}

void appendJsonInteger(QByteArray& out, qint64 v)
{
    // canonicalJson goes through a double: exact below 2^53, which every envelope integer is.
    if (v > -9007199254740992LL && v < 9007199254740992LL) out.append(QByteArray::number(v));
    else out.append(canonicalJson(QJsonValue(v)));
}
}  // namespace

// canonicalJson(envelope()) without building the envelope object: the keys of the
// envelope written in their canonical (sorted) order around the payload's canonical JSON.
// tst_canonicaljson checks both give the same bytes.
QByteArray canonicalEnvelope(const Event& e, QByteArrayView canonicalPayload)
{
    QByteArray out;
    out.reserve(canonicalPayload.size() + 320);
    out.append("{\"causation_id\":");
    appendJsonString(out, e.causationId);
    out.append(",\"correlation_id\":");
    appendJsonString(out, e.correlationId);
    out.append(",\"device_id\":");
    appendJsonString(out, e.deviceId);
    out.append(",\"event_id\":");
    appendJsonString(out, e.eventId);
    out.append(",\"occurred_at\":");
    appendJsonInteger(out, e.occurredAt);
    out.append(",\"payload\":");
    out.append(canonicalPayload);
    out.append(",\"recorded_by\":");
    appendJsonString(out, e.recordedBy);
    out.append(",\"stream\":");
    appendJsonString(out, e.stream);
    out.append(",\"stream_version\":");
    appendJsonInteger(out, e.streamVersion);
    out.append(",\"type\":");
    appendJsonString(out, e.type);
    out.append(",\"version\":");
    appendJsonInteger(out, e.storedVersion > 0 ? e.storedVersion : e.version);
    out.append('}');
    return out;
}

QByteArray Event::canonicalBytes() const { return canonicalEnvelope(*this, canonicalJson(storedVersion > 0 ? storedPayload : payload)); }

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

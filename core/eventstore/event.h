#pragma once
// The event envelope of DOMAIN.md. Events are facts; their canonical bytes are hashed
// into the audit chain, so the envelope is serialised one way only.
#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace tracelot {

// What a decide function produces: the envelope is completed by the pipeline.
struct NewEvent {
    QString type;    // aggregate.action, lower case, past tense: "product.defined"
    QString stream;  // aggregate type + id: "product-<uuid>"
    QJsonObject payload;
    int version = 1;  // schema version of the payload
};
using NewEvents = std::vector<NewEvent>;

struct Event {
    qint64 seq = 0;  // local position in this database's log (not part of the envelope)
    QString eventId;
    QString type;
    int version = 1;
    QString stream;
    qint64 streamVersion = 0;
    qint64 occurredAt = 0;  // UTC ms
    QString recordedBy;     // user id
    QString deviceId;
    QString correlationId;
    QString causationId;  // the command id
    QJsonObject payload;
    // The payload's canonical JSON text as stored in the log, when known (set on append
    // and when read back). Projections that let SQLite read the fields use it; a rebuild
    // for such projections skips parsing `payload` altogether.
    QByteArray payloadJson;
    QByteArray prevHash;  // audit chain, raw 32 bytes
    QByteArray hash;
    // Set when the event was upcast on reading (eventstore/upcasters.h): the version and
    // payload as stored. envelope()/canonicalBytes() use them, so the hash and sync still
    // see the fact as recorded while `version`/`payload` are the current shape.
    int storedVersion = 0;
    QJsonObject storedPayload{};

    QJsonObject envelope() const;        // every envelope field, payload included
    QByteArray canonicalBytes() const;   // canonicalJson(envelope())
    static Event fromEnvelope(const QJsonObject& o);
};
using Events = std::vector<Event>;

}  // namespace tracelot

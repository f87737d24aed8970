#include "eventstore/eventstore.h"

#include "common/canonicaljson.h"
#include "common/crypto.h"

#include <QSet>
#include <QSqlError>
#include <QVariant>

namespace tracelot {

const char* const EventStore::kColumns =
    "seq, event_id, type, version, stream, stream_version, occurred_at, recorded_by, device_id, "
    "correlation_id, causation_id, payload, prev_hash, hash";

EventStore::EventStore(QSqlDatabase db) : db_(std::move(db)), insert_(db_), streamVersion_(db_), readStream_(db_), head_(db_)
{
    insert_.prepare(QStringLiteral(
        "INSERT INTO events(event_id, type, version, stream, stream_version, occurred_at, recorded_by, device_id,"
        " correlation_id, causation_id, payload, prev_hash, hash) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    streamVersion_.prepare(QStringLiteral("SELECT COALESCE(MAX(stream_version), 0) FROM events WHERE stream = ?"));
    readStream_.prepare(QStringLiteral("SELECT %1 FROM events WHERE stream = ? ORDER BY stream_version").arg(QLatin1String(kColumns)));
    head_.prepare(QStringLiteral("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1"));
}

Event EventStore::fromRow(const QSqlQuery& q)
{
    Event e;
    e.seq = q.value(0).toLongLong();
    e.eventId = q.value(1).toString();
    e.type = q.value(2).toString();
    e.version = q.value(3).toInt();
    e.stream = q.value(4).toString();
    e.streamVersion = q.value(5).toLongLong();
    e.occurredAt = q.value(6).toLongLong();
    e.recordedBy = q.value(7).toString();
    e.deviceId = q.value(8).toString();
    e.correlationId = q.value(9).toString();
    e.causationId = q.value(10).toString();
    parseJsonObject(q.value(11).toByteArray(), &e.payload);
    e.prevHash = q.value(12).toByteArray();
    e.hash = q.value(13).toByteArray();
    return e;
}

qint64 EventStore::streamVersion(const QString& stream)
{
    streamVersion_.addBindValue(stream);
    if (!streamVersion_.exec() || !streamVersion_.next()) return 0;
    const qint64 v = streamVersion_.value(0).toLongLong();
    streamVersion_.finish();
    return v;
}

Events EventStore::readStream(const QString& stream)
{
    Events out;
    readStream_.addBindValue(stream);
    if (!readStream_.exec()) return out;
    while (readStream_.next()) out.push_back(fromRow(readStream_));
    readStream_.finish();
    return out;
}

std::optional<Event> EventStore::byId(const QString& eventId)
{
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("SELECT %1 FROM events WHERE event_id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(eventId);
    if (q.exec() && q.next()) return fromRow(q);
    return std::nullopt;
}

QByteArray EventStore::headHash()
{
    QByteArray h;
    if (head_.exec() && head_.next()) h = head_.value(1).toByteArray();
    head_.finish();
    return h;
}

qint64 EventStore::lastSeq()
{
    qint64 s = 0;
    if (head_.exec() && head_.next()) s = head_.value(0).toLongLong();
    head_.finish();
    return s;
}

qint64 EventStore::count()
{
    QSqlQuery q(db_);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM events")) && q.next() ? q.value(0).toLongLong() : 0;
}

Result<Event> EventStore::append(Event e)
{
    e.prevHash = headHash();
    e.hash = crypto::sha256(e.prevHash, e.canonicalBytes());
    insert_.addBindValue(e.eventId);
    insert_.addBindValue(e.type);
    insert_.addBindValue(e.version);
    insert_.addBindValue(e.stream);
    insert_.addBindValue(e.streamVersion);
    insert_.addBindValue(e.occurredAt);
    insert_.addBindValue(e.recordedBy);
    insert_.addBindValue(e.deviceId);
    insert_.addBindValue(e.correlationId);
    insert_.addBindValue(e.causationId);
    insert_.addBindValue(QString::fromUtf8(canonicalJson(e.payload)));
    insert_.addBindValue(e.prevHash.isEmpty() ? QByteArray("") : e.prevHash);  // the first event links to an empty hash
    insert_.addBindValue(e.hash);
    if (!insert_.exec()) {
        const QString err = insert_.lastError().text();
        if (err.contains(QLatin1String("UNIQUE")))
            return refuse(QStringLiteral("store.conflict"),
                          QStringLiteral("Someone else changed %1 at the same moment; please try again.").arg(e.stream));
        return refuse(QStringLiteral("store.write_failed"), QStringLiteral("The event could not be stored: %1").arg(err));
    }
    e.seq = insert_.lastInsertId().toLongLong();
    return e;
}

bool EventStore::forEach(qint64 afterSeq, const std::function<bool(const Event&)>& fn, const QStringList& types)
{
    // A scan in log order (primary key) is faster than an index walk when most events
    // are wanted, as in a rebuild; events of other types are skipped before their
    // payload is parsed.
    QSqlQuery q(db_);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM events WHERE seq > ? ORDER BY seq").arg(QLatin1String(kColumns)));
    q.addBindValue(afterSeq);
    if (!q.exec()) return false;
    const QSet<QString> wanted(types.begin(), types.end());
    while (q.next()) {
        if (!wanted.isEmpty() && !wanted.contains(q.value(2).toString())) continue;
        if (!fn(fromRow(q))) break;
    }
    return true;
}

Events EventStore::readAfter(qint64 afterSeq, int limit)
{
    Events out;
    QSqlQuery q(db_);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM events WHERE seq > ? ORDER BY seq LIMIT ?").arg(QLatin1String(kColumns)));
    q.addBindValue(afterSeq);
    q.addBindValue(limit);
    if (q.exec())
        while (q.next()) out.push_back(fromRow(q));
    return out;
}

}  // namespace tracelot

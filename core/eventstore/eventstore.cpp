#include "eventstore/eventstore.h"

#include "common/canonicaljson.h"
#include "common/crypto.h"
#include "eventstore/canonicalenvelope.h"
#include "eventstore/upcasters.h"

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include <QVariant>

namespace tracelot {

const char* const EventStore::kColumns =
    "seq, event_id, type, version, stream, stream_version, occurred_at, recorded_by, device_id, "
    "correlation_id, causation_id, payload, prev_hash, hash";

EventStore::EventStore(QSqlDatabase db)
    : db_(std::move(db)),
      insert_(db_, QStringLiteral("INSERT INTO events(event_id, type, version, stream, stream_version, occurred_at, recorded_by, device_id,"
                                  " correlation_id, causation_id, payload, prev_hash, hash) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)")),
      streamVersion_(db_, QStringLiteral("SELECT COALESCE(MAX(stream_version), 0) FROM events WHERE stream = ?")),
      readStream_(db_, QStringLiteral("SELECT %1 FROM events WHERE stream = ? ORDER BY stream_version").arg(QLatin1String(kColumns))),
      head_(db_, QStringLiteral("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1"))
{
}

Event EventStore::fromRow(const sql::Statement& q)
{
    Event e;
    e.seq = q.int64(0);
    e.eventId = q.text(1);
    e.type = q.text(2);
    e.version = static_cast<int>(q.int64(3));
    e.stream = q.text(4);
    e.streamVersion = q.int64(5);
    e.occurredAt = q.int64(6);
    e.recordedBy = q.text(7);
    e.deviceId = q.text(8);
    e.correlationId = q.text(9);
    e.causationId = q.text(10);
    e.payloadJson = q.utf8(11);
    parseJsonObject(e.payloadJson, &e.payload);
    e.prevHash = q.blob(12);
    e.hash = q.blob(13);
    upcast::apply(e);  // readers see the current shape; canonicalBytes() the stored one
    return e;
}

void EventStore::setHeld(bool held)
{
    held_ = held;
    headKnown_ = false;
    headHash_.clear();
    lastStream_.clear();
}

qint64 EventStore::streamVersion(const QString& stream)
{
    if (held_ && !lastStream_.isEmpty() && stream == lastStream_) return lastStreamVersion_;
    streamVersion_.bind(1, stream);
    const qint64 v = streamVersion_.step() ? streamVersion_.int64(0) : 0;
    streamVersion_.reset();
    return v;
}

Events EventStore::readStream(const QString& stream)
{
    Events out;
    readStream_.bind(1, stream);
    while (readStream_.step()) out.push_back(fromRow(readStream_));
    readStream_.reset();
    if (held_) {
        lastStream_ = stream;
        lastStreamVersion_ = out.empty() ? 0 : out.back().streamVersion;
    }
    return out;
}

std::optional<Event> EventStore::byId(const QString& eventId)
{
    sql::Statement q(db_, QStringLiteral("SELECT %1 FROM events WHERE event_id = ?").arg(QLatin1String(kColumns)));
    q.bind(1, eventId);
    if (q.step()) return fromRow(q);
    return std::nullopt;
}

QByteArray EventStore::headHash()
{
    if (held_ && headKnown_) return headHash_;
    const bool found = head_.step();
    const QByteArray h = found ? head_.blob(1) : QByteArray();
    if (held_) {
        headKnown_ = true;
        headSeq_ = found ? head_.int64(0) : 0;
        headHash_ = h;
    }
    head_.reset();
    return h;
}

qint64 EventStore::lastSeq()
{
    if (held_ && headKnown_) return headSeq_;
    const qint64 s = head_.step() ? head_.int64(0) : 0;
    head_.reset();
    return s;
}

qint64 EventStore::count()
{
    sql::Statement q(db_, QStringLiteral("SELECT COUNT(*) FROM events"));
    return q.step() ? q.int64(0) : 0;
}

Result<Event> EventStore::append(Event e)
{
    if (e.storedVersion > 0) {  // an upcast event (e.g. pulled, then re-appended): store the fact as recorded
        e.version = e.storedVersion;
        e.payload = e.storedPayload;
        e.storedVersion = 0;
        e.storedPayload = {};
    }
    e.payloadJson = canonicalJson(e.payload);  // once, for the row and the hash
    if (chained_) {
        e.prevHash = headHash();
        e.hash = crypto::sha256(e.prevHash, canonicalEnvelope(e, e.payloadJson));
    } else {
        e.prevHash.clear();
        e.hash.clear();
    }
    insert_.bind(1, e.eventId)
        .bind(2, e.type)
        .bind(3, e.version)
        .bind(4, e.stream)
        .bind(5, e.streamVersion)
        .bind(6, e.occurredAt)
        .bind(7, e.recordedBy)
        .bind(8, e.deviceId)
        .bind(9, e.correlationId)
        .bind(10, e.causationId)
        .bindUtf8(11, e.payloadJson)
        .bindBlob(12, e.prevHash)  // the first event links to an empty hash
        .bindBlob(13, e.hash);
    if (!insert_.run()) {
        const QString err = insert_.error();
        if (err.contains(QLatin1String("UNIQUE")))
            return refuse(QStringLiteral("store.conflict"),
                          QStringLiteral("Someone else changed %1 at the same moment; please try again.").arg(e.stream));
        return refuse(QStringLiteral("store.write_failed"), QStringLiteral("The event could not be stored: %1").arg(err));
    }
    e.seq = insert_.lastInsertRowId();
    if (held_) {
        headKnown_ = true;
        headSeq_ = e.seq;
        headHash_ = e.hash;
        lastStream_ = e.stream;
        lastStreamVersion_ = e.streamVersion;
    }
    upcast::apply(e);  // an old version (from another workstation): the caller's projections see the current shape
    return e;
}

qint64 EventStore::firstOfTypes(qint64 afterSeq, const QStringList& types)
{
    qint64 first = 0;
    sql::Cached q(db_, QStringLiteral("SELECT MIN(seq) FROM events WHERE type = ? AND seq > ?"));
    for (const QString& t : types) {
        q->bind(1, t).bind(2, afterSeq);
        if (q->step() && !q->isNull(0)) {
            const qint64 seq = q->int64(0);
            first = first == 0 ? seq : std::min(first, seq);
        }
        q->reset();
    }
    return first;
}

bool EventStore::forEach(qint64 afterSeq, const std::function<bool(const Event&)>& fn, const QStringList& types)
{
    // A scan in log order (primary key) is faster than an index walk when most events
    // are wanted, as in a rebuild; events of other types are skipped before their
    // payload is parsed.
    sql::Statement q(db_, QStringLiteral("SELECT %1 FROM events WHERE seq > ? ORDER BY seq").arg(QLatin1String(kColumns)));
    if (!q.valid()) return false;
    q.bind(1, afterSeq);
    QList<QByteArray> wanted;
    for (const QString& t : types) wanted << t.toUtf8();
    while (q.step()) {
        if (!wanted.isEmpty()) {
            int size = 0;
            const char* type = q.rawText(2, &size);
            const QByteArrayView view(type, size);
            bool match = false;
            for (const QByteArray& w : wanted)
                if (view == w) {
                    match = true;
                    break;
                }
            if (!match) continue;
        }
        if (!fn(fromRow(q))) break;
    }
    return !q.failed();
}

namespace {
// One row as stored, undecoded.
struct RawRow {
    qint64 seq;
    qint64 version;
    qint64 streamVersion;
    qint64 occurredAt;
    QByteArray bytes;  // event_id, type, stream, recorded_by, device_id, correlation_id, causation_id, payload, back to back
    int end[8];        // where each of them ends in `bytes`

    QByteArrayView text(int i) const { return QByteArrayView(bytes).sliced(i ? end[i - 1] : 0, end[i] - (i ? end[i - 1] : 0)); }
};

Events decode(std::vector<RawRow> rows, bool parsePayload, const QSet<QString>& parseOnly)
{
    Events out;
    out.reserve(rows.size());
    for (RawRow& r : rows) {
        Event e;
        e.seq = r.seq;
        e.eventId = QString::fromUtf8(r.text(0));
        e.type = QString::fromUtf8(r.text(1));
        e.version = static_cast<int>(r.version);
        e.stream = QString::fromUtf8(r.text(2));
        e.streamVersion = r.streamVersion;
        e.occurredAt = r.occurredAt;
        e.recordedBy = QString::fromUtf8(r.text(3));
        e.deviceId = QString::fromUtf8(r.text(4));
        e.correlationId = QString::fromUtf8(r.text(5));
        e.causationId = QString::fromUtf8(r.text(6));
        e.payloadJson = r.text(7).toByteArray();
        if (parsePayload && (parseOnly.isEmpty() || parseOnly.contains(e.type))) parseJsonObject(e.payloadJson, &e.payload);
        if (upcast::needed(e.type, e.version)) upcast::apply(e);  // parses the payload of an old version
        out.push_back(std::move(e));
    }
    return out;
}
}  // namespace

bool EventStore::forEachPipelined(qint64 afterSeq, const std::function<bool(const Event&)>& fn, const QStringList& types, bool parsePayload,
                                  const QSet<QString>& parseOnly)
{
    // Two producer threads read the log on their own read-only connections (WAL: they see
    // the last committed state, which a rebuild never changes), each taking every other
    // window of sequence numbers, and decode it; this thread applies the windows in order.
    // Reading SQLite rows is the costliest part of a replay, so both cores read.
    const QString path = db_.databaseName();
    if (path.isEmpty() || path == QLatin1String(":memory:")) return forEach(afterSeq, fn, types);
    const qint64 maxSeq = lastSeq();
    if (maxSeq <= afterSeq) return true;

    constexpr qint64 kWindow = 4096;
    constexpr int kLanes = 2;
    struct Lane {
        std::mutex m;
        std::condition_variable cv;
        std::deque<Events> windows;
        bool done = false;
        bool failed = false;
    } lanes[kLanes];
    std::atomic<bool> stop{false};
    QList<QByteArray> wanted;
    for (const QString& t : types) wanted << t.toUtf8();

    const auto produce = [&, file = path.toUtf8()](int lane) {
        Lane& L = lanes[lane];
        sqlite3* conn = nullptr;
        sqlite3_stmt* st = nullptr;
        bool ok = sqlite3_open_v2(file.constData(), &conn, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) == SQLITE_OK
                  && sqlite3_prepare_v2(conn,
                                        "SELECT seq, version, stream_version, occurred_at, event_id, type, stream, recorded_by, device_id,"
                                        " correlation_id, causation_id, payload FROM events WHERE seq > ? AND seq <= ? ORDER BY seq",
                                        -1, &st, nullptr) == SQLITE_OK;
        for (qint64 k = lane; ok && !stop && afterSeq + k * kWindow < maxSeq; k += kLanes) {
            sqlite3_reset(st);
            sqlite3_bind_int64(st, 1, afterSeq + k * kWindow);
            sqlite3_bind_int64(st, 2, afterSeq + (k + 1) * kWindow);
            std::vector<RawRow> rows;
            int rc;
            while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
                const auto* type = reinterpret_cast<const char*>(sqlite3_column_text(st, 5));
                const QByteArrayView view(type, sqlite3_column_bytes(st, 5));
                if (!wanted.isEmpty() && std::none_of(wanted.begin(), wanted.end(), [&](const QByteArray& w) { return view == w; })) continue;
                RawRow r{sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1), sqlite3_column_int64(st, 2), sqlite3_column_int64(st, 3), {}, {}};
                r.bytes.reserve(512);
                for (int i = 0; i < 8; ++i) {
                    r.bytes.append(reinterpret_cast<const char*>(sqlite3_column_text(st, 4 + i)), sqlite3_column_bytes(st, 4 + i));
                    r.end[i] = static_cast<int>(r.bytes.size());
                }
                rows.push_back(std::move(r));
            }
            ok = rc == SQLITE_DONE;
            Events window = decode(std::move(rows), parsePayload, parseOnly);  // may be empty: the order is kept by window
            std::unique_lock lock(L.m);
            L.cv.wait(lock, [&] { return L.windows.size() < 3 || stop; });
            L.windows.push_back(std::move(window));
            L.cv.notify_all();
        }
        sqlite3_finalize(st);
        sqlite3_close(conn);
        std::lock_guard lock(L.m);
        L.failed = !ok;
        L.done = true;
        L.cv.notify_all();
    };
    std::thread producers[kLanes] = {std::thread(produce, 0), std::thread(produce, 1)};

    bool failed = false;
    for (qint64 k = 0; afterSeq + k * kWindow < maxSeq; ++k) {
        Lane& L = lanes[k % kLanes];
        Events window;
        {
            std::unique_lock lock(L.m);
            L.cv.wait(lock, [&] { return !L.windows.empty() || L.done; });
            if (L.windows.empty()) {  // the producer stopped early: it failed
                failed = true;
                break;
            }
            window = std::move(L.windows.front());
            L.windows.pop_front();
            L.cv.notify_all();
        }
        bool keepGoing = true;
        for (const Event& e : window)
            if (!fn(e)) {
                keepGoing = false;
                break;
            }
        if (!keepGoing) break;
    }
    stop = true;
    for (Lane& L : lanes) {
        std::lock_guard lock(L.m);
        L.cv.notify_all();
    }
    for (std::thread& t : producers) t.join();
    for (const Lane& L : lanes) failed = failed || L.failed;
    return !failed;
}

Events EventStore::readAfter(qint64 afterSeq, int limit)
{
    Events out;
    sql::Statement q(db_, QStringLiteral("SELECT %1 FROM events WHERE seq > ? ORDER BY seq LIMIT ?").arg(QLatin1String(kColumns)));
    q.bind(1, afterSeq).bind(2, limit);
    while (q.step()) out.push_back(fromRow(q));
    return out;
}

}  // namespace tracelot

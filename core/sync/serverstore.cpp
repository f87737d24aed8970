#include "sync/serverstore.h"

#include "common/canonicaljson.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QVariant>
#include <charconv>
#include <libpq-fe.h>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcServerStore, "tracelot.sync.store", QtWarningMsg)

namespace tracelot::sync {
namespace {
QAtomicInteger<quint64> connectionCounter;
constexpr int kInsertChunk = 200;  // rows per multi-row INSERT (12 values each)
constexpr qint64 kOrderLockKey = 7071707;  // pg_advisory_xact_lock key of the global order

// PostgreSQL's COPY text format: one line per row, columns separated by tabs; backslash,
// tab, newline and carriage return escaped. Every column here is NOT NULL, so \N never occurs.
void appendCopyText(QByteArray& out, QByteArrayView utf8)
{
    qsizetype from = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (c != '\\' && c != '\t' && c != '\n' && c != '\r') continue;
        out.append(utf8.sliced(from, i - from));
        from = i + 1;
        out.append('\\');
        out.append(c == '\\' ? '\\' : c == '\t' ? 't' : c == '\n' ? 'n' : 'r');
    }
    out.append(utf8.sliced(from));
}
void appendCopyText(QByteArray& out, const QString& text) { appendCopyText(out, QByteArrayView(text.toUtf8())); }
void appendCopyNumber(QByteArray& out, qint64 n)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, n);
    out.append(buf, r.ptr - buf);
}
// One COPY line: the fields in order, tab-separated, the newline when it goes away.
class CopyLine {
public:
    explicit CopyLine(QByteArray& out) : out_(out) {}
    ~CopyLine() { out_.append('\n'); }
    CopyLine(const CopyLine&) = delete;
    CopyLine& operator=(const CopyLine&) = delete;
    CopyLine& operator<<(QByteArrayView utf8) { return field([&] { appendCopyText(out_, utf8); }); }
    CopyLine& operator<<(const QString& text) { return field([&] { appendCopyText(out_, text); }); }
    CopyLine& operator<<(qint64 n) { return field([&] { appendCopyNumber(out_, n); }); }

private:
    template <typename F>
    CopyLine& field(F write)
    {
        if (!first_) out_.append('\t');
        first_ = false;
        write();
        return *this;
    }
    QByteArray& out_;
    bool first_ = true;
};

void appendEventRow(QByteArray& out, qint64 globalSeq, const Event& e)
{
    CopyLine(out) << globalSeq << e.eventId << e.type << static_cast<qint64>(e.version) << e.stream << e.streamVersion << e.occurredAt << e.recordedBy
                  << e.deviceId << e.correlationId << e.causationId
                  << QByteArrayView(e.payloadJson.isEmpty() ? canonicalJson(e.payload) : e.payloadJson);
}
const char* const kCopyEvents = "COPY events(global_seq, event_id, type, version, stream, stream_version, occurred_at, recorded_by, device_id,"
                                " correlation_id, causation_id, payload) FROM STDIN";

PGconn* pgConnection(const QSqlDatabase& db)
{
    const QVariant v = db.driver()->handle();
    // QPSQL registers the handle as PGconn*, which Qt's type name spells as the struct behind it.
    if (!v.isValid() || (qstrcmp(v.typeName(), "PGconn*") != 0 && qstrcmp(v.typeName(), "pg_conn*") != 0)) return nullptr;
    return *static_cast<PGconn* const*>(v.data());
}
}  // namespace

const std::vector<ServerMigration>& serverMigrations()
{
    static const std::vector<ServerMigration> all = {
        {1,
         QStringLiteral("Authoritative event log in global order, devices with high-water marks, enrolment codes, processed commands"),
         {
             QStringLiteral("CREATE TABLE events ("
                            " global_seq %BIGKEY%,"
                            " event_id TEXT NOT NULL UNIQUE,"
                            " type TEXT NOT NULL,"
                            " version INTEGER NOT NULL,"
                            " stream TEXT NOT NULL,"
                            " stream_version BIGINT NOT NULL,"
                            " occurred_at BIGINT NOT NULL,"
                            " recorded_by TEXT NOT NULL,"
                            " device_id TEXT NOT NULL,"
                            " correlation_id TEXT NOT NULL,"
                            " causation_id TEXT NOT NULL,"
                            " payload TEXT NOT NULL,"
                            " UNIQUE (stream, stream_version))"),
             QStringLiteral("CREATE TABLE devices ("
                            " device_id TEXT PRIMARY KEY,"
                            " name TEXT NOT NULL,"
                            " secret_hash TEXT NOT NULL,"
                            " registered_at BIGINT NOT NULL,"
                            " secret_expires_at BIGINT NOT NULL DEFAULT 0,"
                            " revoked_at BIGINT NOT NULL DEFAULT 0,"
                            " high_water BIGINT NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE TABLE enrolment_codes ("
                            " code_hash TEXT PRIMARY KEY,"
                            " device_name TEXT NOT NULL,"
                            " issued_at BIGINT NOT NULL,"
                            " expires_at BIGINT NOT NULL,"
                            " used_at BIGINT NOT NULL DEFAULT 0,"
                            " used_by TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE processed_commands ("
                            " device_id TEXT NOT NULL,"
                            " device_seq BIGINT NOT NULL,"
                            " command_id TEXT NOT NULL,"
                            " name TEXT NOT NULL,"
                            " status TEXT NOT NULL,"
                            " code TEXT NOT NULL DEFAULT '',"
                            " message TEXT NOT NULL DEFAULT '',"
                            " first_seq BIGINT NOT NULL DEFAULT 0,"
                            " last_seq BIGINT NOT NULL DEFAULT 0,"
                            " processed_at BIGINT NOT NULL,"
                            " PRIMARY KEY (device_id, device_seq))"),
             QStringLiteral("CREATE INDEX processed_refusals ON processed_commands(device_id, status, device_seq)"),
         }},
        {2,
         QStringLiteral("Refusals indexed on their own (a partial index): accepted commands, nearly all of them, no longer write to it"),
         {
             QStringLiteral("DROP INDEX processed_refusals"),
             QStringLiteral("CREATE INDEX processed_refusals ON processed_commands(device_id, device_seq) WHERE status = 'refused'"),
         }},
        {3,
         QStringLiteral("Accepted commands answered per pushed run: one row per batch (its answers as a JSON array) instead of one row per command;"
                        " refusals keep a row each"),
         {
             QStringLiteral("CREATE TABLE processed_runs ("
                            " device_id TEXT NOT NULL,"
                            " last_device_seq BIGINT NOT NULL,"
                            " first_device_seq BIGINT NOT NULL,"
                            " first_global_seq BIGINT NOT NULL,"
                            " processed_at BIGINT NOT NULL,"
                            " answers TEXT NOT NULL,"
                            " PRIMARY KEY (device_id, last_device_seq))"),
             // Stored as it is, not compressed: written once per batch, read only for duplicates.
             QStringLiteral("%POSTGRES% ALTER TABLE processed_runs ALTER COLUMN answers SET STORAGE EXTERNAL"),
         }},
    };
    return all;
}

ServerStore::~ServerStore()
{
    statements_.clear();
    owned_.clear();
    if (db_.isValid()) {
        db_.close();
        db_ = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection_);
    }
}

Refusal ServerStore::failure(const QString& what)
{
    return refuse(QStringLiteral("server.store_failed"), QStringLiteral("The server database failed while %1: %2").arg(what, lastError_));
}

Result<std::unique_ptr<ServerStore>> ServerStore::open(const QString& location)
{
    std::unique_ptr<ServerStore> s(new ServerStore);
    s->connection_ = QStringLiteral("tracelot-server-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    if (location.startsWith(QLatin1String("sqlite:"))) {
        const QString path = QFileInfo(location.mid(7)).absoluteFilePath();
        s->db_ = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), s->connection_);
        s->db_.setDatabaseName(path);
        s->db_.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        s->description_ = QStringLiteral("sqlite:%1").arg(path);
    } else if (location.startsWith(QLatin1String("postgres://")) || location.startsWith(QLatin1String("postgresql://"))
               || location.contains(QLatin1Char('='))) {
        s->postgres_ = true;
        s->db_ = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), s->connection_);
        if (!s->db_.isValid())
            return refuse(QStringLiteral("server.store_failed"), QStringLiteral("The PostgreSQL driver (QPSQL, package libqt6sql6-psql) is not installed."));
        QString host, db, user, password;
        int port = 5432;
        if (location.contains(QLatin1String("://"))) {
            const QUrl url(location);
            host = url.host();
            port = url.port(5432);
            db = url.path().mid(1);
            user = url.userName();
            password = url.password();
            const QUrlQuery q(url);
            if (q.hasQueryItem(QStringLiteral("host"))) host = q.queryItemValue(QStringLiteral("host"));  // unix socket directory
        } else {
            for (const QString& kv : location.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                const QString key = kv.section(QLatin1Char('='), 0, 0), value = kv.section(QLatin1Char('='), 1);
                if (key == QLatin1String("host")) host = value;
                else if (key == QLatin1String("port")) port = value.toInt();
                else if (key == QLatin1String("dbname")) db = value;
                else if (key == QLatin1String("user")) user = value;
                else if (key == QLatin1String("password")) password = value;
            }
        }
        s->db_.setHostName(host);
        s->db_.setPort(port);
        s->db_.setDatabaseName(db);
        s->db_.setUserName(user);
        if (!password.isEmpty()) s->db_.setPassword(password);
        s->description_ = QStringLiteral("postgres: database %1 on %2 port %3 as %4").arg(db, host).arg(port).arg(user);
    } else {
        return refuse(QStringLiteral("server.config"),
                      QStringLiteral("Unknown database location \"%1\": use sqlite:PATH or postgres://user@host:port/dbname.").arg(location));
    }
    if (!s->db_.open())
        return refuse(QStringLiteral("server.store_unavailable"),
                      QStringLiteral("Cannot open the server database (%1): %2").arg(s->description_, s->db_.lastError().text()));
    QSqlQuery q(s->db_);
    if (!s->postgres_) {
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.exec(QStringLiteral("PRAGMA synchronous=FULL")))
            return refuse(QStringLiteral("server.store_failed"), q.lastError().text());
    } else {
        q.exec(QStringLiteral("SET client_min_messages = warning"));
    }
    if (Status st = s->migrate(); !st) return st.refusal();
    return s;
}

QString ServerStore::describe() const { return description_; }

QSqlQuery& ServerStore::prepared(const QString& sql)
{
    if (copying_) copyFailed_ = !endCopy();  // the connection runs one thing at a time; finishAppend() reports the failure
    auto it = statements_.find(sql);
    if (it != statements_.end()) return **it;
    auto q = std::make_unique<QSqlQuery>(db_);
    q->setForwardOnly(true);
    if (!q->prepare(sql)) qCWarning(lcServerStore) << "prepare failed:" << sql << q->lastError().text();
    QSqlQuery* raw = q.get();
    owned_.push_back(std::move(q));
    statements_.insert(sql, raw);
    return *raw;
}

bool ServerStore::run(QSqlQuery& q)
{
    if (q.exec()) return true;
    lastError_ = q.lastError().text();
    if (postgres_) broken_ = true;  // reconnect before the next use (cheap, and errors are rare)
    return false;
}

int ServerStore::schemaVersion()
{
    QSqlQuery q(db_);
    if (!q.exec(QStringLiteral("SELECT value FROM server_meta WHERE key = 'schema_version'")) || !q.next()) return 0;
    return q.value(0).toInt();
}

Status ServerStore::migrate()
{
    QSqlQuery q(db_);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"))) {
        lastError_ = q.lastError().text();
        return failure(QStringLiteral("creating server_meta"));
    }
    const int current = schemaVersion();
    const int latest = serverMigrations().back().number;
    if (current > latest)
        return refuse(QStringLiteral("server.store_too_new"),
                      QStringLiteral("The server database was written by a newer tracelot-server (schema %1; this one knows up to %2). Nothing was changed.")
                          .arg(current)
                          .arg(latest));
    for (const ServerMigration& m : serverMigrations()) {
        if (m.number <= current) continue;
        if (Status s = begin(); !s) return s;
        for (QString sql : m.statements) {
            sql.replace(QLatin1String("%BIGKEY%"), postgres_ ? QLatin1String("BIGINT PRIMARY KEY") : QLatin1String("INTEGER PRIMARY KEY"));
            if (sql.startsWith(QLatin1String("%POSTGRES% "))) {  // a step for PostgreSQL only
                if (!postgres_) continue;
                sql.remove(0, 11);
            }
            QSqlQuery step(db_);
            if (!step.exec(sql)) {
                lastError_ = step.lastError().text();
                rollback();
                return refuse(QStringLiteral("server.migration_failed"),
                              QStringLiteral("Upgrading the server database failed at step %1 (%2): %3").arg(m.number).arg(m.description, lastError_));
            }
        }
        if (Status s = setMeta(QStringLiteral("schema_version"), QString::number(m.number)); !s) {
            rollback();
            return s;
        }
        if (Status s = commit(); !s) return s;
    }
    return ok();
}

Status ServerStore::reconnect()
{
    // The statement objects stay (callers hold references); each is prepared again on the new connection.
    copying_ = false;
    copyFailed_ = false;
    for (QSqlQuery* q : std::as_const(statements_)) *q = QSqlQuery(db_);
    db_.close();
    if (!db_.open()) {
        lastError_ = db_.lastError().text();
        return refuse(QStringLiteral("server.store_unavailable"), QStringLiteral("The server database is not reachable: %1").arg(lastError_));
    }
    for (auto it = statements_.cbegin(); it != statements_.cend(); ++it) {
        *it.value() = QSqlQuery(db_);
        it.value()->setForwardOnly(true);
        it.value()->prepare(it.key());
    }
    broken_ = false;
    return ok();
}

void ServerStore::ensureConnected()
{
    if (broken_ && !inTx_) reconnect();
}

Status ServerStore::begin()
{
    QSqlQuery q(db_);
    if (postgres_) {
        // A connection lost since the last request (database restarted): reconnect once.
        if (broken_) reconnect();
        if (!db_.transaction() && (!reconnect() || !db_.transaction())) {
            lastError_ = db_.lastError().text();
            return refuse(QStringLiteral("server.store_unavailable"), QStringLiteral("The server database is not reachable: %1").arg(lastError_));
        }
        QSqlQuery& lock = prepared(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
        lock.addBindValue(kOrderLockKey);
        if (!run(lock)) {
            db_.rollback();
            return failure(QStringLiteral("taking the order lock"));
        }
        lock.finish();
    } else if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        lastError_ = q.lastError().text();
        return refuse(QStringLiteral("server.store_unavailable"), QStringLiteral("The server database is busy: %1").arg(lastError_));
    }
    inTx_ = true;
    return ok();
}

Status ServerStore::commit() { return commit({}); }

Status ServerStore::commit(const std::function<void()>& meanwhile)
{
    if (copying_ || copyFailed_) {
        const bool failed = copyFailed_ || !endCopy();
        copyFailed_ = false;
        if (failed) {
            rollback();
            return failure(QStringLiteral("storing events"));
        }
    }
    if (!postgres_) {
        streamSeq_ = -1;
        inTx_ = false;
        QSqlQuery q(db_);
        if (!q.exec(QStringLiteral("COMMIT"))) {
            lastError_ = q.lastError().text();
            q.exec(QStringLiteral("ROLLBACK"));
            return failure(QStringLiteral("committing"));
        }
        if (meanwhile) meanwhile();
        return ok();
    }
    for (QSqlQuery* q : std::as_const(statements_)) q->finish();  // no result may still be pending on the connection
    PGconn* conn = pgConnection(db_);
    if (conn)
        while (PGresult* pending = PQgetResult(conn)) PQclear(pending);  // what Qt's driver left unread (its last statement's end)
    if (!conn || PQsendQuery(conn, "COMMIT") != 1) {
        lastError_ = conn ? QString::fromUtf8(PQerrorMessage(conn)).trimmed() : QStringLiteral("the connection is not a PostgreSQL connection");
        rollback();
        broken_ = true;
        return failure(QStringLiteral("committing"));
    }
    streamSeq_ = -1;
    inTx_ = false;
    if (meanwhile) meanwhile();
    bool good = true;
    bool committed = false;
    while (PGresult* r = PQgetResult(conn)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK) {
            good = false;
            lastError_ = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
        } else if (qstrcmp(PQcmdStatus(r), "COMMIT") == 0) {
            committed = true;  // an aborted transaction answers COMMIT with ROLLBACK
        }
        PQclear(r);
    }
    if (good && !committed) {
        good = false;
        lastError_ = QStringLiteral("the transaction was rolled back by the database");
    }
    if (good && PQstatus(conn) == CONNECTION_OK) return ok();
    if (good) lastError_ = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    broken_ = true;
    return failure(QStringLiteral("committing"));
}

void ServerStore::rollback()
{
    streamSeq_ = -1;
    copyFailed_ = false;
    if (copying_) {
        copying_ = false;
        if (PGconn* conn = pgConnection(db_)) {
            PQputCopyEnd(conn, "push abandoned");
            while (PGresult* r = PQgetResult(conn)) PQclear(r);
        }
    }
    if (!inTx_) return;
    inTx_ = false;
    for (QSqlQuery* q : std::as_const(statements_)) q->finish();
    if (postgres_) {
        db_.rollback();
    } else {
        QSqlQuery q(db_);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

qint64 ServerStore::head()
{
    ensureConnected();
    QSqlQuery& q = prepared(QStringLiteral("SELECT COALESCE(MAX(global_seq), 0) FROM events"));
    const qint64 h = run(q) && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return h;
}

qint64 ServerStore::eventCount()
{
    ensureConnected();
    QSqlQuery& q = prepared(QStringLiteral("SELECT COUNT(*) FROM events"));
    const qint64 n = run(q) && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

Result<qint64> ServerStore::append(const Events& events)
{
    qint64 seq = head();
    if (postgres_ && !events.empty()) {
        QByteArray rows;
        rows.reserve(static_cast<qsizetype>(events.size()) * 640);
        for (const Event& e : events) appendEventRow(rows, ++seq, e);
        if (Status st = copy(kCopyEvents, rows); !st) return st.refusal();
        return seq;
    }
    size_t i = 0;
    while (i < events.size()) {
        const int rows = static_cast<int>(std::min<size_t>(events.size() - i, kInsertChunk));
        QString& sql = insertSql_[rows];
        if (sql.isEmpty()) {
            sql = QStringLiteral("INSERT INTO events(global_seq, event_id, type, version, stream, stream_version, occurred_at, recorded_by,"
                                 " device_id, correlation_id, causation_id, payload) VALUES ");
            for (int r = 0; r < rows; ++r) sql += r ? QStringLiteral(",(?,?,?,?,?,?,?,?,?,?,?,?)") : QStringLiteral("(?,?,?,?,?,?,?,?,?,?,?,?)");
        }
        QSqlQuery* q = &prepared(sql);
        int p = 0;
        for (int r = 0; r < rows; ++r) {
            const Event& e = events[i + static_cast<size_t>(r)];
            q->bindValue(p++, ++seq);
            q->bindValue(p++, e.eventId);
            q->bindValue(p++, e.type);
            q->bindValue(p++, e.version);
            q->bindValue(p++, e.stream);
            q->bindValue(p++, e.streamVersion);
            q->bindValue(p++, e.occurredAt);
            q->bindValue(p++, e.recordedBy);
            q->bindValue(p++, e.deviceId);
            q->bindValue(p++, e.correlationId);
            q->bindValue(p++, e.causationId);
            q->bindValue(p++, QString::fromUtf8(e.payloadJson.isEmpty() ? canonicalJson(e.payload) : e.payloadJson));
        }
        if (!run(*q)) return failure(QStringLiteral("storing events"));
        q->finish();
        i += static_cast<size_t>(rows);
    }
    return seq;
}

Status ServerStore::appendStreamed(const Events& events)
{
    if (events.empty()) return ok();
    if (streamSeq_ < 0) streamSeq_ = head();
    if (!postgres_) {
        Result<qint64> last = append(events);
        if (!last) return last.refusal();
        streamSeq_ = last.value();
        return ok();
    }
    if (copyFailed_) return failure(QStringLiteral("storing events"));
    if (!copying_)
        if (Status st = startCopy(kCopyEvents); !st) return st;
    copyBuf_.resize(0);  // keeps the capacity for the next piece
    for (const Event& e : events) appendEventRow(copyBuf_, ++streamSeq_, e);
    return putCopy(copyBuf_);
}

Result<qint64> ServerStore::finishAppend()
{
    const qint64 last = streamSeq_;
    streamSeq_ = -1;
    const bool failed = copyFailed_ || (copying_ && !endCopy());
    copyFailed_ = false;
    if (failed) return failure(QStringLiteral("storing events"));
    return last < 0 ? head() : last;
}

Status ServerStore::startCopy(const char* sql)
{
    PGconn* conn = pgConnection(db_);
    if (!conn) {
        lastError_ = QStringLiteral("the connection is not a PostgreSQL connection");
        return failure(QStringLiteral("starting a COPY"));
    }
    for (QSqlQuery* q : std::as_const(statements_)) q->finish();  // no result may still be pending on the connection
    PGresult* r = PQexec(conn, sql);
    const bool started = PQresultStatus(r) == PGRES_COPY_IN;
    PQclear(r);
    if (!started) {
        lastError_ = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        broken_ = true;
        return failure(QStringLiteral("starting a COPY"));
    }
    copying_ = true;
    return ok();
}

Status ServerStore::putCopy(const QByteArray& rows)
{
    // Blocking connection: libpq sends whenever its buffer fills and waits only while
    // PostgreSQL is behind; the caller goes on with its work meanwhile.
    if (PQputCopyData(pgConnection(db_), rows.constData(), static_cast<int>(rows.size())) == 1) return ok();
    lastError_ = QString::fromUtf8(PQerrorMessage(pgConnection(db_))).trimmed();
    copyFailed_ = true;
    broken_ = true;
    return failure(QStringLiteral("storing events"));
}

bool ServerStore::endCopy()
{
    if (!copying_) return true;
    copying_ = false;
    PGconn* conn = pgConnection(db_);
    bool good = PQputCopyEnd(conn, nullptr) == 1;
    if (!good) lastError_ = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    while (PGresult* r = PQgetResult(conn)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK) {
            good = false;
            lastError_ = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
        }
        PQclear(r);
    }
    if (!good) broken_ = true;
    return good;
}

Status ServerStore::copy(const char* sql, const QByteArray& rows)
{
    if (Status st = startCopy(sql); !st) return st;
    if (Status st = putCopy(rows); !st) {
        endCopy();
        copyFailed_ = false;
        return st;
    }
    if (!endCopy()) return failure(QStringLiteral("storing rows"));
    return ok();
}

Result<std::vector<ServerEvent>> ServerStore::readAfter(qint64 afterSeq, int limit)
{
    ensureConnected();
    QSqlQuery& q = prepared(QStringLiteral("SELECT global_seq, event_id, type, version, stream, stream_version, occurred_at, recorded_by,"
                                           " device_id, correlation_id, causation_id, payload FROM events WHERE global_seq > ? ORDER BY global_seq LIMIT ?"));
    q.addBindValue(afterSeq);
    q.addBindValue(limit);
    if (!run(q)) return failure(QStringLiteral("reading events"));
    std::vector<ServerEvent> out;
    out.reserve(static_cast<size_t>(std::max(0, limit)));
    while (q.next()) {
        ServerEvent se;
        se.globalSeq = q.value(0).toLongLong();
        Event& e = se.event;
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
        e.payloadJson = q.value(11).toString().toUtf8();
        parseJsonObject(e.payloadJson, &e.payload);
        out.push_back(std::move(se));
    }
    q.finish();
    return out;
}

bool ServerStore::eventExists(const QString& eventId)
{
    QSqlQuery& q = prepared(QStringLiteral("SELECT 1 FROM events WHERE event_id = ?"));
    q.addBindValue(eventId);
    const bool found = run(q) && q.next();
    q.finish();
    return found;
}

std::optional<DeviceRecord> ServerStore::device(const QString& deviceId)
{
    ensureConnected();
    QSqlQuery& q = prepared(QStringLiteral("SELECT device_id, name, secret_hash, registered_at, secret_expires_at, revoked_at, high_water"
                                           " FROM devices WHERE device_id = ?"));
    q.addBindValue(deviceId);
    std::optional<DeviceRecord> d;
    if (run(q) && q.next())
        d = DeviceRecord{q.value(0).toString(),     q.value(1).toString(),     q.value(2).toString().toLatin1(), q.value(3).toLongLong(),
                         q.value(4).toLongLong(),   q.value(5).toLongLong(),   q.value(6).toLongLong()};
    q.finish();
    return d;
}

QList<DeviceRecord> ServerStore::devices()
{
    QSqlQuery q(db_);
    QList<DeviceRecord> out;
    if (!q.exec(QStringLiteral("SELECT device_id, name, secret_hash, registered_at, secret_expires_at, revoked_at, high_water FROM devices ORDER BY name")))
        return out;
    while (q.next())
        out << DeviceRecord{q.value(0).toString(),   q.value(1).toString(),   q.value(2).toString().toLatin1(), q.value(3).toLongLong(),
                            q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toLongLong()};
    return out;
}

Status ServerStore::addDevice(const DeviceRecord& d)
{
    QSqlQuery& q = prepared(QStringLiteral("INSERT INTO devices(device_id, name, secret_hash, registered_at, secret_expires_at, revoked_at, high_water)"
                                           " VALUES(?, ?, ?, ?, ?, 0, 0)"));
    q.addBindValue(d.deviceId);
    q.addBindValue(d.name);
    q.addBindValue(QString::fromLatin1(d.secretHash));
    q.addBindValue(d.registeredAt);
    q.addBindValue(d.secretExpiresAt);
    if (!run(q)) return failure(QStringLiteral("registering the device"));
    return ok();
}

Status ServerStore::setSecret(const QString& deviceId, const QByteArray& secretHash, qint64 expiresAt)
{
    QSqlQuery& q = prepared(QStringLiteral("UPDATE devices SET secret_hash = ?, secret_expires_at = ?, revoked_at = 0 WHERE device_id = ?"));
    q.addBindValue(QString::fromLatin1(secretHash));
    q.addBindValue(expiresAt);
    q.addBindValue(deviceId);
    if (!run(q)) return failure(QStringLiteral("renewing the device secret"));
    return ok();
}

Status ServerStore::revokeDevice(const QString& deviceId, qint64 at)
{
    QSqlQuery& q = prepared(QStringLiteral("UPDATE devices SET revoked_at = ? WHERE device_id = ?"));
    q.addBindValue(at);
    q.addBindValue(deviceId);
    if (!run(q)) return failure(QStringLiteral("revoking the device"));
    if (q.numRowsAffected() == 0) return refuse(QStringLiteral("server.device_unknown"), QStringLiteral("There is no device %1.").arg(deviceId));
    return ok();
}

Status ServerStore::setHighWater(const QString& deviceId, qint64 deviceSeq)
{
    QSqlQuery& q = prepared(QStringLiteral("UPDATE devices SET high_water = ? WHERE device_id = ?"));
    q.addBindValue(deviceSeq);
    q.addBindValue(deviceId);
    if (!run(q)) return failure(QStringLiteral("recording the device's position"));
    return ok();
}

Status ServerStore::addEnrolmentCode(const QByteArray& codeHash, const QString& deviceName, qint64 issuedAt, qint64 expiresAt)
{
    QSqlQuery& q = prepared(QStringLiteral("INSERT INTO enrolment_codes(code_hash, device_name, issued_at, expires_at) VALUES(?, ?, ?, ?)"));
    q.addBindValue(QString::fromLatin1(codeHash));
    q.addBindValue(deviceName);
    q.addBindValue(issuedAt);
    q.addBindValue(expiresAt);
    if (!run(q)) return failure(QStringLiteral("storing the enrolment code"));
    return ok();
}

Result<QString> ServerStore::useEnrolmentCode(const QByteArray& codeHash, const QString& deviceId, qint64 now)
{
    QSqlQuery& q = prepared(QStringLiteral("SELECT device_name, expires_at, used_at FROM enrolment_codes WHERE code_hash = ?"));
    q.addBindValue(QString::fromLatin1(codeHash));
    if (!run(q)) return failure(QStringLiteral("checking the enrolment code"));
    if (!q.next()) {
        q.finish();
        return refuse(QStringLiteral("enrolment.unknown_code"), QStringLiteral("This enrolment code is not known to the server. Check it with your administrator."));
    }
    const QString name = q.value(0).toString();
    const qint64 expires = q.value(1).toLongLong(), used = q.value(2).toLongLong();
    q.finish();
    if (used)
        return refuse(QStringLiteral("enrolment.code_used"), QStringLiteral("This enrolment code was already used. Ask your administrator for a new one."));
    if (expires <= now)
        return refuse(QStringLiteral("enrolment.code_expired"), QStringLiteral("This enrolment code has expired. Ask your administrator for a new one."));
    QSqlQuery& u = prepared(QStringLiteral("UPDATE enrolment_codes SET used_at = ?, used_by = ? WHERE code_hash = ?"));
    u.addBindValue(now);
    u.addBindValue(deviceId);
    u.addBindValue(QString::fromLatin1(codeHash));
    if (!run(u)) return failure(QStringLiteral("using the enrolment code"));
    return name;
}

std::optional<CommandAnswer> ServerStore::answer(const QString& deviceId, qint64 deviceSeq)
{
    ensureConnected();
    // A refusal (or an answer recorded before runs existed) has a row of its own.
    QSqlQuery& q = prepared(QStringLiteral("SELECT command_id, status, code, message, first_seq, last_seq FROM processed_commands"
                                           " WHERE device_id = ? AND device_seq = ?"));
    q.addBindValue(deviceId);
    q.addBindValue(deviceSeq);
    std::optional<CommandAnswer> a;
    if (run(q) && q.next()) {
        CommandAnswer x;
        x.deviceSeq = deviceSeq;
        x.commandId = q.value(0).toString();
        x.status = q.value(1).toString() == QLatin1String("refused") ? AnswerStatus::Refused : AnswerStatus::Accepted;
        x.code = q.value(2).toString();
        x.message = q.value(3).toString();
        x.firstSeq = q.value(4).toLongLong();
        x.lastSeq = q.value(5).toLongLong();
        a = x;
    }
    q.finish();
    if (a) return a;
    // Accepted: in the run (push batch) that covers this command.
    QSqlQuery& r = prepared(QStringLiteral("SELECT first_device_seq, first_global_seq, answers FROM processed_runs WHERE device_id = ? AND last_device_seq >= ?"
                                           " ORDER BY last_device_seq LIMIT 1"));
    r.addBindValue(deviceId);
    r.addBindValue(deviceSeq);
    if (run(r) && r.next() && r.value(0).toLongLong() <= deviceSeq) {
        // [[device_seq, command_id, events], ...]: the events of the run follow each other
        // in the global order from first_global_seq.
        qint64 seq = r.value(1).toLongLong();
        const QJsonArray answers = QJsonDocument::fromJson(r.value(2).toString().toUtf8()).array();
        for (const QJsonValue& v : answers) {
            const QJsonArray e = v.toArray();
            const qint64 events = e.at(2).toInteger();
            if (e.at(0).toInteger() == deviceSeq) {
                CommandAnswer x;
                x.deviceSeq = deviceSeq;
                x.commandId = e.at(1).toString();
                x.status = AnswerStatus::Accepted;
                x.firstSeq = events ? seq : 0;
                x.lastSeq = events ? seq + events - 1 : 0;
                a = x;
                break;
            }
            seq += events;
        }
    }
    r.finish();
    return a;
}

Status ServerStore::recordAnswer(const QString& deviceId, const QString& name, const CommandAnswer& a, qint64 processedAt)
{
    QSqlQuery& q = prepared(QStringLiteral("INSERT INTO processed_commands(device_id, device_seq, command_id, name, status, code, message, first_seq, last_seq, processed_at)"
                                           " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(deviceId);
    q.addBindValue(a.deviceSeq);
    q.addBindValue(a.commandId);
    q.addBindValue(name);
    q.addBindValue(a.status == AnswerStatus::Refused ? QStringLiteral("refused") : QStringLiteral("accepted"));
    q.addBindValue(a.code.isEmpty() ? QStringLiteral("") : a.code);  // a null QString would bind NULL
    q.addBindValue(a.message.isEmpty() ? QStringLiteral("") : a.message);
    q.addBindValue(a.firstSeq);
    q.addBindValue(a.lastSeq);
    q.addBindValue(processedAt);
    if (!run(q)) return failure(QStringLiteral("recording the answer"));
    return ok();
}

Status ServerStore::recordAnswers(const QString& deviceId, const QStringList& names, const std::vector<CommandAnswer>& answers, qint64 processedAt)
{
    // Refusals get a row each (the workstation lists them until a user decides); the accepted
    // commands of the batch, nearly all, share one row: [[device_seq, command_id, events], ...]
    // with the global sequence of the run's first event — a duplicate's first answer is
    // found in it (the events of the run follow each other in the global order).
    QByteArray accepted("[");
    qint64 firstAccepted = 0, lastAccepted = 0, firstGlobal = 0, nextGlobal = 0;
    std::vector<size_t> refused;
    accepted.reserve(static_cast<qsizetype>(answers.size()) * 96);
    for (size_t k = 0; k < answers.size(); ++k) {
        const CommandAnswer& a = answers[k];
        if (a.status == AnswerStatus::Refused) {
            refused.push_back(k);
            continue;
        }
        if (!firstAccepted) firstAccepted = a.deviceSeq;
        lastAccepted = a.deviceSeq;
        const qint64 events = a.lastSeq ? a.lastSeq - a.firstSeq + 1 : 0;
        if (events) {
            if (!firstGlobal) firstGlobal = nextGlobal = a.firstSeq;
            if (a.firstSeq != nextGlobal) {  // never: the re-run appends a batch's events in order
                lastError_ = QStringLiteral("the events of a batch are not contiguous");
                return failure(QStringLiteral("recording the answers"));
            }
            nextGlobal = a.lastSeq + 1;
        }
        if (accepted.size() > 1) accepted.append(',');
        accepted.append('[').append(QByteArray::number(a.deviceSeq)).append(',');
        appendJsonString(accepted, a.commandId.toUtf8());
        accepted.append(',').append(QByteArray::number(events)).append(']');
    }
    accepted.append(']');
    for (size_t k : refused)
        if (Status s = recordAnswer(deviceId, names.at(static_cast<qsizetype>(k)), answers[k], processedAt); !s) return s;
    if (!firstAccepted) return ok();
    if (postgres_) {
        // Straight through libpq with the text as a parameter: through QPSQL the ~100 kB of
        // answers were escaped into the statement and parsed back by PostgreSQL.
        if (copying_ && !endCopy()) {
            copyFailed_ = true;
            return failure(QStringLiteral("storing events"));
        }
        PGconn* conn = pgConnection(db_);
        if (!conn) {
            lastError_ = QStringLiteral("the connection is not a PostgreSQL connection");
            return failure(QStringLiteral("recording the answers"));
        }
        for (QSqlQuery* q : std::as_const(statements_)) q->finish();  // no result may still be pending on the connection
        const QByteArray device = deviceId.toUtf8(), last = QByteArray::number(lastAccepted), first = QByteArray::number(firstAccepted),
                         global = QByteArray::number(firstGlobal), at = QByteArray::number(processedAt);
        const char* values[] = {device.constData(), last.constData(), first.constData(), global.constData(), at.constData(), accepted.constData()};
        const int lengths[] = {static_cast<int>(device.size()), static_cast<int>(last.size()), static_cast<int>(first.size()),
                               static_cast<int>(global.size()), static_cast<int>(at.size()), static_cast<int>(accepted.size())};
        PGresult* r = PQexecParams(conn,
                                   "INSERT INTO processed_runs(device_id, last_device_seq, first_device_seq, first_global_seq, processed_at, answers)"
                                   " VALUES($1, $2, $3, $4, $5, $6)",
                                   6, nullptr, values, lengths, nullptr, 0);
        const bool stored = PQresultStatus(r) == PGRES_COMMAND_OK;
        if (!stored) lastError_ = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
        PQclear(r);
        if (stored) return ok();
        broken_ = true;
        return failure(QStringLiteral("recording the answers"));
    }
    QSqlQuery& q = prepared(QStringLiteral("INSERT INTO processed_runs(device_id, last_device_seq, first_device_seq, first_global_seq, processed_at, answers)"
                                           " VALUES(?, ?, ?, ?, ?, ?)"));
    q.addBindValue(deviceId);
    q.addBindValue(lastAccepted);
    q.addBindValue(firstAccepted);
    q.addBindValue(firstGlobal);
    q.addBindValue(processedAt);
    q.addBindValue(QString::fromUtf8(accepted));
    if (!run(q)) return failure(QStringLiteral("recording the answers"));
    return ok();
}

std::vector<CommandAnswer> ServerStore::refusalsAfter(const QString& deviceId, qint64 afterDeviceSeq, int limit)
{
    ensureConnected();
    QSqlQuery& q = prepared(QStringLiteral("SELECT device_seq, command_id, code, message FROM processed_commands"
                                           " WHERE device_id = ? AND status = 'refused' AND device_seq > ? ORDER BY device_seq LIMIT ?"));
    q.addBindValue(deviceId);
    q.addBindValue(afterDeviceSeq);
    q.addBindValue(limit);
    std::vector<CommandAnswer> out;
    if (run(q))
        while (q.next()) {
            CommandAnswer a;
            a.deviceSeq = q.value(0).toLongLong();
            a.commandId = q.value(1).toString();
            a.status = AnswerStatus::Refused;
            a.code = q.value(2).toString();
            a.message = q.value(3).toString();
            out.push_back(a);
        }
    q.finish();
    return out;
}

QString ServerStore::meta(const QString& key)
{
    ensureConnected();
    QSqlQuery& q = prepared(QStringLiteral("SELECT value FROM server_meta WHERE key = ?"));
    q.addBindValue(key);
    const QString v = run(q) && q.next() ? q.value(0).toString() : QString();
    q.finish();
    return v;
}

Status ServerStore::setMeta(const QString& key, const QString& value)
{
    QSqlQuery& q = prepared(QStringLiteral("INSERT INTO server_meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!run(q)) return failure(QStringLiteral("writing server_meta"));
    return ok();
}

}  // namespace tracelot::sync

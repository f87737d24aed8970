#pragma once
// The server's authoritative storage, behind one interface on PostgreSQL (QPSQL, production)
// and SQLite (embedded default, trials, tests): events with a global sequence, unique
// event_id, unique (stream, stream_version); devices with their per-device high-water mark
// and hashed secrets; one-time enrolment codes; every processed command with its answer
// (refusals included). Numbered migrations like the desktop's (server_meta.schema_version).
//
// Ordering: a writer holds the global order lock for its whole transaction (PostgreSQL:
// pg_advisory_xact_lock, SQLite: BEGIN IMMEDIATE) and numbers events after MAX(global_seq),
// so the sequence grows in commit order and a reader never sees a gap filled later. Several
// server processes can share one PostgreSQL.
#include "common/result.h"
#include "eventstore/event.h"
#include "sync/protocol.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <functional>
#include <memory>
#include <optional>

namespace tracelot::sync {

struct DeviceRecord {
    QString deviceId;
    QString name;
    QByteArray secretHash;  // SHA-256 of the device secret (hex); the secret itself is never stored
    qint64 registeredAt = 0;
    qint64 secretExpiresAt = 0;  // 0: does not expire
    qint64 revokedAt = 0;        // 0: not revoked
    qint64 highWater = 0;        // last processed device_seq
};

struct ServerMigration {
    int number;
    QString description;
    QStringList statements;  // "%BIGKEY%" becomes the dialect's 64-bit integer primary key
};
const std::vector<ServerMigration>& serverMigrations();

class ServerStore {
public:
    ~ServerStore();
    ServerStore(const ServerStore&) = delete;
    ServerStore& operator=(const ServerStore&) = delete;

    // "sqlite:/path/file.sqlite", "postgres://user@host:port/dbname" (password from PGPASSWORD
    // or ~/.pgpass) or libpq key/value "host=/tmp/sock port=5432 dbname=tracelot user=tracelot".
    static Result<std::unique_ptr<ServerStore>> open(const QString& location);

    bool isPostgres() const { return postgres_; }
    QString describe() const;  // for logs: driver and database, never a password
    int schemaVersion();

    // The write transaction with the global order lock.
    Status begin();
    Status commit();
    // Commits, running `meanwhile` while PostgreSQL makes the transaction durable (after the
    // commit on SQLite). A failure after `meanwhile` ran is still a failure: nothing is kept.
    Status commit(const std::function<void()>& meanwhile);
    void rollback();
    bool inTransaction() const { return inTx_; }

    qint64 head();  // last global sequence (0: empty)
    qint64 eventCount();
    // Appends events numbered from head()+1, in order. Inside begin()/commit().
    Result<qint64> append(const Events& events);  // returns the global sequence of the last one
    // The same for one push batch, piece by piece while the caller keeps working: on
    // PostgreSQL the rows stream out with COPY and the database inserts them as they arrive
    // (SQLite inserts at once). Any other call first waits for the rows sent so far.
    // finishAppend() waits for the rest and returns the last global sequence (head() when
    // nothing was appended); a failure there or in commit() means the batch is lost whole.
    Status appendStreamed(const Events& events);
    Result<qint64> finishAppend();
    Result<std::vector<ServerEvent>> readAfter(qint64 afterSeq, int limit);
    bool eventExists(const QString& eventId);

    std::optional<DeviceRecord> device(const QString& deviceId);
    Status addDevice(const DeviceRecord& d);
    Status setSecret(const QString& deviceId, const QByteArray& secretHash, qint64 expiresAt);
    Status revokeDevice(const QString& deviceId, qint64 at);
    Status setHighWater(const QString& deviceId, qint64 deviceSeq);
    QList<DeviceRecord> devices();

    // One-time enrolment codes, stored hashed.
    Status addEnrolmentCode(const QByteArray& codeHash, const QString& deviceName, qint64 issuedAt, qint64 expiresAt);
    // Marks the code used by deviceId; refuses an unknown, used or expired code. Inside a transaction.
    Result<QString> useEnrolmentCode(const QByteArray& codeHash, const QString& deviceId, qint64 now);

    std::optional<CommandAnswer> answer(const QString& deviceId, qint64 deviceSeq);
    Status recordAnswer(const QString& deviceId, const QString& name, const CommandAnswer& a, qint64 processedAt);
    // The answers of a push batch (names[i] belongs to answers[i]): a row per refusal, one
    // row for all the accepted ones (processed_runs).
    Status recordAnswers(const QString& deviceId, const QStringList& names, const std::vector<CommandAnswer>& answers, qint64 processedAt);
    std::vector<CommandAnswer> refusalsAfter(const QString& deviceId, qint64 afterDeviceSeq, int limit);

    QString meta(const QString& key);
    Status setMeta(const QString& key, const QString& value);

    QString lastError() const { return lastError_; }

private:
    ServerStore() = default;
    Status migrate();
    Status reconnect();
    void ensureConnected();
    QSqlQuery& prepared(const QString& sql);
    bool run(QSqlQuery& q);
    Refusal failure(const QString& what);
    Status startCopy(const char* sql);  // PostgreSQL COPY ... FROM STDIN on Qt's connection
    Status putCopy(const QByteArray& rows);
    bool endCopy();  // false: lastError_ says why
    Status copy(const char* sql, const QByteArray& rows);

    QSqlDatabase db_;
    QString connection_;
    QString description_;
    bool postgres_ = false;
    bool inTx_ = false;
    QString lastError_;
    QHash<QString, QSqlQuery*> statements_;
    std::vector<std::unique_ptr<QSqlQuery>> owned_;
    QHash<int, QString> insertSql_;  // multi-row INSERT by row count
    bool broken_ = false;           // the connection failed: reconnect before the next use
    bool copying_ = false;          // a COPY is open on the connection
    bool copyFailed_ = false;       // an appendStreamed() row was refused: the batch is lost
    qint64 streamSeq_ = -1;         // last global sequence handed out by appendStreamed()
    QByteArray copyBuf_;
};

}  // namespace tracelot::sync

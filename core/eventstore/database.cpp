#include "eventstore/database.h"
#include "eventstore/statement.h"

#include "common/clock.h"
#include "common/ids.h"
#include "eventstore/transaction.h"

#include <QAtomicInteger>
#include <algorithm>
#include <QDateTime>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcDatabase, "tracelot.database", QtWarningMsg)

namespace tracelot {
namespace {
QAtomicInteger<quint64> connectionCounter;

bool exec(QSqlDatabase& db, const QString& sql, QString* error = nullptr)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        if (error) *error = q.lastError().text();
        return false;
    }
    return true;
}
}  // namespace

Database::~Database()
{
    if (db_.isValid()) {
        sql::dropCached(db_);  // kept statements are finalised before the connection closes
        db_.close();
        db_ = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection_);
    }
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const OpenOptions& options)
{
    std::unique_ptr<Database> d(new Database);
    d->path_ = path;
    d->connection_ = QStringLiteral("tracelot-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    d->db_ = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connection_);
    d->db_.setDatabaseName(path);
    d->db_.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!d->db_.open())
        return refuse(QStringLiteral("database.open_failed"),
                      QStringLiteral("The database %1 could not be opened: %2").arg(path, d->db_.lastError().text()));
    sql::keepStatementsFor(d->db_);  // dropped in ~Database, before the connection closes

    QString err;
    QSqlQuery wal(d->db_);
    const bool walOk = wal.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && wal.next()
                       && wal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
    wal.finish();
    if (!walOk)
        return refuse(QStringLiteral("database.wal_failed"),
                      QStringLiteral("The database %1 cannot use write-ahead logging (is it on a network drive?).").arg(path));
    // 64 MiB page cache: projection rebuilds touch many pages; the default (2 MiB) thrashes.
    if (!exec(d->db_, QStringLiteral("PRAGMA synchronous=FULL"), &err) || !exec(d->db_, QStringLiteral("PRAGMA foreign_keys=ON"), &err)
        || !exec(d->db_, QStringLiteral("PRAGMA cache_size=-65536"), &err) || !exec(d->db_, QStringLiteral("PRAGMA temp_store=MEMORY"), &err)
        // Small, frequent WAL checkpoints (100 pages): the commits that run one pay a tenth of
        // a 1000-page checkpoint. A/B on the 2-core machine: p99 1.9–2.1 ms at 250 pages,
        // 1.4–1.7 ms at 100 (p50 0.38 → 0.40 ms, p90 0.6 → 1.2 ms): see docs/BENCHMARKS.md.
        || !exec(d->db_, QStringLiteral("PRAGMA wal_autocheckpoint=100"), &err))
        return refuse(QStringLiteral("database.open_failed"), err);

    if (Status s = d->migrate(options); !s) return s.refusal();

    d->deviceId_ = d->meta(QStringLiteral("device_id"));
    if (d->deviceId_.isEmpty()) {
        UuidGenerator fallback;
        IdGenerator& ids = options.ids ? *options.ids : static_cast<IdGenerator&>(fallback);
        d->deviceId_ = ids.next();
        SystemClock sys;
        const Clock& clock = options.clock ? *options.clock : static_cast<const Clock&>(sys);
        if (!d->setMeta(QStringLiteral("device_id"), d->deviceId_)
            || !d->setMeta(QStringLiteral("created_at"), QDateTime::fromMSecsSinceEpoch(clock.nowMs(), Qt::UTC).toString(Qt::ISODateWithMs)))
            return refuse(QStringLiteral("database.open_failed"), QStringLiteral("Could not write the database identity."));
    }
    return d;
}

int Database::schemaVersion()
{
    QSqlQuery q(db_);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) return q.value(0).toInt();
    return -1;
}

Status Database::migrate(const OpenOptions& options)
{
    const int current = schemaVersion();
    const int latest = latestSchemaVersion();
    if (current > latest)
        return refuse(QStringLiteral("database.too_new"),
                      QStringLiteral("This database was written by a newer version of Tracelot (schema %1; this version knows up to %2). "
                                     "Install the newer version of Tracelot to open it; nothing was changed.")
                          .arg(current)
                          .arg(latest));
    const int target = options.migrateTo >= 0 ? std::min(options.migrateTo, latest) : latest;
    if (current >= target) return ok();

    if (current > 0 && options.backupBeforeMigrate) {
        SystemClock sys;
        const Clock& clock = options.clock ? *options.clock : static_cast<const Clock&>(sys);
        const QString stamp = QDateTime::fromMSecsSinceEpoch(clock.nowMs(), Qt::UTC).toString(QStringLiteral("yyyyMMdd-HHmmss"));
        backupPath_ = QStringLiteral("%1.schema%2-%3.bak").arg(path_).arg(current).arg(stamp);
        if (QFileInfo::exists(backupPath_))
            return refuse(QStringLiteral("database.backup_failed"), QStringLiteral("A backup file %1 already exists; not overwriting it.").arg(backupPath_));
        QSqlQuery q(db_);
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(backupPath_);
        if (!q.exec())
            return refuse(QStringLiteral("database.backup_failed"),
                          QStringLiteral("Could not back up the database to %1 before upgrading it: %2").arg(backupPath_, q.lastError().text()));
        qCInfo(lcDatabase) << "backed up schema" << current << "database to" << backupPath_;
    }

    for (const Migration& m : migrations()) {
        if (m.number <= current || m.number > target) continue;
        Transaction tx(db_);
        if (!tx.active()) return refuse(QStringLiteral("database.migration_failed"), tx.error());
        for (const QString& sql : m.statements) {
            QString err;
            if (!exec(db_, sql, &err))
                return refuse(QStringLiteral("database.migration_failed"),
                              QStringLiteral("Upgrading the database failed at step %1 (%2): %3. The database was left at step %4.")
                                  .arg(m.number)
                                  .arg(m.description, err)
                                  .arg(m.number - 1));
        }
        QString err;
        if (!exec(db_, QStringLiteral("PRAGMA user_version = %1").arg(m.number), &err) || !tx.commit())
            return refuse(QStringLiteral("database.migration_failed"),
                          QStringLiteral("Could not record schema step %1: %2").arg(m.number).arg(err.isEmpty() ? tx.error() : err));
        qCInfo(lcDatabase) << "migrated to schema" << m.number << m.description;
    }
    return ok();
}

QString Database::meta(const QString& key) const
{
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next()) return q.value(0).toString();
    return {};
}

bool Database::setMeta(const QString& key, const QString& value)
{
    QSqlQuery q(db_);
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec();
}

}  // namespace tracelot

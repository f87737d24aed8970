#pragma once
// Opens a Tracelot SQLite database: WAL, synchronous=FULL, numbered migrations each in
// its own transaction, a backup copy before migrating, refusal of newer databases.
#include "common/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <vector>
#include <memory>

namespace tracelot {

class Clock;
class IdGenerator;

struct Migration {
    int number;
    QString description;
    QStringList statements;
};

// Every schema step of the event store, in order. Projection tables are not here:
// projections own and rebuild their tables (see projections/projection.h).
const std::vector<Migration>& migrations();
int latestSchemaVersion();

struct OpenOptions {
    const Clock* clock = nullptr;  // for backup file names and meta.created_at
    IdGenerator* ids = nullptr;    // for the device id of a new database
    int migrateTo = -1;            // tests only: stop after this migration
    bool backupBeforeMigrate = true;
};

class Database {
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static Result<std::unique_ptr<Database>> open(const QString& path, const OpenOptions& options);

    QSqlDatabase& sql() { return db_; }
    QString path() const { return path_; }
    QString connectionName() const { return connection_; }
    int schemaVersion();
    QString deviceId() const { return deviceId_; }
    QString lastBackupPath() const { return backupPath_; }

    QString meta(const QString& key) const;
    bool setMeta(const QString& key, const QString& value);

private:
    Database() = default;
    Status migrate(const OpenOptions& options);

    QSqlDatabase db_;
    QString path_;
    QString connection_;
    QString deviceId_;
    QString backupPath_;
};

}  // namespace tracelot

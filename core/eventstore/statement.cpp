#include "eventstore/statement.h"

#include <QHash>
#include <QSqlDriver>
#include <QVariant>
#include <memory>
#include <mutex>
#include <sqlite3.h>

namespace tracelot::sql {
namespace {
// Before any connection opens (static initialisation of the core library): SQLite's
// memory statistics take a global mutex on every allocation; nothing here reads them.
const int kSqliteConfigured = [] { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); }();
}  // namespace

sqlite3* handle(const QSqlDatabase& db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0) return nullptr;
    return *static_cast<sqlite3* const*>(v.data());
}

Statement::Statement(const QSqlDatabase& db, const QString& sql) : db_(handle(db))
{
    if (!db_) {
        error_ = QStringLiteral("not a SQLite connection");
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(db_, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr) != SQLITE_OK) {
        error_ = QString::fromUtf8(sqlite3_errmsg(db_));
        stmt_ = nullptr;
    }
}

Statement::~Statement()
{
    if (stmt_) sqlite3_finalize(stmt_);
}

Statement::Statement(Statement&& other) noexcept
    : db_(other.db_), stmt_(other.stmt_), failed_(other.failed_), error_(std::move(other.error_)), held_(std::move(other.held_))
{
    other.stmt_ = nullptr;
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        if (stmt_) sqlite3_finalize(stmt_);
        db_ = other.db_;
        stmt_ = other.stmt_;
        failed_ = other.failed_;
        error_ = std::move(other.error_);
        held_ = std::move(other.held_);
        other.stmt_ = nullptr;
    }
    return *this;
}

QString Statement::error() const { return error_; }

Statement& Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(stmt_, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& text)
{
    if (text.isNull()) return bindNull(index);
    // Qt's UTF-16 to UTF-8 conversion is much faster than SQLite's; the database is UTF-8.
    held_.push_back(text.toUtf8());
    sqlite3_bind_text(stmt_, index, held_.back().constData(), static_cast<int>(held_.back().size()), SQLITE_STATIC);
    return *this;
}

Statement& Statement::bindUtf8(int index, const QByteArray& utf8)
{
    sqlite3_bind_text(stmt_, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindUtf8View(int index, QByteArrayView utf8)
{
    sqlite3_bind_text(stmt_, index, utf8.data() ? utf8.data() : "", static_cast<int>(utf8.size()), SQLITE_STATIC);
    return *this;
}

Statement& Statement::bindBlob(int index, const QByteArray& blob)
{
    // A zero-length blob (not NULL) for an empty array.
    sqlite3_bind_blob(stmt_, index, blob.isEmpty() ? "" : blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(stmt_, index);
    return *this;
}

bool Statement::step()
{
    if (!stmt_) {
        failed_ = true;
        return false;
    }
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) {
        failed_ = true;
        error_ = QString::fromUtf8(sqlite3_errmsg(db_));
    }
    return false;
}

bool Statement::run()
{
    failed_ = false;
    while (step()) {
    }
    const bool ok = !failed_;
    reset();
    return ok;
}

void Statement::reset()
{
    if (!stmt_) return;
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    held_.clear();
}

bool Statement::isNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
qint64 Statement::int64(int column) const { return sqlite3_column_int64(stmt_, column); }

QString Statement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    if (!p) return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(stmt_, column));
}

QByteArray Statement::utf8(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    return p ? QByteArray(p, sqlite3_column_bytes(stmt_, column)) : QByteArray();
}

QByteArray Statement::blob(int column) const
{
    const auto* p = static_cast<const char*>(sqlite3_column_blob(stmt_, column));
    return p ? QByteArray(p, sqlite3_column_bytes(stmt_, column)) : QByteArray();
}

const char* Statement::rawText(int column, int* size) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    *size = sqlite3_column_bytes(stmt_, column);
    return p;
}

qint64 Statement::lastInsertRowId() const { return sqlite3_last_insert_rowid(db_); }

namespace {
struct Kept {
    Statement stmt;
    bool busy = false;
};
std::mutex keptMutex;
QHash<sqlite3*, QHash<QString, std::shared_ptr<Kept>>>& kept()
{
    static QHash<sqlite3*, QHash<QString, std::shared_ptr<Kept>>> all;
    return all;
}
}  // namespace

Cached::Cached(const QSqlDatabase& db, const QString& sql)
{
    sqlite3* h = handle(db);
    std::shared_ptr<Kept> k;
    {
        const std::lock_guard<std::mutex> lock(keptMutex);
        const auto connection = kept().find(h);
        if (connection == kept().end()) {  // not a connection a Database keeps statements for
            own_ = Statement(db, sql);
            stmt_ = &own_;
            return;
        }
        auto& perConnection = connection.value();
        auto it = perConnection.find(sql);
        if (it == perConnection.end()) {
            auto fresh = std::make_shared<Kept>();
            fresh->stmt = Statement(db, sql);
            it = perConnection.insert(sql, fresh);
        }
        k = it.value();
        if (!k->busy) {
            k->busy = true;
            busy_ = &k->busy;
            kept_ = k;
            stmt_ = &k->stmt;
            return;
        }
    }
    own_ = Statement(db, sql);
    stmt_ = &own_;
}

Cached::~Cached()
{
    stmt_->reset();
    if (busy_) {
        const std::lock_guard<std::mutex> lock(keptMutex);
        *busy_ = false;
    }
}

void keepStatementsFor(const QSqlDatabase& db)
{
    sqlite3* h = handle(db);
    if (!h) return;
    const std::lock_guard<std::mutex> lock(keptMutex);
    kept()[h];
}

void dropCached(const QSqlDatabase& db)
{
    sqlite3* h = handle(db);
    const std::lock_guard<std::mutex> lock(keptMutex);
    kept().remove(h);
}

}  // namespace tracelot::sql

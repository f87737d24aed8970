#pragma once
// A prepared SQLite statement on the connection Qt opened (same handle, same
// transaction), for the hot paths: appending events, scanning the log, projection
// writes. QSqlQuery wraps every value in a QVariant, which costs more than SQLite's
// own work there. Values are always bound, never spliced into SQL.
#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace tracelot::sql {

sqlite3* handle(const QSqlDatabase& db);

class Statement {
public:
    Statement() = default;
    Statement(const QSqlDatabase& db, const QString& sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool valid() const { return stmt_ != nullptr; }
    QString error() const;

    // Binding (1-based, as in SQLite). Returns *this for chaining.
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, const QString& text);  // a null QString binds NULL
    Statement& bindUtf8(int index, const QByteArray& utf8);
    // No copy: the bytes must stay alive and unchanged until run() / step() has finished.
    Statement& bindUtf8View(int index, QByteArrayView utf8);
    Statement& bindBlob(int index, const QByteArray& blob);
    Statement& bindNull(int index);

    bool step();  // true when a row is available; false when done or on error (see failed())
    bool run();   // steps to the end and resets; true on success
    void reset();  // also clears bindings
    bool failed() const { return failed_; }

    bool isNull(int column) const;
    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray utf8(int column) const;  // copies
    QByteArray blob(int column) const;  // copies
    // Borrowed bytes of a text column, valid until the next step/reset.
    const char* rawText(int column, int* size) const;

    qint64 lastInsertRowId() const;

private:
    sqlite3* db_ = nullptr;
    sqlite3_stmt* stmt_ = nullptr;
    bool failed_ = false;
    QString error_;
    std::vector<QByteArray> held_;  // text bound without a copy lives here until reset()
};

// A statement prepared once per connection and kept (the SQL text is the key), for the
// queries handlers run on every command; a QSqlQuery prepared per call costs more than the
// query. The guard hands out the kept statement and resets it (bindings cleared) when it goes
// away; a nested use of the same SQL while the first is still held gets a statement of its
// own. Statements are kept only for connections registered with keepStatementsFor() (a
// Database registers its own and drops them with dropCached() before it closes); on any
// other connection the guard prepares a statement of its own each time.
class Cached {
public:
    Cached(const QSqlDatabase& db, const QString& sql);
    ~Cached();
    Cached(const Cached&) = delete;
    Cached& operator=(const Cached&) = delete;

    Statement* operator->() { return stmt_; }
    Statement& operator*() { return *stmt_; }

private:
    Statement* stmt_ = nullptr;
    std::shared_ptr<void> kept_;  // the kept statement, alive while this guard holds it
    bool* busy_ = nullptr;        // its in-use flag
    Statement own_;             // the nested case
};
void keepStatementsFor(const QSqlDatabase& db);
void dropCached(const QSqlDatabase& db);

}  // namespace tracelot::sql

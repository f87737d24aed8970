#pragma once
// The append-only event log: the source of truth. Appends happen inside the caller's
// transaction (the command pipeline's), each event chained into the audit hash chain.
#include "common/result.h"
#include "eventstore/event.h"
#include "eventstore/statement.h"

#include <QSqlDatabase>
#include <QSet>
#include <functional>
#include <optional>

namespace tracelot {

class EventStore {
public:
    explicit EventStore(QSqlDatabase db);

    // Current version of a stream (0 when it has no events yet).
    qint64 streamVersion(const QString& stream);
    Events readStream(const QString& stream);
    std::optional<Event> byId(const QString& eventId);

    // Completes seq, prev_hash and hash, inserts. Call inside a transaction.
    Result<Event> append(Event event);

    qint64 lastSeq();
    QByteArray headHash();
    // Whether appends chain each event to the one before (prev_hash, hash). Off only for the
    // server's rules replica (Workspace decides from the database); its hashes stay empty.
    void setChained(bool chained) { chained_ = chained; }
    bool chained() const { return chained_; }
    qint64 count();

    // For a caller that holds the write transaction through a run of appends (a push batch
    // re-run on the server's replica, a rebase): the chain head and the version of the
    // stream read last are kept in memory instead of being read back for every event.
    // Nothing else may write the log while it is held; release before the transaction ends
    // (commit or rollback). Hold is RAII.
    class Hold {
    public:
        explicit Hold(EventStore& s) : s_(s) { s_.setHeld(true); }
        ~Hold() { s_.setHeld(false); }
        Hold(const Hold&) = delete;
        Hold& operator=(const Hold&) = delete;

    private:
        EventStore& s_;
    };

    // Streams events with seq > afterSeq in log order; return false from fn to stop.
    bool forEach(qint64 afterSeq, const std::function<bool(const Event&)>& fn, const QStringList& types = {});
    Events readAfter(qint64 afterSeq, int limit);
    // The first seq after afterSeq of an event of one of these types (0: none). One index
    // seek per type (events_type), however long the log behind it.
    qint64 firstOfTypes(qint64 afterSeq, const QStringList& types);
    // Like forEach, for long scans (rebuilds): a second thread reads the log on its own
    // read-only connection and decodes it a few batches ahead, so `fn` runs while the next
    // rows are read. It sees the last COMMITTED events (WAL snapshot): use it where the
    // caller's transaction has not appended events itself. Hashes are not loaded.
    // With parsePayload=false only Event::payloadJson is filled, not Event::payload; a
    // non-empty parseOnly limits parsing to those event types.
    bool forEachPipelined(qint64 afterSeq, const std::function<bool(const Event&)>& fn, const QStringList& types = {},
                          bool parsePayload = true, const QSet<QString>& parseOnly = {});

    static Event fromRow(const sql::Statement& row);  // columns in kColumns order
    static const char* const kColumns;

private:
    void setHeld(bool held);

    QSqlDatabase db_;
    sql::Statement insert_;
    sql::Statement streamVersion_;
    sql::Statement readStream_;
    sql::Statement head_;
    bool chained_ = true;
    bool held_ = false;
    bool headKnown_ = false;  // held: headSeq_/headHash_ are the log's last event
    qint64 headSeq_ = 0;
    QByteArray headHash_;
    QString lastStream_;  // held: the stream read or appended last, and its version
    qint64 lastStreamVersion_ = 0;
};

}  // namespace tracelot

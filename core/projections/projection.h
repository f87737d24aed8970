#pragma once
// A projection is a fold of events into tables the UI reads. It owns its tables: they
// can be dropped and rebuilt from the log at any time, and a rebuild gives identical rows.
// Each projection keeps a checkpoint (the last log position it applied), so applying an
// event it has already seen is a no-op: projections are idempotent by event identity.
#include "common/result.h"
#include "eventstore/event.h"

#include <QSqlDatabase>
#include <QStringList>

namespace tracelot {

class Projection {
public:
    virtual ~Projection() = default;
    virtual QString name() const = 0;
    // Bump when the tables' shape or the fold changes: the projection is rebuilt on open.
    virtual int schemaVersion() const = 0;
    virtual QStringList eventTypes() const = 0;  // the event types it folds
    virtual QStringList tables() const = 0;      // tables it owns (dropped on rebuild, compared by verify)
    virtual Status create(QSqlDatabase& db) = 0;  // CREATE TABLE ... IF NOT EXISTS; prepare statements
    // Secondary indexes (CREATE INDEX ... IF NOT EXISTS). A rebuild creates them after
    // replaying the log, which is much faster than maintaining them row by row.
    virtual Status createIndexes(QSqlDatabase& db) { Q_UNUSED(db); return ok(); }
    virtual Status apply(const Event& event) = 0;  // inside the caller's transaction
    // False when apply() reads only Event::payloadJson (e.g. with SQLite's JSON
    // functions): a rebuild then skips parsing payloads, the costliest part of a replay.
    virtual bool needsParsedPayload() const { return true; }
};

}  // namespace tracelot

#pragma once
#include "common/result.h"
#include "eventstore/statement.h"
#include "projections/projection.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>
#include <vector>

namespace tracelot {

class EventStore;

struct TableDifference {
    QString projection;
    QString table;
    QStringList onlyStored;   // rows in the table that a rebuild does not produce
    QStringList onlyRebuilt;  // rows a rebuild produces that the table lacks
};

class Projections {
public:
    Projections(QSqlDatabase db, EventStore& store);
    ~Projections();

    // Each bounded context registers its projections at start-up.
    void add(std::unique_ptr<Projection> projection);
    const std::vector<std::unique_ptr<Projection>>& all() const { return projections_; }
    Projection* find(const QString& name) const;

    // Creates missing tables; rebuilds a projection that is new or whose schema version
    // changed; catches each one up with the log.
    Status open();

    // Applies events (already in the log) to every interested projection whose checkpoint
    // is behind them. Inside the caller's transaction.
    Status apply(const Events& events);

    // Drops and refills every projection (or one) from the log, in one transaction.
    Status rebuild(const QString& only = {});
    // Same, inside a transaction the caller owns.
    Status rebuildInTransaction(const QString& only = {});

    // Compares every projection table with what a rebuild produces; changes nothing.
    Result<std::vector<TableDifference>> compareWithRebuild();

    qint64 checkpoint(const QString& name);

    // Many commands in one transaction (the sync replay of a push batch): the positions are
    // read once, kept in memory and written once by endBatch(), inside the transaction.
    // abandonBatch() forgets them: the transaction is rolling back.
    using Positions = QHash<Projection*, qint64>;
    void beginBatch();
    Status endBatch();
    void abandonBatch();
    bool inBatch() const { return batching_; }

    // Sorted, printable rows of a table (for comparisons and tests).
    QStringList tableRows(const QString& table);

private:
    Status rebuildOne(Projection& p);
    Status rebuildSet(const std::vector<Projection*>& targets);
    Status setCheckpoint(const QString& name, int schemaVersion, qint64 seq);
    Status saveCheckpoints(const Positions& positions);

    QSqlDatabase db_;
    EventStore& store_;
    std::vector<std::unique_ptr<Projection>> projections_;
    QHash<QString, std::vector<Projection*>> byType_;
    sql::Statement saveCheckpoint_;
    sql::Statement readCheckpoint_;
    bool batching_ = false;
    Positions batch_;
};

}  // namespace tracelot

#include "projections/projections.h"

#include <utility>

#include "eventstore/eventstore.h"
#include "eventstore/transaction.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlRecord>
#include <algorithm>

Q_LOGGING_CATEGORY(lcProjections, "tracelot.projections", QtWarningMsg)

namespace tracelot {

Projections::Projections(QSqlDatabase db, EventStore& store)
    : db_(std::move(db)),
      store_(store),
      saveCheckpoint_(db_, QStringLiteral("INSERT INTO projection_state(name, schema_version, last_seq) VALUES(?, ?, ?)"
                                          " ON CONFLICT(name) DO UPDATE SET schema_version = excluded.schema_version, last_seq = excluded.last_seq")),
      readCheckpoint_(db_, QStringLiteral("SELECT last_seq FROM projection_state WHERE name = ?"))
{
}

Projections::~Projections() = default;

void Projections::add(std::unique_ptr<Projection> projection)
{
    for (const QString& t : projection->eventTypes()) byType_[t].push_back(projection.get());
    projections_.push_back(std::move(projection));
}

Projection* Projections::find(const QString& name) const
{
    for (const auto& p : projections_)
        if (p->name() == name) return p.get();
    return nullptr;
}

qint64 Projections::checkpoint(const QString& name)
{
    readCheckpoint_.bind(1, name);
    const qint64 seq = readCheckpoint_.step() ? readCheckpoint_.int64(0) : 0;
    readCheckpoint_.reset();
    return seq;
}

Status Projections::setCheckpoint(const QString& name, int schemaVersion, qint64 seq)
{
    saveCheckpoint_.bind(1, name).bind(2, schemaVersion).bind(3, seq);
    if (!saveCheckpoint_.run())
        return refuse(QStringLiteral("projection.failed"), QStringLiteral("Could not save the position of %1: %2").arg(name, saveCheckpoint_.error()));
    return ok();
}

Status Projections::open()
{
    for (const auto& p : projections_) {
        QSqlQuery q(db_);
        q.prepare(QStringLiteral("SELECT schema_version, last_seq FROM projection_state WHERE name = ?"));
        q.addBindValue(p->name());
        const bool known = q.exec() && q.next();
        const int storedVersion = known ? q.value(0).toInt() : -1;
        q.finish();
        if (!known || storedVersion != p->schemaVersion()) {
            qCInfo(lcProjections) << "rebuilding" << p->name() << "(schema" << storedVersion << "->" << p->schemaVersion() << ")";
            Transaction tx(db_);
            if (Status s = rebuildOne(*p); !s) return s;
            if (!tx.commit()) return refuse(QStringLiteral("projection.failed"), tx.error());
            continue;
        }
        if (Status s = p->create(db_); !s) return s;  // idempotent CREATE ... IF NOT EXISTS, prepares statements
        if (Status s = p->createIndexes(db_); !s) return s;
        // Catch up with events appended while this projection was not running. Its position
        // is the last event it applied, which may lie far back when its types are rare: the
        // first event it has not seen is found through the type index, not by reading the
        // log from that position.
        const qint64 first = store_.firstOfTypes(checkpoint(p->name()), p->eventTypes());
        Events pending;
        if (first > 0) store_.forEach(first - 1, [&](const Event& e) { pending.push_back(e); return true; }, p->eventTypes());
        if (!pending.empty()) {
            Transaction tx(db_);
            for (const Event& e : pending)
                if (Status s = p->apply(e); !s) return s;
            if (Status s = setCheckpoint(p->name(), p->schemaVersion(), pending.back().seq); !s) return s;
            if (!tx.commit()) return refuse(QStringLiteral("projection.failed"), tx.error());
        }
    }
    return ok();
}

Status Projections::apply(const Events& events)
{
    // Outside a batch, checkpoints are read from the database each time: a rolled-back
    // transaction must never leave a cached position ahead of the tables.
    Positions last;
    for (const Event& e : events) {
        const auto it = byType_.constFind(e.type);
        if (it == byType_.constEnd()) continue;
        for (Projection* p : *it) {
            auto at = last.find(p);
            if (at == last.end()) {
                const auto held = batching_ ? batch_.constFind(p) : batch_.constEnd();
                at = last.insert(p, held != batch_.constEnd() ? held.value() : checkpoint(p->name()));
            }
            if (e.seq <= at.value()) continue;  // already applied: idempotent
            if (Status s = p->apply(e); !s) return s;
            at.value() = e.seq;
        }
    }
    if (batching_) {
        for (auto it = last.cbegin(); it != last.cend(); ++it) batch_.insert(it.key(), it.value());
        return ok();
    }
    return saveCheckpoints(last);
}

Status Projections::saveCheckpoints(const Positions& positions)
{
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        if (Status s = setCheckpoint(it.key()->name(), it.key()->schemaVersion(), it.value()); !s) return s;
    return ok();
}

void Projections::beginBatch()
{
    batching_ = true;
    batch_.clear();
}

Status Projections::endBatch()
{
    batching_ = false;
    return saveCheckpoints(std::exchange(batch_, {}));
}

void Projections::abandonBatch()
{
    batching_ = false;
    batch_.clear();
}

Status Projections::rebuildOne(Projection& p) { return rebuildSet({&p}); }

// One pass over the log for every projection being rebuilt: each event is read and
// decoded once and handed to the projections that subscribe to its type (in registration
// order, as live commits do). The payload is parsed only for types some subscriber needs
// parsed. Each checkpoint ends at the last event that projection applied.
Status Projections::rebuildSet(const std::vector<Projection*>& targets)
{
    QHash<QString, std::vector<Projection*>> byType;
    QSet<QString> parse;
    for (Projection* p : targets) {
        for (const QString& t : p->tables()) {
            QSqlQuery q(db_);
            if (!q.exec(QStringLiteral("DROP TABLE IF EXISTS \"%1\"").arg(t)))
                return refuse(QStringLiteral("projection.failed"), q.lastError().text());
        }
        if (Status s = p->create(db_); !s) return s;
        for (const QString& t : p->eventTypes()) {
            byType[t].push_back(p);
            if (p->needsParsedPayload()) parse.insert(t);
        }
    }
    QHash<Projection*, qint64> lastSeq;
    Status failed = ok();
    if (!byType.isEmpty()) {
        const QStringList types = byType.keys();
        const bool read = store_.forEachPipelined(
            0,
            [&](const Event& e) {
                const auto it = byType.constFind(e.type);
                if (it == byType.constEnd()) return true;
                for (Projection* p : *it) {
                    if (Status s = p->apply(e); !s) {
                        failed = s;
                        return false;
                    }
                    lastSeq[p] = e.seq;
                }
                return true;
            },
            types, !parse.isEmpty(), parse);
        if (!failed) return failed;
        if (!read) return refuse(QStringLiteral("projection.failed"), QStringLiteral("The event log could not be read to the end for the rebuild."));
    }
    for (Projection* p : targets) {
        if (Status s = p->createIndexes(db_); !s) return s;
        if (Status s = setCheckpoint(p->name(), p->schemaVersion(), lastSeq.value(p, 0)); !s) return s;
    }
    return ok();
}

Status Projections::rebuildInTransaction(const QString& only)
{
    std::vector<Projection*> targets;
    for (const auto& p : projections_)
        if (only.isEmpty() || p->name() == only) targets.push_back(p.get());
    return rebuildSet(targets);
}

Status Projections::rebuild(const QString& only)
{
    if (!only.isEmpty() && !find(only))
        return refuse(QStringLiteral("projection.unknown"), QStringLiteral("There is no projection called %1.").arg(only));
    Transaction tx(db_);
    if (!tx.active()) return refuse(QStringLiteral("projection.failed"), tx.error());
    if (Status s = rebuildInTransaction(only); !s) return s;
    if (!tx.commit()) return refuse(QStringLiteral("projection.failed"), tx.error());
    return ok();
}

QStringList Projections::tableRows(const QString& table)
{
    QStringList rows;
    QSqlQuery q(db_);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table))) return rows;
    const QSqlRecord rec = q.record();
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < rec.count(); ++i) {
            const QVariant v = q.value(i);
            cells << rec.fieldName(i) + QLatin1Char('=') + (v.isNull() ? QStringLiteral("NULL") : v.toString());
        }
        rows << cells.join(QStringLiteral(", "));
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

Result<std::vector<TableDifference>> Projections::compareWithRebuild()
{
    Transaction tx(db_);
    if (!tx.active()) return refuse(QStringLiteral("projection.failed"), tx.error());
    QHash<QString, QStringList> before;
    for (const auto& p : projections_)
        for (const QString& t : p->tables()) before.insert(t, tableRows(t));
    if (Status s = rebuildInTransaction(); !s) return s.refusal();
    std::vector<TableDifference> diffs;
    for (const auto& p : projections_) {
        for (const QString& t : p->tables()) {
            const QStringList after = tableRows(t);
            const QStringList& was = before[t];
            if (after == was) continue;
            TableDifference d{p->name(), t, {}, {}};
            std::set_difference(was.begin(), was.end(), after.begin(), after.end(), std::back_inserter(d.onlyStored));
            std::set_difference(after.begin(), after.end(), was.begin(), was.end(), std::back_inserter(d.onlyRebuilt));
            diffs.push_back(std::move(d));
        }
    }
    tx.rollback();  // verification never changes anything
    // The rollback restored the old tables: prepare the statements against them again.
    for (const auto& p : projections_) {
        p->create(db_);
        p->createIndexes(db_);
    }
    return diffs;
}

}  // namespace tracelot

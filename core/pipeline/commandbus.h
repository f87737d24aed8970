#pragma once
// The command pipeline: authorise (role check, in the core) → validate the payload →
// resolve ids/defaults → BEGIN IMMEDIATE → load state and decide (the spec's handler) →
// append events, the pending-command log entry and projection updates → COMMIT.
// All in ONE SQLite transaction; a refusal or any failure writes nothing.
#include "common/result.h"
#include "eventstore/event.h"
#include "pipeline/command.h"

#include <QObject>
#include <functional>
#include <memory>

namespace tracelot {

class Clock;
class Database;
class EventStore;
class IdGenerator;
class Projections;
namespace sql { class Statement; }

class CommandBus : public QObject {
    Q_OBJECT
public:
    enum class Stage { AfterAppend, AfterPendingLog, AfterProjections };

    CommandBus(Database& db, EventStore& store, Projections& projections, CommandCatalog& catalog, const Clock& clock,
               IdGenerator& ids, QObject* parent = nullptr);
    ~CommandBus() override;

    Result<Outcome> execute(const Actor& actor, const QString& commandName, const QJsonObject& payload);

    // The step every path shares, inside the caller's transaction: the spec's handler
    // decides, the catalog's policies add their follow-ups, the events are stamped and
    // appended (projections are the caller's next step). Local commands (execute) and
    // commands re-run from the sync log (the server's rules replica, a workstation's rebase)
    // all come through here, so a new pipeline step cannot be missed by one of them.
    struct Stamp {
        QString commandId;  // correlation and causation of every event
        qint64 occurredAt = 0;
        QString deviceId;
        // The id of the i-th event to append (empty: a fresh one).
        std::function<QString(size_t index, const NewEvent& event)> eventId;
    };
    // On failure *storeFailed says whether the store failed (transient) rather than the rules.
    Result<Events> decideAndAppend(const CommandSpec& spec, const QJsonObject& payload, const Actor& actor, const Stamp& stamp,
                                   bool* storeFailed = nullptr);

    // Where roles come from (the identity projection); set by the workspace.
    void setRoleLookup(std::function<QSet<QString>(const QString& userId)> lookup) { rolesOf_ = std::move(lookup); }
    // Tests only: return true from the hook to make the command fail at that stage.
    void setFaultInjection(std::function<bool(Stage)> hook) { fault_ = std::move(hook); }

    const CommandCatalog& catalog() const { return catalog_; }

signals:
    // After a successful commit. Fine-grained enough for list models to refresh.
    void committed(const tracelot::Outcome& outcome);

private:
    Status authorise(const CommandSpec& spec, Actor& actor);

    Database& db_;
    EventStore& store_;
    Projections& projections_;
    CommandCatalog& catalog_;
    const Clock& clock_;
    IdGenerator& ids_;
    std::function<QSet<QString>(const QString&)> rolesOf_;
    std::function<bool(Stage)> fault_;
    std::unique_ptr<sql::Statement> pendingInsert_;
};

}  // namespace tracelot

#pragma once
// One open Tracelot database with every bounded context installed: the object the
// desktop app, the CLI, the tests and the benchmarks all start from.
#include "common/result.h"
#include "pipeline/command.h"

#include <QObject>
#include <QString>
#include <memory>

namespace tracelot {

class Clock;
class CommandBus;
class Database;
class EventStore;
class IdGenerator;
class Projections;
namespace identity { class Directory; }

struct WorkspaceOptions {
    std::shared_ptr<Clock> clock;    // default: system clock
    std::shared_ptr<IdGenerator> ids;  // default: random UUIDs
    int migrateTo = -1;                // tests only
    // false: a new database keeps no audit hash chain (the server's rules replica: derived
    // data, rebuilt from the authoritative log, whose own copy has no chain). A database
    // keeps the choice it was created with.
    bool auditChain = true;
};

struct AuditProblem {
    qint64 seq = 0;        // 0 when the problem is in a projection table
    QString eventId;
    QString eventType;
    QString description;
};

struct AuditReport {
    qint64 eventsChecked = 0;
    bool chainKept = true;  // false: the database keeps no hash chain (a rules replica); not checked
    QList<AuditProblem> problems;
    bool ok() const { return problems.isEmpty(); }
    QString text() const;  // human-readable, one line per problem
};

class Workspace {
public:
    ~Workspace();
    static Result<std::unique_ptr<Workspace>> open(const QString& path, WorkspaceOptions options = {});

    Database& database();
    EventStore& store();
    Projections& projections();
    CommandBus& bus();
    const CommandCatalog& commands() const;
    identity::Directory& directory();
    const Clock& clock() const;
    IdGenerator& ids();
    QString path() const;

    // Convenience: run a command as a user.
    Result<Outcome> execute(const Actor& actor, const QString& command, const QJsonObject& payload);

    // Walks the hash chain and compares every projection with a rebuild. Changes nothing.
    AuditReport verify();
    Status rebuild(const QString& onlyProjection = {});

private:
    Workspace();
    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace tracelot

#pragma once
// Shared fixtures: a real SQLite file in a temporary directory, a manual clock,
// sequential ids, and users with known roles.
#include "common/clock.h"
#include "common/ids.h"
#include "eventstore/database.h"
#include "eventstore/eventstore.h"
#include "pipeline/command.h"
#include "pipeline/commandbus.h"
#include "projections/projections.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <memory>

namespace tracelot::test {

inline const QString kPassword = QStringLiteral("correct horse battery");

struct Fixture {
    QTemporaryDir dir;
    std::shared_ptr<ManualClock> clock = std::make_shared<ManualClock>();
    std::shared_ptr<SequentialIds> ids = std::make_shared<SequentialIds>();
    std::unique_ptr<Workspace> ws;
    Actor admin;

    QString dbPath() const { return dir.filePath(QStringLiteral("tracelot.sqlite")); }
    // Opens (or reopens) the workspace on the same file; fails the test on refusal.
    bool open();
    void close() { ws.reset(); }
    // Opens and creates the first admin ("admin").
    bool openWithAdmin();
    // Creates a user with the given roles, signed in.
    Actor user(const QString& username, const QStringList& roles);
    Actor signIn(const QString& username);
};

// A decided event as the log would hold it (for evolve in pure tests).
Event asEvent(const NewEvent& decided, qint64 streamVersion = 1);

// Everything in a projection table, sorted (for before/after comparisons).
QStringList dump(Workspace& ws, const QString& table);
// A snapshot of the whole database: events, pending commands, every projection table.
QStringList snapshot(Workspace& ws);

}  // namespace tracelot::test

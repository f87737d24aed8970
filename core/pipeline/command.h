#pragma once
// What a command is, for the pipeline, the CLI, the documentation and (later) the sync
// server: a name, who may run it, its payload fields, and a handler that loads the state
// the command needs and calls the context's pure decide function.
#include "common/result.h"
#include "eventstore/event.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>

namespace tracelot {

class EventStore;
class IdGenerator;

struct Actor {
    QString userId;     // "" for the bootstrap actor before any user exists
    QString username;
    QString displayName;
    QSet<QString> roles;  // refreshed from the identity projection by the pipeline
};

enum class FieldType { Text, Integer, Boolean, Enum, Object, Array, Decimal };

struct FieldDoc {
    QString name;
    FieldType type = FieldType::Text;
    bool required = false;
    QString description;
    QStringList values;  // for Enum
};

QString fieldTypeName(FieldType type);

// What an accepted command produced.
struct Outcome {
    QString commandId;
    qint64 deviceSeq = 0;
    Events events;
};

// Context for the resolve step (before the transaction): fill in ids and defaults so the
// stored command is fully resolved and replayable.
struct ResolveContext {
    IdGenerator& ids;
    qint64 nowMs;
    const Actor& actor;
    QSqlDatabase db;  // read-only use: turn codes into ids so the stored command is exact
};

// Context for the handler (inside the command's transaction).
struct HandlerContext {
    EventStore& store;
    QSqlDatabase& db;
    const Actor& actor;
    qint64 nowMs;
};

struct CommandSpec {
    QString name;      // ReceiveLot
    QString context;   // catalog, identity, ...
    QString summary;   // one sentence for the docs
    QStringList roles; // any of these may run it; empty: anyone signed in
    bool allowWithoutUser = false;  // only CreateFirstAdmin
    QList<FieldDoc> fields;
    QStringList emits;  // event types, for the docs
    std::function<Result<QJsonObject>(const QJsonObject& payload, ResolveContext& ctx)> resolve;  // optional
    std::function<Result<NewEvents>(const QJsonObject& payload, HandlerContext& ctx)> handle;
};

// Checks a payload against the spec's fields: required present, types right, enum values
// known, no unknown fields (a typo in a script is caught, not ignored).
Status validatePayload(const CommandSpec& spec, const QJsonObject& payload);

// A policy runs after every accepted handler, inside the same transaction, on the events
// the handler produced, and returns follow-up events appended with them (e.g. a hold placed
// by any command releases the reservations of that stock). A refusal refuses the command.
using Policy = std::function<Result<NewEvents>(HandlerContext& ctx, const NewEvents& produced)>;

class CommandCatalog {
public:
    void add(CommandSpec spec);
    void addPolicy(Policy policy) { policies_.push_back(std::move(policy)); }
    const QList<Policy>& policies() const { return policies_; }
    const CommandSpec* find(const QString& name) const;
    QList<const CommandSpec*> all() const;  // sorted by context, then name
    QString markdown() const;               // the payload reference (docs/COMMANDS.md)

private:
    QList<CommandSpec> specs_;
    QList<Policy> policies_;
};

}  // namespace tracelot

#include "eventstore/database.h"

namespace tracelot {

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> all = {
        {1,
         QStringLiteral("Event log with audit hash chain, and database metadata"),
         {
             QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT"),
             QStringLiteral(
                 "CREATE TABLE events ("
                 " seq INTEGER PRIMARY KEY,"
                 " event_id TEXT NOT NULL UNIQUE,"
                 " type TEXT NOT NULL,"
                 " version INTEGER NOT NULL,"
                 " stream TEXT NOT NULL,"
                 " stream_version INTEGER NOT NULL,"
                 " occurred_at INTEGER NOT NULL,"
                 " recorded_by TEXT NOT NULL,"
                 " device_id TEXT NOT NULL,"
                 " correlation_id TEXT NOT NULL,"
                 " causation_id TEXT NOT NULL,"
                 " payload TEXT NOT NULL,"
                 " prev_hash BLOB NOT NULL,"
                 " hash BLOB NOT NULL,"
                 " UNIQUE (stream, stream_version)) STRICT"),
             QStringLiteral("CREATE INDEX events_type ON events(type, seq)"),
         }},
        {2,
         QStringLiteral("Pending-command log: every accepted command with its per-device sequence, for sync"),
         {
             QStringLiteral(
                 "CREATE TABLE pending_commands ("
                 " device_seq INTEGER PRIMARY KEY,"
                 " command_id TEXT NOT NULL UNIQUE,"
                 " name TEXT NOT NULL,"
                 " payload TEXT NOT NULL,"
                 " recorded_by TEXT NOT NULL,"
                 " issued_at INTEGER NOT NULL,"
                 " status TEXT NOT NULL DEFAULT 'pending') STRICT"),
             QStringLiteral("CREATE INDEX pending_commands_status ON pending_commands(status, device_seq)"),
         }},
        {3,
         QStringLiteral("Projection checkpoints: which projection has applied the log up to which event"),
         {
             QStringLiteral(
                 "CREATE TABLE projection_state ("
                 " name TEXT PRIMARY KEY,"
                 " schema_version INTEGER NOT NULL,"
                 " last_seq INTEGER NOT NULL DEFAULT 0) STRICT"),
         }},
        {4,
         QStringLiteral("Security log: failed sign-ins and refused signatures, kept locally and never edited"),
         {
             QStringLiteral(
                 "CREATE TABLE security_log ("
                 " id INTEGER PRIMARY KEY,"
                 " at INTEGER NOT NULL,"
                 " user_id TEXT NOT NULL,"
                 " what TEXT NOT NULL,"
                 " detail TEXT NOT NULL) STRICT"),
         }},
        {5,
         QStringLiteral("Sync: conflicts kept until a user resolves them, and batches parked after repeated failures"),
         {
             QStringLiteral(
                 "CREATE TABLE sync_conflicts ("
                 " device_seq INTEGER PRIMARY KEY,"
                 " command_id TEXT NOT NULL UNIQUE,"
                 " name TEXT NOT NULL,"
                 " payload TEXT NOT NULL,"
                 " recorded_by TEXT NOT NULL,"
                 " issued_at INTEGER NOT NULL,"
                 " code TEXT NOT NULL,"
                 " message TEXT NOT NULL,"
                 " source TEXT NOT NULL,"  // server: refused by the server; rebase: refused when re-run here
                 " other_side TEXT NOT NULL,"  // JSON array: what the others recorded on the same streams
                 " detected_at INTEGER NOT NULL,"
                 " resolution TEXT NOT NULL DEFAULT '',"  // '', discarded, retried
                 " resolved_by TEXT NOT NULL DEFAULT '',"
                 " resolved_at INTEGER NOT NULL DEFAULT 0,"
                 " retry_command_id TEXT NOT NULL DEFAULT '') STRICT"),
             QStringLiteral(
                 "CREATE TABLE sync_parked ("
                 " device_seq INTEGER PRIMARY KEY,"
                 " attempts INTEGER NOT NULL,"
                 " last_error TEXT NOT NULL,"
                 " parked_at INTEGER NOT NULL) STRICT"),
         }},
    };
    return all;
}

int latestSchemaVersion() { return migrations().back().number; }

}  // namespace tracelot

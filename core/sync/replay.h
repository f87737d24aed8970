#pragma once
// Re-running a stored (already resolved) command with the very same core code: the
// server does it to re-check every rule in its order, the workstation does it when it
// rebases its still-pending commands on top of the server's events.
//
// Same steps as CommandBus::execute minus validate/resolve (the stored payload is the
// resolved one) and minus the pending log (the command is already in it, or it is the
// server): authorise the recording user with the roles they hold at this point in the
// log → the spec's handler (load state, pure decide) → append events → projections.
// The command's own id, user, device and time are kept, so the events are the same
// whoever re-runs it. Runs inside the CALLER's transaction. A refusal writes nothing (the
// rules decide before anything is appended); a store error (transient) leaves the
// command half written, so the caller rolls its whole transaction back and the batch is
// tried again later — no savepoint per command.
#include "common/result.h"
#include "eventstore/event.h"
#include "sync/protocol.h"

#include <memory>

namespace tracelot {
class Workspace;
}

namespace tracelot::sync {

struct ReplayResult {
    Events events;            // appended (local seq filled)
    bool refused = false;     // the rules refused it (recorded, not retried)
    Refusal refusal;          // when refused, or when a store error happened (refused=false)
    bool storeError = false;  // a transient failure: the caller rolls its transaction back
};

// What the commands of one batch share, so each command does not prepare or read it again:
// the provisional-event lookup, and the recording users with
// their roles. Users are read once per session and forgotten as soon as a replayed command
// writes a user.* or role.* event, so a role revoked earlier in the same batch already
// counts for the next command. Live for one batch (one transaction of the caller) only:
// events appended by other means (another server process) are not seen by the memo.
class ReplaySession {
public:
    explicit ReplaySession(Workspace& ws);
    ~ReplaySession();
    ReplaySession(const ReplaySession&) = delete;
    ReplaySession& operator=(const ReplaySession&) = delete;

    ReplayResult replay(const StoredCommand& command);
    // Saves the projections' positions (kept in memory during the session); call it before
    // the caller's transaction commits.
    Status finish();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// One command on its own (a session of one).
ReplayResult replayCommand(Workspace& ws, const StoredCommand& command);

// Appends events recorded elsewhere (in the server's order) to a workspace's log as they
// are — same envelopes, this log's own hash chain — and applies them to the projections.
// Inside the caller's transaction.
Result<Events> appendForeign(Workspace& ws, const Events& events);

}  // namespace tracelot::sync

#pragma once
// The commands of a push, handed to SyncServer::push one at a time.
//
// PushBodyParser reads a /v1/push body (SYNC.md) on a second thread while the server re-runs
// the commands parsed so far: turning a batch's JSON into commands costs about half as much
// as re-running them, so the two overlap instead of adding up. The body is cut at the
// elements of its "commands" array and parsed a few dozen commands at a time; the commands
// the server is done with go back to that thread to be freed there.
#include "common/result.h"
#include "sync/protocol.h"

#include <QByteArray>

#include <memory>
#include <optional>
#include <vector>

namespace tracelot::sync {

class CommandSource {
public:
    virtual ~CommandSource() = default;
    // The next command, valid until the following call; nullptr at the end (or on failure).
    virtual const StoredCommand* next() = 0;
    // Why the commands stopped early (a malformed body): the push then keeps nothing.
    virtual std::optional<Refusal> failure() = 0;
};

// The commands of a request already in memory.
class RequestSource : public CommandSource {
public:
    explicit RequestSource(const PushRequest& request) : request_(request) {}
    const StoredCommand* next() override { return i_ < request_.commands.size() ? &request_.commands[i_++] : nullptr; }
    std::optional<Refusal> failure() override { return std::nullopt; }

private:
    const PushRequest& request_;
    size_t i_ = 0;
};

class PushBodyParser : public CommandSource {
public:
    // `body`: the JSON text of a push request (inflated). Parsing starts at once.
    explicit PushBodyParser(QByteArray body, int chunk = 64);
    ~PushBodyParser() override;
    PushBodyParser(const PushBodyParser&) = delete;
    PushBodyParser& operator=(const PushBodyParser&) = delete;

    const StoredCommand* next() override;
    std::optional<Refusal> failure() override;

    // The byte ranges of the elements of the top-level "commands" array of a JSON object
    // (offset, length); nullopt when the text is not such an object. Strings and nesting are
    // followed, nothing else is checked (each element is parsed afterwards).
    static std::optional<std::vector<std::pair<qsizetype, qsizetype>>> commandSpans(QByteArrayView json);

private:
    struct Shared;
    std::unique_ptr<Shared> d;
    std::vector<StoredCommand> current_;  // the chunk being re-run
    size_t i_ = 0;
};

}  // namespace tracelot::sync

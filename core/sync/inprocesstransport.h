#pragma once
// A workstation talking to a SyncServer in the same process (tests, benchmarks, a
// single-machine trial): the real server core, no network in between.
#include "sync/syncclient.h"
#include "sync/syncserver.h"

namespace tracelot::sync {

class InProcessTransport final : public SyncTransport {
public:
    InProcessTransport(SyncServer& server, QString deviceId) : server_(server), deviceId_(std::move(deviceId)) {}
    Result<PushReply> push(const PushRequest& request) override
    {
        PushReply r = server_.push(deviceId_, request);
        if (!r.stoppedCode.isEmpty() && r.answers.empty() && r.stoppedCode.startsWith(QLatin1String("server.")))
            return refuse(QStringLiteral("sync.server_error"), r.stoppedMessage);
        return r;
    }
    Result<PullReply> pull(qint64 after, int limit, int, qint64 refusalsAfter) override
    {
        Result<PullReply> r = server_.pull(deviceId_, after, limit, refusalsAfter);
        if (!r) return refuse(QStringLiteral("sync.server_error"), r.refusal().message);
        return r;
    }

private:
    SyncServer& server_;
    QString deviceId_;
};

}  // namespace tracelot::sync

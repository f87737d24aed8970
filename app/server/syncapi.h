#pragma once
// The sync endpoints of SYNC.md on top of the HTTPS server (healthserver.h), wired to the
// transport-free core (tracelot::sync::SyncServer):
//   POST /v1/devices/register  {code, device_id, name}        → {device_id, device_secret}
//   POST /v1/auth/token        Bearer <device secret>, {device_id} → {access_token, expires_at}
//   POST /v1/push              Bearer <access token>, PushRequest  → PushReply
//   GET  /v1/pull?after=&limit=&wait=&refusals_after=              → PullReply (long-poll up to 30 s)
//   GET  /metrics              Prometheus text
// Errors are JSON {"error": code, "message": text for the user}; 401 means "get a new access
// token and resend the same request".
#include "healthserver.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <list>
#include <memory>

namespace tracelot::sync {
class SyncServer;
}

namespace tracelot::server {

class SyncApi : public QObject {
    Q_OBJECT
public:
    SyncApi(HealthServer &http, sync::SyncServer &sync, QObject *parent = nullptr);

private:
    struct Waiter {
        QString deviceId;
        qint64 after = 0;
        int limit = 0;
        qint64 refusalsAfter = 0;
        bool gzip = false;  // the request accepted a gzip answer
        qint64 deadline = 0;
        std::unique_ptr<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket;
    };
    std::variant<QString, ApiReply> device(const QHttpServerRequest &request);
    ApiReply pullReply(const QString &deviceId, qint64 after, int limit, qint64 refusalsAfter);
    void wake(bool timeoutOnly);

    sync::SyncServer &sync_;
    std::list<Waiter> waiters_;
    QTimer poll_;
};

}  // namespace tracelot::server

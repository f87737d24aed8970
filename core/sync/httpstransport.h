#pragma once
// The workstation's HTTPS client for the sync protocol (QNetworkAccessManager: HTTP/1.1
// keep-alive, gzip answers). TLS verification is always on: only the configured CA (a
// private CA, or the server's own self-signed certificate to pin it) is trusted, and the
// host name must match. Blocking calls with a local event loop: use it on the sync thread
// (or in the CLI), never on the UI thread. A 401 gets a new access token with the device
// secret and the SAME request is sent again.
#include "sync/syncclient.h"

#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QUrl>
#include <atomic>
#include <memory>

namespace tracelot::sync {

struct HttpsSettings {
    QUrl server;             // https://sync.example:8443
    QString caFile;          // PEM: the CA, or the pinned server certificate
    QString deviceId;
    QString deviceSecret;    // from enrolment
    int timeoutMs = 40000;   // per request (long-polls wait up to 25 s)
    // Set by the owner to abandon the request in flight (the sync engine stopping).
    std::shared_ptr<std::atomic<bool>> cancel;
    // Set by the owner to cut a long-poll short (a local command waits to be pushed): the
    // pull answers sync.interrupted, nothing was changed.
    std::shared_ptr<std::atomic<bool>> interruptPoll;
};

class HttpsTransport final : public SyncTransport {
public:
    explicit HttpsTransport(HttpsSettings settings);
    ~HttpsTransport() override;

    // POST /v1/devices/register: exchanges a one-time code for this device's secret.
    Result<QString> enrol(const QString& code, const QString& deviceName);
    Result<PushReply> push(const PushRequest& request) override;
    Result<PullReply> pull(qint64 after, int limit, int waitSeconds, qint64 refusalsAfter) override;
    Result<QJsonObject> health();

    int reauthentications() const { return reauths_; }

private:
    struct Reply {
        int status = 0;
        QJsonObject body;
    };
    Result<Reply> send(const QByteArray& method, const QString& path, const QByteArray& body, const QString& bearer, int timeoutMs,
                       bool interruptible = false);
    Result<QJsonObject> authorised(const QByteArray& method, const QString& path, const QByteArray& body, int timeoutMs, bool interruptible = false);
    Status authenticate();

    HttpsSettings settings_;
    std::unique_ptr<QNetworkAccessManager> nam_;
    QList<QSslCertificate> trusted_;
    QString caError_;
    QString accessToken_;
    int reauths_ = 0;
};

}  // namespace tracelot::sync

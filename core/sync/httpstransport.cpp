#include "sync/httpstransport.h"

#include "common/gzip.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

namespace tracelot::sync {
namespace {
Refusal fromBody(int status, const QJsonObject& body)
{
    QString code = body.value(QLatin1String("error")).toString();
    QString message = body.value(QLatin1String("message")).toString();
    if (status == 426)
        return refuse(QStringLiteral("sync.client_too_old"),
                      message.isEmpty() ? QStringLiteral("This Tracelot version is too old to sync with the server; please update.") : message);
    if (status >= 500 || code.isEmpty()) code = QStringLiteral("sync.server_error");
    if (message.isEmpty()) message = QStringLiteral("The sync server answered with HTTP status %1.").arg(status);
    return refuse(code, message);
}
}  // namespace

HttpsTransport::HttpsTransport(HttpsSettings settings) : settings_(std::move(settings)), nam_(std::make_unique<QNetworkAccessManager>())
{
    if (!settings_.caFile.isEmpty()) {
        trusted_ = QSslCertificate::fromPath(settings_.caFile, QSsl::Pem);
        if (trusted_.isEmpty()) caError_ = QStringLiteral("The CA certificate file %1 could not be read (PEM expected).").arg(settings_.caFile);
    }
}

HttpsTransport::~HttpsTransport() = default;

Result<HttpsTransport::Reply> HttpsTransport::send(const QByteArray& method, const QString& path, const QByteArray& body, const QString& bearer, int timeoutMs,
                                                   bool interruptible)
{
    if (!caError_.isEmpty()) return refuse(QStringLiteral("sync.tls"), caError_);
    if (settings_.server.scheme() != QLatin1String("https"))
        return refuse(QStringLiteral("sync.tls"), QStringLiteral("The server address must start with https:// (sync never travels unencrypted)."));
    QUrl url = settings_.server;
    url.setPath(path.section(QLatin1Char('?'), 0, 0));
    if (path.contains(QLatin1Char('?'))) url.setQuery(path.section(QLatin1Char('?'), 1));
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!trusted_.isEmpty()) tls.setCaCertificates(trusted_);  // only our CA, not the system's list
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-Tracelot-Client-Version", QByteArray::number(kProtocolVersion));
    if (!bearer.isEmpty()) request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    request.setTransferTimeout(timeoutMs);

    // Bodies of 1 KiB and more (pushed batches) go gzip-compressed. Answers come compressed
    // too: Qt asks for gzip and inflates on its own when Accept-Encoding is left to it.
    QByteArray sent = body;
    if (body.size() >= 1024) {
        sent = gzip::compress(body);
        request.setRawHeader("Content-Encoding", "gzip");
    }
    QNetworkReply* reply = nam_->sendCustomRequest(request, method, sent);
    QStringList sslProblems;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&](const QList<QSslError>& errors) {
        for (const QSslError& e : errors) sslProblems << e.errorString();  // never ignored
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer watch;  // the owner may abandon a request (the app closing) or cut a long-poll short
    bool interrupted = false;
    const std::shared_ptr<std::atomic<bool>> interrupt = interruptible ? settings_.interruptPoll : nullptr;
    if (settings_.cancel || interrupt) {
        QObject::connect(&watch, &QTimer::timeout, reply, [&, reply] {
            if (interrupt && interrupt->exchange(false)) {
                interrupted = true;
                reply->abort();
            } else if (settings_.cancel && settings_.cancel->load()) {
                reply->abort();
            }
        });
        watch.start(50);
    }
    loop.exec();
    watch.stop();
    if (interrupted) return refuse(QStringLiteral("sync.interrupted"), QStringLiteral("The wait for changes was cut short to send local work."));
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    if (!sslProblems.isEmpty() || error == QNetworkReply::SslHandshakeFailedError)
        return refuse(QStringLiteral("sync.tls"),
                      QStringLiteral("The secure connection to %1 was refused: %2. Check the server address and the CA certificate in the sync settings.")
                          .arg(settings_.server.host(), sslProblems.isEmpty() ? reply->errorString() : sslProblems.join(QStringLiteral("; "))));
    if (status == 0) {
        if (error == QNetworkReply::TimeoutError || error == QNetworkReply::OperationCanceledError)
            return refuse(QStringLiteral("sync.timeout"), QStringLiteral("The sync server did not answer in time."));
        return refuse(QStringLiteral("sync.offline"), QStringLiteral("The sync server cannot be reached: %1").arg(reply->errorString()));
    }
    Reply r;
    r.status = status;
    r.body = QJsonDocument::fromJson(reply->readAll()).object();
    return r;
}

Status HttpsTransport::authenticate()
{
    ++reauths_;
    Result<Reply> r = send("POST", QStringLiteral("/v1/auth/token"),
                           QJsonDocument(QJsonObject{{QStringLiteral("device_id"), settings_.deviceId}}).toJson(QJsonDocument::Compact),
                           settings_.deviceSecret, settings_.timeoutMs);
    if (!r) return r.refusal();
    if (r->status != 200) return fromBody(r->status, r->body);
    accessToken_ = r->body.value(QLatin1String("access_token")).toString();
    return ok();
}

Result<QJsonObject> HttpsTransport::authorised(const QByteArray& method, const QString& path, const QByteArray& body, int timeoutMs, bool interruptible)
{
    if (settings_.deviceSecret.isEmpty())
        return refuse(QStringLiteral("auth.not_enrolled"), QStringLiteral("This workstation is not enrolled with a sync server yet (Settings → Sync)."));
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (accessToken_.isEmpty())
            if (Status s = authenticate(); !s) return s.refusal();
        Result<Reply> r = send(method, path, body, accessToken_, timeoutMs, interruptible);
        if (!r) return r.refusal();
        if (r->status == 401 && attempt == 0) {  // expired or unknown token: sign in again, resend the same request
            accessToken_.clear();
            continue;
        }
        if (r->status != 200) return fromBody(r->status, r->body);
        return r->body;
    }
    return refuse(QStringLiteral("auth.token_invalid"), QStringLiteral("The sync server keeps refusing this workstation's access token."));
}

Result<QString> HttpsTransport::enrol(const QString& code, const QString& deviceName)
{
    Result<Reply> r = send("POST", QStringLiteral("/v1/devices/register"),
                           QJsonDocument(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("device_id"), settings_.deviceId},
                                                     {QStringLiteral("name"), deviceName}})
                               .toJson(QJsonDocument::Compact),
                           QString(), settings_.timeoutMs);
    if (!r) return r.refusal();
    if (r->status != 200) return fromBody(r->status, r->body);
    settings_.deviceSecret = r->body.value(QLatin1String("device_secret")).toString();
    accessToken_.clear();
    return settings_.deviceSecret;
}

Result<PushReply> HttpsTransport::push(const PushRequest& request)
{
    Result<QJsonObject> r = authorised("POST", QStringLiteral("/v1/push"), QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact), settings_.timeoutMs);
    if (!r) return r.refusal();
    return PushReply::fromJson(r.value());
}

Result<PullReply> HttpsTransport::pull(qint64 after, int limit, int waitSeconds, qint64 refusalsAfter)
{
    const QString path = QStringLiteral("/v1/pull?after=%1&limit=%2&wait=%3&refusals_after=%4").arg(after).arg(limit).arg(waitSeconds).arg(refusalsAfter);
    Result<QJsonObject> r = authorised("GET", path, {}, settings_.timeoutMs + waitSeconds * 1000, waitSeconds > 0);
    if (!r) return r.refusal();
    return PullReply::fromJson(r.value());
}

Result<QJsonObject> HttpsTransport::health()
{
    Result<Reply> r = send("GET", QStringLiteral("/v1/health"), {}, QString(), settings_.timeoutMs);
    if (!r) return r.refusal();
    if (r->status != 200) return fromBody(r->status, r->body);
    return r->body;
}

}  // namespace tracelot::sync

// The HTTPS API of tracelot-server (see healthserver.h): JSON answers and their QHttpServer wiring.
#include "healthserver.h"

#include "serverconfig.h"
#include "serverlog.h"

#include "common/gzip.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>

namespace tracelot::server {

namespace {

ApiReply errorReply(int status, const QString &code, const QString &message = {})
{
    QJsonObject body{{QStringLiteral("error"), code}};
    if (!message.isEmpty())
        body.insert(QStringLiteral("message"), message);
    return ApiReply{status, body};
}

constexpr qsizetype kGzipFrom = 1024;                  // smaller answers are not worth compressing
constexpr qsizetype kMaxInflatedBody = 256 * 1024 * 1024;  // a pushed batch never comes near this

QHttpServerResponse toResponse(const ApiReply &reply)
{
    const QByteArray json = reply.json.isEmpty() ? QJsonDocument(reply.body).toJson(QJsonDocument::Compact) : reply.json;
    const auto status = static_cast<QHttpServerResponse::StatusCode>(reply.status);
    const bool compress = reply.gzip && json.size() >= kGzipFrom;
    QHttpServerResponse response(QByteArrayLiteral("application/json"), compress ? gzip::compress(json) : json, status);
    if (compress) response.setHeader(QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip"));
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

void logRequest(const QHttpServerRequest &request, const ApiReply &reply)
{
    const char *method = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(static_cast<int>(request.method()));
    qCDebug(lcServer, "%ls %s %ls -> %d", qUtf16Printable(request.remoteAddress().toString()), method ? method : "?",
            qUtf16Printable(request.url().path()), reply.status);
}

}  // namespace

bool acceptsGzip(const QHttpServerRequest &request) { return gzip::accepted(request.value(QByteArrayLiteral("Accept-Encoding"))); }

std::optional<QByteArray> requestBody(const QHttpServerRequest &request)
{
    const QByteArray encoding = request.value(QByteArrayLiteral("Content-Encoding")).trimmed().toLower();
    if (encoding.isEmpty() || encoding == "identity") return request.body();
    if (encoding != "gzip") return std::nullopt;
    return gzip::decompress(request.body(), kMaxInflatedBody);
}

ApiReply healthReply(const QDateTime &now)
{
    return ApiReply{200, QJsonObject{
                             {QStringLiteral("status"), QStringLiteral("ok")},
                             {QStringLiteral("version"), serverVersion()},
                             {QStringLiteral("api"), kApiVersion},
                             {QStringLiteral("time"), now.toUTC().toString(Qt::ISODateWithMs)},
                         }};
}

ApiReply notFoundReply()
{
    return errorReply(404, QStringLiteral("not_found"));
}

std::optional<ApiReply> clientVersionGate(const QByteArray &headerValue)
{
    const QByteArray value = headerValue.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int version = value.toInt(&ok);
    if (!ok) {
        return errorReply(400, QStringLiteral("invalid_client_version"),
                          QStringLiteral("%1 must be a whole number.").arg(QLatin1String(kClientVersionHeader)));
    }
    if (version < kMinimumClientVersion) {
        return errorReply(426, QStringLiteral("client_version_not_supported"),
                          QStringLiteral("This Tracelot version is too old to sync; please update."));
    }
    return std::nullopt;
}

HealthServer::HealthServer(Clock clock)
    : clock_(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
    addRoute(QStringLiteral("/v1/health"), QHttpServerRequest::Method::Get,
             [this](const QHttpServerRequest &) { return healthReply(clock_()); });

    // No route matched (unknown path, or a known path with another method).
    http_.setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const ApiReply reply = clientVersionGate(request.value(kClientVersionHeader)).value_or(notFoundReply());
        logRequest(request, reply);
        toResponse(reply).write(std::move(responder));
    });
}

void HealthServer::addRoute(const QString &path, QHttpServerRequest::Method method, Handler handler)
{
    const bool added = http_.route(path, method, [handler = std::move(handler)](const QHttpServerRequest &request) {
        std::optional<ApiReply> reply = clientVersionGate(request.value(kClientVersionHeader));
        if (!reply)
            reply = handler(request);
        reply->gzip = acceptsGzip(request);
        logRequest(request, *reply);
        return toResponse(*reply);
    });
    if (!added)
        qCCritical(lcServer, "could not add the route %ls", qUtf16Printable(path));
}

void HealthServer::addAsyncRoute(const QString &path, QHttpServerRequest::Method method, AsyncHandler handler)
{
    const bool added = http_.route(path, method, [handler = std::move(handler)](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        if (std::optional<ApiReply> gate = clientVersionGate(request.value(kClientVersionHeader))) {
            logRequest(request, *gate);
            toResponse(*gate).write(std::move(responder));
            return;
        }
        handler(request, std::move(responder));
    });
    if (!added)
        qCCritical(lcServer, "could not add the route %ls", qUtf16Printable(path));
}

void HealthServer::addTextRoute(const QString &path, std::function<QByteArray()> body)
{
    http_.route(path, QHttpServerRequest::Method::Get, [body = std::move(body)](const QHttpServerRequest &) {
        return QHttpServerResponse(QByteArrayLiteral("text/plain; version=0.0.4"), body());
    });
}

void HealthServer::respond(QHttpServerResponder &&responder, const ApiReply &reply)
{
    toResponse(reply).write(std::move(responder));
}

std::variant<quint16, QString> HealthServer::start(const QSslConfiguration &tls, const QHostAddress &address, quint16 port)
{
    if (tls.localCertificate().isNull() || tls.privateKey().isNull())
        return QStringLiteral("no TLS certificate and key: the server only serves HTTPS");

    http_.sslSetup(tls);  // before listen(): listen() creates the QSslServer from it
    const quint16 listening = http_.listen(address, port);
    if (listening == 0) {
        // QtHttpServer 6.4 logs the reason (qt.httpserver: "listen failed: ...") but does not return it.
        return QStringLiteral("cannot listen on %1 (port taken, or address not on this machine?)")
            .arg(serverUrl(address, port));
    }
    if (!watchHandshakes())
        return QStringLiteral("internal error: the listening socket is not a TLS server");
    return listening;
}

// Logs failed TLS handshakes (a client that does not trust our certificate, plain HTTP on the
// HTTPS port, ...) at debug level: QT_LOGGING_RULES="tracelot.server.debug=true" shows them.
bool HealthServer::watchHandshakes()
{
    const QList<QTcpServer *> servers = http_.servers();
    if (servers.isEmpty())
        return false;
    for (QTcpServer *server : servers) {
        auto *sslServer = qobject_cast<QSslServer *>(server);
        if (!sslServer)
            return false;
        QObject::connect(sslServer, &QSslServer::errorOccurred, sslServer,
                         [](QSslSocket *socket, QAbstractSocket::SocketError) {
                             qCDebug(lcServer, "TLS connection from %ls failed: %ls",
                                     qUtf16Printable(socket->peerAddress().toString()),
                                     qUtf16Printable(socket->errorString()));
                         });
        QObject::connect(sslServer, &QSslServer::alertReceived, sslServer,
                         [](QSslSocket *socket, QSsl::AlertLevel, QSsl::AlertType, const QString &description) {
                             qCDebug(lcServer, "TLS alert from %ls: %ls",
                                     qUtf16Printable(socket->peerAddress().toString()), qUtf16Printable(description));
                         });
    }
    return true;
}

}  // namespace tracelot::server

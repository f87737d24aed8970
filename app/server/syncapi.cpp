#include "syncapi.h"

#include "serverlog.h"
#include "sync/syncserver.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QUrlQuery>

namespace tracelot::server {
namespace {

QByteArray header(const QHttpServerRequest &request, const char *name)
{
    for (const auto &h : request.headers())
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) return h.second;
    return {};
}

QString bearer(const QHttpServerRequest &request)
{
    const QByteArray v = header(request, "Authorization").trimmed();
    return v.startsWith("Bearer ") ? QString::fromLatin1(v.mid(7).trimmed()) : QString();
}

ApiReply error(int status, const QString &code, const QString &message)
{
    return ApiReply{status, QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}}};
}

std::optional<QJsonObject> jsonBody(const QHttpServerRequest &request)
{
    const std::optional<QByteArray> body = requestBody(request);  // inflated when it came gzip-compressed
    if (!body) return std::nullopt;
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(*body, &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject()) return std::nullopt;
    return doc.object();
}

}  // namespace

SyncApi::SyncApi(HealthServer &http, sync::SyncServer &sync, QObject *parent) : QObject(parent), sync_(sync)
{
    http.addJsonRoute(QStringLiteral("/v1/devices/register"), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &request) {
        const std::optional<QJsonObject> body = jsonBody(request);
        if (!body) return error(400, QStringLiteral("sync.malformed"), QStringLiteral("The request is not a JSON object."));
        Result<sync::Registration> reg = sync_.registerDevice(body->value(QLatin1String("code")).toString(),
                                                              body->value(QLatin1String("device_id")).toString(),
                                                              body->value(QLatin1String("name")).toString());
        if (!reg) return error(reg.refusal().code.startsWith(QLatin1String("server.")) ? 503 : 403, reg.refusal().code, reg.refusal().message);
        qCInfo(lcServer, "device %ls enrolled", qUtf16Printable(reg->deviceId));
        return ApiReply{200, QJsonObject{{QStringLiteral("device_id"), reg->deviceId}, {QStringLiteral("device_secret"), reg->deviceSecret}}};
    });

    http.addJsonRoute(QStringLiteral("/v1/auth/token"), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &request) {
        const std::optional<QJsonObject> body = jsonBody(request);
        if (!body) return error(400, QStringLiteral("sync.malformed"), QStringLiteral("The request is not a JSON object."));
        auto token = sync_.issueAccessToken(body->value(QLatin1String("device_id")).toString(), bearer(request));
        if (auto *failure = std::get_if<sync::AuthFailure>(&token)) return error(failure->status, failure->refusal.code, failure->refusal.message);
        const auto &t = std::get<sync::AccessToken>(token);
        return ApiReply{200, QJsonObject{{QStringLiteral("access_token"), t.token}, {QStringLiteral("expires_at"), t.expiresAt}}};
    });

    http.addJsonRoute(QStringLiteral("/v1/push"), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &request) {
        auto who = device(request);
        if (auto *reply = std::get_if<ApiReply>(&who)) return *reply;
        const QString deviceId = std::get<QString>(who);
        std::optional<QByteArray> body = requestBody(request);  // inflated when it came gzip-compressed
        if (!body) return error(400, QStringLiteral("sync.malformed"), QStringLiteral("The request is not a JSON object."));
        // Parsed on a second thread while the first commands are already re-run.
        sync::PushBodyParser commands(std::move(*body));
        const sync::PushReply reply = sync_.push(deviceId, commands);
        if (reply.answers.empty() && reply.stoppedCode == QLatin1String("sync.malformed")) return error(400, reply.stoppedCode, reply.stoppedMessage);
        if (reply.answers.empty() && reply.stoppedCode.startsWith(QLatin1String("server.")))
            return error(503, reply.stoppedCode, reply.stoppedMessage);  // transient: retried with backoff
        return ApiReply{200, {}, false, reply.toJsonBytes()};
    });

    http.addAsyncRoute(QStringLiteral("/v1/pull"), QHttpServerRequest::Method::Get,
                       [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                           auto who = device(request);
                           if (auto *reply = std::get_if<ApiReply>(&who)) {
                               HealthServer::respond(std::move(responder), *reply);
                               return;
                           }
                           const QUrlQuery q(request.url());
                           const qint64 after = q.queryItemValue(QStringLiteral("after")).toLongLong();
                           const int limit = q.hasQueryItem(QStringLiteral("limit")) ? q.queryItemValue(QStringLiteral("limit")).toInt() : 1000;
                           const int wait = std::clamp(q.queryItemValue(QStringLiteral("wait")).toInt(), 0, 30);
                           const qint64 refusalsAfter = q.queryItemValue(QStringLiteral("refusals_after")).toLongLong();
                           const QString deviceId = std::get<QString>(who);
                           const bool gzip = acceptsGzip(request);
                           if (wait == 0 || sync_.head() > after) {
                               ApiReply reply = pullReply(deviceId, after, limit, refusalsAfter);
                               reply.gzip = gzip;
                               HealthServer::respond(std::move(responder), reply);
                               return;
                           }
                           Waiter w;
                           w.deviceId = deviceId;
                           w.after = after;
                           w.limit = limit;
                           w.refusalsAfter = refusalsAfter;
                           w.gzip = gzip;
                           w.deadline = QDateTime::currentMSecsSinceEpoch() + wait * 1000LL;
                           w.socket = responder.socket();
                           w.responder = std::make_unique<QHttpServerResponder>(std::move(responder));
                           waiters_.push_back(std::move(w));
                           if (!poll_.isActive()) poll_.start();
                       });

    http.addTextRoute(QStringLiteral("/metrics"), [this] { return sync_.metricsText().toUtf8(); });

    // A push in this process wakes the long-polls at once; pushes through other server
    // processes sharing the database are noticed by the poll.
    connect(&sync_, &sync::SyncServer::appended, this, [this] { wake(false); });
    poll_.setInterval(200);
    connect(&poll_, &QTimer::timeout, this, [this] { wake(true); });
}

std::variant<QString, ApiReply> SyncApi::device(const QHttpServerRequest &request)
{
    const QString token = bearer(request);
    if (token.isEmpty()) return error(401, QStringLiteral("auth.token_missing"), QStringLiteral("Sign in first (POST /v1/auth/token)."));
    auto who = sync_.authenticate(token);
    if (auto *failure = std::get_if<sync::AuthFailure>(&who)) return error(failure->status, failure->refusal.code, failure->refusal.message);
    return std::get<QString>(who);
}

ApiReply SyncApi::pullReply(const QString &deviceId, qint64 after, int limit, qint64 refusalsAfter)
{
    Result<sync::PullReply> r = sync_.pull(deviceId, after, limit, refusalsAfter);
    if (!r) return error(503, r.refusal().code, r.refusal().message);
    return ApiReply{200, r->toJson()};
}

void SyncApi::wake(bool timeoutOnly)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 head = timeoutOnly && waiters_.empty() ? 0 : sync_.head();
    for (auto it = waiters_.begin(); it != waiters_.end();) {
        if (!it->socket) {  // the workstation hung up
            (void)it->responder.release();  // its socket is gone; left alone rather than destroyed against a deleted socket
            it = waiters_.erase(it);
            continue;
        }
        if (head > it->after || now >= it->deadline) {
            ApiReply reply = pullReply(it->deviceId, it->after, it->limit, it->refusalsAfter);
            reply.gzip = it->gzip;
            HealthServer::respond(std::move(*it->responder), reply);
            it = waiters_.erase(it);
            continue;
        }
        ++it;
    }
    if (waiters_.empty()) poll_.stop();
}

}  // namespace tracelot::server

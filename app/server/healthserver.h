#pragma once
// The HTTPS API of tracelot-server. For now it answers GET /v1/health only; any other path is a
// JSON 404. Before any route runs, a client announcing (X-Tracelot-Client-Version) a sync
// protocol version older than the oldest this server supports gets 426 and a message telling
// the user to update.
//
// The answers are plain values built by free functions (healthReply, ...), testable without a
// socket; HealthServer wires them into QHttpServer, over TLS only.
#include <QDateTime>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QString>
#include <functional>
#include <optional>
#include <variant>

namespace tracelot::server {

inline constexpr int kApiVersion = 1;            // the "api" field of /v1/health; the /v1/ paths
inline constexpr int kMinimumClientVersion = 1;  // oldest client sync protocol version accepted
inline constexpr char kClientVersionHeader[] = "X-Tracelot-Client-Version";

// An HTTP status and the JSON object sent as the body.
struct ApiReply {
    int status = 200;
    QJsonObject body;
    bool gzip = false;  // the request accepted gzip: a body of 1 KiB or more goes compressed
    QByteArray json = QByteArray();  // when not empty: the body, already written as JSON (instead of `body`)
};
// Whether the request accepts gzip answers (Accept-Encoding).
bool acceptsGzip(const QHttpServerRequest &request);
// The request body, inflated when it came with Content-Encoding: gzip; nullopt when that
// body is corrupt or inflates beyond the limit.
std::optional<QByteArray> requestBody(const QHttpServerRequest &request);

// {"status":"ok","version":"0.1.0","api":1,"time":"2026-01-01T00:00:00.000Z"}
ApiReply healthReply(const QDateTime &now);
// 404 {"error":"not_found"}
ApiReply notFoundReply();

// Checks the X-Tracelot-Client-Version header (a whole number, the client's sync protocol
// version). nullopt: the request may proceed. No header (empty value): proceeds, so that
// monitoring probes and curl work. Below kMinimumClientVersion: 426. Not a number: 400.
std::optional<ApiReply> clientVersionGate(const QByteArray &headerValue);

class HealthServer {
public:
    using Clock = std::function<QDateTime()>;

    // clock: the time reported by /v1/health (UTC); defaults to the system clock.
    explicit HealthServer(Clock clock = {});

    HealthServer(const HealthServer &) = delete;
    HealthServer &operator=(const HealthServer &) = delete;

    // Serves HTTPS with `tls` (from loadTlsIdentity) on address:port; port 0 picks a free port.
    // There is no plain HTTP mode: a configuration without certificate and key is refused.
    // Returns the port listened on, or a one-line error.
    std::variant<quint16, QString> start(const QSslConfiguration &tls, const QHostAddress &address, quint16 port);

    using Handler = std::function<ApiReply(const QHttpServerRequest &)>;
    using AsyncHandler = std::function<void(const QHttpServerRequest &, QHttpServerResponder &&)>;
    // More JSON routes (the sync API); the client version gate runs first, as for /v1/health.
    void addJsonRoute(const QString &path, QHttpServerRequest::Method method, Handler handler) { addRoute(path, method, std::move(handler)); }
    // A route that answers later (long-polling) through respond().
    void addAsyncRoute(const QString &path, QHttpServerRequest::Method method, AsyncHandler handler);
    // A plain-text route without the version gate (GET /metrics for Prometheus).
    void addTextRoute(const QString &path, std::function<QByteArray()> body);
    static void respond(QHttpServerResponder &&responder, const ApiReply &reply);

private:

    // Every route goes through here, so the client version gate cannot be forgotten.
    void addRoute(const QString &path, QHttpServerRequest::Method method, Handler handler);
    bool watchHandshakes();

    QHttpServer http_;
    Clock clock_;
};

}  // namespace tracelot::server

// Sync over real HTTPS in one process: tracelot-server's own HTTPS routes (HealthServer +
// SyncApi over a SyncServer on a SQLite file) with a certificate from a CA this test makes
// with openssl, and the workstation's HttpsTransport trusting only that CA. Proves:
// enrolment over HTTPS; an expired access token (401) leads to re-authentication and the
// SAME batch being sent again, processed once; a long-poll delivers A's change to B well
// under a second; an expired device secret is refused with a clear message (not retried).
#include "healthserver.h"
#include "inventoryfixture.h"
#include "syncapi.h"
#include "tlsidentity.h"
#include "sync/httpstransport.h"
#include "sync/inprocesstransport.h"
#include "sync/syncclient.h"
#include "sync/syncserver.h"

#include <QElapsedTimer>
#include "common/gzip.h"
#include <QProcess>
#include <tuple>
#include <QSslCertificate>
#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkAccessManager>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace tracelot;
using namespace tracelot::sync;

namespace {

bool openssl(const QStringList& args, const QString& dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning("openssl %s: %s", qPrintable(args.join(QLatin1Char(' '))), p.readAll().constData());
        return false;
    }
    return true;
}

// A throw-away CA and a server certificate for 127.0.0.1 / localhost signed by it.
bool makeCertificates(const QString& dir)
{
    QFile ext(dir + QStringLiteral("/ext.cnf"));
    if (!ext.open(QIODevice::WriteOnly)) return false;
    ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n");
    ext.close();
    const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                         QStringLiteral("-nodes")};
    return openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                       + QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"),
                                     QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Tracelot test CA")},
                   dir)
           && openssl(QStringList{QStringLiteral("req")} + ec
                          + QStringList{QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"), QStringLiteral("server.csr"),
                                        QStringLiteral("-subj"), QStringLiteral("/CN=localhost")},
                      dir)
           && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"), QStringLiteral("-CA"),
                       QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                       QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                       QStringLiteral("ext.cnf")},
                      dir);
}

qint64 stockAt(Workspace& ws, const QString& lot, const QString& location)
{
    QSqlQuery q(ws.database().sql());
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(quantity), 0) FROM inventory_stock WHERE lot_id = ? AND location_id = ?"));
    q.addBindValue(lot);
    q.addBindValue(location);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

struct HttpsSite {
    QTemporaryDir dir;
    test::Warehouse a;
    std::unique_ptr<SyncServer> server;
    std::unique_ptr<server::HealthServer> http;
    std::unique_ptr<server::SyncApi> api;
    quint16 port = 0;
    QString lot;

    bool start(SyncServerOptions o)
    {
        if (!a.setUp() || !makeCertificates(dir.path())) return false;
        o.replicaPath = dir.filePath(QStringLiteral("replica.sqlite"));
        o.ids = std::make_shared<SequentialIds>(900000000);
        o.clock = a.clock;
        auto s = SyncServer::open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.sqlite")), o);
        if (!s) return false;
        server = std::move(s).value();
        const server::TlsIdentity tls = server::loadTlsIdentity(dir.filePath(QStringLiteral("server.pem")), dir.filePath(QStringLiteral("server.key")));
        if (!std::holds_alternative<QSslConfiguration>(tls)) {
            qWarning("tls: %s", qPrintable(std::get<QString>(tls)));
            return false;
        }
        http = std::make_unique<server::HealthServer>();
        api = std::make_unique<server::SyncApi>(*http, *server);
        const auto started = http->start(std::get<QSslConfiguration>(tls), QHostAddress::LocalHost, 0);
        if (!std::holds_alternative<quint16>(started)) return false;
        port = std::get<quint16>(started);
        lot = a.receive(a.cheese, 100, a.cold, QDate(2026, 3, 1));
        return !lot.isEmpty();
    }

    HttpsSettings settings(Workspace& ws) const
    {
        HttpsSettings s;
        s.server = QUrl(QStringLiteral("https://localhost:%1").arg(port));
        s.caFile = dir.filePath(QStringLiteral("ca.pem"));
        s.deviceId = ws.database().deviceId();
        s.timeoutMs = 10000;
        return s;
    }

    // Enrols over HTTPS with a one-time code; the transport keeps the secret.
    bool enrol(HttpsTransport& t, const QString& name)
    {
        Result<QString> code = server->issueEnrolmentCode(name);
        if (!code) return false;
        Result<QString> secret = t.enrol(code.value(), name);
        if (!secret) qWarning("enrol: %s", qPrintable(secret.refusal().message));
        return secret.ok();
    }

    Result<Outcome> move(qint64 quantity)
    {
        return a.run(QStringLiteral("MoveStock"), {{QStringLiteral("lot_id"), lot}, {QStringLiteral("from_location_id"), a.cold},
                                                   {QStringLiteral("to_location_id"), a.pick}, {QStringLiteral("quantity"), quantity}});
    }
};

#define OPENSSL_OR_SKIP()                                                                            \
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) QSKIP("openssl is needed to make the test CA");

}  // namespace

class TstSyncHttps : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("QT_LOGGING_RULES", "tracelot.sync.*.info=false;tracelot.server.*.info=false"); }

    void expiredAccessTokenReauthenticatesAndResendsTheSameBatch()
    {
        OPENSSL_OR_SKIP()
        HttpsSite s;
        QVERIFY(s.start({}));
        HttpsTransport t(s.settings(*s.a.ws));
        QVERIFY(s.enrol(t, QStringLiteral("Dock A")));
        SyncClient client(*s.a.ws, t);
        Result<SyncReport> first = client.syncOnce();
        QVERIFY2(first, qPrintable(first ? QString() : first.refusal().message));
        QCOMPARE(t.reauthentications(), 1);
        QCOMPARE(s.server->head(), s.a.ws->store().count());

        // Two commands recorded; the access token expires (15 minutes) before they are pushed.
        QVERIFY(s.move(3));
        QVERIFY(s.move(4));
        s.a.clock->advance(16 * 60 * 1000);
        const qint64 before = s.server->head();
        Result<SyncReport> pushed = client.push();
        QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.refusal().message));
        QCOMPARE(t.reauthentications(), 2);  // the 401 led to a new token ...
        QCOMPARE(pushed->pushed, 2);        // ... and the same batch of two, answered once
        QCOMPARE(pushed->accepted, 2);
        QCOMPARE(s.server->head(), s.a.ws->store().count());
        QVERIFY(s.server->head() > before);
        QVERIFY(client.pull());
        QCOMPARE(client.state().pending, 0);
        QVERIFY(s.server->metricsText().contains(QStringLiteral("tracelot_events_stored %1\n").arg(s.server->head())));
    }

    void longPollDeliversAChangeFromAToB()
    {
        OPENSSL_OR_SKIP()
        HttpsSite s;
        QVERIFY(s.start({}));
        // A pushes in-process (same server core); B waits on a long-poll over HTTPS.
        Result<QString> codeA = s.server->issueEnrolmentCode(QStringLiteral("Dock A"));
        QVERIFY(codeA && s.server->registerDevice(codeA.value(), s.a.ws->database().deviceId(), QStringLiteral("Dock A")));
        InProcessTransport ta(*s.server, s.a.ws->database().deviceId());
        SyncClient ca(*s.a.ws, ta);
        QVERIFY(ca.syncOnce());

        test::Fixture b;
        b.ids = std::make_shared<SequentialIds>(500000000);
        QVERIFY(b.open());
        HttpsTransport tb(s.settings(*b.ws));
        QVERIFY(s.enrol(tb, QStringLiteral("Office B")));
        SyncClient cb(*b.ws, tb);
        QVERIFY(cb.syncOnce());
        QCOMPARE(stockAt(*b.ws, s.lot, s.a.pick), 0);

        QElapsedTimer clock;
        qint64 pushedAt = -1;
        QTimer::singleShot(300, [&] {  // while B waits
            QVERIFY(s.move(6));
            QVERIFY(ca.push());
            pushedAt = clock.elapsed();
        });
        clock.start();
        Result<SyncReport> pulled = cb.pull(10);
        const qint64 arrivedAt = clock.elapsed();
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.refusal().message));
        QVERIFY(pushedAt >= 0);
        QVERIFY(pulled->pulled > 0);
        QCOMPARE(stockAt(*b.ws, s.lot, s.a.pick), 6);
        qInfo("A's change reached B %lld ms after A's push", arrivedAt - pushedAt);
        QVERIFY2(arrivedAt - pushedAt < 1000, qPrintable(QString::number(arrivedAt - pushedAt)));
    }

    void bodiesTravelGzipCompressed()
    {
        OPENSSL_OR_SKIP()
        HttpsSite s;
        QVERIFY(s.start({}));
        for (int i = 0; i < 12; ++i) QVERIFY(s.move(1));
        // A pushes its batch over HTTPS: the body (over 1 KiB) goes gzip-compressed.
        HttpsTransport ta(s.settings(*s.a.ws));
        QVERIFY(s.enrol(ta, QStringLiteral("Dock A")));
        SyncClient ca(*s.a.ws, ta);
        const Result<SyncReport> pushed = ca.syncOnce();
        QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.refusal().message));
        QCOMPARE(ca.state().pending, 0);
        QCOMPARE(s.server->head(), s.a.ws->store().count());

        // A raw client that asks for gzip itself (so Qt leaves the answer as it came).
        QNetworkAccessManager nam;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(s.dir.filePath(QStringLiteral("ca.pem"))));
        const auto call = [&](const QByteArray& method, const QString& path, const QByteArray& body, const QList<QPair<QByteArray, QByteArray>>& headers) {
            QNetworkRequest request(QUrl(QStringLiteral("https://localhost:%1%2").arg(s.port).arg(path)));
            request.setSslConfiguration(tls);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            for (const auto& h : headers) request.setRawHeader(h.first, h.second);
            QNetworkReply* reply = nam.sendCustomRequest(request, method, body);
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            reply->deleteLater();
            return std::make_tuple(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->rawHeader("Content-Encoding"), reply->readAll());
        };
        const QString code = s.server->issueEnrolmentCode(QStringLiteral("Raw")).value();
        const auto [regStatus, regEncoding, regBody] =
            call("POST", QStringLiteral("/v1/devices/register"),
                 QJsonDocument(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("device_id"), QStringLiteral("00000000-0000-4000-8000-0000000000aa")},
                                           {QStringLiteral("name"), QStringLiteral("Raw")}})
                     .toJson(QJsonDocument::Compact),
                 {});
        QCOMPARE(regStatus, 200);
        QVERIFY(regEncoding.isEmpty());  // small answers go as they are
        const QString secret = QJsonDocument::fromJson(regBody).object().value(QLatin1String("device_secret")).toString();
        const auto [tokStatus, tokEncoding, tokBody] =
            call("POST", QStringLiteral("/v1/auth/token"), QJsonDocument(QJsonObject{{QStringLiteral("device_id"), QStringLiteral("00000000-0000-4000-8000-0000000000aa")}}).toJson(),
                 {{"Authorization", "Bearer " + secret.toLatin1()}});
        QCOMPARE(tokStatus, 200);
        const QByteArray bearer = "Bearer " + QJsonDocument::fromJson(tokBody).object().value(QLatin1String("access_token")).toString().toLatin1();

        const auto [pullStatus, pullEncoding, pullBody] =
            call("GET", QStringLiteral("/v1/pull?after=0&limit=1000"), {}, {{"Authorization", bearer}, {"Accept-Encoding", "gzip"}});
        QCOMPARE(pullStatus, 200);
        QCOMPARE(pullEncoding, QByteArray("gzip"));
        const std::optional<QByteArray> json = gzip::decompress(pullBody, 64 * 1024 * 1024);
        QVERIFY(json);
        const QJsonArray events = QJsonDocument::fromJson(*json).object().value(QLatin1String("events")).toArray();
        QCOMPARE(events.size(), static_cast<qsizetype>(s.server->head()));
        qInfo("pull page of %lld events: %lld bytes of JSON sent as %lld bytes", static_cast<long long>(events.size()),
              static_cast<long long>(json->size()), static_cast<long long>(pullBody.size()));
        QVERIFY(pullBody.size() * 3 < json->size());

        // A client that does not accept gzip gets plain JSON.
        const auto [plainStatus, plainEncoding, plainBody] = call("GET", QStringLiteral("/v1/pull?after=0&limit=1000"), {}, {{"Authorization", bearer}, {"Accept-Encoding", "identity"}});
        QCOMPARE(plainStatus, 200);
        QVERIFY(plainEncoding.isEmpty());
        QCOMPARE(plainBody, *json);

        // A damaged compressed push is refused as malformed; nothing is stored.
        const qint64 head = s.server->head();
        QByteArray damaged = gzip::compress(QByteArray(2000, '{'));
        damaged.chop(10);
        const auto [badStatus, badEncoding, badBody] =
            call("POST", QStringLiteral("/v1/push"), damaged, {{"Authorization", bearer}, {"Content-Encoding", "gzip"}});
        QCOMPARE(badStatus, 400);
        QCOMPARE(QJsonDocument::fromJson(badBody).object().value(QLatin1String("error")).toString(), QStringLiteral("sync.malformed"));
        QCOMPARE(s.server->head(), head);
    }

    void expiredDeviceSecretIsRefusedClearly()
    {
        OPENSSL_OR_SKIP()
        HttpsSite s;
        SyncServerOptions o;
        o.deviceSecretTtlMs = 60 * 60 * 1000;  // one hour
        QVERIFY(s.start(o));
        HttpsTransport t(s.settings(*s.a.ws));
        QVERIFY(s.enrol(t, QStringLiteral("Dock A")));
        QVERIFY(SyncClient(*s.a.ws, t).syncOnce());
        s.a.clock->advance(2 * 60 * 60 * 1000);
        QVERIFY(s.move(1));
        SyncClient client(*s.a.ws, t);  // its access token expired too: it signs in again and is refused
        const qint64 head = s.server->head();
        Result<SyncReport> r = client.syncOnce();
        QVERIFY(!r);
        QCOMPARE(r.refusal().code, QStringLiteral("auth.secret_expired"));
        QVERIFY2(r.refusal().message.contains(QStringLiteral("expired")) && r.refusal().message.contains(QStringLiteral("Enrol")),
                 qPrintable(r.refusal().message));
        QVERIFY(!isTransient(r.refusal()));  // the engine stops and shows it instead of retrying
        QCOMPARE(s.server->head(), head);      // nothing written
        QCOMPARE(client.state().pending, 1);   // nothing lost either
        QCOMPARE(client.state().lastError, r.refusal().message);
    }
};

QTEST_GUILESS_MAIN(TstSyncHttps)
#include "tst_synchttps.moc"

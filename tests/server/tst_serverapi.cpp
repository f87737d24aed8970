// Unit tests of tracelot-server's JSON answers and client version gate (app/server/healthserver.h),
// without sockets; the real HTTPS round trip is in https_health_test.sh.
#include "healthserver.h"
#include "serverconfig.h"

#include <QTest>
#include <QTimeZone>

using namespace tracelot::server;

class TestServerApi : public QObject {
    Q_OBJECT

private slots:
    void health()
    {
        // 2026-01-01T12:00:00.250 in UTC+02:00: reported in UTC.
        const QDateTime now(QDate(2026, 1, 1), QTime(12, 0, 0, 250), QTimeZone(2 * 3600));
        const ApiReply reply = healthReply(now);
        QCOMPARE(reply.status, 200);
        const QJsonObject expected{
            {QStringLiteral("status"), QStringLiteral("ok")},
            {QStringLiteral("version"), serverVersion()},
            {QStringLiteral("api"), 1},
            {QStringLiteral("time"), QStringLiteral("2026-01-01T10:00:00.250Z")},
        };
        QCOMPARE(reply.body, expected);
    }

    void notFound()
    {
        const ApiReply reply = notFoundReply();
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.body, (QJsonObject{{QStringLiteral("error"), QStringLiteral("not_found")}}));
    }

    void clientVersionGate_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("status");  // 0: the request proceeds
        QTest::addColumn<QString>("error");
        QTest::newRow("no header") << QByteArray() << 0 << QString();
        QTest::newRow("blank") << QByteArray("  ") << 0 << QString();
        QTest::newRow("minimum") << QByteArray::number(kMinimumClientVersion) << 0 << QString();
        QTest::newRow("newer") << QByteArray::number(kMinimumClientVersion + 5) << 0 << QString();
        QTest::newRow("older") << QByteArray::number(kMinimumClientVersion - 1) << 426
                               << QStringLiteral("client_version_not_supported");
        QTest::newRow("older, spaces") << QByteArray(" 0 ") << 426 << QStringLiteral("client_version_not_supported");
        QTest::newRow("negative") << QByteArray("-3") << 426 << QStringLiteral("client_version_not_supported");
        QTest::newRow("dotted") << QByteArray("1.5") << 400 << QStringLiteral("invalid_client_version");
        QTest::newRow("text") << QByteArray("latest") << 400 << QStringLiteral("invalid_client_version");
    }

    void clientVersionGate()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, status);
        QFETCH(QString, error);
        const std::optional<ApiReply> reply = tracelot::server::clientVersionGate(header);
        if (status == 0) {
            QVERIFY(!reply);
            return;
        }
        QVERIFY(reply);
        QCOMPARE(reply->status, status);
        QCOMPARE(reply->body.value(QStringLiteral("error")).toString(), error);
        QVERIFY(!reply->body.value(QStringLiteral("message")).toString().isEmpty());
    }

    void tooOldMessage()
    {
        const std::optional<ApiReply> reply = tracelot::server::clientVersionGate("0");
        QVERIFY(reply);
        QCOMPARE(reply->body, (QJsonObject{
                                  {QStringLiteral("error"), QStringLiteral("client_version_not_supported")},
                                  {QStringLiteral("message"),
                                   QStringLiteral("This Tracelot version is too old to sync; please update.")},
                              }));
    }

    void refusesToServeWithoutTls()
    {
        HealthServer server;
        const auto started = server.start(QSslConfiguration(), QHostAddress(QHostAddress::LocalHost), 0);
        QVERIFY(std::holds_alternative<QString>(started));
        QVERIFY2(std::get<QString>(started).contains(QStringLiteral("HTTPS")), qPrintable(std::get<QString>(started)));
    }
};

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_serverapi.moc"

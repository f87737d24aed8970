// Unit tests of tracelot-server's start-up configuration (app/server/serverconfig.h):
// flags, the INI config file, precedence, relative paths and every refusal.
#include "serverconfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tracelot::server;

namespace {

const QString kDefaultDb = QStringLiteral("/var/lib/tracelot-test/server.sqlite");

StartupConfig parse(const QStringList &flags)
{
    return parseServerConfig(QStringList{QStringLiteral("tracelot-server")} + flags, kDefaultDb);
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(file.errorString()));
    file.write(content);
}

}  // namespace

class TestServerConfig : public QObject {
    Q_OBJECT

private slots:
    void defaults()
    {
        const StartupConfig result = parse({QStringLiteral("--cert"), QStringLiteral("/etc/t/cert.pem"),
                                            QStringLiteral("--key"), QStringLiteral("/etc/t/key.pem")});
        QVERIFY(std::holds_alternative<ServerConfig>(result));
        const auto &config = std::get<ServerConfig>(result);
        QCOMPARE(config.certificatePath, QStringLiteral("/etc/t/cert.pem"));
        QCOMPARE(config.privateKeyPath, QStringLiteral("/etc/t/key.pem"));
        QCOMPARE(config.port, quint16(8443));
        QCOMPARE(config.listenAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(config.database.driver, QStringLiteral("sqlite"));
        QCOMPARE(config.database.path, kDefaultDb);
        QVERIFY(config.configFile.isEmpty());
    }

    void relativeFlagPathsAreRelativeToTheWorkingDirectory()
    {
        const StartupConfig result = parse({QStringLiteral("--cert=tls/cert.pem"), QStringLiteral("--key=tls/key.pem"),
                                            QStringLiteral("--db=sqlite:data/s.sqlite")});
        QVERIFY(std::holds_alternative<ServerConfig>(result));
        const auto &config = std::get<ServerConfig>(result);
        QCOMPARE(config.certificatePath, QDir::current().absoluteFilePath(QStringLiteral("tls/cert.pem")));
        QCOMPARE(config.database.path, QDir::current().absoluteFilePath(QStringLiteral("data/s.sqlite")));
    }

    void flags()
    {
        const StartupConfig result =
            parse({QStringLiteral("--cert"), QStringLiteral("/c.pem"), QStringLiteral("--key"), QStringLiteral("/k.pem"),
                   QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--listen"), QStringLiteral("::1"),
                   QStringLiteral("--db"), QStringLiteral("sqlite:/srv/tracelot.sqlite")});
        QVERIFY(std::holds_alternative<ServerConfig>(result));
        const auto &config = std::get<ServerConfig>(result);
        QCOMPARE(config.port, quint16(0));
        QCOMPARE(config.listenAddress, QHostAddress(QHostAddress::LocalHostIPv6));
        QCOMPARE(config.database.toString(), QStringLiteral("sqlite:/srv/tracelot.sqlite"));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("message");
        const QStringList tls{QStringLiteral("--cert=/c.pem"), QStringLiteral("--key=/k.pem")};
        QTest::newRow("nothing") << QStringList{} << QStringLiteral("no TLS certificate");
        QTest::newRow("empty cert and key") << QStringList{QStringLiteral("--cert="), QStringLiteral("--key=")}
                                            << QStringLiteral("no TLS certificate");
        QTest::newRow("cert only") << QStringList{QStringLiteral("--cert=/c.pem")} << QStringLiteral("no private key");
        QTest::newRow("key only") << QStringList{QStringLiteral("--key=/k.pem")} << QStringLiteral("no certificate");
        QTest::newRow("port too big") << tls + QStringList{QStringLiteral("--port=65536")} << QStringLiteral("invalid port");
        QTest::newRow("port negative") << tls + QStringList{QStringLiteral("--port=-1")} << QStringLiteral("invalid port");
        QTest::newRow("port text") << tls + QStringList{QStringLiteral("--port=https")} << QStringLiteral("invalid port");
        QTest::newRow("listen host name") << tls + QStringList{QStringLiteral("--listen=localhost")}
                                          << QStringLiteral("not an IP address");
        QTest::newRow("db empty sqlite path") << tls + QStringList{QStringLiteral("--db=sqlite:")}
                                              << QStringLiteral("needs a file path");
        QTest::newRow("db no scheme") << tls + QStringList{QStringLiteral("--db=/srv/x.sqlite")}
                                      << QStringLiteral("unsupported database type '(none)'");
        QTest::newRow("unknown flag") << tls + QStringList{QStringLiteral("--insecure")} << QStringLiteral("Unknown option");
        QTest::newRow("positional") << tls + QStringList{QStringLiteral("extra")} << QStringLiteral("unexpected argument 'extra'");
        QTest::newRow("missing config file") << QStringList{QStringLiteral("--config=/nonexistent/tracelot.ini")}
                                             << QStringLiteral("cannot read config file");
    }

    void refusals()
    {
        QFETCH(QStringList, flags);
        QFETCH(QString, message);
        const StartupConfig result = parse(flags);
        QVERIFY(std::holds_alternative<StartupExit>(result));
        const auto &exit = std::get<StartupExit>(result);
        QCOMPARE(exit.exitCode, kExitConfigError);
        QVERIFY2(exit.text.startsWith(QStringLiteral("tracelot-server: ")), qPrintable(exit.text));
        QVERIFY2(exit.text.contains(message), qPrintable(exit.text));
        QVERIFY2(!exit.text.contains(QLatin1Char('\n')), qPrintable(exit.text));
    }

    void databaseSecretsAreNotEchoed()
    {
        const StartupConfig result = parse({QStringLiteral("--cert=/c.pem"), QStringLiteral("--key=/k.pem"),
                                            QStringLiteral("--db=mysql://app:s3cret@db/tracelot")});
        QVERIFY(std::holds_alternative<StartupExit>(result));
        const QString text = std::get<StartupExit>(result).text;
        QVERIFY2(text.contains(QStringLiteral("'mysql'")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("s3cret")), qPrintable(text));
        // PostgreSQL is accepted; what the logs show of it never has the password.
        const StartupConfig pg = parse({QStringLiteral("--cert=/c.pem"), QStringLiteral("--key=/k.pem"),
                                        QStringLiteral("--db=postgresql://app:s3cret@db/tracelot")});
        QVERIFY(std::holds_alternative<ServerConfig>(pg));
        const DatabaseLocation db = std::get<ServerConfig>(pg).database;
        QCOMPARE(db.driver, QStringLiteral("postgres"));
        QCOMPARE(db.storeLocation(), QStringLiteral("postgresql://app:s3cret@db/tracelot"));
        QCOMPARE(db.toString(), QStringLiteral("postgresql://app:***@db/tracelot"));
    }

    void helpAndVersion()
    {
        const StartupConfig help = parse({QStringLiteral("--help")});
        QVERIFY(std::holds_alternative<StartupExit>(help));
        QCOMPARE(std::get<StartupExit>(help).exitCode, 0);
        QVERIFY(std::get<StartupExit>(help).text.contains(QStringLiteral("--cert")));

        const StartupConfig version = parse({QStringLiteral("--version")});
        QVERIFY(std::holds_alternative<StartupExit>(version));
        QCOMPARE(std::get<StartupExit>(version).exitCode, 0);
        QCOMPARE(std::get<StartupExit>(version).text, QStringLiteral("tracelot-server ") + serverVersion());
        QVERIFY(!serverVersion().isEmpty());
    }

    void configFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ini = dir.filePath(QStringLiteral("server.ini"));
        writeFile(ini, "cert = tls/cert.pem\nkey = /abs/key.pem\nport = 9443\nlisten = 0.0.0.0\ndb = sqlite:data.sqlite\n");

        const StartupConfig result = parse({QStringLiteral("--config"), ini});
        QVERIFY(std::holds_alternative<ServerConfig>(result));
        const auto &config = std::get<ServerConfig>(result);
        QCOMPARE(config.configFile, QFileInfo(ini).absoluteFilePath());
        // Relative paths in the file are relative to the file's directory.
        QCOMPARE(config.certificatePath, QDir(dir.path()).absoluteFilePath(QStringLiteral("tls/cert.pem")));
        QCOMPARE(config.privateKeyPath, QStringLiteral("/abs/key.pem"));
        QCOMPARE(config.port, quint16(9443));
        QCOMPARE(config.listenAddress, QHostAddress(QHostAddress::AnyIPv4));
        QCOMPARE(config.database.path, QDir(dir.path()).absoluteFilePath(QStringLiteral("data.sqlite")));
    }

    void flagsWinOverTheConfigFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ini = dir.filePath(QStringLiteral("server.ini"));
        writeFile(ini, "cert = /file/cert.pem\nkey = /file/key.pem\nport = 9443\nlisten = 0.0.0.0\n");

        const StartupConfig result = parse({QStringLiteral("--config"), ini, QStringLiteral("--port"), QStringLiteral("0"),
                                            QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                                            QStringLiteral("--cert"), QStringLiteral("/flag/cert.pem")});
        QVERIFY(std::holds_alternative<ServerConfig>(result));
        const auto &config = std::get<ServerConfig>(result);
        QCOMPARE(config.certificatePath, QStringLiteral("/flag/cert.pem"));
        QCOMPARE(config.privateKeyPath, QStringLiteral("/file/key.pem"));
        QCOMPARE(config.port, quint16(0));
        QCOMPARE(config.listenAddress, QHostAddress(QHostAddress::LocalHost));
    }

    void configFileRefusals_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("typo") << QByteArray("cert = /c.pem\nkye = /k.pem\n") << QStringLiteral("unknown key 'kye'");
        QTest::newRow("section") << QByteArray("[server]\ncert = /c.pem\nkey = /k.pem\n")
                                 << QStringLiteral("unknown key 'server/cert'");
        QTest::newRow("bad port") << QByteArray("cert = /c.pem\nkey = /k.pem\nport = eighty\n")
                                  << QStringLiteral("port= in ");
        QTest::newRow("no cert") << QByteArray("port = 0\n") << QStringLiteral("no TLS certificate");
    }

    void configFileRefusals()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ini = dir.filePath(QStringLiteral("server.ini"));
        writeFile(ini, content);
        const StartupConfig result = parse({QStringLiteral("--config"), ini});
        QVERIFY(std::holds_alternative<StartupExit>(result));
        const auto &exit = std::get<StartupExit>(result);
        QCOMPARE(exit.exitCode, kExitConfigError);
        QVERIFY2(exit.text.contains(message), qPrintable(exit.text));
    }

    void urls()
    {
        QCOMPARE(serverUrl(QHostAddress(QHostAddress::LocalHost), 8443), QStringLiteral("https://127.0.0.1:8443"));
        QCOMPARE(serverUrl(QHostAddress(QHostAddress::LocalHostIPv6), 1), QStringLiteral("https://[::1]:1"));
    }
};

QTEST_GUILESS_MAIN(TestServerConfig)
#include "tst_serverconfig.moc"

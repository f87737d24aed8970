// tracelot-cli as a user's script sees it: exit codes, stdout, stderr, on a real file.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kPassword = QStringLiteral("correct horse battery");

struct Run {
    int exit = -1;
    QString out;
    QString err;
};
}  // namespace

class TstCli : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString db_;

    Run cli(const QStringList& args, const QByteArray& stdinData = {}, bool withPassword = true)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("TRACELOT_USER"));
        if (withPassword) env.insert(QStringLiteral("TRACELOT_PASSWORD"), kPassword);
        else env.remove(QStringLiteral("TRACELOT_PASSWORD"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TRACELOT_CLI), QStringList{QStringLiteral("--db"), db_} + args);
        p.write(stdinData);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000)) return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        db_ = dir_.filePath(QStringLiteral("cli.sqlite"));
        const Run init = cli({QStringLiteral("init")});
        QCOMPARE(init.exit, 0);
        QVERIFY(init.out.contains(QLatin1String("user add")));  // tells the newcomer what to do next
        const Run add = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("root"), QStringLiteral("--name"), QStringLiteral("Rita Root"),
                             QStringLiteral("--password-stdin")},
                            kPassword.toUtf8() + "\n", false);
        QCOMPARE(add.exit, 0);
        QVERIFY(add.out.contains(QLatin1String("first administrator")));
    }

    void execAcceptedPrintsEventsAsJsonLines()
    {
        const Run r = cli({QStringLiteral("exec"), QStringLiteral("DefineLocation"), QStringLiteral("--as"), QStringLiteral("root"), QStringLiteral("--json"),
                           QStringLiteral(R"({"code":"cr-01","name":"Cold room 1","type":"cold_room","temp_min_c":"2","temp_max_c":"6"})")});
        QCOMPARE(r.exit, 0);
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 1);
        const QJsonObject e = QJsonDocument::fromJson(lines.first().toUtf8()).object();
        QCOMPARE(e.value(QLatin1String("type")).toString(), QStringLiteral("location.defined"));
        QCOMPARE(e.value(QLatin1String("payload")).toObject().value(QLatin1String("code")).toString(), QStringLiteral("CR-01"));
        QCOMPARE(e.value(QLatin1String("payload")).toObject().value(QLatin1String("temp_min_c")).toString(), QStringLiteral("2.0"));
        for (const char* k : {"event_id", "stream", "stream_version", "occurred_at", "recorded_by", "device_id", "correlation_id", "causation_id", "version"})
            QVERIFY2(e.contains(QLatin1String(k)), k);
    }

    void refusedExitsThreeWithReason()
    {
        const Run r = cli({QStringLiteral("exec"), QStringLiteral("DefineLocation"), QStringLiteral("--as"), QStringLiteral("root"), QStringLiteral("--json"),
                           QStringLiteral(R"({"code":"F1","name":"Freezer","type":"freezer"})")});
        QCOMPARE(r.exit, 3);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QLatin1String("temperature range")), qPrintable(r.err));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("words");
        QTest::newRow("malformed json") << QStringList{QStringLiteral("exec"), QStringLiteral("DefineLocation"), QStringLiteral("--as"), QStringLiteral("root"),
                                                       QStringLiteral("--json"), QStringLiteral("{code:")}
                                        << QStringLiteral("not a JSON object");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("exec"), QStringLiteral("Teleport"), QStringLiteral("--as"), QStringLiteral("root"),
                                                        QStringLiteral("--json"), QStringLiteral("{}")}
                                         << QStringLiteral("no command called");
        QTest::newRow("unknown field") << QStringList{QStringLiteral("exec"), QStringLiteral("DefineLocation"), QStringLiteral("--as"), QStringLiteral("root"),
                                                      QStringLiteral("--json"), QStringLiteral(R"({"code":"X","name":"X","type":"dock","colour":"red"})")}
                                       << QStringLiteral("no field \"colour\"");
        QTest::newRow("missing field") << QStringList{QStringLiteral("exec"), QStringLiteral("DefineLocation"), QStringLiteral("--as"), QStringLiteral("root"),
                                                      QStringLiteral("--json"), QStringLiteral(R"({"code":"X"})")}
                                       << QStringLiteral("needs the field");
        QTest::newRow("no json") << QStringList{QStringLiteral("exec"), QStringLiteral("DefineLocation")} << QStringLiteral("exec <Command>");
        QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("fly")} << QStringLiteral("unknown command");
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, words);
        const Run r = cli(args);
        QCOMPARE(r.exit, 2);
        QVERIFY2(r.err.contains(words), qPrintable(r.err));
    }

    void wrongPasswordIsRefused()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TRACELOT_PASSWORD"), QStringLiteral("not the password"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TRACELOT_CLI), {QStringLiteral("--db"), db_, QStringLiteral("exec"), QStringLiteral("DefineLocation"), QStringLiteral("--as"),
                                               QStringLiteral("root"), QStringLiteral("--json"), QStringLiteral(R"({"code":"Z","name":"Z","type":"dock"})")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 3);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QLatin1String("wrong password")));
    }

    void eventsListsTheLog()
    {
        const Run r = cli({QStringLiteral("events"), QStringLiteral("--json")});
        QCOMPARE(r.exit, 0);
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QVERIFY(lines.size() >= 3);  // user.created, role.granted, location.defined
        QCOMPARE(QJsonDocument::fromJson(lines.first().toUtf8()).object().value(QLatin1String("type")).toString(), QStringLiteral("user.created"));
        const Run after = cli({QStringLiteral("events"), QStringLiteral("--after"), QStringLiteral("2"), QStringLiteral("--json")});
        QCOMPARE(after.out.trimmed().split(QLatin1Char('\n')).size(), lines.size() - 2);
    }

    void verifyThenTamperThenRebuild()
    {
        QCOMPARE(cli({QStringLiteral("verify")}).exit, 0);
        QProcess sql;
        sql.start(QStringLiteral("sqlite3"), {db_, QStringLiteral("UPDATE catalog_locations SET name = 'Tampered'")});
        QVERIFY(sql.waitForFinished(10000));
        QCOMPARE(sql.exitCode(), 0);
        const Run bad = cli({QStringLiteral("verify")});
        QCOMPARE(bad.exit, 1);
        QVERIFY(bad.err.contains(QLatin1String("catalog_locations")));
        QCOMPARE(cli({QStringLiteral("rebuild")}).exit, 0);
        QCOMPARE(cli({QStringLiteral("verify")}).exit, 0);
    }

    void demoLoad()
    {
        const Run r = cli({QStringLiteral("demo"), QStringLiteral("load"), QStringLiteral("--as"), QStringLiteral("root")});
        QCOMPARE(r.exit, 3);  // the catalog already has a location
        QVERIFY(r.err.contains(QLatin1String("empty catalog")));
    }

    void scanPrintsHriAndJson()
    {
        // GS1 DataMatrix content with symbology identifier and FNC1 (ASCII 29) after the lot.
        const QString data = QStringLiteral("]d201070320698049881003292") + QChar(29) + QStringLiteral("17271231");
        QProcess p;
        p.start(QStringLiteral(TRACELOT_CLI), {QStringLiteral("scan"), data});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(), QStringLiteral("(01)07032069804988(10)03292(17)271231"));
        QProcess j;
        j.start(QStringLiteral(TRACELOT_CLI), {QStringLiteral("scan"), QStringLiteral("--json"), QStringLiteral("(01)07032069804988(10)0329(3103)001250")});
        QVERIFY(j.waitForFinished(30000));
        QCOMPARE(j.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(j.readAllStandardOutput()).object();
        QCOMPARE(o.value(QLatin1String("gtin")).toString(), QStringLiteral("07032069804988"));
        QCOMPARE(o.value(QLatin1String("lot")).toString(), QStringLiteral("0329"));
        QCOMPARE(o.value(QLatin1String("net_weight_kg")).toString(), QStringLiteral("1.250"));
        QCOMPARE(o.value(QLatin1String("hri")).toString(), QStringLiteral("(01)07032069804988(10)0329(3103)001250"));
    }

    void scanRefusesBadCheckDigitOnOneLine()
    {
        QProcess p;
        p.start(QStringLiteral(TRACELOT_CLI), {QStringLiteral("scan"), QStringLiteral("0107032069804989")});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY(p.exitCode() != 0);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(err.count(QLatin1Char('\n')), 1);
        QVERIFY2(err.contains(QLatin1String("check digit")), qPrintable(err));
        QVERIFY(p.readAllStandardOutput().isEmpty());
    }

    void commandReferenceIsCurrent()
    {
        // docs/COMMANDS.md is generated from the code; this fails when they drift apart.
        QProcess p;
        p.start(QStringLiteral(TRACELOT_CLI), {QStringLiteral("commands"), QStringLiteral("--markdown")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QFile doc(QStringLiteral(TRACELOT_COMMANDS_DOC));
        QVERIFY2(doc.open(QIODevice::ReadOnly), "docs/COMMANDS.md is missing: run tracelot-cli commands --markdown > docs/COMMANDS.md");
        QVERIFY2(doc.readAll() == p.readAllStandardOutput(), "docs/COMMANDS.md is stale: run tracelot-cli commands --markdown > docs/COMMANDS.md");
    }
};

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"

// The shell's pieces: one navigation entry per bounded context with a plain note for
// the ones not landed yet, the command line, the icons (valid SVG path data), and the
// German catalogue the app compiles in.
#include "catalog/cataloglabels.h"
#include "shell/appoptions.h"
#include "shell/iconlibrary.h"
#include "shell/navigationmodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace tracelot;
using namespace tracelot::ui;

class TstShell : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void oneEntryPerBoundedContext()
    {
        NavigationModel nav;
        QAbstractItemModelTester tester(&nav, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList keys;
        for (int r = 0; r < nav.rowCount(); ++r) keys << nav.keyAt(r);
        QCOMPARE(keys, (QStringList{"catalog", "inventory", "quality", "traceability", "orders", "returns", "cx", "campaigns", "journeys",
                                    "identity"}));
        QCOMPARE(nav.indexOf(QStringLiteral("catalog/suppliers")), 0);
        QCOMPARE(nav.indexOf(QStringLiteral("nowhere")), -1);
        QCOMPARE(nav.index(0).data(NavigationModel::ShortcutRole).toString(), QStringLiteral("Ctrl+1"));
        QCOMPARE(nav.index(9).data(NavigationModel::ShortcutRole).toString(), QStringLiteral("Ctrl+0"));
    }

    void notLandedYetSaysSoPlainly_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("note");
        QTest::newRow("catalog") << "catalog" << "";
        QTest::newRow("inventory") << "inventory" << "";
        QTest::newRow("quality") << "quality" << "";
        QTest::newRow("traceability") << "traceability" << "";
        QTest::newRow("orders") << "orders" << "";
        QTest::newRow("returns") << "returns" << "";
        QTest::newRow("cx") << "cx" << "is planned";
        QTest::newRow("campaigns") << "campaigns" << "is planned";
        QTest::newRow("journeys") << "journeys" << "is planned";
        QTest::newRow("identity") << "identity" << "";
    }
    void notLandedYetSaysSoPlainly()
    {
        QFETCH(QString, key);
        QFETCH(QString, note);
        NavigationModel nav;
        const QModelIndex i = nav.index(nav.indexOf(key));
        const QString actual = i.data(NavigationModel::NoteRole).toString();
        QCOMPARE(i.data(NavigationModel::AvailableRole).toBool(), note.isEmpty());
        if (note.isEmpty()) QVERIFY(actual.isEmpty());
        else QVERIFY2(actual.contains(note), qPrintable(actual));
        QVERIFY(!i.data(NavigationModel::TitleRole).toString().isEmpty());
    }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("nothing") << QStringList{"tracelot"} << true;
        QTest::newRow("all") << QStringList{"tracelot", "--db", "/tmp/x.sqlite", "--lang", "de", "--self-test", "--screenshot", "a.png",
                                            "--page", "catalog/suppliers", "--size", "1920x1080"}
                             << true;
        QTest::newRow("bad size") << QStringList{"tracelot", "--size", "big"} << false;
        QTest::newRow("stray argument") << QStringList{"tracelot", "file.sqlite"} << false;
        QTest::newRow("unknown option") << QStringList{"tracelot", "--colour"} << false;
    }
    void commandLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, accepted);
        const Result<AppOptions> o = parseArguments(arguments);
        QCOMPARE(o.ok(), accepted);
        if (!accepted) {
            QVERIFY(!o.refusal().message.isEmpty());
            return;
        }
        if (arguments.size() > 1) {
            QCOMPARE(o->databasePath, QStringLiteral("/tmp/x.sqlite"));
            QCOMPARE(o->language, QStringLiteral("de"));
            QVERIFY(o->selfTest);
            QCOMPARE(o->page, QStringLiteral("catalog/suppliers"));
            QCOMPARE(o->windowSize, QSize(1920, 1080));
        } else {
            QVERIFY(o->databasePath.isEmpty());
            QVERIFY(defaultDatabasePath().endsWith(QStringLiteral("/tracelot.sqlite")));
        }
    }

    void iconsAreValidPathData()
    {
        const QDir dir(QStringLiteral(TRACELOT_ICON_DIR));
        const QStringList files = dir.entryList({QStringLiteral("*.svg")}, QDir::Files);
        QVERIFY(files.size() >= 20);
        for (const QString& f : files) {
            QFile file(dir.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!IconLibrary::parse(file.readAll()).isEmpty(), qPrintable(f));
        }
        for (const NavigationModel::Entry& e : NavigationModel::entries())
            QVERIFY2(files.contains(e.icon + QStringLiteral(".svg")), qPrintable(e.icon));
    }

    void germanCatalogueIsStarted()
    {
        QTranslator german;
        QVERIFY2(german.load(QStringLiteral("tracelot_de"), QStringLiteral(TRACELOT_QM_DIR)), TRACELOT_QM_DIR);
        QCoreApplication::installTranslator(&german);
        NavigationModel nav;
        QCOMPARE(nav.index(0).data(NavigationModel::TitleRole).toString(), QStringLiteral("Katalog"));
        QVERIFY(nav.index(6).data(NavigationModel::NoteRole).toString().contains(QStringLiteral("ist geplant")));  // CX sessions
        const catalog::KindSpec& product = catalog::spec(catalog::Kind::Product);
        QCOMPARE(labels::plural(product), QStringLiteral("Artikel"));
        QCOMPARE(labels::value(QStringLiteral("cheese")), QStringLiteral("Käse"));
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(nav.index(0).data(NavigationModel::TitleRole).toString(), QStringLiteral("Catalog"));
    }
};

QTEST_MAIN(TstShell)
#include "tst_shell.moc"

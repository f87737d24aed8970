// Migrations: an old database is upgraded (with a backup first); a newer one is refused
// and left untouched.
#include "eventstore/database.h"
#include "eventstore/eventstore.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace tracelot;

namespace {
QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
}  // namespace

class TstMigrations : public QObject {
    Q_OBJECT
private slots:
    void migrationsAreNumberedAndDescribed()
    {
        int expected = 1;
        for (const Migration& m : migrations()) {
            QCOMPARE(m.number, expected++);
            QVERIFY(!m.description.isEmpty());
            QVERIFY(!m.statements.isEmpty());
        }
        QCOMPARE(latestSchemaVersion(), expected - 1);
    }

    void freshDatabaseReachesLatest()
    {
        test::Fixture f;
        QVERIFY(f.open());
        QCOMPARE(f.ws->database().schemaVersion(), latestSchemaVersion());
        QVERIFY(f.ws->database().lastBackupPath().isEmpty());  // nothing to back up
        QSqlQuery q(f.ws->database().sql());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);  // FULL
    }

    void oldDatabaseIsUpgradedWithBackup()
    {
        test::Fixture f;
        {
            // A database as version 1 of the schema left it, with an event in it.
            WorkspaceOptions o;
            o.clock = f.clock;
            o.migrateTo = 1;
            auto w = Workspace::open(f.dbPath(), o);
            QVERIFY(w);
            QCOMPARE(w.value()->database().schemaVersion(), 1);
            QSqlQuery q(w.value()->database().sql());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO events(event_id, type, version, stream, stream_version, occurred_at, recorded_by, device_id,"
                                          " correlation_id, causation_id, payload, prev_hash, hash) VALUES('e1', 'x.happened', 1, 'x-1', 1, 1, 'u', 'd', 'c', 'c', '{}', x'', x'00')")));
        }
        QVERIFY(f.open());
        QCOMPARE(f.ws->database().schemaVersion(), latestSchemaVersion());
        const QString backup = f.ws->database().lastBackupPath();
        QVERIFY2(QFile::exists(backup), qPrintable(backup));
        QVERIFY(backup.contains(QLatin1String("schema1")));
        QCOMPARE(f.ws->store().count(), 1);  // data kept
        // The backup is a real, readable database at the old version.
        QSqlDatabase b = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
        b.setDatabaseName(backup);
        QVERIFY(b.open());
        {
            QSqlQuery q(b);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM events")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        b.close();
        b = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("backup"));
    }

    void newerDatabaseIsRefusedAndUntouched()
    {
        test::Fixture f;
        QVERIFY(f.open());
        {
            QSqlQuery q(f.ws->database().sql());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        f.close();
        const QByteArray before = fileHash(f.dbPath());
        WorkspaceOptions o;
        o.clock = f.clock;
        auto w = Workspace::open(f.dbPath(), o);
        QVERIFY(!w);
        QCOMPARE(w.refusal().code, QStringLiteral("database.too_new"));
        QVERIFY(w.refusal().message.contains(QLatin1String("newer version of Tracelot")));
        QVERIFY(w.refusal().message.contains(QLatin1String("99")));
        QCOMPARE(fileHash(f.dbPath()), before);
    }

    void failedMigrationRollsBackThatStep()
    {
        // A database that already has a table the next step wants to create: the step
        // fails, its transaction rolls back, and the version stays where it was.
        test::Fixture f;
        {
            WorkspaceOptions o;
            o.clock = f.clock;
            o.migrateTo = 1;
            auto w = Workspace::open(f.dbPath(), o);
            QVERIFY(w);
            QSqlQuery q(w.value()->database().sql());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE projection_state (x INTEGER)")));
        }
        WorkspaceOptions o;
        o.clock = f.clock;
        auto w = Workspace::open(f.dbPath(), o);
        QVERIFY(!w);
        QCOMPARE(w.refusal().code, QStringLiteral("database.migration_failed"));
        QVERIFY(w.refusal().message.contains(QLatin1String("step 3")));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(f.dbPath());
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 2);  // step 2 committed, step 3 rolled back
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }
};

QTEST_GUILESS_MAIN(TstMigrations)
#include "tst_migrations.moc"

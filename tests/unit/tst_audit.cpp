// Audit: edits made behind the app's back, with the sqlite3 tool, are reported with the
// event (or table row) they hit.
#include "eventstore/eventstore.h"
#include "eventstore/transaction.h"
#include "workspace/workspace.h"
#include "testsupport.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTest>

using namespace tracelot;

class TstAudit : public QObject {
    Q_OBJECT

    static void sqlite3(const QString& db, const QString& sql)
    {
        QProcess p;
        p.start(QStringLiteral("sqlite3"), {db, sql});
        QVERIFY2(p.waitForFinished(10000), "sqlite3 did not finish");
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

    static void populate(test::Fixture& f)
    {
        QVERIFY(f.openWithAdmin());
        for (const char* code : {"CR-01", "CR-02", "DOCK-01"}) {
            auto r = f.ws->execute(f.admin, QStringLiteral("DefineLocation"),
                                   {{QStringLiteral("code"), QLatin1String(code)}, {QStringLiteral("name"), QStringLiteral("Room")},
                                    {QStringLiteral("type"), QStringLiteral("ambient")}});
            QVERIFY(r);
        }
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty()) QFAIL("the sqlite3 tool is needed (apt install sqlite3)");
    }

    void untouchedDatabaseVerifies()
    {
        test::Fixture f;
        populate(f);
        const AuditReport r = f.ws->verify();
        QVERIFY2(r.ok(), qPrintable(r.text()));
        QCOMPARE(r.eventsChecked, f.ws->store().count());
    }

    // A held store (a push batch on the server's replica) keeps the chain head and the last
    // stream's version in memory: the chain and the stream versions come out exactly as
    // appends one by one would make them, and a new hold sees what another connection
    // appended in between.
    void heldAppendsChainLikeSingleOnes()
    {
        test::Fixture f;
        populate(f);
        EventStore& store = f.ws->store();
        int n = 0;
        const auto appendTo = [&](EventStore& s, const QString& stream) {
            Event e;
            e.eventId = QStringLiteral("held-%1").arg(++n);
            e.type = QStringLiteral("test.noted");
            e.version = 1;
            e.stream = stream;
            e.streamVersion = s.streamVersion(stream) + 1;
            e.occurredAt = 1767225600000 + n;
            e.recordedBy = QStringLiteral("tester");
            e.deviceId = QStringLiteral("device");
            e.correlationId = e.causationId = QStringLiteral("command-%1").arg(n);
            e.payload = {{QStringLiteral("n"), n}};
            return s.append(std::move(e));
        };
        QSqlDatabase sql = f.ws->database().sql();
        {
            Transaction tx(sql);
            EventStore::Hold hold(store);
            for (int i = 0; i < 5; ++i) {
                QCOMPARE(store.readStream(QStringLiteral("note-a")).size(), size_t(2 * i));
                QVERIFY(appendTo(store, QStringLiteral("note-a")));
                QVERIFY(appendTo(store, QStringLiteral("note-a")));
                QVERIFY(appendTo(store, QStringLiteral("note-b")));
            }
            QVERIFY(tx.commit());
        }
        {  // another connection on the same file appends to note-a
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("audit-other"));
            other.setDatabaseName(f.dbPath());
            QVERIFY(other.open());
            {
                EventStore second(other);
                Transaction tx(other);
                QVERIFY(appendTo(second, QStringLiteral("note-a")));
                QVERIFY(tx.commit());
            }
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("audit-other"));
        {
            Transaction tx(sql);
            EventStore::Hold hold(store);
            QVERIFY(appendTo(store, QStringLiteral("note-a")));
            QVERIFY(appendTo(store, QStringLiteral("note-b")));
            QVERIFY(tx.commit());
        }
        const Events a = store.readStream(QStringLiteral("note-a")), b = store.readStream(QStringLiteral("note-b"));
        QCOMPARE(a.size(), size_t(12));
        QCOMPARE(b.size(), size_t(6));
        for (size_t i = 0; i < a.size(); ++i) QCOMPARE(a[i].streamVersion, qint64(i + 1));
        for (size_t i = 0; i < b.size(); ++i) QCOMPARE(b[i].streamVersion, qint64(i + 1));
        const AuditReport r = f.ws->verify();
        QVERIFY2(r.ok(), qPrintable(r.text()));
        QCOMPARE(r.eventsChecked, store.count());
    }

    // A database created without the audit chain (the server's rules replica) stores empty
    // hashes and keeps that choice; one created with it keeps its chain whatever it is opened with.
    void chainIsChosenWhenTheDatabaseIsCreated()
    {
        test::Fixture f;
        WorkspaceOptions o;
        o.clock = f.clock;
        o.ids = f.ids;
        o.auditChain = false;
        {
            auto ws = Workspace::open(f.dbPath(), o);
            QVERIFY(ws);
            auto admin = ws.value()->execute(Actor{}, QStringLiteral("CreateFirstAdmin"),
                                             {{QStringLiteral("username"), QStringLiteral("admin")}, {QStringLiteral("display_name"), QStringLiteral("Admin")},
                                              {QStringLiteral("password"), QStringLiteral("correct horse battery")}});
            QVERIFY(admin);
            QVERIFY(!ws.value()->store().chained());
            const Events all = ws.value()->store().readAfter(0, 100);
            QVERIFY(!all.empty());
            for (const Event& e : all) QVERIFY(e.hash.isEmpty() && e.prevHash.isEmpty());
            const AuditReport r = ws.value()->verify();
            QVERIFY2(r.ok(), qPrintable(r.text()));
            QVERIFY(!r.chainKept);
            QVERIFY(r.text().contains(QStringLiteral("no hash chain")));
        }
        QVERIFY(f.open());  // default options: still without a chain
        QVERIFY(!f.ws->store().chained());
        f.close();

        test::Fixture chained;
        populate(chained);
        chained.close();
        auto again = Workspace::open(chained.dbPath(), o);
        QVERIFY(again);
        QVERIFY(again.value()->store().chained());
        QVERIFY(again.value()->verify().chainKept);
    }

    void editedPayloadIsNamed()
    {
        test::Fixture f;
        populate(f);
        const Event target = f.ws->store().readAfter(0, 100).at(4);  // some location.defined
        f.close();
        sqlite3(f.dbPath(), QStringLiteral("UPDATE events SET payload = replace(payload, 'Room', 'Hall') WHERE seq = %1").arg(target.seq));
        QVERIFY(f.open());
        const AuditReport r = f.ws->verify();
        QVERIFY(!r.ok());
        QCOMPARE(r.problems.first().seq, target.seq);
        QCOMPARE(r.problems.first().eventId, target.eventId);
        QVERIFY(r.problems.first().description.contains(QLatin1String("changed")));
        QVERIFY(r.text().contains(target.eventId));
        // Only that event is named in the chain (the link of the next one still matches its stored hash).
        int chainProblems = 0;
        for (const auto& p : r.problems) chainProblems += p.seq > 0 ? 1 : 0;
        QCOMPARE(chainProblems, 1);
    }

    void editedEnvelopeFieldIsNamed()
    {
        test::Fixture f;
        populate(f);
        const Event target = f.ws->store().readAfter(0, 100).at(3);
        f.close();
        sqlite3(f.dbPath(), QStringLiteral("UPDATE events SET recorded_by = 'someone-else' WHERE seq = %1").arg(target.seq));
        QVERIFY(f.open());
        const AuditReport r = f.ws->verify();
        QVERIFY(!r.ok());
        QCOMPARE(r.problems.first().eventId, target.eventId);
    }

    void deletedEventIsNoticed()
    {
        test::Fixture f;
        populate(f);
        const Events all = f.ws->store().readAfter(0, 100);
        const Event gone = all.at(3);
        const Event next = all.at(4);
        f.close();
        sqlite3(f.dbPath(), QStringLiteral("DELETE FROM events WHERE seq = %1").arg(gone.seq));
        QVERIFY(f.open());
        const AuditReport r = f.ws->verify();
        QVERIFY(!r.ok());
        QCOMPARE(r.problems.first().seq, next.seq);  // the chain breaks right after the gap
        QVERIFY(r.problems.first().description.contains(QLatin1String("missing")));
    }

    void editedProjectionRowIsNamed()
    {
        test::Fixture f;
        populate(f);
        f.close();
        sqlite3(f.dbPath(), QStringLiteral("UPDATE catalog_locations SET name = 'Hacked' WHERE code = 'CR-02'"));
        QVERIFY(f.open());
        const AuditReport r = f.ws->verify();
        QVERIFY(!r.ok());
        QVERIFY(r.text().contains(QLatin1String("catalog_locations")));
        QVERIFY(r.text().contains(QLatin1String("Hacked")));
        // verify changes nothing: the tampered row is still there until a rebuild.
        QVERIFY(test::dump(*f.ws, QStringLiteral("catalog_locations")).join(QLatin1Char('\n')).contains(QLatin1String("Hacked")));
        QVERIFY(f.ws->rebuild());
        QVERIFY(f.ws->verify().ok());
    }
};

QTEST_GUILESS_MAIN(TstAudit)
#include "tst_audit.moc"

// Sync view models on real SQLite files: two workstations and a real in-process sync
// server (SyncServer, the core tracelot-server runs); A holds lot L, B moves it, the
// server's order wins and B's page shows the conflict with what was tried, by whom, why
// it no longer holds and what A did. Retry differently (refused while the rule still
// says no, accepted with other values) and discard. The status line's indicator text,
// enrolment checks, and the engine thread reporting "offline" without blocking the UI.
#include "eventstore/database.h"
#include "inventoryfixture.h"
#include "shell/session.h"
#include "sync/inprocesstransport.h"
#include "sync/syncclient.h"
#include "sync/syncserver.h"
#include "sync/syncservice.h"
#include "sync/syncviewmodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

using namespace tracelot;
using namespace tracelot::sync;
using namespace tracelot::ui;

namespace {
struct TwoSites {
    QTemporaryDir dir;
    std::unique_ptr<SyncServer> server;
    test::Warehouse a;
    test::Fixture b;
    std::unique_ptr<InProcessTransport> ta, tb;
    std::unique_ptr<SyncClient> ca, cb;
    QString lot;

    bool enrol(Workspace& ws, std::unique_ptr<InProcessTransport>& t, std::unique_ptr<SyncClient>& c, const QString& name)
    {
        Result<QString> code = server->issueEnrolmentCode(name);
        if (!code || !server->registerDevice(code.value(), ws.database().deviceId(), name)) return false;
        t = std::make_unique<InProcessTransport>(*server, ws.database().deviceId());
        c = std::make_unique<SyncClient>(ws, *t);
        return true;
    }

    // A holds lot L while B (Maria) moves 10 of it to the pick face, both offline; A syncs
    // first, then B: B's move is refused by the server and becomes a conflict on B.
    bool conflict()
    {
        b.ids = std::make_shared<SequentialIds>(500000000);
        if (!a.setUp() || !b.open()) return false;
        SyncServerOptions o;
        o.replicaPath = dir.filePath(QStringLiteral("replica.sqlite"));
        o.ids = std::make_shared<SequentialIds>(900000000);
        o.clock = a.clock;
        auto s = SyncServer::open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.sqlite")), o);
        if (!s) return false;
        server = std::move(s).value();
        lot = a.receive(a.cheese, 100, a.cold, QDate(2026, 3, 1), QStringLiteral("L-CHEESE-7"));
        if (lot.isEmpty() || !enrol(*a.ws, ta, ca, QStringLiteral("Dock A")) || !enrol(*b.ws, tb, cb, QStringLiteral("Office B"))) return false;
        if (!ca->syncOnce() || !cb->syncOnce()) return false;
        if (!a.run(QStringLiteral("PlaceHold"), {{QStringLiteral("lot_id"), lot}, {QStringLiteral("reason"), QStringLiteral("Label misprint")}})) return false;
        const Actor maria = b.signIn(QStringLiteral("maria"));
        if (!b.ws->execute(maria, QStringLiteral("MoveStock"), {{QStringLiteral("lot_id"), lot}, {QStringLiteral("from_location_id"), a.cold},
                                                               {QStringLiteral("to_location_id"), a.pick}, {QStringLiteral("quantity"), 10}}))
            return false;
        if (!ca->syncOnce()) return false;
        Result<SyncReport> r = cb->syncOnce();
        return r && r->refused == 1;
    }
};

qint64 stockAt(Workspace& ws, const QString& lot, const QString& location)
{
    QSqlQuery q(ws.database().sql());
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(quantity), 0) FROM inventory_stock WHERE lot_id = ? AND location_id = ?"));
    q.addBindValue(lot);
    q.addBindValue(location);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}
}  // namespace

class TstSyncViewModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("QT_LOGGING_RULES", "tracelot.sync.*.info=false"); }

    void conflictFromRealServerIsShownAndRetried()
    {
        TwoSites t;
        QVERIFY(t.conflict());
        Workspace& wsB = *t.b.ws;
        const Actor maria = t.b.signIn(QStringLiteral("maria"));
        Session session;
        session.attach(std::move(t.b.ws));
        session.begin(maria);
        SyncService* service = SyncService::of(&session);
        QVERIFY(service);
        QVERIFY(!service->configured());  // enrolled in-process only: no HTTPS settings, no engine thread
        QCOMPARE(service->conflicts(), 1);
        QVERIFY2(service->indicatorText().contains(QStringLiteral("1 conflict")), qPrintable(service->indicatorText()));

        SyncViewModel vm(&session);
        QAbstractItemModelTester tester(vm.conflicts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(vm.conflicts()->count(), 1);
        QCOMPARE(vm.conflicts()->open(), 1);
        QCOMPARE(vm.currentRow(), 0);
        const QVariantMap c = vm.current();
        // What was tried, by whom.
        QCOMPARE(c.value(QStringLiteral("title")).toString(), QStringLiteral("Move stock"));
        QCOMPARE(c.value(QStringLiteral("by")).toString(), QStringLiteral("maria Tester"));
        bool sawLot = false;
        for (const QVariant& v : c.value(QStringLiteral("tried")).toList()) sawLot = sawLot || v.toMap().value(QStringLiteral("value")).toString() == QStringLiteral("lot L-CHEESE-7");
        QVERIFY(sawLot);
        // Why it no longer holds, in the rule's words, and who said so.
        QVERIFY2(c.value(QStringLiteral("why")).toString().contains(QStringLiteral("quality hold")), qPrintable(c.value(QStringLiteral("why")).toString()));
        QCOMPARE(c.value(QStringLiteral("source")).toString(), QStringLiteral("server"));
        // What the other side did.
        bool sawHold = false;
        for (const QVariant& v : c.value(QStringLiteral("otherSide")).toList()) {
            const QVariantMap o = v.toMap();
            if (o.value(QStringLiteral("what")).toString() == QStringLiteral("hold placed")) {
                sawHold = true;
                QVERIFY2(o.value(QStringLiteral("facts")).toString().contains(QStringLiteral("Label misprint")), qPrintable(o.value(QStringLiteral("facts")).toString()));
            }
        }
        QVERIFY(sawHold);
        // The editable values are exactly the command's fields.
        const QString payload = c.value(QStringLiteral("payloadText")).toString();
        QVERIFY(payload.contains(QStringLiteral("\"to_location_id\"")));

        // Retry: unreadable values, then the same values (the hold still refuses), then another place.
        QVERIFY(!vm.retry(QStringLiteral("{ not json")));
        QVERIFY(vm.actionError().contains(QStringLiteral("could not be read")));
        QVERIFY(!vm.retry(payload));
        QVERIFY2(vm.actionError().contains(QStringLiteral("quality hold")), qPrintable(vm.actionError()));
        QCOMPARE(vm.conflicts()->open(), 1);
        QString changed = payload;
        changed.replace(t.a.pick, t.a.quarantine);
        QVERIFY2(vm.retry(changed), qPrintable(vm.actionError()));
        QVERIFY(vm.actionError().isEmpty());
        QCOMPARE(vm.conflicts()->open(), 0);
        QCOMPARE(vm.conflicts()->count(), 1);  // kept for the record
        QCOMPARE(vm.conflicts()->data(vm.conflicts()->index(0), SyncConflictModel::ResolutionRole).toString(), QStringLiteral("retried"));
        QCOMPARE(service->conflicts(), 0);
        QCOMPARE(service->pending(), 1);
        QVERIFY2(service->indicatorText().contains(QStringLiteral("1 pending")), qPrintable(service->indicatorText()));

        // The retried move reaches A through the server.
        QVERIFY(t.cb->syncOnce());
        QVERIFY(t.ca->syncOnce());
        QCOMPARE(stockAt(*t.a.ws, t.lot, t.a.quarantine), 10);
        QCOMPARE(stockAt(wsB, t.lot, t.a.quarantine), 10);
        service->refresh();
        QCOMPARE(service->pending(), 0);
    }

    void discardKeepsTheRecord()
    {
        TwoSites t;
        QVERIFY(t.conflict());
        const Actor maria = t.b.signIn(QStringLiteral("maria"));
        Session session;
        session.attach(std::move(t.b.ws));
        session.begin(maria);
        SyncViewModel vm(&session);
        QSignalSpy changed(SyncService::of(&session), &SyncService::changed);
        QVERIFY(vm.discard());
        QVERIFY(vm.actionMessage().contains(QStringLiteral("discarded")));
        QCOMPARE(vm.conflicts()->open(), 0);
        QCOMPARE(vm.conflicts()->count(), 1);
        QCOMPARE(vm.conflicts()->data(vm.conflicts()->index(0), SyncConflictModel::StatusTextRole).toString(), QStringLiteral("Discarded"));
        QVERIFY(!vm.discard());  // already resolved
        QVERIFY(changed.count() > 0);
        QCOMPARE(SyncService::of(&session)->conflicts(), 0);
    }

    void enrolmentNeedsAdminAndHttps()
    {
        test::Fixture fx;
        QVERIFY(fx.openWithAdmin());
        const Actor clerk = fx.user(QStringLiteral("clerk"), {QStringLiteral("warehouse_operator")});
        const Actor admin = fx.admin;
        Session session;
        session.attach(std::move(fx.ws));
        session.begin(clerk);
        SyncViewModel vm(&session);
        QVERIFY(!vm.canEnrol());
        QVERIFY(vm.enrolNote().contains(QStringLiteral("Administrator")));
        session.begin(admin);
        QVERIFY(vm.canEnrol());
        SyncService* service = vm.status();
        QCOMPARE(service->stateKey(), QStringLiteral("none"));
        QVERIFY(service->indicatorText().contains(QStringLiteral("no server configured")));
        QSignalSpy done(service, &SyncService::enrolFinished);
        vm.enrol(QStringLiteral("http://sync.example.com"), QString(), QStringLiteral("CODE"), QStringLiteral("x"));
        QCOMPARE(done.count(), 1);
        QVERIFY2(service->enrolError().contains(QStringLiteral("https://")), qPrintable(service->enrolError()));
        vm.enrol(QStringLiteral("https://sync.example.com"), QStringLiteral("/nonexistent/ca.pem"), QStringLiteral("CODE"), QStringLiteral("x"));
        QVERIFY(service->enrolError().contains(QStringLiteral("cannot be read")));
        // A server that is not there: the request runs on a worker thread; the UI thread keeps going.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        vm.enrol(QStringLiteral("https://127.0.0.1:%1").arg(port), QString(), QStringLiteral("CODE-CODE"), QStringLiteral("x"));
        QVERIFY(service->enrolling());
        QTRY_VERIFY_WITH_TIMEOUT(!service->enrolling(), 10000);
        QVERIFY2(service->enrolError().contains(QStringLiteral("cannot be reached")), qPrintable(service->enrolError()));
        QVERIFY(!service->configured());
    }

    void engineRunsOffTheUiThreadAndReportsOffline()
    {
        test::Fixture fx;
        QVERIFY(fx.openWithAdmin());
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        fx.ws->database().setMeta(QStringLiteral("sync.server_url"), QStringLiteral("https://127.0.0.1:%1").arg(port));
        fx.ws->database().setMeta(QStringLiteral("sync.device_secret"), QStringLiteral("secret-from-enrolment"));
        const Actor admin = fx.admin;
        Session session;
        session.attach(std::move(fx.ws));
        session.begin(admin);
        SyncService* service = SyncService::of(&session);
        QVERIFY(service->configured());
        QVERIFY(service->engineRunning());
        QCOMPARE(service->stateKey(), QStringLiteral("connecting"));
        QTRY_COMPARE_WITH_TIMEOUT(service->stateKey(), QStringLiteral("offline"), 10000);
        QVERIFY2(service->lastError().contains(QStringLiteral("cannot be reached")), qPrintable(service->lastError()));
        QVERIFY2(service->indicatorText().startsWith(QStringLiteral("Sync: offline")), qPrintable(service->indicatorText()));
        // A local command is counted as pending and wakes the engine; stopping is prompt.
        QVERIFY(session.workspace()->execute(admin, QStringLiteral("DefineLocation"),
                                             {{QStringLiteral("code"), QStringLiteral("DOCK-9")}, {QStringLiteral("name"), QStringLiteral("Dock 9")},
                                              {QStringLiteral("type"), QStringLiteral("dock")}}));
        QVERIFY(service->pending() >= 1);
        QElapsedTimer timer;
        timer.start();
        service->setEngineAllowed(false);
        QVERIFY(!service->engineRunning());
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_MAIN(TstSyncViewModel)
#include "tst_syncviewmodel.moc"

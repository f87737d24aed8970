// Sync, in-process, on both server backends (SQLite file, and a real PostgreSQL started by the
// test): a server and two workstations with real SQLite files. Push re-runs every rule,
// duplicates get the first answer, refusals are recorded, the recording user's role is
// checked, transient errors stop the batch; two offline workstations (hold vs move of the
// same lot) converge with the server's order winning and the loser shown a conflict;
// idempotency when a response is lost, when the client dies mid-push and when the
// server's database dies mid-transaction.
#include "common/canonicaljson.h"
#include "eventstore/database.h"
#include "eventstore/eventstore.h"
#include "inventoryfixture.h"
#include "pgserver.h"
#include "sync/inprocesstransport.h"
#include "sync/syncclient.h"
#include "sync/syncengine.h"
#include "sync/syncserver.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QJsonDocument>
#include <QTest>

using namespace tracelot;
using namespace tracelot::sync;

namespace {

// A transport that delivers the request but loses the answer (the connection dropped
// after the server committed), or never delivers it.
class LossyTransport final : public SyncTransport {
public:
    LossyTransport(SyncTransport& inner, bool deliver) : inner_(inner), deliver_(deliver) {}
    Result<PushReply> push(const PushRequest& r) override
    {
        if (deliver_) inner_.push(r);
        return refuse(QStringLiteral("sync.offline"), QStringLiteral("connection lost"));
    }
    Result<PullReply> pull(qint64 after, int limit, int wait, qint64 ra) override { return inner_.pull(after, limit, wait, ra); }

private:
    SyncTransport& inner_;
    bool deliver_;
};

// Delivers the first `pages` pull pages, then the connection drops.
class FlakyPullTransport final : public SyncTransport {
public:
    FlakyPullTransport(SyncTransport& inner, int pages) : inner_(inner), left_(pages) {}
    Result<PushReply> push(const PushRequest& r) override { return inner_.push(r); }
    Result<PullReply> pull(qint64 after, int limit, int wait, qint64 ra) override
    {
        if (left_-- <= 0) return refuse(QStringLiteral("sync.offline"), QStringLiteral("connection lost"));
        return inner_.pull(after, limit, wait, ra);
    }

private:
    SyncTransport& inner_;
    int left_;
};

// A row of SELECT device_seq, command_id, name, payload, recorded_by, issued_at FROM pending_commands.
StoredCommand fromPendingRow(Workspace& ws, const QSqlQuery& q)
{
    StoredCommand c;
    c.deviceId = ws.database().deviceId();
    c.deviceSeq = q.value(0).toLongLong();
    c.commandId = q.value(1).toString();
    c.name = q.value(2).toString();
    parseJsonObject(q.value(3).toString().toUtf8(), &c.payload);
    c.recordedBy = q.value(4).toString();
    c.issuedAt = q.value(5).toLongLong();
    return c;
}

// A pending command as the workstation stored it (the last one, or the one at device_seq).
StoredCommand storedCommand(Workspace& ws, qint64 deviceSeq = 0)
{
    QSqlQuery q(ws.database().sql());
    q.prepare(deviceSeq ? QStringLiteral("SELECT device_seq, command_id, name, payload, recorded_by, issued_at FROM pending_commands WHERE device_seq = ?")
                        : QStringLiteral("SELECT device_seq, command_id, name, payload, recorded_by, issued_at FROM pending_commands"
                                         " ORDER BY device_seq DESC LIMIT 1"));
    if (deviceSeq) q.addBindValue(deviceSeq);
    if (!q.exec() || !q.next()) return {};
    return fromPendingRow(ws, q);
}
QStringList projectionRows(Workspace& ws)
{
    QStringList out;
    for (const auto& p : ws.projections().all())
        for (const QString& t : p->tables()) out << t + QLatin1Char(':') << ws.projections().tableRows(t);
    return out;
}

// Every projection's saved position is the last event of its types in the log (a position
// left behind would make the next start apply events twice). Empty when all agree.
QString stalePositions(Workspace& ws)
{
    QString out;
    for (const auto& p : ws.projections().all()) {
        QStringList marks;
        for (int i = 0; i < p->eventTypes().size(); ++i) marks << QStringLiteral("?");
        QSqlQuery q(ws.database().sql());
        q.prepare(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM events WHERE type IN (%1)").arg(marks.join(QLatin1Char(','))));
        for (const QString& t : p->eventTypes()) q.addBindValue(t);
        if (!q.exec() || !q.next()) return QStringLiteral("query failed: ") + q.lastError().text();
        const qint64 saved = ws.projections().checkpoint(p->name());
        if (saved != q.value(0).toLongLong()) out += QStringLiteral("%1 at %2, log at %3; ").arg(p->name()).arg(saved).arg(q.value(0).toLongLong());
    }
    return out;
}

// The last n commands still in a workstation's pending log, as it would push them.
std::vector<StoredCommand> lastPending(Workspace& ws, int n)
{
    QSqlQuery q(ws.database().sql());
    q.prepare(QStringLiteral("SELECT device_seq, command_id, name, payload, recorded_by, issued_at FROM pending_commands ORDER BY device_seq DESC LIMIT ?"));
    q.addBindValue(n);
    std::vector<StoredCommand> out;
    if (!q.exec()) return out;
    while (q.next()) out.insert(out.begin(), fromPendingRow(ws, q));
    return out;
}

QStringList envelopes(Workspace& ws)
{
    QStringList out;
    ws.store().forEach(0, [&](const Event& e) {
        out << QString::fromUtf8(e.canonicalBytes());
        return true;
    });
    return out;
}

qint64 stockAt(Workspace& ws, const QString& lot, const QString& location)
{
    QSqlQuery q(ws.database().sql());
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(quantity), 0) FROM inventory_stock WHERE lot_id = ? AND location_id = ?"));
    q.addBindValue(lot);
    q.addBindValue(location);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

struct Site {
    QTemporaryDir dir;
    test::PostgresServer pg;
    std::unique_ptr<SyncServer> server;
    test::Warehouse a;
    test::Fixture b;
    std::unique_ptr<InProcessTransport> ta, tb;
    std::unique_ptr<SyncClient> ca, cb;
    QString lot;

    bool openServer(const QString& backend)
    {
        QString location = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.sqlite"));
        if (backend == QLatin1String("postgres")) {
            if (!pg.start()) return false;
            location = pg.location();
        }
        SyncServerOptions o;
        o.replicaPath = dir.filePath(QStringLiteral("replica.sqlite"));
        o.ids = std::make_shared<SequentialIds>(900000000);
        o.clock = a.clock;
        auto s = SyncServer::open(location, o);
        if (!s) {
            qWarning("server: %s", qPrintable(s.refusal().message));
            return false;
        }
        server = std::move(s).value();
        return true;
    }

    bool enrol(Workspace& ws, std::unique_ptr<InProcessTransport>& t, std::unique_ptr<SyncClient>& c, const QString& name)
    {
        Result<QString> code = server->issueEnrolmentCode(name);
        if (!code) return false;
        Result<Registration> reg = server->registerDevice(code.value(), ws.database().deviceId(), name);
        if (!reg) {
            qWarning("register: %s", qPrintable(reg.refusal().message));
            return false;
        }
        t = std::make_unique<InProcessTransport>(*server, ws.database().deviceId());
        c = std::make_unique<SyncClient>(ws, *t);
        return true;
    }

    // On A: `quantity` of lot L from the cold room to the pick face (a local command, pending).
    Result<Outcome> moveToPick(qint64 quantity)
    {
        return a.run(QStringLiteral("MoveStock"), {{QStringLiteral("lot_id"), lot}, {QStringLiteral("from_location_id"), a.cold},
                                                   {QStringLiteral("to_location_id"), a.pick}, {QStringLiteral("quantity"), quantity}});
    }

    // A with a warehouse and lot L (100 cheeses in the cold room), pushed; B enrolled and pulled.
    bool setUp(const QString& backend)
    {
        b.ids = std::make_shared<SequentialIds>(500000000);  // ids unique across workstations
        if (!a.setUp() || !b.open() || !openServer(backend)) return false;
        lot = a.receive(a.cheese, 100, a.cold, QDate(2026, 3, 1));
        if (lot.isEmpty() || !enrol(*a.ws, ta, ca, QStringLiteral("Dock A")) || !enrol(*b.ws, tb, cb, QStringLiteral("Office B"))) return false;
        Result<SyncReport> ra = ca->syncOnce();
        Result<SyncReport> rb = cb->syncOnce();
        if (!ra || !rb) {
            qWarning("initial sync: %s", qPrintable((!ra ? ra.refusal() : rb.refusal()).message));
            return false;
        }
        return true;
    }
};

}  // namespace

class TstSync : public QObject {
    Q_OBJECT

    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }

#define SITE_OR_SKIP(s)                                                                    \
    QFETCH(QString, backend);                                                              \
    Site s;                                                                                \
    if (backend == QLatin1String("postgres") && !s.pg.start()) QSKIP(qPrintable(s.pg.why())); \
    QVERIFY(s.setUp(backend));

private slots:
    void initTestCase() { qputenv("QT_LOGGING_RULES", "tracelot.sync.*.info=false"); }

    void pushReRunsAndAgrees_data() { backends(); }
    void pushReRunsAndAgrees()
    {
        SITE_OR_SKIP(s)
        // Everything A recorded is on the server, in A's order, with A's event ids and bytes:
        // the server re-ran every command with the same core and got the same events.
        QCOMPARE(s.server->head(), s.a.ws->store().count());
        Result<std::vector<ServerEvent>> all = s.server->store().readAfter(0, 100000);
        QVERIFY(all);
        QStringList server;
        for (const ServerEvent& se : all.value()) server << QString::fromUtf8(se.event.canonicalBytes());
        QCOMPARE(server, envelopes(*s.a.ws));
        // B pulled all of it: same log, same projections, audit intact.
        QCOMPARE(envelopes(*s.b.ws), envelopes(*s.a.ws));
        QCOMPARE(projectionRows(*s.b.ws), projectionRows(*s.a.ws));
        QCOMPARE(projectionRows(s.server->replica()), projectionRows(*s.a.ws));
        QVERIFY2(s.a.ws->verify().ok(), qPrintable(s.a.ws->verify().text()));
        QVERIFY2(s.b.ws->verify().ok(), qPrintable(s.b.ws->verify().text()));
        // The replica keeps no hash chain (derived data); its projections match a rebuild.
        const AuditReport replica = s.server->replica().verify();
        QVERIFY2(replica.ok(), qPrintable(replica.text()));
        QVERIFY(!replica.chainKept);
        QCOMPARE(stalePositions(s.server->replica()), QString());  // saved once per batch, not per command
        QCOMPARE(s.ca->state().pending, 0);
        QVERIFY(s.server->metricsText().contains(QStringLiteral("tracelot_events_stored %1\n").arg(s.server->head())));
    }

    void duplicateBatchGetsFirstAnswer_data() { backends(); }
    void duplicateBatchGetsFirstAnswer()
    {
        SITE_OR_SKIP(s)
        QVERIFY(s.moveToPick(5));
        StoredCommand c = storedCommand(*s.a.ws);
        const PushRequest req{c.deviceId, {c}};
        const PushReply first = s.server->push(c.deviceId, req);
        QCOMPARE(first.answers.size(), size_t(1));
        QCOMPARE(first.answers[0].status, AnswerStatus::Accepted);
        QVERIFY(!first.answers[0].duplicate);
        const qint64 head = s.server->head();
        const PushReply again = s.server->push(c.deviceId, req);
        QCOMPARE(again.answers.size(), size_t(1));
        QVERIFY(again.answers[0].duplicate);
        QCOMPARE(again.answers[0].firstSeq, first.answers[0].firstSeq);
        QCOMPARE(again.answers[0].lastSeq, first.answers[0].lastSeq);
        QCOMPARE(s.server->head(), head);  // never applied twice
        // A command out of order stops the batch (nothing after a gap is applied).
        c.deviceSeq += 2;
        c.commandId = QStringLiteral("gap");
        const PushReply gap = s.server->push(c.deviceId, PushRequest{c.deviceId, {c}});
        QCOMPARE(gap.stoppedCode, QStringLiteral("sync.gap"));
        QCOMPARE(s.server->head(), head);
    }

    // A batch's accepted commands share one answer row (processed_runs); a refusal in the
    // middle keeps a row of its own. Sent again, each gets exactly its first answer.
    // The push answer is written straight into bytes (not through QJsonObject): it must be
    // the same JSON, awkward texts included.
    void pushAnswerBytesAreItsJson()
    {
        PushReply r;
        r.highWater = 42;
        r.head = 9007199254740000LL;
        CommandAnswer ok;
        ok.deviceSeq = 41;
        ok.commandId = QStringLiteral("c-41");
        ok.firstSeq = 100;
        ok.lastSeq = 102;
        CommandAnswer refused;
        refused.deviceSeq = 42;
        refused.commandId = QStringLiteral("c-\"42\"");
        refused.status = AnswerStatus::Refused;
        refused.code = QStringLiteral("inventory.insufficient");
        refused.message = QStringLiteral("Only 3 of lot L-1 left at \"Kühlraum\"\tback\\slash\nnew line \u0001 ✓");
        refused.duplicate = true;
        r.answers = {ok, refused};
        for (bool stopped : {false, true}) {
            if (stopped) {
                r.stoppedCode = QStringLiteral("sync.gap");
                r.stoppedMessage = QStringLiteral("Commands must arrive in order: \"43\"");
            }
            QJsonParseError err{};
            const QJsonDocument doc = QJsonDocument::fromJson(r.toJsonBytes(), &err);
            QCOMPARE(err.error, QJsonParseError::NoError);
            QCOMPARE(doc.object(), r.toJson());
            const PushReply back = PushReply::fromJson(doc.object());
            QCOMPARE(back.answers.size(), size_t(2));
            QCOMPARE(back.answers[1].message, refused.message);
            QCOMPARE(back.answers[1].commandId, refused.commandId);
            QVERIFY(back.answers[1].duplicate);
            QCOMPARE(back.head, r.head);
            QCOMPARE(back.stoppedMessage, r.stoppedMessage);
        }
    }

    // /v1/push cuts its body at the elements of "commands" (strings and nesting followed).
    void pushBodyIsCutAtItsCommands()
    {
        const auto spans = [](const char* json) {
            QStringList out;
            const QByteArray text(json);
            const auto s = PushBodyParser::commandSpans(text);
            if (!s) return QStringList{QStringLiteral("<none>")};
            for (const auto& [at, n] : *s) out << QString::fromUtf8(text.mid(at, n));
            return out;
        };
        QCOMPARE(spans("{\"device_id\":\"d\",\"commands\":[{\"a\":1},{\"b\":[1,2]}]}"), (QStringList{QStringLiteral("{\"a\":1}"), QStringLiteral("{\"b\":[1,2]}")}));
        // whitespace, brackets and an escaped quote inside a string, "commands" before other keys
        QCOMPARE(spans(" {\n \"commands\" : [ {\"a\":\"x]},{\\\"\"} ,\n {} ] , \"device_id\":\"d\" }\n"),
                 (QStringList{QStringLiteral("{\"a\":\"x]},{\\\"\"}"), QStringLiteral("{}")}));
        QCOMPARE(spans("{\"commands\":[]}"), QStringList());
        QCOMPARE(spans("{\"other\":{\"commands\":[{\"a\":1}]},\"commands\":[7]}"), QStringList{QStringLiteral("7")});
        const QStringList none{QStringLiteral("<none>")};
        QCOMPARE(spans("{\"device_id\":\"d\"}"), none);                  // no list of commands
        QCOMPARE(spans("[{\"commands\":[]}]"), none);                    // not an object
        QCOMPARE(spans("{\"commands\":[{\"a\":1},]}"), none);           // an empty element
        QCOMPARE(spans("{\"commands\":[{\"a\":\"open]}"), none);        // an unterminated string
        QCOMPARE(spans("{\"commands\":[{\"a\":1}]} trailing"), none);   // text after the object
        QCOMPARE(spans("{\"commands\":[{\"a\":1}]"), none);             // cut short
    }

    // A body is parsed on a second thread while the server re-runs what is parsed already;
    // a command found malformed after others were re-run keeps nothing of the batch.
    void pushBodyParsedWhileReRun_data() { backends(); }
    void pushBodyParsedWhileReRun()
    {
        SITE_OR_SKIP(s)
        for (int i = 0; i < 5; ++i)
            QVERIFY(s.moveToPick(1));
        const std::vector<StoredCommand> cmds = lastPending(*s.a.ws, 5);
        QCOMPARE(cmds.size(), size_t(5));
        const QString device = cmds[0].deviceId;
        const auto element = [](const StoredCommand& c) { return QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact); };
        const qint64 head = s.server->head(), highWater = s.server->store().device(device)->highWater;
        const QString replicaRows = projectionRows(s.server->replica()).join(QLatin1Char('\n'));

        QByteArray broken = "{\"device_id\":\"" + device.toUtf8() + "\",\"commands\":[" + element(cmds[0]) + "," + element(cmds[1]) +
                            ",{\"device_seq\":" + QByteArray::number(cmds[2].deviceSeq) + ",\"name\":}]}";
        {
            PushBodyParser parsing(broken, 1);  // a command at a time: the first two are re-run before the third fails
            const PushReply r = s.server->push(device, parsing);
            QCOMPARE(r.stoppedCode, QStringLiteral("sync.malformed"));
            QVERIFY(r.answers.empty());
        }
        QCOMPARE(s.server->head(), head);
        QCOMPARE(s.server->store().device(device)->highWater, highWater);
        QCOMPARE(projectionRows(s.server->replica()).join(QLatin1Char('\n')), replicaRows);

        PushRequest whole{device, cmds};
        PushBodyParser parsing(QJsonDocument(whole.toJson()).toJson(QJsonDocument::Indented), 2);
        const PushReply r = s.server->push(device, parsing);
        QVERIFY2(r.stoppedCode.isEmpty(), qPrintable(r.stoppedMessage));
        QCOMPARE(r.answers.size(), size_t(5));
        for (size_t i = 0; i < 5; ++i) {
            QCOMPARE(r.answers[i].deviceSeq, cmds[i].deviceSeq);
            QCOMPARE(r.answers[i].status, AnswerStatus::Accepted);
        }
        QCOMPARE(s.server->head(), s.a.ws->store().count());  // the same events as A recorded
        {
            PushBodyParser early(QJsonDocument(whole.toJson()).toJson(), 1);
            QVERIFY(early.next());  // a consumer that stops early: the parser is destroyed mid-way
        }
    }

    void duplicatesOfARunWithARefusalInside_data() { backends(); }
    void duplicatesOfARunWithARefusalInside()
    {
        SITE_OR_SKIP(s)
        for (int i = 0; i < 3; ++i)
            QVERIFY(s.moveToPick(1 + i));
        std::vector<StoredCommand> cmds = lastPending(*s.a.ws, 3);
        QCOMPARE(cmds.size(), size_t(3));
        cmds[1].withdrawn = true;  // refused on the server
        const PushRequest req{cmds[0].deviceId, cmds};
        const PushReply first = s.server->push(req.deviceId, req);
        QCOMPARE(first.answers.size(), size_t(3));
        QCOMPARE(first.answers[0].status, AnswerStatus::Accepted);
        QCOMPARE(first.answers[1].status, AnswerStatus::Refused);
        QCOMPARE(first.answers[2].status, AnswerStatus::Accepted);
        QVERIFY(first.answers[2].firstSeq > first.answers[0].lastSeq);
        const qint64 head = s.server->head();
        const PushReply again = s.server->push(req.deviceId, req);
        QCOMPARE(again.answers.size(), size_t(3));
        for (size_t i = 0; i < 3; ++i) {
            QVERIFY(again.answers[i].duplicate);
            QCOMPARE(again.answers[i].deviceSeq, cmds[i].deviceSeq);
            QCOMPARE(again.answers[i].commandId, cmds[i].commandId);
            QCOMPARE(again.answers[i].status, first.answers[i].status);
            QCOMPARE(again.answers[i].code, first.answers[i].code);
            QCOMPARE(again.answers[i].firstSeq, first.answers[i].firstSeq);
            QCOMPARE(again.answers[i].lastSeq, first.answers[i].lastSeq);
        }
        QCOMPARE(s.server->head(), head);
        // Only the last two sent again (a lost answer): the refusal and the run's last command.
        const PushReply tail = s.server->push(req.deviceId, PushRequest{req.deviceId, {cmds[1], cmds[2]}});
        QCOMPARE(tail.answers.size(), size_t(2));
        QCOMPARE(tail.answers[0].code, QStringLiteral("sync.withdrawn"));
        QCOMPARE(tail.answers[1].firstSeq, first.answers[2].firstSeq);
        // An accepted answer stored one row per command (before migration 3) is still found.
        QVERIFY(s.server->store().begin());
        CommandAnswer legacy;
        legacy.deviceSeq = 999999;
        legacy.commandId = QStringLiteral("legacy");
        legacy.firstSeq = 7;
        legacy.lastSeq = 8;
        QVERIFY(s.server->store().recordAnswer(req.deviceId, QStringLiteral("MoveStock"), legacy, 0));
        QVERIFY(s.server->store().commit());
        const std::optional<CommandAnswer> found = s.server->store().answer(req.deviceId, 999999);
        QVERIFY(found);
        QCOMPARE(found->commandId, QStringLiteral("legacy"));
        QCOMPARE(found->status, AnswerStatus::Accepted);
        QCOMPARE(found->lastSeq, qint64(8));
        QVERIFY(!s.server->store().answer(req.deviceId, 999998));
    }

    void offlineHoldAndMoveConverge_data() { backends(); }
    void offlineHoldAndMoveConverge()
    {
        SITE_OR_SKIP(s)
        // Offline: A puts lot L on hold; B (Maria, signed in there) moves 10 of L to the pick face.
        QVERIFY(s.a.run(QStringLiteral("PlaceHold"), {{QStringLiteral("lot_id"), s.lot}, {QStringLiteral("reason"), QStringLiteral("Label misprint")}}));
        Actor mariaOnB = s.b.signIn(QStringLiteral("maria"));
        QVERIFY(!mariaOnB.userId.isEmpty());
        QVERIFY(s.b.ws->execute(mariaOnB, QStringLiteral("MoveStock"),
                                {{QStringLiteral("lot_id"), s.lot}, {QStringLiteral("from_location_id"), s.a.cold},
                                 {QStringLiteral("to_location_id"), s.a.pick}, {QStringLiteral("quantity"), 10}}));
        QCOMPARE(stockAt(*s.b.ws, s.lot, s.a.pick), 10);  // provisional

        // A reaches the server first: its order wins.
        QVERIFY(s.ca->syncOnce());
        Result<SyncReport> rb = s.cb->syncOnce();
        QVERIFY2(rb, qPrintable(rb ? QString() : rb.refusal().message));
        QCOMPARE(rb->refused, 1);
        QVERIFY(rb->rebased);
        QVERIFY(s.ca->syncOnce());

        // The invariant holds everywhere: held stock did not move.
        for (Workspace* ws : {s.a.ws.get(), s.b.ws.get(), &s.server->replica()}) {
            QCOMPARE(stockAt(*ws, s.lot, s.a.cold), 100);
            QCOMPARE(stockAt(*ws, s.lot, s.a.pick), 0);
        }
        // The loser sees a conflict with both sides' facts.
        const QList<Conflict> conflicts = s.cb->conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts[0].name, QStringLiteral("MoveStock"));
        QCOMPARE(conflicts[0].code, QStringLiteral("inventory.held_move"));
        QVERIFY2(conflicts[0].message.contains(QStringLiteral("quality hold")), qPrintable(conflicts[0].message));
        QCOMPARE(conflicts[0].source, QStringLiteral("server"));
        QCOMPARE(conflicts[0].recordedByName, QStringLiteral("maria Tester"));
        bool sawHold = false;
        for (const QJsonValue& v : conflicts[0].otherSide) sawHold = sawHold || v.toObject().value(QLatin1String("type")).toString() == QLatin1String("hold.placed");
        QVERIFY2(sawHold, qPrintable(QString::fromUtf8(canonicalJson(QJsonValue(conflicts[0].otherSide)))));
        QCOMPARE(s.cb->state().conflicts, 1);
        QCOMPARE(s.cb->state().pending, 0);

        // Both converge to the same log and identical projections; audits pass.
        QCOMPARE(envelopes(*s.b.ws), envelopes(*s.a.ws));
        QCOMPARE(projectionRows(*s.b.ws), projectionRows(*s.a.ws));
        QCOMPARE(projectionRows(s.server->replica()), projectionRows(*s.a.ws));
        QVERIFY2(s.b.ws->verify().ok(), qPrintable(s.b.ws->verify().text()));
        QVERIFY2(s.a.ws->verify().ok(), qPrintable(s.a.ws->verify().text()));
        QCOMPARE(stalePositions(*s.b.ws), QString());  // B's rebase replayed commands in one session
        QCOMPARE(stalePositions(s.server->replica()), QString());

        // Retry differently: move to quarantine (allowed for held stock); the conflict is closed.
        QVERIFY(s.cb->retryConflict(conflicts[0].deviceSeq, mariaOnB, QStringLiteral("MoveStock"),
                                    {{QStringLiteral("lot_id"), s.lot}, {QStringLiteral("from_location_id"), s.a.cold},
                                     {QStringLiteral("to_location_id"), s.a.quarantine}, {QStringLiteral("quantity"), 10}}));
        QCOMPARE(s.cb->state().conflicts, 0);
        QVERIFY(s.cb->syncOnce());
        QVERIFY(s.ca->syncOnce());
        QCOMPARE(stockAt(*s.a.ws, s.lot, s.a.quarantine), 10);
        QCOMPARE(projectionRows(*s.b.ws), projectionRows(*s.a.ws));
    }

    void pendingCommandRefusedOnRebase_data() { backends(); }
    void pendingCommandRefusedOnRebase()
    {
        SITE_OR_SKIP(s)
        // B records a move it has NOT pushed yet when A's hold arrives: the re-run refuses it
        // locally; it becomes a conflict, is withdrawn on the next push, later commands still flow.
        QVERIFY(s.a.run(QStringLiteral("PlaceHold"), {{QStringLiteral("lot_id"), s.lot}, {QStringLiteral("reason"), QStringLiteral("Swab")}}));
        QVERIFY(s.ca->syncOnce());
        Actor maria = s.b.signIn(QStringLiteral("maria"));
        QVERIFY(s.b.ws->execute(maria, QStringLiteral("MoveStock"), {{QStringLiteral("lot_id"), s.lot}, {QStringLiteral("from_location_id"), s.a.cold},
                                                                    {QStringLiteral("to_location_id"), s.a.pick}, {QStringLiteral("quantity"), 3}}));
        Result<SyncReport> pulled = s.cb->pull();
        QVERIFY(pulled);
        QCOMPARE(pulled->rebaseRefused, 1);
        QCOMPARE(s.cb->conflicts().value(0).source, QStringLiteral("rebase"));
        QCOMPARE(stockAt(*s.b.ws, s.lot, s.a.pick), 0);
        QVERIFY(s.b.ws->execute(maria, QStringLiteral("MoveStock"), {{QStringLiteral("lot_id"), s.lot}, {QStringLiteral("from_location_id"), s.a.cold},
                                                                    {QStringLiteral("to_location_id"), s.a.quarantine}, {QStringLiteral("quantity"), 3}}));
        QVERIFY(s.cb->syncOnce());
        QVERIFY(s.ca->syncOnce());
        QCOMPARE(stockAt(*s.a.ws, s.lot, s.a.quarantine), 3);
        QCOMPARE(projectionRows(*s.b.ws), projectionRows(*s.a.ws));
        QCOMPARE(s.cb->state().pending, 0);
        QCOMPARE(s.cb->state().conflicts, 1);
    }

    void recordingUsersRoleIsChecked_data() { backends(); }
    void recordingUsersRoleIsChecked()
    {
        SITE_OR_SKIP(s)
        // A's admin revokes Maria's role; meanwhile on B Maria (still a manager there) moves stock.
        QVERIFY(s.a.ws->execute(s.a.admin, QStringLiteral("RevokeRole"), {{QStringLiteral("username"), QStringLiteral("maria")},
                                                                         {QStringLiteral("role"), QStringLiteral("warehouse_manager")}}));
        Actor maria = s.b.signIn(QStringLiteral("maria"));
        QVERIFY(s.b.ws->execute(maria, QStringLiteral("MoveStock"), {{QStringLiteral("lot_id"), s.lot}, {QStringLiteral("from_location_id"), s.a.cold},
                                                                    {QStringLiteral("to_location_id"), s.a.pick}, {QStringLiteral("quantity"), 1}}));
        QVERIFY(s.ca->syncOnce());
        Result<SyncReport> rb = s.cb->syncOnce();
        QVERIFY(rb);
        QCOMPARE(rb->refused, 1);
        QCOMPARE(s.cb->conflicts().value(0).code, QStringLiteral("auth.forbidden"));
        QCOMPARE(stockAt(*s.b.ws, s.lot, s.a.pick), 0);
    }

    void roleRevokedEarlierInTheSameBatch_data() { backends(); }
    void roleRevokedEarlierInTheSameBatch()
    {
        SITE_OR_SKIP(s)
        // One batch: Maria moves stock, the admin revokes her role, Maria moves stock again.
        // The server reads users and roles once per batch; the revocation inside the batch
        // must still count for the command after it.
        QVERIFY(s.moveToPick(1));
        const StoredCommand move = storedCommand(*s.a.ws);
        QVERIFY(s.a.ws->execute(s.a.admin, QStringLiteral("RevokeRole"), {{QStringLiteral("username"), QStringLiteral("maria")},
                                                                         {QStringLiteral("role"), QStringLiteral("warehouse_manager")}}));
        const StoredCommand revoke = storedCommand(*s.a.ws);
        QCOMPARE(revoke.deviceSeq, move.deviceSeq + 1);
        StoredCommand again = move;
        again.deviceSeq = revoke.deviceSeq + 1;
        again.commandId = QStringLiteral("moved-again-after-revoke");
        const PushReply r = s.server->push(move.deviceId, PushRequest{move.deviceId, {move, revoke, again}});
        QVERIFY2(r.stoppedCode.isEmpty(), qPrintable(r.stoppedMessage));
        QCOMPARE(r.answers.size(), size_t(3));
        QCOMPARE(r.answers[0].status, AnswerStatus::Accepted);
        QCOMPARE(r.answers[1].status, AnswerStatus::Accepted);
        QCOMPARE(r.answers[2].status, AnswerStatus::Refused);
        QCOMPARE(r.answers[2].code, QStringLiteral("auth.forbidden"));
        QVERIFY(r.answers[2].message.contains(QStringLiteral("maria")));
    }

    void awkwardTextArrivesByteForByte_data() { backends(); }
    void awkwardTextArrivesByteForByte()
    {
        SITE_OR_SKIP(s)
        // Tabs, newlines, backslashes, quotes and non-Latin text in a payload: PostgreSQL
        // receives the batch as COPY text, where these characters need escaping.
        const QString name = QStringLiteral("Rack \"B\"\t2\\north\nRégion 東京 ✓");
        const Result<Outcome> defined = s.a.run(QStringLiteral("DefineLocation"),
                                                        {{QStringLiteral("code"), QStringLiteral("AWK-1")}, {QStringLiteral("name"), name},
                                                         {QStringLiteral("type"), QStringLiteral("ambient")}});
        QVERIFY2(defined, qPrintable(defined ? QString() : defined.refusal().message));
        QVERIFY(s.ca->syncOnce());
        QVERIFY(s.cb->syncOnce());
        Result<std::vector<ServerEvent>> all = s.server->store().readAfter(0, 100000);
        QVERIFY(all);
        QCOMPARE(all->back().event.payload.value(QLatin1String("name")).toString(), name);
        QStringList server;
        for (const ServerEvent& se : all.value()) server << QString::fromUtf8(se.event.canonicalBytes());
        QCOMPARE(server, envelopes(*s.a.ws));
        QCOMPARE(envelopes(*s.b.ws), envelopes(*s.a.ws));
    }

    void replicaFailureMidBatchKeepsNothing_data() { backends(); }
    void replicaFailureMidBatchKeepsNothing()
    {
        SITE_OR_SKIP(s)
        // Three moves pushed in one batch; the server's rules replica fails (a store error,
        // not a rule) while writing the second. Nothing of the batch is kept — on the server
        // database or the replica — and the same batch goes through once the store is well.
        QStringList commandIds;
        for (int i = 0; i < 3; ++i) {
            QVERIFY(s.moveToPick(1));
            QSqlQuery q(s.a.ws->database().sql());
            QVERIFY(q.exec(QStringLiteral("SELECT command_id FROM pending_commands ORDER BY device_seq DESC LIMIT 1")) && q.next());
            commandIds << q.value(0).toString();
        }
        const qint64 head = s.server->head();
        const QStringList replicaBefore = projectionRows(s.server->replica());
        QSqlQuery trigger(s.server->replica().database().sql());
        QVERIFY(trigger.exec(QStringLiteral("CREATE TEMP TRIGGER disk_on_fire BEFORE INSERT ON events WHEN NEW.correlation_id = '%1'"
                                            " BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END").arg(commandIds[1])));
        const Result<SyncReport> failed = s.ca->syncOnce();
        QVERIFY(!failed);
        QCOMPARE(failed.refusal().code, QStringLiteral("sync.server_error"));
        QCOMPARE(s.server->head(), head);                                   // not even the first move
        QCOMPARE(projectionRows(s.server->replica()), replicaBefore);
        QCOMPARE(s.server->replica().store().lastSeq(), head);
        QCOMPARE(s.ca->state().pending, 3);
        QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER disk_on_fire")));
        QVERIFY(s.ca->syncOnce());
        QCOMPARE(s.server->head(), head + 3);
        QCOMPARE(s.ca->state().pending, 0);
        QCOMPARE(projectionRows(s.server->replica()), projectionRows(*s.a.ws));
        QCOMPARE(stalePositions(s.server->replica()), QString());
    }

    void initialSyncOfAnEmptyWorkstationInPages_data() { backends(); }
    void initialSyncOfAnEmptyWorkstationInPages()
    {
        SITE_OR_SKIP(s)
        // A new, empty workstation pulls everything in small pages: the log page by page, the
        // projections rebuilt once at the end. The connection drops after two pages first.
        for (int i = 0; i < 4; ++i)
            QVERIFY(s.moveToPick(1));
        QVERIFY(s.ca->syncOnce());
        test::Fixture c;
        c.ids = std::make_shared<SequentialIds>(700000000);
        QVERIFY(c.open());
        QCOMPARE(c.ws->store().lastSeq(), qint64(0));
        std::unique_ptr<InProcessTransport> tc;
        std::unique_ptr<SyncClient> cc;
        QVERIFY(s.enrol(*c.ws, tc, cc, QStringLiteral("New office")));
        {
            FlakyPullTransport flaky(*tc, 2);
            SyncClient client(*c.ws, flaky);
            const Result<SyncReport> cut = client.pull(0, 3);
            QVERIFY(!cut);
            QCOMPARE(cut.refusal().code, QStringLiteral("sync.offline"));
        }
        QCOMPARE(c.ws->store().lastSeq(), qint64(6));  // two pages kept
        QCOMPARE(c.ws->database().meta(QStringLiteral("sync.projections_deferred")), QStringLiteral("1"));
        const Result<SyncReport> rest = cc->pull(0, 3);
        QVERIFY2(rest, qPrintable(rest ? QString() : rest.refusal().message));
        QCOMPARE(c.ws->database().meta(QStringLiteral("sync.projections_deferred")), QStringLiteral("0"));
        QCOMPARE(envelopes(*c.ws), envelopes(*s.a.ws));
        QCOMPARE(projectionRows(*c.ws), projectionRows(*s.a.ws));
        QCOMPARE(stockAt(*c.ws, s.lot, s.a.pick), 4);
        QVERIFY2(c.ws->verify().ok(), qPrintable(c.ws->verify().text()));
        // Afterwards it is an ordinary workstation: new events arrive incrementally.
        QVERIFY(s.moveToPick(1));
        QVERIFY(s.ca->syncOnce());
        QVERIFY(cc->pull(0, 3));
        QCOMPARE(stockAt(*c.ws, s.lot, s.a.pick), 5);
        QCOMPARE(projectionRows(*c.ws), projectionRows(*s.a.ws));
    }

    void responseLostAndClientKilled_data() { backends(); }
    void responseLostAndClientKilled()
    {
        SITE_OR_SKIP(s)
        for (int i = 0; i < 3; ++i)
            QVERIFY(s.moveToPick(1));
        const qint64 localEvents = s.a.ws->store().count();
        // The server commits, the answer is lost.
        {
            LossyTransport lost(*s.ta, true);
            SyncClient client(*s.a.ws, lost);
            QVERIFY(!client.syncOnce());
        }
        QCOMPARE(s.server->head(), localEvents);
        // The client dies mid-push (request never arrives): a new client object from the file.
        {
            LossyTransport never(*s.ta, false);
            SyncClient client(*s.a.ws, never);
            QVERIFY(!client.push());
        }
        s.ca.reset();
        s.a.close();
        QVERIFY(s.a.open());
        SyncClient again(*s.a.ws, *s.ta);
        QVERIFY(again.syncOnce());
        QCOMPARE(s.server->head(), localEvents);  // nothing duplicated
        QCOMPARE(again.state().pending, 0);
        QVERIFY(s.cb->syncOnce());
        QCOMPARE(envelopes(*s.b.ws), envelopes(*s.a.ws));
        QCOMPARE(projectionRows(*s.b.ws), projectionRows(*s.a.ws));
        QVERIFY(s.a.ws->verify().ok());
    }

    // A replica ahead of the server database (the server stopped between the replica's commit
    // and the database's, or the database came back from a backup) is rebuilt when the server
    // starts, if it is a file the server made as its replica; any other file is left alone.
    void replicaAheadOfTheDatabaseIsRebuilt()
    {
        Site s;
        QVERIFY(s.setUp(QStringLiteral("sqlite")));
        const QString replicaPath = s.dir.filePath(QStringLiteral("replica.sqlite"));
        QVERIFY(s.server->replica().store().count() > 0);
        s.ca.reset();
        s.cb.reset();
        s.ta.reset();
        s.tb.reset();
        s.server.reset();
        SyncServerOptions o;
        o.replicaPath = replicaPath;
        o.ids = std::make_shared<SequentialIds>(900000000);
        o.clock = s.a.clock;
        // The same database whose last event differs from the replica's (another server process
        // wrote there): rebuilt too.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("diverged"));
            db.setDatabaseName(s.dir.filePath(QStringLiteral("server.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE events SET event_id = 'elsewhere' WHERE global_seq = (SELECT MAX(global_seq) FROM events)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("diverged"));
        {
            auto diverged = SyncServer::open(QStringLiteral("sqlite:") + s.dir.filePath(QStringLiteral("server.sqlite")), o);
            QVERIFY2(diverged, qPrintable(diverged ? QString() : diverged.refusal().message));
            QCOMPARE(diverged.value()->replica().store().count(), qint64(0));
            const QString device = s.a.ws->database().deviceId();  // an empty push catches the replica up
            QVERIFY(diverged.value()->push(device, PushRequest{device, {}}).stoppedCode.isEmpty());
            QCOMPARE(diverged.value()->replica().store().count(), diverged.value()->head());
            QVERIFY(diverged.value()->head() > 0);
        }
        // An empty server database: the replica is ahead of it by everything it holds.
        auto fresh = SyncServer::open(QStringLiteral("sqlite:") + s.dir.filePath(QStringLiteral("restored.sqlite")), o);
        QVERIFY2(fresh, qPrintable(fresh ? QString() : fresh.refusal().message));
        QCOMPARE(fresh.value()->replica().store().count(), qint64(0));
        fresh.value().reset();

        // A workstation's database given as the replica (it keeps its chain): refused, untouched.
        o.replicaPath = s.a.ws->path();
        const qint64 events = s.a.ws->store().count();
        QVERIFY(s.a.ws->database().setMeta(QStringLiteral("sync.server_seq"), QString::number(events + 100)));
        auto wrong = SyncServer::open(QStringLiteral("sqlite:") + s.dir.filePath(QStringLiteral("restored.sqlite")), o);
        QVERIFY(!wrong);
        QCOMPARE(wrong.refusal().code, QStringLiteral("server.replica_mismatch"));
        QCOMPARE(s.a.ws->store().count(), events);
    }

    void databaseDiesMidTransaction()
    {
        Site s;
        if (!s.pg.start()) QSKIP(qPrintable(s.pg.why()));
        QVERIFY(s.setUp(QStringLiteral("postgres")));
        QVERIFY(s.moveToPick(7));
        const qint64 before = s.server->head();
        s.server->setBeforeCommitHook([&] { s.pg.kill(); });
        QVERIFY(!s.ca->syncOnce());  // transient: the batch stopped, nothing answered
        s.server->setBeforeCommitHook({});
        QVERIFY(s.pg.restart());
        QCOMPARE(s.server->head(), before);  // the transaction died with the database
        Result<SyncReport> r = s.ca->syncOnce();
        QVERIFY2(r, qPrintable(r ? QString() : r.refusal().message));
        QCOMPARE(s.server->head(), s.a.ws->store().count());
        QCOMPARE(projectionRows(s.server->replica()), projectionRows(*s.a.ws));
        QVERIFY(s.cb->syncOnce());
        QCOMPARE(stockAt(*s.b.ws, s.lot, s.a.pick), 7);
    }

    void backoffAndParking()
    {
        // Exponential, capped, with jitter in [0.5, 1.5).
        QCOMPARE(backoffMs(1, 0.5), 1000);
        QCOMPARE(backoffMs(3, 0.5), 4000);
        QCOMPARE(backoffMs(20, 0.5), 60000);
        QCOMPARE(backoffMs(2, 0.0), 1000);
        QVERIFY(backoffMs(2, 0.999) < 3000);
        // A batch that keeps failing is parked after maxAttempts, visible, and stops the push
        // until the user retries it; nothing is dropped.
        Site s;
        QVERIFY(s.setUp(QStringLiteral("sqlite")));
        QVERIFY(s.moveToPick(2));
        const qint64 seq = s.ca->highWaterKnown() + 1;
        for (int i = 0; i < 3; ++i) s.ca->recordFailure(seq, QStringLiteral("The sync server cannot be reached"), 3);
        QCOMPARE(s.ca->parked().size(), 1);
        QCOMPARE(s.ca->state().parked, 1);
        Result<SyncReport> blocked = s.ca->push();
        QVERIFY(!blocked);
        QCOMPARE(blocked.refusal().code, QStringLiteral("sync.parked"));
        QCOMPARE(s.ca->state().pending, 1);  // still there
        s.ca->unpark();
        QVERIFY(s.ca->syncOnce());
        QCOMPARE(s.ca->state().pending, 0);
    }

    void devicesAndTokens()
    {
        Site s;
        QVERIFY(s.a.open());
        QVERIFY(s.openServer(QStringLiteral("sqlite")));
        const QString device = s.a.ws->database().deviceId();
        QVERIFY(!s.server->registerDevice(QStringLiteral("NOPE-NOPE-NOPE"), device, QStringLiteral("x")));
        Result<QString> code = s.server->issueEnrolmentCode(QStringLiteral("Dock A"));
        QVERIFY(code);
        Result<Registration> reg = s.server->registerDevice(code->toLower(), device, QString());
        QVERIFY(reg);
        Result<Registration> reused = s.server->registerDevice(code.value(), device, QString());
        QVERIFY(!reused);
        QCOMPARE(reused.refusal().code, QStringLiteral("enrolment.code_used"));
        auto token = s.server->issueAccessToken(device, reg->deviceSecret);
        QVERIFY(std::holds_alternative<AccessToken>(token));
        const QString t = std::get<AccessToken>(token).token;
        QCOMPARE(std::get<QString>(s.server->authenticate(t)), device);
        QCOMPARE(std::get<AuthFailure>(s.server->authenticate(t + QLatin1Char('0'))).status, 401);
        QVERIFY(std::holds_alternative<AuthFailure>(s.server->issueAccessToken(device, QStringLiteral("wrong"))));
        s.a.clock->advance(16 * 60 * 1000);  // past the access token's 15 minutes
        QCOMPARE(std::get<AuthFailure>(s.server->authenticate(t)).refusal.code, QStringLiteral("auth.token_expired"));
        QVERIFY(s.server->revokeDevice(device));
        const AuthFailure revoked = std::get<AuthFailure>(s.server->issueAccessToken(device, reg->deviceSecret));
        QCOMPARE(revoked.status, 403);
        QVERIFY(revoked.refusal.message.contains(QStringLiteral("revoked")));
    }
};

QTEST_GUILESS_MAIN(TstSync)
#include "tst_sync.moc"

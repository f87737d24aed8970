// Event schema versions: every stored sample of an old version (tests/data/events/*.json,
// one row each) upcasts to its expected current shape; an old event that arrives through
// sync is stored as recorded (its bytes, its hash) and read in the current shape by folds,
// projections and rebuilds; and a command still queued by the old version (its provisional
// event in the old shape) survives the upgrade: the audit passes, it syncs, the server's
// re-run replaces the old event, nothing is lost or turned into a conflict.
#include "common/canonicaljson.h"
#include "common/crypto.h"
#include "eventstore/transaction.h"
#include "eventstore/upcasters.h"
#include "inventory/inventory.h"
#include "inventoryfixture.h"
#include "sync/inprocesstransport.h"
#include "sync/replay.h"
#include "sync/syncclient.h"
#include "sync/syncserver.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace tracelot;
using namespace tracelot::sync;

namespace {
QJsonObject readSample(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QStringList sampleFiles() { return QDir(QStringLiteral(TRACELOT_EVENT_SAMPLES)).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name); }

QString lotColumn(Workspace& ws, const QString& lot, const char* column)
{
    QSqlQuery q(ws.database().sql());
    q.prepare(QStringLiteral("SELECT %1 FROM inventory_lots WHERE lot_id = ?").arg(QLatin1String(column)));  // column: a literal of this test
    q.addBindValue(lot);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

qint64 stockAt(Workspace& ws, const QString& lot, const QString& location)
{
    QSqlQuery q(ws.database().sql());
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(quantity), 0) FROM inventory_stock WHERE lot_id = ? AND location_id = ?"));
    q.addBindValue(lot);
    q.addBindValue(location);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

// What an older Tracelot would have stored: the event rewritten in its old shape, and the
// hash chain recomputed from there on (as the old app would have hashed it).
bool rewriteAsOldVersion(Workspace& ws, const QString& eventId, int version, const QJsonObject& payload)
{
    QSqlDatabase db = ws.database().sql();
    QSqlQuery u(db);
    u.prepare(QStringLiteral("UPDATE events SET version = ?, payload = ? WHERE event_id = ?"));
    u.addBindValue(version);
    u.addBindValue(QString::fromUtf8(canonicalJson(payload)));
    u.addBindValue(eventId);
    if (!u.exec()) {
        qWarning("rewrite: %s", qPrintable(u.lastError().text()));
        return false;
    }
    QByteArray prev;
    std::vector<std::pair<qint64, std::pair<QByteArray, QByteArray>>> hashes;
    ws.store().forEach(0, [&](const Event& e) {
        const QByteArray h = crypto::sha256(prev, e.canonicalBytes());
        if (h != e.hash) hashes.push_back({e.seq, {prev, h}});  // from the rewritten event on
        prev = h;
        return true;
    });
    for (const auto& [seq, ph] : hashes) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE events SET prev_hash = ?, hash = ? WHERE seq = ?"));
        q.addBindValue(ph.first);
        q.addBindValue(ph.second);
        q.addBindValue(seq);
        if (!q.exec()) {
            qWarning("rehash: %s", qPrintable(q.lastError().text()));
            return false;
        }
    }
    return true;
}
}  // namespace

class TstUpcast : public QObject {
    Q_OBJECT

private slots:
    void registry()
    {
        QCOMPARE(upcast::currentVersion(QStringLiteral("lot.received")), 2);
        QCOMPARE(upcast::currentVersion(QStringLiteral("stock.moved")), 1);  // never changed
        QVERIFY(upcast::needed(QStringLiteral("lot.received"), 1));
        QVERIFY(!upcast::needed(QStringLiteral("lot.received"), 2));
        QVERIFY(!upcast::needed(QStringLiteral("lot.received"), 3));  // newer than this code: left alone
        // Every type with steps has a stored sample of every old version.
        QSet<QString> sampled;
        for (const QString& file : sampleFiles()) sampled.insert(file.section(QLatin1Char('.'), 0, -2));
        for (const upcast::Step& s : upcast::steps())
            QVERIFY2(sampled.contains(QStringLiteral("%1.v%2").arg(s.type).arg(s.from)), qPrintable(QStringLiteral("no sample of %1 v%2").arg(s.type).arg(s.from)));
    }

    void samples_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString& f : sampleFiles()) QTest::newRow(qPrintable(f)) << f;
    }
    void samples()
    {
        QFETCH(QString, file);
        const QJsonObject sample = readSample(QDir(QStringLiteral(TRACELOT_EVENT_SAMPLES)).filePath(file));
        QVERIFY(!sample.isEmpty());
        Result<Event> read = eventFromJson(sample.value(QLatin1String("event")).toObject());
        QVERIFY(read);
        Event e = read.value();
        const QByteArray recorded = e.canonicalBytes();
        QVERIFY(upcast::needed(e.type, e.version));
        upcast::apply(e);
        QCOMPARE(e.version, upcast::currentVersion(e.type));
        QCOMPARE(QString::fromUtf8(canonicalJson(e.payload)), QString::fromUtf8(canonicalJson(sample.value(QLatin1String("expected_payload")).toObject())));
        QCOMPARE(e.payloadJson, canonicalJson(e.payload));
        QCOMPARE(e.canonicalBytes(), recorded);  // the fact as recorded: its hash does not change
        Event twice = e;
        upcast::apply(twice);
        QCOMPARE(twice.payload, e.payload);
    }

    void decideWritesTheCurrentVersion()
    {
        test::Warehouse w;
        QVERIFY(w.setUp());
        const QString lot = w.receive(w.cheese, 5, w.cold, QDate(2026, 3, 1), QStringLiteral("SUP-1"));
        QVERIFY(!lot.isEmpty());
        QSqlQuery q(w.ws->database().sql());
        QVERIFY(q.exec(QStringLiteral("SELECT version FROM events WHERE type = 'lot.received'")) && q.next());
        QCOMPARE(q.value(0).toInt(), upcast::currentVersion(QStringLiteral("lot.received")));
    }

    void oldEventArrivingBySyncIsStoredAsRecordedAndReadCurrent()
    {
        test::Warehouse w;
        QVERIFY(w.setUp());
        QJsonObject envelope = readSample(QDir(QStringLiteral(TRACELOT_EVENT_SAMPLES)).filePath(QStringLiteral("lot.received.v1.json")))
                                   .value(QLatin1String("event"))
                                   .toObject();
        QJsonObject payload = envelope.value(QLatin1String("payload")).toObject();
        payload[QStringLiteral("product_id")] = w.cheese;
        payload[QStringLiteral("supplier_id")] = w.supplierA;
        payload[QStringLiteral("location_id")] = w.cold;
        envelope[QStringLiteral("payload")] = payload;
        const QString lot = payload.value(QLatin1String("lot_id")).toString();
        // Through the wire format and the pull path (appendForeign), as a pulled event.
        Result<Event> wire = eventFromJson(QJsonDocument::fromJson(QJsonDocument(eventToJson(Event::fromEnvelope(envelope))).toJson()).object());
        QVERIFY(wire);
        const QByteArray recorded = wire->canonicalBytes();
        QSqlDatabase db = w.ws->database().sql();
        Transaction tx(db);
        Result<Events> stored = appendForeign(*w.ws, {wire.value()});
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.refusal().message));
        QVERIFY(tx.commit());
        // Stored as recorded ...
        QSqlQuery q(w.ws->database().sql());
        QVERIFY(q.exec(QStringLiteral("SELECT version, payload FROM events WHERE event_id = '00000000-0000-4000-8000-00000000a001'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.value(1).toString().contains(QStringLiteral("\"use_by\"")));
        q.finish();
        const std::optional<Event> back = w.ws->store().byId(QStringLiteral("00000000-0000-4000-8000-00000000a001"));
        QVERIFY(back);
        QCOMPARE(back->canonicalBytes(), recorded);
        // ... read in the current shape: the projection, a fold (the move's decide), a rebuild, the audit.
        QCOMPARE(back->version, 2);
        QCOMPARE(back->payload.value(QLatin1String("expiry")).toString(), QStringLiteral("2026-03-01"));
        QCOMPARE(lotColumn(*w.ws, lot, "expiry"), QStringLiteral("2026-03-01"));
        QCOMPARE(lotColumn(*w.ws, lot, "fefo_date"), QStringLiteral("2026-03-01"));
        QVERIFY(w.run(QStringLiteral("MoveStock"), {{QStringLiteral("lot_id"), lot}, {QStringLiteral("from_location_id"), w.cold},
                                                    {QStringLiteral("to_location_id"), w.pick}, {QStringLiteral("quantity"), 30}}));
        QCOMPARE(stockAt(*w.ws, lot, w.cold), 70);
        const QStringList before = test::dump(*w.ws, QStringLiteral("inventory_lots"));
        const Status rebuilt = w.ws->rebuild();
        QVERIFY2(rebuilt, qPrintable(rebuilt ? QString() : rebuilt.refusal().message));
        QCOMPARE(test::dump(*w.ws, QStringLiteral("inventory_lots")), before);
        const AuditReport audit = w.ws->verify();
        QVERIFY2(audit.ok(), qPrintable(audit.text()));
    }

    void commandQueuedByTheOldVersionSurvivesTheUpgrade()
    {
        test::Warehouse a;
        QTemporaryDir dir;
        QVERIFY(a.setUp());
        SyncServerOptions o;
        o.replicaPath = dir.filePath(QStringLiteral("replica.sqlite"));
        o.ids = std::make_shared<SequentialIds>(900000000);
        o.clock = a.clock;
        auto opened = SyncServer::open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.sqlite")), o);
        QVERIFY(opened);
        SyncServer& server = *opened.value();
        Result<QString> code = server.issueEnrolmentCode(QStringLiteral("Dock A"));
        QVERIFY(code && server.registerDevice(code.value(), a.ws->database().deviceId(), QStringLiteral("Dock A")));
        InProcessTransport transport(server, a.ws->database().deviceId());
        QVERIFY(SyncClient(*a.ws, transport).syncOnce());

        // The old version records a receipt while offline: its provisional event is v1.
        const QString lot = a.receive(a.cheese, 40, a.cold, QDate(2026, 4, 1), QStringLiteral("SUP-OLD-1"));
        QVERIFY(!lot.isEmpty());
        QSqlQuery q(a.ws->database().sql());
        QVERIFY(q.exec(QStringLiteral("SELECT event_id, payload FROM events WHERE type = 'lot.received' ORDER BY seq DESC LIMIT 1")) && q.next());
        const QString eventId = q.value(0).toString();
        QJsonObject v1;
        parseJsonObject(q.value(1).toByteArray(), &v1);
        q.finish();
        QCOMPARE(v1.value(QLatin1String("tlc_assigned")).toBool(), false);
        v1.remove(QStringLiteral("tlc_assigned"));
        v1.insert(QStringLiteral("use_by"), v1.take(QStringLiteral("expiry")));
        QVERIFY(rewriteAsOldVersion(*a.ws, eventId, 1, v1));
        QVERIFY(a.ws->rebuild());

        // The app is upgraded: the same file opened by this version.
        a.close();
        QVERIFY(a.open());
        const AuditReport audit = a.ws->verify();
        QVERIFY2(audit.ok(), qPrintable(audit.text()));
        QCOMPARE(lotColumn(*a.ws, lot, "expiry"), QStringLiteral("2026-04-01"));
        SyncClient client(*a.ws, transport);
        QCOMPARE(client.state().pending, 1);

        // It syncs: the server re-runs the queued command with today's rules (v2 event); the
        // workstation rebases onto it; nothing lost, no conflict, same tables as the server.
        Result<SyncReport> r = client.syncOnce();
        QVERIFY2(r, qPrintable(r ? QString() : r.refusal().message));
        QCOMPARE(r->accepted, 1);
        QCOMPARE(client.state().pending, 0);
        QCOMPARE(client.state().conflicts, 0);
        QSqlQuery after(a.ws->database().sql());
        QVERIFY(after.exec(QStringLiteral("SELECT version FROM events WHERE type = 'lot.received' ORDER BY seq DESC LIMIT 1")) && after.next());
        QCOMPARE(after.value(0).toInt(), 2);
        after.finish();
        QCOMPARE(stockAt(*a.ws, lot, a.cold), 40);
        QCOMPARE(stockAt(server.replica(), lot, a.cold), 40);
        QCOMPARE(test::dump(*a.ws, QStringLiteral("inventory_lots")), test::dump(server.replica(), QStringLiteral("inventory_lots")));
        QVERIFY(a.ws->verify().ok());
    }
};

QTEST_GUILESS_MAIN(TstUpcast)
#include "tst_upcast.moc"

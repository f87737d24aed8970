// The command pipeline: one transaction for events, pending log and projections; a
// refusal or a failure at any stage leaves the database exactly as it was.
#include "eventstore/database.h"
#include "eventstore/eventstore.h"
#include "pipeline/commandbus.h"
#include "projections/projections.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace tracelot;

namespace {
QJsonObject location(const QString& code)
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("name"), QStringLiteral("Cold room")}, {QStringLiteral("type"), QStringLiteral("cold_room")},
            {QStringLiteral("temp_min_c"), QStringLiteral("0")}, {QStringLiteral("temp_max_c"), QStringLiteral("4")}};
}
}  // namespace

class TstPipeline : public QObject {
    Q_OBJECT
private slots:
    void acceptedCommandWritesEverythingTogether()
    {
        test::Fixture f;
        QVERIFY(f.openWithAdmin());
        const qint64 eventsBefore = f.ws->store().count();
        QSignalSpy spy(&f.ws->bus(), &CommandBus::committed);
        auto r = f.ws->execute(f.admin, QStringLiteral("DefineLocation"), location(QStringLiteral("CR-01")));
        QVERIFY2(r, r ? "" : qPrintable(r.refusal().message));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(f.ws->store().count(), eventsBefore + 1);
        const Event& e = r->events.front();
        QCOMPARE(e.type, QStringLiteral("location.defined"));
        QCOMPARE(e.streamVersion, 1);
        QCOMPARE(e.recordedBy, f.admin.userId);
        QCOMPARE(e.deviceId, f.ws->database().deviceId());
        QCOMPARE(e.causationId, r->commandId);
        QCOMPARE(e.occurredAt, f.clock->nowMs());
        QCOMPARE(e.hash.size(), 32);
        // The pending-command log has the fully resolved command with the next device seq.
        QSqlQuery q(f.ws->database().sql());
        QVERIFY(q.exec(QStringLiteral("SELECT device_seq, name, payload, status FROM pending_commands ORDER BY device_seq DESC LIMIT 1")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), r->deviceSeq);
        QCOMPARE(q.value(1).toString(), QStringLiteral("DefineLocation"));
        QVERIFY(q.value(2).toString().contains(e.payload.value(QLatin1String("id")).toString()));  // the generated id is in the stored command
        QCOMPARE(q.value(3).toString(), QStringLiteral("pending"));
        QCOMPARE(f.ws->projections().tableRows(QStringLiteral("catalog_locations")).size(), 1);
    }

    void deviceSequenceIncrements()
    {
        test::Fixture f;
        QVERIFY(f.openWithAdmin());
        auto a = f.ws->execute(f.admin, QStringLiteral("DefineLocation"), location(QStringLiteral("A")));
        auto b = f.ws->execute(f.admin, QStringLiteral("DefineLocation"), location(QStringLiteral("B")));
        QVERIFY(a && b);
        QCOMPARE(b->deviceSeq, a->deviceSeq + 1);
    }

    void failureAtAnyStageLeavesNothing_data()
    {
        QTest::addColumn<int>("stage");
        QTest::newRow("after event append") << int(CommandBus::Stage::AfterAppend);
        QTest::newRow("after pending log") << int(CommandBus::Stage::AfterPendingLog);
        QTest::newRow("after projections") << int(CommandBus::Stage::AfterProjections);
    }
    void failureAtAnyStageLeavesNothing()
    {
        QFETCH(int, stage);
        test::Fixture f;
        QVERIFY(f.openWithAdmin());
        QVERIFY(f.ws->execute(f.admin, QStringLiteral("DefineLocation"), location(QStringLiteral("KEEP"))));
        const QStringList before = test::snapshot(*f.ws);
        f.ws->bus().setFaultInjection([stage](CommandBus::Stage s) { return int(s) == stage; });
        QSignalSpy spy(&f.ws->bus(), &CommandBus::committed);
        auto r = f.ws->execute(f.admin, QStringLiteral("DefineLocation"), location(QStringLiteral("LOST")));
        QVERIFY(!r);
        QCOMPARE(r.refusal().code, QStringLiteral("store.fault_injected"));
        QCOMPARE(spy.count(), 0);
        QCOMPARE(test::snapshot(*f.ws), before);
        // And after reopening the file (what a crash would leave).
        f.close();
        QVERIFY(f.open());
        QCOMPARE(test::snapshot(*f.ws), before);
        QVERIFY(f.ws->verify().ok());
        // The pipeline works again once the fault is gone.
        f.admin = f.signIn(QStringLiteral("admin"));
        QVERIFY(f.ws->execute(f.admin, QStringLiteral("DefineLocation"), location(QStringLiteral("LOST"))));
    }

    void refusalLeavesDatabaseUnchanged_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<QString>("code");
        QTest::newRow("business rule") << QStringLiteral("DefineLocation") << location(QStringLiteral("DUP")) << QStringLiteral("catalog.code_taken");
        QJsonObject noRange = location(QStringLiteral("X1"));
        noRange.remove(QStringLiteral("temp_max_c"));
        QTest::newRow("cross-field rule") << QStringLiteral("DefineLocation") << noRange << QStringLiteral("catalog.temperature_range_missing");
        QTest::newRow("missing field") << QStringLiteral("DefineLocation") << QJsonObject{{QStringLiteral("code"), QStringLiteral("X")}}
                                       << QStringLiteral("payload.missing_field");
        QJsonObject typo = location(QStringLiteral("X2"));
        typo.insert(QStringLiteral("capacitty"), 3);
        QTest::newRow("unknown field") << QStringLiteral("DefineLocation") << typo << QStringLiteral("payload.unknown_field");
        QTest::newRow("unknown command") << QStringLiteral("LaunchRocket") << QJsonObject{} << QStringLiteral("command.unknown");
    }
    void refusalLeavesDatabaseUnchanged()
    {
        QFETCH(QString, command);
        QFETCH(QJsonObject, payload);
        QFETCH(QString, code);
        test::Fixture f;
        QVERIFY(f.openWithAdmin());
        QVERIFY(f.ws->execute(f.admin, QStringLiteral("DefineLocation"), location(QStringLiteral("DUP"))));
        const QStringList before = test::snapshot(*f.ws);
        auto r = f.ws->execute(f.admin, command, payload);
        QVERIFY(!r);
        QCOMPARE(r.refusal().code, code);
        QVERIFY(!r.refusal().message.isEmpty());
        QCOMPARE(test::snapshot(*f.ws), before);
    }

    void rolesAreCheckedInTheCore()
    {
        test::Fixture f;
        QVERIFY(f.openWithAdmin());
        const Actor cx = f.user(QStringLiteral("carla"), {QStringLiteral("cx_agent")});
        const QStringList before = test::snapshot(*f.ws);
        auto r = f.ws->execute(cx, QStringLiteral("DefineLocation"), location(QStringLiteral("CR-9")));
        QVERIFY(!r);
        QCOMPARE(r.refusal().code, QStringLiteral("auth.forbidden"));
        QVERIFY2(r.refusal().message.contains(QLatin1String("warehouse manager")), qPrintable(r.refusal().message));
        QVERIFY(r.refusal().message.contains(QLatin1String("CX agent")));
        QCOMPARE(test::snapshot(*f.ws), before);

        // A role claimed by the caller does not count: roles come from the database.
        Actor forged = cx;
        forged.roles.insert(QStringLiteral("warehouse_manager"));
        QVERIFY(!f.ws->execute(forged, QStringLiteral("DefineLocation"), location(QStringLiteral("CR-9"))));

        // Granted now: accepted. Revoked again: refused at once.
        QVERIFY(f.ws->execute(f.admin, QStringLiteral("GrantRole"), {{QStringLiteral("username"), QStringLiteral("carla")}, {QStringLiteral("role"), QStringLiteral("warehouse_manager")}}));
        QVERIFY(f.ws->execute(cx, QStringLiteral("DefineLocation"), location(QStringLiteral("CR-9"))));
        QVERIFY(f.ws->execute(f.admin, QStringLiteral("RevokeRole"), {{QStringLiteral("username"), QStringLiteral("carla")}, {QStringLiteral("role"), QStringLiteral("warehouse_manager")}}));
        QVERIFY(!f.ws->execute(cx, QStringLiteral("DefineLocation"), location(QStringLiteral("CR-10"))));
    }

    void notSignedInIsRefused()
    {
        test::Fixture f;
        QVERIFY(f.openWithAdmin());
        auto r = f.ws->execute(Actor{}, QStringLiteral("DefineLocation"), location(QStringLiteral("Z")));
        QVERIFY(!r);
        QCOMPARE(r.refusal().code, QStringLiteral("auth.not_signed_in"));
    }
};

QTEST_GUILESS_MAIN(TstPipeline)
#include "tst_pipeline.moc"

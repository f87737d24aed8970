// Quality: check templates and checks, holds that beat allocation, QA release with an
// electronic signature, dispositions. Pure decide/evolve first, then the pipeline.
#include "inventory/fefo.h"
#include "inventory/inventorymodule.h"
#include "inventoryfixture.h"
#include "quality/quality.h"
#include "quality/qualitymodule.h"

#include <QJsonArray>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace tracelot;
using namespace tracelot::quality;

namespace {
using test::asEvent;

TemplateState cheeseTemplate()
{
    auto d = decideDefineTemplate({}, QStringLiteral("p1"),
                                  {{QStringLiteral("look"), QStringLiteral("Appearance and smell"), QStringLiteral("pass_fail"), {}, {}, {}},
                                   {QStringLiteral("core_temp"), QStringLiteral("Core temperature"), QStringLiteral("measure"), QStringLiteral("°C"), QStringLiteral("0"),
                                    QStringLiteral("4")}});
    return evolveTemplate({}, asEvent(d->front()));
}

HoldState placed(const QString& cause)
{
    PlaceHold p;
    p.holdId = QStringLiteral("h1");
    p.number = QStringLiteral("H-1");
    p.lotId = QStringLiteral("lot1");
    p.cause = cause;
    p.reason = QStringLiteral("reason");
    p.placedAt = QStringLiteral("2026-01-01T10:32:00.000Z");
    p.placedBy = QStringLiteral("Quinn QA");
    return evolveHold({}, asEvent(decidePlaceHold({}, p, true, 10)->front()));
}

Signature sign(const HoldState& h, const QString& meaning = releaseMeanings().first())
{
    return {QStringLiteral("u-qa"), QStringLiteral("Quinn QA"), QStringLiteral("2026-01-02T08:00:00.000Z"), meaning, h.recordSha256()};
}

QJsonObject checkResults(bool lookOk, const QString& temp)
{
    return {{QStringLiteral("results"), QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("look")}, {QStringLiteral("passed"), lookOk}},
                                                   QJsonObject{{QStringLiteral("key"), QStringLiteral("core_temp")}, {QStringLiteral("value"), temp}}}}};
}
}  // namespace

class TstQuality : public QObject {
    Q_OBJECT
private slots:
    // --- pure --------------------------------------------------------------------------
    void everyCriterionIsRequired()
    {
        RecordQualityCheck c{QStringLiteral("c1"), QStringLiteral("lot1"), QStringLiteral("p1"), {{QStringLiteral("look"), true, {}}}, {}};
        auto r = decideRecordCheck(cheeseTemplate(), c, true, {}, {});
        QVERIFY(!r);
        QCOMPARE(r.refusal().code, QStringLiteral("quality.criterion_missing"));
        QVERIFY(r.refusal().message.contains(QLatin1String("Core temperature")));
    }

    void measureLimitsAreInclusive_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("passes");
        QTest::newRow("at lower limit") << "0" << true;
        QTest::newRow("at upper limit") << "4" << true;
        QTest::newRow("just above") << "4.01" << false;
        QTest::newRow("below") << "-0.1" << false;
        QTest::newRow("comma decimal") << "3,5" << true;
    }
    void measureLimitsAreInclusive()
    {
        QFETCH(QString, value);
        QFETCH(bool, passes);
        RecordQualityCheck c{QStringLiteral("c1"), QStringLiteral("lot1"), QStringLiteral("p1"), {{QStringLiteral("look"), true, {}}, {QStringLiteral("core_temp"), false, value}}, {}};
        auto r = decideRecordCheck(cheeseTemplate(), c, true, QStringLiteral("h9"), QStringLiteral("H-9"));
        QVERIFY(r);
        QCOMPARE(r->front().type, passes ? QStringLiteral("quality_check.passed") : QStringLiteral("quality_check.failed"));
        QCOMPARE(r->size(), passes ? size_t(1) : size_t(2));  // a failed check places a hold
        if (!passes) QCOMPARE(r->back().payload.value(QLatin1String("cause")).toString(), QStringLiteral("check_failed"));
    }

    void signatureIsBoundToTheRecord()
    {
        const HoldState h = placed(QStringLiteral("manual"));
        const Signature s = sign(h);
        QVERIFY(signatureMatches(h, s));
        auto r = decideReleaseHold(h, s);
        QVERIFY(r);
        QCOMPARE(r->front().payload.value(QLatin1String("signature")).toObject().value(QLatin1String("record_sha256")).toString(), h.recordSha256());
        // Moved to another record, or the record altered: no longer matches, refused.
        HoldState other = h;
        other.reason = QStringLiteral("another reason");
        QVERIFY(!signatureMatches(other, s));
        QCOMPARE(decideReleaseHold(other, s).refusal().code, QStringLiteral("quality.signature_mismatch"));
        HoldState otherHold = h;
        otherHold.holdId = QStringLiteral("h2");
        QVERIFY(!signatureMatches(otherHold, s));
    }

    void temperatureHoldNeedsCorrectiveAction()
    {
        HoldState h = placed(QStringLiteral("temperature"));
        QCOMPARE(decideDisposeHold(h, {QStringLiteral("destroy"), {}}, sign(h, QStringLiteral("disposed — destroy"))).refusal().code,
                 QStringLiteral("quality.corrective_action_missing"));
        QCOMPARE(decideReleaseHold(h, sign(h)).refusal().code, QStringLiteral("quality.corrective_action_missing"));
        Event action;
        action.type = QStringLiteral("corrective_action.recorded");
        h = evolveHold(h, action);
        QVERIFY(decideDisposeHold(h, {QStringLiteral("destroy"), {}}, sign(h, QStringLiteral("disposed — destroy"))));
    }

    void closedHoldStaysClosed()
    {
        HoldState h = placed(QStringLiteral("manual"));
        h = evolveHold(h, asEvent(decideReleaseHold(h, sign(h))->front()));
        QCOMPARE(h.status, QStringLiteral("released"));
        QCOMPARE(decideReleaseHold(h, sign(h)).refusal().code, QStringLiteral("quality.hold_not_open"));
    }

    // --- through the pipeline ----------------------------------------------------------
    void qcRequiredReceiptIsHeldUntilSignedRelease()
    {
        test::Warehouse w;
        QVERIFY(w.setUp());
        const Actor qa = w.user(QStringLiteral("quinn"), {QStringLiteral("qa_technician")});
        QVERIFY(w.ws->execute(w.admin, QStringLiteral("ReviseProduct"), {{QStringLiteral("id"), w.cheese}, {QStringLiteral("qc_required"), true}}));
        QVERIFY(w.ws->execute(qa, QStringLiteral("DefineQualityCheck"),
                              {{QStringLiteral("product_code"), QStringLiteral("CHEESE")},
                               {QStringLiteral("criteria"), QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("look")}, {QStringLiteral("label"), QStringLiteral("Appearance")}, {QStringLiteral("kind"), QStringLiteral("pass_fail")}},
                                                                       QJsonObject{{QStringLiteral("key"), QStringLiteral("core_temp")}, {QStringLiteral("label"), QStringLiteral("Core temperature")}, {QStringLiteral("kind"), QStringLiteral("measure")}, {QStringLiteral("min"), 0}, {QStringLiteral("max"), 4}}}}}));
        const QString lot = w.receive(w.cheese, 20, w.cold, QDate(2026, 3, 1), QStringLiteral("QC-1"));
        QVERIFY(!lot.isEmpty());
        QualityQueries q(w.ws->database().sql());
        QCOMPARE(q.openHolds().size(), 1);
        QCOMPARE(q.openHolds().first().cause, QStringLiteral("qc_required"));
        QCOMPARE(q.openHolds().first().number, QStringLiteral("H-1"));
        inventory::InventoryQueries inv(w.ws->database().sql());
        const auto plan = [&] { return inventory::allocateFefo(inv.fefoCandidates(w.cheese, QDate(2026, 1, 2), 1, 5), {5, QDate(2026, 1, 2), 1, 0}); };
        QCOMPARE(plan().allocated, 0);  // held: never allocatable
        QCOMPARE(plan().skipped.front().reason, QStringLiteral("on quality hold"));

        // A warehouse manager may not release; a wrong password is refused and logged.
        auto byManager = w.run(QStringLiteral("ReleaseHold"), {{QStringLiteral("hold_number"), QStringLiteral("H-1")}, {QStringLiteral("password"), test::kPassword},
                                                               {QStringLiteral("meaning"), releaseMeanings().first()}});
        QCOMPARE(byManager.refusal().code, QStringLiteral("auth.forbidden"));
        const QStringList before = test::snapshot(*w.ws);
        auto wrong = w.ws->execute(qa, QStringLiteral("ReleaseHold"), {{QStringLiteral("hold_number"), QStringLiteral("H-1")}, {QStringLiteral("password"), QStringLiteral("not my password")},
                                                                     {QStringLiteral("meaning"), releaseMeanings().first()}});
        QCOMPARE(wrong.refusal().code, QStringLiteral("quality.signature_failed"));
        QCOMPARE(test::snapshot(*w.ws), before);  // no event, nothing changed...
        QSqlQuery log(w.ws->database().sql());
        QVERIFY(log.exec(QStringLiteral("SELECT user_id, what FROM security_log")) && log.next());  // ...but the attempt is logged
        QCOMPARE(log.value(0).toString(), qa.userId);
        QCOMPARE(log.value(1).toString(), QStringLiteral("signature.refused"));

        // The check must pass first in practice; record it, then sign the release.
        QJsonObject check = checkResults(true, QStringLiteral("3.2"));
        check.insert(QStringLiteral("lot_id"), lot);
        auto checked = w.ws->execute(qa, QStringLiteral("RecordQualityCheck"), check);
        QVERIFY2(checked, checked ? "" : qPrintable(checked.refusal().message));
        QCOMPARE(checked->events.front().type, QStringLiteral("quality_check.passed"));
        auto released = w.ws->execute(qa, QStringLiteral("ReleaseHold"), {{QStringLiteral("hold_number"), QStringLiteral("h-1")}, {QStringLiteral("password"), test::kPassword},
                                                                        {QStringLiteral("meaning"), releaseMeanings().first()}});
        QVERIFY2(released, released ? "" : qPrintable(released.refusal().message));
        const QJsonObject sig = released->events.front().payload.value(QLatin1String("signature")).toObject();
        QCOMPARE(sig.value(QLatin1String("printed_name")).toString(), QStringLiteral("quinn Tester"));
        QCOMPARE(sig.value(QLatin1String("meaning")).toString(), releaseMeanings().first());
        QVERIFY(sig.value(QLatin1String("signed_at")).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(sig.value(QLatin1String("record_sha256")).toString().size(), 64);
        for (const QString& table : {QStringLiteral("events"), QStringLiteral("pending_commands")})
            QVERIFY(!test::dump(*w.ws, table).join(QLatin1Char('\n')).contains(test::kPassword));  // never stored
        QCOMPARE(plan().allocated, 5);  // allocatable now
    }

    void failedCheckHoldsTheLot()
    {
        test::Warehouse w;
        QVERIFY(w.setUp());
        const Actor qa = w.user(QStringLiteral("quinn"), {QStringLiteral("qa_technician")});
        QVERIFY(w.ws->execute(qa, QStringLiteral("DefineQualityCheck"),
                              {{QStringLiteral("product_id"), w.greens},
                               {QStringLiteral("criteria"), QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("look")}, {QStringLiteral("label"), QStringLiteral("Appearance")}, {QStringLiteral("kind"), QStringLiteral("pass_fail")}},
                                                                       QJsonObject{{QStringLiteral("key"), QStringLiteral("core_temp")}, {QStringLiteral("label"), QStringLiteral("Core temperature")}, {QStringLiteral("kind"), QStringLiteral("measure")}, {QStringLiteral("max"), QStringLiteral("4")}}}}}));
        const QString lot = w.receive(w.greens, 10, w.cold, QDate(2026, 1, 12));
        QJsonObject check = checkResults(true, QStringLiteral("6.5"));
        check.insert(QStringLiteral("lot_id"), lot);
        auto r = w.ws->execute(qa, QStringLiteral("RecordQualityCheck"), check);
        QVERIFY(r);
        QCOMPARE(r->events.front().type, QStringLiteral("quality_check.failed"));
        QCOMPARE(r->events.back().type, QStringLiteral("hold.placed"));
        QVERIFY(r->events.back().payload.value(QLatin1String("reason")).toString().contains(QLatin1String("Core temperature")));
    }

    void heldStockIsCountableAndGoesOnlyToQuarantine()
    {
        test::Warehouse w;
        QVERIFY(w.setUp());
        const QString lot = w.receive(w.cheese, 20, w.cold, QDate(2026, 3, 1));
        QVERIFY(w.run(QStringLiteral("PlaceHold"), {{QStringLiteral("lot_id"), lot}, {QStringLiteral("location_code"), QStringLiteral("CR")},
                                                    {QStringLiteral("quantity"), 8}, {QStringLiteral("reason"), QStringLiteral("dented cases")}}));
        const auto move = [&](const QString& to, qint64 n) {
            return w.run(QStringLiteral("MoveStock"), {{QStringLiteral("lot_id"), lot}, {QStringLiteral("from_location_id"), w.cold},
                                                       {QStringLiteral("to_location_id"), to}, {QStringLiteral("quantity"), n}});
        };
        auto tooMuch = move(w.pick, 13);
        QCOMPARE(tooMuch.refusal().code, QStringLiteral("inventory.held_move"));
        QVERIFY2(tooMuch.refusal().message.contains(QLatin1String("H-1")), qPrintable(tooMuch.refusal().message));
        QVERIFY(move(w.pick, 12));        // the 12 not held may go anywhere
        QVERIFY(move(w.quarantine, 8));   // held stock may go to quarantine
        QVERIFY(w.run(QStringLiteral("AdjustStock"), {{QStringLiteral("lot_id"), lot}, {QStringLiteral("location_id"), w.quarantine},
                                                      {QStringLiteral("counted"), 7}, {QStringLiteral("reason"), QStringLiteral("count")}}));  // and be counted
        // Only the held part is skipped by FEFO.
        inventory::InventoryQueries inv(w.ws->database().sql());
        const auto plan = inventory::allocateFefo(inv.fefoCandidates(w.cheese, QDate(2026, 1, 2), 1, 30), {30, QDate(2026, 1, 2), 1, 0});
        QCOMPARE(plan.allocated, 12);
    }

    void destroyWritesOffTheHeldStock()
    {
        test::Warehouse w;
        QVERIFY(w.setUp());
        const Actor qa = w.user(QStringLiteral("quinn"), {QStringLiteral("qa_technician")});
        const QString lot = w.receive(w.cheese, 20, w.cold, QDate(2026, 3, 1));
        QVERIFY(w.ws->execute(qa, QStringLiteral("PlaceHold"), {{QStringLiteral("lot_id"), lot}, {QStringLiteral("reason"), QStringLiteral("mould on rind")}}));
        auto r = w.ws->execute(qa, QStringLiteral("DisposeHold"), {{QStringLiteral("hold_number"), QStringLiteral("H-1")}, {QStringLiteral("disposition"), QStringLiteral("destroy")},
                                                                 {QStringLiteral("password"), test::kPassword}});
        QVERIFY2(r, r ? "" : qPrintable(r.refusal().message));
        QCOMPARE(r->events.front().type, QStringLiteral("hold.disposed"));
        QCOMPARE(r->events[1].type, QStringLiteral("waste.recorded"));
        QCOMPARE(r->events[1].payload.value(QLatin1String("quantity")).toInteger(), 20);
        QCOMPARE(inventory::InventoryQueries(w.ws->database().sql()).onHand(w.cheese), 0);
        QVERIFY(w.ws->verify().ok());
    }

    void alteredHoldNoLongerMatchesItsSignature()
    {
        test::Warehouse w;
        QVERIFY(w.setUp());
        const Actor qa = w.user(QStringLiteral("quinn"), {QStringLiteral("qa_technician")});
        const QString lot = w.receive(w.cheese, 20, w.cold, QDate(2026, 3, 1));
        auto placedHold = w.ws->execute(qa, QStringLiteral("PlaceHold"), {{QStringLiteral("lot_id"), lot}, {QStringLiteral("reason"), QStringLiteral("label check")}});
        QVERIFY(placedHold);
        const QString holdId = placedHold->events.front().payload.value(QLatin1String("hold_id")).toString();
        QVERIFY(w.ws->execute(qa, QStringLiteral("ReleaseHold"), {{QStringLiteral("hold_id"), holdId}, {QStringLiteral("password"), test::kPassword},
                                                                  {QStringLiteral("meaning"), releaseMeanings().first()}}));
        const auto signatureOk = [&] {
            const HoldState h = foldHold(w.ws->store().readStream(holdStream(holdId)));
            return signatureMatches(h, h.signatures.back());
        };
        QVERIFY(signatureOk());
        w.close();
        QProcess sql;
        sql.start(QStringLiteral("sqlite3"), {w.dbPath(), QStringLiteral("UPDATE events SET payload = replace(payload, 'label check', 'nothing') WHERE type = 'hold.placed'")});
        QVERIFY(sql.waitForFinished(10000));
        QVERIFY(w.open());
        QVERIFY(!signatureOk());       // the signature does not cover the altered record
        QVERIFY(!w.ws->verify().ok());  // and the audit chain names the edit
    }

    void signatureForWhatWasShown()
    {
        test::Warehouse w;
        QVERIFY(w.setUp());
        const Actor qa = w.user(QStringLiteral("quinn"), {QStringLiteral("qa_technician")});
        const QString lot = w.receive(w.cheese, 20, w.cold, QDate(2026, 3, 1));
        QVERIFY(w.ws->execute(qa, QStringLiteral("PlaceHold"), {{QStringLiteral("lot_id"), lot}, {QStringLiteral("reason"), QStringLiteral("x")}}));
        auto r = w.ws->execute(qa, QStringLiteral("ReleaseHold"), {{QStringLiteral("hold_number"), QStringLiteral("H-1")}, {QStringLiteral("password"), test::kPassword},
                                                                 {QStringLiteral("meaning"), releaseMeanings().first()},
                                                                 {QStringLiteral("record_sha256"), QString(64, QLatin1Char('0'))}});
        QCOMPARE(r.refusal().code, QStringLiteral("quality.signature_mismatch"));
    }
};

QTEST_GUILESS_MAIN(TstQuality)
#include "tst_quality.moc"

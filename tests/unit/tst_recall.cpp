// Recall: pure decide/evolve with data in, data out; then the commands end to end on the
// hand-built genealogy: scope from the forward trace, recall holds on stock, customers
// with quantities, notifications, recovery, reconciliation, the close rule with the
// e-signature (wrong password refused and logged), drill timing, rebuild equality.
#include "traceability/recall.h"
#include "traceability/traceabilitymodule.h"
#include "common/canonicaljson.h"
#include "quality/qualitymodule.h"
#include "tst_tracefixture.h"

#include <QSqlQuery>

using namespace tracelot;
using namespace tracelot::traceability;

namespace {

RecallState recallWith(std::vector<RecallLine> lines)
{
    InitiateRecall c;
    c.recallId = QStringLiteral("r1");
    c.number = QStringLiteral("R-1");
    c.reason = QStringLiteral("Listeria monocytogenes found in retained sample");
    c.recallClass = QStringLiteral("I");
    c.rootLots = {QStringLiteral("L1")};
    c.scopeLots = {QStringLiteral("L1"), QStringLiteral("L2")};
    c.lines = std::move(lines);
    c.holds = {{QStringLiteral("h1"), QStringLiteral("H-1"), QStringLiteral("L2"), QStringLiteral("T2"), 12, QStringLiteral("each")}};
    c.initiatedAt = QStringLiteral("2026-02-01T09:00:00.000Z");
    c.initiatedBy = QStringLiteral("Rita");
    auto decided = decideInitiateRecall({}, c);
    if (!decided) qFatal("%s", qPrintable(decided.refusal().message));
    return evolveRecall({}, test::asEvent(decided.value().front()));
}

RecallLine line(const char* customer, const char* name, const char* product, qint64 shipped)
{
    RecallLine l;
    l.customerId = QLatin1String(customer);
    l.customerName = QLatin1String(name);
    l.productId = QLatin1String(product);
    l.productName = QLatin1String(product) == QLatin1String("P1") ? QStringLiteral("Brie") : QStringLiteral("Lox");
    l.unit = QStringLiteral("each");
    l.shipped = shipped;
    return l;
}

RecallState applyDecided(RecallState s, const Result<NewEvents>& decided)
{
    if (!decided) qFatal("refused: %s", qPrintable(decided.refusal().message));
    for (const NewEvent& e : decided.value()) s = evolveRecall(std::move(s), test::asEvent(e));
    return s;
}

qint64 count(Workspace& ws, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q(ws.database().sql());
    q.prepare(sql);
    for (const QVariant& v : binds) q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

}  // namespace

class TstRecall : public QObject {
    Q_OBJECT

private slots:
    // --- pure ------------------------------------------------------------------------------

    void initiationNeedsReasonClassAndScope()
    {
        InitiateRecall c;
        c.recallId = QStringLiteral("r1");
        c.reason = QStringLiteral("x");
        c.recallClass = QStringLiteral("IV");
        c.rootLots = c.scopeLots = {QStringLiteral("L1")};
        QCOMPARE(decideInitiateRecall({}, c).refusal().code, QStringLiteral("recall.class_invalid"));
        c.recallClass = QStringLiteral("II");
        c.reason = QStringLiteral("  ");
        QCOMPARE(decideInitiateRecall({}, c).refusal().code, QStringLiteral("recall.reason_missing"));
        c.reason = QStringLiteral("Undeclared allergen");
        c.scopeLots.clear();
        QCOMPARE(decideInitiateRecall({}, c).refusal().code, QStringLiteral("recall.scope_empty"));
        c.scopeLots = {QStringLiteral("L1")};
        const auto ok = decideInitiateRecall({}, c);
        QVERIFY(ok);
        QCOMPARE(ok.value().front().type, QStringLiteral("recall.initiated"));
        QCOMPARE(ok.value().front().stream, QStringLiteral("recall-r1"));
        const RecallState s = evolveRecall({}, test::asEvent(ok.value().front()));
        QCOMPARE(decideInitiateRecall(s, c).refusal().code, QStringLiteral("recall.exists"));
    }

    void recoveryAddsUpAndNeverExceedsShipped()
    {
        RecallState s = recallWith({line("C1", "Deli", "P1", 10), line("C1", "Deli", "P2", 4), line("C2", "Bistro", "P1", 5)});
        QCOMPARE(s.unreconciled(), qint64(19));
        QCOMPARE(s.onHold(), qint64(12));
        // Deli got two products: say which.
        auto ambiguous = decideRecordRecovery(s, {QStringLiteral("C1"), {}, 1, 0, 0, {}});
        QCOMPARE(ambiguous.refusal().code, QStringLiteral("recall.product_ambiguous"));
        QVERIFY(ambiguous.refusal().message.contains(QStringLiteral("Brie, Lox")));
        s = applyDecided(s, decideRecordRecovery(s, {QStringLiteral("C1"), QStringLiteral("P1"), 6, 2, 0, {}}));
        QCOMPARE(s.line(QStringLiteral("C1"), QStringLiteral("P1"))->accounted(), qint64(8));
        auto tooMuch = decideRecordRecovery(s, {QStringLiteral("C1"), QStringLiteral("P1"), 0, 0, 3, {}});
        QCOMPARE(tooMuch.refusal().code, QStringLiteral("recall.recovery_exceeds_shipped"));
        QVERIFY2(tooMuch.refusal().message.contains(QStringLiteral("Deli was shipped 10 each of Brie under R-1; 8 are accounted for already, so 3 more cannot be recorded (2 left).")),
                 qPrintable(tooMuch.refusal().message));
        // One product only: no need to name it.
        s = applyDecided(s, decideRecordRecovery(s, {QStringLiteral("C2"), {}, 0, 0, 5, {}}));
        QCOMPARE(s.line(QStringLiteral("C2"), QStringLiteral("P1"))->remainder(), qint64(0));
        QCOMPARE(decideRecordRecovery(s, {QStringLiteral("C9"), {}, 1, 0, 0, {}}).refusal().code, QStringLiteral("recall.customer_not_affected"));
        QCOMPARE(decideRecordRecovery(s, {QStringLiteral("C1"), QStringLiteral("P1"), 0, 0, 0, {}}).refusal().code, QStringLiteral("recall.quantity_invalid"));
        QCOMPARE(decideRecordRecovery(s, {QStringLiteral("C1"), QStringLiteral("P1"), -1, 0, 0, {}}).refusal().code, QStringLiteral("recall.quantity_invalid"));
        QCOMPARE(s.unreconciled(), qint64(2 + 4));
    }

    void notificationOnlyForAffectedCustomers()
    {
        RecallState s = recallWith({line("C1", "Deli", "P1", 10)});
        QCOMPARE(decideRecordNotified(s, {QStringLiteral("C9"), QStringLiteral("phone"), QStringLiteral("Ann"), QStringLiteral("2026-02-01T10:00:00Z"), {}}).refusal().code,
                 QStringLiteral("recall.customer_not_affected"));
        QCOMPARE(decideRecordNotified(s, {QStringLiteral("C1"), QStringLiteral("pigeon"), QStringLiteral("Ann"), QStringLiteral("2026-02-01T10:00:00Z"), {}}).refusal().code,
                 QStringLiteral("recall.method_invalid"));
        QCOMPARE(decideRecordNotified(s, {QStringLiteral("C1"), QStringLiteral("phone"), QStringLiteral(" "), QStringLiteral("2026-02-01T10:00:00Z"), {}}).refusal().code,
                 QStringLiteral("recall.contact_missing"));
        QCOMPARE(decideRecordNotified(s, {QStringLiteral("C1"), QStringLiteral("phone"), QStringLiteral("Ann"), QStringLiteral("yesterday"), {}}).refusal().code,
                 QStringLiteral("recall.date_invalid"));
        QVERIFY(!s.notified(QStringLiteral("C1")));
        s = applyDecided(s, decideRecordNotified(s, {QStringLiteral("C1"), QStringLiteral("phone"), QStringLiteral("Ann (buyer)"), QStringLiteral("2026-02-01T10:00:00.000Z"), {}}));
        QVERIFY(s.notified(QStringLiteral("C1")));
        QCOMPARE(s.notices.front().contact, QStringLiteral("Ann (buyer)"));
    }

    void closeRuleNeedsReconciliationOrSignedWriteOff()
    {
        RecallState s = recallWith({line("C1", "Deli", "P1", 10), line("C2", "Bistro", "P1", 5)});
        s = applyDecided(s, decideRecordRecovery(s, {QStringLiteral("C2"), {}, 5, 0, 0, {}}));
        CloseRecall c;
        c.closedAt = QStringLiteral("2026-02-03T09:00:00.000Z");
        auto refused = decideCloseRecall(s, c);
        QCOMPARE(refused.refusal().code, QStringLiteral("recall.unreconciled"));
        QVERIFY2(refused.refusal().message.contains(QStringLiteral("Deli: 10 each of Brie not accounted for")), qPrintable(refused.refusal().message));
        c.signed_ = true;
        c.signature = {QStringLiteral("u1"), QStringLiteral("Rita"), QStringLiteral("2026-02-03T09:00:00.000Z"), QStringLiteral("written off"), s.recordSha256()};
        QCOMPARE(decideCloseRecall(s, c).refusal().code, QStringLiteral("recall.write_off_reason_missing"));
        c.writeOffReason = QStringLiteral("Customer out of business");
        CloseRecall stale = c;
        stale.signature.recordSha256 = QStringLiteral("00");
        QCOMPARE(decideCloseRecall(s, stale).refusal().code, QStringLiteral("recall.signature_mismatch"));
        const auto closed = decideCloseRecall(s, c);
        QVERIFY(closed);
        const QJsonObject p = closed.value().front().payload;
        QCOMPARE(p.value(QLatin1String("written_off")).toArray().size(), 1);
        QCOMPARE(p.value(QLatin1String("written_off")).toArray().at(0).toObject().value(QLatin1String("quantity")).toInteger(), 10);
        s = applyDecided(s, closed);
        QVERIFY(s.closed());
        QCOMPARE(s.unreconciled(), qint64(0));
        QCOMPARE(s.line(QStringLiteral("C1"), QStringLiteral("P1"))->writtenOff, qint64(10));
        QCOMPARE(decideRecordRecovery(s, {QStringLiteral("C1"), {}, 1, 0, 0, {}}).refusal().code, QStringLiteral("recall.closed"));
        QCOMPARE(decideCloseRecall(s, c).refusal().code, QStringLiteral("recall.closed"));
    }

    void reconciledRecallClosesWithoutSignature()
    {
        RecallState s = recallWith({line("C1", "Deli", "P1", 10)});
        s = applyDecided(s, decideRecordRecovery(s, {QStringLiteral("C1"), {}, 4, 3, 3, {}}));
        CloseRecall c;
        c.closedAt = QStringLiteral("2026-02-03T09:00:00.000Z");
        const auto closed = decideCloseRecall(s, c);
        QVERIFY(closed);
        QVERIFY(!closed.value().front().payload.contains(QLatin1String("written_off")));
    }

    // --- end to end ----------------------------------------------------------------------------

    void initiateRecallHoldsStockAndListsCustomers()
    {
        test::Genealogy g;
        QVERIFY(g.build());
        // Only a recall coordinator may start a recall.
        auto forbidden = g.ws->execute(g.manager, QStringLiteral("InitiateRecall"),
                                       {{QStringLiteral("tlc"), QStringLiteral("FRA-002")}, {QStringLiteral("reason"), QStringLiteral("x")}, {QStringLiteral("class"), QStringLiteral("I")}});
        QVERIFY(!forbidden);
        QCOMPARE(forbidden.refusal().code, QStringLiteral("auth.forbidden"));
        const qint64 eventsBefore = g.ws->store().count();
        auto unknown = g.ws->execute(g.coordinator, QStringLiteral("InitiateRecall"),
                                     {{QStringLiteral("tlc"), QStringLiteral("XX-404")}, {QStringLiteral("reason"), QStringLiteral("x")}, {QStringLiteral("class"), QStringLiteral("I")}});
        QCOMPARE(unknown.refusal().code, QStringLiteral("trace.not_found"));
        QCOMPARE(g.ws->store().count(), eventsBefore);  // a refusal writes nothing

        auto r = g.ws->execute(g.coordinator, QStringLiteral("InitiateRecall"),
                               {{QStringLiteral("tlc"), QStringLiteral("FRA-002")},
                                {QStringLiteral("product"), QStringLiteral("CHEESE")},
                                {QStringLiteral("reason"), QStringLiteral("Listeria monocytogenes in retained sample")},
                                {QStringLiteral("class"), QStringLiteral("I")}});
        QVERIFY2(r, r ? "" : qPrintable(r.refusal().message));
        const QString recallId = r->events.front().payload.value(QLatin1String("recall_id")).toString();
        const RecallState s = RecallQueries::load(g.ws->store(), recallId);
        QCOMPARE(s.number, QStringLiteral("R-1"));
        QCOMPARE(QSet<QString>(s.scopeLots.cbegin(), s.scopeLots.cend()), (QSet<QString>{g.b, g.m, g.r}));
        // B (30 left after merge), M (30 left after repack) and R (4) are in stock: three recall holds.
        QCOMPARE(s.holds.size(), size_t(3));
        QCOMPARE(s.onHold(), qint64(30 + 30 + 4));
        int placed = 0;
        for (const Event& e : r->events)
            if (e.type == QLatin1String("hold.placed")) {
                ++placed;
                QCOMPARE(e.payload.value(QLatin1String("cause")).toString(), QStringLiteral("recall"));
                QCOMPARE(e.payload.value(QLatin1String("cause_reference")).toString(), recallId);
            }
        QCOMPARE(placed, 3);
        const quality::QualityQueries qq(g.ws->database().sql());
        QVERIFY(qq.heldAt(g.b, g.cold).all);
        QVERIFY(qq.heldAt(g.r, g.cold).all);
        QVERIFY(!qq.heldAt(g.a, g.cold).any());  // A is upstream of M, not downstream of B
        // Customers with quantities: Bistro Nord got 10 of B, Deli Corner 8 of M.
        QCOMPARE(s.lines.size(), size_t(2));
        QCOMPARE(s.lines[0].customerName, QStringLiteral("Bistro Nord"));
        QCOMPARE(s.lines[0].shipped, qint64(10));
        QCOMPARE(s.lines[1].customerName, QStringLiteral("Deli Corner"));
        QCOMPARE(s.lines[1].shipped, qint64(8));
        QCOMPARE(s.unreconciled(), qint64(18));
        // The stored command is resolved: it names the concrete lots and hold ids.
        QSqlQuery q(g.ws->database().sql());
        QVERIFY(q.exec(QStringLiteral("SELECT payload FROM pending_commands WHERE name = 'InitiateRecall'")) && q.next());
        QJsonObject stored;
        QVERIFY(parseJsonObject(q.value(0).toByteArray(), &stored));
        QCOMPARE(stored.value(QLatin1String("scope_lot_ids")).toArray().size(), 3);
        QCOMPARE(stored.value(QLatin1String("holds")).toArray().size(), 3);
        QCOMPARE(stored.value(QLatin1String("lot_ids")).toArray().size(), 1);  // B: the lot with TLC FRA-002
        const QList<RecallRow> rows = RecallQueries(g.ws->database().sql()).recalls();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.front().customers, qint64(2));
        QCOMPARE(rows.front().unreconciled, qint64(18));
        QCOMPARE(rows.front().onHold, qint64(64));
        QCOMPARE(RecallQueries(g.ws->database().sql()).holdStatus(recallId).size(), 3);
    }

    void fullRecallFlowWithSignedWriteOff()
    {
        test::Genealogy g;
        QVERIFY(g.build());
        auto r = g.ws->execute(g.coordinator, QStringLiteral("InitiateRecall"),
                               {{QStringLiteral("lot_ids"), QJsonArray{g.a}}, {QStringLiteral("reason"), QStringLiteral("Undeclared walnut")},
                                {QStringLiteral("class"), QStringLiteral("II")}, {QStringLiteral("drill"), true}});
        QVERIFY2(r, r ? "" : qPrintable(r.refusal().message));
        const QString id = r->events.front().payload.value(QLatin1String("recall_id")).toString();
        RecallState s = RecallQueries::load(g.ws->store(), id);
        QVERIFY(s.drill);
        QCOMPARE(s.lines.size(), size_t(1));  // Deli Corner only (twice, two lots)
        QCOMPARE(s.lines.front().shipped, qint64(16));
        QCOMPARE(s.lines.front().orders, (QStringList{g.o1, g.o2}));

        const Actor cx = g.user(QStringLiteral("carl"), {QStringLiteral("cx_agent")});
        auto told = g.ws->execute(cx, QStringLiteral("RecordCustomerNotified"),
                                  {{QStringLiteral("recall_number"), QStringLiteral("R-1")}, {QStringLiteral("customer_code"), QStringLiteral("CUS-DELI")},
                                   {QStringLiteral("method"), QStringLiteral("phone")}, {QStringLiteral("contact"), QStringLiteral("Ann, buyer")}});
        QVERIFY2(told, told ? "" : qPrintable(told.refusal().message));
        auto notBistro = g.ws->execute(cx, QStringLiteral("RecordCustomerNotified"),
                                       {{QStringLiteral("recall_number"), QStringLiteral("R-1")}, {QStringLiteral("customer_code"), QStringLiteral("CUS-BIST")},
                                        {QStringLiteral("method"), QStringLiteral("phone")}, {QStringLiteral("contact"), QStringLiteral("Bob")}});
        QCOMPARE(notBistro.refusal().code, QStringLiteral("recall.customer_not_affected"));
        QVERIFY(g.ws->execute(cx, QStringLiteral("RecordRecovery"),
                              {{QStringLiteral("recall_id"), id}, {QStringLiteral("customer_code"), QStringLiteral("CUS-DELI")},
                               {QStringLiteral("returned"), 2}, {QStringLiteral("destroyed_at_customer"), 6}, {QStringLiteral("unrecoverable"), 5}}));
        // 3 still unaccounted for: closing is refused without a signed write-off.
        const qint64 before = g.ws->store().count();
        auto refused = g.ws->execute(g.coordinator, QStringLiteral("CloseRecall"), {{QStringLiteral("recall_id"), id}});
        QCOMPARE(refused.refusal().code, QStringLiteral("recall.unreconciled"));
        QVERIFY(refused.refusal().message.contains(QStringLiteral("Deli Corner: 3 each of CHEESE")));
        // A wrong password is refused and logged in the security log, and nothing is written.
        const qint64 logged = count(*g.ws, QStringLiteral("SELECT COUNT(*) FROM security_log"));
        auto wrong = g.ws->execute(g.coordinator, QStringLiteral("CloseRecall"),
                                   {{QStringLiteral("recall_id"), id}, {QStringLiteral("password"), QStringLiteral("nope")},
                                    {QStringLiteral("write_off_reason"), QStringLiteral("Consumed")}});
        QCOMPARE(wrong.refusal().code, QStringLiteral("recall.signature_failed"));
        QCOMPARE(count(*g.ws, QStringLiteral("SELECT COUNT(*) FROM security_log")), logged + 1);
        QCOMPARE(g.ws->store().count(), before);
        // Only the coordinator closes.
        QCOMPARE(g.ws->execute(cx, QStringLiteral("CloseRecall"), {{QStringLiteral("recall_id"), id}}).refusal().code, QStringLiteral("auth.forbidden"));
        s = RecallQueries::load(g.ws->store(), id);
        auto closed = g.ws->execute(g.coordinator, QStringLiteral("CloseRecall"),
                                    {{QStringLiteral("recall_id"), id}, {QStringLiteral("password"), test::kPassword},
                                     {QStringLiteral("write_off_reason"), QStringLiteral("Customer could not account for 3 units")},
                                     {QStringLiteral("record_sha256"), s.recordSha256()}});
        QVERIFY2(closed, closed ? "" : qPrintable(closed.refusal().message));
        s = RecallQueries::load(g.ws->store(), id);
        QVERIFY(s.closed());
        QCOMPARE(s.lines.front().writtenOff, qint64(3));
        QCOMPARE(s.signature.printedName, g.coordinator.displayName.isEmpty() ? s.signature.printedName : g.coordinator.displayName);
        QVERIFY(!s.signature.recordSha256.isEmpty());
        // Drill: the report printed stops the clock.
        g.clock->advance(90'000);
        QVERIFY(g.ws->execute(g.coordinator, QStringLiteral("RecordRecallReport"), {{QStringLiteral("recall_id"), id}}));
        s = RecallQueries::load(g.ws->store(), id);
        QCOMPARE(s.reportPrintedAtMs - s.initiatedAtMs, qint64(90'000));
        const QList<RecallRow> rows = RecallQueries(g.ws->database().sql()).recalls();
        QCOMPARE(rows.front().status, QStringLiteral("closed"));
        QCOMPARE(rows.front().unreconciled, qint64(0));
        QCOMPARE(rows.front().reportPrintedAtMs - rows.front().initiatedAtMs, qint64(90'000));

        // Everything rebuilds to the same tables; the audit is clean.
        const QStringList lines = test::dump(*g.ws, QStringLiteral("recall_lines"));
        const QStringList recalls = test::dump(*g.ws, QStringLiteral("recalls"));
        QVERIFY(g.ws->rebuild());
        QCOMPARE(test::dump(*g.ws, QStringLiteral("recall_lines")), lines);
        QCOMPARE(test::dump(*g.ws, QStringLiteral("recalls")), recalls);
        const AuditReport report = g.ws->verify();
        QVERIFY2(report.ok(), qPrintable(report.text()));
    }
};

QTEST_GUILESS_MAIN(TstRecall)
#include "tst_recall.moc"

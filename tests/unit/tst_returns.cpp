// Returns: only lots delivered on the order, quantities up to delivered minus already
// returned, reasons from a list, receipt into quarantine (held), inspection per line,
// restock refused for held, recalled or expired lots, refunds. Pure, then the pipeline.
#include "eventstore/eventstore.h"
#include "inventory/fefo.h"
#include "inventory/inventorymodule.h"
#include "inventoryfixture.h"
#include "orders/ordersmodule.h"
#include "quality/qualitymodule.h"
#include "returns/returns.h"
#include "returns/returnsmodule.h"

#include <QJsonArray>
#include <QTest>

using namespace tracelot;
using namespace tracelot::returns;

namespace {
using test::asEvent;

ReturnState received()
{
    OrderFacts o;
    o.exists = true;
    o.orderId = QStringLiteral("o1");
    o.number = QStringLiteral("SO-000001");
    o.status = QStringLiteral("delivered");
    o.lots.insert(QStringLiteral("a"), {QStringLiteral("a"), QStringLiteral("TLC-A"), QStringLiteral("p1"), QStringLiteral("each"), 10, 0});
    ReturnState r;
    for (const auto& d : {decideRequest({}, {QStringLiteral("r1"), QStringLiteral("RMA-000001"), QStringLiteral("damaged"), {}, {{QStringLiteral("a"), 4}}}, o).value()})
        for (const NewEvent& e : d) r = evolve(r, asEvent(e));
    r = evolve(r, asEvent(decideAuthorize(r)->front()));
    Event rec;
    rec.type = QStringLiteral("return.received");
    rec.payload = {{QStringLiteral("location_id"), QStringLiteral("Q")},
                   {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("line_no"), 1}, {QStringLiteral("hold_id"), QStringLiteral("h1")}}}}};
    return evolve(r, rec);
}
}  // namespace

class TstReturns : public QObject {
    Q_OBJECT

    struct Store : test::Warehouse {
        Actor qa;
        QString customer, shelf, a, b, other, orderId;
        bool setUpStore()
        {
            if (!setUp()) return false;
            qa = user(QStringLiteral("quinn"), {QStringLiteral("qa_technician")});
            customer = id(ws->execute(admin, QStringLiteral("RegisterCustomer"),
                                      {{QStringLiteral("code"), QStringLiteral("CUS-1")}, {QStringLiteral("name"), QStringLiteral("Deli One")},
                                       {QStringLiteral("country"), QStringLiteral("US")}, {QStringLiteral("address"), QStringLiteral("5 Main St, Hoboken")},
                                       {QStringLiteral("phone"), QStringLiteral("+1 201 555 0199")}}));
            shelf = cold;
            a = receive(cheese, 5, shelf, QDate(2026, 3, 1), QStringLiteral("A"));
            b = receive(cheese, 20, shelf, QDate(2026, 4, 1), QStringLiteral("B"));
            other = receive(cheese, 20, shelf, QDate(2026, 5, 1), QStringLiteral("OTHER"));
            auto placed = run(QStringLiteral("PlaceOrder"), {{QStringLiteral("customer_code"), QStringLiteral("CUS-1")},
                                                             {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("product_id"), cheese}, {QStringLiteral("quantity"), 12}}}}});
            orderId = id(placed, "order_id");
            const QJsonObject o{{QStringLiteral("order_id"), orderId}};
            bool ok = run(QStringLiteral("ConfirmOrder"), o) && run(QStringLiteral("AllocateOrder"), o);
            for (const QString& lot : {QStringLiteral("A"), QStringLiteral("B")})
                ok = ok && run(QStringLiteral("ConfirmPick"), {{QStringLiteral("order_id"), orderId}, {QStringLiteral("scan"), lot}});
            ok = ok && run(QStringLiteral("ShipOrder"), {{QStringLiteral("order_id"), orderId}, {QStringLiteral("carrier"), QStringLiteral("Coldline")},
                                                         {QStringLiteral("tracking"), QStringLiteral("T-1")}, {QStringLiteral("reference_document_type"), QStringLiteral("invoice")},
                                                         {QStringLiteral("reference_document"), QStringLiteral("INV-9")}});
            return ok && !customer.isEmpty();
        }
        Result<Outcome> request(const QJsonArray& lines, const QString& reason = QStringLiteral("damaged"))
        {
            return run(QStringLiteral("RequestReturn"), {{QStringLiteral("order_id"), orderId}, {QStringLiteral("reason"), reason}, {QStringLiteral("lines"), lines}});
        }
        static QJsonObject line(const QString& lot, int qty) { return {{QStringLiteral("lot_id"), lot}, {QStringLiteral("quantity"), qty}}; }
        Result<Outcome> inspect(const QString& returnId, const QString& decision, const QString& password = test::kPassword)
        {
            QJsonObject p{{QStringLiteral("return_id"), returnId}, {QStringLiteral("line_no"), 1}, {QStringLiteral("decision"), decision}, {QStringLiteral("password"), password}};
            if (decision == QLatin1String("restock")) p.insert(QStringLiteral("to_location_id"), pick);
            return ws->execute(qa, QStringLiteral("InspectReturn"), p);
        }
        qint64 at(const QString& lot, const QString& loc) { return inventory::fold(ws->store().readStream(inventory::lotStream(lot))).at(loc); }
    };

private slots:
    void pureRules()
    {
        ReturnState r = received();
        QCOMPARE(r.status, QStringLiteral("received"));
        InspectFacts f;
        f.lot.exists = true;
        f.lot.lotId = QStringLiteral("a");
        f.lot.tlc = QStringLiteral("TLC-A");
        f.lot.expiry = QDate(2026, 3, 1);
        f.lot.stock.insert(QStringLiteral("Q"), 4);
        InspectReturn c{1, QStringLiteral("restock"), QStringLiteral("S"), false, QDate(2026, 1, 10), {}, {}};
        quality::HoldState recall;
        recall.exists = true;
        recall.number = QStringLiteral("H-9");
        recall.cause = QStringLiteral("recall");
        recall.reason = QStringLiteral("Recall R-1");
        f.otherOpenHolds << recall;
        QCOMPARE(decideInspect(r, c, f).refusal().code, QStringLiteral("return.recalled"));  // a recalled lot is never restocked
        f.otherOpenHolds.clear();
        c.today = QDate(2026, 3, 2);
        QCOMPARE(decideInspect(r, c, f).refusal().code, QStringLiteral("return.expired"));
        c.today = QDate(2026, 1, 10);
        c.toLocationIsQuarantine = true;
        QCOMPARE(decideInspect(r, c, f).refusal().code, QStringLiteral("return.location_invalid"));
        c.decision = QStringLiteral("quarantine");
        auto kept = decideInspect(r, c, f);
        QVERIFY(kept);
        QCOMPARE(kept->size(), size_t(1));  // stays held
        QCOMPARE(decideRefund(r, 0, QStringLiteral("EUR"), QStringLiteral("CN-1")).refusal().code, QStringLiteral("return.amount_invalid"));
        QCOMPARE(decideRefund(r, 100, QStringLiteral("euro"), QStringLiteral("CN-1")).refusal().code, QStringLiteral("return.currency_invalid"));
        QVERIFY(decideRefund(r, 1250, QStringLiteral("EUR"), QStringLiteral("CN-1")));
    }

    void onlyDeliveredLotsAndQuantities()
    {
        Store w;
        QVERIFY(w.setUpStore());
        // Shipped but not delivered yet.
        QCOMPARE(w.request({Store::line(w.a, 1)}).refusal().code, QStringLiteral("return.not_delivered"));
        QVERIFY(w.run(QStringLiteral("DeliverOrder"), {{QStringLiteral("order_id"), w.orderId}}));
        QCOMPARE(w.request({Store::line(w.other, 1)}).refusal().code, QStringLiteral("return.lot_not_delivered"));
        QVERIFY(!w.request({Store::line(w.a, 1)}, QStringLiteral("didnt_like_it")));  // reasons come from a list
        auto tooMany = w.request({Store::line(w.a, 6)});
        QCOMPARE(tooMany.refusal().code, QStringLiteral("return.quantity_exceeds"));
        QVERIFY(tooMany.refusal().message.contains(QLatin1String("delivered 5")));
        auto first = w.request({Store::line(w.a, 3), Store::line(w.b, 7)});
        QVERIFY2(first, qPrintable(first ? QString() : first.refusal().message));
        // 5 delivered − 3 already returned: 2 left.
        QCOMPARE(w.request({Store::line(w.a, 3)}).refusal().code, QStringLiteral("return.quantity_exceeds"));
        const QString rid = w.id(first, "return_id");
        QVERIFY(w.run(QStringLiteral("RejectReturn"), {{QStringLiteral("return_id"), rid}, {QStringLiteral("reason"), QStringLiteral("Past the return window")}}));
        QCOMPARE(w.run(QStringLiteral("AuthorizeReturn"), {{QStringLiteral("return_id"), rid}}).refusal().code, QStringLiteral("return.invalid_transition"));
        QVERIFY(w.request({Store::line(w.a, 5)}));  // a rejected return claims nothing
        QVERIFY(w.ws->verify().ok());
    }

    void receiveInspectRestockAndRefund()
    {
        Store w;
        QVERIFY(w.setUpStore());
        QVERIFY(w.run(QStringLiteral("DeliverOrder"), {{QStringLiteral("order_id"), w.orderId}}));
        const QString rid = w.id(w.request({Store::line(w.b, 4), Store::line(w.a, 2)}), "return_id");
        QVERIFY(!rid.isEmpty());
        const QJsonObject ret{{QStringLiteral("return_id"), rid}, {QStringLiteral("location_id"), w.quarantine}};
        QCOMPARE(w.run(QStringLiteral("ReceiveReturn"), ret).refusal().code, QStringLiteral("return.invalid_transition"));  // not authorized yet
        QVERIFY(w.run(QStringLiteral("AuthorizeReturn"), {{QStringLiteral("return_id"), rid}}));
        QCOMPARE(w.run(QStringLiteral("ReceiveReturn"), {{QStringLiteral("return_id"), rid}, {QStringLiteral("location_id"), w.cold}}).refusal().code,
                 QStringLiteral("return.not_quarantine"));
        auto rec = w.run(QStringLiteral("ReceiveReturn"), ret);
        QVERIFY2(rec, qPrintable(rec ? QString() : rec.refusal().message));
        QCOMPARE(w.at(w.b, w.quarantine), 4);
        QCOMPARE(w.at(w.a, w.quarantine), 2);
        // Held (cause return): never allocatable.
        const auto holds = quality::QualityQueries(w.ws->database().sql()).holdsOfLot(w.b);
        QCOMPARE(holds.size(), 1);
        QCOMPARE(holds.first().cause, QStringLiteral("return"));
        QCOMPARE(holds.first().quantity, 4);
        QCOMPARE(quality::QualityQueries(w.ws->database().sql()).holdsOfLot(w.a).first().number, QStringLiteral("H-2"));

        // Wrong password: refused, nothing written.
        QCOMPARE(w.inspect(rid, QStringLiteral("restock"), QStringLiteral("wrong")).refusal().code, QStringLiteral("return.signature_failed"));
        // Another hold on the lot: never restocked.
        QVERIFY(w.ws->execute(w.qa, QStringLiteral("PlaceHold"), {{QStringLiteral("lot_id"), w.b}, {QStringLiteral("reason"), QStringLiteral("Listeria suspicion")}}));
        auto held = w.inspect(rid, QStringLiteral("restock"));
        QCOMPARE(held.refusal().code, QStringLiteral("return.lot_held"));
        QVERIFY(held.refusal().message.contains(QLatin1String("Listeria")));
        // Destroy it instead: waste from quarantine, the return hold closed with a signature.
        auto destroyed = w.inspect(rid, QStringLiteral("destroy"));
        QVERIFY2(destroyed, qPrintable(destroyed ? QString() : destroyed.refusal().message));
        QCOMPARE(w.at(w.b, w.quarantine), 0);
        QCOMPARE(w.inspect(rid, QStringLiteral("destroy")).refusal().code, QStringLiteral("return.already_inspected"));

        // Line 2 (lot A, no other hold): restocked to the pick face, allocatable again.
        auto restocked = w.ws->execute(w.qa, QStringLiteral("InspectReturn"),
                                       {{QStringLiteral("return_id"), rid}, {QStringLiteral("line_no"), 2}, {QStringLiteral("decision"), QStringLiteral("restock")},
                                        {QStringLiteral("to_location_id"), w.pick}, {QStringLiteral("password"), test::kPassword}});
        QVERIFY2(restocked, qPrintable(restocked ? QString() : restocked.refusal().message));
        QCOMPARE(w.at(w.a, w.pick), 2);
        QCOMPARE(w.at(w.a, w.quarantine), 0);
        const auto holdsA = quality::QualityQueries(w.ws->database().sql()).holdsOfLot(w.a);
        QCOMPARE(holdsA.first().status, QStringLiteral("disposed"));
        inventory::InventoryQueries inv(w.ws->database().sql());
        const auto plan = inventory::allocateFefo(inv.fefoCandidates(w.cheese, QDate(2026, 1, 2), 1, 100), {100, QDate(2026, 1, 2), 1, 0});
        qint64 fromA = 0;
        for (const auto& p : plan.picks)
            if (p.lotId == w.a) fromA += p.quantity;
        QCOMPARE(fromA, 2);
        const auto state = ReturnsQueries(w.ws->database().sql()).byId(rid);
        QCOMPARE(state->status, QStringLiteral("inspected"));

        QVERIFY(w.run(QStringLiteral("RecordRefund"), {{QStringLiteral("return_id"), rid}, {QStringLiteral("amount_minor"), 4599},
                                                       {QStringLiteral("currency"), QStringLiteral("usd")}, {QStringLiteral("reference"), QStringLiteral("CN-77")}}));
        QCOMPARE(ReturnsQueries(w.ws->database().sql()).byId(rid)->refundedMinor, 4599);
        // The returns list (all, then filtered by status) finds it with its lines and units.
        const ReturnsQueries rq(w.ws->database().sql());
        const QList<ReturnRow> all = rq.returns({}, 10);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.front().returnId, rid);
        QCOMPARE(all.front().lines, 2);
        QCOMPARE(all.front().quantity, 6);
        QCOMPARE(rq.returns(all.front().status, 10).size(), 1);
        QCOMPARE(rq.returns(QStringLiteral("requested"), 10).size(), 0);
        const AuditReport report = w.ws->verify();
        QVERIFY2(report.ok(), qPrintable(report.text()));
    }
};

QTEST_GUILESS_MAIN(TstReturns)
#include "tst_returns.moc"

// End to end through the real commands (issue 6): receive → split and merge → PlaceOrder,
// ConfirmOrder, AllocateOrder, ConfirmPick, ShipOrder, DeliverOrder → the forward trace finds
// the customer → InitiateRecall holds the stock still in the warehouse (and the hold takes a
// second order's reservation: order.allocation_lost) → RequestReturn / ReceiveReturn of the
// recalled lot → restocking it is refused; the recovery reconciles; the log verifies.
#include "eventstore/eventstore.h"
#include "inventory/inventorymodule.h"
#include "inventoryfixture.h"
#include "orders/orders.h"
#include "orders/ordersmodule.h"
#include "quality/qualitymodule.h"
#include "traceability/genealogy.h"
#include "traceability/traceabilitymodule.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace tracelot;

class TstRecallE2E : public QObject {
    Q_OBJECT

    struct Shop : test::Warehouse {
        Actor coordinator, qa;
        QString customer, other;
        bool setUpShop()
        {
            if (!setUp()) return false;
            coordinator = user(QStringLiteral("rita"), {QStringLiteral("recall_coordinator")});
            qa = user(QStringLiteral("quinn"), {QStringLiteral("qa_technician")});
            const auto reg = [&](const char* code, const char* name) {
                return id(ws->execute(admin, QStringLiteral("RegisterCustomer"),
                                      {{QStringLiteral("code"), QLatin1String(code)}, {QStringLiteral("name"), QLatin1String(name)},
                                       {QStringLiteral("country"), QStringLiteral("US")}, {QStringLiteral("address"), QStringLiteral("5 Main St, Hoboken NJ 07030")},
                                       {QStringLiteral("phone"), QStringLiteral("+1 201 555 0199")}}));
            };
            customer = reg("CUS-1", "Deli One");
            other = reg("CUS-2", "Bistro Two");
            return !customer.isEmpty() && !other.isEmpty();
        }
        QString placeConfirmed(const char* customerCode, qint64 quantity)
        {
            auto r = run(QStringLiteral("PlaceOrder"), {{QStringLiteral("customer_code"), QLatin1String(customerCode)},
                                                        {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("product_id"), cheese}, {QStringLiteral("quantity"), quantity}}}},
                                                        {QStringLiteral("requested_ship_date"), QStringLiteral("2026-01-05")}});
            if (!r) qWarning("PlaceOrder: %s", qPrintable(r.refusal().message));
            const QString oid = id(r, "order_id");
            if (!run(QStringLiteral("ConfirmOrder"), {{QStringLiteral("order_id"), oid}})) qWarning("ConfirmOrder refused");
            return oid;
        }
        Result<Outcome> on(const QString& command, const QString& orderId, QJsonObject p = {})
        {
            p.insert(QStringLiteral("order_id"), orderId);
            return run(command, p);
        }
    };

private slots:
    void receiveShipTraceRecallReturn()
    {
        Shop w;
        QVERIFY(w.setUpShop());
        // Receive, split, merge: every cheese lot in the warehouse descends from E2E-A.
        const QString a = w.receive(w.cheese, 100, w.cold, QDate(2026, 3, 1), QStringLiteral("E2E-A"));
        const QString b = w.receive(w.cheese, 20, w.cold, QDate(2026, 3, 1), QStringLiteral("E2E-B"));
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        const QString a1 = w.id(w.run(QStringLiteral("SplitLot"), {{QStringLiteral("lot_id"), a}, {QStringLiteral("location_id"), w.cold}, {QStringLiteral("quantity"), 40}}),
                                "new_lot_id");
        QVERIFY(!a1.isEmpty());
        auto merged = w.run(QStringLiteral("TransformLots"),
                            {{QStringLiteral("kind"), QStringLiteral("merge")},
                             {QStringLiteral("inputs"), QJsonArray{QJsonObject{{QStringLiteral("lot_id"), a1}, {QStringLiteral("location_id"), w.cold}, {QStringLiteral("quantity"), 10}},
                                                                   QJsonObject{{QStringLiteral("lot_id"), b}, {QStringLiteral("location_id"), w.cold}, {QStringLiteral("quantity"), 20}}}},
                             {QStringLiteral("output_product_id"), w.cheese},
                             {QStringLiteral("output_quantity"), 30},
                             {QStringLiteral("output_location_id"), w.cold},
                             {QStringLiteral("reference_document_type"), QStringLiteral("work_order")},
                             {QStringLiteral("reference_document_number"), QStringLiteral("WO-1")}});
        QVERIFY2(merged, qPrintable(merged ? QString() : merged.refusal().message));
        const QString m = merged->events.back().payload.value(QLatin1String("lot_id")).toString();
        QVERIFY(!m.isEmpty());

        // Order 1: shipped and delivered through the real commands.
        const QString o1 = w.placeConfirmed("CUS-1", 15);
        QVERIFY(w.on(QStringLiteral("AllocateOrder"), o1));
        QSet<QString> shippedLots;
        qint64 picked = 0;
        for (const orders::PickRow& r : orders::OrdersQueries(w.ws->database().sql()).pickList(o1)) {
            auto pick = w.on(QStringLiteral("ConfirmPick"), o1, {{QStringLiteral("scan"), r.tlc}, {QStringLiteral("line_no"), r.lineNo}, {QStringLiteral("location_id"), r.locationId}});
            QVERIFY2(pick, qPrintable(pick ? QString() : pick.refusal().message));
            shippedLots.insert(r.lotId);
            picked += r.quantity;
        }
        QCOMPARE(picked, 15);
        auto shipped = w.on(QStringLiteral("ShipOrder"), o1, {{QStringLiteral("carrier"), QStringLiteral("Coldline")}, {QStringLiteral("tracking"), QStringLiteral("CL-1")},
                                                              {QStringLiteral("reference_document_type"), QStringLiteral("bill_of_lading")},
                                                              {QStringLiteral("reference_document"), QStringLiteral("BOL-1")}});
        QVERIFY2(shipped, qPrintable(shipped ? QString() : shipped.refusal().message));
        QVERIFY(w.on(QStringLiteral("DeliverOrder"), o1));

        // Order 2: allocated, not picked; the recall hold will take its reservation.
        const QString o2 = w.placeConfirmed("CUS-2", 5);
        QVERIFY(w.on(QStringLiteral("AllocateOrder"), o2));
        orders::OrdersQueries oq(w.ws->database().sql());
        qint64 reservedBefore = 0;
        for (const QString& lot : {a, a1, b, m}) reservedBefore += oq.reservedOn(lot);
        QCOMPARE(reservedBefore, 5);

        // Forward trace from the supplier TLC finds the customer and every lot shipped.
        traceability::TraceQueries tq(w.ws->database().sql());
        auto roots = tq.startingLots(QStringLiteral("E2E-A"));
        QVERIFY(roots);
        const traceability::Trace t = tq.forward(roots.value());
        QSet<QString> traced;
        for (const auto& l : t.lots) traced.insert(l.lotId);
        QCOMPARE(traced, (QSet<QString>{a, a1, m}));  // B is upstream of M, not downstream of A
        qint64 toCustomer = 0;
        for (const auto& s : t.shipments) {
            QCOMPARE(s.orderId, o1);
            QVERIFY(shippedLots.contains(s.lotId));
            toCustomer += s.quantity;
        }
        QCOMPARE(toCustomer, 15);
        QCOMPARE(t.customers.size(), size_t(1));
        QCOMPARE(t.customers.front().customerId, w.customer);
        QCOMPARE(t.customers.front().customerName, QStringLiteral("Deli One"));
        QCOMPARE(t.customers.front().shipped, 15);
        // Backward from the shipment: back to both receipts.
        const traceability::Trace back = tq.backward(tq.startingLots(o1, {}, traceability::Direction::Backward).value());
        QSet<QString> tlcs;
        for (const auto& r : back.receipts) tlcs.insert(r.tlc);
        QVERIFY(tlcs.contains(QStringLiteral("E2E-A")));

        // Only the coordinator recalls.
        const QJsonObject recallCmd{{QStringLiteral("tlc"), QStringLiteral("E2E-A")}, {QStringLiteral("reason"), QStringLiteral("Listeria in a retained sample")},
                                    {QStringLiteral("class"), QStringLiteral("I")}};
        QVERIFY(!w.run(QStringLiteral("InitiateRecall"), recallCmd));
        auto recall = w.ws->execute(w.coordinator, QStringLiteral("InitiateRecall"), recallCmd);
        QVERIFY2(recall, qPrintable(recall ? QString() : recall.refusal().message));
        const QString recallId = recall->events.front().payload.value(QLatin1String("recall_id")).toString();
        const traceability::RecallState rs = traceability::RecallQueries::load(w.ws->store(), recallId);
        QCOMPARE(rs.lines.size(), size_t(1));
        QCOMPARE(rs.lines.front().customerId, w.customer);
        QCOMPARE(rs.lines.front().shipped, 15);
        // Every lot of the scope still in stock is held (cause recall), all of it.
        quality::QualityQueries qq(w.ws->database().sql());
        inventory::InventoryQueries inv(w.ws->database().sql());
        for (const QString& lot : {a, a1, m}) {
            const qint64 onHand = inv.lot(lot)->onHand;
            if (onHand == 0) continue;
            qint64 held = 0;
            for (const auto& h : qq.holdsOfLot(lot))
                if (h.cause == QLatin1String("recall") && h.status == QLatin1String("open")) held += h.quantity == 0 ? onHand : h.quantity;  // 0: the whole lot
            QVERIFY2(held == onHand, qPrintable(QStringLiteral("lot %1: on hand %2, held %3").arg(lot).arg(onHand).arg(held)));
        }
        QVERIFY(qq.holdsOfLot(b).isEmpty() || qq.holdsOfLot(b).first().cause != QLatin1String("recall"));
        // The hold released order 2's reservation and told the order.
        qint64 reservedAfter = 0;
        for (const QString& lot : {a, a1, m}) reservedAfter += oq.reservedOn(lot);
        QCOMPARE(reservedAfter, 0);
        bool lost = false;
        for (const Event& e : w.ws->store().readStream(orders::orderStream(o2))) lost = lost || e.type == QLatin1String("order.allocation_lost");
        QVERIFY(lost);

        // The customer sends 1 of the recalled lot back: received into quarantine.
        const QString returnedLot = *shippedLots.cbegin();
        auto requested = w.run(QStringLiteral("RequestReturn"),
                               {{QStringLiteral("order_id"), o1}, {QStringLiteral("reason"), QStringLiteral("recall")},
                                {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("lot_id"), returnedLot}, {QStringLiteral("quantity"), 1}}}}});
        QVERIFY2(requested, qPrintable(requested ? QString() : requested.refusal().message));
        const QString rid = w.id(requested, "return_id");
        QVERIFY(w.run(QStringLiteral("AuthorizeReturn"), {{QStringLiteral("return_id"), rid}}));
        auto received = w.run(QStringLiteral("ReceiveReturn"), {{QStringLiteral("return_id"), rid}, {QStringLiteral("location_id"), w.quarantine}});
        QVERIFY2(received, qPrintable(received ? QString() : received.refusal().message));
        // The trace shows the return on the shipment.
        const traceability::Trace after = tq.forward(roots.value());
        QCOMPARE(after.returns.size(), size_t(1));
        QCOMPARE(after.customers.front().returned, 1);

        // Restock is refused: the lot is recalled. Nothing is written.
        const qint64 events = w.ws->store().count();
        auto restock = w.ws->execute(w.qa, QStringLiteral("InspectReturn"),
                                     {{QStringLiteral("return_id"), rid}, {QStringLiteral("line_no"), 1}, {QStringLiteral("decision"), QStringLiteral("restock")},
                                      {QStringLiteral("to_location_id"), w.pick}, {QStringLiteral("password"), test::kPassword}});
        QVERIFY(!restock);
        QCOMPARE(restock.refusal().code, QStringLiteral("return.recalled"));
        QVERIFY2(restock.refusal().message.contains(rs.number) || restock.refusal().message.contains(QLatin1String("recall")), qPrintable(restock.refusal().message));
        QCOMPARE(w.ws->store().count(), events);
        // Destroyed instead; the recovery is recorded and the recall closes reconciled.
        auto destroyed = w.ws->execute(w.qa, QStringLiteral("InspectReturn"),
                                       {{QStringLiteral("return_id"), rid}, {QStringLiteral("line_no"), 1}, {QStringLiteral("decision"), QStringLiteral("destroy")},
                                        {QStringLiteral("password"), test::kPassword}});
        QVERIFY2(destroyed, qPrintable(destroyed ? QString() : destroyed.refusal().message));
        QVERIFY(w.ws->execute(w.coordinator, QStringLiteral("RecordCustomerNotified"),
                              {{QStringLiteral("recall_id"), recallId}, {QStringLiteral("customer_code"), QStringLiteral("CUS-1")},
                               {QStringLiteral("method"), QStringLiteral("phone")}, {QStringLiteral("contact"), QStringLiteral("Dana, +1 201 555 0199")}}));
        QCOMPARE(w.ws->execute(w.coordinator, QStringLiteral("CloseRecall"), {{QStringLiteral("recall_id"), recallId}}).refusal().code.startsWith(QLatin1String("recall.")),
                 true);
        QVERIFY(w.ws->execute(w.coordinator, QStringLiteral("RecordRecovery"),
                              {{QStringLiteral("recall_id"), recallId}, {QStringLiteral("customer_code"), QStringLiteral("CUS-1")}, {QStringLiteral("returned"), 1},
                               {QStringLiteral("destroyed_at_customer"), 10}, {QStringLiteral("unrecoverable"), 4}}));
        auto closed = w.ws->execute(w.coordinator, QStringLiteral("CloseRecall"), {{QStringLiteral("recall_id"), recallId}});
        QVERIFY2(closed, qPrintable(closed ? QString() : closed.refusal().message));
        QVERIFY(traceability::RecallQueries::load(w.ws->store(), recallId).closed());
        const AuditReport report = w.ws->verify();
        QVERIFY2(report.ok(), qPrintable(report.text()));
    }
};

QTEST_GUILESS_MAIN(TstRecallE2E)
#include "tst_recall_e2e.moc"

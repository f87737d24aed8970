// Orders & picking: every transition and failure condition of seed 002 (PlaceOrder,
// ConfirmOrder, ShipOrder, DeliverOrder, CancelOrder) with FEFO allocation, scan-confirmed
// picking, short picks, and holds that win over reservations (issue 4). Pure decide/evolve
// first, then the real pipeline on a real SQLite file.
#include "eventstore/eventstore.h"
#include "inventory/inventorymodule.h"
#include "inventoryfixture.h"
#include "orders/orders.h"
#include "orders/ordersmodule.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace tracelot;
using namespace tracelot::orders;

namespace {
using test::asEvent;

CustomerFacts customer()
{
    CustomerFacts c;
    c.exists = true;
    c.id = QStringLiteral("c1");
    c.code = QStringLiteral("CUS-1");
    c.name = QStringLiteral("Deli One");
    c.locationDescription = QStringLiteral("Deli One, 5 Main St, Hoboken NJ");
    return c;
}
QMap<QString, ProductFacts> products()
{
    ProductFacts p;
    p.exists = true;
    p.id = QStringLiteral("p1");
    p.code = QStringLiteral("CHEESE");
    p.name = QStringLiteral("Comté 24 months");
    p.baseUnit = QStringLiteral("each");
    return {{p.id, p}};
}
PlaceOrder placeCmd()
{
    PlaceOrder c;
    c.orderId = QStringLiteral("o1");
    c.number = QStringLiteral("SO-000001");
    c.customerId = QStringLiteral("c1");
    c.requestedShipDate = QDate(2026, 1, 5);
    c.today = QDate(2026, 1, 1);
    c.lines = {{QStringLiteral("p1"), 10}};
    return c;
}
OrderState applyTo(OrderState s, const Result<NewEvents>& r)
{
    if (!r) qWarning("refused: %s", qPrintable(r.refusal().message));
    for (const NewEvent& e : r.value())
        if (e.stream == orderStream(s.orderId.isEmpty() ? QStringLiteral("o1") : s.orderId)) s = evolve(std::move(s), asEvent(e));
    return s;
}
OrderState placed() { return applyTo({}, decidePlace({}, placeCmd(), customer(), products())); }

// A lot with stock at one location, as its stream would fold.
StockFacts lotAt(const QString& lotId, const QDate& expiry, qint64 quantity, const QString& loc = QStringLiteral("L1"))
{
    StockFacts f;
    f.lot.exists = true;
    f.lot.lotId = lotId;
    f.lot.productId = QStringLiteral("p1");
    f.lot.tlc = QStringLiteral("TLC-") + lotId;
    f.lot.expiry = expiry;
    f.lot.unit = QStringLiteral("each");
    f.lot.stock.insert(loc, quantity);
    f.locationCode.insert(loc, loc);
    f.productCode = QStringLiteral("CHEESE");
    return f;
}
}  // namespace

class TstOrders : public QObject {
    Q_OBJECT

    // --- a warehouse with a customer, locations along the walk, and lots -------------------
    struct Shop : test::Warehouse {
        Actor qaActor, operatorActor;
        // Created when a test needs them (each user costs two PBKDF2 hashes).
        const Actor& qa() { if (qaActor.userId.isEmpty()) qaActor = user(QStringLiteral("quinn"), {QStringLiteral("qa_technician")}); return qaActor; }
        const Actor& operatorUser()
        {
            if (operatorActor.userId.isEmpty()) operatorActor = user(QStringLiteral("olaf"), {QStringLiteral("warehouse_operator")});
            return operatorActor;
        }
        QString customer, shelfA, shelfB;  // shelfA is walked before shelfB although its code sorts after
        bool setUpShop(int customerMinDays = 0)
        {
            if (!setUp()) return false;
            auto registered = ws->execute(admin, QStringLiteral("RegisterCustomer"),
                                          {{QStringLiteral("code"), QStringLiteral("CUS-1")},
                                           {QStringLiteral("name"), QStringLiteral("Deli One")},
                                           {QStringLiteral("country"), QStringLiteral("US")},
                                           {QStringLiteral("address"), QStringLiteral("5 Main St, Hoboken NJ 07030")},
                                           {QStringLiteral("phone"), QStringLiteral("+1 201 555 0199")},
                                           {QStringLiteral("min_shelf_life_days"), customerMinDays}});
            if (!registered) qWarning("RegisterCustomer: %s", qPrintable(registered.refusal().message));
            customer = id(registered);
            shelfA = id(ws->execute(admin, QStringLiteral("DefineLocation"),
                                    {{QStringLiteral("code"), QStringLiteral("Z-9")}, {QStringLiteral("name"), QStringLiteral("Aisle 1")},
                                     {QStringLiteral("type"), QStringLiteral("ambient")}, {QStringLiteral("pick_sequence"), 10}}));
            shelfB = id(ws->execute(admin, QStringLiteral("DefineLocation"),
                                    {{QStringLiteral("code"), QStringLiteral("A-1")}, {QStringLiteral("name"), QStringLiteral("Aisle 7")},
                                     {QStringLiteral("type"), QStringLiteral("ambient")}, {QStringLiteral("pick_sequence"), 70}}));
            if (customer.isEmpty() || shelfA.isEmpty() || shelfB.isEmpty()) qWarning("shop: customer=%s A=%s B=%s", qPrintable(customer), qPrintable(shelfA), qPrintable(shelfB));
            return !customer.isEmpty() && !shelfA.isEmpty() && !shelfB.isEmpty();
        }
        QString order(const QList<QPair<QString, int>>& lines, const QString& shipDate = QStringLiteral("2026-01-05"))
        {
            QJsonArray ls;
            for (const auto& [product, qty] : lines) ls.append(QJsonObject{{QStringLiteral("product_id"), product}, {QStringLiteral("quantity"), qty}});
            auto r = run(QStringLiteral("PlaceOrder"), {{QStringLiteral("customer_code"), QStringLiteral("CUS-1")},
                                                        {QStringLiteral("lines"), ls},
                                                        {QStringLiteral("requested_ship_date"), shipDate}});
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
        OrderState state(const QString& orderId) { return *OrdersQueries(ws->database().sql()).order(orderId); }
        OrderState folded(const QString& orderId) { return fold(ws->store().readStream(orderStream(orderId))); }
        qint64 reserved(const QString& lotId) { return OrdersQueries(ws->database().sql()).reservedOn(lotId); }
        Result<Outcome> pickAll(const QString& orderId)
        {
            Result<Outcome> last = refuse(QStringLiteral("none"), QStringLiteral("nothing to pick"));
            for (const PickRow& r : OrdersQueries(ws->database().sql()).pickList(orderId))
                if (r.picked < r.quantity) {
                    last = on(QStringLiteral("ConfirmPick"), orderId, {{QStringLiteral("scan"), r.tlc}, {QStringLiteral("line_no"), r.lineNo}, {QStringLiteral("location_id"), r.locationId}});
                    if (!last) return last;
                }
            return last;
        }
        Result<Outcome> ship(const QString& orderId)
        {
            return on(QStringLiteral("ShipOrder"), orderId, {{QStringLiteral("carrier"), QStringLiteral("Coldline")}, {QStringLiteral("tracking"), QStringLiteral("CL-778")},
                                                            {QStringLiteral("reference_document_type"), QStringLiteral("bill_of_lading")},
                                                            {QStringLiteral("reference_document"), QStringLiteral("BOL-4411")}});
        }
        bool consistent()
        {
            const AuditReport report = ws->verify();
            if (!report.ok()) qWarning("%s", qPrintable(report.text()));
            return report.ok();
        }
    };

private slots:
    // --- pure: seed 002 failure conditions -------------------------------------------------
    void placeRefusals_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("code");
        QTest::newRow("cart empty") << "empty" << "order.empty";
        QTest::newRow("unknown customer") << "customer" << "order.customer_unknown";
        QTest::newRow("retired customer") << "retired" << "order.customer_retired";
        QTest::newRow("invalid address") << "address" << "order.ship_to_missing";
        QTest::newRow("quantity zero") << "quantity" << "order.quantity_invalid";
        QTest::newRow("unknown product") << "product" << "order.product_unknown";
        QTest::newRow("ship date past") << "date" << "order.date_past";
    }
    void placeRefusals()
    {
        QFETCH(QString, what);
        QFETCH(QString, code);
        PlaceOrder c = placeCmd();
        CustomerFacts cu = customer();
        if (what == QLatin1String("empty")) c.lines.clear();
        if (what == QLatin1String("customer")) cu.exists = false;
        if (what == QLatin1String("retired")) cu.active = false;
        if (what == QLatin1String("address")) cu.locationDescription = cu.name;
        if (what == QLatin1String("quantity")) c.lines.front().quantity = 0;
        if (what == QLatin1String("product")) c.lines.front().productId = QStringLiteral("nope");
        if (what == QLatin1String("date")) c.requestedShipDate = QDate(2025, 12, 31);
        auto r = decidePlace({}, c, cu, products());
        QVERIFY(!r);
        QCOMPARE(r.refusal().code, code);
        QVERIFY(decidePlace({}, placeCmd(), customer(), products()));  // and the good one passes
    }

    void statusTransitions()
    {
        OrderState o = placed();
        QCOMPARE(o.status, QStringLiteral("placed"));
        QCOMPARE(o.shipTo, customer().locationDescription);
        ShipOrder ship{QStringLiteral("Coldline"), QStringLiteral("T1"), QStringLiteral("invoice"), QStringLiteral("INV-1"), QDate(2026, 1, 5), 0, QStringLiteral("Site")};
        QCOMPARE(decideShip(o, ship, {}, {}).refusal().code, QStringLiteral("order.not_confirmed"));  // no shipping before confirmation
        QCOMPARE(decideDeliver(o, QDate(2026, 1, 6)).refusal().code, QStringLiteral("order.not_shipped"));
        QCOMPARE(decideAllocate(o, {QDate(2026, 1, 5), {}, {}}, {}).refusal().code, QStringLiteral("order.not_confirmed"));
        o = applyTo(o, decideConfirm(o));
        QCOMPARE(o.status, QStringLiteral("confirmed"));
        QCOMPARE(decideConfirm(o).refusal().code, QStringLiteral("order.invalid_transition"));
        QVERIFY(o.needsAllocation());
        QCOMPARE(decideShip(o, ship, {}, {}).refusal().code, QStringLiteral("order.not_picked"));
        QCOMPARE(decideCancel(o, QString()).refusal().code, QStringLiteral("order.reason_missing"));
        const OrderState cancelled = applyTo(o, decideCancel(o, QStringLiteral("customer changed their mind")));
        QCOMPARE(cancelled.status, QStringLiteral("cancelled"));
        QCOMPARE(decideCancel(cancelled, QStringLiteral("again")).refusal().code, QStringLiteral("order.invalid_transition"));
        QCOMPARE(decideConfirm(cancelled).refusal().code, QStringLiteral("order.invalid_transition"));
    }

    void allocationPicksAndShips()
    {
        OrderState o = placed();
        o = applyTo(o, decideConfirm(o));
        RuleFacts f;
        f.lots.insert(QStringLiteral("a"), lotAt(QStringLiteral("a"), QDate(2026, 3, 1), 6));
        f.lots.insert(QStringLiteral("b"), lotAt(QStringLiteral("b"), QDate(2026, 4, 1), 20));
        AllocateOrder plan{QDate(2026, 1, 5), {{1, QStringLiteral("a"), QStringLiteral("L1"), 6}, {1, QStringLiteral("b"), QStringLiteral("L1"), 4}}, {}};
        auto allocated = decideAllocate(o, plan, f);
        QVERIFY(allocated);
        QCOMPARE(allocated->size(), size_t(3));  // two reservations on the lot streams + order.allocated
        QCOMPARE(allocated->front().type, QStringLiteral("stock.reserved"));
        QCOMPARE(allocated->front().stream, inventory::lotStream(QStringLiteral("a")));
        const QJsonObject line = allocated->back().payload.value(QLatin1String("lines")).toArray().first().toObject();
        QCOMPARE(line.value(QLatin1String("shortfall")).toInteger(), 0);
        QVERIFY(line.value(QLatin1String("allocations")).toArray().first().toObject().value(QLatin1String("why")).toString().contains(QLatin1String("first to expire")));
        o = applyTo(o, allocated);
        QCOMPARE(o.status, QStringLiteral("allocated"));
        QVERIFY(!o.needsAllocation());
        // Over-allocating is refused.
        QCOMPARE(decideAllocate(o, plan, f).refusal().code, QStringLiteral("order.fully_allocated"));

        o = applyTo(o, decidePick(o, {1, QStringLiteral("a"), QString(), 0, QDate(2026, 1, 5)}, f));
        QCOMPARE(o.line(1)->picked(), 6);
        QCOMPARE(decidePick(o, {1, QStringLiteral("b"), QString(), 5, QDate(2026, 1, 5)}, f).refusal().code, QStringLiteral("order.over_pick"));
        o = applyTo(o, decidePick(o, {1, QStringLiteral("b"), QString(), 0, QDate(2026, 1, 5)}, f));
        QCOMPARE(o.status, QStringLiteral("picked"));

        ShipOrder ship{QStringLiteral("Coldline"), QStringLiteral("T1"), QStringLiteral("invoice"), QStringLiteral("INV-1"), QDate(2026, 1, 5), 99, QStringLiteral("Site")};
        ShipOrder noDoc = ship;
        noDoc.referenceDocument.clear();
        QCOMPARE(decideShip(o, noDoc, f, {}).refusal().code, QStringLiteral("order.reference_missing"));
        // Inventory deduction failed: the stock is no longer there.
        RuleFacts gone = f;
        gone.lots[QStringLiteral("a")].lot.stock.insert(QStringLiteral("L1"), 2);
        QCOMPARE(decideShip(o, ship, gone, {}).refusal().code, QStringLiteral("order.deduction_failed"));
        auto shipped = decideShip(o, ship, f, {{QStringLiteral("a"), {QStringLiteral("TLC-a"), QStringLiteral("Fromagerie A"), QStringLiteral("GLN 1")}}});
        QVERIFY(shipped);
        QCOMPARE(shipped->back().type, QStringLiteral("order.shipped"));
        QCOMPARE(shipped->at(0).type, QStringLiteral("stock.deducted"));
        QCOMPARE(shipped->at(0).payload.value(QLatin1String("reason")).toString(), QStringLiteral("shipped"));
        o = applyTo(o, shipped);
        QCOMPARE(decideCancel(o, QStringLiteral("too late")).refusal().code, QStringLiteral("order.already_shipped"));  // order already shipped
        QCOMPARE(decideDeliver(o, QDate(2026, 1, 4)).refusal().code, QStringLiteral("order.date_invalid"));
        o = applyTo(o, decideDeliver(o, QDate(2026, 1, 6)));
        QCOMPARE(o.status, QStringLiteral("delivered"));
        QCOMPARE(decideDeliver(o, QDate(2026, 1, 7)).refusal().code, QStringLiteral("order.invalid_transition"));
        // The state survives the projection's JSON round trip.
        QCOMPARE(OrderState::fromJson(o.toJson()).toJson(), o.toJson());
    }

    void allocationRules_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("code");
        QTest::newRow("held") << "held" << "order.lot_held";
        QTest::newRow("expired") << "expired" << "order.lot_expired";
        QTest::newRow("short shelf life") << "short" << "order.shelf_life_short";
        QTest::newRow("reserved by another order") << "reserved" << "order.stock_short";
        QTest::newRow("other product") << "product" << "order.wrong_product";
    }
    void allocationRules()
    {
        QFETCH(QString, what);
        QFETCH(QString, code);
        OrderState o = placed();
        o = applyTo(o, decideConfirm(o));
        RuleFacts f;
        f.customerMinDays = 10;
        StockFacts a = lotAt(QStringLiteral("a"), QDate(2026, 3, 1), 10);
        if (what == QLatin1String("held")) {
            a.held.insert(QStringLiteral("L1"), 10);
            a.holdNumber.insert(QStringLiteral("L1"), QStringLiteral("H-17"));
        }
        if (what == QLatin1String("expired")) a.lot.expiry = QDate(2026, 1, 4);
        if (what == QLatin1String("short")) a.lot.expiry = QDate(2026, 1, 14);  // 9 days left on 01-05, 10 needed
        if (what == QLatin1String("reserved")) a.lot.reservations.push_back({QStringLiteral("other"), 1, QStringLiteral("L1"), 5});
        if (what == QLatin1String("product")) a.lot.productId = QStringLiteral("p2");
        f.lots.insert(QStringLiteral("a"), a);
        auto r = decideAllocate(o, {QDate(2026, 1, 5), {{1, QStringLiteral("a"), QStringLiteral("L1"), 10}}, {}}, f);
        QVERIFY(!r);
        QCOMPARE(r.refusal().code, code);
        QVERIFY2(r.refusal().message.contains(QLatin1String("TLC-a")), qPrintable(r.refusal().message));  // names the lot
        // Exactly at the boundary (10 days left) it is fine.
        if (what == QLatin1String("short")) {
            f.lots[QStringLiteral("a")].lot.expiry = QDate(2026, 1, 15);
            QVERIFY(decideAllocate(o, {QDate(2026, 1, 5), {{1, QStringLiteral("a"), QStringLiteral("L1"), 10}}, {}}, f));
        }
    }

    void nothingAllocatableIsRefusedWithTheReasons()
    {
        OrderState o = placed();
        o = applyTo(o, decideConfirm(o));
        AllocateOrder plan{QDate(2026, 1, 5), {}, {{1, QJsonArray{QJsonObject{{QStringLiteral("tlc"), QStringLiteral("L-42")}, {QStringLiteral("reason"), QStringLiteral("on quality hold")}}}}}};
        auto r = decideAllocate(o, plan, {});
        QCOMPARE(r.refusal().code, QStringLiteral("order.no_stock"));
        QVERIFY(r.refusal().message.contains(QLatin1String("SO-000001 line 1")));
        QVERIFY(r.refusal().message.contains(QLatin1String("L-42 on quality hold")));
    }

    void holdReleasesReservationsPure()
    {
        inventory::LotState lot = lotAt(QStringLiteral("a"), QDate(2026, 3, 1), 10).lot;
        lot.reservations = {{QStringLiteral("o1"), 1, QStringLiteral("L1"), 4}, {QStringLiteral("o2"), 2, QStringLiteral("L1"), 5}};
        // Whole lot: every reservation goes.
        NewEvents all = releaseForHold(lot, {QStringLiteral("h1"), QStringLiteral("H-1"), QStringLiteral("a"), {}, 0, 0});
        QCOMPARE(all.size(), size_t(4));
        qint64 released = 0;
        for (const NewEvent& e : all)
            if (e.type == QLatin1String("stock.released")) {
                released += e.payload.value(QLatin1String("quantity")).toInteger();
                QCOMPARE(e.payload.value(QLatin1String("reason")).toString(), QStringLiteral("hold"));
                QCOMPARE(e.payload.value(QLatin1String("hold_id")).toString(), QStringLiteral("h1"));
            }
        QCOMPARE(released, 9);
        // Holding 3 of 10 at L1: 7 stay free, so only 2 of the 9 reserved go — the latest order's.
        NewEvents part = releaseForHold(lot, {QStringLiteral("h2"), QStringLiteral("H-2"), QStringLiteral("a"), QStringLiteral("L1"), 3, 0});
        QCOMPARE(part.size(), size_t(2));
        QCOMPARE(part.front().payload.value(QLatin1String("order_id")).toString(), QStringLiteral("o2"));
        QCOMPARE(part.front().payload.value(QLatin1String("quantity")).toInteger(), 2);
        QCOMPARE(part.back().type, QStringLiteral("order.allocation_lost"));
        QCOMPARE(part.back().stream, orderStream(QStringLiteral("o2")));
        // A hold elsewhere takes nothing here.
        QVERIFY(releaseForHold(lot, {QStringLiteral("h3"), QStringLiteral("H-3"), QStringLiteral("a"), QStringLiteral("L2"), 0, 0}).empty());
    }

    // --- the pipeline on a real database ---------------------------------------------------
    void fullLifecycleWithFefoAcrossLots()
    {
        Shop w;
        QVERIFY(w.setUpShop());
        const QString late = w.receive(w.cheese, 30, w.shelfB, QDate(2026, 5, 1), QStringLiteral("LATE"));
        const QString early = w.receive(w.cheese, 8, w.shelfB, QDate(2026, 2, 1), QStringLiteral("EARLY"));
        const QString mid = w.receive(w.cheese, 5, w.shelfA, QDate(2026, 3, 1), QStringLiteral("MID"));
        const QString oid = w.order({{w.cheese, 20}});
        QVERIFY(w.on(QStringLiteral("AllocateOrder"), oid));
        OrderState o = w.state(oid);
        QCOMPARE(o.status, QStringLiteral("allocated"));
        QCOMPARE(o.line(1)->allocations.size(), size_t(3));
        QCOMPARE(o.line(1)->allocation(early, w.shelfB)->quantity, 8);  // FEFO: earliest first, split over lots
        QCOMPARE(o.line(1)->allocation(mid, w.shelfA)->quantity, 5);
        QCOMPARE(o.line(1)->allocation(late, w.shelfB)->quantity, 7);
        QCOMPARE(w.reserved(late), 7);
        // The projection and the folded stream agree.
        QCOMPARE(w.folded(oid).toJson(), o.toJson());

        // Pick list in walking order: Z-9 (sequence 10) before A-1 (70) despite the codes.
        const QList<PickRow> list = OrdersQueries(w.ws->database().sql()).pickList(oid);
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.first().locationCode, QStringLiteral("Z-9"));
        QCOMPARE(list.at(1).tlc, QStringLiteral("EARLY"));

        // A GS1 case barcode: GTIN of the cheese + lot EARLY.
        QVERIFY(w.on(QStringLiteral("ConfirmPick"), oid, {{QStringLiteral("scan"), QStringLiteral("]C10104006381333931") + QChar(29) + QStringLiteral("10EARLY")}}));
        QCOMPARE(w.state(oid).line(1)->picked(), 8);
        QCOMPARE(w.ship(oid).refusal().code, QStringLiteral("order.not_picked"));  // not everything picked yet
        QVERIFY(w.pickAll(oid));
        QCOMPARE(w.state(oid).status, QStringLiteral("picked"));

        auto shipped = w.ship(oid);
        QVERIFY2(shipped, qPrintable(shipped ? QString() : shipped.refusal().message));
        const Event& se = shipped->events.back();
        QCOMPARE(se.type, QStringLiteral("order.shipped"));
        const QJsonObject p = se.payload;
        QCOMPARE(p.value(QLatin1String("reference_document")).toString(), QStringLiteral("BOL-4411"));
        QVERIFY(p.value(QLatin1String("ship_from_location_description")).toString().contains(QLatin1String("Doremus Ave")));
        QVERIFY(p.value(QLatin1String("ship_to_location_description")).toString().contains(QLatin1String("5 Main St")));
        QCOMPARE(p.value(QLatin1String("ship_date")).toString(), QStringLiteral("2026-01-01"));
        const QJsonArray lines = p.value(QLatin1String("lines")).toArray();
        QCOMPARE(lines.size(), 3);
        qint64 total = 0;
        for (const QJsonValue& v : lines) {
            const QJsonObject l = v.toObject();
            total += l.value(QLatin1String("quantity")).toInteger();
            QVERIFY(!l.value(QLatin1String("tlc")).toString().isEmpty());
            QVERIFY(l.value(QLatin1String("tlc_source")).toString().contains(QLatin1String("Fromagerie A")));
            QCOMPARE(l.value(QLatin1String("tlc_source_reference")).toString(), QStringLiteral("GLN 3061234000027"));
            QCOMPARE(l.value(QLatin1String("unit")).toString(), QStringLiteral("each"));
            QCOMPARE(l.value(QLatin1String("product_description")).toString(), QStringLiteral("CHEESE"));
        }
        QCOMPARE(total, 20);
        // Stock deducted, reservations gone.
        inventory::InventoryQueries inv(w.ws->database().sql());
        QCOMPARE(inv.onHand(w.cheese), 23);
        QCOMPARE(inv.lot(late)->onHand, 23);
        QCOMPARE(w.reserved(late), 0);
        QCOMPARE(w.run(QStringLiteral("CancelOrder"), {{QStringLiteral("order_id"), oid}, {QStringLiteral("reason"), QStringLiteral("late")}}).refusal().code,
                 QStringLiteral("order.already_shipped"));
        QVERIFY(w.on(QStringLiteral("DeliverOrder"), oid, {{QStringLiteral("delivered_on"), QStringLiteral("2026-01-02")}}));
        QCOMPARE(w.state(oid).status, QStringLiteral("delivered"));
        QCOMPARE(OrdersQueries(w.ws->database().sql()).history(oid).size(), 8);  // placed, confirmed, allocated, 3 picks, shipped, delivered
        QVERIFY(w.consistent());  // projections rebuild to identical tables
    }

    void customerShelfLifeBoundary_data()
    {
        QTest::addColumn<int>("daysLeft");
        QTest::addColumn<bool>("allocated");
        QTest::newRow("one day short") << 29 << false;
        QTest::newRow("exactly the minimum") << 30 << true;
        QTest::newRow("one more") << 31 << true;
    }
    void customerShelfLifeBoundary()
    {
        QFETCH(int, daysLeft);
        QFETCH(bool, allocated);
        Shop w;
        QVERIFY(w.setUpShop(30));
        const QString lot = w.receive(w.cheese, 10, w.shelfA, QDate(2026, 1, 5).addDays(daysLeft), QStringLiteral("EDGE"));
        QVERIFY(!lot.isEmpty());
        const QString oid = w.order({{w.cheese, 10}});
        auto r = w.on(QStringLiteral("AllocateOrder"), oid);
        QCOMPARE(bool(r), allocated);
        if (!allocated) QCOMPARE(r.refusal().code, QStringLiteral("order.no_stock"));
        QCOMPARE(w.reserved(lot), allocated ? 10 : 0);
        // A lot picked by hand (not by FEFO) at the boundary is judged the same way.
        if (!allocated) {
            auto forced = w.on(QStringLiteral("AllocateOrder"), oid,
                               {{QStringLiteral("picks"), QJsonArray{QJsonObject{{QStringLiteral("line_no"), 1}, {QStringLiteral("lot_id"), lot},
                                                                                 {QStringLiteral("location_id"), w.shelfA}, {QStringLiteral("quantity"), 10}}}}});
            QCOMPARE(forced.refusal().code, QStringLiteral("order.shelf_life_short"));
        }
    }

    void partialAllocationLeavesAVisibleShortfall()
    {
        Shop w;
        QVERIFY(w.setUpShop());
        w.receive(w.cheese, 4, w.shelfA, QDate(2026, 3, 1), QStringLiteral("FEW"));
        const QString oid = w.order({{w.cheese, 10}});
        QVERIFY(w.on(QStringLiteral("AllocateOrder"), oid));
        QCOMPARE(w.state(oid).line(1)->shortfall(), 6);
        QSqlQuery q(w.ws->database().sql());
        QVERIFY(q.exec(QStringLiteral("SELECT needs_allocation, shortfall FROM orders")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 6);
        QCOMPARE(OrdersQueries(w.ws->database().sql()).count({QString(), QString(), true}), 1);
        // A second order finds nothing free: the stock is reserved.
        const QString other = w.order({{w.cheese, 1}});
        QCOMPARE(w.on(QStringLiteral("AllocateOrder"), other).refusal().code, QStringLiteral("order.no_stock"));
    }

    void holdAfterAllocationReleasesTheReservation()
    {
        Shop w;
        QVERIFY(w.setUpShop());
        const QString a = w.receive(w.cheese, 10, w.shelfA, QDate(2026, 3, 1), QStringLiteral("A"));
        const QString b = w.receive(w.cheese, 10, w.shelfA, QDate(2026, 4, 1), QStringLiteral("B"));
        const QString oid = w.order({{w.cheese, 6}});
        QVERIFY(w.on(QStringLiteral("AllocateOrder"), oid));
        QCOMPARE(w.reserved(a), 6);
        auto hold = w.ws->execute(w.qa(), QStringLiteral("PlaceHold"), {{QStringLiteral("lot_id"), a}, {QStringLiteral("reason"), QStringLiteral("Mould seen on a wheel")}});
        QVERIFY2(hold, qPrintable(hold ? QString() : hold.refusal().message));
        // Same transaction: the hold, the release on the lot stream and the order's event.
        QStringList types;
        for (const Event& e : hold->events) types << e.type;
        QCOMPARE(types, (QStringList{QStringLiteral("hold.placed"), QStringLiteral("stock.released"), QStringLiteral("order.allocation_lost")}));
        QCOMPARE(hold->events.at(1).payload.value(QLatin1String("reason")).toString(), QStringLiteral("hold"));
        QCOMPARE(w.reserved(a), 0);
        const OrderState o = w.state(oid);
        QVERIFY(o.needsAllocation());
        QCOMPARE(o.line(1)->lostToHolds, 6);
        QCOMPARE(o.line(1)->lostHoldNumbers, QStringList{QStringLiteral("H-1")});
        QCOMPARE(o.status, QStringLiteral("confirmed"));
        QVERIFY(OrdersQueries(w.ws->database().sql()).history(oid).last().summary.contains(QLatin1String("lost to hold H-1")));
        auto ship = w.ship(oid);
        QCOMPARE(ship.refusal().code, QStringLiteral("order.not_picked"));
        QVERIFY(ship.refusal().message.contains(QLatin1String("hold H-1")));
        // Held stock is never picked: scanning lot A now is refused.
        QVERIFY(!w.on(QStringLiteral("ConfirmPick"), oid, {{QStringLiteral("scan"), QStringLiteral("A")}}));
        // Re-allocation skips the held lot and takes B.
        QVERIFY(w.on(QStringLiteral("AllocateOrder"), oid));
        QCOMPARE(w.reserved(b), 6);
        QCOMPARE(w.state(oid).line(1)->allocations.front().lotId, b);
        QVERIFY(w.consistent());
    }

    // Stock that is gone (waste, a lower count) cannot stay reserved: what the location no
    // longer covers is released in the same transaction, the latest reservation first, and
    // the orders are told; waste of unreserved stock touches no order.
    void lossesReleaseWhatIsNoLongerThere()
    {
        Shop w;
        QVERIFY(w.setUpShop());
        const QString a = w.receive(w.cheese, 10, w.shelfA, QDate(2026, 3, 1), QStringLiteral("A"));
        const QString first = w.order({{w.cheese, 6}});
        QVERIFY(w.on(QStringLiteral("AllocateOrder"), first));
        const QString second = w.order({{w.cheese, 3}});
        QVERIFY(w.on(QStringLiteral("AllocateOrder"), second));
        QCOMPARE(w.reserved(a), 9);

        auto waste = w.run(QStringLiteral("RecordWaste"), {{QStringLiteral("lot_id"), a}, {QStringLiteral("location_id"), w.shelfA},
                                                            {QStringLiteral("quantity"), 3}, {QStringLiteral("reason"), QStringLiteral("damaged")}});
        QVERIFY2(waste, qPrintable(waste ? QString() : waste.refusal().message));
        QStringList types;
        for (const Event& e : waste->events) types << e.type;
        QCOMPARE(types, (QStringList{QStringLiteral("waste.recorded"), QStringLiteral("stock.released"), QStringLiteral("order.allocation_lost")}));
        QCOMPARE(waste->events.at(1).payload.value(QLatin1String("reason")).toString(), QStringLiteral("waste"));
        QCOMPARE(waste->events.at(1).payload.value(QLatin1String("quantity")).toInteger(), 2);  // 7 left cover 7 of the 9
        QCOMPARE(waste->events.at(2).payload.value(QLatin1String("order_id")).toString(), second);
        QCOMPARE(w.reserved(a), 7);
        QCOMPARE(w.state(second).line(1)->lostToHolds, 2);
        QVERIFY(w.state(second).needsAllocation());
        QVERIFY(!w.state(first).needsAllocation());
        QVERIFY(OrdersQueries(w.ws->database().sql()).history(second).last().summary.contains(QLatin1String("Allocation lost (stock wasted)")));

        // Counted 5: the second order's last unit and one of the first order's go.
        auto count = w.run(QStringLiteral("AdjustStock"), {{QStringLiteral("lot_id"), a}, {QStringLiteral("location_id"), w.shelfA},
                                                            {QStringLiteral("counted"), 5}, {QStringLiteral("reason"), QStringLiteral("count")}});
        QVERIFY2(count, qPrintable(count ? QString() : count.refusal().message));
        QCOMPARE(w.reserved(a), 5);
        QCOMPARE(w.state(second).line(1)->lostToHolds, 3);
        QCOMPARE(w.state(first).line(1)->lostToHolds, 1);
        QVERIFY(OrdersQueries(w.ws->database().sql()).history(first).last().summary.contains(QLatin1String("stock counted lower")));
        auto ship = w.ship(first);
        QCOMPARE(ship.refusal().code, QStringLiteral("order.not_picked"));
        QVERIFY2(ship.refusal().message.contains(QLatin1String("wasted or counted lower")), qPrintable(ship.refusal().message));

        // Unreserved stock: waste and a higher count leave the orders alone.
        const QString b = w.receive(w.cheese, 10, w.shelfB, QDate(2026, 4, 1), QStringLiteral("B"));
        auto other = w.run(QStringLiteral("RecordWaste"), {{QStringLiteral("lot_id"), b}, {QStringLiteral("location_id"), w.shelfB},
                                                            {QStringLiteral("quantity"), 2}, {QStringLiteral("reason"), QStringLiteral("expired")}});
        QVERIFY(other);
        for (const Event& e : other->events) QVERIFY(e.type != QLatin1String("stock.released"));
        auto found = w.run(QStringLiteral("AdjustStock"), {{QStringLiteral("lot_id"), a}, {QStringLiteral("location_id"), w.shelfA},
                                                            {QStringLiteral("counted"), 6}, {QStringLiteral("reason"), QStringLiteral("found")}});
        QVERIFY(found);
        QCOMPARE(found->events.size(), size_t(1));
        QCOMPARE(w.reserved(a), 5);
        QVERIFY(w.consistent());
    }

    void partialHoldTakesOnlyWhatIsNoLongerCovered()
    {
        Shop w;
        QVERIFY(w.setUpShop());
        const QString a = w.receive(w.cheese, 10, w.shelfA, QDate(2026, 3, 1), QStringLiteral("A"));
        const QString oid = w.order({{w.cheese, 6}});
        QVERIFY(w.on(QStringLiteral("AllocateOrder"), oid));
        QVERIFY(w.ws->execute(w.qa(), QStringLiteral("PlaceHold"),
                              {{QStringLiteral("lot_id"), a}, {QStringLiteral("location_id"), w.shelfA}, {QStringLiteral("quantity"), 3}, {QStringLiteral("reason"), QStringLiteral("dented")}}));
        QCOMPARE(w.reserved(a), 6);  // 7 unheld still cover the 6 reserved
        QVERIFY(w.ws->execute(w.qa(), QStringLiteral("PlaceHold"),
                              {{QStringLiteral("lot_id"), a}, {QStringLiteral("location_id"), w.shelfA}, {QStringLiteral("quantity"), 3}, {QStringLiteral("reason"), QStringLiteral("dented too")}}));
        QCOMPARE(w.reserved(a), 4);  // 4 unheld: 2 lost
        QCOMPARE(w.state(oid).line(1)->shortfall(), 2);
        QVERIFY(w.consistent());
    }

    void wrongLotScan()
    {
        Shop w;
        QVERIFY(w.setUpShop());
        const QString first = w.receive(w.cheese, 10, w.shelfA, QDate(2026, 3, 1), QStringLiteral("FIRST"));
        const QString twin = w.receive(w.cheese, 10, w.shelfB, QDate(2026, 3, 1), QStringLiteral("TWIN"));
        const QString later = w.receive(w.cheese, 10, w.shelfB, QDate(2026, 3, 20), QStringLiteral("LATER"));
        QVERIFY(!twin.isEmpty() && !later.isEmpty());
        const QString oid = w.order({{w.cheese, 4}});
        QVERIFY(w.on(QStringLiteral("AllocateOrder"), oid));
        QCOMPARE(w.reserved(first), 4);
        // Later expiry: refused with the reason, nothing written.
        const qint64 before = w.ws->store().count();
        auto wrong = w.on(QStringLiteral("ConfirmPick"), oid, {{QStringLiteral("scan"), QStringLiteral("LATER")}});
        QCOMPARE(wrong.refusal().code, QStringLiteral("order.fefo_violation"));
        QVERIFY(wrong.refusal().message.contains(QLatin1String("FIRST")));
        QVERIFY(wrong.refusal().message.contains(QLatin1String("2026-03-01")));
        QCOMPARE(w.ws->store().count(), before);
        // Same expiry: accepted and the allocation swapped.
        auto swapped = w.on(QStringLiteral("ConfirmPick"), oid, {{QStringLiteral("scan"), QStringLiteral("TWIN")}});
        QVERIFY2(swapped, qPrintable(swapped ? QString() : swapped.refusal().message));
        QCOMPARE(w.reserved(first), 0);
        QCOMPARE(w.reserved(twin), 4);
        const OrderState o = w.state(oid);
        QCOMPARE(o.line(1)->allocations.size(), size_t(1));
        QCOMPARE(o.line(1)->allocations.front().lotId, twin);
        QCOMPARE(o.status, QStringLiteral("picked"));
        // Another product's lot is refused.
        const QString fish = w.receive(w.salmon, 500, w.shelfA, QDate(2026, 1, 6), QStringLiteral("FISH"));
        QVERIFY(!fish.isEmpty());
        QCOMPARE(w.on(QStringLiteral("ConfirmPick"), oid, {{QStringLiteral("scan"), QStringLiteral("FISH")}}).refusal().code, QStringLiteral("order.wrong_product"));
        QVERIFY(w.ship(oid));
        QVERIFY(w.consistent());
    }

    void shortPickRaisesAnException_data()
    {
        QTest::addColumn<QString>("resolution");
        QTest::newRow("backorder") << "backorder";
        QTest::newRow("cancel line") << "cancel_line";
        QTest::newRow("reallocate") << "reallocate";
    }
    void shortPickRaisesAnException()
    {
        QFETCH(QString, resolution);
        Shop w;
        QVERIFY(w.setUpShop());
        const QString a = w.receive(w.cheese, 10, w.shelfA, QDate(2026, 3, 1), QStringLiteral("A"));
        const QString b = w.receive(w.cheese, 10, w.shelfB, QDate(2026, 4, 1), QStringLiteral("B"));
        const QString oid = w.order({{w.cheese, 8}, {w.greens, 1}});
        w.receive(w.greens, 5, w.shelfA, QDate(2026, 1, 14), QStringLiteral("G"));
        QVERIFY(w.on(QStringLiteral("AllocateOrder"), oid));
        QVERIFY(w.pickAll(oid));
        // Undo-free short pick needs an unpicked allocation: a fresh order.
        const QString oid2 = w.order({{w.cheese, 2}});
        QVERIFY(w.on(QStringLiteral("AllocateOrder"), oid2));
        QCOMPARE(w.reserved(a), 10);
        auto shorted = w.ws->execute(w.operatorUser(), QStringLiteral("ReportShortPick"),
                                     {{QStringLiteral("order_id"), oid2}, {QStringLiteral("line_no"), 1}, {QStringLiteral("lot_id"), a},
                                      {QStringLiteral("location_id"), w.shelfA}, {QStringLiteral("found"), 1}});
        QVERIFY2(shorted, qPrintable(shorted ? QString() : shorted.refusal().message));
        QCOMPARE(w.reserved(a), 9);
        OrderState o = w.state(oid2);
        QVERIFY(o.hasException());
        QCOMPARE(w.ship(oid2).refusal().code, QStringLiteral("order.exception_open"));
        QCOMPARE(w.on(QStringLiteral("AllocateOrder"), oid2).refusal().code, QStringLiteral("order.exception_open"));
        // Only the manager resolves it.
        QCOMPARE(w.ws->execute(w.operatorUser(), QStringLiteral("ResolvePickException"),
                               {{QStringLiteral("order_id"), oid2}, {QStringLiteral("line_no"), 1}, {QStringLiteral("resolution"), resolution}})
                     .refusal()
                     .code,
                 QStringLiteral("auth.forbidden"));
        auto resolved = w.on(QStringLiteral("ResolvePickException"), oid2, {{QStringLiteral("line_no"), 1}, {QStringLiteral("resolution"), resolution}});
        QVERIFY2(resolved, qPrintable(resolved ? QString() : resolved.refusal().message));
        o = w.state(oid2);
        QVERIFY(!o.hasException());
        if (resolution == QLatin1String("backorder")) {
            QCOMPARE(o.line(1)->backordered, 1);
            QCOMPARE(o.status, QStringLiteral("picked"));
            QVERIFY(w.ship(oid2));
        } else if (resolution == QLatin1String("cancel_line")) {
            QVERIFY(o.line(1)->cancelled);
            QCOMPARE(w.reserved(a), 8);  // the picked one went back too
            QCOMPARE(w.ship(oid2).refusal().code, QStringLiteral("order.nothing_to_ship"));
        } else {
            QCOMPARE(w.reserved(b), 1);  // the missing one comes from the next lot by FEFO
            QVERIFY(w.pickAll(oid2));
            QVERIFY(w.ship(oid2));
        }
        QVERIFY(w.ship(oid));
        QVERIFY(w.consistent());
    }

    void cancelReleasesReservations()
    {
        Shop w;
        QVERIFY(w.setUpShop());
        const QString a = w.receive(w.cheese, 10, w.shelfA, QDate(2026, 3, 1), QStringLiteral("A"));
        const QString oid = w.order({{w.cheese, 6}});
        QVERIFY(w.on(QStringLiteral("AllocateOrder"), oid));
        QCOMPARE(w.reserved(a), 6);
        // Reserved stock stays put.
        QCOMPARE(w.run(QStringLiteral("MoveStock"), {{QStringLiteral("lot_id"), a}, {QStringLiteral("from_location_id"), w.shelfA},
                                                     {QStringLiteral("to_location_id"), w.shelfB}, {QStringLiteral("quantity"), 5}})
                     .refusal()
                     .code,
                 QStringLiteral("inventory.reserved_move"));
        QVERIFY(w.on(QStringLiteral("CancelOrder"), oid, {{QStringLiteral("reason"), QStringLiteral("Customer called")}}));
        QCOMPARE(w.reserved(a), 0);
        QCOMPARE(w.state(oid).status, QStringLiteral("cancelled"));
        QCOMPARE(w.on(QStringLiteral("DeliverOrder"), oid).refusal().code, QStringLiteral("order.not_shipped"));
        QVERIFY(w.consistent());
    }

    void permissionsAreEnforcedInTheCore()
    {
        Shop w;
        QVERIFY(w.setUpShop());
        auto r = w.ws->execute(w.operatorUser(), QStringLiteral("PlaceOrder"),
                               {{QStringLiteral("customer_code"), QStringLiteral("CUS-1")},
                                {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("product_id"), w.cheese}, {QStringLiteral("quantity"), 1}}}}});
        QCOMPARE(r.refusal().code, QStringLiteral("auth.forbidden"));
        auto unknown = w.run(QStringLiteral("PlaceOrder"), {{QStringLiteral("customer_code"), QStringLiteral("CUS-1")},
                                                            {QStringLiteral("lines"), QJsonArray{}},
                                                            {QStringLiteral("colour"), QStringLiteral("red")}});
        QVERIFY(!unknown);  // unknown fields are refused
        QCOMPARE(unknown.refusal().code.left(8), QStringLiteral("payload."));
    }
};

QTEST_GUILESS_MAIN(TstOrders)
#include "tst_orders.moc"

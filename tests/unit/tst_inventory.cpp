// Inventory & receiving through the pipeline on a real database: FSMA receiving KDEs,
// lot codes, capacity, moves, counts, waste, split, transformation and the policies.
#include "inventory/inventory.h"
#include "inventory/inventorymodule.h"
#include "inventoryfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace tracelot;
using namespace tracelot::inventory;

namespace {
const QDate kExpiry(2026, 3, 1);
QJsonObject receipt(const test::Warehouse& w)
{
    return {{QStringLiteral("product_id"), w.cheese},
            {QStringLiteral("quantity"), 40},
            {QStringLiteral("supplier_id"), w.supplierA},
            {QStringLiteral("location_id"), w.dock},
            {QStringLiteral("received_on"), QStringLiteral("2026-01-01")},
            {QStringLiteral("reference_document_type"), QStringLiteral("bill_of_lading")},
            {QStringLiteral("reference_document_number"), QStringLiteral("BOL-778")},
            {QStringLiteral("expiry"), QStringLiteral("2026-03-01")},
            {QStringLiteral("production_date"), QStringLiteral("2025-12-20")},
            {QStringLiteral("temperature_c"), QStringLiteral("3.4")},
            {QStringLiteral("tlc"), QStringLiteral("  L-0329/b ")}};
}
}  // namespace

class TstInventory : public QObject {
    Q_OBJECT
private slots:
    void receivingRecordsEveryKeyDataElement()
    {
        test::Warehouse w;
        QVERIFY(w.setUp());
        auto r = w.run(QStringLiteral("ReceiveLot"), receipt(w));
        QVERIFY2(r, r ? "" : qPrintable(r.refusal().message));
        const QJsonObject p = r->events.front().payload;
        QCOMPARE(r->events.front().type, QStringLiteral("lot.received"));
        QCOMPARE(p.value(QLatin1String("tlc")).toString(), QStringLiteral("  L-0329/b "));  // kept exactly as received
        QCOMPARE(p.value(QLatin1String("tlc_assigned")).toBool(), false);
        QCOMPARE(p.value(QLatin1String("quantity")).toInteger(), 40);
        QCOMPARE(p.value(QLatin1String("unit")).toString(), QStringLiteral("each"));
        QCOMPARE(p.value(QLatin1String("product_description")).toString(), QStringLiteral("CHEESE"));
        QVERIFY(p.value(QLatin1String("tlc_source")).toString().contains(QLatin1String("Fromagerie A")));
        QCOMPARE(p.value(QLatin1String("tlc_source_reference")).toString(), QStringLiteral("GLN 3061234000027"));
        QVERIFY(p.value(QLatin1String("previous_source")).toString().contains(QLatin1String("1 rue A")));
        QCOMPARE(p.value(QLatin1String("location_description")).toString(), QStringLiteral("DOCK (DOCK)"));
        QCOMPARE(p.value(QLatin1String("received_on")).toString(), QStringLiteral("2026-01-01"));
        QCOMPARE(p.value(QLatin1String("reference_document_type")).toString(), QStringLiteral("bill_of_lading"));
        QCOMPARE(p.value(QLatin1String("reference_document_number")).toString(), QStringLiteral("BOL-778"));
        QCOMPARE(p.value(QLatin1String("expiry")).toString(), QStringLiteral("2026-03-01"));
        QCOMPARE(p.value(QLatin1String("production_date")).toString(), QStringLiteral("2025-12-20"));
        QCOMPARE(p.value(QLatin1String("temperature_c")).toString(), QStringLiteral("3.4"));
        QCOMPARE(p.value(QLatin1String("gtin")).toString(), QStringLiteral("04006381333931"));
        InventoryQueries q(w.ws->database().sql());
        QCOMPARE(q.onHand(w.cheese), 40);
        QCOMPARE(q.occupied(w.dock), 40);
    }

    void scanByGtinAndCodes()
    {
        test::Warehouse w;
        QVERIFY(w.setUp());
        QJsonObject p = receipt(w);
        p.remove(QStringLiteral("product_id"));
        p.remove(QStringLiteral("supplier_id"));
        p.remove(QStringLiteral("location_id"));
        p.insert(QStringLiteral("gtin"), QStringLiteral("04006381333931"));
        p.insert(QStringLiteral("supplier_code"), QStringLiteral("sup-a"));
        p.insert(QStringLiteral("location_code"), QStringLiteral("dock"));
        auto r = w.run(QStringLiteral("ReceiveLot"), p);
        QVERIFY2(r, r ? "" : qPrintable(r.refusal().message));
        QCOMPARE(r->events.front().payload.value(QLatin1String("product_id")).toString(), w.cheese);
        p.insert(QStringLiteral("gtin"), QStringLiteral("07032069804988"));
        auto unknown = w.run(QStringLiteral("ReceiveLot"), p);
        QVERIFY(!unknown);
        QCOMPARE(unknown.refusal().code, QStringLiteral("inventory.gtin_unknown"));
    }

    void tracelotAssignsLotCodeWhenSupplierGaveNone()
    {
        test::Warehouse w;
        QVERIFY(w.setUp());
        QJsonObject p = receipt(w);
        p.remove(QStringLiteral("tlc"));
        auto r = w.run(QStringLiteral("ReceiveLot"), p);
        QVERIFY(r);
        const QJsonObject e = r->events.front().payload;
        QVERIFY(e.value(QLatin1String("tlc_assigned")).toBool());
        QVERIFY(e.value(QLatin1String("tlc")).toString().startsWith(QLatin1String("TL260101-")));
        QVERIFY(e.value(QLatin1String("tlc_source")).toString().contains(QLatin1String("Tracelot Fine Foods")));  // the receiving site

        test::Warehouse bare;
        QVERIFY(bare.setUp(false));
        QJsonObject q = receipt(bare);
        q.remove(QStringLiteral("tlc"));
        auto refused = bare.run(QStringLiteral("ReceiveLot"), q);
        QVERIFY(!refused);
        QCOMPARE(refused.refusal().code, QStringLiteral("inventory.site_undescribed"));
    }

    void lotCodeUniquePerProductAndSupplier()
    {
        test::Warehouse w;
        QVERIFY(w.setUp());
        QVERIFY(!w.receive(w.cheese, 5, w.dock, kExpiry, QStringLiteral("L1")).isEmpty());
        const QStringList before = test::snapshot(*w.ws);
        auto again = w.run(QStringLiteral("ReceiveLot"), QJsonObject{{QStringLiteral("product_id"), w.cheese}, {QStringLiteral("quantity"), 5},
                                                                     {QStringLiteral("supplier_id"), w.supplierA}, {QStringLiteral("location_id"), w.dock},
                                                                     {QStringLiteral("received_on"), QStringLiteral("2026-01-02")},
                                                                     {QStringLiteral("reference_document_type"), QStringLiteral("po")},
                                                                     {QStringLiteral("reference_document_number"), QStringLiteral("PO-2")},
                                                                     {QStringLiteral("expiry"), QStringLiteral("2026-03-01")}, {QStringLiteral("tlc"), QStringLiteral("L1")}});
        QVERIFY(!again);
        QCOMPARE(again.refusal().code, QStringLiteral("inventory.lot_code_taken"));
        QCOMPARE(test::snapshot(*w.ws), before);
        QVERIFY(!w.receive(w.cheese, 5, w.dock, kExpiry, QStringLiteral("L1"), w.supplierB).isEmpty());  // other supplier: fine
        QVERIFY(!w.receive(w.salmon, 5, w.dock, kExpiry, QStringLiteral("L1")).isEmpty());               // other product: fine
    }

    void receivingRefusals_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("expiry on receive date") << "expiry" << QJsonValue(QStringLiteral("2026-01-01")) << "inventory.expiry_not_after_receipt";
        QTest::newRow("expiry before receipt") << "expiry" << QJsonValue(QStringLiteral("2025-12-31")) << "inventory.expiry_not_after_receipt";
        QTest::newRow("wrong unit") << "unit" << QJsonValue(QStringLiteral("kg")) << "inventory.unit_mismatch";
        QTest::newRow("zero quantity") << "quantity" << QJsonValue(0) << "inventory.quantity_invalid";
        QTest::newRow("bad date") << "expiry" << QJsonValue(QStringLiteral("2026-02-30")) << "inventory.date_invalid";
        QTest::newRow("no document number") << "reference_document_number" << QJsonValue(QStringLiteral(" ")) << "inventory.reference_missing";
        QTest::newRow("production after receipt") << "production_date" << QJsonValue(QStringLiteral("2026-01-05")) << "inventory.production_after_receipt";
        QTest::newRow("unknown location code") << "location_code" << QJsonValue(QStringLiteral("NOPE")) << "inventory.location_unknown";
    }
    void receivingRefusals()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        test::Warehouse w;
        QVERIFY(w.setUp());
        QJsonObject p = receipt(w);
        if (field == QLatin1String("location_code")) p.remove(QStringLiteral("location_id"));
        p.insert(field, value);
        const QStringList before = test::snapshot(*w.ws);
        auto r = w.run(QStringLiteral("ReceiveLot"), p);
        QVERIFY(!r);
        QCOMPARE(r.refusal().code, code);
        QCOMPARE(test::snapshot(*w.ws), before);
    }

    void expiryFromProductionDateAndShelfLife()
    {
        test::Warehouse w;
        QVERIFY(w.setUp());
        QJsonObject p = receipt(w);
        p.remove(QStringLiteral("expiry"));
        auto r = w.run(QStringLiteral("ReceiveLot"), p);
        QVERIFY(r);
        QCOMPARE(r->events.front().payload.value(QLatin1String("expiry")).toString(), QStringLiteral("2026-02-18"));  // 2025-12-20 + 60 days
    }

    void capacityIsEnforced()
    {
        test::Warehouse w;
        QVERIFY(w.setUp());
        QVERIFY(!w.receive(w.cheese, 90, w.pick, kExpiry).isEmpty());  // pick face holds 100
        const QString lot = w.receive(w.cheese, 50, w.dock, kExpiry, QStringLiteral("L2"));
        auto over = w.run(QStringLiteral("MoveStock"), {{QStringLiteral("lot_id"), lot}, {QStringLiteral("from_location_id"), w.dock},
                                                        {QStringLiteral("to_location_id"), w.pick}, {QStringLiteral("quantity"), 11}});
        QVERIFY(!over);
        QCOMPARE(over.refusal().code, QStringLiteral("inventory.capacity_exceeded"));
        QVERIFY2(over.refusal().message.contains(QLatin1String("room for 10")), qPrintable(over.refusal().message));
        QVERIFY(w.run(QStringLiteral("MoveStock"), {{QStringLiteral("lot_id"), lot}, {QStringLiteral("from_location_id"), w.dock},
                                                    {QStringLiteral("to_location_id"), w.pick}, {QStringLiteral("quantity"), 10}}));
        QCOMPARE(InventoryQueries(w.ws->database().sql()).occupied(w.pick), 100);
        auto receiveOver = w.run(QStringLiteral("ReceiveLot"), QJsonObject{{QStringLiteral("product_id"), w.cheese}, {QStringLiteral("quantity"), 1},
                                                                           {QStringLiteral("supplier_id"), w.supplierA}, {QStringLiteral("location_id"), w.pick},
                                                                           {QStringLiteral("reference_document_type"), QStringLiteral("po")},
                                                                           {QStringLiteral("reference_document_number"), QStringLiteral("PO-9")},
                                                                           {QStringLiteral("received_on"), QStringLiteral("2026-01-01")},
                                                                           {QStringLiteral("expiry"), QStringLiteral("2026-03-01")}});
        QCOMPARE(receiveOver.refusal().code, QStringLiteral("inventory.capacity_exceeded"));
    }

    void movesNeverGoBelowZero()
    {
        test::Warehouse w;
        QVERIFY(w.setUp());
        const QString lot = w.receive(w.cheese, 10, w.dock, kExpiry);
        auto r = w.run(QStringLiteral("MoveStock"), {{QStringLiteral("lot_id"), lot}, {QStringLiteral("from_location_code"), QStringLiteral("DOCK")},
                                                     {QStringLiteral("to_location_code"), QStringLiteral("CR")}, {QStringLiteral("quantity"), 11}});
        QVERIFY(!r);
        QCOMPARE(r.refusal().code, QStringLiteral("inventory.insufficient_stock"));
        QVERIFY(r.refusal().message.contains(QLatin1String("only 10")));
        QVERIFY(w.run(QStringLiteral("MoveStock"), {{QStringLiteral("lot_id"), lot}, {QStringLiteral("from_location_code"), QStringLiteral("DOCK")},
                                                    {QStringLiteral("to_location_code"), QStringLiteral("CR")}, {QStringLiteral("quantity"), 10}}));
        const auto stock = InventoryQueries(w.ws->database().sql()).stockOf(lot);
        QCOMPARE(stock.size(), 1);  // the empty dock row is gone
        QCOMPARE(stock.first().locationCode, QStringLiteral("CR"));
    }

    void expiredStockOnlyToQuarantineOrWaste()
    {
        test::Warehouse w;
        QVERIFY(w.setUp());
        const QString lot = w.receive(w.cheese, 10, w.cold, QDate(2026, 1, 5));
        w.clock->set(QDateTime(QDate(2026, 1, 10), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());  // five days after expiry
        auto toPick = w.run(QStringLiteral("MoveStock"), {{QStringLiteral("lot_id"), lot}, {QStringLiteral("from_location_id"), w.cold},
                                                          {QStringLiteral("to_location_id"), w.pick}, {QStringLiteral("quantity"), 2}});
        QVERIFY(!toPick);
        QCOMPARE(toPick.refusal().code, QStringLiteral("inventory.expired_move"));
        QVERIFY(w.run(QStringLiteral("MoveStock"), {{QStringLiteral("lot_id"), lot}, {QStringLiteral("from_location_id"), w.cold},
                                                    {QStringLiteral("to_location_id"), w.quarantine}, {QStringLiteral("quantity"), 2}}));
        QVERIFY(w.run(QStringLiteral("RecordWaste"), {{QStringLiteral("lot_id"), lot}, {QStringLiteral("location_id"), w.quarantine},
                                                      {QStringLiteral("quantity"), 2}, {QStringLiteral("reason"), QStringLiteral("expired")}}));
    }

    void countsAndWasteTriggerStockPolicies()
    {
        test::Warehouse w;
        QVERIFY(w.setUp());
        const QString lot = w.receive(w.cheese, 25, w.cold, kExpiry);  // reorder point 20
        auto count = w.run(QStringLiteral("AdjustStock"), {{QStringLiteral("lot_id"), lot}, {QStringLiteral("location_id"), w.cold},
                                                           {QStringLiteral("counted"), 19}, {QStringLiteral("reason"), QStringLiteral("count")}});
        QVERIFY(count);
        QCOMPARE(count->events.size(), size_t(2));
        QCOMPARE(count->events[0].payload.value(QLatin1String("delta")).toInteger(), -6);
        QCOMPARE(count->events[1].type, QStringLiteral("reorder.triggered"));
        QCOMPARE(count->events[1].payload.value(QLatin1String("on_hand")).toInteger(), 19);
        auto same = w.run(QStringLiteral("AdjustStock"), {{QStringLiteral("lot_id"), lot}, {QStringLiteral("location_id"), w.cold},
                                                          {QStringLiteral("counted"), 19}, {QStringLiteral("reason"), QStringLiteral("count")}});
        QCOMPARE(same.refusal().code, QStringLiteral("inventory.no_change"));
        auto bad = w.run(QStringLiteral("RecordWaste"), {{QStringLiteral("lot_id"), lot}, {QStringLiteral("location_id"), w.cold},
                                                         {QStringLiteral("quantity"), 20}, {QStringLiteral("reason"), QStringLiteral("damaged")}});
        QCOMPARE(bad.refusal().code, QStringLiteral("inventory.insufficient_stock"));
        auto all = w.run(QStringLiteral("RecordWaste"), {{QStringLiteral("lot_id"), lot}, {QStringLiteral("location_id"), w.cold},
                                                         {QStringLiteral("quantity"), 19}, {QStringLiteral("reason"), QStringLiteral("damaged")}});
        QVERIFY(all);
        QCOMPARE(all->events.back().type, QStringLiteral("stock.out_of_stock"));  // no second reorder: already below
        QCOMPARE(all->events.size(), size_t(2));
        QCOMPARE(InventoryQueries(w.ws->database().sql()).onHand(w.cheese), 0);
    }

    void splitKeepsTheLotCode()
    {
        test::Warehouse w;
        QVERIFY(w.setUp());
        const QString lot = w.receive(w.cheese, 10, w.cold, kExpiry, QStringLiteral("SPLIT-ME"));
        auto r = w.run(QStringLiteral("SplitLot"), {{QStringLiteral("lot_id"), lot}, {QStringLiteral("location_id"), w.cold}, {QStringLiteral("quantity"), 4}});
        QVERIFY2(r, r ? "" : qPrintable(r.refusal().message));
        const QString child = r->events.front().payload.value(QLatin1String("new_lot_id")).toString();
        InventoryQueries q(w.ws->database().sql());
        QCOMPARE(q.lot(child)->tlc, QStringLiteral("SPLIT-ME"));
        QCOMPARE(q.lot(child)->onHand, 4);
        QCOMPARE(q.lot(lot)->onHand, 6);
        QCOMPARE(q.lot(child)->expiry, kExpiry);
        auto whole = w.run(QStringLiteral("SplitLot"), {{QStringLiteral("lot_id"), lot}, {QStringLiteral("location_id"), w.cold}, {QStringLiteral("quantity"), 6}});
        QCOMPARE(whole.refusal().code, QStringLiteral("inventory.split_everything"));
    }

    void transformationRecordsInputsAndOutput()
    {
        test::Warehouse w;
        QVERIFY(w.setUp());
        const QString a = w.receive(w.greens, 10, w.cold, QDate(2026, 1, 12), QStringLiteral("G-A"));
        const QString b = w.receive(w.greens, 8, w.cold, QDate(2026, 1, 9), QStringLiteral("G-B"));
        QJsonArray inputs{QJsonObject{{QStringLiteral("lot_id"), a}, {QStringLiteral("location_code"), QStringLiteral("CR")}, {QStringLiteral("quantity"), 6}},
                          QJsonObject{{QStringLiteral("lot_id"), b}, {QStringLiteral("location_code"), QStringLiteral("CR")}, {QStringLiteral("quantity"), 8}}};
        QJsonObject cmd{{QStringLiteral("kind"), QStringLiteral("merge")}, {QStringLiteral("inputs"), inputs},
                        {QStringLiteral("output_product_code"), QStringLiteral("GREENS")}, {QStringLiteral("output_quantity"), 14},
                        {QStringLiteral("output_location_code"), QStringLiteral("CR")}, {QStringLiteral("transformed_on"), QStringLiteral("2026-01-03")}};
        QJsonObject late = cmd;
        late.insert(QStringLiteral("expiry"), QStringLiteral("2026-01-10"));
        QCOMPARE(w.run(QStringLiteral("TransformLots"), late).refusal().code, QStringLiteral("inventory.expiry_after_inputs"));
        auto r = w.run(QStringLiteral("TransformLots"), cmd);
        QVERIFY2(r, r ? "" : qPrintable(r.refusal().message));
        QCOMPARE(r->events.size(), size_t(3));
        QCOMPARE(r->events[0].type, QStringLiteral("lot.transformed"));
        QCOMPARE(r->events[0].payload.value(QLatin1String("quantity")).toInteger(), 6);
        QCOMPARE(r->events[1].payload.value(QLatin1String("quantity")).toInteger(), 8);
        const QJsonObject created = r->events[2].payload;
        QCOMPARE(r->events[2].type, QStringLiteral("lot.created"));
        QCOMPARE(created.value(QLatin1String("expiry")).toString(), QStringLiteral("2026-01-09"));  // earliest input
        QVERIFY(created.value(QLatin1String("tlc")).toString().startsWith(QLatin1String("TL260103-")));  // a new TLC
        QCOMPARE(created.value(QLatin1String("inputs")).toArray().size(), 2);
        QCOMPARE(created.value(QLatin1String("inputs")).toArray()[1].toObject().value(QLatin1String("tlc")).toString(), QStringLiteral("G-B"));
        InventoryQueries q(w.ws->database().sql());
        QCOMPARE(q.lot(a)->onHand, 4);
        QCOMPARE(q.lot(b)->onHand, 0);
        QCOMPARE(q.onHand(w.greens), 18);  // 4 + 0 + 14
        QCOMPARE(q.occupied(w.cold), 18);
    }

    void operatorsCannotTransform()
    {
        test::Warehouse w;
        QVERIFY(w.setUp());
        const Actor op = w.user(QStringLiteral("otto"), {QStringLiteral("warehouse_operator")});
        const QString a = w.receive(w.greens, 10, w.cold, QDate(2026, 1, 12));
        auto r = w.ws->execute(op, QStringLiteral("TransformLots"),
                               {{QStringLiteral("kind"), QStringLiteral("repack")},
                                {QStringLiteral("inputs"), QJsonArray{QJsonObject{{QStringLiteral("lot_id"), a}, {QStringLiteral("location_id"), w.cold}, {QStringLiteral("quantity"), 2}}}},
                                {QStringLiteral("output_product_id"), w.greens}, {QStringLiteral("output_quantity"), 2}, {QStringLiteral("output_location_id"), w.cold}});
        QCOMPARE(r.refusal().code, QStringLiteral("auth.forbidden"));
        QVERIFY(w.ws->execute(op, QStringLiteral("MoveStock"), {{QStringLiteral("lot_id"), a}, {QStringLiteral("from_location_id"), w.cold},
                                                                {QStringLiteral("to_location_id"), w.pick}, {QStringLiteral("quantity"), 2}}));
    }

    void expiryWarningsOncePerLot()
    {
        test::Warehouse w;
        QVERIFY(w.setUp());
        const QString soon = w.receive(w.cheese, 5, w.cold, QDate(2026, 1, 8), QStringLiteral("SOON"));   // 5-day window
        const QString later = w.receive(w.cheese, 5, w.cold, QDate(2026, 2, 8), QStringLiteral("LATER"));
        auto r = w.run(QStringLiteral("RecordExpiryWarnings"), {{QStringLiteral("as_of"), QStringLiteral("2026-01-03")}});
        QVERIFY2(r, r ? "" : qPrintable(r.refusal().message));
        QCOMPARE(r->events.size(), size_t(1));
        QCOMPARE(r->events.front().payload.value(QLatin1String("lot_id")).toString(), soon);
        QCOMPARE(r->events.front().payload.value(QLatin1String("days_left")).toInteger(), 5);
        QCOMPARE(w.run(QStringLiteral("RecordExpiryWarnings"), {{QStringLiteral("as_of"), QStringLiteral("2026-01-03")}}).refusal().code,
                 QStringLiteral("inventory.no_warning"));
        Q_UNUSED(later);
    }

    void fefoCandidatesFromTheDatabase()
    {
        test::Warehouse w;
        QVERIFY(w.setUp());
        w.receive(w.cheese, 5, w.cold, QDate(2026, 2, 10), QStringLiteral("LATE"));
        w.receive(w.cheese, 5, w.cold, QDate(2026, 1, 20), QStringLiteral("EARLY"));
        w.receive(w.cheese, 5, w.cold, QDate(2026, 1, 3), QStringLiteral("SHORT"));  // too short for a 2026-01-01 ship date with 3 days
        const QString q1 = w.receive(w.cheese, 5, w.quarantine, QDate(2026, 1, 25), QStringLiteral("QUAR"));
        InventoryQueries q(w.ws->database().sql());
        const auto candidates = q.fefoCandidates(w.cheese, QDate(2026, 1, 1), 3, 8);
        const FefoPlan plan = allocateFefo(candidates, {8, QDate(2026, 1, 1), 3, 0});
        QCOMPARE(plan.picks.size(), size_t(2));
        QCOMPARE(plan.picks[0].tlc, QStringLiteral("EARLY"));
        QCOMPARE(plan.picks[1].tlc, QStringLiteral("LATE"));
        QCOMPARE(plan.picks[1].quantity, 3);
        QCOMPARE(plan.skipped.size(), size_t(1));  // the quarantined lot, with its reason
        QCOMPARE(plan.skipped.front().lotId, q1);
    }

    void lotListFiltersAndExpiryBoard()
    {
        test::Warehouse w;
        QVERIFY(w.setUp());
        w.receive(w.cheese, 5, w.cold, QDate(2026, 1, 5), QStringLiteral("A1"));
        w.receive(w.cheese, 5, w.cold, QDate(2026, 1, 20), QStringLiteral("A2"));
        w.receive(w.salmon, 500, w.freezer, QDate(2026, 3, 20), QStringLiteral("S1"));
        InventoryQueries q(w.ws->database().sql());
        LotFilter f;
        f.today = QDate(2026, 1, 10);
        QCOMPARE(q.countLots(f), 3);
        f.productId = w.cheese;
        QCOMPARE(q.countLots(f), 2);
        f.status = QStringLiteral("expired");
        QCOMPARE(q.countLots(f), 1);
        f = LotFilter{};
        f.today = QDate(2026, 1, 10);
        f.search = QStringLiteral("salm");
        QCOMPARE(q.lots(f, 0, 10).first().tlc, QStringLiteral("S1"));
        f.search.clear();
        f.locationId = w.freezer;
        QCOMPARE(q.countLots(f), 1);
        const ExpiryBoard b = q.expiryBoard(QDate(2026, 1, 10));
        QCOMPARE(b.expired, 1);
        QCOMPARE(b.within30, 1);
        QCOMPARE(b.later, 1);
        QCOMPARE(b.within7, 0);
    }

    void rebuildAndVerifyAfterInventoryWork()
    {
        test::Warehouse w;
        QVERIFY(w.setUp());
        const QString lot = w.receive(w.cheese, 30, w.dock, kExpiry);
        QVERIFY(w.run(QStringLiteral("MoveStock"), {{QStringLiteral("lot_id"), lot}, {QStringLiteral("from_location_id"), w.dock},
                                                    {QStringLiteral("to_location_id"), w.cold}, {QStringLiteral("quantity"), 20}}));
        QVERIFY(w.run(QStringLiteral("SplitLot"), {{QStringLiteral("lot_id"), lot}, {QStringLiteral("location_id"), w.cold}, {QStringLiteral("quantity"), 5}}));
        const QStringList before = test::snapshot(*w.ws);
        QVERIFY(w.ws->rebuild());
        QCOMPARE(test::snapshot(*w.ws), before);
        QVERIFY2(w.ws->verify().ok(), qPrintable(w.ws->verify().text()));
    }
};

QTEST_GUILESS_MAIN(TstInventory)
#include "tst_inventory.moc"

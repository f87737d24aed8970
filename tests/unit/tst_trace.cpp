// Genealogy and trace on a hand-built genealogy (see tst_tracefixture.h): chains of splits,
// a merge of two lots, a repack of the merge, a lot shipped to the same customer twice,
// a return; forward and backward traces, TLC lookups, and rebuild equality.
#include "traceability/genealogy.h"
#include "tst_tracefixture.h"

#include <QMap>
#include <QSet>
#include <tuple>

using namespace tracelot;
using namespace tracelot::traceability;

namespace {
QSet<QString> lotSet(const Trace& t)
{
    QSet<QString> s;
    for (const TraceLot& l : t.lots) s.insert(l.lotId);
    return s;
}
QStringList shipmentKeys(const Trace& t)
{
    QStringList out;
    for (const TraceShipment& s : t.shipments) out << QStringLiteral("%1/%2 %3 x%4 %5").arg(s.orderId).arg(s.lineNo).arg(s.customerName).arg(s.quantity).arg(s.shipDate.toString(Qt::ISODate));
    out.sort();
    return out;
}
}  // namespace

class TstTrace : public QObject {
    Q_OBJECT

private slots:
    void forwardFromReceivedLotFollowsSplitsAndTransformations()
    {
        test::Genealogy g;
        QVERIFY(g.build());
        const Trace t = TraceQueries(g.ws->database().sql()).forward({g.a});
        QCOMPARE(lotSet(t), (QSet<QString>{g.a, g.a1, g.a2, g.m, g.r}));
        // Depth: hops from the lot recalled.
        QCOMPARE(t.lot(g.a)->depth, 0);
        QCOMPARE(t.lot(g.a1)->depth, 1);
        QCOMPARE(t.lot(g.m)->depth, 1);
        QCOMPARE(t.lot(g.a2)->depth, 2);
        QCOMPARE(t.lot(g.r)->depth, 2);
        QCOMPARE(t.lot(g.m)->origin, QStringLiteral("transformation"));
        // Edges with their quantities (in the parent's unit).
        QStringList edges;
        for (const TraceEdge& e : t.edges)
            edges << QStringLiteral("%1>%2 %3 %4").arg(t.lot(e.parentLotId) ? e.parentLotId : QStringLiteral("?"), e.childLotId, e.kind).arg(e.quantity);
        edges.sort();
        QStringList expected{QStringLiteral("%1>%2 split 30").arg(g.a, g.a1), QStringLiteral("%1>%2 split 10").arg(g.a1, g.a2),
                             QStringLiteral("%1>%2 transformation 20").arg(g.a, g.m), QStringLiteral("%1>%2 transformation 10").arg(g.m, g.r)};
        expected.sort();
        QCOMPARE(edges, expected);
        // Shipments of every downstream lot; B's own shipment (O3) is not downstream of A.
        QCOMPARE(shipmentKeys(t), (QStringList{QStringLiteral("order-0001/1 Deli Corner x5 2026-01-10"), QStringLiteral("order-0001/2 Deli Corner x8 2026-01-10"),
                                               QStringLiteral("order-0002/1 Deli Corner x3 2026-01-12")}));
        QCOMPARE(t.returns.size(), size_t(1));
        QCOMPARE(t.returns.front().quantity, qint64(2));
        // One customer line: the same customer twice (O1, O2) and two lots add up.
        QCOMPARE(t.customers.size(), size_t(1));
        const CustomerExposure& c = t.customers.front();
        QCOMPARE(c.customerName, QStringLiteral("Deli Corner"));
        QCOMPARE(c.productName, QStringLiteral("CHEESE"));
        QCOMPARE(c.shipped, qint64(16));
        QCOMPARE(c.returned, qint64(2));
        QCOMPARE(c.shipments, 3);
        QCOMPARE(c.orders, (QStringList{g.o1, g.o2}));
    }

    void forwardFromMergeInputReachesOtherCustomers()
    {
        test::Genealogy g;
        QVERIFY(g.build());
        const Trace t = TraceQueries(g.ws->database().sql()).forward({g.b});
        QCOMPARE(lotSet(t), (QSet<QString>{g.b, g.m, g.r}));
        QCOMPARE(t.customers.size(), size_t(2));
        QCOMPARE(t.customers[0].customerName, QStringLiteral("Bistro Nord"));
        QCOMPARE(t.customers[0].shipped, qint64(10));
        QCOMPARE(t.customers[1].customerName, QStringLiteral("Deli Corner"));
        QCOMPARE(t.customers[1].shipped, qint64(8));  // only the merged lot M reached Deli Corner
        QCOMPARE(t.customers[1].returned, qint64(2));
    }

    void forwardByTlcStartsFromEveryLotWithThatCode()
    {
        test::Genealogy g;
        QVERIFY(g.build());
        TraceQueries q(g.ws->database().sql());
        Result<QStringList> roots = q.startingLots(QStringLiteral("FRA-001"));
        QVERIFY2(roots, roots ? "" : qPrintable(roots.refusal().message));
        // Splits keep the supplier's TLC.
        QCOMPARE(QSet<QString>(roots->cbegin(), roots->cend()), (QSet<QString>{g.a, g.a1, g.a2}));
        QCOMPARE(lotSet(q.forward(roots.value())), (QSet<QString>{g.a, g.a1, g.a2, g.m, g.r}));
        QVERIFY(q.startingLots(QStringLiteral("FRA-001"), QStringLiteral("CHEESE")));
        Result<QStringList> wrongProduct = q.startingLots(QStringLiteral("FRA-001"), QStringLiteral("SALMON"));
        QVERIFY(!wrongProduct);
        QCOMPARE(wrongProduct.refusal().code, QStringLiteral("trace.not_found"));
        QVERIFY(wrongProduct.refusal().message.contains(QStringLiteral("FRA-001")));
        QVERIFY(!q.startingLots(QStringLiteral("NOPE-1")));
    }

    void isolatedLotReachesOnlyItsCustomer()
    {
        test::Genealogy g;
        QVERIFY(g.build());
        const Trace t = TraceQueries(g.ws->database().sql()).forward({g.s});
        QCOMPARE(lotSet(t), QSet<QString>{g.s});
        QCOMPARE(t.customers.size(), size_t(1));
        QCOMPARE(t.customers.front().customerName, QStringLiteral("Market Hall"));
        QCOMPARE(t.customers.front().shipped, qint64(1000));
        QCOMPARE(t.customers.front().unit, QStringLiteral("g"));
    }

    void backwardFromRepackFindsEverySourceAndSupplier()
    {
        test::Genealogy g;
        QVERIFY(g.build());
        const Trace t = TraceQueries(g.ws->database().sql()).backward({g.r});
        QCOMPARE(lotSet(t), (QSet<QString>{g.r, g.m, g.a, g.b}));
        QCOMPARE(t.receipts.size(), size_t(2));
        QStringList tlcs;
        for (const TraceReceipt& r : t.receipts) {
            tlcs << r.tlc;
            QCOMPARE(r.supplierName, QStringLiteral("Fromagerie A"));
            QCOMPARE(r.referenceDocumentNumber, QStringLiteral("PO-1"));
        }
        tlcs.sort();
        QCOMPARE(tlcs, (QStringList{QStringLiteral("FRA-001"), QStringLiteral("FRA-002")}));
        QCOMPARE(t.lot(g.a)->depth, 2);
    }

    void backwardFromShipment()
    {
        test::Genealogy g;
        QVERIFY(g.build());
        TraceQueries q(g.ws->database().sql());
        Result<QStringList> roots = q.startingLots(g.o1, {}, Direction::Backward);
        QVERIFY(roots);
        QCOMPARE(QSet<QString>(roots->cbegin(), roots->cend()), (QSet<QString>{g.a2, g.m}));
        const Trace t = q.backward(roots.value());
        QCOMPARE(lotSet(t), (QSet<QString>{g.a2, g.a1, g.a, g.m, g.b}));
        QCOMPARE(t.receipts.size(), size_t(2));
        // A shipment id is not a forward starting point.
        QVERIFY(!q.startingLots(g.o1, {}, Direction::Forward));
    }

    void textAndJsonCarryTheTree()
    {
        test::Genealogy g;
        QVERIFY(g.build());
        const Trace t = TraceQueries(g.ws->database().sql()).forward({g.a});
        const QString text = t.text();
        QVERIFY2(text.contains(QStringLiteral("shipped 8 each to Deli Corner on 2026-01-10 (order order-0001)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("returned 2 each")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("transformation 20 → lot TL")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Deli Corner\tCHEESE\tshipped 16 each\treturned 2\t3 shipment(s)")), qPrintable(text));
        const QJsonObject j = t.toJson();
        QCOMPARE(j.value(QLatin1String("lots")).toArray().size(), 5);
        QCOMPARE(j.value(QLatin1String("shipments")).toArray().size(), 3);
        QCOMPARE(j.value(QLatin1String("customers")).toArray().at(0).toObject().value(QLatin1String("shipped")).toInteger(), 16);
    }

    void exposuresArePureAggregation()
    {
        std::vector<TraceLot> lots{{QStringLiteral("L1"), QStringLiteral("T1"), QStringLiteral("P1"), QStringLiteral("Brie"), {}, QStringLiteral("each"), 0, 0},
                                   {QStringLiteral("L2"), QStringLiteral("T2"), QStringLiteral("P2"), QStringLiteral("Lox"), {}, QStringLiteral("g"), 0, 0}};
        std::vector<TraceShipment> ships{
            {QStringLiteral("O1"), 1, QStringLiteral("L1"), QStringLiteral("C1"), QStringLiteral("Zed"), QStringLiteral("P1"), 4, QStringLiteral("each"), QDate(2026, 1, 1)},
            {QStringLiteral("O2"), 1, QStringLiteral("L1"), QStringLiteral("C1"), QStringLiteral("Zed"), QStringLiteral("P1"), 6, QStringLiteral("each"), QDate(2026, 1, 2)},
            {QStringLiteral("O2"), 2, QStringLiteral("L2"), QStringLiteral("C1"), QStringLiteral("Zed"), QStringLiteral("P2"), 500, QStringLiteral("g"), QDate(2026, 1, 2)},
            {QStringLiteral("O3"), 1, QStringLiteral("L1"), QStringLiteral("C2"), QStringLiteral("Abe"), QStringLiteral("P1"), 1, QStringLiteral("each"), QDate(2026, 1, 3)}};
        std::vector<TraceReturn> rets{{QStringLiteral("X"), 1, QStringLiteral("O2"), QStringLiteral("L1"), QStringLiteral("C1"), 2, QStringLiteral("each"), 0}};
        const auto e = exposures(ships, rets, lots);
        QCOMPARE(e.size(), size_t(3));
        QCOMPARE(e[0].customerName, QStringLiteral("Abe"));
        QCOMPARE(e[1].productName, QStringLiteral("Brie"));
        QCOMPARE(e[1].shipped, qint64(10));
        QCOMPARE(e[1].returned, qint64(2));
        QCOMPARE(e[1].orders, (QStringList{QStringLiteral("O1"), QStringLiteral("O2")}));
        QCOMPARE(e[2].productName, QStringLiteral("Lox"));
        QCOMPARE(e[2].shipped, qint64(500));
        QCOMPARE(e[2].returned, qint64(0));
    }

    void customerLinesAreThePerShipmentSums()
    {
        // Every root lot (A, B, S): Deli Corner twice (O1 with two lines, O2), Bistro Nord,
        // Market Hall; one return. The hashed one-pass aggregation must equal a plain sum
        // over the shipment lines, in the documented order.
        test::Genealogy g;
        QVERIFY(g.build());
        const Trace t = TraceQueries(g.ws->database().sql()).forward({g.a, g.b, g.s});
        QCOMPARE(t.shipments.size(), size_t(5));
        for (size_t i = 1; i < t.shipments.size(); ++i) {  // by date, order, line
            const TraceShipment& x = t.shipments[i - 1];
            const TraceShipment& y = t.shipments[i];
            QVERIFY(std::tie(x.shipDate, x.orderId, x.lineNo) < std::tie(y.shipDate, y.orderId, y.lineNo));
        }
        struct Sum {
            QString customerName, productName, unit;
            qint64 shipped = 0, returned = 0;
            int lines = 0;
            QSet<QString> orders, lots;
        };
        QMap<QPair<QString, QString>, Sum> expected;
        for (const TraceShipment& s : t.shipments) {
            Sum& e = expected[{s.customerId, s.productId}];
            e.customerName = s.customerName;
            e.productName = t.lot(s.lotId)->productName;
            e.unit = s.unit;
            e.shipped += s.quantity;
            ++e.lines;
            e.orders.insert(s.orderId);
            e.lots.insert(s.lotId);
        }
        for (const TraceReturn& r : t.returns) expected[{r.customerId, t.lot(r.lotId)->productId}].returned += r.quantity;
        QCOMPARE(t.customers.size(), size_t(expected.size()));
        QCOMPARE(t.customers.size(), size_t(3));
        for (const CustomerExposure& c : t.customers) {
            const Sum e = expected.value({c.customerId, c.productId});
            QCOMPARE(c.customerName, e.customerName);
            QCOMPARE(c.productName, e.productName);
            QCOMPARE(c.unit, e.unit);
            QCOMPARE(c.shipped, e.shipped);
            QCOMPARE(c.returned, e.returned);
            QCOMPARE(c.shipments, e.lines);
            QStringList orders(e.orders.cbegin(), e.orders.cend()), lots(e.lots.cbegin(), e.lots.cend());
            orders.sort();
            lots.sort();
            QCOMPARE(c.orders, orders);
            QCOMPARE(c.lots, lots);
        }
        const CustomerExposure& deli = t.customers[1];  // Bistro Nord, Deli Corner, Market Hall
        QCOMPARE(t.customers[0].customerName, QStringLiteral("Bistro Nord"));
        QCOMPARE(deli.customerName, QStringLiteral("Deli Corner"));
        QCOMPARE(t.customers[2].customerName, QStringLiteral("Market Hall"));
        QCOMPARE(deli.shipped, qint64(16));
        QCOMPARE(deli.shipments, 3);
        QCOMPARE(deli.orders, (QStringList{g.o1, g.o2}));
        QCOMPARE(deli.returned, qint64(2));
    }

    void rebuildGivesIdenticalTables()
    {
        test::Genealogy g;
        QVERIFY(g.build());
        const QStringList tables{QStringLiteral("trace_receipts"), QStringLiteral("trace_edges"), QStringLiteral("trace_orders"),
                                 QStringLiteral("trace_shipments"), QStringLiteral("trace_returns")};
        QStringList before;
        for (const QString& t : tables) before << t << test::dump(*g.ws, t);
        QCOMPARE(test::dump(*g.ws, QStringLiteral("trace_edges")).size(), 5);  // 2 splits, 2 merge inputs, 1 repack input
        QCOMPARE(test::dump(*g.ws, QStringLiteral("trace_shipments")).size(), 5);
        QVERIFY(g.ws->rebuild());
        QStringList after;
        for (const QString& t : tables) after << t << test::dump(*g.ws, t);
        QCOMPARE(after, before);
        const AuditReport report = g.ws->verify();
        QVERIFY2(report.ok(), qPrintable(report.text()));
    }
};

QTEST_GUILESS_MAIN(TstTrace)
#include "tst_trace.moc"

// Benchmark (issue 5): allocate, pick and ship orders through the full pipeline on a
// database with many lots. The lots are written in bulk (real lot.received events from the
// pure decideReceive, valid hash chain) and the projections rebuilt; then every order is
// placed, confirmed, allocated by FEFO, picked (one ConfirmPick per allocated lot, scanned
// by lot code) and shipped, each command one durable commit.
#include "catalog/catalogmodule.h"
#include "common/clock.h"
#include "common/ids.h"
#include "eventstore/database.h"
#include "eventstore/eventstore.h"
#include "eventstore/transaction.h"
#include "identity/identitymodule.h"
#include "inventory/inventory.h"
#include "orders/ordersmodule.h"
#include "pipeline/commandbus.h"
#include "projections/projections.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace tracelot;

namespace {
double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

struct Setup {
    std::unique_ptr<Workspace> ws;
    Actor user;
    QStringList products;
    QString supplier;
    QStringList locations;
};

bool setUp(Setup& s, const QString& path, int productCount)
{
    WorkspaceOptions o;
    o.clock = std::make_shared<ManualClock>(1793491200000);  // 2026-11-01
    auto w = Workspace::open(path, o);
    if (!w) return false;
    s.ws = std::move(w).value();
    const QString pw = QStringLiteral("benchmark password");
    if (!s.ws->execute(Actor{}, QStringLiteral("CreateFirstAdmin"),
                       {{QStringLiteral("username"), QStringLiteral("bench")}, {QStringLiteral("display_name"), QStringLiteral("Bench")}, {QStringLiteral("password"), pw}}))
        return false;
    Actor admin = s.ws->directory().signIn(QStringLiteral("bench"), pw).value();
    s.ws->execute(admin, QStringLiteral("GrantRole"), {{QStringLiteral("username"), QStringLiteral("bench")}, {QStringLiteral("role"), QStringLiteral("warehouse_manager")}});
    s.ws->execute(admin, QStringLiteral("GrantRole"), {{QStringLiteral("username"), QStringLiteral("bench")}, {QStringLiteral("role"), QStringLiteral("warehouse_operator")}});
    s.user = s.ws->directory().signIn(QStringLiteral("bench"), pw).value();
    const auto id = [](const Result<Outcome>& r) { return r ? r->events.front().payload.value(QLatin1String("id")).toString() : QString(); };
    s.ws->execute(s.user, QStringLiteral("DescribeSite"), {{QStringLiteral("name"), QStringLiteral("Bench site")}, {QStringLiteral("address"), QStringLiteral("1 Dock Rd")},
                                                          {QStringLiteral("phone"), QStringLiteral("+1 555 0100")}});
    s.supplier = id(s.ws->execute(s.user, QStringLiteral("RegisterSupplier"),
                                  {{QStringLiteral("code"), QStringLiteral("SUP")}, {QStringLiteral("name"), QStringLiteral("Supplier")}, {QStringLiteral("country"), QStringLiteral("FR")},
                                   {QStringLiteral("address"), QStringLiteral("1 rue")}, {QStringLiteral("phone"), QStringLiteral("+33 1 00 00 00 00")}}));
    for (int i = 0; i < productCount; ++i)
        s.products << id(s.ws->execute(s.user, QStringLiteral("DefineProduct"),
                                       {{QStringLiteral("code"), QStringLiteral("P%1").arg(i)}, {QStringLiteral("name"), QStringLiteral("Product %1").arg(i)},
                                        {QStringLiteral("category"), QStringLiteral("cheese")}, {QStringLiteral("base_unit"), QStringLiteral("each")},
                                        {QStringLiteral("shelf_life_days"), 120}}));
    for (const char* code : {"CR-01", "CR-02", "PF-01", "PF-02"})
        s.locations << id(s.ws->execute(s.user, QStringLiteral("DefineLocation"),
                                        {{QStringLiteral("code"), QLatin1String(code)}, {QStringLiteral("name"), QLatin1String(code)}, {QStringLiteral("type"), QStringLiteral("ambient")}}));
    return !s.supplier.isEmpty() && !s.products.contains(QString()) && !s.locations.contains(QString());
}
}  // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int orderCount = 10000, linesPerOrder = 5, lots = 100000, productCount = 50;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--orders")) orderCount = args[i + 1].toInt();
        if (args[i] == QLatin1String("--lines")) linesPerOrder = args[i + 1].toInt();
        if (args[i] == QLatin1String("--lots")) lots = args[i + 1].toInt();
        if (args[i] == QLatin1String("--products")) productCount = args[i + 1].toInt();
    }
    QTextStream out(stdout);
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-XXXXXX"));
    Setup b;
    if (!setUp(b, dir.filePath(QStringLiteral("orders.sqlite")), productCount)) {
        out << "setup failed\n";
        return 1;
    }
    QRandomGenerator rng(11);
    QElapsedTimer gen;
    gen.start();
    {
        Transaction tx(b.ws->database().sql());
        SequentialIds ids(1000000);
        inventory::ReceiveFacts f;
        f.supplier = {true, true, b.supplier, QStringLiteral("SUP"), QStringLiteral("Supplier"), QStringLiteral("Supplier, 1 rue, +33 1 00 00 00 00"), {}, {}};
        for (int i = 0; i < lots; ++i) {
            const QString product = b.products.at(i % b.products.size());
            f.product = {true, true, product, QStringLiteral("P"), QStringLiteral("Product"), {}, QStringLiteral("each"), 120, 7, 0, false};
            f.location = {true, true, b.locations.at(i % b.locations.size()), QStringLiteral("CR"), QStringLiteral("Room"), QStringLiteral("ambient"), -1, 0};
            inventory::ReceiveLot c;
            c.lotId = ids.next();
            c.productId = product;
            c.quantity = 1 + i % 40;
            c.unit = QStringLiteral("each");
            c.supplierId = b.supplier;
            c.tlc = QStringLiteral("T%1").arg(i);
            c.locationId = f.location.id;
            c.receivedOn = QDate(2026, 9, 1).addDays(i % 60);
            c.expiry = QDate(2026, 11, 25).addDays(static_cast<int>(rng.bounded(150)));
            c.referenceDocumentType = QStringLiteral("asn");
            c.referenceDocumentNumber = QStringLiteral("ASN-%1").arg(i / 40);
            c.tlcSource = QStringLiteral("Supplier, 1 rue, +33 1 00 00 00 00");
            auto decided = inventory::decideReceive({}, c, f);
            if (!decided) {
                out << decided.refusal().message << "\n";
                return 1;
            }
            const NewEvent& ne = decided->front();
            Event e;
            e.eventId = ids.next();
            e.type = ne.type;
            e.stream = ne.stream;
            e.streamVersion = 1;
            e.occurredAt = 1790000000000 + i;
            e.recordedBy = b.user.userId;
            e.deviceId = b.ws->database().deviceId();
            e.correlationId = e.causationId = e.eventId;
            e.payload = ne.payload;
            if (!b.ws->store().append(e)) return 1;
        }
        if (!tx.commit()) return 1;
    }
    if (Status s = b.ws->rebuild(); !s) {  // every projection that reads lot.received
        out << s.refusal().message << "\n";
        return 1;
    }
    const double genS = static_cast<double>(gen.nsecsElapsed()) / 1e9;
    if (!b.ws->execute(b.user, QStringLiteral("RegisterCustomer"),
                       {{QStringLiteral("code"), QStringLiteral("CUS")}, {QStringLiteral("name"), QStringLiteral("Customer")}, {QStringLiteral("country"), QStringLiteral("US")},
                        {QStringLiteral("address"), QStringLiteral("5 Main St")}, {QStringLiteral("phone"), QStringLiteral("+1 201 555 0199")},
                        {QStringLiteral("min_shelf_life_days"), 10}})) {
        out << "customer refused\n";
        return 1;
    }

    const auto run = [&](const QString& command, const QJsonObject& p, double* seconds) -> Result<Outcome> {
        QElapsedTimer t;
        t.start();
        auto r = b.ws->execute(b.user, command, p);
        *seconds += static_cast<double>(t.nsecsElapsed()) / 1e9;
        if (!r) out << command << " refused: " << r.refusal().message << "\n";
        return r;
    };
    double placeS = 0, allocateS = 0, pickS = 0, shipS = 0;
    qint64 picks = 0, units = 0;
    std::vector<double> perOrder;
    for (int n = 0; n < orderCount; ++n) {
        QJsonArray lines;
        for (int l = 0; l < linesPerOrder; ++l) {
            const qint64 qty = 1 + rng.bounded(10);
            units += qty;
            lines.append(QJsonObject{{QStringLiteral("product_id"), b.products.at((n * linesPerOrder + l) % b.products.size())}, {QStringLiteral("quantity"), qty}});
        }
        auto placed = run(QStringLiteral("PlaceOrder"), {{QStringLiteral("customer_code"), QStringLiteral("CUS")}, {QStringLiteral("lines"), lines},
                                                         {QStringLiteral("requested_ship_date"), QStringLiteral("2026-11-02")}}, &placeS);
        if (!placed) return 1;
        const QString oid = placed->events.front().payload.value(QLatin1String("order_id")).toString();
        const QJsonObject o{{QStringLiteral("order_id"), oid}};
        if (!run(QStringLiteral("ConfirmOrder"), o, &placeS)) return 1;
        const double before = allocateS + pickS + shipS;
        auto allocated = run(QStringLiteral("AllocateOrder"), o, &allocateS);
        if (!allocated) return 1;
        for (const orders::PickRow& r : orders::OrdersQueries(b.ws->database().sql()).pickList(oid)) {
            if (!run(QStringLiteral("ConfirmPick"), {{QStringLiteral("order_id"), oid}, {QStringLiteral("lot_id"), r.lotId}, {QStringLiteral("line_no"), r.lineNo},
                                                     {QStringLiteral("location_id"), r.locationId}}, &pickS))
                return 1;
            ++picks;
        }
        if (!run(QStringLiteral("ShipOrder"), {{QStringLiteral("order_id"), oid}, {QStringLiteral("carrier"), QStringLiteral("Coldline")},
                                               {QStringLiteral("tracking"), QStringLiteral("T%1").arg(n)}, {QStringLiteral("reference_document_type"), QStringLiteral("bill_of_lading")},
                                               {QStringLiteral("reference_document"), QStringLiteral("BOL-%1").arg(n)}}, &shipS))
            return 1;
        perOrder.push_back((allocateS + pickS + shipS - before) * 1000.0);
    }
    const double flowS = allocateS + pickS + shipS;
    const AuditReport report = orderCount <= 200 ? b.ws->verify() : AuditReport{};
    if (!report.ok()) {
        out << report.text() << "\n";
        return 1;
    }

    out << "Tracelot orders benchmark (real SQLite file, WAL, synchronous=FULL, every command one durable commit)\n";
    out << "reproduce: scripts/dev.sh bench   (or build/release/tests/bench/bench_orders --orders " << orderCount << " --lines " << linesPerOrder << " --lots " << lots
        << " --products " << productCount << ")\n";
    out << QStringLiteral("database: %1 lots of %2 products written and projected in %3 s\n").arg(lots).arg(productCount).arg(genS, 0, 'f', 1);
    out << QStringLiteral("%1 orders x %2 lines (%3 units, %4 picks = %5 lots per line):\n")
               .arg(orderCount)
               .arg(linesPerOrder)
               .arg(units)
               .arg(picks)
               .arg(static_cast<double>(picks) / (orderCount * linesPerOrder), 0, 'f', 2);
    out << QStringLiteral("  allocate + pick + ship: %1 s = %2 orders/s; per order ms p50 %3 p99 %4\n")
               .arg(flowS, 0, 'f', 2)
               .arg(orderCount / flowS, 0, 'f', 1)
               .arg(percentile(perOrder, 0.5), 0, 'f', 2)
               .arg(percentile(perOrder, 0.99), 0, 'f', 2);
    out << QStringLiteral("  AllocateOrder %1 ms/order, ConfirmPick %2 ms/pick, ShipOrder %3 ms/order; place + confirm %4 ms/order\n")
               .arg(allocateS * 1000 / orderCount, 0, 'f', 2)
               .arg(pickS * 1000 / std::max<qint64>(1, picks), 0, 'f', 2)
               .arg(shipS * 1000 / orderCount, 0, 'f', 2)
               .arg(placeS * 1000 / orderCount, 0, 'f', 2);
    out << QStringLiteral("  whole lifecycle (place, confirm, allocate, pick, ship): %1 orders/s\n").arg(orderCount / (flowS + placeS), 0, 'f', 1);
    return 0;
}

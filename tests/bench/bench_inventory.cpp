// Benchmark (issue 3): (1) receiving lots through the full pipeline, one durable commit
// each; (2) FEFO allocation of one order line on a database with 1M lots (target <= 5 ms):
// the candidate query on the (product, fefo_date, received_on, lot) index plus the pure
// allocateFefo(). The 1M-lot log is written in bulk (real lot.received events from the pure
// decideReceive, valid hash chain) and the projections are rebuilt from it.
#include "catalog/catalogmodule.h"
#include "common/ids.h"
#include "eventstore/database.h"
#include "eventstore/eventstore.h"
#include "eventstore/transaction.h"
#include "identity/identitymodule.h"
#include "inventory/fefo.h"
#include "inventory/inventory.h"
#include "inventory/inventorymodule.h"
#include "pipeline/commandbus.h"
#include "projections/projections.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
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
    auto w = Workspace::open(path);
    if (!w) return false;
    s.ws = std::move(w).value();
    const QString pw = QStringLiteral("benchmark password");
    if (!s.ws->execute(Actor{}, QStringLiteral("CreateFirstAdmin"),
                       {{QStringLiteral("username"), QStringLiteral("bench")}, {QStringLiteral("display_name"), QStringLiteral("Bench")}, {QStringLiteral("password"), pw}}))
        return false;
    Actor admin = s.ws->directory().signIn(QStringLiteral("bench"), pw).value();
    s.ws->execute(admin, QStringLiteral("GrantRole"), {{QStringLiteral("username"), QStringLiteral("bench")}, {QStringLiteral("role"), QStringLiteral("warehouse_manager")}});
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
    int receives = 100000, lots = 1000000, queries = 1000;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--receives")) receives = args[i + 1].toInt();
        if (args[i] == QLatin1String("--lots")) lots = args[i + 1].toInt();
        if (args[i] == QLatin1String("--queries")) queries = args[i + 1].toInt();
    }
    QTextStream out(stdout);
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-XXXXXX"));

    // --- 1. receiving through the pipeline ----------------------------------------------
    Setup a;
    if (!setUp(a, dir.filePath(QStringLiteral("receive.sqlite")), 20)) {
        out << "setup failed\n";
        return 1;
    }
    QRandomGenerator rng(7);
    std::vector<double> lat;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < receives; ++i) {
        const QJsonObject p{{QStringLiteral("product_id"), a.products.at(i % a.products.size())},
                            {QStringLiteral("quantity"), 1 + i % 50},
                            {QStringLiteral("supplier_id"), a.supplier},
                            {QStringLiteral("location_id"), a.locations.at(i % a.locations.size())},
                            {QStringLiteral("tlc"), QStringLiteral("L%1").arg(i)},
                            {QStringLiteral("received_on"), QStringLiteral("2026-11-01")},
                            {QStringLiteral("expiry"), QDate(2026, 12, 1).addDays(static_cast<int>(rng.bounded(120))).toString(Qt::ISODate)},
                            {QStringLiteral("reference_document_type"), QStringLiteral("asn")},
                            {QStringLiteral("reference_document_number"), QStringLiteral("ASN-%1").arg(i / 40)}};
        QElapsedTimer t;
        t.start();
        auto r = a.ws->execute(a.user, QStringLiteral("ReceiveLot"), p);
        lat.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        if (!r) {
            out << "refused: " << r.refusal().message << "\n";
            return 1;
        }
    }
    const double receiveS = static_cast<double>(total.nsecsElapsed()) / 1e9;

    // --- 2. FEFO on 1M lots --------------------------------------------------------------
    Setup b;
    if (!setUp(b, dir.filePath(QStringLiteral("fefo.sqlite")), 50)) return 1;
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
            c.expiry = QDate(2026, 11, 15).addDays(static_cast<int>(rng.bounded(150)));
            c.referenceDocumentType = QStringLiteral("asn");
            c.referenceDocumentNumber = QStringLiteral("ASN-%1").arg(i / 40);
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
    const double genS = static_cast<double>(gen.nsecsElapsed()) / 1e9;
    QElapsedTimer rb;
    rb.start();
    if (Status s = b.ws->rebuild(QStringLiteral("inventory")); !s) {
        out << s.refusal().message << "\n";
        return 1;
    }
    const double rebuildS = static_cast<double>(rb.nsecsElapsed()) / 1e9;

    inventory::InventoryQueries q(b.ws->database().sql());
    std::vector<double> fefo;
    qint64 picks = 0;
    for (int i = 0; i < queries; ++i) {
        const QString product = b.products.at(static_cast<int>(rng.bounded(static_cast<quint32>(b.products.size()))));
        const QDate ship = QDate(2026, 11, 20).addDays(static_cast<int>(rng.bounded(30)));
        const qint64 quantity = 20 + rng.bounded(400);
        const int minDays = static_cast<int>(rng.bounded(20));
        QElapsedTimer t;
        t.start();
        const auto plan = inventory::allocateFefo(q.fefoCandidates(product, ship, minDays, quantity), {quantity, ship, minDays, 0});
        fefo.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        picks += static_cast<qint64>(plan.picks.size());
        if (plan.allocated != quantity) {
            out << "allocation short: " << plan.shortfall << "\n";
            return 1;
        }
    }

    out << "Tracelot inventory benchmark (real SQLite files, WAL, synchronous=FULL)\n";
    out << "reproduce: scripts/dev.sh bench   (or build/release/tests/bench/bench_inventory --receives " << receives << " --lots " << lots << " --queries "
        << queries << ")\n";
    out << QStringLiteral("receiving: %1 lots in %2 s = %3 durable commits/s; latency ms p50 %4 p99 %5\n")
               .arg(receives)
               .arg(receiveS, 0, 'f', 2)
               .arg(receives / receiveS, 0, 'f', 0)
               .arg(percentile(lat, 0.5), 0, 'f', 3)
               .arg(percentile(lat, 0.99), 0, 'f', 3);
    out << QStringLiteral("database with %1 lots: log written in %2 s, inventory projection rebuilt in %3 s (%4 events/s)\n")
               .arg(lots)
               .arg(genS, 0, 'f', 1)
               .arg(rebuildS, 0, 'f', 1)
               .arg(lots / rebuildS, 0, 'f', 0);
    out << QStringLiteral("FEFO allocation of one order line (20-420 units over %1 lots/product): p50 %2 ms  p99 %3 ms  max %4 ms, %5 lots per line on average   (target <= 5 ms)\n")
               .arg(lots / b.products.size())
               .arg(percentile(fefo, 0.5), 0, 'f', 3)
               .arg(percentile(fefo, 0.99), 0, 'f', 3)
               .arg(percentile(fefo, 1.0), 0, 'f', 3)
               .arg(static_cast<double>(picks) / queries, 0, 'f', 1);
    return 0;
}

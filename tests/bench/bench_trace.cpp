// Benchmark (issue 6): traceability at scale.
//   (1) forward trace latency from a supplier TLC (target <= 50 ms),
//   (2) recall of a lot reaching --hot shipment lines: InitiateRecall through the pipeline,
//       then the recall report PDF (target <= 3 s for 10k shipments),
//   (3) FSMA 204 export (CSV and XLSX) of every row in the period (target <= 10 s for 1M rows).
// The data generator writes contract-shaped events (lot.received, lot.split, lot.created,
// lot.transformed, stock.moved, customer.registered, order.shipped) straight into the log in
// big transactions — valid hash chain, every projection applied in the same transaction —
// instead of one pipeline command each (which would take hours at full size). Catalog,
// users and one template of each payload come from the real commands.
// Full size: --full (1M lots, 10M movements, 100k customers, 1M shipment lines, hot 10k).
#include "catalog/catalogmodule.h"
#include "common/clock.h"
#include "eventstore/database.h"
#include "eventstore/eventstore.h"
#include "eventstore/transaction.h"
#include "identity/identitymodule.h"
#include "projections/projections.h"
#include "reports/traceability/fsmaxlsx.h"
#include "reports/traceability/recallreport.h"
#include "traceability/traceabilitymodule.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace tracelot;

namespace {

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

QString uid(const char* kind, qint64 n) { return QStringLiteral("%1-%2").arg(QLatin1String(kind)).arg(n, 10, 10, QLatin1Char('0')); }

struct Writer {
    Workspace& ws;
    qint64 at;
    Events pending;
    std::unique_ptr<Transaction> tx;
    qint64 written = 0;

    bool add(const QString& type, const QString& stream, qint64 version, QJsonObject payload)
    {
        if (!tx) tx = std::make_unique<Transaction>(ws.database().sql());
        Event e;
        e.eventId = uid("ev", ++written);
        e.type = type;
        e.stream = stream;
        e.streamVersion = version;
        e.occurredAt = ++at;
        e.recordedBy = QStringLiteral("generator");
        e.deviceId = QStringLiteral("generator");
        e.correlationId = e.causationId = e.eventId;
        e.payload = std::move(payload);
        Result<Event> r = ws.store().append(std::move(e));
        if (!r) {
            qWarning("append: %s", qPrintable(r.refusal().message));
            return false;
        }
        pending.push_back(std::move(r).value());
        if (pending.size() >= 20000) return flush();
        return true;
    }
    bool flush()
    {
        if (!pending.empty()) {
            if (Status s = ws.projections().apply(pending); !s) {
                qWarning("apply: %s", qPrintable(s.refusal().message));
                return false;
            }
            pending.clear();
        }
        if (tx && !tx->commit()) return false;
        tx.reset();
        return true;
    }
};

}  // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);  // the PDF needs fonts
    const QStringList args = app.arguments();
    const auto opt = [&](const char* name, qint64 def) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toLongLong() : def;
    };
    const bool full = args.contains(QStringLiteral("--full"));
    const qint64 lots = opt("--lots", full ? 1'000'000 : 2000);
    const qint64 moves = opt("--moves", full ? 10'000'000 : 5000);
    const qint64 customers = opt("--customers", full ? 100'000 : 200);
    const qint64 shipments = opt("--shipments", full ? 1'000'000 : 3000);
    const qint64 hot = opt("--hot", full ? 10'000 : 300);
    const qint64 queries = opt("--queries", full ? 200 : 20);
    QString dbPath;
    QTemporaryDir tmp;
    {
        const qsizetype i = args.indexOf(QStringLiteral("--db"));
        dbPath = i >= 0 && i + 1 < args.size() ? args.at(i + 1) : tmp.filePath(QStringLiteral("trace.sqlite"));
    }
    QTextStream out(stdout);
    auto clock = std::make_shared<ManualClock>();
    clock->set(QDateTime(QDate(2025, 1, 1), QTime(6, 0), Qt::UTC).toMSecsSinceEpoch());
    WorkspaceOptions wo;
    wo.clock = clock;
    auto opened = Workspace::open(dbPath, wo);
    if (!opened) {
        out << "open failed: " << opened.refusal().message << "\n";
        return 1;
    }
    Workspace& ws = *opened.value();
    const QString pw = QStringLiteral("benchmark password");
    ws.execute(Actor{}, QStringLiteral("CreateFirstAdmin"),
               {{QStringLiteral("username"), QStringLiteral("bench")}, {QStringLiteral("display_name"), QStringLiteral("Bench Coordinator")}, {QStringLiteral("password"), pw}});
    Actor admin = ws.directory().signIn(QStringLiteral("bench"), pw).value();
    for (const char* role : {"warehouse_manager", "recall_coordinator"})
        ws.execute(admin, QStringLiteral("GrantRole"), {{QStringLiteral("username"), QStringLiteral("bench")}, {QStringLiteral("role"), QLatin1String(role)}});
    const Actor user = ws.directory().signIn(QStringLiteral("bench"), pw).value();
    const auto first = [](const Result<Outcome>& r) {
        if (!r) qFatal("setup refused: %s", qPrintable(r.refusal().message));
        return r->events.front();
    };
    ws.execute(user, QStringLiteral("DescribeSite"), {{QStringLiteral("name"), QStringLiteral("Bench Foods")}, {QStringLiteral("address"), QStringLiteral("1 Dock Rd, Newark")},
                                                     {QStringLiteral("phone"), QStringLiteral("+1 555 0100")}});
    const QString supplier = first(ws.execute(user, QStringLiteral("RegisterSupplier"),
                                              {{QStringLiteral("code"), QStringLiteral("SUP-1")}, {QStringLiteral("name"), QStringLiteral("Supplier One")},
                                               {QStringLiteral("country"), QStringLiteral("FR")}, {QStringLiteral("address"), QStringLiteral("1 rue A")},
                                               {QStringLiteral("phone"), QStringLiteral("+33 1 00 00 00 00")}}))
                                 .payload.value(QLatin1String("id")).toString();
    QStringList products;
    for (int i = 0; i < 50; ++i)
        products << first(ws.execute(user, QStringLiteral("DefineProduct"),
                                     {{QStringLiteral("code"), QStringLiteral("P-%1").arg(i)}, {QStringLiteral("name"), QStringLiteral("Product %1").arg(i)},
                                      {QStringLiteral("category"), QStringLiteral("other")}, {QStringLiteral("base_unit"), QStringLiteral("each")},
                                      {QStringLiteral("shelf_life_days"), 365}}))
                        .payload.value(QLatin1String("id")).toString();
    QStringList locations;
    for (const char* code : {"WH-A", "WH-B"})
        locations << first(ws.execute(user, QStringLiteral("DefineLocation"),
                                      {{QStringLiteral("code"), QLatin1String(code)}, {QStringLiteral("name"), QLatin1String(code)}, {QStringLiteral("type"), QStringLiteral("ambient")}}))
                         .payload.value(QLatin1String("id")).toString();
    // Templates from the real commands.
    const Event customerTemplate = first(ws.execute(user, QStringLiteral("RegisterCustomer"),
                                                    {{QStringLiteral("code"), QStringLiteral("C-TEMPLATE")}, {QStringLiteral("name"), QStringLiteral("Template")},
                                                     {QStringLiteral("country"), QStringLiteral("US")}, {QStringLiteral("address"), QStringLiteral("2 Main St")},
                                                     {QStringLiteral("phone"), QStringLiteral("+1 555 0199")}}));
    const Event lotTemplate = first(ws.execute(user, QStringLiteral("ReceiveLot"),
                                               {{QStringLiteral("product_id"), products.first()}, {QStringLiteral("quantity"), 10}, {QStringLiteral("supplier_id"), supplier},
                                                {QStringLiteral("location_id"), locations.first()}, {QStringLiteral("received_on"), QStringLiteral("2025-01-01")},
                                                {QStringLiteral("reference_document_type"), QStringLiteral("po")}, {QStringLiteral("reference_document_number"), QStringLiteral("PO-1")},
                                                {QStringLiteral("expiry"), QStringLiteral("2027-01-01")}, {QStringLiteral("tlc"), QStringLiteral("TEMPLATE-1")}}));
    const QString site = catalog::CatalogQueries(ws.database().sql()).siteDescription();

    QElapsedTimer timer;
    timer.start();
    QRandomGenerator rng(42);
    Writer w{ws, clock->nowMs(), {}, nullptr, 0};
    const QString custIdKey = QStringLiteral("id");
    const QString custStreamPrefix = customerTemplate.stream.left(customerTemplate.stream.indexOf(customerTemplate.payload.value(custIdKey).toString()));
    QStringList customerIds;
    for (qint64 i = 0; i < customers; ++i) {
        QJsonObject p = customerTemplate.payload;
        const QString id = uid("cus", i);
        p.insert(custIdKey, id);
        p.insert(QStringLiteral("code"), QStringLiteral("C-%1").arg(i, 6, 10, QLatin1Char('0')));
        p.insert(QStringLiteral("name"), QStringLiteral("Customer %1").arg(i));
        if (!w.add(customerTemplate.type, custStreamPrefix + id, 1, p)) return 1;
        customerIds << id;
    }
    // Lots: received, plus splits (10%) and merges (5%) as new lots.
    std::vector<QString> lotIds;
    std::vector<int> version;
    lotIds.reserve(static_cast<size_t>(lots) + 8);
    const QDate day0(2025, 1, 1);
    const auto receive = [&](const QString& id, const QString& tlc, const QString& product, qint64 quantity, const QDate& on) {
        QJsonObject p = lotTemplate.payload;
        p.insert(QStringLiteral("lot_id"), id);
        p.insert(QStringLiteral("tlc"), tlc);
        p.insert(QStringLiteral("product_id"), product);
        p.insert(QStringLiteral("quantity"), quantity);
        p.insert(QStringLiteral("received_on"), on.toString(Qt::ISODate));
        lotIds.push_back(id);
        version.push_back(1);
        return w.add(QStringLiteral("lot.received"), QStringLiteral("lot-") + id, 1, p);
    };
    const auto createChild = [&](size_t parent, const QString& origin, qint64 quantity, const QDate& on, const QJsonArray& inputs) {
        const QString id = uid("lot", static_cast<qint64>(lotIds.size()));
        const QString parentId = lotIds[parent];
        if (origin == QLatin1String("split")) {
            if (!w.add(QStringLiteral("lot.split"), QStringLiteral("lot-") + parentId, ++version[parent],
                       {{QStringLiteral("lot_id"), parentId}, {QStringLiteral("new_lot_id"), id}, {QStringLiteral("location_id"), locations[0]}, {QStringLiteral("quantity"), quantity}}))
                return false;
        }
        QJsonObject created{{QStringLiteral("lot_id"), id}, {QStringLiteral("origin"), origin}, {QStringLiteral("product_id"), products[static_cast<qsizetype>(parent % 50)]},
                            {QStringLiteral("supplier_id"), supplier}, {QStringLiteral("unit"), QStringLiteral("each")}, {QStringLiteral("location_id"), locations[0]},
                            {QStringLiteral("quantity"), quantity}, {QStringLiteral("received_on"), on.toString(Qt::ISODate)}, {QStringLiteral("expiry"), QStringLiteral("2027-01-01")}};
        if (origin == QLatin1String("split")) {
            created.insert(QStringLiteral("parent_lot_id"), parentId);
            created.insert(QStringLiteral("tlc"), QStringLiteral("SUP-%1").arg(parent));
        } else {
            created.insert(QStringLiteral("inputs"), inputs);
            created.insert(QStringLiteral("kind"), QStringLiteral("merge"));
            created.insert(QStringLiteral("tlc"), QStringLiteral("TLM-%1").arg(lotIds.size()));
            created.insert(QStringLiteral("tlc_source"), site);
            created.insert(QStringLiteral("tlc_assigned"), true);
        }
        lotIds.push_back(id);
        version.push_back(1);
        return w.add(QStringLiteral("lot.created"), QStringLiteral("lot-") + id, 1, created);
    };
    const auto merge = [&](size_t a, size_t b, const QDate& on) {
        const QString merged = uid("lot", static_cast<qint64>(lotIds.size()));
        QJsonArray inputs;
        for (size_t in : {a, b}) {
            inputs.append(QJsonObject{{QStringLiteral("lot_id"), lotIds[in]}, {QStringLiteral("quantity"), 50}, {QStringLiteral("location_id"), locations[0]}});
            if (!w.add(QStringLiteral("lot.transformed"), QStringLiteral("lot-") + lotIds[in], ++version[in],
                       {{QStringLiteral("lot_id"), lotIds[in]}, {QStringLiteral("output_lot_id"), merged}, {QStringLiteral("location_id"), locations[0]}, {QStringLiteral("quantity"), 50}}))
                return false;
        }
        return createChild(a, QStringLiteral("transformation"), 100, on, inputs);
    };
    std::vector<size_t> received;
    while (static_cast<qint64>(lotIds.size()) < lots) {
        const qint64 n = static_cast<qint64>(lotIds.size());
        const QDate on = day0.addDays(n * 365 / std::max<qint64>(1, lots));
        const quint32 dice = rng.bounded(100);
        if (dice < 10 && !received.empty()) {
            if (!createChild(received[rng.bounded(static_cast<quint32>(received.size()))], QStringLiteral("split"), 100, on, {})) return 1;
        } else if (dice < 15 && received.size() > 2) {
            const size_t a = received[rng.bounded(static_cast<quint32>(received.size()))], b = received[rng.bounded(static_cast<quint32>(received.size()))];
            if (a != b && !merge(a, b, on)) return 1;
        } else {
            received.push_back(lotIds.size());
            if (!receive(uid("lot", n), QStringLiteral("SUP-%1").arg(n), products[static_cast<qsizetype>(n % 50)], 1000, on)) return 1;
        }
    }
    // The hot lot: split, merged, shipped --hot times.
    const size_t hotLot = lotIds.size();
    if (!receive(uid("lot", static_cast<qint64>(hotLot)), QStringLiteral("HOT-LOT-1"), products[0], 1'000'000'000, day0)) return 1;
    if (!createChild(hotLot, QStringLiteral("split"), 100'000'000, day0.addDays(1), {})) return 1;
    const size_t hotSplit = lotIds.size() - 1;
    if (!merge(hotLot, received.front(), day0.addDays(2))) return 1;
    const size_t hotMerge = lotIds.size() - 1;
    // Movements: one unit out to WH-B and back, alternating per lot.
    std::vector<char> away(lotIds.size(), 0);
    for (qint64 i = 0; i < moves; ++i) {
        const size_t l = rng.bounded(static_cast<quint32>(received.size()));
        const size_t lot = received[l];
        const bool back = away[lot] != 0;
        away[lot] = back ? 0 : 1;
        if (!w.add(QStringLiteral("stock.moved"), QStringLiteral("lot-") + lotIds[lot], ++version[lot],
                   {{QStringLiteral("lot_id"), lotIds[lot]}, {QStringLiteral("from_location_id"), locations[back ? 1 : 0]},
                    {QStringLiteral("to_location_id"), locations[back ? 0 : 1]}, {QStringLiteral("quantity"), 1}}))
            return 1;
    }
    // Shipments: orders of 1-3 lines to random customers; then the hot lot's.
    qint64 orderNo = 0;
    const auto ship = [&](const std::vector<size_t>& lines, const QDate& on) {
        const QString orderId = uid("order", ++orderNo);
        QJsonArray ls;
        int no = 0;
        for (size_t lot : lines)
            ls.append(QJsonObject{{QStringLiteral("line_no"), ++no}, {QStringLiteral("lot_id"), lotIds[lot]}, {QStringLiteral("product_id"), products[static_cast<qsizetype>(lot % 50)]},
                                  {QStringLiteral("product_description"), QStringLiteral("Product %1").arg(lot % 50)}, {QStringLiteral("tlc"), QStringLiteral("SUP-%1").arg(lot)},
                                  {QStringLiteral("tlc_source"), QStringLiteral("Supplier One, 1 rue A")}, {QStringLiteral("quantity"), 1},
                                  {QStringLiteral("unit"), QStringLiteral("each")}, {QStringLiteral("location_id"), locations[0]}});
        return w.add(QStringLiteral("order.shipped"), QStringLiteral("order-") + orderId, 1,
                     {{QStringLiteral("order_id"), orderId}, {QStringLiteral("customer_id"), customerIds[rng.bounded(static_cast<quint32>(customerIds.size()))]},
                      {QStringLiteral("ship_date"), on.toString(Qt::ISODate)}, {QStringLiteral("shipped_at_ms"), w.at},
                      {QStringLiteral("reference_document_type"), QStringLiteral("bill_of_lading")}, {QStringLiteral("reference_document"), QStringLiteral("BOL-") + orderId},
                      {QStringLiteral("ship_from_location_description"), site}, {QStringLiteral("ship_to_location_description"), QStringLiteral("Customer dock")},
                      {QStringLiteral("carrier"), QStringLiteral("Freight")}, {QStringLiteral("tracking"), orderId}, {QStringLiteral("lines"), ls}});
    };
    for (qint64 shipped = 0; shipped < shipments;) {
        std::vector<size_t> lines;
        const quint32 n = 1 + rng.bounded(3);
        for (quint32 k = 0; k < n; ++k) lines.push_back(rng.bounded(static_cast<quint32>(hotLot)));
        shipped += n;
        if (!ship(lines, day0.addDays(static_cast<qint64>(rng.bounded(365))))) return 1;
    }
    for (qint64 i = 0; i < hot; ++i) {
        const size_t lot = i % 3 == 0 ? hotLot : i % 3 == 1 ? hotSplit : hotMerge;
        if (!ship({lot}, day0.addDays(3 + i % 300))) return 1;
    }
    if (!w.flush()) return 1;
    const double genS = static_cast<double>(timer.elapsed()) / 1000.0;
    out << QStringLiteral("generated %1 events (%2 lots, %3 movements, %4 customers, %5 shipment lines + %6 hot) in %7 s (%8 events/s)\n")
               .arg(w.written)
               .arg(lotIds.size())
               .arg(moves)
               .arg(customers)
               .arg(shipments)
               .arg(hot)
               .arg(genS, 0, 'f', 1)
               .arg(static_cast<double>(w.written) / genS, 0, 'f', 0);
    out.flush();

    // (1) Forward trace from a supplier TLC.
    traceability::TraceQueries tq(ws.database().sql());
    std::vector<double> ms;
    qint64 reached = 0;
    for (qint64 i = 0; i < queries; ++i) {
        const size_t lot = received[rng.bounded(static_cast<quint32>(received.size()))];
        QElapsedTimer t;
        t.start();
        auto roots = tq.startingLots(QStringLiteral("SUP-%1").arg(lot));
        if (!roots) return 1;
        const traceability::Trace trace = tq.forward(roots.value());
        ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        reached += static_cast<qint64>(trace.shipments.size());
    }
    QElapsedTimer th;
    th.start();
    const traceability::Trace hotTrace = tq.forward(tq.startingLots(QStringLiteral("HOT-LOT-1")).value());
    const double hotMs = static_cast<double>(th.nsecsElapsed()) / 1e6;
    out << QStringLiteral("forward trace (TLC -> lots, shipments, customers): p50 %1 ms, p99 %2 ms, max %3 ms over %4 random lots (avg %5 shipment lines); "
                          "hot lot %6 ms for %7 lots, %8 shipment lines, %9 customer lines (target <= 50 ms)\n")
               .arg(percentile(ms, 0.5), 0, 'f', 2)
               .arg(percentile(ms, 0.99), 0, 'f', 2)
               .arg(*std::max_element(ms.begin(), ms.end()), 0, 'f', 2)
               .arg(queries)
               .arg(static_cast<double>(reached) / static_cast<double>(std::max<qint64>(1, queries)), 0, 'f', 1)
               .arg(hotMs, 0, 'f', 1)
               .arg(hotTrace.lots.size())
               .arg(hotTrace.shipments.size())
               .arg(hotTrace.customers.size());
    out.flush();

    // (2) Recall of the hot lot and its report.
    QElapsedTimer tr;
    tr.start();
    auto recall = ws.execute(user, QStringLiteral("InitiateRecall"),
                             {{QStringLiteral("tlc"), QStringLiteral("HOT-LOT-1")}, {QStringLiteral("reason"), QStringLiteral("Benchmark drill")},
                              {QStringLiteral("class"), QStringLiteral("I")}, {QStringLiteral("drill"), true}});
    if (!recall) {
        out << "InitiateRecall refused: " << recall.refusal().message << "\n";
        return 1;
    }
    const double initiateMs = static_cast<double>(tr.nsecsElapsed()) / 1e6;
    const QString recallId = recall->events.front().payload.value(QLatin1String("recall_id")).toString();
    const QString pdf = QFileInfo(dbPath).absoluteDir().filePath(QStringLiteral("recall-report.pdf"));
    QElapsedTimer tp;
    tp.start();
    if (Status s = reports::writeRecallReportPdf(pdf, ws.database().sql(), ws.store(), recallId, clock->nowMs()); !s) return 1;
    const double pdfS = static_cast<double>(tp.elapsed()) / 1000.0;
    const traceability::RecallState rs = traceability::RecallQueries::load(ws.store(), recallId);
    out << QStringLiteral("recall of a lot reaching %1 shipment lines (%2 customer lines, %3 holds): InitiateRecall %4 ms (scope %5 ms), "
                          "report PDF %6 s, %7 KB (target <= 3 s); drill: initiation to printed report %8 s\n")
               .arg(hotTrace.shipments.size())
               .arg(rs.lines.size())
               .arg(rs.holds.size())
               .arg(initiateMs, 0, 'f', 1)
               .arg(rs.scopeMs)
               .arg(pdfS, 0, 'f', 2)
               .arg(QFileInfo(pdf).size() / 1024)
               .arg(static_cast<double>(tr.elapsed()) / 1000.0, 0, 'f', 2);
    out.flush();

    // (3) FSMA export of the whole year.
    traceability::FsmaFilter f;
    f.from = day0;
    f.to = day0.addDays(400);
    for (const char* ext : {"csv", "xlsx"}) {
        const QString file = QFileInfo(dbPath).absoluteDir().filePath(QStringLiteral("fsma.%1").arg(QLatin1String(ext)));
        QElapsedTimer te;
        te.start();
        auto counts = reports::exportFsmaFile(ws.database().sql(), f, file);
        if (!counts) return 1;
        const double s = static_cast<double>(te.elapsed()) / 1000.0;
        out << QStringLiteral("FSMA export %1: %2 rows (%3 receiving, %4 shipping, %5 transformation) in %6 s = %7 rows/s, %8 MB (target 1M rows <= 10 s)\n")
                   .arg(QLatin1String(ext))
                   .arg(counts->total())
                   .arg(counts->receiving)
                   .arg(counts->shipping)
                   .arg(counts->transformation)
                   .arg(s, 0, 'f', 2)
                   .arg(static_cast<double>(counts->total()) / std::max(0.001, s), 0, 'f', 0)
                   .arg(static_cast<double>(QFileInfo(file).size()) / 1e6, 0, 'f', 1);
        out.flush();
    }
    out << "reproduce: build/release/tests/bench_trace --lots " << lots << " --moves " << moves << " --customers " << customers << " --shipments " << shipments
        << " --hot " << hot << " --queries " << queries << "   (--full: 1M lots, 10M movements, 100k customers, 1M shipment lines, hot 10k)\n";
    return 0;
}

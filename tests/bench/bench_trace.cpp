// Benchmark (issue 6): traceability at scale.
//   (1) forward trace latency from a supplier TLC (target <= 50 ms),
//   (2) recall of a lot reaching --hot shipment lines: InitiateRecall through the pipeline,
//       then the recall report PDF (target <= 3 s for 10k shipments),
//   (3) FSMA 204 export (CSV and XLSX) of every row in the period (target <= 10 s for 1M rows).
// The data generator writes contract-shaped events (lot.received, lot.split, lot.created,
// lot.transformed, stock.moved, customer.registered, order.shipped) straight into the log:
// canonical envelope bytes built directly (checked against Event::canonicalBytes() for the
// first event of each type), chained SHA-256, one prepared INSERT, 250k events per
// transaction; then every projection is rebuilt in ONE pass over the log (default) or applied
// per 20k-event batch (--inline-projections, to compare). --verify runs Workspace::verify
// (hash chain + projections vs rebuild) after generating. Catalog, users and one template of
// each payload come from the real commands.
// Full size: --full (1M lots, 10M movements, 100k customers, 1M shipment lines, hot 10k;
// page cache 4 GB, --cache-mb to change). --db FILE keeps the database; --db FILE --reuse
// measures one generated before again (nothing generated); --skip-recall / --skip-fsma leave
// out a part (e.g. to profile the traces alone under callgrind); --fsma-runs N repeats the
// exports (the later runs on a warm cache).
#include "catalog/catalogmodule.h"
#include "common/canonicaljson.h"
#include "common/clock.h"
#include "common/crypto.h"
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
#include <cstdio>

using namespace tracelot;

namespace {

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

QByteArray uid(const char* kind, qint64 n)
{
    char buf[48];
    const int len = std::snprintf(buf, sizeof buf, "%s-%010lld", kind, static_cast<long long>(n));
    return QByteArray(buf, len);
}

// A JSON string exactly as canonicalJson() writes it.
void appendString(QByteArray& out, QByteArrayView utf8) { appendJsonString(out, utf8); }
QByteArray jstr(QByteArrayView utf8)
{
    QByteArray out;
    appendString(out, utf8);
    return out;
}
QByteArray jqstr(const QString& s) { return jstr(QByteArrayView(s.toUtf8())); }
QByteArray jnum(qint64 v) { return QByteArray::number(v); }

// A payload object written straight as canonical JSON: fields kept sorted by key (the keys
// are ASCII, so byte order is canonicalJson's UTF-16 order), values already canonical.
// The first event of every type is checked against Event::canonicalBytes() (FastLog).
struct Obj {
    std::vector<std::pair<QByteArray, QByteArray>> fields;

    Obj() = default;
    explicit Obj(const QJsonObject& o)
    {
        for (auto it = o.begin(); it != o.end(); ++it) fields.emplace_back(it.key().toUtf8(), canonicalJson(it.value()));
    }
    Obj& set(const char* key, QByteArray value)
    {
        const QByteArrayView k(key);
        auto it = std::lower_bound(fields.begin(), fields.end(), k, [](const auto& f, QByteArrayView x) { return QByteArrayView(f.first) < x; });
        if (it != fields.end() && QByteArrayView(it->first) == k) it->second = std::move(value);
        else fields.emplace(it, QByteArray(key), std::move(value));
        return *this;
    }
    Obj& str(const char* key, QByteArrayView utf8) { return set(key, jstr(utf8)); }
    Obj& num(const char* key, qint64 v) { return set(key, jnum(v)); }
    QByteArray json() const
    {
        QByteArray out;
        out.reserve(512);
        out.append('{');
        for (size_t i = 0; i < fields.size(); ++i) {
            if (i) out.append(',');
            appendString(out, fields[i].first);
            out.append(':');
            out.append(fields[i].second);
        }
        out.append('}');
        return out;
    }
};
QByteArray array(const std::vector<QByteArray>& items)
{
    QByteArray out("[");
    for (size_t i = 0; i < items.size(); ++i) {
        if (i) out.append(',');
        out.append(items[i]);
    }
    out.append(']');
    return out;
}

// Appends contract-shaped events straight into the log: the canonical envelope is written
// as bytes, hashed onto the chain and inserted with one prepared statement, in big
// transactions. Projections are either applied per batch in the same transaction
// (--inline-projections) or rebuilt once at the end in a single pass over the log (default).
struct FastLog {
    Workspace& ws;
    qint64 at;
    bool inlineProjections = false;
    sql::Statement insert;
    QByteArray prev;
    QByteArray env;
    Events pending;
    std::unique_ptr<Transaction> tx;
    qint64 written = 0;
    qint64 inTx = 0;
    QSet<QByteArray> checked;

    FastLog(Workspace& w, qint64 start, bool inlineP)
        : ws(w), at(start), inlineProjections(inlineP),
          insert(w.database().sql(), QStringLiteral("INSERT INTO events(event_id, type, version, stream, stream_version, occurred_at, recorded_by, device_id,"
                                                    " correlation_id, causation_id, payload, prev_hash, hash) VALUES(?1,?2,1,?3,?4,?5,'generator','generator',?1,?1,?6,?7,?8)")),
          prev(w.store().headHash())
    {
    }

    bool add(QByteArrayView type, QByteArrayView stream, qint64 version, const QByteArray& payload)
    {
        if (!tx) tx = std::make_unique<Transaction>(ws.database().sql());
        const QByteArray id = uid("ev", ++written);
        ++at;
        env.clear();
        env.append("{\"causation_id\":\"").append(id).append("\",\"correlation_id\":\"").append(id).append("\",\"device_id\":\"generator\",\"event_id\":\"").append(id);
        env.append("\",\"occurred_at\":").append(QByteArray::number(at)).append(",\"payload\":").append(payload).append(",\"recorded_by\":\"generator\",\"stream\":");
        appendString(env, stream);
        env.append(",\"stream_version\":").append(QByteArray::number(version)).append(",\"type\":");
        appendString(env, type);
        env.append(",\"version\":1}");
        if (!checked.contains(type.toByteArray())) {  // the bytes must be what the store would have hashed
            checked.insert(type.toByteArray());
            QJsonObject o;
            if (!parseJsonObject(env, &o) || Event::fromEnvelope(o).canonicalBytes() != env) {
                qWarning("generator: %s is not canonical:\n%s\n%s", type.toByteArray().constData(), env.constData(), Event::fromEnvelope(o).canonicalBytes().constData());
                return false;
            }
        }
        QByteArray hash = crypto::sha256(prev, env);
        insert.bindUtf8View(1, id).bindUtf8View(2, type).bindUtf8View(3, stream).bind(4, version).bind(5, at).bindUtf8View(6, payload).bindBlob(7, prev).bindBlob(8, hash);
        if (!insert.run()) {
            qWarning("append: %s", qPrintable(insert.error()));
            return false;
        }
        prev = std::move(hash);
        if (inlineProjections) {
            Event e;
            e.seq = insert.lastInsertRowId();
            e.eventId = QString::fromLatin1(id);
            e.type = QString::fromUtf8(type);
            e.stream = QString::fromUtf8(stream);
            e.streamVersion = version;
            e.occurredAt = at;
            e.recordedBy = e.deviceId = QStringLiteral("generator");
            e.correlationId = e.causationId = e.eventId;
            e.payloadJson = payload;
            parseJsonObject(payload, &e.payload);
            pending.push_back(std::move(e));
            if (pending.size() >= 20000 && !applyPending()) return false;
        }
        if (++inTx >= 250000) return flush();
        return true;
    }
    bool applyPending()
    {
        if (pending.empty()) return true;
        if (Status s = ws.projections().apply(pending); !s) {
            qWarning("apply: %s", qPrintable(s.refusal().message));
            return false;
        }
        pending.clear();
        return true;
    }
    bool flush()
    {
        if (!applyPending()) return false;
        if (tx && !tx->commit()) return false;
        tx.reset();
        inTx = 0;
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
    const bool inlineProjections = args.contains(QStringLiteral("--inline-projections"));
    const qint64 lots = opt("--lots", full ? 1'000'000 : 2000);
    const qint64 moves = opt("--moves", full ? 10'000'000 : 5000);
    const qint64 customers = opt("--customers", full ? 100'000 : 200);
    const qint64 shipments = opt("--shipments", full ? 1'000'000 : 3000);
    const qint64 hot = opt("--hot", full ? 10'000 : 300);
    const qint64 queries = opt("--queries", full ? 200 : 20);
    const qint64 fsmaRuns = std::max<qint64>(1, opt("--fsma-runs", 1));  // > 1: the later runs on a warm cache
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
    QElapsedTimer openTimer;
    openTimer.start();
    auto opened = Workspace::open(dbPath, wo);
    const double openS = static_cast<double>(openTimer.elapsed()) / 1000.0;
    if (!opened) {
        out << "open failed: " << opened.refusal().message << "\n";
        return 1;
    }
    Workspace& ws = *opened.value();
    // The page cache: the workspace's 64 MB thrashes when a 12M-event log is rebuilt in one
    // transaction (the projections' B-trees are several GB); --cache-mb sets it for this run.
    const qint64 cacheMb = opt("--cache-mb", full ? 4096 : 0);
    if (cacheMb > 0) {
        sql::Statement pragma(ws.database().sql(), QStringLiteral("PRAGMA cache_size=-%1").arg(cacheMb * 1024));
        pragma.run();
    }
    const QString pw = QStringLiteral("benchmark password");
    // --reuse with --db: a database this bench generated before is measured again as it is.
    bool reuse = false;
    if (args.contains(QStringLiteral("--reuse"))) {
        // From the end of the log (a count over 12M events would read all 7 GB of it).
        sql::Statement q(ws.database().sql(), QStringLiteral("SELECT occurred_at FROM events WHERE recorded_by = 'generator' ORDER BY seq DESC LIMIT 1"));
        reuse = q.step();
        if (reuse) clock->set(q.int64(0) + 1);
    }
    if (!reuse) {
        ws.execute(Actor{}, QStringLiteral("CreateFirstAdmin"),
                   {{QStringLiteral("username"), QStringLiteral("bench")}, {QStringLiteral("display_name"), QStringLiteral("Bench Coordinator")}, {QStringLiteral("password"), pw}});
        Actor admin = ws.directory().signIn(QStringLiteral("bench"), pw).value();
        for (const char* role : {"warehouse_manager", "recall_coordinator"})
            ws.execute(admin, QStringLiteral("GrantRole"), {{QStringLiteral("username"), QStringLiteral("bench")}, {QStringLiteral("role"), QLatin1String(role)}});
    }
    const Actor user = ws.directory().signIn(QStringLiteral("bench"), pw).value();
    QRandomGenerator rng(42);
    const QDate day0(2025, 1, 1);
    const auto generate = [&]() -> bool {
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
        FastLog w(ws, clock->nowMs(), inlineProjections);
        const QString custIdKey = QStringLiteral("id");
        const QByteArray custStreamPrefix =
            customerTemplate.stream.left(customerTemplate.stream.indexOf(customerTemplate.payload.value(custIdKey).toString())).toUtf8();
        const Obj customerObj(customerTemplate.payload);
        const QByteArray customerType = customerTemplate.type.toUtf8();
        std::vector<QByteArray> customerIds;  // canonical JSON strings
        for (qint64 i = 0; i < customers; ++i) {
            const QByteArray id = uid("cus", i);
            Obj p = customerObj;
            p.str("id", id).str("code", QStringLiteral("C-%1").arg(i, 6, 10, QLatin1Char('0')).toUtf8()).str("name", "Customer " + QByteArray::number(i));
            if (!w.add(customerType, custStreamPrefix + id, 1, p.json())) return false;
            customerIds.push_back(jstr(id));
        }
        std::vector<QByteArray> productJ, locationJ;  // canonical JSON strings
        for (const QString& p : products) productJ.push_back(jqstr(p));
        for (const QString& l : locations) locationJ.push_back(jqstr(l));
        const QByteArray supplierJ = jqstr(supplier), siteJ = jqstr(site);
        // Lots: received, plus splits (10%) and merges (5%) as new lots.
        std::vector<QByteArray> lotIds, lotStreams;
        std::vector<int> version;
        lotIds.reserve(static_cast<size_t>(lots) + 8);
        lotStreams.reserve(static_cast<size_t>(lots) + 8);
        const auto addLot = [&](const QByteArray& id) {
            lotIds.push_back(id);
            lotStreams.push_back("lot-" + id);
            version.push_back(1);
        };
        std::vector<QByteArray> dayJ;  // "YYYY-MM-DD" per day from day0
        for (int d = 0; d < 800; ++d) dayJ.push_back(jqstr(day0.addDays(d).toString(Qt::ISODate)));
        const auto dayOf = [&](const QDate& on) { return dayJ[static_cast<size_t>(day0.daysTo(on))]; };
        const Obj lotObj(lotTemplate.payload);
        const auto receive = [&](const QByteArray& id, const QByteArray& tlc, size_t product, qint64 quantity, const QDate& on) {
            Obj p = lotObj;
            p.str("lot_id", id).str("tlc", tlc).set("product_id", productJ[product]).num("quantity", quantity).set("received_on", dayOf(on));
            addLot(id);
            return w.add("lot.received", lotStreams.back(), 1, p.json());
        };
        const auto createChild = [&](size_t parent, bool split, qint64 quantity, const QDate& on, const QByteArray& inputs) {
            const QByteArray id = uid("lot", static_cast<qint64>(lotIds.size()));
            if (split) {
                Obj s;
                s.str("lot_id", lotIds[parent]).str("new_lot_id", id).set("location_id", locationJ[0]).num("quantity", quantity);
                if (!w.add("lot.split", lotStreams[parent], ++version[parent], s.json())) return false;
            }
            Obj created;
            created.str("lot_id", id).str("origin", split ? "split" : "transformation").set("product_id", productJ[parent % 50]).set("supplier_id", supplierJ);
            created.str("unit", "each").set("location_id", locationJ[0]).num("quantity", quantity).set("received_on", dayOf(on)).str("expiry", "2027-01-01");
            if (split) {
                created.str("parent_lot_id", lotIds[parent]).str("tlc", "SUP-" + QByteArray::number(static_cast<qulonglong>(parent)));
            } else {
                created.set("inputs", inputs).str("kind", "merge").str("tlc", "TLM-" + QByteArray::number(static_cast<qulonglong>(lotIds.size())));
                created.set("tlc_source", siteJ).set("tlc_assigned", "true");
            }
            addLot(id);
            return w.add("lot.created", lotStreams.back(), 1, created.json());
        };
        const auto merge = [&](size_t a, size_t b, const QDate& on) {
            const QByteArray merged = uid("lot", static_cast<qint64>(lotIds.size()));
            std::vector<QByteArray> inputs;
            for (size_t in : {a, b}) {
                Obj i;
                inputs.push_back(i.str("lot_id", lotIds[in]).num("quantity", 50).set("location_id", locationJ[0]).json());
                Obj t;
                t.str("lot_id", lotIds[in]).str("output_lot_id", merged).set("location_id", locationJ[0]).num("quantity", 50);
                if (!w.add("lot.transformed", lotStreams[in], ++version[in], t.json())) return false;
            }
            return createChild(a, false, 100, on, array(inputs));
        };
        std::vector<size_t> received;
        while (static_cast<qint64>(lotIds.size()) < lots) {
            const qint64 n = static_cast<qint64>(lotIds.size());
            const QDate on = day0.addDays(n * 365 / std::max<qint64>(1, lots));
            const quint32 dice = rng.bounded(100);
            if (dice < 10 && !received.empty()) {
                if (!createChild(received[rng.bounded(static_cast<quint32>(received.size()))], true, 100, on, {})) return false;
            } else if (dice < 15 && received.size() > 2) {
                const size_t a = received[rng.bounded(static_cast<quint32>(received.size()))], b = received[rng.bounded(static_cast<quint32>(received.size()))];
                if (a != b && !merge(a, b, on)) return false;
            } else {
                received.push_back(lotIds.size());
                if (!receive(uid("lot", n), "SUP-" + QByteArray::number(n), static_cast<size_t>(n % 50), 1000, on)) return false;
            }
        }
        // The hot lot: split, merged, shipped --hot times.
        const size_t hotLot = lotIds.size();
        if (!receive(uid("lot", static_cast<qint64>(hotLot)), "HOT-LOT-1", 0, 1'000'000'000, day0)) return false;
        if (!createChild(hotLot, true, 100'000'000, day0.addDays(1), {})) return false;
        const size_t hotSplit = lotIds.size() - 1;
        if (!merge(hotLot, received.front(), day0.addDays(2))) return false;
        const size_t hotMerge = lotIds.size() - 1;
        // Movements: one unit out to WH-B and back, alternating per lot.
        std::vector<char> away(lotIds.size(), 0);
        QByteArray move;
        for (qint64 i = 0; i < moves; ++i) {
            const size_t l = rng.bounded(static_cast<quint32>(received.size()));
            const size_t lot = received[l];
            const bool back = away[lot] != 0;
            away[lot] = back ? 0 : 1;
            move.clear();  // keys in canonical order
            move.append("{\"from_location_id\":").append(locationJ[back ? 1 : 0]).append(",\"lot_id\":");
            appendString(move, lotIds[lot]);
            move.append(",\"quantity\":1,\"to_location_id\":").append(locationJ[back ? 0 : 1]).append('}');
            if (!w.add("stock.moved", lotStreams[lot], ++version[lot], move)) return false;
        }
        // Shipments: orders of 1-3 lines to random customers; then the hot lot's.
        qint64 orderNo = 0;
        const QByteArray tlcSourceJ = jstr(QByteArrayView("Supplier One, 1 rue A"));
        const auto ship = [&](const std::vector<size_t>& lines, const QDate& on) {
            const QByteArray orderId = uid("order", ++orderNo);
            std::vector<QByteArray> ls;
            int no = 0;
            for (size_t lot : lines) {
                Obj l;
                l.num("line_no", ++no).str("lot_id", lotIds[lot]).set("product_id", productJ[lot % 50]).str("product_description", "Product " + QByteArray::number(static_cast<qulonglong>(lot % 50)));
                l.str("tlc", "SUP-" + QByteArray::number(static_cast<qulonglong>(lot))).set("tlc_source", tlcSourceJ).num("quantity", 1).str("unit", "each").set("location_id", locationJ[0]);
                ls.push_back(l.json());
            }
            Obj o;
            o.str("order_id", orderId).set("customer_id", customerIds[rng.bounded(static_cast<quint32>(customerIds.size()))]).set("ship_date", dayOf(on));
            o.num("shipped_at_ms", w.at).str("reference_document_type", "bill_of_lading").str("reference_document", "BOL-" + orderId).set("ship_from_location_description", siteJ);
            o.str("ship_to_location_description", "Customer dock").str("carrier", "Freight").str("tracking", orderId).set("lines", array(ls));
            return w.add("order.shipped", "order-" + orderId, 1, o.json());
        };
        for (qint64 shipped = 0; shipped < shipments;) {
            std::vector<size_t> lines;
            const quint32 n = 1 + rng.bounded(3);
            for (quint32 k = 0; k < n; ++k) lines.push_back(rng.bounded(static_cast<quint32>(hotLot)));
            shipped += n;
            if (!ship(lines, day0.addDays(static_cast<qint64>(rng.bounded(365))))) return false;
        }
        for (qint64 i = 0; i < hot; ++i) {
            const size_t lot = i % 3 == 0 ? hotLot : i % 3 == 1 ? hotSplit : hotMerge;
            if (!ship({lot}, day0.addDays(3 + i % 300))) return false;
        }
        if (!w.flush()) return false;
        const double writeS = static_cast<double>(timer.elapsed()) / 1000.0;
        if (!inlineProjections) {
            if (Status s = ws.rebuild(); !s) {
                out << "rebuild failed: " << s.refusal().message << "\n";
                return false;
            }
        }
        const double genS = static_cast<double>(timer.elapsed()) / 1000.0;
        out << QStringLiteral("generated %1 events (%2 lots, %3 movements, %4 customers, %5 shipment lines + %6 hot) in %7 s (%8 events/s): "
                              "log written in %9 s, projections %10 in %11 s\n")
                   .arg(w.written)
                   .arg(lotIds.size())
                   .arg(moves)
                   .arg(customers)
                   .arg(shipments)
                   .arg(hot)
                   .arg(genS, 0, 'f', 1)
                   .arg(static_cast<double>(w.written) / genS, 0, 'f', 0)
                   .arg(writeS, 0, 'f', 1)
                   .arg(inlineProjections ? QStringLiteral("applied per batch (included above)") : QStringLiteral("rebuilt in one pass"))
                   .arg(genS - writeS, 0, 'f', 1);
        out.flush();
        return true;
    };
    if (reuse) out << "reusing " << dbPath << " (generated before; workspace opened in " << QString::number(openS, 'f', 1) << " s)\n";
    else if (!generate()) return 1;
    if (args.contains(QStringLiteral("--verify"))) {
        const AuditReport audit = ws.verify();
        out << QStringLiteral("verify: %1 events checked, %2 problems\n").arg(audit.eventsChecked).arg(audit.problems.size());
        if (!audit.problems.isEmpty()) return 1;
    }
    std::vector<QString> receivedTlcs;  // the supplier TLCs of the received lots
    {
        sql::Statement q(ws.database().sql(), QStringLiteral("SELECT tlc FROM trace_receipts WHERE tlc LIKE 'SUP-%' ORDER BY lot_id"));
        while (q.step()) receivedTlcs.push_back(q.text(0));
    }

    // (1) Forward trace from a supplier TLC.
    traceability::TraceQueries tq(ws.database().sql());
    std::vector<double> ms;
    qint64 reached = 0;
    for (qint64 i = 0; i < queries; ++i) {
        const QString& tlc = receivedTlcs[rng.bounded(static_cast<quint32>(receivedTlcs.size()))];
        QElapsedTimer t;
        t.start();
        auto roots = tq.startingLots(tlc);
        if (!roots) return 1;
        const traceability::Trace trace = tq.forward(roots.value());
        ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        reached += static_cast<qint64>(trace.shipments.size());
    }
    // The hot lot: the first (cold) run and the median of 5 more.
    traceability::Trace hotTrace;
    std::vector<double> hotRuns;
    for (int i = 0; i < 6; ++i) {
        QElapsedTimer th;
        th.start();
        traceability::Trace run = tq.forward(tq.startingLots(QStringLiteral("HOT-LOT-1")).value());
        hotRuns.push_back(static_cast<double>(th.nsecsElapsed()) / 1e6);
        std::swap(hotTrace, run);  // the previous run is freed outside the timing
    }
    const double hotFirstMs = hotRuns.front();
    const double hotMs = percentile(std::vector<double>(hotRuns.begin() + 1, hotRuns.end()), 0.5);
    out << QStringLiteral("forward trace (TLC -> lots, shipments, customers): p50 %1 ms, p99 %2 ms, max %3 ms over %4 random lots (avg %5 shipment lines); "
                          "hot lot %6 ms (median of 5; first run %10 ms) for %7 lots, %8 shipment lines, %9 customer lines (target <= 50 ms)\n")
               .arg(percentile(ms, 0.5), 0, 'f', 2)
               .arg(percentile(ms, 0.99), 0, 'f', 2)
               .arg(*std::max_element(ms.begin(), ms.end()), 0, 'f', 2)
               .arg(queries)
               .arg(static_cast<double>(reached) / static_cast<double>(std::max<qint64>(1, queries)), 0, 'f', 1)
               .arg(hotMs, 0, 'f', 1)
               .arg(hotTrace.lots.size())
               .arg(hotTrace.shipments.size())
               .arg(hotTrace.customers.size())
               .arg(hotFirstMs, 0, 'f', 1);
    out.flush();

    // (2) Recall of the hot lot and its report (--skip-recall / --skip-fsma: profile one part).
    if (!args.contains(QStringLiteral("--skip-recall"))) {
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

    }

    // (3) FSMA export of the whole year.
    if (!args.contains(QStringLiteral("--skip-fsma"))) {
    traceability::FsmaFilter f;
    f.from = day0;
    f.to = day0.addDays(400);
    for (qint64 run = 0; run < fsmaRuns; ++run) {
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
    }
    }
    if (reuse) {
        out << "reproduce: build/release/tests/bench_trace" << (full ? " --full" : "") << " --db " << dbPath << " --reuse --queries " << queries
            << (fsmaRuns > 1 ? QStringLiteral(" --fsma-runs %1").arg(fsmaRuns) : QString()) << "   (the database as generated before, plus the recalls of earlier runs)\n";
    } else {
        out << "reproduce: build/release/tests/bench_trace --lots " << lots << " --moves " << moves << " --customers " << customers << " --shipments " << shipments
            << " --hot " << hot << " --queries " << queries << (inlineProjections ? " --inline-projections" : "")
            << (cacheMb > 0 ? QStringLiteral(" --cache-mb %1").arg(cacheMb) : QString())
            << "   (--full: 1M lots, 10M movements, 100k customers, 1M shipment lines, hot 10k; --verify audits the generated log;"
               " --db FILE --reuse measures a database generated before)\n";
    }
    return 0;
}

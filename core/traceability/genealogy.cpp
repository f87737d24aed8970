// Genealogy projection and the forward/backward trace.
#include "traceability/genealogy.h"

#include "eventstore/statement.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cstring>
#include <functional>
#include <limits>

namespace tracelot::traceability {
namespace {

QString str(const QJsonObject& p, const char* key) { return p.value(QLatin1String(key)).toString(); }
qint64 num(const QJsonObject& p, const char* key) { return p.value(QLatin1String(key)).toInteger(); }
QString orNull(const QString& s) { return s.isEmpty() ? QString() : s; }

// "YYYY-MM-DD" without QDate::fromString (which dominated a 10k-shipment trace).
QDate isoDate(const sql::Statement& q, int column)
{
    int size = 0;
    const char* p = q.rawText(column, &size);
    if (!p || size != 10 || p[4] != '-' || p[7] != '-') return p ? QDate::fromString(QString::fromUtf8(p, size), Qt::ISODate) : QDate();
    const auto digits = [p](int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; ++i) {
            if (p[i] < '0' || p[i] > '9') return -1;
            v = v * 10 + (p[i] - '0');
        }
        return v;
    };
    const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
    return y < 0 || m < 0 || d < 0 ? QDate() : QDate(y, m, d);
}

// Binary (UTF-16 code unit) order, as QString's operator<, inlined: the sorts of a hot
// lot's 10k shipment lines compare strings ~10^5 times.
int compare(const QString& a, const QString& b)
{
    const char16_t* x = reinterpret_cast<const char16_t*>(a.constData());
    const char16_t* y = reinterpret_cast<const char16_t*>(b.constData());
    const size_t n = static_cast<size_t>(std::min(a.size(), b.size()));
    size_t i = 0;
    for (; i + 4 <= n; i += 4) {  // four code units at a time up to the first difference
        quint64 u, v;
        std::memcpy(&u, x + i, sizeof u);
        std::memcpy(&v, y + i, sizeof v);
        if (u != v) break;
    }
    for (; i < n; ++i)
        if (x[i] != y[i]) return x[i] < y[i] ? -1 : 1;
    return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

// By ship date, order, line (the order every reader of Trace::shipments sees).
void sortShipments(std::vector<TraceShipment>& v)
{
    std::vector<std::pair<qint64, size_t>> order(v.size());  // (day, position)
    for (size_t i = 0; i < v.size(); ++i) order[i] = {v[i].shipDate.isValid() ? v[i].shipDate.toJulianDay() : std::numeric_limits<qint64>::min(), i};
    std::sort(order.begin(), order.end(), [&](const auto& a, const auto& b) {
        if (a.first != b.first) return a.first < b.first;
        const TraceShipment& x = v[a.second];
        const TraceShipment& y = v[b.second];
        if (const int c = compare(x.orderId, y.orderId); c != 0) return c < 0;
        return x.lineNo < y.lineNo;
    });
    std::vector<TraceShipment> sorted;
    sorted.reserve(v.size());
    for (const auto& [day, i] : order) sorted.push_back(std::move(v[i]));
    v = std::move(sorted);
}

// The last few distinct values of a low-cardinality text column, to share one QString
// between rows instead of decoding the same bytes again.
class Recent {
public:
    QString text(const sql::Statement& q, int column)
    {
        int size = 0;
        const char* p = q.rawText(column, &size);
        if (!p) return {};
        const QByteArrayView bytes(p, size);
        for (const Entry& e : entries_)
            if (e.bytes == bytes) return e.text;
        QString decoded = QString::fromUtf8(bytes);
        if (entries_.size() < 8) entries_.push_back({bytes.toByteArray(), decoded});
        return decoded;
    }

private:
    struct Entry {
        QByteArray bytes;
        QString text;
    };
    std::vector<Entry> entries_;
};

class GenealogyProjection final : public Projection {
public:
    QString name() const override { return QStringLiteral("traceability"); }
    // 2: trace_customers; 3: receipts and shipment lines keyed in the FSMA 204 order with
    // their key data elements (a 1M-row export reads them in key order, no sort, no joins).
    int schemaVersion() const override { return 3; }
    QStringList eventTypes() const override
    {
        return {QStringLiteral("lot.received"), QStringLiteral("lot.split"), QStringLiteral("lot.transformed"), QStringLiteral("order.shipped"),
                QStringLiteral("return.received"), QStringLiteral("customer.registered"), QStringLiteral("customer.revised")};
    }
    QStringList tables() const override
    {
        return {QStringLiteral("trace_receipts"), QStringLiteral("trace_edges"), QStringLiteral("trace_orders"), QStringLiteral("trace_shipments"),
                QStringLiteral("trace_returns"), QStringLiteral("trace_customers")};
    }

    Status create(QSqlDatabase& db) override
    {
        QSqlQuery q(db);
        const char* ddl[] = {
            // Receipts in the FSMA order (date, TLC, lot), one per lot (unique index below), with
            // the key data elements of the lot.received payload.
            "CREATE TABLE IF NOT EXISTS trace_receipts (received_on TEXT NOT NULL, tlc TEXT NOT NULL, lot_id TEXT NOT NULL, product_id TEXT NOT NULL,"
            " supplier_id TEXT, quantity INTEGER NOT NULL, unit TEXT NOT NULL, reference_document_type TEXT, reference_document_number TEXT,"
            " at_ms INTEGER NOT NULL, product_description TEXT, previous_source TEXT, location_description TEXT, tlc_source TEXT,"
            " tlc_source_reference TEXT, gtin TEXT, PRIMARY KEY (received_on, tlc, lot_id)) WITHOUT ROWID",
            // Forward walks read by parent (the primary key), backward walks by child (index).
            "CREATE TABLE IF NOT EXISTS trace_edges (parent_lot_id TEXT NOT NULL, child_lot_id TEXT NOT NULL, event_id TEXT NOT NULL, kind TEXT NOT NULL,"
            " quantity INTEGER NOT NULL, location_id TEXT, at_ms INTEGER NOT NULL, PRIMARY KEY (parent_lot_id, child_lot_id, event_id)) WITHOUT ROWID",
            "CREATE TABLE IF NOT EXISTS trace_orders (order_id TEXT NOT NULL, event_id TEXT NOT NULL, customer_id TEXT NOT NULL, ship_date TEXT NOT NULL,"
            " shipped_at_ms INTEGER NOT NULL, carrier TEXT, tracking TEXT, reference_document_type TEXT, reference_document TEXT,"
            " ship_from TEXT, ship_to TEXT, PRIMARY KEY (order_id, event_id)) WITHOUT ROWID",
            // Shipment lines in the FSMA order (date, TLC — '' when the line has none —, order,
            // line) with their order's header; traces read them by lot through a covering index.
            "CREATE TABLE IF NOT EXISTS trace_shipments (ship_date TEXT NOT NULL, tlc TEXT NOT NULL, order_id TEXT NOT NULL, line_no INTEGER NOT NULL,"
            " event_id TEXT NOT NULL, lot_id TEXT NOT NULL, customer_id TEXT NOT NULL, product_id TEXT NOT NULL, quantity INTEGER NOT NULL, unit TEXT NOT NULL,"
            " product_description TEXT, tlc_source TEXT, tlc_source_reference TEXT, location_id TEXT, ship_to TEXT, ship_from TEXT,"
            " reference_document_type TEXT, reference_document TEXT, PRIMARY KEY (ship_date, tlc, order_id, line_no, event_id)) WITHOUT ROWID",
            "CREATE TABLE IF NOT EXISTS trace_returns (lot_id TEXT NOT NULL, return_id TEXT NOT NULL, line_no INTEGER NOT NULL, order_id TEXT,"
            " customer_id TEXT, product_id TEXT, quantity INTEGER NOT NULL, unit TEXT, location_id TEXT, at_ms INTEGER NOT NULL,"
            " PRIMARY KEY (lot_id, return_id, line_no)) WITHOUT ROWID",
            // Customer names, narrow: a trace reaching 10k shipments looks one up per line
            // (the catalog's rows carry the whole record and made that the slowest step).
            "CREATE TABLE IF NOT EXISTS trace_customers (customer_id TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID",
        };
        for (const char* s : ddl)
            if (!q.exec(QLatin1String(s))) return refuse(QStringLiteral("projection.failed"), q.lastError().text());
        receipt_ = sql::Statement(db, QStringLiteral("INSERT OR IGNORE INTO trace_receipts VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        edge_ = sql::Statement(db, QStringLiteral("INSERT OR IGNORE INTO trace_edges VALUES(?,?,?,?,?,?,?)"));
        order_ = sql::Statement(db, QStringLiteral("INSERT OR IGNORE INTO trace_orders VALUES(?,?,?,?,?,?,?,?,?,?,?)"));
        line_ = sql::Statement(db, QStringLiteral("INSERT OR IGNORE INTO trace_shipments VALUES(?1,COALESCE(?2,''),?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18)"));
        return_ = sql::Statement(db, QStringLiteral("INSERT OR IGNORE INTO trace_returns VALUES(?,?,?,?,?,?,?,?,?,?)"));
        customer_ = sql::Statement(db, QStringLiteral("INSERT INTO trace_customers VALUES(?1,?2) ON CONFLICT(customer_id) DO UPDATE SET name = ?2"));
        if (!receipt_.valid() || !edge_.valid() || !order_.valid() || !line_.valid() || !return_.valid() || !customer_.valid())
            return refuse(QStringLiteral("projection.failed"), receipt_.error() + edge_.error() + order_.error() + line_.error() + return_.error() + customer_.error());
        return ok();
    }

    Status createIndexes(QSqlDatabase& db) override
    {
        QSqlQuery q(db);
        const char* ddl[] = {
            "CREATE INDEX IF NOT EXISTS trace_edges_child ON trace_edges(child_lot_id, parent_lot_id)",
            "CREATE UNIQUE INDEX IF NOT EXISTS trace_receipts_lot ON trace_receipts(lot_id)",
            "CREATE INDEX IF NOT EXISTS trace_receipts_tlc ON trace_receipts(tlc, product_id)",
            "CREATE INDEX IF NOT EXISTS trace_receipts_product ON trace_receipts(product_id, received_on)",
            // Covering for a forward trace (the primary key's columns are in every index).
            "CREATE INDEX IF NOT EXISTS trace_shipments_lot ON trace_shipments(lot_id, customer_id, product_id, quantity, unit)",
            "CREATE INDEX IF NOT EXISTS trace_shipments_order ON trace_shipments(order_id, line_no)",
            "CREATE INDEX IF NOT EXISTS trace_shipments_product ON trace_shipments(product_id, ship_date)",
            "CREATE INDEX IF NOT EXISTS trace_shipments_tlc ON trace_shipments(tlc)",
            "CREATE INDEX IF NOT EXISTS trace_returns_order ON trace_returns(order_id)",
            "CREATE INDEX IF NOT EXISTS trace_edges_kind ON trace_edges(kind, at_ms)",
        };
        for (const char* s : ddl)
            if (!q.exec(QLatin1String(s))) return refuse(QStringLiteral("projection.failed"), q.lastError().text());
        return ok();
    }

    Status apply(const Event& e) override
    {
        const QJsonObject& p = e.payload;
        const QString& t = e.type;
        if (t == QLatin1String("lot.received")) {
            receipt_.bind(1, str(p, "received_on"))
                .bind(2, str(p, "tlc"))
                .bind(3, str(p, "lot_id"))
                .bind(4, str(p, "product_id"))
                .bind(5, orNull(str(p, "supplier_id")))
                .bind(6, num(p, "quantity"))
                .bind(7, str(p, "unit"))
                .bind(8, orNull(str(p, "reference_document_type")))
                .bind(9, orNull(str(p, "reference_document_number")))
                .bind(10, e.occurredAt)
                .bind(11, orNull(str(p, "product_description")))
                .bind(12, orNull(str(p, "previous_source")))
                .bind(13, orNull(str(p, "location_description")))
                .bind(14, orNull(str(p, "tlc_source")))
                .bind(15, orNull(str(p, "tlc_source_reference")))
                .bind(16, orNull(str(p, "gtin")));
            return done(receipt_);
        }
        if (t == QLatin1String("lot.split") || t == QLatin1String("lot.transformed")) {
            const bool split = t == QLatin1String("lot.split");
            edge_.bind(1, str(p, "lot_id"))
                .bind(2, str(p, split ? "new_lot_id" : "output_lot_id"))
                .bind(3, e.eventId)
                .bind(4, split ? QStringLiteral("split") : QStringLiteral("transformation"))
                .bind(5, num(p, "quantity"))
                .bind(6, orNull(str(p, "location_id")))
                .bind(7, e.occurredAt);
            return done(edge_);
        }
        if (t == QLatin1String("order.shipped")) {
            const QString orderId = str(p, "order_id"), customer = str(p, "customer_id"), shipDate = str(p, "ship_date");
            const QString shipTo = orNull(str(p, "ship_to_location_description")), shipFrom = orNull(str(p, "ship_from_location_description"));
            const QString documentType = orNull(str(p, "reference_document_type")), document = orNull(str(p, "reference_document"));
            order_.bind(1, orderId)
                .bind(2, e.eventId)
                .bind(3, customer)
                .bind(4, shipDate)
                .bind(5, p.contains(QLatin1String("shipped_at_ms")) ? num(p, "shipped_at_ms") : e.occurredAt)
                .bind(6, orNull(str(p, "carrier")))
                .bind(7, orNull(str(p, "tracking")))
                .bind(8, documentType)
                .bind(9, document)
                .bind(10, shipFrom)
                .bind(11, shipTo);
            if (Status s = done(order_); !s) return s;
            for (const QJsonValue& v : p.value(QLatin1String("lines")).toArray()) {
                const QJsonObject l = v.toObject();
                line_.bind(1, shipDate)
                    .bind(2, orNull(str(l, "tlc")))
                    .bind(3, orderId)
                    .bind(4, num(l, "line_no"))
                    .bind(5, e.eventId)
                    .bind(6, str(l, "lot_id"))
                    .bind(7, customer)
                    .bind(8, str(l, "product_id"))
                    .bind(9, num(l, "quantity"))
                    .bind(10, str(l, "unit"))
                    .bind(11, orNull(str(l, "product_description")))
                    .bind(12, orNull(str(l, "tlc_source")))
                    .bind(13, orNull(str(l, "tlc_source_reference")))
                    .bind(14, orNull(str(l, "location_id")))
                    .bind(15, shipTo)
                    .bind(16, shipFrom)
                    .bind(17, documentType)
                    .bind(18, document);
                if (Status s = done(line_); !s) return s;
            }
            return ok();
        }
        if (t == QLatin1String("customer.registered") || t == QLatin1String("customer.revised")) {
            customer_.bind(1, str(p, "id")).bind(2, str(p, "name"));
            return done(customer_);
        }
        if (t == QLatin1String("return.received")) {
            for (const QJsonValue& v : p.value(QLatin1String("lines")).toArray()) {
                const QJsonObject l = v.toObject();
                return_.bind(1, str(l, "lot_id"))
                    .bind(2, str(p, "return_id"))
                    .bind(3, num(l, "line_no"))
                    .bind(4, orNull(str(p, "order_id")))
                    .bind(5, orNull(str(p, "customer_id")))
                    .bind(6, orNull(str(l, "product_id")))
                    .bind(7, num(l, "quantity"))
                    .bind(8, orNull(str(l, "unit")))
                    .bind(9, orNull(str(p, "location_id")))
                    .bind(10, e.occurredAt);
                if (Status s = done(return_); !s) return s;
            }
        }
        return ok();
    }

private:
    static Status done(sql::Statement& s) { return s.run() ? ok() : refuse(QStringLiteral("projection.failed"), s.error()); }
    sql::Statement receipt_, edge_, order_, line_, return_, customer_;
};

QByteArray jsonList(const QStringList& ids) { return QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact); }

const char* const kWalkDown =
    "WITH RECURSIVE walk(lot_id) AS (SELECT value FROM json_each(?1) UNION SELECT e.child_lot_id FROM walk w JOIN trace_edges e ON e.parent_lot_id = w.lot_id)"
    " SELECT w.lot_id, l.tlc, l.product_id, p.name, l.origin, l.unit, l.on_hand FROM walk w"
    " LEFT JOIN inventory_lots l ON l.lot_id = w.lot_id LEFT JOIN catalog_products p ON p.id = l.product_id";
const char* const kWalkUp =
    "WITH RECURSIVE walk(lot_id) AS (SELECT value FROM json_each(?1) UNION SELECT e.parent_lot_id FROM walk w JOIN trace_edges e ON e.child_lot_id = w.lot_id)"
    " SELECT w.lot_id, l.tlc, l.product_id, p.name, l.origin, l.unit, l.on_hand FROM walk w"
    " LEFT JOIN inventory_lots l ON l.lot_id = w.lot_id LEFT JOIN catalog_products p ON p.id = l.product_id";

QJsonObject lotJson(const TraceLot& l)
{
    return {{QStringLiteral("lot_id"), l.lotId},   {QStringLiteral("tlc"), l.tlc},       {QStringLiteral("product_id"), l.productId},
            {QStringLiteral("product"), l.productName}, {QStringLiteral("origin"), l.origin}, {QStringLiteral("unit"), l.unit},
            {QStringLiteral("on_hand"), l.onHand}, {QStringLiteral("depth"), l.depth}};
}

}  // namespace

std::unique_ptr<Projection> makeGenealogyProjection() { return std::make_unique<GenealogyProjection>(); }

// --- pure ------------------------------------------------------------------------------

std::vector<CustomerExposure> exposures(const std::vector<TraceShipment>& shipments, const std::vector<TraceReturn>& returns,
                                        const std::vector<TraceLot>& lots)
{
    // One pass grouping by (customer, product) through a hash of views into the lines (a
    // hot lot reaches ~10k lines: no key strings built per line), then one sort of the
    // groups' positions; orders and lots de-duplicated once per group.
    QHash<QString, const TraceLot*> byLot;
    byLot.reserve(static_cast<qsizetype>(lots.size()));
    for (const TraceLot& l : lots) byLot.insert(l.lotId, &l);
    using Key = std::pair<QStringView, QStringView>;  // customer id, product id
    QHash<Key, size_t> index;
    index.reserve(static_cast<qsizetype>(shipments.size()));
    std::vector<CustomerExposure> grouped;
    for (const TraceShipment& s : shipments) {
        auto it = index.constFind(Key(s.customerId, s.productId));
        if (it == index.constEnd()) {
            it = index.insert(Key(s.customerId, s.productId), grouped.size());
            CustomerExposure c;
            c.customerId = s.customerId;
            c.productId = s.productId;
            grouped.push_back(std::move(c));
        }
        CustomerExposure& c = grouped[*it];
        if (c.customerName.isEmpty()) c.customerName = s.customerName;
        if (c.productName.isEmpty())
            if (const TraceLot* l = byLot.value(s.lotId)) c.productName = l->productName;
        c.unit = s.unit;
        c.shipped += s.quantity;
        ++c.shipments;
        c.orders << s.orderId;
        if (c.lots.isEmpty() || c.lots.constLast() != s.lotId) c.lots << s.lotId;
    }
    if (!returns.empty()) {
        // A return counts against the product its lot was shipped as (the last shipment line
        // of that lot), else the lot's own product.
        QHash<QString, QString> productOfLot;
        for (const TraceShipment& s : shipments) productOfLot.insert(s.lotId, s.productId);
        for (const TraceReturn& r : returns) {
            const TraceLot* l = byLot.value(r.lotId);
            const QString product = productOfLot.value(r.lotId, l ? l->productId : QString());
            if (const auto it = index.constFind(Key(r.customerId, product)); it != index.constEnd()) grouped[*it].returned += r.quantity;
        }
    }
    for (CustomerExposure& c : grouped)
        for (QStringList* list : {&c.orders, &c.lots})
            if (list->size() > 1) {
                list->sort();
                list->erase(std::unique(list->begin(), list->end()), list->end());
            }
    std::vector<size_t> rank(grouped.size());
    for (size_t i = 0; i < rank.size(); ++i) rank[i] = i;
    std::sort(rank.begin(), rank.end(), [&](size_t a, size_t b) {
        const CustomerExposure& x = grouped[a];
        const CustomerExposure& y = grouped[b];
        if (const int c = compare(x.customerName, y.customerName); c != 0) return c < 0;
        if (const int c = compare(x.customerId, y.customerId); c != 0) return c < 0;
        if (const int c = compare(x.productName, y.productName); c != 0) return c < 0;
        return compare(x.productId, y.productId) < 0;
    });
    std::vector<CustomerExposure> v;
    v.reserve(grouped.size());
    for (size_t i : rank) v.push_back(std::move(grouped[i]));
    return v;
}

const TraceLot* Trace::lot(const QString& lotId) const
{
    for (const TraceLot& l : lots)
        if (l.lotId == lotId) return &l;
    return nullptr;
}

QJsonObject Trace::toJson() const
{
    QJsonArray ls, es, ss, rs, rcs, cs;
    for (const TraceLot& l : lots) ls.append(lotJson(l));
    for (const TraceEdge& e : edges)
        es.append(QJsonObject{{QStringLiteral("parent_lot_id"), e.parentLotId}, {QStringLiteral("child_lot_id"), e.childLotId},
                              {QStringLiteral("kind"), e.kind}, {QStringLiteral("quantity"), e.quantity}});
    for (const TraceShipment& s : shipments)
        ss.append(QJsonObject{{QStringLiteral("order_id"), s.orderId},       {QStringLiteral("line_no"), s.lineNo},
                              {QStringLiteral("lot_id"), s.lotId},           {QStringLiteral("customer_id"), s.customerId},
                              {QStringLiteral("customer"), s.customerName},  {QStringLiteral("product_id"), s.productId},
                              {QStringLiteral("quantity"), s.quantity},      {QStringLiteral("unit"), s.unit},
                              {QStringLiteral("ship_date"), s.shipDate.toString(Qt::ISODate)}});
    for (const TraceReturn& r : returns)
        rs.append(QJsonObject{{QStringLiteral("return_id"), r.returnId}, {QStringLiteral("line_no"), r.lineNo}, {QStringLiteral("order_id"), r.orderId},
                              {QStringLiteral("lot_id"), r.lotId},       {QStringLiteral("customer_id"), r.customerId}, {QStringLiteral("quantity"), r.quantity},
                              {QStringLiteral("unit"), r.unit}});
    for (const TraceReceipt& r : receipts)
        rcs.append(QJsonObject{{QStringLiteral("lot_id"), r.lotId},
                               {QStringLiteral("supplier_id"), r.supplierId},
                               {QStringLiteral("supplier"), r.supplierName},
                               {QStringLiteral("tlc"), r.tlc},
                               {QStringLiteral("product_id"), r.productId},
                               {QStringLiteral("quantity"), r.quantity},
                               {QStringLiteral("unit"), r.unit},
                               {QStringLiteral("received_on"), r.receivedOn.toString(Qt::ISODate)},
                               {QStringLiteral("reference_document_type"), r.referenceDocumentType},
                               {QStringLiteral("reference_document_number"), r.referenceDocumentNumber}});
    for (const CustomerExposure& c : customers)
        cs.append(QJsonObject{{QStringLiteral("customer_id"), c.customerId}, {QStringLiteral("customer"), c.customerName},
                              {QStringLiteral("product_id"), c.productId},   {QStringLiteral("product"), c.productName},
                              {QStringLiteral("unit"), c.unit},              {QStringLiteral("shipped"), c.shipped},
                              {QStringLiteral("returned"), c.returned},      {QStringLiteral("shipments"), c.shipments},
                              {QStringLiteral("orders"), QJsonArray::fromStringList(c.orders)}});
    return {{QStringLiteral("direction"), direction == Direction::Forward ? QStringLiteral("forward") : QStringLiteral("backward")},
            {QStringLiteral("roots"), QJsonArray::fromStringList(roots)},
            {QStringLiteral("lots"), ls},
            {QStringLiteral("edges"), es},
            {QStringLiteral("shipments"), ss},
            {QStringLiteral("returns"), rs},
            {QStringLiteral("receipts"), rcs},
            {QStringLiteral("customers"), cs}};
}

QString Trace::text() const
{
    QString out;
    QHash<QString, const TraceLot*> byLot;
    for (const TraceLot& l : lots) byLot.insert(l.lotId, &l);
    QMultiHash<QString, const TraceEdge*> next;  // forward: by parent; backward: by child
    for (const TraceEdge& e : edges) next.insert(direction == Direction::Forward ? e.parentLotId : e.childLotId, &e);
    QMultiHash<QString, const TraceShipment*> shipped;
    for (const TraceShipment& s : shipments) shipped.insert(s.lotId, &s);
    QMultiHash<QString, const TraceReturn*> returned;
    for (const TraceReturn& r : returns) returned.insert(r.orderId + QLatin1Char('|') + r.lotId, &r);
    QHash<QString, const TraceReceipt*> received;
    for (const TraceReceipt& r : receipts) received.insert(r.lotId, &r);
    QSet<QString> shown;
    const auto describe = [&](const QString& id) {
        const TraceLot* l = byLot.value(id);
        if (!l) return id;
        return QStringLiteral("lot %1 (%2, %3), on hand %4 %5").arg(l->tlc, l->productName, l->origin).arg(l->onHand).arg(l->unit);
    };
    std::function<void(const QString&, int)> walk = [&](const QString& id, int indent) {
        const QString pad(indent * 2, QLatin1Char(' '));
        if (shown.contains(id)) {
            out += pad + QStringLiteral("(lot %1 listed above)\n").arg(byLot.value(id) ? byLot.value(id)->tlc : id);
            return;
        }
        shown.insert(id);
        if (direction == Direction::Backward)
            if (const TraceReceipt* r = received.value(id))
                out += pad + QStringLiteral("  received %1 from %2 (%3 %4), %5 %6 %7\n")
                                 .arg(r->receivedOn.toString(Qt::ISODate), r->supplierName.isEmpty() ? r->supplierId : r->supplierName,
                                      r->referenceDocumentType, r->referenceDocumentNumber)
                                 .arg(r->quantity)
                                 .arg(r->unit, r->tlc);
        QList<const TraceEdge*> es = next.values(id);
        std::sort(es.begin(), es.end(), [](const TraceEdge* a, const TraceEdge* b) { return a->atMs < b->atMs; });
        QList<const TraceShipment*> ss = shipped.values(id);
        std::sort(ss.begin(), ss.end(), [](const TraceShipment* a, const TraceShipment* b) { return std::tie(a->shipDate, a->orderId) < std::tie(b->shipDate, b->orderId); });
        if (direction == Direction::Forward)
            for (const TraceShipment* s : ss) {
                out += pad + QStringLiteral("  shipped %1 %2 to %3 on %4 (order %5)\n")
                                 .arg(s->quantity)
                                 .arg(s->unit, s->customerName.isEmpty() ? s->customerId : s->customerName, s->shipDate.toString(Qt::ISODate), s->orderId);
                for (const TraceReturn* r : returned.values(s->orderId + QLatin1Char('|') + id))
                    out += pad + QStringLiteral("    returned %1 %2 (return %3)\n").arg(r->quantity).arg(r->unit, r->returnId);
            }
        for (const TraceEdge* e : es) {
            const QString other = direction == Direction::Forward ? e->childLotId : e->parentLotId;
            out += pad + QStringLiteral("  %1 %2 → %3\n").arg(e->kind).arg(e->quantity).arg(describe(other));
            walk(other, indent + 2);
        }
    };
    for (const QString& root : roots) {
        out += describe(root) + QLatin1Char('\n');
        walk(root, 0);
    }
    if (direction == Direction::Forward) {
        out += QStringLiteral("\nCustomers (%1):\n").arg(customers.size());
        for (const CustomerExposure& c : customers)
            out += QStringLiteral("  %1\t%2\tshipped %3 %4\treturned %5\t%6 shipment(s)\n")
                       .arg(c.customerName.isEmpty() ? c.customerId : c.customerName, c.productName)
                       .arg(c.shipped)
                       .arg(c.unit)
                       .arg(c.returned)
                       .arg(c.shipments);
    } else {
        out += QStringLiteral("\nSources (%1 receipts):\n").arg(receipts.size());
        for (const TraceReceipt& r : receipts)
            out += QStringLiteral("  %1\t%2\t%3 %4\treceived %5\t%6 %7\n")
                       .arg(r.supplierName, r.tlc)
                       .arg(r.quantity)
                       .arg(r.unit, r.receivedOn.toString(Qt::ISODate), r.referenceDocumentType, r.referenceDocumentNumber);
    }
    return out;
}

// --- queries -----------------------------------------------------------------------------

Result<QStringList> TraceQueries::startingLots(const QString& keyIn, const QString& product, Direction direction) const
{
    const QString key = keyIn.trimmed();
    if (key.isEmpty()) return refuse(QStringLiteral("trace.key_missing"), QStringLiteral("Give a lot, a shipment or a traceability lot code."));
    QStringList out;
    {
        sql::Statement q(db_, QStringLiteral("SELECT lot_id FROM inventory_lots WHERE lot_id = ?"));
        q.bind(1, key);
        if (q.step()) return QStringList{q.text(0)};
    }
    if (direction == Direction::Backward) {
        sql::Statement q(db_, QStringLiteral("SELECT DISTINCT lot_id FROM trace_shipments WHERE order_id = ? ORDER BY lot_id"));
        q.bind(1, key);
        while (q.step()) out << q.text(0);
        if (!out.isEmpty()) return out;
    }
    QString productId = product.trimmed();
    if (!productId.isEmpty()) {
        sql::Statement q(db_, QStringLiteral("SELECT id FROM catalog_products WHERE id = ?1 OR code = upper(?1)"));
        q.bind(1, productId);
        if (!q.step()) return refuse(QStringLiteral("trace.product_unknown"), QStringLiteral("There is no product %1.").arg(product));
        productId = q.text(0);
    }
    sql::Statement q(db_, QStringLiteral("SELECT lot_id FROM inventory_lots WHERE tlc = ?1 AND (COALESCE(?2, '') = '' OR product_id = ?2) ORDER BY received_on, lot_id"));
    q.bind(1, key).bind(2, productId);
    while (q.step()) out << q.text(0);
    if (out.isEmpty())
        return refuse(QStringLiteral("trace.not_found"),
                      QStringLiteral("No lot, shipment or traceability lot code matches \"%1\"%2.")
                          .arg(key, product.isEmpty() ? QString() : QStringLiteral(" for product %1").arg(product)));
    return out;
}

QStringList TraceQueries::downstreamLots(const QStringList& lotIds) const
{
    QStringList out;
    sql::Statement q(db_, QStringLiteral("WITH RECURSIVE walk(lot_id) AS (SELECT value FROM json_each(?1) UNION"
                                         " SELECT e.child_lot_id FROM walk w JOIN trace_edges e ON e.parent_lot_id = w.lot_id) SELECT lot_id FROM walk ORDER BY lot_id"));
    q.bindUtf8(1, jsonList(lotIds));
    while (q.step()) out << q.text(0);
    return out;
}

Trace TraceQueries::forward(const QStringList& lotIds) const
{
    Trace t;
    t.direction = Direction::Forward;
    fill(t, lotIds, true);
    return t;
}

Trace TraceQueries::backward(const QStringList& lotIds) const
{
    Trace t;
    t.direction = Direction::Backward;
    fill(t, lotIds, false);
    return t;
}

void TraceQueries::fill(Trace& t, const QStringList& lotIds, bool down) const
{
    QElapsedTimer timer;
    timer.start();
    t.roots = lotIds;
    {
        sql::Statement q(db_, QLatin1String(down ? kWalkDown : kWalkUp));
        q.bindUtf8(1, jsonList(lotIds));
        while (q.step())
            t.lots.push_back({q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.int64(6), 0});
    }
    QStringList ids;
    ids.reserve(static_cast<qsizetype>(t.lots.size()));
    for (const TraceLot& l : t.lots) ids << l.lotId;
    const QByteArray set = jsonList(ids);
    {
        sql::Statement q(db_, QLatin1String(down ? "SELECT e.parent_lot_id, e.child_lot_id, e.kind, e.quantity, e.at_ms FROM json_each(?1) j"
                                                   " JOIN trace_edges e ON e.parent_lot_id = j.value ORDER BY e.at_ms, e.parent_lot_id, e.child_lot_id"
                                                 : "SELECT e.parent_lot_id, e.child_lot_id, e.kind, e.quantity, e.at_ms FROM json_each(?1) j"
                                                   " JOIN trace_edges e ON e.child_lot_id = j.value ORDER BY e.at_ms, e.parent_lot_id, e.child_lot_id"));
        q.bindUtf8(1, set);
        while (q.step()) t.edges.push_back({q.text(0), q.text(1), q.text(2), q.int64(3), q.int64(4)});
    }
    // Depth: hops from the nearest root, breadth first over the edges found.
    {
        QHash<QString, int> depth;
        QMultiHash<QString, QString> next;
        for (const TraceEdge& e : t.edges) next.insert(down ? e.parentLotId : e.childLotId, down ? e.childLotId : e.parentLotId);
        QStringList frontier = lotIds;
        for (const QString& r : lotIds) depth.insert(r, 0);
        while (!frontier.isEmpty()) {
            QStringList following;
            for (const QString& id : frontier)
                for (const QString& n : next.values(id))
                    if (!depth.contains(n)) {
                        depth.insert(n, depth.value(id) + 1);
                        following << n;
                    }
            frontier = following;
        }
        for (TraceLot& l : t.lots) l.depth = depth.value(l.lotId);
        std::sort(t.lots.begin(), t.lots.end(), [](const TraceLot& a, const TraceLot& b) { return std::tie(a.depth, a.lotId) < std::tie(b.depth, b.lotId); });
    }
    if (down) {
        sql::Statement q(db_, QStringLiteral("SELECT s.order_id, s.line_no, s.lot_id, s.customer_id, c.name, s.product_id, s.quantity, s.unit, s.ship_date"
                                             " FROM json_each(?1) j JOIN trace_shipments s ON s.lot_id = j.value LEFT JOIN trace_customers c ON c.customer_id = s.customer_id"
                                             ));  // sorted below: cheaper than SQLite's sorter on 10k wide rows
        q.bindUtf8(1, set);
        // Lots, products and units repeat from line to line: shared, not decoded again.
        Recent lots, products, units;
        while (q.step())
            t.shipments.push_back({q.text(0), static_cast<int>(q.int64(1)), lots.text(q, 2), q.text(3), q.text(4), products.text(q, 5), q.int64(6),
                                   units.text(q, 7), isoDate(q, 8)});
        sortShipments(t.shipments);
        sql::Statement r(db_, QStringLiteral("SELECT r.return_id, r.line_no, r.order_id, r.lot_id, r.customer_id, r.quantity, r.unit, r.at_ms"
                                             " FROM json_each(?1) j JOIN trace_returns r ON r.lot_id = j.value ORDER BY r.at_ms, r.return_id, r.line_no"));
        r.bindUtf8(1, set);
        while (r.step())
            t.returns.push_back({r.text(0), static_cast<int>(r.int64(1)), r.text(2), r.text(3), r.text(4), r.int64(5), r.text(6), r.int64(7)});
        t.customers = exposures(t.shipments, t.returns, t.lots);
    } else {
        sql::Statement q(db_, QStringLiteral("SELECT r.lot_id, r.supplier_id, s.name, r.tlc, r.product_id, r.quantity, r.unit, r.received_on,"
                                             " r.reference_document_type, r.reference_document_number FROM json_each(?1) j"
                                             " JOIN trace_receipts r ON r.lot_id = j.value LEFT JOIN catalog_suppliers s ON s.id = r.supplier_id"
                                             " ORDER BY r.received_on, r.lot_id"));
        q.bindUtf8(1, set);
        while (q.step())
            t.receipts.push_back({q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.int64(5), q.text(6), isoDate(q, 7),
                                  q.text(8), q.text(9)});
    }
    t.elapsedUs = timer.nsecsElapsed() / 1000;
}

}  // namespace tracelot::traceability

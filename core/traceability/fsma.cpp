#include "traceability/fsma.h"

#include "catalog/catalogmodule.h"
#include "eventstore/statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <array>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tracelot::traceability {

const std::vector<FsmaSheet>& fsmaSheets()
{
    static const std::vector<FsmaSheet> sheets{
        {Cte::Receiving, QStringLiteral("Receiving"), QStringLiteral("21 CFR 1.1345"),
         {QStringLiteral("traceability_lot_code"), QStringLiteral("product_description"), QStringLiteral("quantity"), QStringLiteral("unit_of_measure"),
          QStringLiteral("immediate_previous_source"), QStringLiteral("receiving_location"), QStringLiteral("date_received"),
          QStringLiteral("tlc_source_location"), QStringLiteral("tlc_source_reference"), QStringLiteral("reference_document_type"),
          QStringLiteral("reference_document_number"), QStringLiteral("product_gtin"), QStringLiteral("supplier"), QStringLiteral("lot_id")}},
        {Cte::Shipping, QStringLiteral("Shipping"), QStringLiteral("21 CFR 1.1340"),
         {QStringLiteral("traceability_lot_code"), QStringLiteral("product_description"), QStringLiteral("quantity"), QStringLiteral("unit_of_measure"),
          QStringLiteral("immediate_subsequent_recipient"), QStringLiteral("ship_to_location"), QStringLiteral("ship_from_location"),
          QStringLiteral("date_shipped"), QStringLiteral("tlc_source_location"), QStringLiteral("tlc_source_reference"),
          QStringLiteral("reference_document_type"), QStringLiteral("reference_document_number"), QStringLiteral("order_id"), QStringLiteral("lot_id")}},
        {Cte::Transformation, QStringLiteral("Transformation"), QStringLiteral("21 CFR 1.1350"),
         {QStringLiteral("input_traceability_lot_code"), QStringLiteral("input_product_description"), QStringLiteral("input_quantity"),
          QStringLiteral("input_unit_of_measure"), QStringLiteral("new_traceability_lot_code"), QStringLiteral("new_product_description"),
          QStringLiteral("new_quantity"), QStringLiteral("new_unit_of_measure"), QStringLiteral("transformation_location"),
          QStringLiteral("date_transformation_completed"), QStringLiteral("reference_document_type"), QStringLiteral("reference_document_number"),
          QStringLiteral("input_lot_id"), QStringLiteral("new_lot_id")}},
    };
    return sheets;
}

QStringList fsmaCsvColumns()
{
    QStringList out;
    for (const FsmaSheet& s : fsmaSheets())
        for (const QString& c : s.columns)
            if (!out.contains(c)) out << c;
    return out;
}

QList<QPair<QString, QString>> fsmaLegend()
{
    return {{QStringLiteral("Receiving"), QStringLiteral("Receiving critical tracking event, 21 CFR 1.1345")},
            {QStringLiteral("Shipping"), QStringLiteral("Shipping critical tracking event, 21 CFR 1.1340")},
            {QStringLiteral("Transformation"), QStringLiteral("Transformation critical tracking event, 21 CFR 1.1350 (one row per input lot)")},
            {QStringLiteral("po"), QStringLiteral("Reference document type: purchase order")},
            {QStringLiteral("asn"), QStringLiteral("Reference document type: advance shipping notice")},
            {QStringLiteral("bill_of_lading"), QStringLiteral("Reference document type: bill of lading")},
            {QStringLiteral("invoice"), QStringLiteral("Reference document type: invoice")},
            {QStringLiteral("work_order"), QStringLiteral("Reference document type: production/work order")},
            {QStringLiteral("each / g / kg / case"), QStringLiteral("Unit of measure: base unit of the product (piece, gram, kilogram, case)")},
            {QStringLiteral("GLN"), QStringLiteral("GS1 Global Location Number (tlc_source_reference)")},
            {QStringLiteral("lot_id / order_id"), QStringLiteral("Tracelot internal identifiers, for follow-up questions")},
            {QStringLiteral("Dates"), QStringLiteral("ISO 8601, YYYY-MM-DD")}};
}

QString csvField(const QString& v)
{
    if (!v.contains(QLatin1Char(',')) && !v.contains(QLatin1Char('"')) && !v.contains(QLatin1Char('\n')) && !v.contains(QLatin1Char('\r'))) return v;
    QString q = v;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

void appendCsvField(std::string& out, QByteArrayView v)
{
    bool plain = true;
    for (const char c : v)
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            plain = false;
            break;
        }
    if (plain) {
        out.append(v.data(), static_cast<size_t>(v.size()));
        return;
    }
    out.push_back('"');
    for (const char c : v) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

FsmaCsvSink::FsmaCsvSink(QIODevice& out) : out_(out)
{
    columns_ = QStringList{QStringLiteral("critical_tracking_event"), QStringLiteral("cfr_section")} + fsmaCsvColumns();
    buffer_.reserve(1 << 21);
    for (qsizetype c = 0; c < columns_.size(); ++c) {
        if (c) buffer_.push_back(',');
        appendCsvField(buffer_, columns_.at(c).toUtf8());
    }
    buffer_.append("\r\n");
}

Status FsmaCsvSink::beginSheet(const FsmaSheet& sheet)
{
    prefix_.clear();
    appendCsvField(prefix_, sheet.name.toUtf8());
    prefix_.push_back(',');
    appendCsvField(prefix_, sheet.cfrSection.toUtf8());
    source_.assign(static_cast<size_t>(columns_.size()), -1);
    for (qsizetype i = 0; i < sheet.columns.size(); ++i) source_[static_cast<size_t>(columns_.indexOf(sheet.columns.at(i)))] = static_cast<int>(i);
    return ok();
}

Status FsmaCsvSink::row(std::span<const QByteArrayView> values)
{
    // Straight from SQLite's bytes into one big buffer (1M rows: this is the hot loop).
    buffer_.append(prefix_);
    for (size_t c = 2; c < source_.size(); ++c) {
        buffer_.push_back(',');
        const int from = source_[c];
        if (from >= 0 && static_cast<size_t>(from) < values.size()) appendCsvField(buffer_, values[static_cast<size_t>(from)]);
    }
    buffer_.append("\r\n");
    return buffer_.size() > (1 << 20) ? flush() : ok();
}

Status FsmaCsvSink::flush()
{
    const auto size = static_cast<qint64>(buffer_.size());
    if (out_.write(buffer_.data(), size) != size) return refuse(QStringLiteral("fsma.write_failed"), out_.errorString());
    buffer_.clear();
    return ok();
}

Status FsmaCsvSink::finish() { return flush(); }

namespace {

QByteArray jsonList(const QStringList& v) { return QJsonDocument(QJsonArray::fromStringList(v)).toJson(QJsonDocument::Compact); }

// Binds ?1 from, ?2 to, ?3 products (JSON array), ?4 TLCs (JSON array); NULL = no limit.
void bindFilter(sql::Statement& q, const FsmaFilter& f, const QStringList& productIds)
{
    if (f.from.isValid()) q.bind(1, f.from.toString(Qt::ISODate));
    else q.bindNull(1);
    if (f.to.isValid()) q.bind(2, f.to.toString(Qt::ISODate));
    else q.bindNull(2);
    if (!productIds.isEmpty()) q.bindUtf8(3, jsonList(productIds));
    else q.bindNull(3);
    if (!f.tlcs.isEmpty()) q.bindUtf8(4, jsonList(f.tlcs));
    else q.bindNull(4);
}

// Both read the table in its key order (the FSMA order): no sort, no join per row.
const char* const kReceiving =
    "SELECT r.tlc, r.product_description, r.quantity, r.unit, r.previous_source, r.location_description, r.received_on, r.tlc_source,"
    " r.tlc_source_reference, r.reference_document_type, r.reference_document_number, r.gtin, r.supplier_id, r.lot_id"
    " FROM trace_receipts r"
    " WHERE (?1 IS NULL OR r.received_on >= ?1) AND (?2 IS NULL OR r.received_on <= ?2)"
    " AND (?3 IS NULL OR r.product_id IN (SELECT value FROM json_each(?3))) AND (?4 IS NULL OR r.tlc IN (SELECT value FROM json_each(?4)))"
    " ORDER BY r.received_on, r.tlc, r.lot_id";
const char* const kShipping =
    "SELECT s.tlc, s.product_description, s.quantity, s.unit, s.customer_id, s.ship_to, s.ship_from, s.ship_date, s.tlc_source, s.tlc_source_reference,"
    " s.reference_document_type, s.reference_document, s.order_id, s.lot_id"
    " FROM trace_shipments s"
    " WHERE (?1 IS NULL OR s.ship_date >= ?1) AND (?2 IS NULL OR s.ship_date <= ?2)"
    " AND (?3 IS NULL OR s.product_id IN (SELECT value FROM json_each(?3))) AND (?4 IS NULL OR s.tlc IN (SELECT value FROM json_each(?4)))"
    " ORDER BY s.ship_date, s.tlc, s.order_id, s.line_no";
const char* const kTransformation =
    "SELECT i.tlc, ip.name, e.quantity, i.unit, o.tlc, op.name, json_extract(o.record, '$.quantity'), o.unit, json_extract(o.record, '$.tlc_source'),"
    " o.received_on, json_extract(o.record, '$.reference_document_type'), json_extract(o.record, '$.reference_document_number'), e.parent_lot_id, e.child_lot_id"
    " FROM trace_edges e JOIN inventory_lots o ON o.lot_id = e.child_lot_id JOIN inventory_lots i ON i.lot_id = e.parent_lot_id"
    " LEFT JOIN catalog_products ip ON ip.id = i.product_id LEFT JOIN catalog_products op ON op.id = o.product_id"
    " WHERE e.kind = 'transformation' AND (?1 IS NULL OR o.received_on >= ?1) AND (?2 IS NULL OR o.received_on <= ?2)"
    " AND (?3 IS NULL OR i.product_id IN (SELECT value FROM json_each(?3)) OR o.product_id IN (SELECT value FROM json_each(?3)))"
    " AND (?4 IS NULL OR i.tlc IN (SELECT value FROM json_each(?4)) OR o.tlc IN (SELECT value FROM json_each(?4)))"
    " ORDER BY o.received_on, o.tlc, i.tlc, e.parent_lot_id";

// Names by id (customers, suppliers), each read once per export: a million shipment lines
// go to ~100k customers, and a lookup in memory is far cheaper than a B-tree search.
class Names {
public:
    Names(const QSqlDatabase& db, const char* sql) : q_(db, QLatin1String(sql)) {}
    QByteArrayView operator()(QByteArrayView id)
    {
        if (id.isEmpty()) return {};
        const std::string_view key(id.data(), static_cast<size_t>(id.size()));
        auto it = cache_.find(key);
        if (it == cache_.end()) {
            q_.bindUtf8View(1, id);
            std::string name;
            if (q_.step()) {
                int size = 0;
                const char* p = q_.rawText(0, &size);
                if (p) name.assign(p, static_cast<size_t>(size));
            }
            q_.reset();
            it = cache_.emplace(std::string(key), std::move(name)).first;
        }
        return QByteArrayView(it->second.data(), static_cast<qsizetype>(it->second.size()));
    }

private:
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view v) const { return std::hash<std::string_view>{}(v); }
    };
    sql::Statement q_;
    std::unordered_map<std::string, std::string, Hash, std::equal_to<>> cache_;
};

QByteArrayView cell(const sql::Statement& q, int column)
{
    int size = 0;
    const char* p = q.rawText(column, &size);
    return p ? QByteArrayView(p, size) : QByteArrayView();
}

}  // namespace

Result<FsmaCounts> exportFsma(QSqlDatabase db, const FsmaFilter& f, FsmaSink& sink)
{
    if (f.tlcs.isEmpty() && (!f.from.isValid() || !f.to.isValid()))
        return refuse(QStringLiteral("fsma.filter_missing"), QStringLiteral("Give a date range (from and to), or traceability lot codes."));
    if (f.from.isValid() && f.to.isValid() && f.to < f.from)
        return refuse(QStringLiteral("fsma.range_invalid"), QStringLiteral("The range ends (%1) before it starts (%2).")
                                                                 .arg(f.to.toString(Qt::ISODate), f.from.toString(Qt::ISODate)));
    QStringList productIds;
    for (const QString& p : f.products) {
        sql::Statement q(db, QStringLiteral("SELECT id FROM catalog_products WHERE id = ?1 OR code = upper(?1)"));
        q.bind(1, p.trimmed());
        if (!q.step()) return refuse(QStringLiteral("fsma.product_unknown"), QStringLiteral("There is no product %1.").arg(p));
        productIds << q.text(0);
    }
    const QByteArray site = catalog::CatalogQueries(db).siteDescription().toUtf8();
    FsmaCounts counts;
    const auto& sheets = fsmaSheets();
    std::array<QByteArrayView, 14> row;
    {
        if (Status s = sink.beginSheet(sheets[0]); !s) return s.refusal();
        Names supplier(db, "SELECT name FROM catalog_suppliers WHERE id = ?1");
        sql::Statement q(db, QLatin1String(kReceiving));
        bindFilter(q, f, productIds);
        QByteArray location;  // the site, then where in it
        while (q.step()) {
            const QByteArrayView where = cell(q, 5);
            location.clear();
            if (!site.isEmpty()) location.append(site).append(" \u2014 ");
            location.append(where);
            row = {cell(q, 0), cell(q, 1), cell(q, 2), cell(q, 3), cell(q, 4), location, cell(q, 6),
                   cell(q, 7), cell(q, 8), cell(q, 9), cell(q, 10), cell(q, 11), supplier(cell(q, 12)), cell(q, 13)};
            if (Status s = sink.row(row); !s) return s.refusal();
            ++counts.receiving;
        }
        if (q.failed()) return refuse(QStringLiteral("fsma.read_failed"), q.error());
    }
    {
        if (Status s = sink.beginSheet(sheets[1]); !s) return s.refusal();
        Names customer(db, "SELECT name FROM trace_customers WHERE customer_id = ?1");
        sql::Statement q(db, QLatin1String(kShipping));
        bindFilter(q, f, productIds);
        while (q.step()) {
            row = {cell(q, 0), cell(q, 1), cell(q, 2), cell(q, 3), customer(cell(q, 4)), cell(q, 5), cell(q, 6),
                   cell(q, 7), cell(q, 8), cell(q, 9), cell(q, 10), cell(q, 11), cell(q, 12), cell(q, 13)};
            if (Status s = sink.row(row); !s) return s.refusal();
            ++counts.shipping;
        }
        if (q.failed()) return refuse(QStringLiteral("fsma.read_failed"), q.error());
    }
    {
        if (Status s = sink.beginSheet(sheets[2]); !s) return s.refusal();
        sql::Statement q(db, QLatin1String(kTransformation));
        bindFilter(q, f, productIds);
        while (q.step()) {
            for (int c = 0; c < 14; ++c) row[static_cast<size_t>(c)] = cell(q, c);
            if (Status s = sink.row(row); !s) return s.refusal();
            ++counts.transformation;
        }
        if (q.failed()) return refuse(QStringLiteral("fsma.read_failed"), q.error());
    }
    if (Status s = sink.finish(); !s) return s.refusal();
    return counts;
}

}  // namespace tracelot::traceability

#include "traceability/fsma.h"

#include "catalog/catalogmodule.h"
#include "common/canonicaljson.h"
#include "eventstore/statement.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
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

FsmaCsvSink::FsmaCsvSink(QIODevice& out) : out_(out)
{
    columns_ = QStringList{QStringLiteral("critical_tracking_event"), QStringLiteral("cfr_section")} + fsmaCsvColumns();
    QStringList header;
    for (const QString& c : columns_) header << csvField(c);
    buffer_ = header.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

Status FsmaCsvSink::beginSheet(const FsmaSheet& sheet)
{
    cte_ = sheet.name;
    cfr_ = sheet.cfrSection;
    map_.clear();
    for (const QString& c : sheet.columns) map_.push_back(static_cast<int>(columns_.indexOf(c)));
    return ok();
}

Status FsmaCsvSink::row(const QStringList& values)
{
    // Straight into the UTF-8 buffer, no intermediate list (1M rows: this is the hot loop).
    std::vector<const QString*> cells(static_cast<size_t>(columns_.size()), nullptr);
    for (qsizetype i = 0; i < values.size() && i < static_cast<qsizetype>(map_.size()); ++i) cells[static_cast<size_t>(map_[static_cast<size_t>(i)])] = &values.at(i);
    buffer_ += cte_.toUtf8();
    buffer_ += ',';
    buffer_ += csvField(cfr_).toUtf8();
    for (size_t c = 2; c < cells.size(); ++c) {
        buffer_ += ',';
        if (!cells[c] || cells[c]->isEmpty()) continue;
        const QString& v = *cells[c];
        bool plain = true;
        for (const QChar ch : v)
            if (ch == QLatin1Char(',') || ch == QLatin1Char('"') || ch == QLatin1Char('\n') || ch == QLatin1Char('\r')) {
                plain = false;
                break;
            }
        buffer_ += plain ? v.toUtf8() : csvField(v).toUtf8();
    }
    buffer_ += "\r\n";
    if (buffer_.size() > (1 << 20)) {
        if (out_.write(buffer_) != buffer_.size()) return refuse(QStringLiteral("fsma.write_failed"), out_.errorString());
        buffer_.clear();
    }
    return ok();
}

Status FsmaCsvSink::finish()
{
    if (out_.write(buffer_) != buffer_.size()) return refuse(QStringLiteral("fsma.write_failed"), out_.errorString());
    buffer_.clear();
    return ok();
}

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

const char* const kReceiving =
    "SELECT r.tlc, r.quantity, r.unit, r.received_on, r.reference_document_type, r.reference_document_number, r.lot_id, s.name, l.record"
    " FROM trace_receipts r LEFT JOIN inventory_lots l ON l.lot_id = r.lot_id LEFT JOIN catalog_suppliers s ON s.id = r.supplier_id"
    " WHERE (?1 IS NULL OR r.received_on >= ?1) AND (?2 IS NULL OR r.received_on <= ?2)"
    " AND (?3 IS NULL OR r.product_id IN (SELECT value FROM json_each(?3))) AND (?4 IS NULL OR r.tlc IN (SELECT value FROM json_each(?4)))"
    " ORDER BY r.received_on, r.tlc, r.lot_id";
const char* const kShipping =
    "SELECT s.tlc, s.product_description, s.quantity, s.unit, c.name, o.ship_to, o.ship_from, s.ship_date, s.tlc_source, s.tlc_source_reference,"
    " o.reference_document_type, o.reference_document, s.order_id, s.lot_id"
    " FROM trace_shipments s JOIN trace_orders o ON o.order_id = s.order_id AND o.event_id = s.event_id"
    " LEFT JOIN trace_customers c ON c.customer_id = s.customer_id"
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
    const QString site = catalog::CatalogQueries(db).siteDescription();
    FsmaCounts counts;
    const auto& sheets = fsmaSheets();
    QStringList row;
    {
        if (Status s = sink.beginSheet(sheets[0]); !s) return s.refusal();
        sql::Statement q(db, QLatin1String(kReceiving));
        bindFilter(q, f, productIds);
        while (q.step()) {
            int size = 0;
            const char* raw = q.rawText(8, &size);
            const JsonFields k(QByteArrayView(raw, size));
            const QString location = k.text(QLatin1String("location_description"));
            row = {q.text(0),
                   k.text(QLatin1String("product_description")),
                   QString::number(q.int64(1)),
                   q.text(2),
                   k.text(QLatin1String("previous_source")),
                   site.isEmpty() ? location : site + QStringLiteral(" — ") + location,
                   q.text(3),
                   k.text(QLatin1String("tlc_source")),
                   k.text(QLatin1String("tlc_source_reference")),
                   q.text(4),
                   q.text(5),
                   k.text(QLatin1String("gtin")),
                   q.text(7),
                   q.text(6)};
            if (Status s = sink.row(row); !s) return s.refusal();
            ++counts.receiving;
        }
        if (q.failed()) return refuse(QStringLiteral("fsma.read_failed"), q.error());
    }
    {
        if (Status s = sink.beginSheet(sheets[1]); !s) return s.refusal();
        sql::Statement q(db, QLatin1String(kShipping));
        bindFilter(q, f, productIds);
        while (q.step()) {
            row = {q.text(0), q.text(1), QString::number(q.int64(2)), q.text(3), q.text(4), q.text(5), q.text(6),
                   q.text(7), q.text(8), q.text(9), q.text(10), q.text(11), q.text(12), q.text(13)};
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
            row = {q.text(0), q.text(1), QString::number(q.int64(2)), q.text(3), q.text(4),  q.text(5),  QString::number(q.int64(6)),
                   q.text(7), q.text(8), q.text(9),                    q.text(10), q.text(11), q.text(12), q.text(13)};
            if (Status s = sink.row(row); !s) return s.refusal();
            ++counts.transformation;
        }
        if (q.failed()) return refuse(QStringLiteral("fsma.read_failed"), q.error());
    }
    if (Status s = sink.finish(); !s) return s.refusal();
    return counts;
}

}  // namespace tracelot::traceability

#include "reports/traceability/recallreport.h"

#include "catalog/catalogmodule.h"
#include "eventstore/eventstore.h"
#include "reports/document.h"
#include "traceability/traceabilitymodule.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QTextDocument>
#include <functional>
#include <memory>

namespace tracelot::reports {
namespace {

using namespace tracelot::traceability;

QString esc(const QString& s) { return s.toHtmlEscaped(); }
QString when(qint64 ms) { return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString(); }
QString whenIso(const QString& iso) { return when(QDateTime::fromString(iso, Qt::ISODateWithMs).toMSecsSinceEpoch()); }
QString duration(qint64 ms)
{
    if (ms < 60'000) return QStringLiteral("%1 s").arg(static_cast<double>(ms) / 1000.0, 0, 'f', 1);
    return QStringLiteral("%1 h %2 min").arg(ms / 3'600'000).arg((ms / 60'000) % 60);
}

QString title(const RecallState& s)
{
    return QStringLiteral("%1 %2 — class %3").arg(s.drill ? QStringLiteral("Mock recall (drill)") : QStringLiteral("Recall"), s.number, s.recallClass);
}

// The report is a flow of blocks: short HTML passages (headings, paragraphs) laid out by
// QTextDocument, and tables of any length painted row by row with QPainter (a
// QTextDocument table of 10k rows takes tens of seconds to lay out and paint).
struct Table {
    QStringList headers;
    QList<qreal> widths;  // fractions of the page width
    std::vector<QStringList> rows;
    std::vector<int> indent;  // per row, first column (trace tree); may be empty
};

struct Block {
    QString html;  // when not a table
    std::shared_ptr<Table> table;
    bool keepWithNext = false;  // headings stay with the table below
};

Block html(const QString& h, bool keepWithNext = false) { return {h, nullptr, keepWithNext}; }
Block heading(const QString& text) { return html(QStringLiteral("<h2>%1</h2>").arg(esc(text)), true); }

void traceRows(const Trace& t, Table& table)
{
    // Lots as an indented outline with the quantities that flowed; shipments summed per lot
    // (the customer table below has them per customer).
    QHash<QString, const TraceLot*> lots;
    for (const TraceLot& l : t.lots) lots.insert(l.lotId, &l);
    QMultiHash<QString, const TraceEdge*> children;
    for (const TraceEdge& e : t.edges) children.insert(e.parentLotId, &e);
    QHash<QString, QPair<qint64, int>> shipped;  // lot → (quantity, lines)
    QHash<QString, QSet<QString>> customers;
    for (const TraceShipment& s : t.shipments) {
        auto& v = shipped[s.lotId];
        v.first += s.quantity;
        ++v.second;
        customers[s.lotId].insert(s.customerId);
    }
    QSet<QString> seen;
    std::function<void(const QString&, int, const QString&)> walk = [&](const QString& id, int depth, const QString& via) {
        const TraceLot* l = lots.value(id);
        const QString unit = l ? l->unit : QString();
        QString flow = (via.isEmpty() ? QString() : via + QStringLiteral(" → ")) + (l ? l->tlc : id);
        QString out;
        if (const auto it = shipped.constFind(id); it != shipped.constEnd())
            out = QStringLiteral("%1 %2 in %3 line(s) to %4 customer(s)").arg(it->first).arg(unit).arg(it->second).arg(customers.value(id).size());
        const bool again = seen.contains(id);
        if (again) flow += QStringLiteral(" (see above)");
        table.rows.push_back({flow, l ? l->productName : QString(), l ? l->origin : QString(), QStringLiteral("%1 %2").arg(l ? l->onHand : 0).arg(unit), out});
        table.indent.push_back(depth);
        if (again) return;
        seen.insert(id);
        QList<const TraceEdge*> es = children.values(id);
        std::sort(es.begin(), es.end(), [](const TraceEdge* a, const TraceEdge* b) { return std::tie(a->atMs, a->childLotId) < std::tie(b->atMs, b->childLotId); });
        for (const TraceEdge* e : es) walk(e->childLotId, depth + 1, QStringLiteral("%1 %2").arg(e->kind).arg(e->quantity));
    };
    for (const QString& root : t.roots) walk(root, 0, {});
}

std::vector<Block> reportBlocks(QSqlDatabase db, EventStore& store, const RecallState& s, qint64 printedAtMs)
{
    std::vector<Block> b;
    const Trace t = TraceQueries(db).forward(s.rootLots);
    const QString site = catalog::CatalogQueries(db).siteDescription();
    QString head = QStringLiteral("<h1>%1</h1><p>%2<br/>Status: <b>%3</b> — initiated %4 by %5 — printed %6</p>")
                       .arg(esc(title(s)), esc(site), esc(s.status), esc(when(s.initiatedAtMs)), esc(s.initiatedBy), esc(when(printedAtMs)));
    if (s.drill)
        head += QStringLiteral("<p><b>Drill timing:</b> full scope computed in %1 ms; report printed %2 after initiation (target: under 4 hours).</p>")
                    .arg(s.scopeMs)
                    .arg(duration(std::max<qint64>(0, printedAtMs - s.initiatedAtMs)));
    head += QStringLiteral("<h2>Reason</h2><p>%1</p>").arg(esc(s.reason));
    b.push_back(html(head));

    auto lots = std::make_shared<Table>();
    lots->headers = {QStringLiteral("Lot (TLC)"), QStringLiteral("Product"), QStringLiteral("Origin"), QStringLiteral("Recalled as"), QStringLiteral("On hand")};
    lots->widths = {0.24, 0.30, 0.16, 0.14, 0.16};
    for (const TraceLot& l : t.lots)
        lots->rows.push_back({l.tlc, l.productName, l.origin, s.rootLots.contains(l.lotId) ? QStringLiteral("recalled lot") : QStringLiteral("downstream"),
                              QStringLiteral("%1 %2").arg(l.onHand).arg(l.unit)});
    b.push_back(heading(QStringLiteral("Products and lots")));
    b.push_back({{}, lots, false});

    auto tree = std::make_shared<Table>();
    tree->headers = {QStringLiteral("Trace (lot, and how it flowed from the one above)"), QStringLiteral("Product"), QStringLiteral("Origin"), QStringLiteral("On hand"),
                     QStringLiteral("Shipped")};
    tree->widths = {0.36, 0.18, 0.10, 0.10, 0.26};
    traceRows(t, *tree);
    b.push_back(heading(QStringLiteral("Trace")));
    b.push_back({{}, tree, false});

    QHash<QString, const RecallNotice*> notices;  // the latest notice per customer
    for (const RecallNotice& n : s.notices) notices.insert(n.customerId, &n);
    auto customers = std::make_shared<Table>();
    customers->headers = {QStringLiteral("Customer"),  QStringLiteral("Product"),     QStringLiteral("Shipped"),     QStringLiteral("Returned"), QStringLiteral("Destroyed"),
                          QStringLiteral("Unrecoverable"), QStringLiteral("Written off"), QStringLiteral("Remainder"), QStringLiteral("Notified")};
    customers->widths = {0.18, 0.15, 0.08, 0.07, 0.07, 0.08, 0.07, 0.07, 0.23};
    qint64 shipped = 0, accounted = 0, writtenOff = 0;
    customers->rows.reserve(s.lines.size());
    for (const RecallLine& l : s.lines) {
        const RecallNotice* n = notices.value(l.customerId);
        customers->rows.push_back({l.who(), l.productName, QStringLiteral("%1 %2").arg(l.shipped).arg(l.unit), QString::number(l.returned), QString::number(l.destroyed),
                                   QString::number(l.unrecoverable), QString::number(l.writtenOff), QString::number(l.remainder()),
                                   n ? QStringLiteral("%1 by %2 (%3)").arg(whenIso(n->notifiedAt), n->method, n->contact) : QStringLiteral("not yet")});
        shipped += l.shipped;
        accounted += l.accounted();
        writtenOff += l.writtenOff;
    }
    if (s.lines.empty()) customers->rows.push_back({QStringLiteral("Nothing of the recalled lots was shipped.")});
    b.push_back(heading(QStringLiteral("Affected customers and recovery")));
    b.push_back({{}, customers, false});

    b.push_back(html(QStringLiteral("<h2>Reconciliation</h2><p>Shipped %1 = returned, destroyed or unrecoverable %2 + written off %3 + unreconciled %4.<br/>"
                                    "Stock still held in the warehouse at initiation: %5 (in %6 recall hold(s)).</p>")
                         .arg(shipped)
                         .arg(accounted)
                         .arg(writtenOff)
                         .arg(s.unreconciled())
                         .arg(s.onHold())
                         .arg(s.holds.size())));

    auto holds = std::make_shared<Table>();
    holds->headers = {QStringLiteral("Hold"), QStringLiteral("Lot (TLC)"), QStringLiteral("Quantity"), QStringLiteral("Status now")};
    holds->widths = {0.2, 0.4, 0.2, 0.2};
    QHash<QString, QString> status;
    for (const auto& hs : RecallQueries(db).holdStatus(s.recallId)) status.insert(hs.holdId, hs.status);
    for (const RecallHold& hold : s.holds)
        holds->rows.push_back({hold.number, hold.tlc, QStringLiteral("%1 %2").arg(hold.quantity).arg(hold.unit), status.value(hold.holdId, QStringLiteral("open"))});
    if (s.holds.empty()) holds->rows.push_back({QStringLiteral("No affected stock was left in the warehouse.")});
    b.push_back(heading(QStringLiteral("Holds placed")));
    b.push_back({{}, holds, false});

    auto timeline = std::make_shared<Table>();
    timeline->headers = {QStringLiteral("When"), QStringLiteral("What")};
    timeline->widths = {0.2, 0.8};
    QHash<QString, QString> names;
    for (const RecallLine& l : s.lines) names.insert(l.customerId, l.who());
    for (const Event& e : store.readStream(recallStream(s.recallId))) {
        const QJsonObject& p = e.payload;
        QString what;
        if (e.type == QLatin1String("recall.initiated"))
            what = QStringLiteral("Recall initiated: %1 lot(s) in scope, %2 customer line(s), %3 hold(s) placed")
                       .arg(s.scopeLots.size())
                       .arg(s.lines.size())
                       .arg(s.holds.size());
        else if (e.type == QLatin1String("recall.customer_notified"))
            what = QStringLiteral("%1 notified by %2 (%3)").arg(names.value(p.value(QLatin1String("customer_id")).toString()), p.value(QLatin1String("method")).toString(),
                                                                 p.value(QLatin1String("contact")).toString());
        else if (e.type == QLatin1String("recall.recovery_recorded"))
            what = QStringLiteral("Recovery from %1: returned %2, destroyed %3, unrecoverable %4")
                       .arg(names.value(p.value(QLatin1String("customer_id")).toString()))
                       .arg(p.value(QLatin1String("returned")).toInteger())
                       .arg(p.value(QLatin1String("destroyed_at_customer")).toInteger())
                       .arg(p.value(QLatin1String("unrecoverable")).toInteger());
        else if (e.type == QLatin1String("recall.closed"))
            what = QStringLiteral("Recall closed") + (p.contains(QLatin1String("written_off")) ? QStringLiteral(", remainder written off: ") + s.writeOffReason : QString());
        else if (e.type == QLatin1String("recall.report_printed"))
            what = QStringLiteral("Recall report printed");
        else
            what = e.type;
        timeline->rows.push_back({when(e.occurredAt), what});
    }
    b.push_back(heading(QStringLiteral("Timeline")));
    b.push_back({{}, timeline, false});

    QString sig = QStringLiteral("<h2>Signatures</h2>");
    if (!s.signature.signerId.isEmpty())
        sig += QStringLiteral("<p>Signed by <b>%1</b> on %2 — meaning: %3<br/><span class='mono'>record SHA-256 %4</span></p>")
                   .arg(esc(s.signature.printedName), esc(whenIso(s.signature.signedAt)), esc(s.signature.meaning), esc(s.signature.recordSha256));
    else
        sig += QStringLiteral("<p>No electronic signature recorded%1.</p>").arg(s.closed() ? QStringLiteral(" (closed fully reconciled)") : QString());
    sig += QStringLiteral("<p>Recall coordinator: ______________________ &nbsp; Date: ____________ &nbsp; QA: ______________________</p>");
    b.push_back(html(sig));
    return b;
}

const char* const kStyle =
    "body { font-family: 'DejaVu Sans'; font-size: 9pt; } h1 { font-size: 15pt; } h2 { font-size: 11pt; } "
    "table { border-collapse: collapse; } th { text-align: left; background: #e8eef0; } "
    "td, th { padding: 2px 5px; border-bottom: 1px solid #c9d3d6; } .mono { font-family: 'DejaVu Sans Mono'; }";

// Lays the blocks out on pages (first pass: heights and page count), then paints them
// (second pass) with the page footer "page i of n". Units are points; QTextDocument
// passages use the same units as renderHtml in document.cpp.
class Paginator {
public:
    Paginator(QPagedPaintDevice& device, const std::vector<Block>& blocks, QString footer) : device_(device), blocks_(blocks), footer_(std::move(footer))
    {
        const QRectF paint = device.pageLayout().paintRect(QPageLayout::Point);
        width_ = paint.width();
        fullHeight_ = paint.height();
        height_ = paint.height() - kFooter;
        QFont base(QStringLiteral("DejaVu Sans"));
        base.setPointSizeF(9);
        text_ = base;
        text_.setPixelSize(QFontInfo(base).pixelSize());  // the size QTextDocument gives 9pt
        bold_ = text_;
        bold_.setBold(true);
        small_ = text_;
        small_.setPixelSize(std::max(6, text_.pixelSize() * 7 / 9));
        for (const Block& b : blocks_) {
            if (b.table) {
                docs_.push_back(nullptr);
                continue;
            }
            auto doc = std::make_unique<QTextDocument>();
            doc->setDefaultStyleSheet(QLatin1String(kStyle));
            doc->setHtml(b.html);
            doc->setDocumentMargin(0);
            doc->setTextWidth(width_);
            docs_.push_back(std::move(doc));
        }
    }

    Status render()
    {
        measure();
        pages_ = flow(nullptr);
        QPainter painter;
        if (!painter.begin(&device_)) return refuse(QStringLiteral("reports.output_failed"), QStringLiteral("The document could not be written."));
        const qreal scale = device_.logicalDpiX() / 72.0;
        painter.scale(scale, scale);
        flow(&painter);
        painter.end();
        return ok();
    }

private:
    static constexpr qreal kFooter = 14, kPadV = 2, kPadH = 5, kGap = 6;

    qreal colWidth(const Table& t, qsizetype c) const { return width_ * (c < t.widths.size() ? t.widths.at(c) : 0.1); }
    qreal indentOf(const Table& t, size_t r) const { return r < t.indent.size() ? t.indent[r] * 12.0 : 0; }

    qreal cellHeight(const QFontMetricsF& fm, const QString& text, qreal w) const
    {
        if (text.isEmpty() || fm.horizontalAdvance(text) <= w) return fm.height();
        return fm.boundingRect(QRectF(0, 0, w, 1e7), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text).height();
    }

    void measure()
    {
        const QFontMetricsF fm(text_), fb(bold_);
        heights_.assign(blocks_.size(), {});
        for (size_t i = 0; i < blocks_.size(); ++i) {
            const Table* t = blocks_[i].table.get();
            if (!t) continue;
            std::vector<qreal>& h = heights_[i];
            h.reserve(t->rows.size() + 1);
            qreal head = 0;
            for (qsizetype c = 0; c < t->headers.size(); ++c) head = std::max(head, cellHeight(fb, t->headers.at(c), colWidth(*t, c) - 2 * kPadH));
            h.push_back(head + 2 * kPadV);
            for (size_t r = 0; r < t->rows.size(); ++r) {
                const QStringList& row = t->rows[r];
                qreal rh = fm.height();
                if (row.size() == 1)  // a note across the table
                    rh = cellHeight(fm, row.at(0), width_ - 2 * kPadH);
                else
                    for (qsizetype c = 0; c < row.size(); ++c)
                        rh = std::max(rh, cellHeight(fm, row.at(c), colWidth(*t, c) - 2 * kPadH - (c == 0 ? indentOf(*t, r) : 0)));
                h.push_back(rh + 2 * kPadV);
            }
        }
    }

    void footer(QPainter* p, int page) const
    {
        if (!p) return;
        p->setFont(small_);
        p->setPen(Qt::black);
        const QRectF r(0, fullHeight_ - kFooter + 4, width_, kFooter - 4);
        p->drawText(r, Qt::AlignLeft | Qt::AlignVCenter, footer_);
        p->drawText(r, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("page %1 of %2").arg(page + 1).arg(pages_));
    }

    void drawCell(QPainter* p, const QFontMetricsF& fm, const QString& text, qreal x, qreal y, qreal w, qreal h) const
    {
        if (text.isEmpty()) return;
        if (fm.horizontalAdvance(text) <= w)
            p->drawText(QPointF(x, y + fm.ascent()), text);
        else
            p->drawText(QRectF(x, y, w, h), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    }

    void drawRow(QPainter* p, const Table& t, const QStringList& row, qreal y, qreal h, bool header, qreal indent) const
    {
        if (!p) return;
        if (header) p->fillRect(QRectF(0, y, width_, h), QColor(0xe8, 0xee, 0xf0));
        p->setFont(header ? bold_ : text_);
        p->setPen(Qt::black);
        const QFontMetricsF fm(header ? bold_ : text_);
        if (row.size() == 1 && !header) {
            drawCell(p, fm, row.at(0), kPadH, y + kPadV, width_ - 2 * kPadH, h - 2 * kPadV);
        } else {
            qreal x = 0;
            for (qsizetype c = 0; c < row.size(); ++c) {
                const qreal w = colWidth(t, c), in = c == 0 ? indent : 0;
                drawCell(p, fm, row.at(c), x + kPadH + in, y + kPadV, w - 2 * kPadH - in, h - 2 * kPadV);
                x += w;
            }
        }
        p->setPen(QPen(QColor(0xc9, 0xd3, 0xd6), 0.75));
        p->drawLine(QPointF(0, y + h), QPointF(width_, y + h));
    }

    // Walks the blocks; paints when a painter is given. Returns the number of pages.
    int flow(QPainter* p)
    {
        int page = 0;
        qreal y = 0;
        const auto newPage = [&] {
            footer(p, page);
            if (p) device_.newPage();
            ++page;
            y = 0;
        };
        for (size_t i = 0; i < blocks_.size(); ++i) {
            const Block& b = blocks_[i];
            if (!b.table) {
                QTextDocument& doc = *docs_[i];
                const qreal h = doc.size().height();
                qreal need = h;
                if (b.keepWithNext && i + 1 < blocks_.size() && blocks_[i + 1].table) {
                    const std::vector<qreal>& next = heights_[i + 1];
                    need += next[0] + (next.size() > 1 ? next[1] : 0);
                }
                if (y > 0 && y + need > height_) newPage();
                // A passage taller than a page is cut into page-high slices.
                for (qreal done = 0; done < h;) {
                    const qreal slice = std::min(h - done, height_ - y);
                    if (p) {
                        p->save();
                        p->translate(0, y - done);
                        doc.drawContents(p, QRectF(0, done, width_, slice));
                        p->restore();
                    }
                    done += slice;
                    y += slice;
                    if (done < h) newPage();
                }
                continue;
            }
            const Table& t = *b.table;
            const std::vector<qreal>& h = heights_[i];
            if (y > 0 && y + h[0] + (h.size() > 1 ? h[1] : 0) > height_) newPage();
            drawRow(p, t, t.headers, y, h[0], true, 0);
            y += h[0];
            for (size_t r = 0; r < t.rows.size(); ++r) {
                const qreal rh = h[r + 1];
                if (y + rh > height_ && y > h[0]) {
                    newPage();
                    drawRow(p, t, t.headers, y, h[0], true, 0);  // the header again on every page
                    y += h[0];
                }
                drawRow(p, t, t.rows[r], y, rh, false, indentOf(t, r));
                y += rh;
            }
            y += kGap;
        }
        footer(p, page);
        return page + 1;
    }

    QPagedPaintDevice& device_;
    const std::vector<Block>& blocks_;
    QString footer_;
    std::vector<std::unique_ptr<QTextDocument>> docs_;
    std::vector<std::vector<qreal>> heights_;
    QFont text_, bold_, small_;
    qreal width_ = 0, height_ = 0, fullHeight_ = 0;
    int pages_ = 1;
};

QString blocksHtml(const std::vector<Block>& blocks)
{
    QString h;
    for (const Block& b : blocks) {
        if (!b.table) {
            h += b.html;
            continue;
        }
        h += QStringLiteral("<table width='100%'><tr>");
        for (const QString& c : b.table->headers) h += QStringLiteral("<th>%1</th>").arg(esc(c));
        h += QStringLiteral("</tr>");
        for (size_t r = 0; r < b.table->rows.size(); ++r) {
            const QStringList& row = b.table->rows[r];
            h += QStringLiteral("<tr>");
            const QString pad(r < b.table->indent.size() ? b.table->indent[r] * 4 : 0, QChar(0xA0));
            for (qsizetype c = 0; c < row.size(); ++c)
                h += row.size() == 1 ? QStringLiteral("<td colspan='%1'>%2</td>").arg(b.table->headers.size()).arg(esc(row.at(c)))
                                     : QStringLiteral("<td>%1</td>").arg((c == 0 ? pad : QString()) + esc(row.at(c)));
            h += QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table>");
    }
    return h;
}

}  // namespace

QString recallReportHtml(QSqlDatabase db, EventStore& store, const QString& recallId, qint64 printedAtMs)
{
    const RecallState s = RecallQueries::load(store, recallId);
    if (!s.exists) return QStringLiteral("<h1>No such recall</h1>");
    return blocksHtml(reportBlocks(db, store, s, printedAtMs));
}

Status writeRecallReportPdf(const QString& path, QSqlDatabase db, EventStore& store, const QString& recallId, qint64 printedAtMs)
{
    const RecallState s = RecallQueries::load(store, recallId);
    if (!s.exists) return refuse(QStringLiteral("recall.unknown"), QStringLiteral("There is no such recall."));
    const std::vector<Block> blocks = reportBlocks(db, store, s, printedAtMs);
    QPdfWriter pdf(path);
    pdf.setPageLayout(a4Layout(QPageLayout::Landscape));
    pdf.setResolution(300);
    pdf.setTitle(title(s));
    pdf.setCreator(QStringLiteral("Tracelot"));
    return Paginator(pdf, blocks, title(s)).render();
}

Status printRecallReport(QPrinter& printer, QSqlDatabase db, EventStore& store, const QString& recallId, qint64 printedAtMs)
{
    const RecallState s = RecallQueries::load(store, recallId);
    if (!s.exists) return refuse(QStringLiteral("recall.unknown"), QStringLiteral("There is no such recall."));
    printer.setPageLayout(a4Layout(QPageLayout::Landscape));
    const std::vector<Block> blocks = reportBlocks(db, store, s, printedAtMs);
    return Paginator(printer, blocks, title(s)).render();
}

}  // namespace tracelot::reports

// The traceability & recall page (see traceabilityviewmodel.h).
#include "traceability/traceabilityviewmodel.h"

#include "eventstore/database.h"
#include "inventory/inventorymodule.h"
#include "inventory/printsupport.h"
#include "reports/traceability/fsmaxlsx.h"
#include "reports/traceability/recallreport.h"
#include "shell/session.h"
#include "shell/uitext.h"
#include "traceability/traceabilitymodule.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QPrinter>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace tracelot::ui {

using namespace tracelot::traceability;

namespace {
QString when(qint64 ms) { return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString(); }
QString qty(qint64 n, const QString& unit) { return unit.isEmpty() ? QString::number(n) : QStringLiteral("%1 %2").arg(n).arg(unit); }
QStringList splitList(const QString& s)
{
    QStringList out;
    for (const QString& part : s.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) out << part.trimmed();
    return out;
}
}  // namespace

TraceabilityViewModel::TraceabilityViewModel(QObject* parent) : CommandViewModel(parent) { }
TraceabilityViewModel::TraceabilityViewModel(Session* session, QObject* parent) : CommandViewModel(parent)
{
    setSession(session);
}

void TraceabilityViewModel::workspaceAttached()
{
    traceRows_.clear();
    customers_.clear();
    traceSummary_.clear();
    traceError_.clear();
    recall_.clear();
    scope_.clear();
    emit traceChanged();
    emit recallChanged();
    emit scopeChanged();
    reloadRecalls();
}

bool TraceabilityViewModel::canRecall() const
{
    return mayRun(QStringLiteral("InitiateRecall"));
}
bool TraceabilityViewModel::canNotify() const
{
    return mayRun(QStringLiteral("RecordCustomerNotified"));
}
QString TraceabilityViewModel::recallNote() const
{
    return needs(tr("Recalling, recording recovery and closing a recall"), QStringLiteral("InitiateRecall"));
}
QStringList TraceabilityViewModel::recallClasses() const { return traceability::recallClasses(); }

QVariantList TraceabilityViewModel::notificationMethods() const
{
    const QHash<QString, QString> labels{{QStringLiteral("phone"), tr("Phone")}, {QStringLiteral("email"), tr("E-mail")}, {QStringLiteral("letter"), tr("Letter")},
                                         {QStringLiteral("visit"), tr("Visit")},  {QStringLiteral("edi"), tr("EDI message")}};
    QVariantList out;
    for (const QString& m : traceability::notificationMethods())
        out << QVariantMap{{QStringLiteral("value"), m}, {QStringLiteral("label"), labels.value(m, m)}};
    return out;
}

bool TraceabilityViewModel::trace(const QString& key, bool forward, const QString& product)
{
    Workspace* ws = workspace();
    traceRows_.clear();
    customers_.clear();
    traceSummary_.clear();
    traceError_.clear();
    forward_ = forward;
    if (!ws) {
        traceError_ = tr("No database is open.");
        emit traceChanged();
        return false;
    }
    TraceQueries tq(ws->database().sql());
    const Result<QStringList> roots = tq.startingLots(key, product, forward ? Direction::Forward : Direction::Backward);
    if (!roots) {
        traceError_ = text::refusal(roots.refusal());
        emit traceChanged();
        return false;
    }
    const Trace t = forward ? tq.forward(roots.value()) : tq.backward(roots.value());
    QHash<QString, const TraceLot*> lots;
    for (const TraceLot& l : t.lots) lots.insert(l.lotId, &l);
    QMultiHash<QString, const TraceEdge*> next;
    for (const TraceEdge& e : t.edges) next.insert(forward ? e.parentLotId : e.childLotId, &e);
    QMultiHash<QString, const TraceShipment*> shipped;
    for (const TraceShipment& s : t.shipments) shipped.insert(s.lotId, &s);
    QHash<QString, const TraceReceipt*> received;
    for (const TraceReceipt& r : t.receipts) received.insert(r.lotId, &r);
    QSet<QString> shown;
    const auto row = [this](int depth, const QString& kind, const QString& text) {
        traceRows_ << QVariantMap{{QStringLiteral("depth"), depth}, {QStringLiteral("kind"), kind}, {QStringLiteral("text"), text}};
    };
    const auto describe = [&](const QString& id) {
        const TraceLot* l = lots.value(id);
        return l ? tr("Lot %1 — %2 (%3), on hand %4").arg(l->tlc, l->productName, l->origin, qty(l->onHand, l->unit)) : id;
    };
    std::function<void(const QString&, int)> walk = [&](const QString& id, int depth) {
        if (shown.contains(id)) return;
        shown.insert(id);
        if (!forward)
            if (const TraceReceipt* r = received.value(id))
                row(depth + 1, QStringLiteral("receipt"),
                    tr("Received %1 from %2 on %3 (%4 %5)")
                        .arg(qty(r->quantity, r->unit), r->supplierName.isEmpty() ? r->supplierId : r->supplierName, r->receivedOn.toString(Qt::ISODate),
                             r->referenceDocumentType, r->referenceDocumentNumber));
        if (forward) {
            QList<const TraceShipment*> ss = shipped.values(id);
            std::sort(ss.begin(), ss.end(), [](const TraceShipment* a, const TraceShipment* b) { return std::tie(a->shipDate, a->orderId) < std::tie(b->shipDate, b->orderId); });
            for (const TraceShipment* s : ss)
                row(depth + 1, QStringLiteral("shipment"),
                    tr("Shipped %1 to %2 on %3 (order %4)")
                        .arg(qty(s->quantity, s->unit), s->customerName.isEmpty() ? s->customerId : s->customerName, s->shipDate.toString(Qt::ISODate), s->orderId));
        }
        QList<const TraceEdge*> es = next.values(id);
        std::sort(es.begin(), es.end(), [](const TraceEdge* a, const TraceEdge* b) { return a->atMs < b->atMs; });
        for (const TraceEdge* e : es) {
            const QString other = forward ? e->childLotId : e->parentLotId;
            row(depth + 1, QStringLiteral("lot"), tr("%1 %2 → %3").arg(e->kind == QLatin1String("split") ? tr("split") : tr("transformation")).arg(e->quantity).arg(describe(other)));
            walk(other, depth + 1);
        }
    };
    for (const QString& root : t.roots) {
        row(0, QStringLiteral("lot"), describe(root));
        walk(root, 0);
    }
    for (const CustomerExposure& c : t.customers)
        customers_ << QVariantMap{{QStringLiteral("customerId"), c.customerId},
                                  {QStringLiteral("customer"), c.customerName.isEmpty() ? c.customerId : c.customerName},
                                  {QStringLiteral("product"), c.productName},
                                  {QStringLiteral("shipped"), qty(c.shipped, c.unit)},
                                  {QStringLiteral("returned"), qty(c.returned, c.unit)},
                                  {QStringLiteral("shipments"), c.shipments},
                                  {QStringLiteral("orders"), c.orders.join(QStringLiteral(", "))}};
    if (!forward)
        for (const TraceReceipt& r : t.receipts)
            customers_ << QVariantMap{{QStringLiteral("customerId"), r.supplierId},
                                      {QStringLiteral("customer"), r.supplierName.isEmpty() ? r.supplierId : r.supplierName},
                                      {QStringLiteral("product"), r.tlc},
                                      {QStringLiteral("shipped"), qty(r.quantity, r.unit)},
                                      {QStringLiteral("returned"), r.receivedOn.toString(Qt::ISODate)},
                                      {QStringLiteral("shipments"), 1},
                                      {QStringLiteral("orders"), QStringLiteral("%1 %2").arg(r.referenceDocumentType, r.referenceDocumentNumber)}};
    traceSummary_ = forward ? tr("%n lot(s), %1 shipment line(s), %2 customer line(s) — traced in %3 ms", nullptr, static_cast<int>(t.lots.size()))
                                  .arg(t.shipments.size())
                                  .arg(t.customers.size())
                                  .arg(static_cast<double>(t.elapsedUs) / 1000.0, 0, 'f', 1)
                            : tr("%n lot(s), %1 receipt(s) — traced in %2 ms", nullptr, static_cast<int>(t.lots.size()))
                                  .arg(t.receipts.size())
                                  .arg(static_cast<double>(t.elapsedUs) / 1000.0, 0, 'f', 1);
    emit traceChanged();
    return true;
}

void TraceabilityViewModel::reloadRecalls()
{
    recalls_.clear();
    if (Workspace* ws = workspace())
        for (const RecallRow& r : RecallQueries(ws->database().sql()).recalls())
            recalls_ << QVariantMap{{QStringLiteral("recallId"), r.recallId},
                                    {QStringLiteral("number"), r.number},
                                    {QStringLiteral("status"), r.status},
                                    {QStringLiteral("statusText"), r.status == QLatin1String("closed") ? tr("closed") : tr("open")},
                                    {QStringLiteral("recallClass"), r.recallClass},
                                    {QStringLiteral("drill"), r.drill},
                                    {QStringLiteral("reason"), r.reason},
                                    {QStringLiteral("initiated"), when(r.initiatedAtMs)},
                                    {QStringLiteral("customers"), r.customers},
                                    {QStringLiteral("onHold"), r.onHold},
                                    {QStringLiteral("unreconciled"), r.unreconciled}};
    emit recallsChanged();
}

void TraceabilityViewModel::openRecallRow(int row)
{
    if (row >= 0 && row < recalls_.size()) openRecall(recalls_.at(row).toMap().value(QStringLiteral("recallId")).toString());
}

void TraceabilityViewModel::openRecall(const QString& recallId)
{
    recall_.clear();
    Workspace* ws = workspace();
    if (ws && !recallId.isEmpty()) {
        const RecallState s = RecallQueries::load(ws->store(), recallId);
        if (s.exists) {
            QVariantList lines, holds;
            for (const RecallLine& l : s.lines) {
                QString notified;
                for (const RecallNotice& n : s.notices)
                    if (n.customerId == l.customerId) notified = tr("%1 by %2 (%3)").arg(n.notifiedAt.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')), n.method, n.contact);
                lines << QVariantMap{{QStringLiteral("customerId"), l.customerId}, {QStringLiteral("productId"), l.productId},
                                     {QStringLiteral("customer"), l.who()},        {QStringLiteral("product"), l.productName},
                                     {QStringLiteral("shipped"), qty(l.shipped, l.unit)}, {QStringLiteral("returned"), l.returned},
                                     {QStringLiteral("destroyed"), l.destroyed},   {QStringLiteral("unrecoverable"), l.unrecoverable},
                                     {QStringLiteral("remainder"), l.remainder()}, {QStringLiteral("notified"), notified.isEmpty() ? tr("not yet") : notified}};
            }
            QHash<QString, QString> status;
            for (const auto& h : RecallQueries(ws->database().sql()).holdStatus(recallId)) status.insert(h.holdId, h.status);
            for (const RecallHold& h : s.holds)
                holds << QVariantMap{{QStringLiteral("number"), h.number}, {QStringLiteral("tlc"), h.tlc}, {QStringLiteral("quantity"), qty(h.quantity, h.unit)},
                                     {QStringLiteral("status"), status.value(h.holdId, QStringLiteral("open"))}};
            qint64 shipped = 0, accounted = 0, writtenOff = 0;
            for (const RecallLine& l : s.lines) {
                shipped += l.shipped;
                accounted += l.accounted();
                writtenOff += l.writtenOff;
            }
            QString drill;
            if (s.drill)
                drill = s.reportPrintedAtMs ? tr("Drill: full scope in %1 ms; report printed %2 min after initiation (target: under 4 hours).")
                                                  .arg(s.scopeMs)
                                                  .arg((s.reportPrintedAtMs - s.initiatedAtMs) / 60'000)
                                            : tr("Drill: full scope in %1 ms; the clock runs until the report is printed (target: under 4 hours).").arg(s.scopeMs);
            recall_ = {{QStringLiteral("recallId"), s.recallId},
                       {QStringLiteral("number"), s.number},
                       {QStringLiteral("status"), s.status},
                       {QStringLiteral("closed"), s.closed()},
                       {QStringLiteral("reason"), s.reason},
                       {QStringLiteral("recallClass"), s.recallClass},
                       {QStringLiteral("drill"), s.drill},
                       {QStringLiteral("drillText"), drill},
                       {QStringLiteral("initiated"), tr("Initiated %1 by %2").arg(when(s.initiatedAtMs), s.initiatedBy)},
                       {QStringLiteral("lots"), static_cast<int>(s.scopeLots.size())},
                       {QStringLiteral("lines"), lines},
                       {QStringLiteral("holds"), holds},
                       {QStringLiteral("unreconciled"), s.unreconciled()},
                       {QStringLiteral("reconciliation"),
                        tr("Shipped %1 = returned, destroyed or unrecoverable %2 + written off %3 + unreconciled %4. Stock held at initiation: %5 in %n hold(s).", nullptr,
                           static_cast<int>(s.holds.size()))
                            .arg(shipped)
                            .arg(accounted)
                            .arg(writtenOff)
                            .arg(s.unreconciled())
                            .arg(s.onHold())},
                       {QStringLiteral("recordSha256"), s.recordSha256()},
                       {QStringLiteral("signature"), s.signature.signerId.isEmpty() ? QString() : tr("Signed by %1 on %2 — %3").arg(s.signature.printedName, s.signature.signedAt, s.signature.meaning)}};
        }
    }
    emit recallChanged();
}

bool TraceabilityViewModel::previewScope(const QString& key, const QString& product)
{
    scope_.clear();
    Workspace* ws = workspace();
    if (!ws) return fail(tr("No database is open."));
    TraceQueries tq(ws->database().sql());
    const Result<QStringList> roots = tq.startingLots(key, product);
    if (!roots) {
        emit scopeChanged();
        return fail(text::refusal(roots.refusal()), QStringLiteral("key"));
    }
    const Trace t = tq.forward(roots.value());
    qint64 onHand = 0;
    int inStock = 0;
    for (const TraceLot& l : t.lots)
        if (l.onHand > 0) {
            onHand += l.onHand;
            ++inStock;
        }
    QVariantList lines;
    for (const CustomerExposure& c : t.customers)
        lines << QVariantMap{{QStringLiteral("customer"), c.customerName.isEmpty() ? c.customerId : c.customerName}, {QStringLiteral("product"), c.productName},
                             {QStringLiteral("shipped"), qty(c.shipped, c.unit)}};
    QSet<QString> customers;
    for (const CustomerExposure& c : t.customers) customers.insert(c.customerId);
    scope_ = {{QStringLiteral("lots"), static_cast<int>(t.lots.size())},
              {QStringLiteral("customers"), static_cast<int>(customers.size())},
              {QStringLiteral("summary"), tr("%1 lot(s) in scope, %2 of them still in stock (%3 units will be held); %4 customer(s) received some.")
                                              .arg(t.lots.size())
                                              .arg(inStock)
                                              .arg(onHand)
                                              .arg(customers.size())},
              {QStringLiteral("lines"), lines}};
    emit scopeChanged();
    clearMessages();
    return true;
}

bool TraceabilityViewModel::initiateRecall(const QString& key, const QString& product, const QString& reason, const QString& recallClass, bool drill)
{
    if (key.trimmed().isEmpty()) return fail(tr("Give the lot or the traceability lot code to recall."), QStringLiteral("key"));
    if (reason.trimmed().isEmpty()) return fail(tr("Say why, as the customers will be told."), QStringLiteral("reason"));
    Workspace* ws = workspace();
    if (!ws) return fail(tr("No database is open."));
    QJsonObject p{{QStringLiteral("reason"), reason.trimmed()}, {QStringLiteral("class"), recallClass}, {QStringLiteral("drill"), drill}};
    // A lot id is recalled as a lot; anything else as a TLC (with the product when given).
    inventory::InventoryQueries inv(ws->database().sql());
    if (inv.lot(key.trimmed())) {
        p.insert(QStringLiteral("lot_ids"), QJsonArray{key.trimmed()});
    } else {
        p.insert(QStringLiteral("tlc"), key.trimmed());
        if (!product.trimmed().isEmpty()) p.insert(QStringLiteral("product"), product.trimmed());
    }
    Result<Outcome> r = execute(QStringLiteral("InitiateRecall"), p);
    if (!r) return refused(r.refusal());
    reloadRecalls();
    openRecall(r->events.front().payload.value(QLatin1String("recall_id")).toString());
    return succeed(tr("Recall %1 initiated: %2 hold(s) placed.")
                       .arg(recall_.value(QStringLiteral("number")).toString())
                       .arg(recall_.value(QStringLiteral("holds")).toList().size()));
}

bool TraceabilityViewModel::run(const QString& command, const QJsonObject& payload)
{
    Workspace* ws = workspace();
    if (!ws) return fail(tr("No database is open."));
    const QString id = recall_.value(QStringLiteral("recallId")).toString();
    if (id.isEmpty()) return fail(tr("Open a recall first."));
    QJsonObject p = payload;
    p.insert(QStringLiteral("recall_id"), id);
    Result<Outcome> r = execute(command, p);
    if (!r) return refused(r.refusal());
    reloadRecalls();
    openRecall(id);
    return true;
}

bool TraceabilityViewModel::recordNotified(const QString& customerId, const QString& method, const QString& contact)
{
    if (contact.trimmed().isEmpty()) return fail(tr("Say whom you told: a name, a phone number or an address."), QStringLiteral("contact"));
    if (!run(QStringLiteral("RecordCustomerNotified"),
             {{QStringLiteral("customer_id"), customerId}, {QStringLiteral("method"), method}, {QStringLiteral("contact"), contact.trimmed()}}))
        return false;
    return succeed(tr("Notification recorded."));
}

bool TraceabilityViewModel::recordRecovery(const QString& customerId, const QString& productId, int returned, int destroyed, int unrecoverable)
{
    QJsonObject p{{QStringLiteral("customer_id"), customerId}, {QStringLiteral("returned"), returned}, {QStringLiteral("destroyed_at_customer"), destroyed},
                  {QStringLiteral("unrecoverable"), unrecoverable}};
    if (!productId.isEmpty()) p.insert(QStringLiteral("product_id"), productId);
    if (!run(QStringLiteral("RecordRecovery"), p)) return false;
    return succeed(tr("Recovery recorded."));
}

bool TraceabilityViewModel::closeRecall(const QString& password, const QString& writeOffReason)
{
    QJsonObject p;
    if (recall_.value(QStringLiteral("unreconciled")).toLongLong() != 0) {
        if (writeOffReason.trimmed().isEmpty()) return fail(tr("Say why the remainder is written off."), QStringLiteral("reason"));
        if (password.isEmpty()) return fail(tr("Enter your password to sign the write-off."), QStringLiteral("password"));
        p = {{QStringLiteral("password"), password}, {QStringLiteral("write_off_reason"), writeOffReason.trimmed()},
             {QStringLiteral("record_sha256"), recall_.value(QStringLiteral("recordSha256")).toString()}};
    }
    if (!run(QStringLiteral("CloseRecall"), p)) return false;
    return succeed(tr("Recall %1 closed.").arg(recall_.value(QStringLiteral("number")).toString()));
}

bool TraceabilityViewModel::reportPrinted()
{
    // The drill clock stops at the first printed report.
    Workspace* ws = workspace();
    const QString id = recall_.value(QStringLiteral("recallId")).toString();
    if (!ws || id.isEmpty()) return false;
    Result<Outcome> r = execute(QStringLiteral("RecordRecallReport"), { { QStringLiteral("recall_id"), id } });
    openRecall(id);
    return static_cast<bool>(r);
}

bool TraceabilityViewModel::saveReportPdf(const QString& path)
{
    Workspace* ws = workspace();
    const QString id = recall_.value(QStringLiteral("recallId")).toString();
    if (!ws || id.isEmpty()) return fail(tr("Open a recall first."));
    const Status s = reports::writeRecallReportPdf(path, ws->database().sql(), ws->store(), id, QDateTime::currentMSecsSinceEpoch());
    if (!s) return fail(s.refusal().message);
    reportPrinted();
    return succeed(tr("Recall report saved to %1.").arg(path));
}

bool TraceabilityViewModel::saveReportPdfAs()
{
    const QString path = print::askPdfPath(tr("Save the recall report as PDF"), QStringLiteral("recall-%1.pdf").arg(recall_.value(QStringLiteral("number")).toString()));
    return !path.isEmpty() && saveReportPdf(path);
}

bool TraceabilityViewModel::printReport()
{
    Workspace* ws = workspace();
    const QString id = recall_.value(QStringLiteral("recallId")).toString();
    if (!ws || id.isEmpty()) return fail(tr("Open a recall first."));
    const Status s = print::withDialog(
        tr("Print the recall report"), [](QPrinter&) {},
        [&](QPrinter& p) { return reports::printRecallReport(p, ws->database().sql(), ws->store(), id, QDateTime::currentMSecsSinceEpoch()); });
    if (!s) return print::cancelled(s.refusal()) ? false : fail(s.refusal().message);
    reportPrinted();
    return succeed(tr("Recall report sent to the printer."));
}

bool TraceabilityViewModel::exportFsma(const QString& from, const QString& to, const QString& products, const QString& tlcs, const QString& format, const QString& path)
{
    Workspace* ws = workspace();
    if (!ws) return fail(tr("No database is open."));
    FsmaFilter f;
    f.from = QDate::fromString(from.trimmed(), Qt::ISODate);
    f.to = QDate::fromString(to.trimmed(), Qt::ISODate);
    if (!from.trimmed().isEmpty() && !f.from.isValid()) return fail(tr("Write the first day as YYYY-MM-DD."), QStringLiteral("from"));
    if (!to.trimmed().isEmpty() && !f.to.isValid()) return fail(tr("Write the last day as YYYY-MM-DD."), QStringLiteral("to"));
    f.products = splitList(products);
    f.tlcs = splitList(tlcs);
    QString file = path;
    const QString ext = format == QLatin1String("xlsx") ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    if (!file.endsWith(ext, Qt::CaseInsensitive)) file += ext;
    const Result<FsmaCounts> counts = reports::exportFsmaFile(ws->database().sql(), f, file);
    if (!counts) return fail(text::refusal(counts.refusal()));
    return succeed(tr("FSMA 204 spreadsheet saved to %1: %2 receiving, %3 shipping, %4 transformation row(s).")
                       .arg(file)
                       .arg(counts->receiving)
                       .arg(counts->shipping)
                       .arg(counts->transformation));
}

bool TraceabilityViewModel::exportFsmaAs(const QString& from, const QString& to, const QString& products, const QString& tlcs, const QString& format)
{
    QString path = print::askPdfPath(tr("Save the FSMA 204 spreadsheet"), QStringLiteral("fsma204-%1-%2.%3").arg(from, to, format));
    if (path.isEmpty()) return false;
    if (path.endsWith(QLatin1String(".pdf"))) path.chop(4);
    return exportFsma(from, to, products, tlcs, format, path);
}

}  // namespace tracelot::ui

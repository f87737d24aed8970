#include "traceability/recall.h"

#include "common/canonicaljson.h"
#include "common/crypto.h"

#include <QDateTime>
#include <QJsonArray>

namespace tracelot::traceability {

const QStringList& recallClasses()
{
    static const QStringList c{QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III")};
    return c;
}

const QStringList& notificationMethods()
{
    static const QStringList m{QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("letter"), QStringLiteral("visit"), QStringLiteral("edi")};
    return m;
}

namespace {
QString str(const QJsonObject& p, const char* k) { return p.value(QLatin1String(k)).toString(); }
qint64 num(const QJsonObject& p, const char* k) { return p.value(QLatin1String(k)).toInteger(); }
QStringList strings(const QJsonObject& p, const char* k)
{
    QStringList out;
    for (const QJsonValue& v : p.value(QLatin1String(k)).toArray()) out << v.toString();
    return out;
}
qint64 msOf(const QString& iso) { return QDateTime::fromString(iso, Qt::ISODateWithMs).toMSecsSinceEpoch(); }

QJsonObject lineJson(const RecallLine& l)
{
    return {{QStringLiteral("customer_id"), l.customerId}, {QStringLiteral("customer"), l.customerName}, {QStringLiteral("product_id"), l.productId},
            {QStringLiteral("product"), l.productName},    {QStringLiteral("unit"), l.unit},              {QStringLiteral("shipped"), l.shipped},
            {QStringLiteral("orders"), QJsonArray::fromStringList(l.orders)}};
}

RecallLine* findLine(RecallState& s, const QString& customer, const QString& product)
{
    for (RecallLine& l : s.lines)
        if (l.customerId == customer && l.productId == product) return &l;
    return nullptr;
}

Refusal notOpen(const RecallState& r)
{
    if (!r.exists) return refuse(QStringLiteral("recall.unknown"), QStringLiteral("There is no such recall."));
    return refuse(QStringLiteral("recall.closed"), QStringLiteral("Recall %1 is closed; nothing more can be recorded on it.").arg(r.number));
}
}  // namespace

const RecallLine* RecallState::line(const QString& customerId, const QString& productId) const
{
    for (const RecallLine& l : lines)
        if (l.customerId == customerId && l.productId == productId) return &l;
    return nullptr;
}

bool RecallState::notified(const QString& customerId) const
{
    for (const RecallNotice& n : notices)
        if (n.customerId == customerId) return true;
    return false;
}

qint64 RecallState::unreconciled() const
{
    qint64 n = 0;
    for (const RecallLine& l : lines) n += std::max<qint64>(0, l.remainder());
    return n;
}

qint64 RecallState::onHold() const
{
    qint64 n = 0;
    for (const RecallHold& h : holds) n += h.quantity;
    return n;
}

QJsonObject RecallState::record() const
{
    QJsonArray ls;
    for (const RecallLine& l : lines)
        ls.append(QJsonObject{{QStringLiteral("customer_id"), l.customerId}, {QStringLiteral("product_id"), l.productId},
                              {QStringLiteral("shipped"), l.shipped},        {QStringLiteral("returned"), l.returned},
                              {QStringLiteral("destroyed_at_customer"), l.destroyed}, {QStringLiteral("unrecoverable"), l.unrecoverable}});
    return {{QStringLiteral("recall_id"), recallId}, {QStringLiteral("number"), number}, {QStringLiteral("reason"), reason},
            {QStringLiteral("class"), recallClass},  {QStringLiteral("lines"), ls}};
}

QString RecallState::recordSha256() const { return QString::fromLatin1(crypto::sha256(canonicalJson(record())).toHex()); }

RecallState evolveRecall(RecallState s, const Event& e)
{
    const QJsonObject& p = e.payload;
    if (e.type == QLatin1String("recall.initiated")) {
        s.exists = true;
        s.recallId = str(p, "recall_id");
        s.number = str(p, "number");
        s.reason = str(p, "reason");
        s.recallClass = str(p, "class");
        s.drill = p.value(QLatin1String("drill")).toBool();
        s.initiatedAtMs = msOf(str(p, "initiated_at"));
        s.initiatedBy = str(p, "initiated_by");
        s.scopeMs = num(p, "scope_ms");
        s.rootLots = strings(p, "root_lot_ids");
        s.scopeLots = strings(p, "lot_ids");
        s.lines.clear();
        for (const QJsonValue& v : p.value(QLatin1String("customers")).toArray()) {
            const QJsonObject o = v.toObject();
            RecallLine l;
            l.customerId = str(o, "customer_id");
            l.customerName = str(o, "customer");
            l.productId = str(o, "product_id");
            l.productName = str(o, "product");
            l.unit = str(o, "unit");
            l.shipped = num(o, "shipped");
            l.orders = strings(o, "orders");
            s.lines.push_back(l);
        }
        s.holds.clear();
        for (const QJsonValue& v : p.value(QLatin1String("holds")).toArray()) {
            const QJsonObject o = v.toObject();
            s.holds.push_back({str(o, "hold_id"), str(o, "number"), str(o, "lot_id"), str(o, "tlc"), num(o, "quantity"), str(o, "unit")});
        }
    } else if (e.type == QLatin1String("recall.customer_notified")) {
        s.notices.push_back({str(p, "customer_id"), str(p, "method"), str(p, "contact"), str(p, "notified_at"), str(p, "note")});
    } else if (e.type == QLatin1String("recall.recovery_recorded")) {
        if (RecallLine* l = findLine(s, str(p, "customer_id"), str(p, "product_id"))) {
            l->returned += num(p, "returned");
            l->destroyed += num(p, "destroyed_at_customer");
            l->unrecoverable += num(p, "unrecoverable");
        }
    } else if (e.type == QLatin1String("recall.closed")) {
        s.status = QStringLiteral("closed");
        s.closedAtMs = msOf(str(p, "closed_at"));
        s.writeOffReason = str(p, "write_off_reason");
        for (const QJsonValue& v : p.value(QLatin1String("written_off")).toArray()) {
            const QJsonObject o = v.toObject();
            if (RecallLine* l = findLine(s, str(o, "customer_id"), str(o, "product_id"))) l->writtenOff += num(o, "quantity");
        }
        if (p.contains(QLatin1String("signature"))) s.signature = quality::Signature::fromJson(p.value(QLatin1String("signature")).toObject());
    } else if (e.type == QLatin1String("recall.report_printed")) {
        if (s.reportPrintedAtMs == 0) s.reportPrintedAtMs = msOf(str(p, "printed_at"));
    }
    return s;
}

RecallState foldRecall(const Events& events)
{
    RecallState s;
    for (const Event& e : events) s = evolveRecall(std::move(s), e);
    return s;
}

Result<NewEvents> decideInitiateRecall(const RecallState& current, const InitiateRecall& c)
{
    if (current.exists) return refuse(QStringLiteral("recall.exists"), QStringLiteral("Recall %1 already exists.").arg(current.number));
    if (c.reason.trimmed().isEmpty()) return refuse(QStringLiteral("recall.reason_missing"), QStringLiteral("Say why the products are recalled."));
    if (!recallClasses().contains(c.recallClass))
        return refuse(QStringLiteral("recall.class_invalid"), QStringLiteral("A recall is class I, II or III (\"%1\" is not one).").arg(c.recallClass));
    if (c.rootLots.isEmpty() || c.scopeLots.isEmpty())
        return refuse(QStringLiteral("recall.scope_empty"), QStringLiteral("Name at least one lot (or a traceability lot code) to recall."));
    for (const QString& root : c.rootLots)
        if (!c.scopeLots.contains(root))
            return refuse(QStringLiteral("recall.scope_invalid"), QStringLiteral("Lot %1 is recalled but missing from the recall's scope.").arg(root));
    QJsonArray customers, holds;
    for (const RecallLine& l : c.lines) customers.append(lineJson(l));
    for (const RecallHold& h : c.holds)
        holds.append(QJsonObject{{QStringLiteral("hold_id"), h.holdId}, {QStringLiteral("number"), h.number}, {QStringLiteral("lot_id"), h.lotId},
                                 {QStringLiteral("tlc"), h.tlc},        {QStringLiteral("quantity"), h.quantity}, {QStringLiteral("unit"), h.unit}});
    QJsonObject p{{QStringLiteral("recall_id"), c.recallId},
                  {QStringLiteral("number"), c.number},
                  {QStringLiteral("reason"), c.reason.trimmed()},
                  {QStringLiteral("class"), c.recallClass},
                  {QStringLiteral("drill"), c.drill},
                  {QStringLiteral("root_lot_ids"), QJsonArray::fromStringList(c.rootLots)},
                  {QStringLiteral("lot_ids"), QJsonArray::fromStringList(c.scopeLots)},
                  {QStringLiteral("customers"), customers},
                  {QStringLiteral("holds"), holds},
                  {QStringLiteral("initiated_at"), c.initiatedAt},
                  {QStringLiteral("initiated_by"), c.initiatedBy},
                  {QStringLiteral("scope_ms"), c.scopeMs}};
    if (!c.tlc.isEmpty()) p.insert(QStringLiteral("tlc"), c.tlc);
    return NewEvents{{QStringLiteral("recall.initiated"), recallStream(c.recallId), p}};
}

Result<NewEvents> decideRecordNotified(const RecallState& r, const RecallNotice& n)
{
    if (!r.exists || r.closed()) return notOpen(r);
    bool inScope = false;
    for (const RecallLine& l : r.lines) inScope = inScope || l.customerId == n.customerId;
    if (!inScope)
        return refuse(QStringLiteral("recall.customer_not_affected"),
                      QStringLiteral("This customer received nothing recalled under %1, so there is nobody to notify.").arg(r.number));
    if (!notificationMethods().contains(n.method))
        return refuse(QStringLiteral("recall.method_invalid"), QStringLiteral("Say how the customer was told: %1.").arg(notificationMethods().join(QStringLiteral(", "))));
    if (n.contact.trimmed().isEmpty()) return refuse(QStringLiteral("recall.contact_missing"), QStringLiteral("Say whom you notified (name or address)."));
    if (!QDateTime::fromString(n.notifiedAt, Qt::ISODateWithMs).isValid())
        return refuse(QStringLiteral("recall.date_invalid"), QStringLiteral("\"%1\" is not a date and time (use ISO 8601).").arg(n.notifiedAt));
    QJsonObject p{{QStringLiteral("recall_id"), r.recallId},      {QStringLiteral("customer_id"), n.customerId},
                  {QStringLiteral("method"), n.method},           {QStringLiteral("contact"), n.contact.trimmed()},
                  {QStringLiteral("notified_at"), n.notifiedAt}};
    if (!n.note.trimmed().isEmpty()) p.insert(QStringLiteral("note"), n.note.trimmed());
    return NewEvents{{QStringLiteral("recall.customer_notified"), recallStream(r.recallId), p}};
}

Result<NewEvents> decideRecordRecovery(const RecallState& r, const Recovery& c)
{
    if (!r.exists || r.closed()) return notOpen(r);
    std::vector<const RecallLine*> mine;
    for (const RecallLine& l : r.lines)
        if (l.customerId == c.customerId) mine.push_back(&l);
    if (mine.empty())
        return refuse(QStringLiteral("recall.customer_not_affected"), QStringLiteral("This customer received nothing recalled under %1.").arg(r.number));
    const RecallLine* line = nullptr;
    if (c.productId.isEmpty()) {
        if (mine.size() > 1) {
            QStringList names;
            for (const RecallLine* l : mine) names << l->productName;
            return refuse(QStringLiteral("recall.product_ambiguous"),
                          QStringLiteral("%1 received several recalled products (%2): say which one.").arg(mine.front()->who(), names.join(QStringLiteral(", "))));
        }
        line = mine.front();
    } else {
        for (const RecallLine* l : mine)
            if (l->productId == c.productId) line = l;
        if (!line)
            return refuse(QStringLiteral("recall.product_not_affected"),
                          QStringLiteral("%1 received no recalled lot of that product under %2.").arg(mine.front()->who(), r.number));
    }
    if (c.returned < 0 || c.destroyed < 0 || c.unrecoverable < 0)
        return refuse(QStringLiteral("recall.quantity_invalid"), QStringLiteral("Quantities cannot be negative."));
    const qint64 adding = c.returned + c.destroyed + c.unrecoverable;
    if (adding == 0) return refuse(QStringLiteral("recall.quantity_invalid"), QStringLiteral("Give a returned, destroyed or unrecoverable quantity."));
    if (line->accounted() + adding > line->shipped)
        return refuse(QStringLiteral("recall.recovery_exceeds_shipped"),
                      QStringLiteral("%1 was shipped %2 %3 of %4 under %5; %6 are accounted for already, so %7 more cannot be recorded (%8 left).")
                          .arg(line->who())
                          .arg(line->shipped)
                          .arg(line->unit, line->productName, r.number)
                          .arg(line->accounted())
                          .arg(adding)
                          .arg(line->shipped - line->accounted()));
    QJsonObject p{{QStringLiteral("recall_id"), r.recallId},
                  {QStringLiteral("customer_id"), line->customerId},
                  {QStringLiteral("product_id"), line->productId},
                  {QStringLiteral("returned"), c.returned},
                  {QStringLiteral("destroyed_at_customer"), c.destroyed},
                  {QStringLiteral("unrecoverable"), c.unrecoverable},
                  {QStringLiteral("unit"), line->unit}};
    if (!c.note.trimmed().isEmpty()) p.insert(QStringLiteral("note"), c.note.trimmed());
    return NewEvents{{QStringLiteral("recall.recovery_recorded"), recallStream(r.recallId), p}};
}

Result<NewEvents> decideCloseRecall(const RecallState& r, const CloseRecall& c)
{
    if (!r.exists || r.closed()) return notOpen(r);
    QJsonArray writtenOff;
    QStringList open;
    for (const RecallLine& l : r.lines)
        if (l.remainder() > 0) {
            open << QStringLiteral("%1: %2 %3 of %4 not accounted for").arg(l.who()).arg(l.remainder()).arg(l.unit, l.productName);
            writtenOff.append(QJsonObject{{QStringLiteral("customer_id"), l.customerId}, {QStringLiteral("product_id"), l.productId},
                                          {QStringLiteral("quantity"), l.remainder()}, {QStringLiteral("unit"), l.unit}});
        }
    QJsonObject p{{QStringLiteral("recall_id"), r.recallId}, {QStringLiteral("closed_at"), c.closedAt}};
    if (!open.isEmpty()) {
        if (!c.signed_)
            return refuse(QStringLiteral("recall.unreconciled"),
                          QStringLiteral("Recall %1 cannot close: %2 customer line(s) are not reconciled (%3). Record the recovery, or write the "
                                         "remainder off with your signature.")
                              .arg(r.number)
                              .arg(open.size())
                              .arg(open.mid(0, 3).join(QStringLiteral("; ")) + (open.size() > 3 ? QStringLiteral("; …") : QString())));
        if (c.writeOffReason.trimmed().isEmpty())
            return refuse(QStringLiteral("recall.write_off_reason_missing"), QStringLiteral("Say why the remainder of %1 is written off.").arg(r.number));
        if (c.signature.recordSha256 != r.recordSha256())
            return refuse(QStringLiteral("recall.signature_mismatch"),
                          QStringLiteral("Recall %1 changed since it was shown to you; open it again and sign what is shown.").arg(r.number));
        p.insert(QStringLiteral("written_off"), writtenOff);
        p.insert(QStringLiteral("write_off_reason"), c.writeOffReason.trimmed());
    }
    if (c.signed_) p.insert(QStringLiteral("signature"), c.signature.toJson());
    return NewEvents{{QStringLiteral("recall.closed"), recallStream(r.recallId), p}};
}

Result<NewEvents> decideRecordReport(const RecallState& r, const QString& printedAt, qint64 printedAtMs)
{
    if (!r.exists) return notOpen(r);
    return NewEvents{{QStringLiteral("recall.report_printed"), recallStream(r.recallId),
                      {{QStringLiteral("recall_id"), r.recallId},
                       {QStringLiteral("printed_at"), printedAt},
                       {QStringLiteral("since_initiation_ms"), std::max<qint64>(0, printedAtMs - r.initiatedAtMs)}}}};
}

}  // namespace tracelot::traceability

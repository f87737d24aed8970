#include "quality/quality.h"

#include "catalog/catalog.h"
#include "common/canonicaljson.h"
#include "common/crypto.h"

#include <QJsonArray>
#include <QSet>

namespace tracelot::quality {

const QStringList& holdCauses()
{
    static const QStringList c{QStringLiteral("manual"), QStringLiteral("qc_required"), QStringLiteral("check_failed"), QStringLiteral("temperature"),
                               QStringLiteral("recall"), QStringLiteral("return")};
    return c;
}
const QStringList& releaseMeanings()
{
    static const QStringList m{QStringLiteral("released — meets specification"), QStringLiteral("released — deviation accepted after assessment"),
                               QStringLiteral("released — hold placed in error")};
    return m;
}
const QStringList& dispositions()
{
    static const QStringList d{QStringLiteral("release"), QStringLiteral("destroy"), QStringLiteral("return_to_supplier"), QStringLiteral("rework")};
    return d;
}

namespace {
QString str(const QJsonObject& p, const char* k) { return p.value(QLatin1String(k)).toString(); }

QJsonObject criterionJson(const Criterion& c)
{
    QJsonObject o{{QStringLiteral("key"), c.key}, {QStringLiteral("label"), c.label}, {QStringLiteral("kind"), c.kind}};
    if (!c.unit.isEmpty()) o.insert(QStringLiteral("unit"), c.unit);
    if (!c.min.isEmpty()) o.insert(QStringLiteral("min"), c.min);
    if (!c.max.isEmpty()) o.insert(QStringLiteral("max"), c.max);
    return o;
}

Criterion criterionFrom(const QJsonObject& o)
{
    return {str(o, "key"), str(o, "label"), str(o, "kind"), str(o, "unit"), str(o, "min"), str(o, "max")};
}

// Decimal text for limits and measures: one sign, digits, at most 3 decimals.
QString decimal(const QString& raw)
{
    QString s = raw.trimmed().replace(QLatin1Char(','), QLatin1Char('.')).replace(QChar(0x2212), QLatin1Char('-'));
    bool ok = false;
    s.toDouble(&ok);
    return ok && !s.isEmpty() ? s : QString();
}
double value(const QString& s) { return s.toDouble(); }

Refusal notOpen(const HoldState& h)
{
    return refuse(QStringLiteral("quality.hold_not_open"), QStringLiteral("Hold %1 is already %2.").arg(h.number, h.status));
}
}  // namespace

QJsonObject Signature::toJson() const
{
    return {{QStringLiteral("signer_id"), signerId},
            {QStringLiteral("printed_name"), printedName},
            {QStringLiteral("signed_at"), signedAt},
            {QStringLiteral("meaning"), meaning},
            {QStringLiteral("record_sha256"), recordSha256}};
}

Signature Signature::fromJson(const QJsonObject& o)
{
    return {str(o, "signer_id"), str(o, "printed_name"), str(o, "signed_at"), str(o, "meaning"), str(o, "record_sha256")};
}

// --- templates and checks -----------------------------------------------------------

TemplateState evolveTemplate(TemplateState s, const Event& e)
{
    if (e.type != QLatin1String("qc_template.defined")) return s;
    s.exists = true;
    s.productId = str(e.payload, "product_id");
    s.revision = e.payload.value(QLatin1String("revision")).toInt();
    s.criteria.clear();
    for (const QJsonValue& v : e.payload.value(QLatin1String("criteria")).toArray()) s.criteria.push_back(criterionFrom(v.toObject()));
    return s;
}

Result<NewEvents> decideDefineTemplate(const TemplateState& current, const QString& productId, const std::vector<Criterion>& criteria)
{
    if (criteria.empty()) return refuse(QStringLiteral("quality.template_empty"), QStringLiteral("A quality check needs at least one criterion."));
    QSet<QString> keys;
    QJsonArray list;
    for (Criterion c : criteria) {
        c.key = c.key.trimmed().toLower();
        if (c.key.isEmpty() || c.label.trimmed().isEmpty())
            return refuse(QStringLiteral("quality.criterion_invalid"), QStringLiteral("Every criterion needs a key and a label."));
        if (keys.contains(c.key)) return refuse(QStringLiteral("quality.criterion_invalid"), QStringLiteral("The criterion \"%1\" is listed twice.").arg(c.key));
        keys.insert(c.key);
        if (c.kind != QLatin1String("pass_fail") && c.kind != QLatin1String("measure"))
            return refuse(QStringLiteral("quality.criterion_invalid"), QStringLiteral("\"%1\" must be pass_fail or measure.").arg(c.label));
        if (c.kind == QLatin1String("measure")) {
            const QString mn = c.min.isEmpty() ? QString() : decimal(c.min), mx = c.max.isEmpty() ? QString() : decimal(c.max);
            if ((!c.min.isEmpty() && mn.isEmpty()) || (!c.max.isEmpty() && mx.isEmpty()) || (mn.isEmpty() && mx.isEmpty()))
                return refuse(QStringLiteral("quality.criterion_invalid"), QStringLiteral("The measure \"%1\" needs a lower and/or upper limit as numbers.").arg(c.label));
            if (!mn.isEmpty() && !mx.isEmpty() && value(mn) > value(mx))
                return refuse(QStringLiteral("quality.criterion_invalid"), QStringLiteral("The limits of \"%1\" are the wrong way round.").arg(c.label));
            c.min = mn;
            c.max = mx;
        }
        list.append(criterionJson(c));
    }
    return NewEvents{{QStringLiteral("qc_template.defined"), templateStream(productId),
                      {{QStringLiteral("product_id"), productId}, {QStringLiteral("revision"), current.revision + 1}, {QStringLiteral("criteria"), list}}}};
}

Result<NewEvents> decideRecordCheck(const TemplateState& tmpl, const RecordQualityCheck& cmd, bool lotExists, const QString& holdIdIfFailed,
                                    const QString& holdNumberIfFailed)
{
    if (!lotExists) return refuse(QStringLiteral("quality.lot_unknown"), QStringLiteral("There is no such lot."));
    if (!tmpl.exists)
        return refuse(QStringLiteral("quality.no_template"), QStringLiteral("This product has no quality check defined yet; a QA technician defines it first."));
    QHash<QString, CheckResult> byKey;
    for (const CheckResult& r : cmd.results) {
        if (byKey.contains(r.key)) return refuse(QStringLiteral("quality.result_invalid"), QStringLiteral("\"%1\" was given twice.").arg(r.key));
        byKey.insert(r.key, r);
    }
    QJsonArray results;
    QStringList failedLabels;
    for (const Criterion& c : tmpl.criteria) {
        if (!byKey.contains(c.key))
            return refuse(QStringLiteral("quality.criterion_missing"),
                          QStringLiteral("\"%1\" has not been checked; every criterion must be tested before the check is recorded.").arg(c.label));
        const CheckResult r = byKey.take(c.key);
        QJsonObject o = criterionJson(c);
        bool ok = r.passed;
        if (c.kind == QLatin1String("measure")) {
            const QString v = decimal(r.value);
            if (v.isEmpty()) return refuse(QStringLiteral("quality.result_invalid"), QStringLiteral("\"%1\" needs a measured value.").arg(c.label));
            ok = (c.min.isEmpty() || value(v) >= value(c.min)) && (c.max.isEmpty() || value(v) <= value(c.max));
            o.insert(QStringLiteral("value"), v);
        }
        o.insert(QStringLiteral("passed"), ok);
        if (!ok) failedLabels << c.label;
        results.append(o);
    }
    if (!byKey.isEmpty())
        return refuse(QStringLiteral("quality.result_invalid"), QStringLiteral("\"%1\" is not a criterion of this check.").arg(byKey.keys().first()));
    const bool passed = failedLabels.isEmpty();
    QJsonObject p{{QStringLiteral("check_id"), cmd.checkId},  {QStringLiteral("lot_id"), cmd.lotId},
                  {QStringLiteral("product_id"), cmd.productId}, {QStringLiteral("template_revision"), tmpl.revision},
                  {QStringLiteral("results"), results}};
    if (!cmd.note.isEmpty()) p.insert(QStringLiteral("note"), cmd.note);
    NewEvents out{{passed ? QStringLiteral("quality_check.passed") : QStringLiteral("quality_check.failed"), checkStream(cmd.checkId), p}};
    if (!passed && !holdIdIfFailed.isEmpty()) {
        HoldState none;
        PlaceHold h;
        h.holdId = holdIdIfFailed;
        h.number = holdNumberIfFailed;
        h.lotId = cmd.lotId;
        h.cause = QStringLiteral("check_failed");
        h.reason = QStringLiteral("Quality check failed: %1").arg(failedLabels.join(QStringLiteral(", ")));
        h.causeReference = cmd.checkId;
        auto hold = decidePlaceHold(none, h, true, 1);
        if (!hold) return hold.refusal();
        for (NewEvent& e : hold.value()) out.push_back(std::move(e));
    }
    return out;
}

// --- holds ----------------------------------------------------------------------------

QJsonObject HoldState::record() const
{
    return {{QStringLiteral("hold_id"), holdId},     {QStringLiteral("number"), number},     {QStringLiteral("lot_id"), lotId},
            {QStringLiteral("location_id"), locationId}, {QStringLiteral("quantity"), quantity}, {QStringLiteral("cause"), cause},
            {QStringLiteral("reason"), reason},      {QStringLiteral("cause_reference"), causeReference},
            {QStringLiteral("placed_at"), placedAt}, {QStringLiteral("placed_by"), placedBy}};
}

QString HoldState::recordSha256() const { return QString::fromLatin1(crypto::sha256(canonicalJson(record())).toHex()); }

HoldState evolveHold(HoldState s, const Event& e)
{
    const QJsonObject& p = e.payload;
    if (e.type == QLatin1String("hold.placed")) {
        s.exists = true;
        s.holdId = str(p, "hold_id");
        s.number = str(p, "number");
        s.lotId = str(p, "lot_id");
        s.locationId = str(p, "location_id");
        s.quantity = p.value(QLatin1String("quantity")).toInteger();
        s.cause = str(p, "cause");
        s.reason = str(p, "reason");
        s.causeReference = str(p, "cause_reference");
        s.placedAt = str(p, "placed_at");
        s.placedBy = str(p, "placed_by");
        s.status = QStringLiteral("open");
    } else if (e.type == QLatin1String("hold.released")) {
        s.status = QStringLiteral("released");
        s.signatures.push_back(Signature::fromJson(p.value(QLatin1String("signature")).toObject()));
    } else if (e.type == QLatin1String("hold.disposed")) {
        s.status = QStringLiteral("disposed");
        s.signatures.push_back(Signature::fromJson(p.value(QLatin1String("signature")).toObject()));
    } else if (e.type == QLatin1String("corrective_action.recorded")) {
        s.correctiveActionRecorded = true;
    }
    return s;
}

HoldState foldHold(const Events& events)
{
    HoldState s;
    for (const Event& e : events) s = evolveHold(std::move(s), e);
    return s;
}

Result<NewEvents> decidePlaceHold(const HoldState& current, const PlaceHold& c, bool lotExists, qint64 lotQuantityInScope)
{
    if (current.exists) return refuse(QStringLiteral("quality.hold_exists"), QStringLiteral("Hold %1 already exists.").arg(current.number));
    if (!lotExists) return refuse(QStringLiteral("quality.lot_unknown"), QStringLiteral("There is no such lot."));
    if (!holdCauses().contains(c.cause)) return refuse(QStringLiteral("quality.cause_invalid"), QStringLiteral("Unknown hold cause \"%1\".").arg(c.cause));
    if (c.reason.trimmed().isEmpty()) return refuse(QStringLiteral("quality.reason_missing"), QStringLiteral("Say why the stock is held."));
    if (c.quantity < 0) return refuse(QStringLiteral("quality.quantity_invalid"), QStringLiteral("The quantity held cannot be negative."));
    if (c.quantity > 0 && c.locationId.isEmpty())
        return refuse(QStringLiteral("quality.scope_invalid"), QStringLiteral("A hold on part of a lot names the location of that part."));
    if (c.quantity > 0 && c.quantity > lotQuantityInScope)
        return refuse(QStringLiteral("quality.quantity_invalid"), QStringLiteral("Only %1 of the lot is there to hold.").arg(lotQuantityInScope));
    QJsonObject p{{QStringLiteral("hold_id"), c.holdId}, {QStringLiteral("number"), c.number},       {QStringLiteral("lot_id"), c.lotId},
                  {QStringLiteral("cause"), c.cause},    {QStringLiteral("reason"), c.reason.trimmed()}, {QStringLiteral("placed_at"), c.placedAt},
                  {QStringLiteral("placed_by"), c.placedBy}};
    if (!c.locationId.isEmpty()) p.insert(QStringLiteral("location_id"), c.locationId);
    if (c.quantity > 0) p.insert(QStringLiteral("quantity"), c.quantity);
    if (!c.causeReference.isEmpty()) p.insert(QStringLiteral("cause_reference"), c.causeReference);
    return NewEvents{{QStringLiteral("hold.placed"), holdStream(c.holdId), p}};
}

bool signatureMatches(const HoldState& hold, const Signature& s) { return !s.recordSha256.isEmpty() && s.recordSha256 == hold.recordSha256(); }

namespace {
Status signatureValid(const HoldState& hold, const Signature& s)
{
    if (s.signerId.isEmpty() || s.printedName.trimmed().isEmpty() || s.signedAt.isEmpty())
        return refuse(QStringLiteral("quality.signature_invalid"), QStringLiteral("The signature is incomplete."));
    if (!releaseMeanings().contains(s.meaning) && !s.meaning.startsWith(QLatin1String("disposed")))
        return refuse(QStringLiteral("quality.signature_invalid"), QStringLiteral("Choose what the signature means."));
    if (!signatureMatches(hold, s))
        return refuse(QStringLiteral("quality.signature_mismatch"),
                      QStringLiteral("The signature was made for a different version of hold %1; open the hold again and sign what is shown.").arg(hold.number));
    return ok();
}
}  // namespace

Result<NewEvents> decideReleaseHold(const HoldState& hold, const Signature& signature)
{
    if (!hold.exists) return refuse(QStringLiteral("quality.hold_unknown"), QStringLiteral("There is no such hold."));
    if (hold.status != QLatin1String("open")) return notOpen(hold);
    if (hold.cause == QLatin1String("temperature") && !hold.correctiveActionRecorded)
        return refuse(QStringLiteral("quality.corrective_action_missing"),
                      QStringLiteral("Hold %1 comes from a temperature excursion: record the corrective action before releasing it.").arg(hold.number));
    if (hold.cause == QLatin1String("recall"))
        return refuse(QStringLiteral("quality.recall_hold"), QStringLiteral("Hold %1 belongs to a recall; it is closed through the recall.").arg(hold.number));
    if (Status s = signatureValid(hold, signature); !s) return s.refusal();
    return NewEvents{{QStringLiteral("hold.released"), holdStream(hold.holdId),
                      {{QStringLiteral("hold_id"), hold.holdId}, {QStringLiteral("lot_id"), hold.lotId}, {QStringLiteral("signature"), signature.toJson()}}}};
}

Result<NewEvents> decideDisposeHold(const HoldState& hold, const DisposeHold& c, const Signature& signature)
{
    if (!hold.exists) return refuse(QStringLiteral("quality.hold_unknown"), QStringLiteral("There is no such hold."));
    if (hold.status != QLatin1String("open")) return notOpen(hold);
    if (!dispositions().contains(c.disposition))
        return refuse(QStringLiteral("quality.disposition_invalid"), QStringLiteral("Choose release, destroy, return to supplier or rework."));
    if (hold.cause == QLatin1String("temperature") && !hold.correctiveActionRecorded)
        return refuse(QStringLiteral("quality.corrective_action_missing"),
                      QStringLiteral("Hold %1 comes from a temperature excursion: record the corrective action before disposing of it.").arg(hold.number));
    if (Status s = signatureValid(hold, signature); !s) return s.refusal();
    QJsonObject p{{QStringLiteral("hold_id"), hold.holdId}, {QStringLiteral("lot_id"), hold.lotId}, {QStringLiteral("disposition"), c.disposition},
                  {QStringLiteral("signature"), signature.toJson()}};
    if (!c.note.isEmpty()) p.insert(QStringLiteral("note"), c.note);
    return NewEvents{{QStringLiteral("hold.disposed"), holdStream(hold.holdId), p}};
}

}  // namespace tracelot::quality

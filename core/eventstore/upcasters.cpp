// Event schema versions and their upcasters (see upcasters.h).
#include "eventstore/upcasters.h"

#include "common/canonicaljson.h"

#include <QHash>

namespace tracelot::upcast {
namespace {

// lot.received v1 → v2 (Tracelot before the FSMA 204 key data elements were split out):
// v1 named the use-by date "use_by" and had no "tlc_assigned" — every lot code then was the
// supplier's own. v2 says "expiry" (as every other lot event does) and states explicitly
// whether this site assigned the lot code.
QJsonObject lotReceived1to2(const QJsonObject& v1)
{
    QJsonObject p = v1;
    if (p.contains(QLatin1String("use_by"))) {
        const QJsonValue useBy = p.take(QLatin1String("use_by"));
        if (!p.contains(QLatin1String("expiry")) && !useBy.toString().isEmpty()) p.insert(QStringLiteral("expiry"), useBy);
    }
    if (!p.contains(QLatin1String("tlc_assigned"))) p.insert(QStringLiteral("tlc_assigned"), false);
    return p;
}

const QHash<QString, int>& current()
{
    static const QHash<QString, int> versions = [] {
        QHash<QString, int> v;
        for (const Step& s : steps()) v[s.type] = std::max(v.value(s.type, 1), s.from + 1);
        return v;
    }();
    return versions;
}
}  // namespace

const std::vector<Step>& steps()
{
    static const std::vector<Step> all = {
        {QStringLiteral("lot.received"), 1, QStringLiteral("\"use_by\" renamed \"expiry\"; \"tlc_assigned\" added (false: the supplier's lot code)"),
         lotReceived1to2},
    };
    return all;
}

int currentVersion(const QString& type) { return current().value(type, 1); }

bool needed(const QString& type, int version)
{
    const auto it = current().constFind(type);
    return it != current().constEnd() && version < it.value();
}

void apply(Event& e)
{
    if (!needed(e.type, e.version)) return;
    if (e.payload.isEmpty() && !e.payloadJson.isEmpty()) parseJsonObject(e.payloadJson, &e.payload);
    if (e.storedVersion == 0) {
        e.storedVersion = e.version;
        e.storedPayload = e.payload;
    }
    for (const Step& s : steps()) {
        if (s.type != e.type || s.from != e.version) continue;
        e.payload = s.up(e.payload);
        e.version = s.from + 1;
    }
    e.payloadJson = canonicalJson(e.payload);
}

}  // namespace tracelot::upcast

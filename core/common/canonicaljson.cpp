#include "common/canonicaljson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

namespace tracelot {
namespace {

void writeString(QByteArray& out, const QString& s)
{
    out.append('"');
    const QByteArray utf8 = s.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
            if (u < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out.append("\\u00");
                out.append(hex[u >> 4]);
                out.append(hex[u & 0xF]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

void write(QByteArray& out, const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: out.append("null"); break;
    case QJsonValue::Bool: out.append(v.toBool() ? "true" : "false"); break;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        // Events carry no floats (DOMAIN.md); integers are written exactly.
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9007199254740992.0)
            out.append(QByteArray::number(v.toInteger()));
        else
            out.append(QByteArray::number(d, 'g', 17));
        break;
    }
    case QJsonValue::String: writeString(out, v.toString()); break;
    case QJsonValue::Array: {
        out.append('[');
        bool first = true;
        for (const QJsonValue& e : v.toArray()) {
            if (!first) out.append(',');
            first = false;
            write(out, e);
        }
        out.append(']');
        break;
    }
    case QJsonValue::Object: {
        // QJsonObject iterates its keys in sorted order; that order is the canonical one.
        const QJsonObject o = v.toObject();
        out.append('{');
        bool first = true;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!first) out.append(',');
            first = false;
            writeString(out, it.key());
            out.append(':');
            write(out, it.value());
        }
        out.append('}');
        break;
    }
    }
}

}  // namespace

QByteArray canonicalJson(const QJsonValue& value)
{
    QByteArray out;
    out.reserve(256);
    write(out, value);
    return out;
}

QByteArray canonicalJson(const QJsonObject& object) { return canonicalJson(QJsonValue(object)); }

bool parseJsonObject(const QByteArray& bytes, QJsonObject* out, QString* error)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        if (error) *error = QStringLiteral("%1 at offset %2").arg(pe.errorString()).arg(pe.offset);
        return false;
    }
    if (!doc.isObject()) {
        if (error) *error = QStringLiteral("expected a JSON object");
        return false;
    }
    *out = doc.object();
    return true;
}

}  // namespace tracelot

#include "common/canonicaljson.h"

#include <cstring>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

namespace tracelot {

void appendJsonString(QByteArray& out, QByteArrayView utf8)
{
    out.append('"');
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

namespace {

void writeString(QByteArray& out, const QString& s)
{
    // Plain printable ASCII (ids, codes, most names) is copied as is, without a UTF-8 temporary.
    bool plain = true;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u > 0x7e || u == u'"' || u == u'\\') {
            plain = false;
            break;
        }
    }
    if (plain) {
        const qsizetype at = out.size();
        out.resize(at + s.size() + 2);
        char* dst = out.data() + at;
        *dst++ = '"';
        for (const QChar c : s) *dst++ = static_cast<char>(c.unicode());
        *dst = '"';
        return;
    }
    appendJsonString(out, s.toUtf8());
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

JsonFields::JsonFields(QByteArrayView json)
{
    qsizetype i = 0;
    const qsizetype n = json.size();
    const auto skipSpace = [&] {
        while (i < n && (json[i] == ' ' || json[i] == '\n' || json[i] == '\r' || json[i] == '\t')) ++i;
    };
    // Returns the end (exclusive) of the value starting at i, or -1.
    const auto valueEnd = [&](qsizetype from) -> qsizetype {
        qsizetype k = from;
        if (k >= n) return -1;
        if (json[k] == '"') {
            // Fast path: the next quote with no backslash before it (memchr is vectorised).
            const char* data = json.data();
            const auto* quote = static_cast<const char*>(std::memchr(data + k + 1, '"', static_cast<size_t>(n - k - 1)));
            if (quote && !std::memchr(data + k + 1, '\\', static_cast<size_t>(quote - data - k - 1))) return quote - data + 1;
            for (++k; k < n; ++k) {
                if (json[k] == '\\') ++k;
                else if (json[k] == '"') return k + 1;
            }
            return -1;
        }
        if (json[k] == '{' || json[k] == '[') {
            int depth = 0;
            bool inString = false;
            for (; k < n; ++k) {
                const char c = json[k];
                if (inString) {
                    if (c == '\\') ++k;
                    else if (c == '"') inString = false;
                } else if (c == '"') inString = true;
                else if (c == '{' || c == '[') ++depth;
                else if ((c == '}' || c == ']') && --depth == 0) return k + 1;
            }
            return -1;
        }
        while (k < n && json[k] != ',' && json[k] != '}' && json[k] != ' ' && json[k] != '\n') ++k;
        return k;
    };
    fields_.reserve(24);
    skipSpace();
    if (i >= n || json[i] != '{') return;
    ++i;
    skipSpace();
    if (i < n && json[i] == '}') {
        valid_ = true;
        return;
    }
    while (i < n) {
        skipSpace();
        if (json[i] != '"') return;
        const qsizetype keyEnd = valueEnd(i);
        if (keyEnd < 0) return;
        const QByteArrayView key = json.sliced(i + 1, keyEnd - i - 2);
        i = keyEnd;
        skipSpace();
        if (i >= n || json[i] != ':') return;
        ++i;
        skipSpace();
        const qsizetype end = valueEnd(i);
        if (end < 0) return;
        fields_.push_back({key, json.sliced(i, end - i)});
        i = end;
        skipSpace();
        if (i < n && json[i] == ',') {
            ++i;
            continue;
        }
        valid_ = i < n && json[i] == '}';
        return;
    }
}

const JsonFields::Field* JsonFields::find(QLatin1StringView key) const
{
    for (const Field& f : fields_)
        if (f.key == QByteArrayView(key.data(), key.size())) return &f;
    return nullptr;
}

bool JsonFields::has(QLatin1StringView key) const { return find(key) != nullptr; }

QString JsonFields::text(QLatin1StringView key) const
{
    const Field* f = find(key);
    if (!f || f->raw.size() < 2 || f->raw.front() != '"') return {};
    const QByteArrayView inner = f->raw.sliced(1, f->raw.size() - 2);
    if (!inner.contains('\\')) return QString::fromUtf8(inner);
    // Rare: escapes. Let the real parser unescape this one value.
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + f->raw.toByteArray() + QByteArray("]"));
    return doc.array().at(0).toString();
}

QByteArrayView JsonFields::utf8(QLatin1StringView key, QByteArray& scratch) const
{
    const Field* f = find(key);
    if (!f || f->raw.size() < 2 || f->raw.front() != '"') return {};
    const QByteArrayView inner = f->raw.sliced(1, f->raw.size() - 2);
    if (!inner.contains('\\')) return inner;
    scratch = text(key).toUtf8();
    return scratch;
}

bool JsonFields::boolean(QLatin1StringView key, bool fallback) const
{
    const Field* f = find(key);
    if (!f) return fallback;
    if (f->raw == "true") return true;
    if (f->raw == "false") return false;
    return fallback;
}

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

#pragma once
// Canonical JSON: compact, keys in lexicographic (UTF-16 code unit) order at every
// level, integers without exponent or fraction, strings escaped the same way every
// time. The same event therefore always has the same bytes, which the audit chain hashes.
#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <vector>

namespace tracelot {

QByteArray canonicalJson(const QJsonObject& object);
QByteArray canonicalJson(const QJsonValue& value);

// One pass over the top level of a JSON object (as canonicalJson writes it, but any valid
// compact or spaced object works): the raw text of each value, by key. Strings come back
// unescaped through `text()`. Cheap enough to run per event in a rebuild, where a full
// parse would dominate.
// Appends `utf8` as a JSON string exactly as canonicalJson() writes strings (same escapes,
// UTF-8 as is): for code that builds canonical bytes directly (bulk generators).
void appendJsonString(QByteArray& out, QByteArrayView utf8);

class JsonFields {
public:
    explicit JsonFields(QByteArrayView json);
    bool valid() const { return valid_; }
    bool has(QLatin1StringView key) const;
    QString text(QLatin1StringView key) const;  // string value (unescaped); "" when absent or not a string
    // The string value's UTF-8 bytes without copying, when it has no escapes (the common
    // case); otherwise the unescaped bytes are written to `scratch` and viewed from there.
    // An empty view when absent or not a string.
    QByteArrayView utf8(QLatin1StringView key, QByteArray& scratch) const;
    bool boolean(QLatin1StringView key, bool fallback) const;

private:
    struct Field {
        QByteArrayView key;
        QByteArrayView raw;  // the value as written, quotes included for strings
    };
    const Field* find(QLatin1StringView key) const;
    std::vector<Field> fields_;
    bool valid_ = false;
};

// Parses a JSON object; returns false (and an error text) on anything else.
bool parseJsonObject(const QByteArray& bytes, QJsonObject* out, QString* error = nullptr);

}  // namespace tracelot

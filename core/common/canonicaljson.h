#pragma once
// Canonical JSON: compact, keys in lexicographic (UTF-16 code unit) order at every
// level, integers without exponent or fraction, strings escaped the same way every
// time. The same event therefore always has the same bytes, which the audit chain hashes.
#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace tracelot {

QByteArray canonicalJson(const QJsonObject& object);
QByteArray canonicalJson(const QJsonValue& value);

// Parses a JSON object; returns false (and an error text) on anything else.
bool parseJsonObject(const QByteArray& bytes, QJsonObject* out, QString* error = nullptr);

}  // namespace tracelot

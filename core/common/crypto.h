#pragma once
// Thin, value-returning wrappers over OpenSSL 3.
#include <QByteArray>

namespace tracelot::crypto {

QByteArray sha256(const QByteArray& data);
QByteArray sha256(const QByteArray& a, const QByteArray& b);  // SHA-256(a || b)
// PBKDF2-HMAC-SHA256; returns an empty array if OpenSSL fails.
QByteArray pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations, int length = 32);
QByteArray randomBytes(int n);  // from OpenSSL's CSPRNG
bool constantTimeEquals(const QByteArray& a, const QByteArray& b);

}  // namespace tracelot::crypto

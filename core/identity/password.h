#pragma once
// Password storage: PBKDF2-HMAC-SHA256 (OpenSSL), per-user random salt, at least
// 600,000 iterations (OWASP 2023). Only the hash is ever stored or synced.
#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace tracelot {

constexpr int kMinPasswordIterations = 600000;
constexpr int kMinPasswordLength = 10;

struct PasswordHash {
    QString algorithm = QStringLiteral("pbkdf2-sha256");
    int iterations = kMinPasswordIterations;
    QByteArray salt;  // 16 random bytes
    QByteArray hash;  // 32 bytes

    QJsonObject toJson() const;
    static PasswordHash fromJson(const QJsonObject& o);
    bool isValid() const { return algorithm == QLatin1String("pbkdf2-sha256") && iterations >= kMinPasswordIterations && salt.size() >= 16 && hash.size() == 32; }
};

PasswordHash hashPassword(const QString& password, int iterations = kMinPasswordIterations);
PasswordHash hashPassword(const QString& password, const QByteArray& salt, int iterations);
bool verifyPassword(const QString& password, const PasswordHash& stored);
// Empty when acceptable, otherwise what is wrong in plain words.
QString passwordProblem(const QString& password);

}  // namespace tracelot

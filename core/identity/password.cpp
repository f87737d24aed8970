#include "identity/password.h"

#include "common/crypto.h"

namespace tracelot {

QJsonObject PasswordHash::toJson() const
{
    return {{QStringLiteral("algorithm"), algorithm},
            {QStringLiteral("iterations"), iterations},
            {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
            {QStringLiteral("hash"), QString::fromLatin1(hash.toBase64())}};
}

PasswordHash PasswordHash::fromJson(const QJsonObject& o)
{
    PasswordHash h;
    h.algorithm = o.value(QLatin1String("algorithm")).toString();
    h.iterations = o.value(QLatin1String("iterations")).toInt();
    h.salt = QByteArray::fromBase64(o.value(QLatin1String("salt")).toString().toLatin1());
    h.hash = QByteArray::fromBase64(o.value(QLatin1String("hash")).toString().toLatin1());
    return h;
}

PasswordHash hashPassword(const QString& password, const QByteArray& salt, int iterations)
{
    PasswordHash h;
    h.iterations = iterations;
    h.salt = salt;
    h.hash = crypto::pbkdf2Sha256(password.toUtf8(), salt, iterations, 32);
    return h;
}

PasswordHash hashPassword(const QString& password, int iterations)
{
    return hashPassword(password, crypto::randomBytes(16), std::max(iterations, kMinPasswordIterations));
}

bool verifyPassword(const QString& password, const PasswordHash& stored)
{
    if (!stored.isValid()) return false;
    const QByteArray candidate = crypto::pbkdf2Sha256(password.toUtf8(), stored.salt, stored.iterations, 32);
    return !candidate.isEmpty() && crypto::constantTimeEquals(candidate, stored.hash);
}

QString passwordProblem(const QString& password)
{
    if (password.size() < kMinPasswordLength)
        return QStringLiteral("A password needs at least %1 characters.").arg(kMinPasswordLength);
    if (password.trimmed().isEmpty()) return QStringLiteral("A password cannot be only spaces.");
    return {};
}

}  // namespace tracelot

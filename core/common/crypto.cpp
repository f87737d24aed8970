#include "common/crypto.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace tracelot::crypto {
namespace {
const unsigned char* bytes(const QByteArray& a) { return reinterpret_cast<const unsigned char*>(a.constData()); }
}  // namespace

QByteArray sha256(const QByteArray& a, const QByteArray& b)
{
    QByteArray out(32, Qt::Uninitialized);
    // One context per thread, re-initialised per hash (every appended event hashes once).
    thread_local std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    unsigned int len = 0;
    static EVP_MD* const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);  // fetched once, not per hash
    if (!ctx || !md || EVP_DigestInit_ex(ctx.get(), md, nullptr) != 1
        || EVP_DigestUpdate(ctx.get(), a.constData(), static_cast<size_t>(a.size())) != 1
        || EVP_DigestUpdate(ctx.get(), b.constData(), static_cast<size_t>(b.size())) != 1
        || EVP_DigestFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &len) != 1)
        return {};
    return out;
}

QByteArray sha256(const QByteArray& data) { return sha256(data, QByteArray()); }

QByteArray pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations, int length)
{
    QByteArray out(length, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(password.constData(), static_cast<int>(password.size()), bytes(salt),
                          static_cast<int>(salt.size()), iterations, EVP_sha256(), length,
                          reinterpret_cast<unsigned char*>(out.data()))
        != 1)
        return {};
    return out;
}

QByteArray randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), n) != 1) return {};
    return out;
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size()) return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

}  // namespace tracelot::crypto

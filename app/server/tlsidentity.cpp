// Loads and checks the server certificate and private key (see tlsidentity.h).
// Qt cannot tell whether a key belongs to a certificate, nor a key's algorithm, so OpenSSL's
// libcrypto (the library Qt's TLS backend uses too) is asked for those two facts.
#include "tlsidentity.h"

#include "serverlog.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslKey>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace tracelot::server {

namespace {

constexpr qint64 kMaxPemFileSize = 1024 * 1024;  // a certificate chain is a few kB

struct BioFree {
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct X509Free {
    void operator()(X509 *certificate) const { X509_free(certificate); }
};
struct PkeyFree {
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};

// Passphrase callback that gives none: OpenSSL must never prompt on the terminal.
int noPassphrase(char * /*buffer*/, int /*size*/, int /*rwflag*/, void * /*userdata*/)
{
    return 0;
}

std::variant<QByteArray, QString> readSmallFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.exists())
        return QStringLiteral("%1 %2 does not exist").arg(what, path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1 %2: %3").arg(what, path, file.errorString());
    if (file.size() > kMaxPemFileSize)
        return QStringLiteral("%1 %2 is too large to be a PEM file").arg(what, path);
    return file.readAll();
}

std::unique_ptr<BIO, BioFree> memoryBio(const QByteArray &data)
{
    return std::unique_ptr<BIO, BioFree>(BIO_new_mem_buf(data.constData(), static_cast<int>(data.size())));
}

// The key's algorithm for QSslKey, after checking with libcrypto that the key belongs to the
// (first) certificate in certificatePem. Leaves OpenSSL's error queue empty, as Qt expects it.
std::variant<QSsl::KeyAlgorithm, QString> checkKey(const QByteArray &certificatePem, const QByteArray &keyPem,
                                                    const QString &certificatePath, const QString &keyPath)
{
    struct ClearErrors {
        ~ClearErrors() { ERR_clear_error(); }
    } clearErrors;

    if (keyPem.contains("ENCRYPTED"))
        return QStringLiteral("private key %1 is encrypted; give an unencrypted key and protect it with file permissions")
            .arg(keyPath);

    const auto keyBio = memoryBio(keyPem);
    const std::unique_ptr<EVP_PKEY, PkeyFree> key(
        keyBio ? PEM_read_bio_PrivateKey(keyBio.get(), nullptr, noPassphrase, nullptr) : nullptr);
    if (!key)
        return QStringLiteral("%1 holds no PEM private key").arg(keyPath);

    const auto certificateBio = memoryBio(certificatePem);
    const std::unique_ptr<X509, X509Free> certificate(
        certificateBio ? PEM_read_bio_X509(certificateBio.get(), nullptr, noPassphrase, nullptr) : nullptr);
    if (!certificate)
        return QStringLiteral("%1 holds no PEM certificate").arg(certificatePath);

    if (X509_check_private_key(certificate.get(), key.get()) != 1) {
        return QStringLiteral("private key %1 does not belong to certificate %2 (the server certificate must come first)")
            .arg(keyPath, certificatePath);
    }

    switch (EVP_PKEY_get_base_id(key.get())) {
    case EVP_PKEY_RSA:
        return QSsl::Rsa;
    case EVP_PKEY_EC:
        return QSsl::Ec;
    default:
        return QStringLiteral("private key %1 has a type Qt cannot serve with; use an RSA or EC (P-256, P-384) key")
            .arg(keyPath);
    }
}

void warnAboutValidity(const QSslCertificate &certificate, const QString &certificatePath)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (certificate.expiryDate() < now) {
        qCWarning(lcServer, "certificate %ls expired on %ls: clients will refuse it",
                  qUtf16Printable(certificatePath), qUtf16Printable(certificate.expiryDate().toString(Qt::ISODate)));
    } else if (certificate.effectiveDate() > now) {
        qCWarning(lcServer, "certificate %ls is only valid from %ls: clients will refuse it until then",
                  qUtf16Printable(certificatePath), qUtf16Printable(certificate.effectiveDate().toString(Qt::ISODate)));
    }
}

}  // namespace

TlsIdentity loadTlsIdentity(const QString &certificatePath, const QString &privateKeyPath)
{
    auto certificateFile = readSmallFile(certificatePath, QStringLiteral("certificate file"));
    if (auto *error = std::get_if<QString>(&certificateFile))
        return *error;
    auto keyFile = readSmallFile(privateKeyPath, QStringLiteral("private key file"));
    if (auto *error = std::get_if<QString>(&keyFile))
        return *error;
    const QByteArray certificatePem = std::get<QByteArray>(std::move(certificateFile));
    const QByteArray keyPem = std::get<QByteArray>(std::move(keyFile));

    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    if (chain.isEmpty() || chain.constFirst().isNull())
        return QStringLiteral("%1 holds no PEM certificate").arg(certificatePath);

    const auto algorithm = checkKey(certificatePem, keyPem, certificatePath, privateKeyPath);
    if (auto *error = std::get_if<QString>(&algorithm))
        return *error;
    const QSslKey key(keyPem, std::get<QSsl::KeyAlgorithm>(algorithm), QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull())
        return QStringLiteral("Qt could not load private key %1").arg(privateKeyPath);

    warnAboutValidity(chain.constFirst(), certificatePath);
    if (QFileInfo(privateKeyPath).permissions() & QFileDevice::ReadOther) {
        qCWarning(lcServer, "private key %ls is readable by every user of this machine: chmod 600 it",
                  qUtf16Printable(privateKeyPath));
    }

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    // QtHttpServer 6.4 speaks HTTP/1.1 only: never let ALPN pick h2.
    configuration.setAllowedNextProtocols({QSslConfiguration::NextProtocolHttp1_1});
    return configuration;
}

}  // namespace tracelot::server

#pragma once
// The server's TLS identity: loads the certificate (chain) and private key from PEM files and
// builds the QSslConfiguration that QHttpServer::sslSetup() takes. Files that are missing,
// unreadable, not PEM, an encrypted key, an unsupported key type, or a key that does not belong
// to the certificate are refused here, as a one-line error value, instead of failing every
// TLS handshake later. Nothing here switches certificate verification off.
#include <QSslConfiguration>
#include <QString>
#include <variant>

namespace tracelot::server {

// The QSslConfiguration to serve with, or a one-line error.
using TlsIdentity = std::variant<QSslConfiguration, QString>;

// certificatePath: the server certificate first, then any intermediate CA certificates.
// privateKeyPath: the certificate's private key (RSA or EC, PEM, not encrypted).
// Logs warnings (not errors) for an expired or not yet valid certificate and for a key file
// that other users can read.
TlsIdentity loadTlsIdentity(const QString &certificatePath, const QString &privateKeyPath);

}  // namespace tracelot::server

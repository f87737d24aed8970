#pragma once
// Certificate of release of a lot: what was released, the quality checks behind it and the
// QA technician's electronic signature (printed name, UTC time, meaning, SHA-256 of the hold
// record). Built from a certificate.issued payload; printed or written to PDF.
#include "common/result.h"

#include <QJsonObject>
#include <QString>

class QPrinter;
class QTextDocument;

namespace tracelot::reports {

// The certificate as HTML (the same text on screen, in the PDF and on paper).
QString certificateHtml(const QJsonObject& certificate, const QString& siteDescription);
// A signature block as it appears on every printout that carries one.
QString signatureHtml(const QJsonObject& signature);

Status writeCertificatePdf(const QString& path, const QJsonObject& certificate, const QString& siteDescription);
Status printCertificate(QPrinter& printer, const QJsonObject& certificate, const QString& siteDescription);

}  // namespace tracelot::reports

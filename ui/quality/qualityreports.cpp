// Certificates and the holds register from the desktop (see qualityreports.h).
#include "quality/qualityreports.h"

#include "catalog/catalogmodule.h"
#include "eventstore/database.h"
#include "inventory/printsupport.h"
#include "quality/qualitymodule.h"
#include "reports/certificate.h"
#include "reports/holdsregister.h"
#include "shell/session.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QDir>
#include <QPageLayout>
#include <QPrinter>

namespace tracelot::ui {

QualityReports::QualityReports(QObject* parent) : QObject(parent) {}

QualityReports::QualityReports(Session* session, QObject* parent) : QObject(parent) { setSession(session); }

void QualityReports::setSession(Session* session)
{
    if (session_ == session) return;
    session_ = session;
    emit sessionChanged();
}

QString QualityReports::site() const
{
    Workspace* ws = session_ ? session_->workspace() : nullptr;
    return ws ? catalog::CatalogQueries(ws->database().sql()).siteDescription() : QString();
}

QJsonObject QualityReports::certificate(const QString& lotId, const QString& certificateId) const
{
    Workspace* ws = session_ ? session_->workspace() : nullptr;
    if (!ws || certificateId.isEmpty()) return {};
    for (const QJsonObject& c : quality::QualityQueries(ws->database().sql()).certificatesOfLot(lotId))
        if (c.value(QLatin1String("certificate_id")).toString() == certificateId) return c;
    return {};
}

QString QualityReports::certificateNumber(const QString& lotId, const QString& certificateId) const { return certificate(lotId, certificateId).value(QLatin1String("number")).toString(); }

QString QualityReports::certificateHtml(const QString& lotId, const QString& certificateId) const
{
    const QJsonObject c = certificate(lotId, certificateId);
    return c.isEmpty() ? QString() : reports::certificateHtml(c, site());
}

bool QualityReports::printCertificate(const QString& lotId, const QString& certificateId)
{
    const QJsonObject c = certificate(lotId, certificateId);
    if (c.isEmpty()) return problem(tr("There is no such certificate."));
    const QString siteText = site();
    const Status s = print::withDialog(
        tr("Print the certificate of release"), [](QPrinter& p) { p.setPageSize(QPageSize(QPageSize::A4)); },
        [&](QPrinter& p) { return reports::printCertificate(p, c, siteText); });
    if (!s) return print::cancelled(s.refusal()) ? false : problem(s.refusal().message);
    return done(tr("Certificate %1 sent to the printer.").arg(c.value(QLatin1String("number")).toString()));
}

bool QualityReports::saveCertificatePdf(const QString& path, const QString& lotId, const QString& certificateId)
{
    const QJsonObject c = certificate(lotId, certificateId);
    if (c.isEmpty()) return problem(tr("There is no such certificate."));
    if (Status s = reports::writeCertificatePdf(path, c, site()); !s) return problem(s.refusal().message);
    return done(tr("Certificate %1 saved to %2.").arg(c.value(QLatin1String("number")).toString(), QDir::toNativeSeparators(path)));
}

bool QualityReports::saveCertificatePdfAs(const QString& lotId, const QString& certificateId)
{
    const QString number = certificateNumber(lotId, certificateId);
    const QString path = print::askPdfPath(tr("Save the certificate as PDF"), QStringLiteral("certificate-%1.pdf").arg(number));
    return !path.isEmpty() && saveCertificatePdf(path, lotId, certificateId);
}

QString QualityReports::holdsRegisterHtml(bool openOnly) const
{
    Workspace* ws = session_ ? session_->workspace() : nullptr;
    if (!ws) return {};
    reports::HoldsRegisterOptions o;
    o.openOnly = openOnly;
    o.siteDescription = site();
    return reports::holdsRegisterHtml(ws->database().sql(), o);
}

bool QualityReports::printHoldsRegister(bool openOnly)
{
    Workspace* ws = session_ ? session_->workspace() : nullptr;
    if (!ws) return false;
    reports::HoldsRegisterOptions o;
    o.openOnly = openOnly;
    o.siteDescription = site();
    const Status s = print::withDialog(
        tr("Print the holds register"),
        [](QPrinter& p) {
            p.setPageSize(QPageSize(QPageSize::A4));
            p.setPageOrientation(QPageLayout::Landscape);
        },
        [&](QPrinter& p) { return reports::printHoldsRegister(p, ws->database().sql(), o); });
    if (!s) return print::cancelled(s.refusal()) ? false : problem(s.refusal().message);
    return done(tr("Holds register sent to the printer."));
}

bool QualityReports::saveHoldsRegisterPdf(const QString& path, bool openOnly)
{
    Workspace* ws = session_ ? session_->workspace() : nullptr;
    if (!ws) return false;
    reports::HoldsRegisterOptions o;
    o.openOnly = openOnly;
    o.siteDescription = site();
    if (Status s = reports::writeHoldsRegisterPdf(path, ws->database().sql(), o); !s) return problem(s.refusal().message);
    return done(tr("Holds register saved to %1.").arg(QDir::toNativeSeparators(path)));
}

bool QualityReports::saveHoldsRegisterPdfAs(bool openOnly)
{
    const QString day = QDate::currentDate().toString(Qt::ISODate);
    const QString path = print::askPdfPath(tr("Save the holds register as PDF"),
                                           openOnly ? QStringLiteral("open-holds-%1.pdf").arg(day) : QStringLiteral("holds-register-%1.pdf").arg(day));
    return !path.isEmpty() && saveHoldsRegisterPdf(path, openOnly);
}

void QualityReports::clearMessage() { done({}); }

bool QualityReports::done(const QString& message)
{
    message_ = message;
    problem_ = false;
    emit messageChanged();
    return true;
}

bool QualityReports::problem(const QString& message)
{
    message_ = message;
    problem_ = true;
    emit messageChanged();
    return false;
}

}  // namespace tracelot::ui

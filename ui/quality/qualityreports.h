#pragma once
// The quality printouts from the desktop: the certificate of release of a lot (on screen
// as the same HTML the PDF and the paper carry, printed through the print dialog, or
// saved as PDF) and the holds register (open holds or all). Used by the QA inbox and
// the stock page.
#include <QObject>
#include <QPointer>
#include <QJsonObject>
#include <QtQml/qqmlregistration.h>

Q_MOC_INCLUDE("shell/session.h")

namespace tracelot::ui {

class Session;

class QualityReports : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(tracelot::ui::Session* session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsProblem READ messageIsProblem NOTIFY messageChanged)

public:
    explicit QualityReports(QObject* parent = nullptr);
    explicit QualityReports(Session* session, QObject* parent = nullptr);

    Session* session() const { return session_; }
    void setSession(Session* session);
    QString message() const { return message_; }
    bool messageIsProblem() const { return problem_; }

    // The certificate (certificate.issued payload) with this id, empty when unknown.
    QJsonObject certificate(const QString& lotId, const QString& certificateId) const;
    Q_INVOKABLE QString certificateNumber(const QString& lotId, const QString& certificateId) const;
    Q_INVOKABLE QString certificateHtml(const QString& lotId, const QString& certificateId) const;
    Q_INVOKABLE bool printCertificate(const QString& lotId, const QString& certificateId);
    Q_INVOKABLE bool saveCertificatePdf(const QString& path, const QString& lotId, const QString& certificateId);
    Q_INVOKABLE bool saveCertificatePdfAs(const QString& lotId, const QString& certificateId);

    Q_INVOKABLE QString holdsRegisterHtml(bool openOnly) const;
    Q_INVOKABLE bool printHoldsRegister(bool openOnly);
    Q_INVOKABLE bool saveHoldsRegisterPdf(const QString& path, bool openOnly);
    Q_INVOKABLE bool saveHoldsRegisterPdfAs(bool openOnly);
    Q_INVOKABLE void clearMessage();

signals:
    void sessionChanged();
    void messageChanged();

private:
    bool done(const QString& message);
    bool problem(const QString& message);
    QString site() const;

    QPointer<Session> session_;
    QString message_;
    bool problem_ = false;
};

}  // namespace tracelot::ui

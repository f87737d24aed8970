#pragma once
// Lot and case labels from the desktop: the print dialog, or a PDF saved where the user
// says. What happened (or why it could not) is the message, shown in place.
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

Q_MOC_INCLUDE("shell/session.h")

namespace tracelot::ui {

class Session;

class LotLabelPrinter : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(tracelot::ui::Session* session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsProblem READ messageIsProblem NOTIFY messageChanged)

public:
    explicit LotLabelPrinter(QObject* parent = nullptr);
    explicit LotLabelPrinter(Session* session, QObject* parent = nullptr);

    Session* session() const { return session_; }
    void setSession(Session* session);
    QString message() const { return message_; }
    bool messageIsProblem() const { return problem_; }

    // size: "case" (4×6 in) or "lot" (100×50 mm); sscc: the scanned logistic unit, if any.
    Q_INVOKABLE bool printLabels(const QString& lotId, const QString& size, const QString& sscc = {});
    Q_INVOKABLE bool saveLabelsPdf(const QString& path, const QString& lotId, const QString& size, const QString& sscc = {});
    Q_INVOKABLE bool saveLabelsPdfAs(const QString& lotId, const QString& size, const QString& sscc = {});
    Q_INVOKABLE void clearMessage();

signals:
    void sessionChanged();
    void messageChanged();

private:
    bool say(const QString& message, bool problem);

    QPointer<Session> session_;
    QString message_;
    bool problem_ = false;
};

}  // namespace tracelot::ui

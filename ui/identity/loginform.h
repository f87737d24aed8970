#pragma once
// View model of the sign-in page: checks the user name and password with the identity
// directory and, on success, begins the session. A refusal stays on the page as text.
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

Q_MOC_INCLUDE("shell/session.h")

namespace tracelot::ui {

class Session;

class LoginForm : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(tracelot::ui::Session* session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QString errorField READ errorField NOTIFY errorChanged)

public:
    explicit LoginForm(QObject* parent = nullptr);
    explicit LoginForm(Session* session, QObject* parent = nullptr);

    Session* session() const { return session_; }
    void setSession(Session* session);
    QString errorMessage() const { return errorMessage_; }
    QString errorField() const { return errorField_; }

    // True when signed in; otherwise errorMessage says why and the page keeps its input.
    Q_INVOKABLE bool submit(const QString& username, const QString& password);
    Q_INVOKABLE void clearError();

signals:
    void sessionChanged();
    void errorChanged();

private:
    bool fail(const QString& message, const QString& field);

    QPointer<Session> session_;
    QString errorMessage_;
    QString errorField_;
};

}  // namespace tracelot::ui

#pragma once
// View model of the first-start page: creates the first administrator (CreateFirstAdmin),
// signs them in and, if asked, loads the demo data of a food importer.
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

Q_MOC_INCLUDE("shell/session.h")

namespace tracelot::ui {

class Session;

// Which form field a refusal of the identity context is about ("" when none in particular).
QString identityFieldOf(const QString& refusalCode);

class SetupForm : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(tracelot::ui::Session* session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QString errorField READ errorField NOTIFY errorChanged)
    Q_PROPERTY(int minimumPasswordLength READ minimumPasswordLength CONSTANT)

public:
    explicit SetupForm(QObject* parent = nullptr);
    explicit SetupForm(Session* session, QObject* parent = nullptr);

    Session* session() const { return session_; }
    void setSession(Session* session);
    QString errorMessage() const { return errorMessage_; }
    QString errorField() const { return errorField_; }
    int minimumPasswordLength() const;

    // True when the administrator exists and is signed in (the demo data, if asked for,
    // loaded too); otherwise errorMessage says why and the page keeps its input.
    Q_INVOKABLE bool submit(const QString& username, const QString& displayName, const QString& password, const QString& passwordAgain,
                            bool loadDemoData);
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

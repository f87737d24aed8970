#pragma once
// View model of the "Identity & audit" page: the users and their roles, creating a user,
// granting and revoking roles, deactivating, and verifying the audit trail. Refusals
// (e.g. "the last administrator keeps that role") stay in place as text.
#include "shell/commandviewmodel.h"

#include <QVariantList>
#include <QtQml/qqmlregistration.h>

Q_MOC_INCLUDE("identity/usersmodel.h")

namespace tracelot::ui {

class UsersModel;

// session comes from CommandViewModel.
class IdentityViewModel : public CommandViewModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(tracelot::ui::UsersModel* users READ users CONSTANT)
    Q_PROPERTY(QVariantList roleOptions READ roleOptions CONSTANT)
    Q_PROPERTY(int minimumPasswordLength READ minimumPasswordLength CONSTANT)
    Q_PROPERTY(bool canAdminister READ canAdminister NOTIFY permissionsChanged)
    Q_PROPERTY(QString createError READ createError NOTIFY createErrorChanged)
    Q_PROPERTY(QString createErrorField READ createErrorField NOTIFY createErrorChanged)
    Q_PROPERTY(QString roleError READ roleError NOTIFY roleErrorChanged)
    Q_PROPERTY(bool auditChecked READ auditChecked NOTIFY auditChanged)
    Q_PROPERTY(bool auditOk READ auditOk NOTIFY auditChanged)
    Q_PROPERTY(QString auditText READ auditText NOTIFY auditChanged)

public:
    explicit IdentityViewModel(QObject* parent = nullptr);
    explicit IdentityViewModel(Session* session, QObject* parent = nullptr);

    UsersModel* users() const { return users_; }
    QVariantList roleOptions() const;  // [{ key, label }] in a fixed order
    bool canAdminister() const;
    int minimumPasswordLength() const;
    QString createError() const { return createError_; }
    QString createErrorField() const { return createErrorField_; }
    QString roleError() const { return roleError_; }
    bool auditChecked() const { return auditChecked_; }
    bool auditOk() const { return auditOk_; }
    QString auditText() const { return auditText_; }

    Q_INVOKABLE bool createUser(const QString& username, const QString& displayName, const QString& password, const QString& passwordAgain,
                                const QStringList& roles);
    Q_INVOKABLE bool setRole(const QString& userId, const QString& role, bool granted);
    Q_INVOKABLE bool deactivate(const QString& userId);
    Q_INVOKABLE void verifyAudit();
    Q_INVOKABLE void clearCreateError();
    Q_INVOKABLE void clearRoleError();

signals:
    void createErrorChanged();
    void roleErrorChanged();
    void auditChanged();

protected:
    void workspaceAttached() override;

private:
    bool failCreate(const QString& message, const QString& field);
    bool failRole(const QString& message);

    UsersModel* users_;
    QString createError_;
    QString createErrorField_;
    QString roleError_;
    bool auditChecked_ = false;
    bool auditOk_ = false;
    QString auditText_;
};

}  // namespace tracelot::ui

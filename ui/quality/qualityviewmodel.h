#pragma once
// View model of the quality page: the QA inbox (open holds, oldest first, by cause), the
// hold opened in detail, the quality check form, and the two signed decisions on a hold —
// "sign and release" (meaning + password, bound to the SHA-256 of the record shown) and
// "dispose" (disposition + password). A wrong password is refused by the core and logged;
// the refusal stays in the dialog. What the signed-in role may not do is disabled, with
// the reason.
#include "shell/commandviewmodel.h"

#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

Q_MOC_INCLUDE("quality/holdinboxmodel.h")
Q_MOC_INCLUDE("quality/holddetail.h")
Q_MOC_INCLUDE("quality/checkform.h")

namespace tracelot::ui {

class CheckForm;
class HoldDetail;
class HoldInboxModel;

// session comes from CommandViewModel.
class QualityViewModel : public CommandViewModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(tracelot::ui::HoldInboxModel* inbox READ inbox CONSTANT)
    Q_PROPERTY(tracelot::ui::HoldDetail* detail READ detail CONSTANT)
    Q_PROPERTY(tracelot::ui::CheckForm* check READ check CONSTANT)
    Q_PROPERTY(QVariantList meaningOptions READ meaningOptions CONSTANT)
    Q_PROPERTY(QVariantList dispositionOptions READ dispositionOptions CONSTANT)
    // The record being signed: fixed when the signing dialog opens.
    Q_PROPERTY(QString signingSha256 READ signingSha256 NOTIFY signingChanged)
    Q_PROPERTY(QString signError READ signError NOTIFY signingChanged)
    Q_PROPERTY(QString signErrorField READ signErrorField NOTIFY signingChanged)
    Q_PROPERTY(QVariantMap signedResult READ signedResult NOTIFY signingChanged)
    Q_PROPERTY(bool canRelease READ canRelease NOTIFY permissionsChanged)
    Q_PROPERTY(bool canRecordCheck READ canRecordCheck NOTIFY permissionsChanged)
    Q_PROPERTY(bool canPlaceHold READ canPlaceHold NOTIFY permissionsChanged)
    Q_PROPERTY(QString releaseNote READ releaseNote NOTIFY permissionsChanged)
    Q_PROPERTY(QString checkNote READ checkNote NOTIFY permissionsChanged)

public:
    explicit QualityViewModel(QObject* parent = nullptr);
    explicit QualityViewModel(Session* session, QObject* parent = nullptr);
    ~QualityViewModel() override;

    HoldInboxModel* inbox() const { return inbox_.get(); }
    HoldDetail* detail() const { return detail_.get(); }
    CheckForm* check() const { return check_.get(); }
    QVariantList meaningOptions() const;
    QVariantList dispositionOptions() const;
    QString signingSha256() const { return signingSha_; }
    QString signError() const { return signError_; }
    QString signErrorField() const { return signErrorField_; }
    // After a signature: { number, line, certificateId, lotId, disposition }.
    QVariantMap signedResult() const { return signedResult_; }
    bool canRelease() const;
    bool canRecordCheck() const;
    bool canPlaceHold() const;
    QString releaseNote() const;
    QString checkNote() const;

    Q_INVOKABLE void openHold(const QString& holdId);
    Q_INVOKABLE void openRow(int row);
    // Fixes the record shown to the signer (its SHA-256) and clears the last outcome.
    Q_INVOKABLE void beginSigning();
    Q_INVOKABLE bool release(const QString& meaning, const QString& password);
    Q_INVOKABLE bool dispose(const QString& disposition, const QString& password, const QString& note);
    // Starts the check form for the lot of the open hold.
    Q_INVOKABLE void beginCheck();

signals:
    void signingChanged();

protected:
    void workspaceAttached() override;

private:
    bool failSign(const QString& message, const QString& field);
    bool sign(const QString& command, const QJsonObject& payload);

    std::unique_ptr<HoldInboxModel> inbox_;
    std::unique_ptr<HoldDetail> detail_;
    std::unique_ptr<CheckForm> check_;
    QString signingSha_, signError_, signErrorField_;
    QVariantMap signedResult_;
};

}  // namespace tracelot::ui

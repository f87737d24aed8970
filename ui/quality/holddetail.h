#pragma once
// One hold as the QA technician reviews it: the hold record (number, lot, reason, cause,
// scope, who placed it and when), the SHA-256 of that record (what a signature binds
// to), its status and signatures, and the lot behind it (key data, checks, certificates,
// history) through a LotDetail.
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

Q_MOC_INCLUDE("inventory/lotdetail.h")

namespace tracelot {
class Workspace;
struct Outcome;
}

namespace tracelot::ui {

class LotDetail;

class HoldDetail : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A HoldDetail belongs to a QualityViewModel")
    Q_PROPERTY(QString holdId READ holdId NOTIFY changed)
    Q_PROPERTY(bool exists READ exists NOTIFY changed)
    Q_PROPERTY(QString number READ number NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(bool open READ isOpen NOTIFY changed)
    Q_PROPERTY(QString cause READ cause NOTIFY changed)
    Q_PROPERTY(QString causeText READ causeText NOTIFY changed)
    Q_PROPERTY(QString reason READ reason NOTIFY changed)
    Q_PROPERTY(QString scope READ scope NOTIFY changed)
    Q_PROPERTY(QString placedText READ placedText NOTIFY changed)
    Q_PROPERTY(QString recordSha256 READ recordSha256 NOTIFY changed)
    Q_PROPERTY(bool correctiveActionRecorded READ correctiveActionRecorded NOTIFY changed)
    Q_PROPERTY(QVariantList signatures READ signatures NOTIFY changed)
    Q_PROPERTY(QString certificateId READ certificateId NOTIFY changed)
    Q_PROPERTY(tracelot::ui::LotDetail* lot READ lot CONSTANT)

public:
    explicit HoldDetail(QObject* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    Q_INVOKABLE void show(const QString& holdId);
    void reload();

    QString holdId() const { return holdId_; }
    bool exists() const { return exists_; }
    QString number() const { return number_; }
    QString status() const { return status_; }
    QString statusText() const;
    bool isOpen() const { return exists_ && status_ == QLatin1String("open"); }
    QString cause() const { return cause_; }
    QString causeText() const;
    QString reason() const { return reason_; }
    QString scope() const { return scope_; }
    QString placedText() const { return placedText_; }
    QString recordSha256() const { return sha_; }
    bool correctiveActionRecorded() const { return corrective_; }
    QVariantList signatures() const { return signatures_; }
    // The certificate of release issued for this hold ("" while open or when disposed).
    QString certificateId() const { return certificateId_; }
    LotDetail* lot() const { return lot_; }

signals:
    void changed();

private:
    void onCommitted(const tracelot::Outcome& outcome);

    Workspace* workspace_ = nullptr;
    QMetaObject::Connection busConnection_;
    LotDetail* lot_;
    QString holdId_;
    bool exists_ = false;
    QString number_, status_, cause_, reason_, scope_, placedText_, sha_, certificateId_;
    bool corrective_ = false;
    QVariantList signatures_;
};

}  // namespace tracelot::ui

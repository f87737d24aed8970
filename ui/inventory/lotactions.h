#pragma once
// The stock page's forms on a lot: move, count (adjust with a reason), waste (with a
// reason), split, and transform (repack or merge, each input lot with the quantity used).
// Each runs its command; a refusal stays in the dialog with the field it is about marked,
// and what was typed stays.
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

Q_MOC_INCLUDE("shell/session.h")

namespace tracelot {
class Workspace;
struct Outcome;
}

namespace tracelot::ui {

class Session;

// Lots with stock whose lot code, product code or name contains `search` (at most
// `limit`, FEFO order), for choosing a lot in a dialog:
// [{ lotId, tlc, productId, productName, unit, unitText, expiry, label, stock: [{ locationId, code, quantity, quantityText }] }].
QVariantList lotChoices(Workspace* workspace, const QString& search, int limit = 20);
// One lot in the same shape (empty when there is no such lot).
QVariantMap lotChoice(Workspace* workspace, const QString& lotId);

class LotActions : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A LotActions belongs to a StockViewModel")
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QString errorField READ errorField NOTIFY errorChanged)
    Q_PROPERTY(QString doneMessage READ doneMessage NOTIFY doneChanged)
    Q_PROPERTY(QString newLotId READ newLotId NOTIFY doneChanged)
    Q_PROPERTY(QVariantList locationOptions READ locationOptions NOTIFY optionsChanged)
    Q_PROPERTY(QVariantList productOptions READ productOptions NOTIFY optionsChanged)
    Q_PROPERTY(QVariantList adjustReasonOptions READ adjustReasonOptions CONSTANT)
    Q_PROPERTY(QVariantList wasteReasonOptions READ wasteReasonOptions CONSTANT)
    Q_PROPERTY(QVariantList transformKindOptions READ transformKindOptions CONSTANT)
    Q_PROPERTY(bool canMove READ canMove NOTIFY permissionsChanged)
    Q_PROPERTY(bool canTransform READ canTransform NOTIFY permissionsChanged)
    Q_PROPERTY(QString moveNote READ moveNote NOTIFY permissionsChanged)
    Q_PROPERTY(QString transformNote READ transformNote NOTIFY permissionsChanged)

public:
    explicit LotActions(Session* session, QObject* parent = nullptr);

    void setSession(Session* session);
    QString errorMessage() const { return errorMessage_; }
    QString errorField() const { return errorField_; }
    QString doneMessage() const { return doneMessage_; }
    QString newLotId() const { return newLotId_; }
    QVariantList locationOptions() const { return locationOptions_; }
    QVariantList productOptions() const { return productOptions_; }
    QVariantList adjustReasonOptions() const;
    QVariantList wasteReasonOptions() const;
    QVariantList transformKindOptions() const;
    // Move, count, waste and split share the roles of the stock commands.
    bool canMove() const;
    bool canTransform() const;
    QString moveNote() const;
    QString transformNote() const;

    Q_INVOKABLE bool move(const QString& lotId, const QString& fromLocationId, const QString& toLocationId, const QString& quantity);
    Q_INVOKABLE bool adjust(const QString& lotId, const QString& locationId, const QString& counted, const QString& reason, const QString& note);
    Q_INVOKABLE bool waste(const QString& lotId, const QString& locationId, const QString& quantity, const QString& reason, const QString& note);
    Q_INVOKABLE bool split(const QString& lotId, const QString& locationId, const QString& quantity);
    // inputs: [{ lotId, locationId, quantity (text) }]; expiry "" for the default (the
    // earliest input expiry).
    Q_INVOKABLE bool transform(const QString& kind, const QVariantList& inputs, const QString& outputProductId, const QString& outputQuantity,
                               const QString& outputLocationId, const QString& expiry);
    // Lots with stock matching `search` (lot code, product code or name), for choosing
    // transformation inputs: [{ lotId, tlc, productName, unit, expiry, stock: [{ locationId, code, quantity, quantityText }] }].
    Q_INVOKABLE QVariantList findLots(const QString& search) const;
    // The stock of one lot in the same shape (for the lot a dialog starts from).
    Q_INVOKABLE QVariantMap lotChoice(const QString& lotId) const;
    // "Default: 2026-03-01 (the earliest input)" for the inputs chosen so far.
    Q_INVOKABLE QString defaultExpiryText(const QVariantList& inputs) const;
    Q_INVOKABLE void clearError();
    Q_INVOKABLE void clearDone();

signals:
    void errorChanged();
    void doneChanged();
    void optionsChanged();
    void permissionsChanged();
    void done(const QString& lotId);

private:
    bool run(const QString& command, const QJsonObject& payload, const QString& lotId);
    bool fail(const QString& message, const QString& field);
    void reloadOptions();
    void onCommitted(const tracelot::Outcome& outcome);
    void attach();

    QPointer<Session> session_;
    QMetaObject::Connection busConnection_;
    QString errorMessage_, errorField_, doneMessage_, newLotId_;
    QVariantList locationOptions_, productOptions_;
};

}  // namespace tracelot::ui

#pragma once
// One lot as the stock page shows it: its key data (lot code and where it came from,
// dates, quantity, status), the stock at each location, its holds with their signatures,
// its quality checks and certificates, and its full history. Re-read after every commit
// that may touch it.
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

Q_MOC_INCLUDE("inventory/lothistorymodel.h")

namespace tracelot {
class Workspace;
struct Outcome;
}

namespace tracelot::ui {

class LotHistoryModel;

class LotDetail : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A LotDetail belongs to a StockViewModel or a HoldDetail")
    Q_PROPERTY(QString lotId READ lotId NOTIFY changed)
    Q_PROPERTY(bool exists READ exists NOTIFY changed)
    Q_PROPERTY(QString tlc READ tlc NOTIFY changed)
    Q_PROPERTY(QString productId READ productId NOTIFY changed)
    Q_PROPERTY(QString productName READ productName NOTIFY changed)
    Q_PROPERTY(QString productCode READ productCode NOTIFY changed)
    Q_PROPERTY(QString unit READ unit NOTIFY changed)
    Q_PROPERTY(QString unitText READ unitText NOTIFY changed)
    Q_PROPERTY(qint64 onHand READ onHand NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(QVariantList facts READ facts NOTIFY changed)
    Q_PROPERTY(QVariantList stock READ stock NOTIFY changed)
    Q_PROPERTY(QVariantList holds READ holds NOTIFY changed)
    Q_PROPERTY(QVariantList checks READ checks NOTIFY changed)
    Q_PROPERTY(QVariantList certificates READ certificates NOTIFY changed)
    Q_PROPERTY(tracelot::ui::LotHistoryModel* history READ history CONSTANT)

public:
    explicit LotDetail(QObject* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    Q_INVOKABLE void show(const QString& lotId);
    Q_INVOKABLE void reload();

    QString lotId() const { return lotId_; }
    bool exists() const { return exists_; }
    QString tlc() const { return tlc_; }
    QString productId() const { return productId_; }
    QString productName() const { return productName_; }
    QString productCode() const { return productCode_; }
    QString unit() const { return unit_; }
    QString unitText() const;
    qint64 onHand() const { return onHand_; }
    QString status() const { return status_; }
    QString statusText() const { return statusText_; }
    // [{ label, value }]: TLC and its source, supplier, dates, reference document, …
    QVariantList facts() const { return facts_; }
    // [{ locationId, code, name, type, quantity, quantityText, held }]
    QVariantList stock() const { return stock_; }
    // [{ holdId, number, causeText, reason, status, statusText, open, scope, placedText, signatures: [{ line, … }] }]
    QVariantList holds() const { return holds_; }
    // [{ passed, when, results: [text], note }]
    QVariantList checks() const { return checks_; }
    // [{ certificateId, number, signature: { line, … } }]
    QVariantList certificates() const { return certificates_; }
    LotHistoryModel* history() const { return history_; }

signals:
    void changed();

private:
    void onCommitted(const tracelot::Outcome& outcome);

    Workspace* workspace_ = nullptr;
    QMetaObject::Connection busConnection_;
    LotHistoryModel* history_;
    QString lotId_;
    bool exists_ = false;
    QString tlc_, productId_, productName_, productCode_, unit_, status_, statusText_;
    qint64 onHand_ = 0;
    QVariantList facts_, stock_, holds_, checks_, certificates_;
};

}  // namespace tracelot::ui

#pragma once
// View model of the receiving page at the dock. A scan (GS1-128, DataMatrix or QR content
// typed by a keyboard-wedge scanner) fills the product (by GTIN), the lot code, the dates
// and the quantity (net weight or count) at once; an unknown GTIN offers to define the
// product. The user confirms quantity, supplier, location and the reference document;
// receive() runs ReceiveLot. A refusal stays in the form, next to the field it is about,
// with everything typed kept. The lot just received can be labelled (print or PDF).
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <memory>

Q_MOC_INCLUDE("shell/session.h")
Q_MOC_INCLUDE("catalog/catalogeditor.h")

namespace tracelot {
struct Outcome;
namespace gs1 {
struct Gs1Data;
}
}  // namespace tracelot

namespace tracelot::ui {

class CatalogEditor;
class LotLabelPrinter;
class Session;

class ReceivingForm : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(tracelot::ui::Session* session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)
    // What the last scan said.
    Q_PROPERTY(QString scanHri READ scanHri NOTIFY scanChanged)
    Q_PROPERTY(QString scanError READ scanError NOTIFY scanChanged)
    Q_PROPERTY(QString gtin READ gtin NOTIFY scanChanged)
    Q_PROPERTY(bool unknownGtin READ unknownGtin NOTIFY scanChanged)
    Q_PROPERTY(QString quantityHint READ quantityHint NOTIFY scanChanged)
    Q_PROPERTY(QString sscc READ sscc NOTIFY scanChanged)
    // The form (scan fills them; the user may correct every one).
    Q_PROPERTY(QString productId READ productId WRITE setProductId NOTIFY fieldsChanged)
    Q_PROPERTY(QString productUnit READ productUnit NOTIFY fieldsChanged)
    Q_PROPERTY(QString quantity READ quantity WRITE setQuantity NOTIFY fieldsChanged)
    Q_PROPERTY(QString tlc READ tlc WRITE setTlc NOTIFY fieldsChanged)
    Q_PROPERTY(QString expiry READ expiry WRITE setExpiry NOTIFY fieldsChanged)
    Q_PROPERTY(QString bestBefore READ bestBefore WRITE setBestBefore NOTIFY fieldsChanged)
    Q_PROPERTY(QString productionDate READ productionDate WRITE setProductionDate NOTIFY fieldsChanged)
    Q_PROPERTY(QString temperature READ temperature WRITE setTemperature NOTIFY fieldsChanged)
    Q_PROPERTY(QString supplierId READ supplierId WRITE setSupplierId NOTIFY fieldsChanged)
    Q_PROPERTY(QString locationId READ locationId WRITE setLocationId NOTIFY fieldsChanged)
    Q_PROPERTY(QString referenceType READ referenceType WRITE setReferenceType NOTIFY fieldsChanged)
    Q_PROPERTY(QString referenceNumber READ referenceNumber WRITE setReferenceNumber NOTIFY fieldsChanged)
    // Choices.
    Q_PROPERTY(QVariantList productOptions READ productOptions NOTIFY optionsChanged)
    Q_PROPERTY(QVariantList supplierOptions READ supplierOptions NOTIFY optionsChanged)
    Q_PROPERTY(QVariantList locationOptions READ locationOptions NOTIFY optionsChanged)
    Q_PROPERTY(QVariantList referenceTypeOptions READ referenceTypeOptions CONSTANT)
    // The core's refusal, in place.
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QString errorField READ errorField NOTIFY errorChanged)
    // The lots received in this session, newest first; the first is the one just received.
    Q_PROPERTY(QVariantMap lastReceipt READ lastReceipt NOTIFY receiptsChanged)
    Q_PROPERTY(QVariantList receipts READ receipts NOTIFY receiptsChanged)
    Q_PROPERTY(QString labelMessage READ labelMessage NOTIFY labelMessageChanged)
    Q_PROPERTY(bool labelMessageIsProblem READ labelMessageIsProblem NOTIFY labelMessageChanged)
    // Permissions.
    Q_PROPERTY(bool canReceive READ canReceive NOTIFY permissionsChanged)
    Q_PROPERTY(bool canDefineProduct READ canDefineProduct NOTIFY permissionsChanged)
    Q_PROPERTY(QString permissionNote READ permissionNote NOTIFY permissionsChanged)
    Q_PROPERTY(tracelot::ui::CatalogEditor* productEditor READ productEditor CONSTANT)

public:
    explicit ReceivingForm(QObject* parent = nullptr);
    explicit ReceivingForm(Session* session, QObject* parent = nullptr);
    ~ReceivingForm() override;

    Session* session() const { return session_; }
    void setSession(Session* session);

    QString scanHri() const { return scanHri_; }
    QString scanError() const { return scanError_; }
    QString gtin() const { return gtin_; }
    bool unknownGtin() const { return unknownGtin_; }
    QString quantityHint() const { return quantityHint_; }
    QString sscc() const { return sscc_; }

    QString productId() const { return productId_; }
    void setProductId(const QString& id);
    QString productUnit() const { return productUnit_; }
    QString quantity() const { return quantity_; }
    void setQuantity(const QString& v) { set(quantity_, v); }
    QString tlc() const { return tlc_; }
    void setTlc(const QString& v) { set(tlc_, v); }
    QString expiry() const { return expiry_; }
    void setExpiry(const QString& v) { set(expiry_, v); }
    QString bestBefore() const { return bestBefore_; }
    void setBestBefore(const QString& v) { set(bestBefore_, v); }
    QString productionDate() const { return productionDate_; }
    void setProductionDate(const QString& v) { set(productionDate_, v); }
    QString temperature() const { return temperature_; }
    void setTemperature(const QString& v) { set(temperature_, v); }
    QString supplierId() const { return supplierId_; }
    void setSupplierId(const QString& v) { set(supplierId_, v); }
    QString locationId() const { return locationId_; }
    void setLocationId(const QString& v) { set(locationId_, v); }
    QString referenceType() const { return referenceType_; }
    void setReferenceType(const QString& v) { set(referenceType_, v); }
    QString referenceNumber() const { return referenceNumber_; }
    void setReferenceNumber(const QString& v) { set(referenceNumber_, v); }

    QVariantList productOptions() const { return productOptions_; }
    QVariantList supplierOptions() const { return supplierOptions_; }
    QVariantList locationOptions() const { return locationOptions_; }
    QVariantList referenceTypeOptions() const;

    QString errorMessage() const { return errorMessage_; }
    QString errorField() const { return errorField_; }
    QVariantMap lastReceipt() const { return receipts_.isEmpty() ? QVariantMap() : receipts_.constFirst().toMap(); }
    QVariantList receipts() const { return receipts_; }
    QString labelMessage() const;
    bool labelMessageIsProblem() const;

    bool canReceive() const;
    bool canDefineProduct() const;
    QString permissionNote() const;
    CatalogEditor* productEditor() const { return productEditor_.get(); }

    // Reads what the scanner typed (GS as ASCII 29 or any stand-in the keyboard helper
    // knows). A scan with a GTIN starts a new item; one without (the second symbol of a
    // label, an SSCC) adds to the current one. False when it cannot be read.
    Q_INVOKABLE bool scan(const QString& typed);
    // Receives the lot (ReceiveLot); true when the core accepted it.
    Q_INVOKABLE bool receive();
    // Empties the item (product, lot, dates, quantity), keeps supplier, location and document.
    Q_INVOKABLE void clearItem();
    Q_INVOKABLE void clearError();
    // The product form for the unknown GTIN (the catalog editor with the GTIN filled in).
    Q_INVOKABLE void prepareNewProduct();
    // After the product was defined: take it for the current item.
    Q_INVOKABLE void productDefined(const QString& productId);

    // Labels of the lot just received: "case" (4×6 in) or "lot" (100×50 mm).
    Q_INVOKABLE bool printLabels(const QString& size);
    Q_INVOKABLE bool saveLabelsPdf(const QString& path, const QString& size);
    Q_INVOKABLE bool saveLabelsPdfAs(const QString& size);

signals:
    void sessionChanged();
    void scanChanged();
    void fieldsChanged();
    void optionsChanged();
    void errorChanged();
    void receiptsChanged();
    void labelMessageChanged();
    void permissionsChanged();
    void received(const QString& lotId);

private:
    void attach();
    void reloadOptions();
    void onCommitted(const tracelot::Outcome& outcome);
    void set(QString& field, const QString& value);
    void fillFrom(const gs1::Gs1Data& data, bool newItem);
    void lookUpProduct();
    bool fail(const QString& message, const QString& field);

    QPointer<Session> session_;
    QMetaObject::Connection busConnection_;
    std::unique_ptr<CatalogEditor> productEditor_;
    QString scanHri_, scanError_, gtin_, quantityHint_, sscc_;
    bool unknownGtin_ = false;
    QString productId_, productUnit_, quantity_, tlc_, expiry_, bestBefore_, productionDate_, temperature_;
    QString supplierId_, locationId_, referenceType_ = QStringLiteral("po"), referenceNumber_;
    QVariantList productOptions_, supplierOptions_, locationOptions_;
    QString errorMessage_, errorField_;
    QVariantList receipts_;
    LotLabelPrinter* labels_;
};

}  // namespace tracelot::ui

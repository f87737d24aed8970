// Receiving at the dock (see receivingform.h).
#include "inventory/receivingform.h"

#include "catalog/catalogeditor.h"
#include "catalog/catalogmodule.h"
#include "common/clock.h"
#include "eventstore/database.h"
#include "inventory/commandaccess.h"
#include "inventory/gs1parser.h"
#include "inventory/inventorytext.h"
#include "inventory/lotlabelprinter.h"
#include "pipeline/commandbus.h"
#include "shell/session.h"
#include "shell/uitext.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <cmath>

Q_LOGGING_CATEGORY(lcReceiving, "tracelot.ui.inventory.receiving")

namespace tracelot::ui {
namespace {

QString str(const QJsonObject& p, const char* key) { return p.value(QLatin1String(key)).toString(); }

QVariantList catalogOptions(QSqlDatabase db, catalog::Kind kind)
{
    QVariantList out;
    for (const QJsonObject& row : catalog::CatalogQueries(db).list(kind, false))
        out << QVariantMap{{QStringLiteral("value"), str(row, "id")},
                           {QStringLiteral("label"), QStringLiteral("%1 — %2").arg(str(row, "code"), str(row, "name"))},
                           {QStringLiteral("code"), str(row, "code")},
                           {QStringLiteral("type"), str(row, "type")},
                           {QStringLiteral("unit"), str(row, "base_unit")}};
    return out;
}

QVariantMap optionById(const QVariantList& options, const QString& id)
{
    for (const QVariant& v : options)
        if (v.toMap().value(QStringLiteral("value")).toString() == id) return v.toMap();
    return {};
}

// Which field of the form a ReceiveLot refusal is about.
QString fieldOf(const QString& code)
{
    static const QHash<QString, QString> map{
        {QStringLiteral("inventory.product_unknown"), QStringLiteral("product")},
        {QStringLiteral("inventory.product_retired"), QStringLiteral("product")},
        {QStringLiteral("inventory.gtin_unknown"), QStringLiteral("product")},
        {QStringLiteral("inventory.quantity_invalid"), QStringLiteral("quantity")},
        {QStringLiteral("inventory.unit_mismatch"), QStringLiteral("quantity")},
        {QStringLiteral("inventory.supplier_unknown"), QStringLiteral("supplier")},
        {QStringLiteral("inventory.supplier_retired"), QStringLiteral("supplier")},
        {QStringLiteral("inventory.location_unknown"), QStringLiteral("location")},
        {QStringLiteral("inventory.location_retired"), QStringLiteral("location")},
        {QStringLiteral("inventory.capacity_exceeded"), QStringLiteral("location")},
        {QStringLiteral("inventory.reference_missing"), QStringLiteral("referenceNumber")},
        {QStringLiteral("inventory.expiry_missing"), QStringLiteral("expiry")},
        {QStringLiteral("inventory.expiry_not_after_receipt"), QStringLiteral("expiry")},
        {QStringLiteral("inventory.date_invalid"), QStringLiteral("expiry")},
        {QStringLiteral("inventory.production_after_receipt"), QStringLiteral("productionDate")},
        {QStringLiteral("inventory.tlc_missing"), QStringLiteral("tlc")},
        {QStringLiteral("inventory.tlc_invalid"), QStringLiteral("tlc")},
        {QStringLiteral("inventory.lot_code_taken"), QStringLiteral("tlc")},
        {QStringLiteral("inventory.temperature_invalid"), QStringLiteral("temperature")},
    };
    return map.value(code);
}

QString isoOf(const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

}  // namespace

ReceivingForm::ReceivingForm(QObject* parent)
    : QObject(parent), productEditor_(std::make_unique<CatalogEditor>(catalog::Kind::Product, nullptr)), labels_(new LotLabelPrinter(this))
{
    connect(labels_, &LotLabelPrinter::messageChanged, this, &ReceivingForm::labelMessageChanged);
}

ReceivingForm::ReceivingForm(Session* session, QObject* parent) : ReceivingForm(parent) { setSession(session); }

ReceivingForm::~ReceivingForm() = default;

void ReceivingForm::setSession(Session* session)
{
    if (session_ == session) return;
    if (session_) disconnect(session_, nullptr, this, nullptr);
    session_ = session;
    productEditor_->setSession(session);
    labels_->setSession(session);
    if (session_) {
        connect(session_, &Session::workspaceChanged, this, &ReceivingForm::attach);
        connect(session_, &Session::userChanged, this, &ReceivingForm::permissionsChanged);
    }
    attach();
    emit sessionChanged();
    emit permissionsChanged();
}

void ReceivingForm::attach()
{
    disconnect(busConnection_);
    Workspace* ws = session_ ? session_->workspace() : nullptr;
    if (ws) busConnection_ = connect(&ws->bus(), &CommandBus::committed, this, &ReceivingForm::onCommitted);
    receipts_.clear();
    clearItem();
    supplierId_.clear();
    locationId_.clear();
    referenceNumber_.clear();
    reloadOptions();
    emit receiptsChanged();
}

void ReceivingForm::reloadOptions()
{
    Workspace* ws = session_ ? session_->workspace() : nullptr;
    productOptions_.clear();
    supplierOptions_.clear();
    locationOptions_.clear();
    if (ws) {
        QSqlDatabase db = ws->database().sql();
        productOptions_ = catalogOptions(db, catalog::Kind::Product);
        supplierOptions_ = catalogOptions(db, catalog::Kind::Supplier);
        locationOptions_ = catalogOptions(db, catalog::Kind::Location);
    }
    // Receiving happens at a dock: start there (the first dock by code).
    if (locationId_.isEmpty() || optionById(locationOptions_, locationId_).isEmpty()) {
        locationId_.clear();
        for (const QVariant& v : locationOptions_)
            if (v.toMap().value(QStringLiteral("type")).toString() == QLatin1String("dock")) {
                locationId_ = v.toMap().value(QStringLiteral("value")).toString();
                break;
            }
    }
    emit optionsChanged();
    emit fieldsChanged();
}

void ReceivingForm::onCommitted(const tracelot::Outcome& outcome)
{
    for (const Event& e : outcome.events)
        if (e.type.startsWith(QLatin1String("product.")) || e.type.startsWith(QLatin1String("supplier.")) || e.type.startsWith(QLatin1String("location."))) {
            reloadOptions();
            if (unknownGtin_) lookUpProduct();
            return;
        }
}

void ReceivingForm::set(QString& field, const QString& value)
{
    if (field == value) return;
    field = value;
    emit fieldsChanged();
}

void ReceivingForm::setProductId(const QString& id)
{
    if (productId_ == id) return;
    productId_ = id;
    productUnit_ = optionById(productOptions_, id).value(QStringLiteral("unit")).toString();
    emit fieldsChanged();
}

QVariantList ReceivingForm::referenceTypeOptions() const { return text::referenceDocumentOptions(); }

bool ReceivingForm::canReceive() const { return access::mayRun(session_, QStringLiteral("ReceiveLot")); }

bool ReceivingForm::canDefineProduct() const { return access::mayRun(session_, QStringLiteral("DefineProduct")); }

QString ReceivingForm::permissionNote() const { return access::needs(session_, tr("Receiving"), QStringLiteral("ReceiveLot")); }

void ReceivingForm::clearItem()
{
    scanHri_.clear();
    scanError_.clear();
    gtin_.clear();
    unknownGtin_ = false;
    quantityHint_.clear();
    sscc_.clear();
    productId_.clear();
    productUnit_.clear();
    quantity_.clear();
    tlc_.clear();
    expiry_.clear();
    bestBefore_.clear();
    productionDate_.clear();
    temperature_.clear();
    clearError();
    emit scanChanged();
    emit fieldsChanged();
}

bool ReceivingForm::scan(const QString& typed)
{
    clearError();
    Workspace* ws = session_ ? session_->workspace() : nullptr;
    gs1::Gs1Options options;
    options.today = ws ? QDateTime::fromMSecsSinceEpoch(ws->clock().nowMs()).date() : QDate::currentDate();
    const QString text = gs1::normaliseKeyboardInput(typed, options);
    Result<gs1::Gs1Data> parsed = gs1::parse(text, options);
    if (!parsed) {
        scanError_ = tr("The barcode could not be read: %1").arg(parsed.refusal().message);
        qCInfo(lcReceiving) << "scan refused:" << parsed.refusal().code;
        emit scanChanged();
        return false;
    }
    const gs1::Gs1Data& data = parsed.value();
    const bool newItem = !data.gtin.isEmpty() || !data.contentGtin.isEmpty();
    if (newItem) clearItem();
    scanHri_ = data.hri();
    scanError_.clear();
    fillFrom(data, newItem);
    emit scanChanged();
    emit fieldsChanged();
    return true;
}

void ReceivingForm::fillFrom(const gs1::Gs1Data& d, bool newItem)
{
    if (newItem) {
        gtin_ = !d.gtin.isEmpty() ? d.gtin : d.contentGtin;
        lookUpProduct();
    }
    if (!d.lot.isEmpty()) tlc_ = d.lot;
    if (d.expiry.isValid()) expiry_ = isoOf(d.expiry);
    else if (d.expiryTime.isValid()) expiry_ = isoOf(d.expiryTime.date());
    if (d.bestBefore.isValid()) bestBefore_ = isoOf(d.bestBefore);
    if (d.productionDate.isValid()) productionDate_ = isoOf(d.productionDate);
    else if (d.packDate.isValid() && productionDate_.isEmpty()) productionDate_ = isoOf(d.packDate);
    if (!d.sscc.isEmpty()) sscc_ = d.sscc;

    // The quantity in the product's base unit, when the barcode says it.
    if (productUnit_ == QLatin1String("g")) {
        if (!d.netWeightKg.isEmpty()) {
            quantity_ = QString::number(std::llround(d.netWeightKg.toDouble() * 1000.0));
            quantityHint_ = tr("From the barcode: %1 kg net weight").arg(d.netWeightKg);
        } else if (!d.netWeightLb.isEmpty()) {
            quantity_ = QString::number(std::llround(d.netWeightLb.toDouble() * 453.59237));
            quantityHint_ = tr("From the barcode: %1 lb net weight, converted to grams").arg(d.netWeightLb);
        }
    } else if (productUnit_ == QLatin1String("each") || productUnit_ == QLatin1String("case")) {
        if (d.count) {
            quantity_ = QString::number(*d.count);
            quantityHint_ = tr("From the barcode: count %1").arg(*d.count);
        } else if (d.variableCount) {
            quantity_ = QString::number(*d.variableCount);
            quantityHint_ = tr("From the barcode: variable count %1").arg(*d.variableCount);
        }
    }
}

void ReceivingForm::lookUpProduct()
{
    Workspace* ws = session_ ? session_->workspace() : nullptr;
    if (!ws || gtin_.isEmpty()) return;
    const auto row = catalog::CatalogQueries(ws->database().sql()).productByGtin(gtin_.rightJustified(14, QLatin1Char('0')));
    unknownGtin_ = !row.has_value();
    if (row) {
        setProductId(str(*row, "id"));
        scanError_.clear();
    } else {
        productId_.clear();
        productUnit_.clear();
        scanError_ = tr("No product has the GTIN %1. Define the product to receive this lot.").arg(gtin_);
    }
    emit scanChanged();
    emit fieldsChanged();
}

void ReceivingForm::prepareNewProduct()
{
    productEditor_->startNew();
    productEditor_->setValueByName(QStringLiteral("gtin"), gtin_);
}

void ReceivingForm::productDefined(const QString& productId)
{
    reloadOptions();
    setProductId(productId);
    unknownGtin_ = false;
    scanError_.clear();
    emit scanChanged();
}

bool ReceivingForm::receive()
{
    clearError();
    Workspace* ws = session_ ? session_->workspace() : nullptr;
    if (!ws) return fail(tr("No database is open."), {});
    if (productId_.isEmpty())
        return fail(unknownGtin_ ? tr("Define the product with the GTIN %1 first.").arg(gtin_) : tr("Scan the barcode or choose the product."),
                    QStringLiteral("product"));
    bool okNumber = false;
    const qint64 qty = quantity_.trimmed().remove(QLatin1Char(',')).toLongLong(&okNumber);
    if (!okNumber || qty <= 0) return fail(tr("Enter the quantity received as a whole number above zero."), QStringLiteral("quantity"));
    if (supplierId_.isEmpty()) return fail(tr("Choose the supplier."), QStringLiteral("supplier"));
    if (locationId_.isEmpty()) return fail(tr("Choose where the lot is received."), QStringLiteral("location"));
    if (referenceNumber_.trimmed().isEmpty())
        return fail(tr("Enter the number of the reference document (purchase order, ASN, bill of lading or invoice)."), QStringLiteral("referenceNumber"));

    QJsonObject p{{QStringLiteral("product_id"), productId_},
                  {QStringLiteral("quantity"), qty},
                  {QStringLiteral("supplier_id"), supplierId_},
                  {QStringLiteral("location_id"), locationId_},
                  {QStringLiteral("reference_document_type"), referenceType_},
                  {QStringLiteral("reference_document_number"), referenceNumber_.trimmed()}};
    if (!tlc_.trimmed().isEmpty()) p.insert(QStringLiteral("tlc"), tlc_.trimmed());
    const struct {
        const QString& text;
        const char* key;
        const char* field;
    } dates[] = {{expiry_, "expiry", "expiry"}, {bestBefore_, "best_before", "bestBefore"}, {productionDate_, "production_date", "productionDate"}};
    for (const auto& d : dates) {
        if (d.text.trimmed().isEmpty()) continue;
        const QDate date = QDate::fromString(d.text.trimmed(), Qt::ISODate);
        if (!date.isValid()) return fail(tr("“%1” is not a date; write it as YYYY-MM-DD.").arg(d.text.trimmed()), QLatin1String(d.field));
        p.insert(QLatin1String(d.key), isoOf(date));
    }
    if (!temperature_.trimmed().isEmpty()) {
        QString t = temperature_.trimmed().replace(QLatin1Char(','), QLatin1Char('.')).replace(QChar(0x2212), QLatin1Char('-'));
        bool okTemp = false;
        t.toDouble(&okTemp);
        if (!okTemp) return fail(tr("The temperature at receipt is a number in °C, e.g. 3.5."), QStringLiteral("temperature"));
        p.insert(QStringLiteral("temperature_c"), t);
    }

    Result<Outcome> r = ws->execute(session_->actor(), QStringLiteral("ReceiveLot"), p);
    if (!r) {
        qCInfo(lcReceiving) << "ReceiveLot refused:" << r.refusal().code;
        return fail(text::refusal(r.refusal()), fieldOf(r.refusal().code));
    }
    QVariantMap receipt;
    for (const Event& e : r->events) {
        if (e.type == QLatin1String("lot.received")) {
            const QJsonObject& ep = e.payload;
            const QVariantMap location = optionById(locationOptions_, str(ep, "location_id"));
            receipt.insert(QStringLiteral("lotId"), str(ep, "lot_id"));
            receipt.insert(QStringLiteral("tlc"), str(ep, "tlc"));
            receipt.insert(QStringLiteral("tlcAssigned"), ep.value(QLatin1String("tlc_assigned")).toBool());
            receipt.insert(QStringLiteral("productName"), str(ep, "product_description"));
            receipt.insert(QStringLiteral("quantityText"), text::quantity(ep.value(QLatin1String("quantity")).toInteger(), str(ep, "unit")));
            receipt.insert(QStringLiteral("locationCode"), location.value(QStringLiteral("code")));
            receipt.insert(QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(e.occurredAt).toString(QStringLiteral("HH:mm")));
            receipt.insert(QStringLiteral("held"), false);
        } else if (e.type == QLatin1String("hold.placed")) {
            receipt.insert(QStringLiteral("held"), true);
            receipt.insert(QStringLiteral("holdNumber"), str(e.payload, "number"));
        }
    }
    receipt.insert(QStringLiteral("sscc"), sscc_);
    receipts_.prepend(receipt);
    while (receipts_.size() > 12) receipts_.removeLast();
    labels_->clearMessage();
    const QString lotId = receipt.value(QStringLiteral("lotId")).toString();
    qCInfo(lcReceiving) << "received lot" << lotId;
    clearItem();  // ready for the next case; supplier, location and document stay
    emit receiptsChanged();
    emit received(lotId);
    return true;
}

bool ReceivingForm::fail(const QString& message, const QString& field)
{
    errorMessage_ = message;
    errorField_ = field;
    emit errorChanged();
    return false;
}

void ReceivingForm::clearError()
{
    if (errorMessage_.isEmpty() && errorField_.isEmpty()) return;
    errorMessage_.clear();
    errorField_.clear();
    emit errorChanged();
}

bool ReceivingForm::printLabels(const QString& size)
{
    const QVariantMap last = lastReceipt();
    return !last.isEmpty() &&
           labels_->printLabels(last.value(QStringLiteral("lotId")).toString(), size, last.value(QStringLiteral("sscc")).toString());
}

bool ReceivingForm::saveLabelsPdf(const QString& path, const QString& size)
{
    const QVariantMap last = lastReceipt();
    return !last.isEmpty() &&
           labels_->saveLabelsPdf(path, last.value(QStringLiteral("lotId")).toString(), size, last.value(QStringLiteral("sscc")).toString());
}

bool ReceivingForm::saveLabelsPdfAs(const QString& size)
{
    const QVariantMap last = lastReceipt();
    return !last.isEmpty() &&
           labels_->saveLabelsPdfAs(last.value(QStringLiteral("lotId")).toString(), size, last.value(QStringLiteral("sscc")).toString());
}

QString ReceivingForm::labelMessage() const { return labels_->message(); }

bool ReceivingForm::labelMessageIsProblem() const { return labels_->messageIsProblem(); }

}  // namespace tracelot::ui

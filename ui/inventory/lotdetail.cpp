// One lot for the stock page (see lotdetail.h).
#include "inventory/lotdetail.h"

#include "catalog/catalogmodule.h"
#include "common/clock.h"
#include "eventstore/database.h"
#include "eventstore/eventstore.h"
#include "identity/identitymodule.h"
#include "inventory/inventorymodule.h"
#include "inventory/inventorytext.h"
#include "inventory/lothistorymodel.h"
#include "inventory/lotlistmodel.h"
#include "pipeline/commandbus.h"
#include "quality/quality.h"
#include "quality/qualitymodule.h"
#include "quality/qualitytext.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QVariantMap>

namespace tracelot::ui {
namespace {

QString detailText(const char* s) { return QCoreApplication::translate("LotDetail", s); }
QString str(const QJsonObject& p, const char* key) { return p.value(QLatin1String(key)).toString(); }

QVariantMap fact(const QString& label, const QString& value) { return {{QStringLiteral("label"), label}, {QStringLiteral("value"), value}}; }

}  // namespace

LotDetail::LotDetail(QObject* parent) : QObject(parent), history_(new LotHistoryModel(this)) {}

void LotDetail::setWorkspace(Workspace* workspace)
{
    disconnect(busConnection_);
    workspace_ = workspace;
    if (workspace_) busConnection_ = connect(&workspace_->bus(), &CommandBus::committed, this, &LotDetail::onCommitted);
    lotId_.clear();
    reload();
}

void LotDetail::show(const QString& lotId)
{
    lotId_ = lotId;
    reload();
}

QString LotDetail::unitText() const { return text::unit(unit_); }

void LotDetail::onCommitted(const tracelot::Outcome& outcome)
{
    if (lotId_.isEmpty()) return;
    for (const Event& e : outcome.events)
        if (LotListModel::touchesStock(e.type) || e.type.startsWith(QLatin1String("quality_check.")) || e.type.startsWith(QLatin1String("certificate.")) ||
            e.type.startsWith(QLatin1String("corrective_action."))) {
            reload();
            return;
        }
}

void LotDetail::reload()
{
    exists_ = false;
    tlc_.clear();
    productId_.clear();
    productName_.clear();
    productCode_.clear();
    unit_.clear();
    status_.clear();
    statusText_.clear();
    onHand_ = 0;
    facts_.clear();
    stock_.clear();
    holds_.clear();
    checks_.clear();
    certificates_.clear();
    if (!workspace_ || lotId_.isEmpty()) {
        history_->load(nullptr, {});
        emit changed();
        return;
    }
    QSqlDatabase db = workspace_->database().sql();
    const inventory::InventoryQueries iq(db);
    const std::optional<inventory::LotRow> lot = iq.lot(lotId_);
    if (!lot) {
        history_->load(nullptr, {});
        emit changed();
        return;
    }
    exists_ = true;
    tlc_ = lot->tlc;
    productId_ = lot->productId;
    productName_ = lot->productName;
    productCode_ = lot->productCode;
    unit_ = lot->unit;
    onHand_ = lot->onHand;
    status_ = lot->status;
    // InventoryQueries::lot() judges "expired" by the system date; the workspace clock decides.
    if (status_ == QLatin1String("available") || status_ == QLatin1String("expired")) {
        const QDate today = QDateTime::fromMSecsSinceEpoch(workspace_->clock().nowMs()).date();
        const QDate fefo = lot->expiry.isValid() ? lot->expiry : lot->bestBefore;
        status_ = fefo.isValid() && fefo < today ? QStringLiteral("expired") : QStringLiteral("available");
    }

    const quality::QualityQueries qq(db);
    const QList<quality::HoldRow> holdRows = qq.holdsOfLot(lotId_);
    QString openHold;
    for (const quality::HoldRow& h : holdRows)
        if (h.status == QLatin1String("open")) openHold = h.number;
    statusText_ = onHand_ > 0 && !openHold.isEmpty() ? QCoreApplication::translate("LotDetail", "On hold %1").arg(openHold) : text::lotStatus(status_);
    if (onHand_ > 0 && !openHold.isEmpty()) status_ = QStringLiteral("held");

    // Key data from the event that created the lot (receipt, split or transformation).
    const Events events = workspace_->store().readStream(inventory::lotStream(lotId_));
    const QJsonObject first = events.empty() ? QJsonObject() : events.front().payload;
    const bool assigned = first.value(QLatin1String("tlc_assigned")).toBool();
    facts_ << fact(detailText(QT_TRANSLATE_NOOP("LotDetail", "Lot code (TLC)")),
                   assigned ? QCoreApplication::translate("LotDetail", "%1 (assigned by Tracelot)").arg(tlc_)
                            : QCoreApplication::translate("LotDetail", "%1 (the supplier's, as received)").arg(tlc_));
    if (!str(first, "tlc_source").isEmpty()) facts_ << fact(detailText(QT_TRANSLATE_NOOP("LotDetail", "TLC source")), str(first, "tlc_source"));
    if (!str(first, "tlc_source_reference").isEmpty())
        facts_ << fact(detailText(QT_TRANSLATE_NOOP("LotDetail", "TLC source reference")), str(first, "tlc_source_reference"));
    if (!lot->supplierName.isEmpty()) facts_ << fact(detailText(QT_TRANSLATE_NOOP("LotDetail", "Supplier")), lot->supplierName);
    if (!str(first, "previous_source").isEmpty()) facts_ << fact(detailText(QT_TRANSLATE_NOOP("LotDetail", "Immediate previous source")), str(first, "previous_source"));
    facts_ << fact(lot->origin == QLatin1String("received") ? detailText(QT_TRANSLATE_NOOP("LotDetail", "Received on")) : detailText(QT_TRANSLATE_NOOP("LotDetail", "Created on")),
                   text::date(lot->receivedOn));
    if (!str(first, "reference_document_number").isEmpty())
        facts_ << fact(detailText(QT_TRANSLATE_NOOP("LotDetail", "Reference document")),
                       QStringLiteral("%1 %2").arg(text::referenceDocumentType(str(first, "reference_document_type")), str(first, "reference_document_number")));
    if (lot->expiry.isValid()) facts_ << fact(detailText(QT_TRANSLATE_NOOP("LotDetail", "Use by")), text::date(lot->expiry));
    if (lot->bestBefore.isValid()) facts_ << fact(detailText(QT_TRANSLATE_NOOP("LotDetail", "Best before")), text::date(lot->bestBefore));
    if (!str(first, "production_date").isEmpty()) facts_ << fact(detailText(QT_TRANSLATE_NOOP("LotDetail", "Production date")), str(first, "production_date"));
    if (!str(first, "temperature_c").isEmpty())
        facts_ << fact(detailText(QT_TRANSLATE_NOOP("LotDetail", "Temperature at receipt")), QCoreApplication::translate("LotDetail", "%1 °C").arg(str(first, "temperature_c")));
    if (!str(first, "gtin").isEmpty()) facts_ << fact(detailText(QT_TRANSLATE_NOOP("LotDetail", "GTIN")), str(first, "gtin"));

    for (const inventory::LocationStock& s : iq.stockOf(lotId_)) {
        const quality::QualityQueries::Held held = qq.heldAt(lotId_, s.locationId);
        QString heldText;
        if (held.all) heldText = QCoreApplication::translate("LotDetail", "all held (%1)").arg(held.firstNumber);
        else if (held.quantity > 0)
            heldText = QCoreApplication::translate("LotDetail", "%1 held (%2)").arg(text::quantity(std::min(held.quantity, s.quantity), unit_), held.firstNumber);
        stock_ << QVariantMap{{QStringLiteral("locationId"), s.locationId},
                              {QStringLiteral("code"), s.locationCode},
                              {QStringLiteral("name"), s.locationName},
                              {QStringLiteral("type"), s.locationType},
                              {QStringLiteral("quantity"), s.quantity},
                              {QStringLiteral("quantityText"), text::quantity(s.quantity, unit_)},
                              {QStringLiteral("held"), heldText}};
    }

    catalog::CatalogQueries cq(db);
    for (const quality::HoldRow& h : holdRows) {
        const quality::HoldState state = quality::foldHold(workspace_->store().readStream(quality::holdStream(h.holdId)));
        QVariantList signatures;
        for (const quality::Signature& s : state.signatures) signatures << text::signature(s.toJson());
        QString scope = detailText(QT_TRANSLATE_NOOP("LotDetail", "the whole lot"));
        if (!h.locationId.isEmpty()) {
            const auto loc = cq.byId(catalog::Kind::Location, h.locationId);
            const QString code = loc ? str(*loc, "code") : h.locationId;
            scope = h.quantity > 0 ? QCoreApplication::translate("LotDetail", "%1 at %2").arg(text::quantity(h.quantity, unit_), code)
                                   : QCoreApplication::translate("LotDetail", "all of it at %1").arg(code);
        }
        holds_ << QVariantMap{{QStringLiteral("holdId"), h.holdId},
                              {QStringLiteral("number"), h.number},
                              {QStringLiteral("causeText"), text::holdCause(h.cause)},
                              {QStringLiteral("reason"), h.reason},
                              {QStringLiteral("status"), h.status},
                              {QStringLiteral("statusText"), text::holdStatus(h.status)},
                              {QStringLiteral("open"), h.status == QLatin1String("open")},
                              {QStringLiteral("scope"), scope},
                              {QStringLiteral("placedText"), QDateTime::fromMSecsSinceEpoch(h.placedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"))},
                              {QStringLiteral("signatures"), signatures}};
    }

    for (const QJsonObject& c : qq.checksOfLot(lotId_)) {
        QStringList results;
        for (const QJsonValue& v : c.value(QLatin1String("results")).toArray()) {
            const QJsonObject r = v.toObject();
            const bool passed = r.value(QLatin1String("passed")).toBool();
            QString value = str(r, "value").isEmpty() ? QString() : QStringLiteral(" %1 %2").arg(str(r, "value"), str(r, "unit")).trimmed();
            results << QStringLiteral("%1 %2%3").arg(passed ? QStringLiteral("✓") : QStringLiteral("✗"), str(r, "label"),
                                                     value.isEmpty() ? QString() : QStringLiteral(": ") + value);
        }
        checks_ << QVariantMap{{QStringLiteral("passed"), c.value(QLatin1String("passed")).toBool()},
                               {QStringLiteral("when"), text::utcTime(str(c, "recorded_at"))},
                               {QStringLiteral("results"), results},
                               {QStringLiteral("note"), str(c, "note")}};
    }
    for (const QJsonObject& c : qq.certificatesOfLot(lotId_))
        certificates_ << QVariantMap{{QStringLiteral("certificateId"), str(c, "certificate_id")},
                                     {QStringLiteral("number"), str(c, "number")},
                                     {QStringLiteral("holdNumber"), str(c, "hold_number")},
                                     {QStringLiteral("signature"), text::signature(c.value(QLatin1String("signature")).toObject())}};
    history_->load(workspace_, lotId_);
    emit changed();
}

}  // namespace tracelot::ui

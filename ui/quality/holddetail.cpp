// One hold for the QA inbox (see holddetail.h).
#include "quality/holddetail.h"

#include "catalog/catalogmodule.h"
#include "eventstore/database.h"
#include "eventstore/eventstore.h"
#include "inventory/inventorytext.h"
#include "inventory/lotdetail.h"
#include "pipeline/commandbus.h"
#include "quality/quality.h"
#include "quality/qualitymodule.h"
#include "quality/qualitytext.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDateTime>

namespace tracelot::ui {

HoldDetail::HoldDetail(QObject* parent) : QObject(parent), lot_(new LotDetail(this)) {}

void HoldDetail::setWorkspace(Workspace* workspace)
{
    disconnect(busConnection_);
    workspace_ = workspace;
    if (workspace_) busConnection_ = connect(&workspace_->bus(), &CommandBus::committed, this, &HoldDetail::onCommitted);
    lot_->setWorkspace(workspace);
    holdId_.clear();
    reload();
}

void HoldDetail::show(const QString& holdId)
{
    holdId_ = holdId;
    reload();
}

QString HoldDetail::statusText() const { return text::holdStatus(status_); }
QString HoldDetail::causeText() const { return text::holdCause(cause_); }

void HoldDetail::onCommitted(const tracelot::Outcome& outcome)
{
    if (holdId_.isEmpty()) return;
    for (const Event& e : outcome.events)
        if (e.stream == quality::holdStream(holdId_) || e.type == QLatin1String("certificate.issued")) {
            reload();
            return;
        }
}

void HoldDetail::reload()
{
    exists_ = false;
    number_.clear();
    status_.clear();
    cause_.clear();
    reason_.clear();
    scope_.clear();
    placedText_.clear();
    sha_.clear();
    certificateId_.clear();
    corrective_ = false;
    signatures_.clear();
    QString lotId;
    if (workspace_ && !holdId_.isEmpty()) {
        const quality::HoldState h = quality::foldHold(workspace_->store().readStream(quality::holdStream(holdId_)));
        if (h.exists) {
            exists_ = true;
            number_ = h.number;
            status_ = h.status;
            cause_ = h.cause;
            reason_ = h.reason;
            corrective_ = h.correctiveActionRecorded;
            sha_ = h.recordSha256();
            lotId = h.lotId;
            placedText_ = QCoreApplication::translate("HoldDetail", "%1 by %2").arg(text::utcTime(h.placedAt), h.placedBy);
            scope_ = QCoreApplication::translate("HoldDetail", "the whole lot");
            if (!h.locationId.isEmpty()) {
                const auto loc = catalog::CatalogQueries(workspace_->database().sql()).byId(catalog::Kind::Location, h.locationId);
                const QString code = loc ? loc->value(QLatin1String("code")).toString() : h.locationId;
                scope_ = h.quantity > 0 ? QCoreApplication::translate("HoldDetail", "%1 at %2").arg(QString::number(h.quantity), code)
                                        : QCoreApplication::translate("HoldDetail", "all of the lot at %1").arg(code);
            }
            for (const quality::Signature& s : h.signatures) signatures_ << text::signature(s.toJson());
            for (const QJsonObject& c : quality::QualityQueries(workspace_->database().sql()).certificatesOfLot(h.lotId))
                if (c.value(QLatin1String("hold_id")).toString() == holdId_) certificateId_ = c.value(QLatin1String("certificate_id")).toString();
        }
    }
    if (lot_->lotId() != lotId) lot_->show(lotId);
    emit changed();
}

}  // namespace tracelot::ui

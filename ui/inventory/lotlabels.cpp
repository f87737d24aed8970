// Labels of a lot (see lotlabels.h).
#include "inventory/lotlabels.h"

#include "catalog/catalogmodule.h"
#include "eventstore/database.h"
#include "eventstore/eventstore.h"
#include "inventory/inventory.h"
#include "inventory/inventorymodule.h"
#include "inventory/inventorytext.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

namespace tracelot::ui {

Result<reports::LotLabel> lotLabel(Workspace& ws, const QString& lotId, const QString& sscc)
{
    QSqlDatabase db = ws.database().sql();
    const auto lot = inventory::InventoryQueries(db).lot(lotId);
    if (!lot) return refuse(QStringLiteral("inventory.lot_unknown"), QCoreApplication::translate("LotLabels", "This lot no longer exists."));
    const auto product = catalog::CatalogQueries(db).byId(catalog::Kind::Product, lot->productId);
    reports::LotLabel l;
    l.productName = lot->productName;
    l.productCode = lot->productCode;
    l.gtin = product ? product->value(QLatin1String("gtin")).toString() : QString();
    l.lot = lot->tlc;
    l.expiry = lot->expiry;
    l.bestBefore = lot->bestBefore;
    const Events events = ws.store().readStream(inventory::lotStream(lotId));
    if (!events.empty())
        l.productionDate = QDate::fromString(events.front().payload.value(QLatin1String("production_date")).toString(), Qt::ISODate);
    l.quantity = QString::number(lot->onHand);
    l.unit = lot->unit;
    l.supplierName = lot->supplierName;
    l.receiveDate = lot->receivedOn;
    l.sscc = sscc;
    if (Result<QString> checked = reports::gs1ElementString(l); !checked) return checked.refusal();
    return l;
}

reports::LabelSize labelSize(const QString& key) { return key == QLatin1String("case") ? reports::LabelSize::Case4x6 : reports::LabelSize::Lot100x50; }

QString labelProblem(const Refusal& r)
{
    if (r.code == QLatin1String("labels.gtin_missing"))
        return QCoreApplication::translate("LotLabels", "This product has no GTIN, so no GS1 barcode can be printed. Add the GTIN in the catalog first.");
    if (r.code == QLatin1String("labels.lot_invalid_character") || r.code == QLatin1String("labels.lot_too_long"))
        return QCoreApplication::translate("LotLabels", "This lot code cannot go into a GS1 barcode: %1").arg(r.message);
    if (r.code == QLatin1String("labels.output_failed"))
        return QCoreApplication::translate("LotLabels", "The labels could not be written: %1").arg(r.message);
    return r.message;
}

}  // namespace tracelot::ui

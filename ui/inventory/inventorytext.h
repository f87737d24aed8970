#pragma once
// The inventory context's words in the user's language: lot statuses, reference
// document types, count and waste reasons, units, and one line per event of a lot's
// history. The core keeps English keys ("bill_of_lading", "damaged"); the UI translates
// them here (translation context "InventoryText").
#include "eventstore/event.h"

#include <QString>
#include <QVariantList>

namespace tracelot::ui::text {

QString lotStatus(const QString& status);               // "available" → "Available"
QString referenceDocumentType(const QString& type);     // "bill_of_lading" → "Bill of lading"
QString adjustReason(const QString& reason);            // "damaged_in_count" → "Damaged (found in count)"
QString wasteReason(const QString& reason);             // "temperature" → "Temperature abuse"
QString unit(const QString& unit);                      // "g" → "g", "each" → "each"
QString transformKind(const QString& kind);             // "repack" → "Repack"

// [{ value, label }] for a drop-down, in the core's order.
QVariantList referenceDocumentOptions();
QVariantList adjustReasonOptions();
QVariantList wasteReasonOptions();

// "2026-03-01" (ISO: unambiguous on the dock whatever the locale); "" for an invalid date.
QString date(const QDate& date);
// A quantity with its unit: "1,250 g", "24 each".
QString quantity(qint64 amount, const QString& unit);

}  // namespace tracelot::ui::text

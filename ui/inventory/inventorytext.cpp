// Translated words of the inventory context (see inventorytext.h).
#include "inventory/inventorytext.h"

#include "inventory/inventory.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QVariantMap>

namespace tracelot::ui::text {
namespace {

struct Entry {
    const char* key;
    const char* text;
};

QString tr(const char* s) { return QCoreApplication::translate("InventoryText", s); }

QString lookup(const Entry* begin, const Entry* end, const QString& key)
{
    for (const Entry* e = begin; e != end; ++e)
        if (key == QLatin1String(e->key)) return tr(e->text);
    return key;
}

constexpr Entry kStatuses[] = {
    {"available", QT_TRANSLATE_NOOP("InventoryText", "Available")},
    {"quarantine", QT_TRANSLATE_NOOP("InventoryText", "Quarantine")},
    {"expired", QT_TRANSLATE_NOOP("InventoryText", "Expired")},
    {"empty", QT_TRANSLATE_NOOP("InventoryText", "Empty")},
};
constexpr Entry kDocuments[] = {
    {"po", QT_TRANSLATE_NOOP("InventoryText", "Purchase order")},
    {"asn", QT_TRANSLATE_NOOP("InventoryText", "Advance ship notice")},
    {"bill_of_lading", QT_TRANSLATE_NOOP("InventoryText", "Bill of lading")},
    {"invoice", QT_TRANSLATE_NOOP("InventoryText", "Invoice")},
};
constexpr Entry kAdjustReasons[] = {
    {"count", QT_TRANSLATE_NOOP("InventoryText", "Stock count")},
    {"found", QT_TRANSLATE_NOOP("InventoryText", "Found")},
    {"damaged_in_count", QT_TRANSLATE_NOOP("InventoryText", "Damaged (found in count)")},
    {"correction", QT_TRANSLATE_NOOP("InventoryText", "Correction of an earlier booking")},
};
constexpr Entry kWasteReasons[] = {
    {"expired", QT_TRANSLATE_NOOP("InventoryText", "Expired")},
    {"damaged", QT_TRANSLATE_NOOP("InventoryText", "Damaged")},
    {"temperature", QT_TRANSLATE_NOOP("InventoryText", "Temperature abuse")},
    {"recall", QT_TRANSLATE_NOOP("InventoryText", "Recall")},
    {"other", QT_TRANSLATE_NOOP("InventoryText", "Other")},
};
constexpr Entry kUnits[] = {
    {"each", QT_TRANSLATE_NOOP("InventoryText", "each")},
    {"case", QT_TRANSLATE_NOOP("InventoryText", "cases")},
    {"g", QT_TRANSLATE_NOOP("InventoryText", "g")},
    {"ml", QT_TRANSLATE_NOOP("InventoryText", "ml")},
};
constexpr Entry kTransformKinds[] = {
    {"repack", QT_TRANSLATE_NOOP("InventoryText", "Repack")},
    {"merge", QT_TRANSLATE_NOOP("InventoryText", "Merge")},
};

template <size_t N>
QString in(const Entry (&table)[N], const QString& key)
{
    return lookup(table, table + N, key);
}

QVariantList options(const QStringList& keys, QString (*label)(const QString&))
{
    QVariantList out;
    for (const QString& k : keys) out << QVariantMap{{QStringLiteral("value"), k}, {QStringLiteral("label"), label(k)}};
    return out;
}

}  // namespace

QString lotStatus(const QString& status) { return in(kStatuses, status); }
QString referenceDocumentType(const QString& type) { return in(kDocuments, type); }
QString adjustReason(const QString& reason) { return in(kAdjustReasons, reason); }
QString wasteReason(const QString& reason) { return in(kWasteReasons, reason); }
QString unit(const QString& u) { return in(kUnits, u); }
QString transformKind(const QString& kind) { return in(kTransformKinds, kind); }

QVariantList referenceDocumentOptions() { return options(inventory::referenceDocumentTypes(), &referenceDocumentType); }
QVariantList adjustReasonOptions() { return options(inventory::adjustReasons(), &adjustReason); }
QVariantList wasteReasonOptions() { return options(inventory::wasteReasons(), &wasteReason); }

QString date(const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

QString quantity(qint64 amount, const QString& u) { return QStringLiteral("%1 %2").arg(QLocale().toString(amount), unit(u)); }

}  // namespace tracelot::ui::text

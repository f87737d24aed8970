// Translations of the catalog schema's words (see cataloglabels.h). The tables list every
// English text the core schema uses so lupdate extracts them; a text added to the core
// later simply shows in English until it is added here.
#include "catalog/cataloglabels.h"

#include <QCoreApplication>

namespace tracelot::ui::labels {
namespace {

struct Text {
    const char* key;
    const char* text;
};

// Field labels, exactly as catalog.cpp writes them.
[[maybe_unused]] constexpr const char* kFieldLabels[] = {
    QT_TRANSLATE_NOOP("CatalogField", "Code"),
    QT_TRANSLATE_NOOP("CatalogField", "Name"),
    QT_TRANSLATE_NOOP("CatalogField", "Country"),
    QT_TRANSLATE_NOOP("CatalogField", "Address"),
    QT_TRANSLATE_NOOP("CatalogField", "Phone"),
    QT_TRANSLATE_NOOP("CatalogField", "E-mail"),
    QT_TRANSLATE_NOOP("CatalogField", "GLN"),
    QT_TRANSLATE_NOOP("CatalogField", "FDA registration"),
    QT_TRANSLATE_NOOP("CatalogField", "Minimum shelf life (days)"),
    QT_TRANSLATE_NOOP("CatalogField", "SKU"),
    QT_TRANSLATE_NOOP("CatalogField", "GTIN"),
    QT_TRANSLATE_NOOP("CatalogField", "Category"),
    QT_TRANSLATE_NOOP("CatalogField", "Base unit"),
    QT_TRANSLATE_NOOP("CatalogField", "Shelf life (days)"),
    QT_TRANSLATE_NOOP("CatalogField", "Minimum shelf life at shipping (days)"),
    QT_TRANSLATE_NOOP("CatalogField", "Expiry warning (days)"),
    QT_TRANSLATE_NOOP("CatalogField", "Storage min (°C)"),
    QT_TRANSLATE_NOOP("CatalogField", "Storage max (°C)"),
    QT_TRANSLATE_NOOP("CatalogField", "QC required"),
    QT_TRANSLATE_NOOP("CatalogField", "On the Food Traceability List"),
    QT_TRANSLATE_NOOP("CatalogField", "Reorder point"),
    QT_TRANSLATE_NOOP("CatalogField", "Type"),
    QT_TRANSLATE_NOOP("CatalogField", "Capacity"),
    QT_TRANSLATE_NOOP("CatalogField", "Temperature min (°C)"),
    QT_TRANSLATE_NOOP("CatalogField", "Temperature max (°C)"),
    QT_TRANSLATE_NOOP("CatalogField", "Tolerance (minutes)"),
    QT_TRANSLATE_NOOP("CatalogField", "Pick sequence"),
};

// Help texts, exactly as catalog.cpp writes them.
[[maybe_unused]] constexpr const char* kHelpTexts[] = {
    QT_TRANSLATE_NOOP("CatalogHelp", "short unique code, e.g. SUP-NO-01"),
    QT_TRANSLATE_NOOP("CatalogHelp", "business name"),
    QT_TRANSLATE_NOOP("CatalogHelp", "ISO 3166 two-letter code, e.g. NO, FR, MX"),
    QT_TRANSLATE_NOOP("CatalogHelp", "street, postcode, city (FSMA 204 location description)"),
    QT_TRANSLATE_NOOP("CatalogHelp", "phone number with country code"),
    QT_TRANSLATE_NOOP("CatalogHelp", "contact e-mail address"),
    QT_TRANSLATE_NOOP("CatalogHelp", "GS1 Global Location Number, 13 digits with check digit"),
    QT_TRANSLATE_NOOP("CatalogHelp", "FDA food facility registration number, if any"),
    QT_TRANSLATE_NOOP("CatalogHelp", "short unique code, e.g. CUS-0001"),
    QT_TRANSLATE_NOOP("CatalogHelp", "remaining shelf life this customer requires at shipping, in days"),
    QT_TRANSLATE_NOOP("CatalogHelp", "unique article code, e.g. CHE-COMTE-24"),
    QT_TRANSLATE_NOOP("CatalogHelp", "product description as printed on documents"),
    QT_TRANSLATE_NOOP("CatalogHelp", "GTIN-8/12/13/14 with a valid check digit; stored as GTIN-14"),
    QT_TRANSLATE_NOOP("CatalogHelp", "product group"),
    QT_TRANSLATE_NOOP("CatalogHelp", "the unit every quantity of this product is counted in"),
    QT_TRANSLATE_NOOP("CatalogHelp", "days from production to expiry"),
    QT_TRANSLATE_NOOP("CatalogHelp", "lots with fewer days left are not shipped"),
    QT_TRANSLATE_NOOP("CatalogHelp", "warn this many days before expiry"),
    QT_TRANSLATE_NOOP("CatalogHelp", "lowest storage temperature, °C, one decimal"),
    QT_TRANSLATE_NOOP("CatalogHelp", "highest storage temperature, °C, one decimal"),
    QT_TRANSLATE_NOOP("CatalogHelp", "received lots are held until a quality check passes"),
    QT_TRANSLATE_NOOP("CatalogHelp", "FSMA 204 key data elements are required"),
    QT_TRANSLATE_NOOP("CatalogHelp", "reorder when available stock falls below this (base units)"),
    QT_TRANSLATE_NOOP("CatalogHelp", "unique location code, e.g. CR-01"),
    QT_TRANSLATE_NOOP("CatalogHelp", "what people call it"),
    QT_TRANSLATE_NOOP("CatalogHelp", "kind of location"),
    QT_TRANSLATE_NOOP("CatalogHelp", "most stock it holds, in base units; empty for no limit"),
    QT_TRANSLATE_NOOP("CatalogHelp", "lowest allowed temperature, °C"),
    QT_TRANSLATE_NOOP("CatalogHelp", "highest allowed temperature, °C"),
    QT_TRANSLATE_NOOP("CatalogHelp", "minutes out of range before it counts as an excursion"),
    QT_TRANSLATE_NOOP("CatalogHelp", "position on the picker's walk; lower first"),
};

constexpr Text kValues[] = {
    {"cheese", QT_TRANSLATE_NOOP("CatalogValue", "Cheese")},
    {"fish", QT_TRANSLATE_NOOP("CatalogValue", "Fish")},
    {"seafood", QT_TRANSLATE_NOOP("CatalogValue", "Seafood")},
    {"leafy_greens", QT_TRANSLATE_NOOP("CatalogValue", "Leafy greens")},
    {"herbs", QT_TRANSLATE_NOOP("CatalogValue", "Herbs")},
    {"fresh_produce", QT_TRANSLATE_NOOP("CatalogValue", "Fresh produce")},
    {"frozen", QT_TRANSLATE_NOOP("CatalogValue", "Frozen")},
    {"dry_goods", QT_TRANSLATE_NOOP("CatalogValue", "Dry goods")},
    {"other", QT_TRANSLATE_NOOP("CatalogValue", "Other")},
    {"each", QT_TRANSLATE_NOOP("CatalogValue", "each")},
    {"case", QT_TRANSLATE_NOOP("CatalogValue", "case")},
    {"g", QT_TRANSLATE_NOOP("CatalogValue", "g")},
    {"ml", QT_TRANSLATE_NOOP("CatalogValue", "ml")},
    {"dock", QT_TRANSLATE_NOOP("CatalogValue", "Dock")},
    {"cold_room", QT_TRANSLATE_NOOP("CatalogValue", "Cold room")},
    {"freezer", QT_TRANSLATE_NOOP("CatalogValue", "Freezer")},
    {"ambient", QT_TRANSLATE_NOOP("CatalogValue", "Ambient")},
    {"quarantine", QT_TRANSLATE_NOOP("CatalogValue", "Quarantine")},
    {"pick_face", QT_TRANSLATE_NOOP("CatalogValue", "Pick face")},
};

struct KindText {
    const char* key;
    const char* singular;
    const char* plural;
    const char* create;
};

constexpr KindText kKinds[] = {
    {"product", QT_TRANSLATE_NOOP("CatalogKind", "Product"), QT_TRANSLATE_NOOP("CatalogKind", "Products"),
     QT_TRANSLATE_NOOP("CatalogKind", "New product")},
    {"supplier", QT_TRANSLATE_NOOP("CatalogKind", "Supplier"), QT_TRANSLATE_NOOP("CatalogKind", "Suppliers"),
     QT_TRANSLATE_NOOP("CatalogKind", "New supplier")},
    {"customer", QT_TRANSLATE_NOOP("CatalogKind", "Customer"), QT_TRANSLATE_NOOP("CatalogKind", "Customers"),
     QT_TRANSLATE_NOOP("CatalogKind", "New customer")},
    {"location", QT_TRANSLATE_NOOP("CatalogKind", "Location"), QT_TRANSLATE_NOOP("CatalogKind", "Locations"),
     QT_TRANSLATE_NOOP("CatalogKind", "New location")},
};

const KindText* kindText(const catalog::KindSpec& k)
{
    for (const KindText& t : kKinds)
        if (k.key == QLatin1String(t.key)) return &t;
    return nullptr;
}

}  // namespace

QString field(const catalog::FieldSpec& f) { return QCoreApplication::translate("CatalogField", f.label.toUtf8().constData()); }

QString help(const catalog::FieldSpec& f)
{
    QString s = QCoreApplication::translate("CatalogHelp", f.help.toUtf8().constData());
    if (!s.isEmpty()) s[0] = s[0].toUpper();  // the schema writes help in lower case, mid-sentence style
    return s;
}

QString value(const QString& key)
{
    for (const Text& t : kValues)
        if (key == QLatin1String(t.key)) return QCoreApplication::translate("CatalogValue", t.text);
    QString s = key;
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!s.isEmpty()) s[0] = s[0].toUpper();
    return s;
}

QString singular(const catalog::KindSpec& k)
{
    const KindText* t = kindText(k);
    return t ? QCoreApplication::translate("CatalogKind", t->singular) : k.label;
}

QString plural(const catalog::KindSpec& k)
{
    const KindText* t = kindText(k);
    return t ? QCoreApplication::translate("CatalogKind", t->plural) : k.plural;
}

QString newRecord(const catalog::KindSpec& k)
{
    const KindText* t = kindText(k);
    return t ? QCoreApplication::translate("CatalogKind", t->create) : QCoreApplication::translate("CatalogKind", "New %1").arg(k.label.toLower());
}

}  // namespace tracelot::ui::labels

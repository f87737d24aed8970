#pragma once
// The catalog's words in the user's language. The core's field schema carries English
// labels, help texts and enum keys; this is where the UI translates them (translation
// contexts "CatalogField", "CatalogHelp", "CatalogValue", "CatalogKind").
#include "catalog/catalog.h"

#include <QString>

namespace tracelot::ui::labels {

QString field(const catalog::FieldSpec& field);
QString help(const catalog::FieldSpec& field);
QString value(const QString& enumKey);  // "leafy_greens" → "Leafy greens"
QString singular(const catalog::KindSpec& kind);
QString plural(const catalog::KindSpec& kind);
QString newRecord(const catalog::KindSpec& kind);  // "New product"

}  // namespace tracelot::ui::labels

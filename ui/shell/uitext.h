#pragma once
// Words the core says in English that the UI shows translated: role names and the
// refusals a user meets most often. Everything else the core refuses is shown as the
// core worded it (it is plain language already).
#include "common/result.h"

#include <QString>

namespace tracelot::ui::text {

// "warehouse_manager" → "Warehouse manager" (translated).
QString roleLabel(const QString& role);
// The message to show for a refusal: a translation for well-known codes, else the core's.
QString refusal(const Refusal& refusal);

}  // namespace tracelot::ui::text

#pragma once
// The printed label of a lot as it stands: product, GTIN, lot code, dates, quantity,
// supplier, receive date (and the SSCC of the scanned logistic unit, for a case label).
#include "common/result.h"
#include "reports/labels.h"

#include <QString>

namespace tracelot {
class Workspace;
}

namespace tracelot::ui {

Result<reports::LotLabel> lotLabel(Workspace& workspace, const QString& lotId, const QString& sscc = {});
// "case" → Case4x6, anything else → Lot100x50.
reports::LabelSize labelSize(const QString& key);
// A label refusal in the words of the dock ("this product has no GTIN…").
QString labelProblem(const Refusal& refusal);

}  // namespace tracelot::ui

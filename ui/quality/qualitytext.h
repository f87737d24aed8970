#pragma once
// The quality context's words in the user's language: hold causes and statuses,
// dispositions, the meanings of a release signature, and the signature line shown on
// screen wherever a closed hold appears (translation context "QualityText").
#include <QJsonObject>
#include <QString>
#include <QVariantList>

namespace tracelot::ui::text {

QString holdCause(const QString& cause);          // "qc_required" → "QC required on receipt"
QString holdStatus(const QString& status);        // "open" → "Open"
QString disposition(const QString& disposition);  // "return_to_supplier" → "Return to supplier"
QString releaseMeaning(const QString& meaning);    // the core's English meaning, translated
// The meaning of any signature: release meanings, and "disposed — destroy" style ones.
QString signatureMeaning(const QString& meaning);

QVariantList releaseMeaningOptions();  // [{ value, label }]: value is what the core expects
QVariantList dispositionOptions();

// "2026-01-01 10:32 UTC" from an ISO UTC timestamp ("…Z").
QString utcTime(const QString& isoUtc);
// A signature as it appears on screen: { printedName, signedAt (UTC text), meaning,
// recordSha256, line } where `line` is one sentence with all of it.
QVariantMap signature(const QJsonObject& signature);

// "3 h", "2 d 4 h", "12 min" between two moments (ms).
QString age(qint64 sinceMs, qint64 nowMs);

}  // namespace tracelot::ui::text

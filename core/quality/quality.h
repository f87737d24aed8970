#pragma once
// Quality & cold chain context (first part): quality check templates, checks, holds and the
// QA release with an electronic signature (21 CFR Part 11 spirit). Pure decide/evolve.
#include "common/result.h"
#include "eventstore/event.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace tracelot::quality {

inline QString holdStream(const QString& holdId) { return QStringLiteral("hold-") + holdId; }
inline QString templateStream(const QString& productId) { return QStringLiteral("qc_template-") + productId; }
inline QString checkStream(const QString& checkId) { return QStringLiteral("quality_check-") + checkId; }

const QStringList& holdCauses();        // manual, qc_required, check_failed, temperature, recall, return
const QStringList& releaseMeanings();   // what a signature means
const QStringList& dispositions();      // release, destroy, return_to_supplier, rework

// --- check templates and checks ---------------------------------------------------------

struct Criterion {
    QString key;       // "appearance", "core_temp"
    QString label;     // "Appearance and smell"
    QString kind;      // "pass_fail" or "measure"
    QString unit;      // for measures: "°C", "pH", "g"
    QString min;       // decimal text limits (inclusive); empty: none
    QString max;
};

struct TemplateState {
    bool exists = false;
    QString productId;
    int revision = 0;
    std::vector<Criterion> criteria;
};
TemplateState evolveTemplate(TemplateState state, const Event& event);

Result<NewEvents> decideDefineTemplate(const TemplateState& current, const QString& productId, const std::vector<Criterion>& criteria);

struct CheckResult {
    QString key;
    bool passed = false;   // pass_fail criteria
    QString value;         // measures: decimal text
};

struct RecordQualityCheck {
    QString checkId;
    QString lotId;
    QString productId;
    std::vector<CheckResult> results;
    QString note;
};

// Every criterion of the template must have a result; the check passes only if all pass.
// A failed check places a hold on the lot (cause check_failed) when `holdIdIfFailed` is set.
Result<NewEvents> decideRecordCheck(const TemplateState& tmpl, const RecordQualityCheck& cmd, bool lotExists, const QString& holdIdIfFailed,
                                    const QString& holdNumberIfFailed);

// --- holds ------------------------------------------------------------------------------

struct Signature {
    QString signerId;
    QString printedName;
    QString signedAt;     // UTC, ISO 8601 with "Z"
    QString meaning;
    QString recordSha256; // hex SHA-256 of the exact hold record signed

    QJsonObject toJson() const;
    static Signature fromJson(const QJsonObject& o);
};

struct HoldState {
    bool exists = false;
    QString holdId;
    QString number;       // "H-17"
    QString lotId;
    QString locationId;   // empty: the whole lot
    qint64 quantity = 0;  // 0: all of it (at that location)
    QString cause;
    QString reason;
    QString placedAt;     // UTC ISO
    QString placedBy;
    QString status = QStringLiteral("open");  // open, released, disposed
    QString causeReference;  // e.g. the failed check or the excursion id
    bool correctiveActionRecorded = false;
    std::vector<Signature> signatures;

    // The canonical record a signature is bound to: identity, cause, reason, scope.
    QJsonObject record() const;
    QString recordSha256() const;
};
HoldState evolveHold(HoldState state, const Event& event);
HoldState foldHold(const Events& events);

struct PlaceHold {
    QString holdId;
    QString number;
    QString lotId;
    QString locationId;
    qint64 quantity = 0;
    QString cause;
    QString reason;
    QString causeReference;
    QString placedAt;
    QString placedBy;
};
Result<NewEvents> decidePlaceHold(const HoldState& current, const PlaceHold& cmd, bool lotExists, qint64 lotQuantityInScope);

// Only a QA technician (checked by the pipeline), with a signature made at this moment.
Result<NewEvents> decideReleaseHold(const HoldState& hold, const Signature& signature);

struct DisposeHold {
    QString disposition;  // release, destroy, return_to_supplier, rework
    QString note;
};
// A hold from a temperature excursion needs a corrective action first.
Result<NewEvents> decideDisposeHold(const HoldState& hold, const DisposeHold& cmd, const Signature& signature);

// True when the signature belongs to exactly this record (not moved to another one, and the
// record not altered since).
bool signatureMatches(const HoldState& hold, const Signature& signature);

}  // namespace tracelot::quality

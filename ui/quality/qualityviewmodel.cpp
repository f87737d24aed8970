// The quality page (see qualityviewmodel.h).
#include "quality/qualityviewmodel.h"

#include "inventory/lotdetail.h"
#include "quality/checkform.h"
#include "quality/holddetail.h"
#include "quality/holdinboxmodel.h"
#include "quality/qualitytext.h"
#include "shell/session.h"
#include "shell/uitext.h"
#include "workspace/workspace.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcQuality, "tracelot.ui.quality")

namespace tracelot::ui {

QualityViewModel::QualityViewModel(QObject* parent)
    : CommandViewModel(parent)
    , inbox_(std::make_unique<HoldInboxModel>())
    , detail_(std::make_unique<HoldDetail>())
    , check_(std::make_unique<CheckForm>(nullptr))
{
}

QualityViewModel::QualityViewModel(Session* session, QObject* parent) : QualityViewModel(parent) { setSession(session); }

QualityViewModel::~QualityViewModel() = default;

void QualityViewModel::workspaceAttached()
{
    check_->setSession(session()); // the check form follows the page's session
    Workspace* ws = workspace();
    inbox_->setWorkspace(ws);
    detail_->setWorkspace(ws);
    signedResult_.clear();
    failSign({}, {});
}

QVariantList QualityViewModel::meaningOptions() const { return text::releaseMeaningOptions(); }
QVariantList QualityViewModel::dispositionOptions() const { return text::dispositionOptions(); }

bool QualityViewModel::canRelease() const
{
    return mayRun(QStringLiteral("ReleaseHold"));
}
bool QualityViewModel::canRecordCheck() const
{
    return mayRun(QStringLiteral("RecordQualityCheck"));
}
bool QualityViewModel::canPlaceHold() const
{
    return mayRun(QStringLiteral("PlaceHold"));
}
QString QualityViewModel::releaseNote() const
{
    return needs(tr("Releasing or disposing of a hold"), QStringLiteral("ReleaseHold"));
}
QString QualityViewModel::checkNote() const
{
    return needs(tr("Recording a quality check"), QStringLiteral("RecordQualityCheck"));
}

void QualityViewModel::openHold(const QString& holdId)
{
    if (detail_->holdId() != holdId) {
        signedResult_.clear();
        failSign({}, {});
    }
    detail_->show(holdId);
}

void QualityViewModel::openRow(int row) { openHold(inbox_->holdIdAt(row)); }

void QualityViewModel::beginSigning()
{
    detail_->reload();
    signingSha_ = detail_->recordSha256();
    signedResult_.clear();
    failSign({}, {});
}

void QualityViewModel::beginCheck() { check_->start(detail_->lot()->lotId()); }

bool QualityViewModel::release(const QString& meaning, const QString& password)
{
    failSign({}, {});
    if (meaning.isEmpty()) return failSign(tr("Choose what your signature means."), QStringLiteral("meaning"));
    if (password.isEmpty()) return failSign(tr("Enter your password to sign."), QStringLiteral("password"));
    return sign(QStringLiteral("ReleaseHold"), {{QStringLiteral("hold_id"), detail_->holdId()},
                                                {QStringLiteral("meaning"), meaning},
                                                {QStringLiteral("password"), password},
                                                {QStringLiteral("record_sha256"), signingSha_}});
}

bool QualityViewModel::dispose(const QString& disposition, const QString& password, const QString& note)
{
    failSign({}, {});
    if (disposition.isEmpty()) return failSign(tr("Choose what happens to the held stock."), QStringLiteral("disposition"));
    if (password.isEmpty()) return failSign(tr("Enter your password to sign."), QStringLiteral("password"));
    QJsonObject p{{QStringLiteral("hold_id"), detail_->holdId()},
                  {QStringLiteral("disposition"), disposition},
                  {QStringLiteral("password"), password},
                  {QStringLiteral("record_sha256"), signingSha_}};
    if (!note.trimmed().isEmpty()) p.insert(QStringLiteral("note"), note.trimmed());
    return sign(QStringLiteral("DisposeHold"), p);
}

bool QualityViewModel::sign(const QString& command, const QJsonObject& payload)
{
    if (!workspace()) return failSign(tr("No database is open."), {});
    if (detail_->holdId().isEmpty()) return failSign(tr("Open a hold first."), {});
    Result<Outcome> r = execute(command, payload);
    if (!r) {
        const QString code = r.refusal().code;
        qCInfo(lcQuality) << command << "refused:" << code;
        if (code == QLatin1String("quality.signature_failed"))
            return failSign(tr("The password is not correct, so nothing was signed. This attempt has been logged."), QStringLiteral("password"));
        if (code == QLatin1String("quality.signature_mismatch"))
            return failSign(tr("Hold %1 changed since it was shown to you; close this dialog, look at it again and sign what is shown.").arg(detail_->number()), {});
        return failSign(text::refusal(r.refusal()), {});
    }
    QVariantMap result{{QStringLiteral("number"), detail_->number()}, {QStringLiteral("lotId"), detail_->lot()->lotId()}};
    for (const Event& e : r->events) {
        if (e.type == QLatin1String("hold.released") || e.type == QLatin1String("hold.disposed"))
            result.insert(QStringLiteral("line"), text::signature(e.payload.value(QLatin1String("signature")).toObject()).value(QStringLiteral("line")));
        if (e.type == QLatin1String("hold.disposed")) result.insert(QStringLiteral("disposition"), text::disposition(e.payload.value(QLatin1String("disposition")).toString()));
        if (e.type == QLatin1String("certificate.issued"))
            result.insert(QStringLiteral("certificateId"), e.payload.value(QLatin1String("certificate_id")).toString());
    }
    signedResult_ = result;
    qCInfo(lcQuality) << command << "signed for hold" << detail_->number();
    emit signingChanged();
    return true;
}

bool QualityViewModel::failSign(const QString& message, const QString& field)
{
    signError_ = message;
    signErrorField_ = field;
    emit signingChanged();
    return false;
}

}  // namespace tracelot::ui

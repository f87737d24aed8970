// The place-hold form (see placeholdform.h).
#include "quality/placeholdform.h"

#include "inventory/commandaccess.h"
#include "inventory/lotactions.h"
#include "shell/session.h"
#include "shell/uitext.h"
#include "workspace/workspace.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPlaceHold, "tracelot.ui.quality.placehold")

namespace tracelot::ui {

PlaceHoldForm::PlaceHoldForm(QObject* parent) : QObject(parent) {}

PlaceHoldForm::PlaceHoldForm(Session* session, QObject* parent) : QObject(parent) { setSession(session); }

void PlaceHoldForm::setSession(Session* session)
{
    if (session_ == session) return;
    if (session_) disconnect(session_, nullptr, this, nullptr);
    session_ = session;
    if (session_) connect(session_, &Session::userChanged, this, &PlaceHoldForm::permissionsChanged);
    emit sessionChanged();
    emit permissionsChanged();
}

bool PlaceHoldForm::canPlace() const { return access::mayRun(session_, QStringLiteral("PlaceHold")); }

QString PlaceHoldForm::permissionNote() const { return access::needs(session_, tr("Placing a hold"), QStringLiteral("PlaceHold")); }

void PlaceHoldForm::start(const QString& lotId)
{
    fail({}, {});
    placedNumber_.clear();
    placedHoldId_.clear();
    chooseLot(lotId);
}

QVariantList PlaceHoldForm::findLots(const QString& search) const { return lotChoices(session_ ? session_->workspace() : nullptr, search); }

void PlaceHoldForm::chooseLot(const QString& lotId)
{
    lot_ = lotId.isEmpty() ? QVariantMap() : lotChoice(session_ ? session_->workspace() : nullptr, lotId);
    emit lotChanged();
}

bool PlaceHoldForm::place(const QString& locationId, const QString& quantity, const QString& reason)
{
    fail({}, {});
    Workspace* ws = session_ ? session_->workspace() : nullptr;
    if (!ws) return fail(tr("No database is open."), {});
    const QString lotId = lot_.value(QStringLiteral("lotId")).toString();
    if (lotId.isEmpty()) return fail(tr("Choose the lot to hold."), QStringLiteral("lot"));
    if (reason.trimmed().isEmpty()) return fail(tr("Say why the lot is held: people read it on the holds register."), QStringLiteral("reason"));
    QJsonObject p{{QStringLiteral("lot_id"), lotId}, {QStringLiteral("reason"), reason.trimmed()}};
    if (!locationId.isEmpty()) p.insert(QStringLiteral("location_id"), locationId);
    if (!quantity.trimmed().isEmpty()) {
        if (locationId.isEmpty()) return fail(tr("A quantity is held at one location: choose the location."), QStringLiteral("location"));
        bool okNumber = false;
        const qint64 qty = QString(quantity).remove(QLatin1Char(',')).trimmed().toLongLong(&okNumber);
        if (!okNumber || qty <= 0) return fail(tr("Enter the quantity to hold as a whole number above zero, or leave it empty for all."), QStringLiteral("quantity"));
        p.insert(QStringLiteral("quantity"), qty);
    }
    Result<Outcome> r = ws->execute(session_->actor(), QStringLiteral("PlaceHold"), p);
    if (!r) {
        qCInfo(lcPlaceHold) << "PlaceHold refused:" << r.refusal().code;
        const QString code = r.refusal().code;
        return fail(text::refusal(r.refusal()), code.contains(QLatin1String("quantity")) ? QStringLiteral("quantity")
                                                 : code.contains(QLatin1String("location")) ? QStringLiteral("location")
                                                                                             : QString());
    }
    for (const Event& e : r->events)
        if (e.type == QLatin1String("hold.placed")) {
            placedNumber_ = e.payload.value(QLatin1String("number")).toString();
            placedHoldId_ = e.payload.value(QLatin1String("hold_id")).toString();
        }
    emit placed();
    return true;
}

bool PlaceHoldForm::fail(const QString& message, const QString& field)
{
    if (errorMessage_ == message && errorField_ == field) return false;
    errorMessage_ = message;
    errorField_ = field;
    emit errorChanged();
    return false;
}

}  // namespace tracelot::ui

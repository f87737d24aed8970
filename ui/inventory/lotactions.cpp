// The stock page's lot forms (see lotactions.h).
#include "inventory/lotactions.h"

#include "catalog/catalogmodule.h"
#include "common/clock.h"
#include "eventstore/database.h"
#include "inventory/commandaccess.h"
#include "inventory/inventory.h"
#include "inventory/inventorymodule.h"
#include "inventory/inventorytext.h"
#include "pipeline/commandbus.h"
#include "shell/session.h"
#include "shell/uitext.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QVariantMap>

Q_LOGGING_CATEGORY(lcLotActions, "tracelot.ui.inventory.actions")

namespace tracelot::ui {
namespace {

QString str(const QJsonObject& p, const char* key) { return p.value(QLatin1String(key)).toString(); }

// Which field of a dialog a refusal is about.
QString fieldOf(const QString& command, const QString& code)
{
    const bool transform = command == QLatin1String("TransformLots");
    if (code == QLatin1String("inventory.capacity_exceeded"))
        return command == QLatin1String("MoveStock") ? QStringLiteral("to") : transform ? QStringLiteral("outputLocation") : QStringLiteral("location");
    if (code == QLatin1String("inventory.location_unknown") || code == QLatin1String("inventory.location_retired") || code == QLatin1String("inventory.held_move") ||
        code == QLatin1String("inventory.expired_move") || code == QLatin1String("inventory.same_location"))
        return command == QLatin1String("MoveStock") ? QStringLiteral("to") : transform ? QStringLiteral("outputLocation") : QStringLiteral("location");
    if (code == QLatin1String("inventory.quantity_invalid") || code == QLatin1String("inventory.insufficient_stock") ||
        code == QLatin1String("inventory.split_everything"))
        return transform ? QStringLiteral("inputs") : command == QLatin1String("AdjustStock") ? QStringLiteral("counted") : QStringLiteral("quantity");
    if (code == QLatin1String("inventory.no_change")) return QStringLiteral("counted");
    if (code == QLatin1String("inventory.reason_invalid")) return QStringLiteral("reason");
    if (code == QLatin1String("inventory.expiry_after_inputs") || code == QLatin1String("inventory.expiry_missing") ||
        code == QLatin1String("inventory.date_invalid"))
        return QStringLiteral("expiry");
    if (code == QLatin1String("inventory.product_unknown")) return QStringLiteral("outputProduct");
    if (code == QLatin1String("inventory.transform_inputs") || code == QLatin1String("inventory.lot_unknown")) return QStringLiteral("inputs");
    return {};
}

// A whole number typed by the user ("1,200" and " 12 " too); -1 when it is none.
qint64 wholeNumber(const QString& typed)
{
    bool okNumber = false;
    const qint64 n = QString(typed).remove(QLatin1Char(',')).remove(QLatin1Char(' ')).toLongLong(&okNumber);
    return okNumber ? n : -1;
}

QVariantMap choiceOf(QSqlDatabase db, const inventory::LotRow& lot)
{
    QVariantList stock;
    for (const inventory::LocationStock& s : inventory::InventoryQueries(db).stockOf(lot.lotId))
        stock << QVariantMap{{QStringLiteral("locationId"), s.locationId},
                             {QStringLiteral("code"), s.locationCode},
                             {QStringLiteral("quantity"), s.quantity},
                             {QStringLiteral("quantityText"), text::quantity(s.quantity, lot.unit)}};
    const QDate fefo = lot.expiry.isValid() ? lot.expiry : lot.bestBefore;
    return {{QStringLiteral("lotId"), lot.lotId},
            {QStringLiteral("tlc"), lot.tlc},
            {QStringLiteral("productId"), lot.productId},
            {QStringLiteral("productName"), lot.productName},
            {QStringLiteral("unit"), lot.unit},
            {QStringLiteral("unitText"), text::unit(lot.unit)},
            {QStringLiteral("expiry"), text::date(fefo)},
            {QStringLiteral("label"), QStringLiteral("%1 — %2").arg(lot.tlc, lot.productName)},
            {QStringLiteral("stock"), stock}};
}

}  // namespace

LotActions::LotActions(Session* session, QObject* parent) : QObject(parent) { setSession(session); }

void LotActions::setSession(Session* session)
{
    if (session_) disconnect(session_, nullptr, this, nullptr);
    session_ = session;
    if (session_) {
        connect(session_, &Session::workspaceChanged, this, &LotActions::attach);
        connect(session_, &Session::userChanged, this, &LotActions::permissionsChanged);
    }
    attach();
    emit permissionsChanged();
}

void LotActions::attach()
{
    disconnect(busConnection_);
    Workspace* ws = session_ ? session_->workspace() : nullptr;
    if (ws) busConnection_ = connect(&ws->bus(), &CommandBus::committed, this, &LotActions::onCommitted);
    reloadOptions();
}

void LotActions::onCommitted(const tracelot::Outcome& outcome)
{
    for (const Event& e : outcome.events)
        if (e.type.startsWith(QLatin1String("product.")) || e.type.startsWith(QLatin1String("location."))) {
            reloadOptions();
            return;
        }
}

void LotActions::reloadOptions()
{
    locationOptions_.clear();
    productOptions_.clear();
    Workspace* ws = session_ ? session_->workspace() : nullptr;
    if (ws) {
        const catalog::CatalogQueries q(ws->database().sql());
        for (const QJsonObject& row : q.list(catalog::Kind::Location, false))
            locationOptions_ << QVariantMap{{QStringLiteral("value"), str(row, "id")},
                                            {QStringLiteral("label"), QStringLiteral("%1 — %2").arg(str(row, "code"), str(row, "name"))},
                                            {QStringLiteral("type"), str(row, "type")}};
        for (const QJsonObject& row : q.list(catalog::Kind::Product, false))
            productOptions_ << QVariantMap{{QStringLiteral("value"), str(row, "id")},
                                           {QStringLiteral("label"), QStringLiteral("%1 — %2").arg(str(row, "code"), str(row, "name"))},
                                           {QStringLiteral("unit"), str(row, "base_unit")},
                                           {QStringLiteral("unitText"), text::unit(str(row, "base_unit"))}};
    }
    emit optionsChanged();
}

QVariantList LotActions::adjustReasonOptions() const { return text::adjustReasonOptions(); }
QVariantList LotActions::wasteReasonOptions() const { return text::wasteReasonOptions(); }

QVariantList LotActions::transformKindOptions() const
{
    QVariantList out;
    for (const char* k : {"repack", "merge"}) out << QVariantMap{{QStringLiteral("value"), QLatin1String(k)}, {QStringLiteral("label"), text::transformKind(QLatin1String(k))}};
    return out;
}

bool LotActions::canMove() const { return access::mayRun(session_, QStringLiteral("MoveStock")); }
bool LotActions::canTransform() const { return access::mayRun(session_, QStringLiteral("TransformLots")); }
QString LotActions::moveNote() const { return access::needs(session_, tr("Moving, counting, waste and splits"), QStringLiteral("MoveStock")); }
QString LotActions::transformNote() const { return access::needs(session_, tr("A transformation"), QStringLiteral("TransformLots")); }

bool LotActions::move(const QString& lotId, const QString& from, const QString& to, const QString& quantity)
{
    clearError();
    const qint64 qty = wholeNumber(quantity);
    if (qty <= 0) return fail(tr("Enter the quantity to move as a whole number above zero."), QStringLiteral("quantity"));
    if (from.isEmpty()) return fail(tr("Choose where the stock is now."), QStringLiteral("from"));
    if (to.isEmpty()) return fail(tr("Choose where the stock goes."), QStringLiteral("to"));
    if (!run(QStringLiteral("MoveStock"),
             {{QStringLiteral("lot_id"), lotId}, {QStringLiteral("from_location_id"), from}, {QStringLiteral("to_location_id"), to}, {QStringLiteral("quantity"), qty}},
             lotId))
        return false;
    doneMessage_ = tr("Moved.");
    emit doneChanged();
    return true;
}

bool LotActions::adjust(const QString& lotId, const QString& locationId, const QString& counted, const QString& reason, const QString& note)
{
    clearError();
    const qint64 n = wholeNumber(counted);
    if (n < 0) return fail(tr("Enter what you counted as a whole number (0 when nothing is left)."), QStringLiteral("counted"));
    if (locationId.isEmpty()) return fail(tr("Choose where you counted."), QStringLiteral("location"));
    if (reason.isEmpty()) return fail(tr("Choose the reason."), QStringLiteral("reason"));
    QJsonObject p{{QStringLiteral("lot_id"), lotId}, {QStringLiteral("location_id"), locationId}, {QStringLiteral("counted"), n}, {QStringLiteral("reason"), reason}};
    if (!note.trimmed().isEmpty()) p.insert(QStringLiteral("note"), note.trimmed());
    if (!run(QStringLiteral("AdjustStock"), p, lotId)) return false;
    doneMessage_ = tr("Count recorded.");
    emit doneChanged();
    return true;
}

bool LotActions::waste(const QString& lotId, const QString& locationId, const QString& quantity, const QString& reason, const QString& note)
{
    clearError();
    const qint64 qty = wholeNumber(quantity);
    if (qty <= 0) return fail(tr("Enter the quantity written off as a whole number above zero."), QStringLiteral("quantity"));
    if (locationId.isEmpty()) return fail(tr("Choose where the waste is."), QStringLiteral("location"));
    if (reason.isEmpty()) return fail(tr("Choose the reason."), QStringLiteral("reason"));
    if (reason == QLatin1String("other") && note.trimmed().isEmpty()) return fail(tr("Say what happened in the note."), QStringLiteral("note"));
    QJsonObject p{{QStringLiteral("lot_id"), lotId}, {QStringLiteral("location_id"), locationId}, {QStringLiteral("quantity"), qty}, {QStringLiteral("reason"), reason}};
    if (!note.trimmed().isEmpty()) p.insert(QStringLiteral("note"), note.trimmed());
    if (!run(QStringLiteral("RecordWaste"), p, lotId)) return false;
    doneMessage_ = tr("Waste recorded.");
    emit doneChanged();
    return true;
}

bool LotActions::split(const QString& lotId, const QString& locationId, const QString& quantity)
{
    clearError();
    const qint64 qty = wholeNumber(quantity);
    if (qty <= 0) return fail(tr("Enter the quantity for the new lot as a whole number above zero."), QStringLiteral("quantity"));
    if (locationId.isEmpty()) return fail(tr("Choose where the stock is split."), QStringLiteral("location"));
    if (!run(QStringLiteral("SplitLot"), {{QStringLiteral("lot_id"), lotId}, {QStringLiteral("location_id"), locationId}, {QStringLiteral("quantity"), qty}}, lotId))
        return false;
    doneMessage_ = tr("Split off into a new lot with the same lot code.");
    emit doneChanged();
    return true;
}

bool LotActions::transform(const QString& kind, const QVariantList& inputs, const QString& outputProductId, const QString& outputQuantity,
                           const QString& outputLocationId, const QString& expiry)
{
    clearError();
    if (inputs.isEmpty()) return fail(tr("Add the lots that go into the new lot."), QStringLiteral("inputs"));
    QJsonArray in;
    for (const QVariant& v : inputs) {
        const QVariantMap m = v.toMap();
        const qint64 qty = wholeNumber(m.value(QStringLiteral("quantity")).toString());
        if (qty <= 0)
            return fail(tr("Enter the quantity used of lot %1 as a whole number above zero.").arg(m.value(QStringLiteral("tlc")).toString()), QStringLiteral("inputs"));
        in.append(QJsonObject{{QStringLiteral("lot_id"), m.value(QStringLiteral("lotId")).toString()},
                              {QStringLiteral("location_id"), m.value(QStringLiteral("locationId")).toString()},
                              {QStringLiteral("quantity"), qty}});
    }
    if (outputProductId.isEmpty()) return fail(tr("Choose the product of the new lot."), QStringLiteral("outputProduct"));
    const qint64 outQty = wholeNumber(outputQuantity);
    if (outQty <= 0) return fail(tr("Enter the quantity of the new lot as a whole number above zero."), QStringLiteral("outputQuantity"));
    if (outputLocationId.isEmpty()) return fail(tr("Choose where the new lot is."), QStringLiteral("outputLocation"));
    QJsonObject p{{QStringLiteral("kind"), kind},
                  {QStringLiteral("inputs"), in},
                  {QStringLiteral("output_product_id"), outputProductId},
                  {QStringLiteral("output_quantity"), outQty},
                  {QStringLiteral("output_location_id"), outputLocationId}};
    if (!expiry.trimmed().isEmpty()) {
        const QDate d = QDate::fromString(expiry.trimmed(), Qt::ISODate);
        if (!d.isValid()) return fail(tr("“%1” is not a date; write it as YYYY-MM-DD.").arg(expiry.trimmed()), QStringLiteral("expiry"));
        p.insert(QStringLiteral("expiry"), d.toString(Qt::ISODate));
    }
    if (!run(QStringLiteral("TransformLots"), p, {})) return false;
    doneMessage_ = kind == QLatin1String("merge") ? tr("Merged into a new lot.") : tr("Repacked into a new lot.");
    emit doneChanged();
    return true;
}

bool LotActions::run(const QString& command, const QJsonObject& payload, const QString& lotId)
{
    Workspace* ws = session_ ? session_->workspace() : nullptr;
    if (!ws) return fail(tr("No database is open."), {});
    Result<Outcome> r = ws->execute(session_->actor(), command, payload);
    if (!r) {
        qCInfo(lcLotActions) << command << "refused:" << r.refusal().code;
        return fail(text::refusal(r.refusal()), fieldOf(command, r.refusal().code));
    }
    newLotId_.clear();
    for (const Event& e : r->events)
        if (e.type == QLatin1String("lot.created")) newLotId_ = str(e.payload, "lot_id");
    emit done(newLotId_.isEmpty() ? lotId : newLotId_);
    return true;
}

QVariantList LotActions::findLots(const QString& search) const { return lotChoices(session_ ? session_->workspace() : nullptr, search); }

QVariantMap LotActions::lotChoice(const QString& lotId) const { return ui::lotChoice(session_ ? session_->workspace() : nullptr, lotId); }

QVariantList lotChoices(Workspace* ws, const QString& search, int limit)
{
    if (!ws) return {};
    QSqlDatabase db = ws->database().sql();
    inventory::LotFilter f;
    f.search = search.trimmed();
    f.today = QDateTime::fromMSecsSinceEpoch(ws->clock().nowMs()).date();
    QVariantList out;
    for (const inventory::LotRow& lot : inventory::InventoryQueries(db).lots(f, 0, limit)) out << choiceOf(db, lot);
    return out;
}

QVariantMap lotChoice(Workspace* ws, const QString& lotId)
{
    if (!ws) return {};
    QSqlDatabase db = ws->database().sql();
    const auto lot = inventory::InventoryQueries(db).lot(lotId);
    return lot ? choiceOf(db, *lot) : QVariantMap();
}

QString LotActions::defaultExpiryText(const QVariantList& inputs) const
{
    QString earliest;
    for (const QVariant& v : inputs) {
        const QString e = v.toMap().value(QStringLiteral("expiry")).toString();
        if (!e.isEmpty() && (earliest.isEmpty() || e < earliest)) earliest = e;
    }
    return earliest.isEmpty() ? QString() : tr("Default and latest allowed: %1 (the earliest input)").arg(earliest);
}

bool LotActions::fail(const QString& message, const QString& field)
{
    errorMessage_ = message;
    errorField_ = field;
    emit errorChanged();
    return false;
}

void LotActions::clearDone()
{
    if (doneMessage_.isEmpty()) return;
    doneMessage_.clear();
    emit doneChanged();
}

void LotActions::clearError()
{
    if (errorMessage_.isEmpty() && errorField_.isEmpty()) return;
    errorMessage_.clear();
    errorField_.clear();
    emit errorChanged();
}

}  // namespace tracelot::ui

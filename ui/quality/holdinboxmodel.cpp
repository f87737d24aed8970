// The QA inbox (see holdinboxmodel.h).
#include "quality/holdinboxmodel.h"

#include "catalog/catalogmodule.h"
#include "common/clock.h"
#include "eventstore/database.h"
#include "inventory/inventorytext.h"
#include "pipeline/commandbus.h"
#include "quality/quality.h"
#include "quality/qualitytext.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVariantMap>

namespace tracelot::ui {

HoldInboxModel::HoldInboxModel(QObject* parent) : QAbstractListModel(parent)
{
    ticker_.setInterval(60 * 1000);
    connect(&ticker_, &QTimer::timeout, this, [this] {
        if (!rows_.isEmpty()) emit dataChanged(index(0), index(static_cast<int>(rows_.size()) - 1), {AgeRole, AgeHoursRole});
    });
    ticker_.start();
}

void HoldInboxModel::setWorkspace(Workspace* workspace)
{
    disconnect(busConnection_);
    workspace_ = workspace;
    if (workspace_) busConnection_ = connect(&workspace_->bus(), &CommandBus::committed, this, &HoldInboxModel::onCommitted);
    reload();
}

qint64 HoldInboxModel::now() const { return workspace_ ? workspace_->clock().nowMs() : QDateTime::currentMSecsSinceEpoch(); }

void HoldInboxModel::reload()
{
    all_ = workspace_ ? quality::QualityQueries(workspace_->database().sql()).openHolds() : QList<quality::HoldRow>{};
    locationCodes_.clear();
    if (workspace_)
        for (const QJsonObject& row : catalog::CatalogQueries(workspace_->database().sql()).list(catalog::Kind::Location, true))
            locationCodes_.insert(row.value(QLatin1String("id")).toString(), row.value(QLatin1String("code")).toString());
    applyFilter();
}

void HoldInboxModel::applyFilter()
{
    beginResetModel();
    rows_.clear();
    for (const quality::HoldRow& h : all_)
        if (cause_.isEmpty() || h.cause == cause_) rows_ << h;
    endResetModel();
    emit countChanged();
}

void HoldInboxModel::setCauseFilter(const QString& cause)
{
    if (cause_ == cause) return;
    cause_ = cause;
    applyFilter();
    emit causeFilterChanged();
}

QVariantList HoldInboxModel::causes() const
{
    QVariantList out{QVariantMap{{QStringLiteral("cause"), QString()},
                                 {QStringLiteral("label"), QCoreApplication::translate("HoldInbox", "All")},
                                 {QStringLiteral("count"), total()}}};
    for (const QString& c : quality::holdCauses()) {
        int n = 0;
        for (const quality::HoldRow& h : all_)
            if (h.cause == c) ++n;
        if (n > 0 || c == cause_) out << QVariantMap{{QStringLiteral("cause"), c}, {QStringLiteral("label"), text::holdCause(c)}, {QStringLiteral("count"), n}};
    }
    return out;
}

void HoldInboxModel::onCommitted(const tracelot::Outcome& outcome)
{
    for (const Event& e : outcome.events)
        if (e.type.startsWith(QLatin1String("hold."))) {
            reload();
            return;
        }
}

const quality::HoldRow* HoldInboxModel::hold(int row) const { return row >= 0 && row < rows_.size() ? &rows_.at(row) : nullptr; }

QString HoldInboxModel::holdIdAt(int row) const { return row >= 0 && row < rows_.size() ? rows_.at(row).holdId : QString(); }

int HoldInboxModel::rowOf(const QString& holdId) const
{
    for (int i = 0; i < rows_.size(); ++i)
        if (rows_.at(i).holdId == holdId) return i;
    return -1;
}

int HoldInboxModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(rows_.size()); }

QVariant HoldInboxModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const quality::HoldRow& h = rows_.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NumberRole: return h.number;
    case HoldIdRole: return h.holdId;
    case LotIdRole: return h.lotId;
    case TlcRole: return h.tlc;
    case ProductRole: return h.productName;
    case CauseRole: return h.cause;
    case CauseTextRole: return text::holdCause(h.cause);
    case ReasonRole: return h.reason;
    case ScopeRole:
        if (h.locationId.isEmpty()) return QCoreApplication::translate("HoldInbox", "whole lot");
        return h.quantity > 0 ? QCoreApplication::translate("HoldInbox", "%1 at %2").arg(QString::number(h.quantity), locationCodes_.value(h.locationId))
                              : QCoreApplication::translate("HoldInbox", "all at %1").arg(locationCodes_.value(h.locationId));
    case AgeRole: return text::age(h.placedAt, now());
    case AgeHoursRole: return static_cast<int>((now() - h.placedAt) / 3600000);
    case PlacedRole: return QDateTime::fromMSecsSinceEpoch(h.placedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    default: return {};
    }
}

QHash<int, QByteArray> HoldInboxModel::roleNames() const
{
    return {{HoldIdRole, "holdId"},   {NumberRole, "number"},   {LotIdRole, "lotId"},   {TlcRole, "tlc"},
            {ProductRole, "product"}, {CauseRole, "cause"},     {CauseTextRole, "causeText"}, {ReasonRole, "reason"},
            {ScopeRole, "scope"},     {AgeRole, "age"},         {AgeHoursRole, "ageHours"},   {PlacedRole, "placed"}};
}

}  // namespace tracelot::ui

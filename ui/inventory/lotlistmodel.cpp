// The lazy stock list (see lotlistmodel.h).
#include "inventory/lotlistmodel.h"

#include "common/clock.h"
#include "eventstore/database.h"
#include "inventory/inventorytext.h"
#include "pipeline/commandbus.h"
#include "quality/qualitymodule.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcLotList, "tracelot.ui.inventory.lots", QtInfoMsg)

namespace tracelot::ui {
namespace {

enum ColumnIndex { TlcColumn, ProductColumn, UseByColumn, DaysColumn, OnHandColumn, LocationsColumn, StatusColumn };

QString columnText(const char* s) { return QCoreApplication::translate("LotColumn", s); }

QDate fefoDate(const inventory::LotRow& r) { return r.expiry.isValid() ? r.expiry : r.bestBefore; }

}  // namespace

bool LotListModel::Filter::operator==(const Filter& o) const
{
    return lots.productId == o.lots.productId && lots.locationId == o.lots.locationId && lots.search == o.lots.search &&
           lots.status == o.lots.status && lots.expiresWithinDays == o.lots.expiresWithinDays && lots.includeEmpty == o.lots.includeEmpty &&
           expiresFromDays == o.expiresFromDays;
}

bool LotListModel::Row::operator==(const Row& o) const
{
    const inventory::LotRow& a = lot;
    const inventory::LotRow& b = o.lot;
    return a.lotId == b.lotId && a.tlc == b.tlc && a.productName == b.productName && a.productCode == b.productCode && a.onHand == b.onHand &&
           a.locations == b.locations && a.status == b.status && a.expiry == b.expiry && a.bestBefore == b.bestBefore && holdNumber == o.holdNumber;
}

LotListModel::LotListModel(QObject* parent) : QAbstractTableModel(parent)
{
    columns_ = {
        {QStringLiteral("tlc"), columnText(QT_TRANSLATE_NOOP("LotColumn", "Lot code (TLC)")), 170, 0.6, false},
        {QStringLiteral("product"), columnText(QT_TRANSLATE_NOOP("LotColumn", "Product")), 220, 3.0, false},
        {QStringLiteral("use_by"), columnText(QT_TRANSLATE_NOOP("LotColumn", "Use by")), 104, 0.0, false},
        {QStringLiteral("days"), columnText(QT_TRANSLATE_NOOP("LotColumn", "Days left")), 84, 0.0, true},
        {QStringLiteral("on_hand"), columnText(QT_TRANSLATE_NOOP("LotColumn", "On hand")), 110, 0.0, true},
        {QStringLiteral("locations"), columnText(QT_TRANSLATE_NOOP("LotColumn", "Where")), 150, 1.0, false},
        {QStringLiteral("status"), columnText(QT_TRANSLATE_NOOP("LotColumn", "Status")), 120, 0.0, false},
    };
}

void LotListModel::setWorkspace(Workspace* workspace)
{
    disconnect(busConnection_);
    workspace_ = workspace;
    if (workspace_) busConnection_ = connect(&workspace_->bus(), &CommandBus::committed, this, &LotListModel::onCommitted);
    reload();
}

void LotListModel::setFilter(const Filter& filter)
{
    if (filter == filter_) return;
    filter_ = filter;
    reload();
}

inventory::LotFilter LotListModel::effective() const
{
    inventory::LotFilter f = filter_.lots;
    f.today = workspace_ ? QDateTime::fromMSecsSinceEpoch(workspace_->clock().nowMs()).date() : QDate::currentDate();
    return f;
}

int LotListModel::skipped() const
{
    if (!workspace_ || filter_.expiresFromDays <= 0) return 0;
    // Lots dated before the lower bound come first in FEFO order: count them to skip them.
    inventory::LotFilter below = effective();
    below.expiresWithinDays = filter_.expiresFromDays - 1;
    if (filter_.lots.expiresWithinDays >= 0) below.expiresWithinDays = std::min(below.expiresWithinDays, filter_.lots.expiresWithinDays);
    return inventory::InventoryQueries(workspace_->database().sql()).countLots(below);
}

QList<LotListModel::Row> LotListModel::load(int offset, int limit) const
{
    QList<Row> out;
    if (!workspace_ || limit <= 0) return out;
    QSqlDatabase db = workspace_->database().sql();
    const QList<inventory::LotRow> lots = inventory::InventoryQueries(db).lots(effective(), skip_ + offset, limit);
    const quality::QualityQueries holds(db);
    out.reserve(lots.size());
    for (const inventory::LotRow& lot : lots) {
        Row r{lot, {}};
        if (lot.onHand > 0)
            for (const quality::HoldRow& h : holds.holdsOfLot(lot.lotId))
                if (h.status == QLatin1String("open")) r.holdNumber = h.number;  // newest first: keep the oldest
        out << r;
    }
    return out;
}

void LotListModel::reload()
{
    QElapsedTimer timer;
    timer.start();
    beginResetModel();
    rows_.clear();
    total_ = 0;
    skip_ = 0;
    if (workspace_) {
        skip_ = skipped();
        total_ = std::max(0, inventory::InventoryQueries(workspace_->database().sql()).countLots(effective()) - skip_);
        rows_ = load(0, std::min(kPageSize, total_));
    }
    // Views (and QAbstractItemModelTester) may ask for more while the reset is announced;
    // they get it after.
    busy_ = true;
    endResetModel();
    busy_ = false;
    emit countChanged();
    qCDebug(lcLotList) << "reload:" << rows_.size() << "of" << total_ << "lots in" << timer.elapsed() << "ms";
}

bool LotListModel::canFetchMore(const QModelIndex& parent) const { return !busy_ && !parent.isValid() && rows_.size() < total_; }

void LotListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) return;
    const int from = static_cast<int>(rows_.size());
    const QList<Row> more = load(from, std::min(kPageSize, total_ - from));
    if (more.isEmpty()) {
        // The database has fewer rows than counted (changed meanwhile): stop asking.
        total_ = from;
        emit countChanged();
        return;
    }
    beginInsertRows({}, from, from + static_cast<int>(more.size()) - 1);
    rows_ += more;
    endInsertRows();
    emit countChanged();
    qCDebug(lcLotList) << "fetched" << more.size() << "more lots;" << rows_.size() << "of" << total_;
}

void LotListModel::refresh()
{
    if (!workspace_) return;
    skip_ = skipped();
    const int total = std::max(0, inventory::InventoryQueries(workspace_->database().sql()).countLots(effective()) - skip_);
    const int window = std::min(total, std::max(static_cast<int>(rows_.size()), kPageSize));
    const QList<Row> fresh = load(0, window);
    QSet<QString> freshIds, oldIds;
    for (const Row& r : fresh) freshIds.insert(r.lot.lotId);
    for (const Row& r : rows_) oldIds.insert(r.lot.lotId);
    // Both lists are in the same (FEFO) order and a lot's place in it never changes, so
    // one pass turns the old rows into the fresh ones. Views that react to a signal on
    // the way must not fetch more rows in between.
    busy_ = true;
    int i = 0;
    int j = 0;
    while (i < rows_.size() || j < fresh.size()) {
        if (i < rows_.size() && !freshIds.contains(rows_.at(i).lot.lotId)) {
            beginRemoveRows({}, i, i);
            rows_.removeAt(i);
            endRemoveRows();
            continue;
        }
        if (j < fresh.size() && !oldIds.contains(fresh.at(j).lot.lotId)) {
            beginInsertRows({}, i, i);
            rows_.insert(i, fresh.at(j));
            endInsertRows();
            ++i;
            ++j;
            continue;
        }
        if (i < rows_.size() && j < fresh.size() && rows_.at(i).lot.lotId == fresh.at(j).lot.lotId) {
            if (!(rows_.at(i) == fresh.at(j))) {
                rows_[i] = fresh.at(j);
                emit dataChanged(index(i, 0), index(i, columnCount() - 1));
            }
            ++i;
            ++j;
            continue;
        }
        // The order changed under us (should not happen): start over.
        qCWarning(lcLotList) << "stock list out of order; reloading";
        busy_ = false;
        reload();
        return;
    }
    busy_ = false;
    total_ = total;
    emit countChanged();
}

bool LotListModel::touchesStock(const QString& t)
{
    return t.startsWith(QLatin1String("lot.")) || t.startsWith(QLatin1String("stock.")) || t == QLatin1String("waste.recorded") ||
           t.startsWith(QLatin1String("hold.")) || t.startsWith(QLatin1String("product.")) || t.startsWith(QLatin1String("location."));
}

void LotListModel::onCommitted(const tracelot::Outcome& outcome)
{
    for (const Event& e : outcome.events)
        if (touchesStock(e.type)) {
            refresh();
            emit stockChanged();
            return;
        }
}

const LotListModel::Row* LotListModel::row(int index) const { return index >= 0 && index < rows_.size() ? &rows_.at(index) : nullptr; }

QString LotListModel::lotId(int r) const { return r >= 0 && r < rows_.size() ? rows_.at(r).lot.lotId : QString(); }

int LotListModel::rowOf(const QString& lotId) const
{
    for (int i = 0; i < rows_.size(); ++i)
        if (rows_.at(i).lot.lotId == lotId) return i;
    return -1;
}

int LotListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(rows_.size()); }

int LotListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(columns_.size()); }

QString LotListModel::display(const Row& r, int column) const
{
    const inventory::LotRow& lot = r.lot;
    switch (column) {
    case TlcColumn: return lot.tlc;
    case ProductColumn: return lot.productName.isEmpty() ? lot.productCode : lot.productName;
    case UseByColumn:
        if (lot.expiry.isValid()) return text::date(lot.expiry);
        if (lot.bestBefore.isValid()) return QCoreApplication::translate("LotColumn", "BB %1").arg(text::date(lot.bestBefore));
        return QStringLiteral("—");
    case DaysColumn: {
        const QDate d = fefoDate(lot);
        return d.isValid() ? QLocale().toString(effective().today.daysTo(d)) : QString();
    }
    case OnHandColumn: return text::quantity(lot.onHand, lot.unit);
    case LocationsColumn: {
        // "CR-01: 40, PF-A01: 8" from the core, with the quantities in the user's format.
        QStringList parts = lot.locations.split(QStringLiteral(", "), Qt::SkipEmptyParts);
        for (QString& part : parts) {
            const qsizetype colon = part.lastIndexOf(QStringLiteral(": "));
            bool okNumber = false;
            const qint64 n = colon < 0 ? 0 : part.mid(colon + 2).toLongLong(&okNumber);
            if (okNumber) part = part.left(colon + 2) + QLocale().toString(n);
        }
        return parts.join(QStringLiteral(", "));
    }
    case StatusColumn:
        if (lot.onHand > 0 && !r.holdNumber.isEmpty()) return QCoreApplication::translate("LotColumn", "On hold %1").arg(r.holdNumber);
        return text::lotStatus(lot.status);
    default: return {};
    }
}

QVariant LotListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Row& r = rows_.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(r, index.column());
    case Qt::TextAlignmentRole: return (Qt::AlignVCenter | (columns_.at(index.column()).numeric ? Qt::AlignRight : Qt::AlignLeft)).toInt();
    case LotIdRole: return r.lot.lotId;
    case ActiveRole: return r.lot.status == QLatin1String("available") && r.holdNumber.isEmpty();
    case NumericRole: return columns_.at(index.column()).numeric;
    case StatusRole: return r.holdNumber.isEmpty() ? r.lot.status : QStringLiteral("held");
    case HeldRole: return !r.holdNumber.isEmpty();
    case TlcRole: return r.lot.tlc;
    default: return {};
    }
}

QVariant LotListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columns_.size()) return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) return columns_.at(section).title;
    if (role == Qt::TextAlignmentRole) return (Qt::AlignVCenter | (columns_.at(section).numeric ? Qt::AlignRight : Qt::AlignLeft)).toInt();
    return {};
}

QHash<int, QByteArray> LotListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(LotIdRole, "lotId");
    names.insert(ActiveRole, "active");
    names.insert(NumericRole, "numeric");
    names.insert(StatusRole, "status");
    names.insert(HeldRole, "held");
    names.insert(TlcRole, "tlc");
    return names;
}

}  // namespace tracelot::ui

// Catalog search, filter and sort proxy (see catalogfiltermodel.h).
#include "catalog/catalogfiltermodel.h"

#include "catalog/catalogtablemodel.h"

#include <QCollator>

namespace tracelot::ui {

CatalogFilterModel::CatalogFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CatalogTableModel::SortRole);
    setDynamicSortFilter(true);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &CatalogFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &CatalogFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &CatalogFilterModel::countChanged);
}

void CatalogFilterModel::setSearchText(const QString& text)
{
    if (searchText_ == text) return;
    searchText_ = text;
    words_ = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
    emit searchTextChanged();
    emit countChanged();
}

void CatalogFilterModel::setShowInactive(bool show)
{
    if (showInactive_ == show) return;
    showInactive_ = show;
    invalidateRowsFilter();
    emit showInactiveChanged();
    emit countChanged();
}

void CatalogFilterModel::sortBy(int column)
{
    if (!sourceModel() || column < 0 || column >= sourceModel()->columnCount()) return;
    const Qt::SortOrder order = column == sortColumn() && sortOrder() == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    sort(column, order);
    emit sortChanged();
}

QString CatalogFilterModel::recordId(int row) const
{
    if (row < 0 || row >= rowCount()) return {};
    return data(index(row, 0), CatalogTableModel::IdRole).toString();
}

int CatalogFilterModel::rowOf(const QString& recordId) const
{
    for (int r = 0; r < rowCount(); ++r)
        if (data(index(r, 0), CatalogTableModel::IdRole).toString() == recordId) return r;
    return -1;
}

bool CatalogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* src = sourceModel();
    if (!showInactive_ && !src->data(src->index(sourceRow, 0, sourceParent), CatalogTableModel::ActiveRole).toBool()) return false;
    if (words_.isEmpty()) return true;
    QStringList cells;
    for (int c = 0; c < src->columnCount(sourceParent); ++c) cells << src->data(src->index(sourceRow, c, sourceParent)).toString();
    const QString haystack = cells.join(QLatin1Char('\n'));
    for (const QString& w : words_)
        if (!haystack.contains(w, Qt::CaseInsensitive)) return false;
    return true;
}

bool CatalogFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    // Empty cells sort after filled ones, whichever the direction's first impression.
    if (!l.isValid() || !r.isValid()) {
        if (l.isValid() == r.isValid()) return left.row() < right.row();
        return sortOrder() == Qt::AscendingOrder ? l.isValid() : !l.isValid();
    }
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString) {
        static thread_local QCollator collator = [] {
            QCollator c;
            c.setNumericMode(true);
            c.setCaseSensitivity(Qt::CaseInsensitive);
            return c;
        }();
        const int cmp = collator.compare(l.toString(), r.toString());
        return cmp != 0 ? cmp < 0 : left.row() < right.row();
    }
    const double a = l.toDouble(), b = r.toDouble();
    return a != b ? a < b : left.row() < right.row();
}

}  // namespace tracelot::ui

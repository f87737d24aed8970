#pragma once
// Search, the "show retired" filter and column sorting over a CatalogTableModel.
// Search words are matched, case-insensitively and all of them, against every column's
// text; sorting compares numbers as numbers and text in the user's collation.
#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

namespace tracelot::ui {

class CatalogFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(bool showInactive READ showInactive WRITE setShowInactive NOTIFY showInactiveChanged)
    Q_PROPERTY(int sortColumn READ sortColumn NOTIFY sortChanged)
    Q_PROPERTY(bool sortDescending READ sortDescending NOTIFY sortChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit CatalogFilterModel(QObject* parent = nullptr);

    QString searchText() const { return searchText_; }
    void setSearchText(const QString& text);
    bool showInactive() const { return showInactive_; }
    void setShowInactive(bool show);
    bool sortDescending() const { return sortOrder() == Qt::DescendingOrder; }
    int count() const { return rowCount(); }

    // Sorts by `column`; the same column again reverses the order.
    Q_INVOKABLE void sortBy(int column);
    Q_INVOKABLE QString recordId(int row) const;
    Q_INVOKABLE int rowOf(const QString& recordId) const;

signals:
    void searchTextChanged();
    void showInactiveChanged();
    void sortChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString searchText_;
    QStringList words_;
    bool showInactive_ = false;
};

}  // namespace tracelot::ui

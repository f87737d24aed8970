#pragma once
// The stock list: lots in FEFO order (expiry or best-before, then receive date, then lot),
// filtered, loaded lazily in pages of 200 rows (canFetchMore/fetchMore), so the list
// opens at once on a database with a million lots. Kept current from the command bus:
// after a commit that touches stock, the rows already loaded are read again and the
// difference is applied as row inserts, removals and changes (the view keeps its place).
//
// The core filters by an upper expiry bound; the expiry board also needs a lower bound
// ("< 30 days" without the "< 7 days" lots). As the list is in FEFO order, the lots below
// a lower bound are exactly the first rows of the list: they are counted and skipped.
#include "inventory/inventorymodule.h"

#include <QAbstractTableModel>
#include <QtQml/qqmlregistration.h>

namespace tracelot {
class Workspace;
struct Outcome;
}

namespace tracelot::ui {

class LotListModel : public QAbstractTableModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int total READ total NOTIFY countChanged)

public:
    static constexpr int kPageSize = 200;

    enum Role { LotIdRole = Qt::UserRole + 1, ActiveRole, NumericRole, StatusRole, HeldRole, TlcRole };
    Q_ENUM(Role)

    struct Column {
        QString key;
        QString title;
        int minWidth = 80;
        double weight = 0.0;
        bool numeric = false;
    };

    // What the list shows: the core's filter plus a lower expiry bound (in days from
    // today, -1: none) applied by skipping rows.
    struct Filter {
        inventory::LotFilter lots;
        int expiresFromDays = -1;
        bool operator==(const Filter& o) const;
    };

    struct Row {
        inventory::LotRow lot;
        QString holdNumber;  // the first open hold on the lot ("" when none)
        bool operator==(const Row& o) const;
    };

    explicit LotListModel(QObject* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    void setFilter(const Filter& filter);
    const Filter& filter() const { return filter_; }
    const QList<Column>& columns() const { return columns_; }
    const Row* row(int index) const;

    int count() const { return static_cast<int>(rows_.size()); }
    int total() const { return total_; }
    Q_INVOKABLE QString lotId(int row) const;
    Q_INVOKABLE int rowOf(const QString& lotId) const;
    // The next page, for views that load ahead (the keyboard nearing the end).
    Q_INVOKABLE void loadMore() { fetchMore({}); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Reads the rows already loaded again and applies the difference.
    void refresh();
    // Starts over: counts and loads the first page.
    void reload();

    // True when an event of this type can change what the list shows.
    static bool touchesStock(const QString& eventType);

signals:
    void countChanged();
    // After a commit changed rows: the stock list's owner refreshes its totals too.
    void stockChanged();

private:
    void onCommitted(const tracelot::Outcome& outcome);
    QList<Row> load(int offset, int limit) const;
    inventory::LotFilter effective() const;
    int skipped() const;
    QString display(const Row& row, int column) const;

    Workspace* workspace_ = nullptr;
    QMetaObject::Connection busConnection_;
    Filter filter_;
    QList<Column> columns_;
    QList<Row> rows_;
    int total_ = 0;
    int skip_ = 0;
    bool busy_ = false;  // applying a refresh: no fetchMore meanwhile
};

}  // namespace tracelot::ui

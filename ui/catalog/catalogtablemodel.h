#pragma once
// One kind of catalog record (products, suppliers, customers or locations) as a table:
// the columns a warehouse user scans for, formatted for reading, with raw values for
// sorting. An incremental projection of the command bus: each committed
// <kind>.defined / <kind>.revised event re-reads only the record it names.
#include "catalog/catalog.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QtQml/qqmlregistration.h>

namespace tracelot {
class Workspace;
struct Outcome;
}

namespace tracelot::ui {

class CatalogTableModel : public QAbstractTableModel {
    Q_OBJECT
    QML_ANONYMOUS

public:
    enum Role { IdRole = Qt::UserRole + 1, ActiveRole, NumericRole, SortRole };
    Q_ENUM(Role)

    struct Column {
        QString key;          // a field name, or "status", or a range ("storage", "temperature")
        QStringList fields;   // the schema fields shown in it (two for a temperature range)
        QString title;
        int minWidth = 80;    // pixels at the default font: enough for typical values
        double weight = 0.0;  // share of the width left over (0: stays at minWidth)
        bool numeric = false; // right-aligned, sorted as numbers
    };

    explicit CatalogTableModel(catalog::Kind kind, QObject* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    catalog::Kind kind() const { return kind_; }
    const QList<Column>& columns() const { return columns_; }
    QJsonObject record(int row) const { return rows_.value(row); }
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // A record was added or changed (after the table is updated).
    void recordChanged(const QString& id);

private:
    void reload();
    void onCommitted(const tracelot::Outcome& outcome);
    QString display(const QJsonObject& row, const Column& column) const;
    QVariant sortValue(const QJsonObject& row, const Column& column) const;

    catalog::Kind kind_;
    Workspace* workspace_ = nullptr;
    QMetaObject::Connection busConnection_;  // safe to drop even after the workspace is gone
    QList<Column> columns_;
    QList<QJsonObject> rows_;
};

}  // namespace tracelot::ui

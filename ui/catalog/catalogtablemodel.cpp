// Catalog table model (see catalogtablemodel.h).
#include "catalog/catalogtablemodel.h"

#include "catalog/catalogmodule.h"
#include "catalog/cataloglabels.h"
#include "eventstore/database.h"
#include "pipeline/commandbus.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCatalogModel, "tracelot.ui.catalog.model", QtInfoMsg)

namespace tracelot::ui {
namespace {

using catalog::FieldSpec;
using catalog::Kind;

const FieldSpec* fieldSpec(Kind kind, const QString& name)
{
    for (const FieldSpec& f : catalog::spec(kind).fields)
        if (f.name == name) return &f;
    return nullptr;
}

QList<CatalogTableModel::Column> columnsFor(Kind kind)
{
    using Column = CatalogTableModel::Column;
    QList<Column> cols;
    // A field column; `title` overrides the schema label where that is too long for a header.
    const auto field = [&](const char* name, int minWidth, double weight, const char* title = nullptr) {
        const QString n = QLatin1String(name);
        const FieldSpec* f = fieldSpec(kind, n);
        if (!f) return;  // the schema changed: show what exists
        const bool numeric = f->type == FieldType::Integer || f->type == FieldType::Decimal;
        const QString heading = title ? QCoreApplication::translate("CatalogColumn", title) : labels::field(*f);
        cols << Column{n, {n}, heading, minWidth, weight, numeric};
    };
    const auto range = [&](const char* key, const char* title, const char* lo, const char* hi, int minWidth) {
        if (!fieldSpec(kind, QLatin1String(lo)) || !fieldSpec(kind, QLatin1String(hi))) return;
        cols << Column{QLatin1String(key), {QLatin1String(lo), QLatin1String(hi)}, QCoreApplication::translate("CatalogColumn", title), minWidth, 0.0,
                       true};
    };
    switch (kind) {
    case Kind::Product:
        field("code", 150, 0.5);
        field("name", 200, 3.0);
        field("category", 116, 0.5);
        field("base_unit", 64, 0.0, QT_TRANSLATE_NOOP("CatalogColumn", "Unit"));
        field("shelf_life_days", 84, 0.0, QT_TRANSLATE_NOOP("CatalogColumn", "Shelf life"));
        range("storage", QT_TRANSLATE_NOOP("CatalogColumn", "Storage (°C)"), "storage_min_c", "storage_max_c", 128);
        field("gtin", 142, 0.0);
        break;
    case Kind::Supplier:
    case Kind::Customer:
        field("code", 120, 0.5);
        field("name", 240, 3.0);
        field("country", 76, 0.0);
        field("phone", 150, 0.5);
        if (kind == Kind::Supplier) field("email", 180, 1.0);
        else field("min_shelf_life_days", 150, 0.0, QT_TRANSLATE_NOOP("CatalogColumn", "Min. shelf life (d)"));
        field("gln", 142, 0.0);
        break;
    case Kind::Location:
        field("code", 110, 0.5);
        field("name", 220, 3.0);
        field("type", 110, 0.5);
        range("temperature", QT_TRANSLATE_NOOP("CatalogColumn", "Temperature (°C)"), "temp_min_c", "temp_max_c", 140);
        field("capacity", 100, 0.0);
        field("pick_sequence", 100, 0.0, QT_TRANSLATE_NOOP("CatalogColumn", "Pick order"));
        break;
    }
    cols << Column{QStringLiteral("status"), {}, QCoreApplication::translate("CatalogColumn", "Status"), 84, 0.0, false};
    return cols;
}

QString temperature(const QJsonValue& v)
{
    if (v.toString().isEmpty()) return {};
    return QLocale().toString(v.toString().toDouble(), 'f', 1);
}

QVariant alignment(bool numeric) { return (Qt::AlignVCenter | (numeric ? Qt::AlignRight : Qt::AlignLeft)).toInt(); }

}  // namespace

CatalogTableModel::CatalogTableModel(Kind kind, QObject* parent) : QAbstractTableModel(parent), kind_(kind), columns_(columnsFor(kind)) {}

void CatalogTableModel::setWorkspace(Workspace* workspace)
{
    // No early return for the same pointer: the session may have replaced its workspace
    // by a new one at the same address.
    disconnect(busConnection_);
    workspace_ = workspace;
    if (workspace_) busConnection_ = connect(&workspace_->bus(), &CommandBus::committed, this, &CatalogTableModel::onCommitted);
    reload();
}

void CatalogTableModel::reload()
{
    beginResetModel();
    rows_ = workspace_ ? catalog::CatalogQueries(workspace_->database().sql()).list(kind_, true) : QList<QJsonObject>{};
    endResetModel();
    qCDebug(lcCatalogModel) << catalog::spec(kind_).key << rows_.size() << "rows";
}

void CatalogTableModel::onCommitted(const tracelot::Outcome& outcome)
{
    const catalog::KindSpec& k = catalog::spec(kind_);
    for (const Event& e : outcome.events) {
        if (e.type != k.definedEvent && e.type != k.revisedEvent) continue;
        const QString id = e.payload.value(QLatin1String("id")).toString();
        const std::optional<QJsonObject> fresh = catalog::CatalogQueries(workspace_->database().sql()).byId(kind_, id);
        if (!fresh) {
            qCWarning(lcCatalogModel) << "committed" << e.type << "but the projection has no row" << id;
            continue;
        }
        const int row = rowOf(id);
        if (row >= 0) {
            rows_[row] = *fresh;
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        } else {
            const int at = static_cast<int>(rows_.size());
            beginInsertRows({}, at, at);
            rows_.append(*fresh);
            endInsertRows();
        }
        emit recordChanged(id);
    }
}

int CatalogTableModel::rowOf(const QString& id) const
{
    for (int i = 0; i < rows_.size(); ++i)
        if (rows_.at(i).value(QLatin1String("id")).toString() == id) return i;
    return -1;
}

int CatalogTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(rows_.size()); }

int CatalogTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(columns_.size()); }

QString CatalogTableModel::display(const QJsonObject& row, const Column& c) const
{
    if (c.key == QLatin1String("status"))
        return row.value(QLatin1String("active")).toBool(true) ? QCoreApplication::translate("CatalogColumn", "Active")
                                                               : QCoreApplication::translate("CatalogColumn", "Retired");
    if (c.fields.size() == 2) {
        const QString lo = temperature(row.value(c.fields.at(0)));
        const QString hi = temperature(row.value(c.fields.at(1)));
        if (lo.isEmpty() && hi.isEmpty()) return {};
        if (lo.isEmpty()) return QStringLiteral("≤ %1").arg(hi);
        if (hi.isEmpty()) return QStringLiteral("≥ %1").arg(lo);
        return QStringLiteral("%1 … %2").arg(lo, hi);
    }
    const FieldSpec* f = fieldSpec(kind_, c.key);
    const QJsonValue v = row.value(c.key);
    if (!f || v.isUndefined() || v.isNull()) return {};
    switch (f->type) {
    case FieldType::Integer: return QLocale().toString(v.toInteger());
    case FieldType::Boolean: return v.toBool() ? QCoreApplication::translate("CatalogColumn", "Yes") : QCoreApplication::translate("CatalogColumn", "No");
    case FieldType::Enum: return labels::value(v.toString());
    case FieldType::Decimal: return temperature(v);
    default: return v.toString();
    }
}

QVariant CatalogTableModel::sortValue(const QJsonObject& row, const Column& c) const
{
    if (c.key == QLatin1String("status")) return row.value(QLatin1String("active")).toBool(true) ? 0 : 1;
    const QJsonValue v = row.value(c.fields.value(0));
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())) return {};
    if (c.fields.size() == 2 || c.numeric) return v.isString() ? v.toString().toDouble() : v.toDouble();
    if (v.isBool()) return v.toBool() ? 1 : 0;
    return display(row, c);
}

QVariant CatalogTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const QJsonObject& row = rows_.at(index.row());
    const Column& c = columns_.at(index.column());
    switch (role) {
    case Qt::DisplayRole: return display(row, c);
    case Qt::TextAlignmentRole: return alignment(c.numeric);
    case IdRole: return row.value(QLatin1String("id")).toString();
    case ActiveRole: return row.value(QLatin1String("active")).toBool(true);
    case NumericRole: return c.numeric;
    case SortRole: return sortValue(row, c);
    default: return {};
    }
}

QVariant CatalogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columns_.size()) return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) return columns_.at(section).title;
    if (role == Qt::TextAlignmentRole) return alignment(columns_.at(section).numeric);
    return {};
}

QHash<int, QByteArray> CatalogTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "recordId");
    names.insert(ActiveRole, "active");
    names.insert(NumericRole, "numeric");
    names.insert(SortRole, "sortValue");
    return names;
}

}  // namespace tracelot::ui

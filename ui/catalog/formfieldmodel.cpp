// Catalog form fields from the schema (see formfieldmodel.h).
#include "catalog/formfieldmodel.h"

#include "catalog/cataloglabels.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace tracelot::ui {
namespace {

QString typeName(const catalog::FieldSpec& f)
{
    switch (f.type) {
    case FieldType::Integer: return QStringLiteral("integer");
    case FieldType::Decimal: return QStringLiteral("decimal");
    case FieldType::Boolean: return QStringLiteral("boolean");
    case FieldType::Enum: return QStringLiteral("enum");
    default: return QStringLiteral("text");
    }
}

QString placeholder(const catalog::FieldSpec& f)
{
    switch (f.semantic) {
    case catalog::Semantic::Temperature: return QCoreApplication::translate("CatalogForm", "e.g. 4.0");
    case catalog::Semantic::Country: return QCoreApplication::translate("CatalogForm", "e.g. FR");
    case catalog::Semantic::Gtin: return QCoreApplication::translate("CatalogForm", "8, 12, 13 or 14 digits");
    case catalog::Semantic::Gln: return QCoreApplication::translate("CatalogForm", "13 digits");
    case catalog::Semantic::Phone: return QCoreApplication::translate("CatalogForm", "+33 3 84 33 10 10");
    case catalog::Semantic::Email: return QCoreApplication::translate("CatalogForm", "name@example.com");
    default: break;
    }
    if (f.type == FieldType::Integer && !f.required) return QCoreApplication::translate("CatalogForm", "empty: not set");
    return {};
}

}  // namespace

QVariant formValue(const catalog::FieldSpec& f, const QJsonValue& v)
{
    if (f.type == FieldType::Boolean) return v.toBool(false);
    if (v.isUndefined() || v.isNull()) return QString();
    if (f.type == FieldType::Integer) return QString::number(v.toInteger());
    return v.toString();
}

FormFieldModel::FormFieldModel(catalog::Kind kind, QObject* parent) : QAbstractListModel(parent), fields_(catalog::spec(kind).fields)
{
    load({});
}

void FormFieldModel::load(const QJsonObject& record)
{
    beginResetModel();
    values_.clear();
    errorField_.clear();
    for (const catalog::FieldSpec& f : fields_) {
        const QJsonValue v = record.isEmpty() ? f.defaultValue : record.value(f.name);
        values_ << formValue(f, v);
    }
    endResetModel();
}

int FormFieldModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(fields_.size()); }

QVariant FormFieldModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const catalog::FieldSpec& f = fields_.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole: return labels::field(f);
    case NameRole: return f.name;
    case HelpRole: return labels::help(f);
    case TypeRole: return typeName(f);
    case RequiredRole: return f.required;
    case ValueRole: return values_.at(index.row());
    case OptionsRole: {
        QVariantList options;
        if (!f.required) options << QVariantMap{{QStringLiteral("value"), QString()}, {QStringLiteral("label"), QCoreApplication::translate("CatalogForm", "(none)")}};
        for (const QString& v : f.values) options << QVariantMap{{QStringLiteral("value"), v}, {QStringLiteral("label"), labels::value(v)}};
        return options;
    }
    case PlaceholderRole: return placeholder(f);
    case HasErrorRole: return !errorField_.isEmpty() && f.name == errorField_;
    default: return {};
    }
}

bool FormFieldModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != ValueRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return false;
    const catalog::FieldSpec& f = fields_.at(index.row());
    const QVariant v = f.type == FieldType::Boolean ? QVariant(value.toBool()) : QVariant(value.toString());
    if (values_.at(index.row()) == v) return true;
    values_[index.row()] = v;
    emit dataChanged(index, index, {ValueRole});
    return true;
}

Qt::ItemFlags FormFieldModel::flags(const QModelIndex& index) const
{
    return QAbstractListModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

QHash<int, QByteArray> FormFieldModel::roleNames() const
{
    return {{NameRole, "name"},         {LabelRole, "label"},         {HelpRole, "help"},
            {TypeRole, "type"},         {RequiredRole, "mandatory"},   {ValueRole, "value"},
            {OptionsRole, "options"},   {PlaceholderRole, "placeholder"}, {HasErrorRole, "hasError"}};
}

QVariant FormFieldModel::value(const QString& name) const
{
    const int row = rowOf(name);
    return row < 0 ? QVariant() : values_.at(row);
}

int FormFieldModel::rowOf(const QString& name) const
{
    for (int i = 0; i < fields_.size(); ++i)
        if (fields_.at(i).name == name) return i;
    return -1;
}

void FormFieldModel::setErrorField(const QString& name)
{
    if (errorField_ == name) return;
    const int before = rowOf(errorField_);
    errorField_ = name;
    const int after = rowOf(errorField_);
    for (int row : {before, after})
        if (row >= 0) emit dataChanged(index(row), index(row), {HasErrorRole});
}

}  // namespace tracelot::ui

#pragma once
// The fields of a catalog form, generated from the core's field schema: one row per
// field with its translated label and help, the kind of control it wants (text,
// integer, decimal, boolean, enum with options) and the value being edited.
#include "catalog/catalog.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QtQml/qqmlregistration.h>

namespace tracelot::ui {

class FormFieldModel : public QAbstractListModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count CONSTANT)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        LabelRole,
        HelpRole,
        TypeRole,  // "text", "integer", "decimal", "boolean", "enum"
        RequiredRole,
        ValueRole,  // QString for everything but booleans (bool)
        OptionsRole,  // enums: [{ value, label }], with an empty choice when optional
        PlaceholderRole,
        HasErrorRole
    };
    Q_ENUM(Role)

    explicit FormFieldModel(catalog::Kind kind, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = ValueRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return rowCount(); }

    // Form values from a stored record (or the schema defaults when `record` is empty).
    void load(const QJsonObject& record);
    QVariant value(int row) const { return values_.value(row); }
    QVariant value(const QString& name) const;
    const catalog::FieldSpec& spec(int row) const { return fields_.at(row); }
    int rowOf(const QString& name) const;
    void setErrorField(const QString& name);

private:
    QList<catalog::FieldSpec> fields_;
    QList<QVariant> values_;
    QString errorField_;
};

// The form's text for a stored JSON value of `field` ("" when absent).
QVariant formValue(const catalog::FieldSpec& field, const QJsonValue& stored);

}  // namespace tracelot::ui

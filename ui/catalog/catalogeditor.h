#pragma once
// View model of the create/edit form of one catalog record. New records are defined
// with every filled field; edits send only the fields that changed (an emptied optional
// field is cleared). A refusal of the core stays in the form as text, the field it is
// about is marked, and everything typed stays.
#include "catalog/catalog.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

Q_MOC_INCLUDE("catalog/formfieldmodel.h")

namespace tracelot::ui {

class FormFieldModel;
class Session;

// Which field a catalog refusal is about ("" when it is about the record as a whole).
QString catalogFieldOf(catalog::Kind kind, const QString& refusalCode);

class CatalogEditor : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A CatalogEditor belongs to a CatalogViewModel")
    Q_PROPERTY(bool isNew READ isNew NOTIFY recordChanged)
    Q_PROPERTY(QString recordId READ recordId NOTIFY recordChanged)
    Q_PROPERTY(QString title READ title NOTIFY recordChanged)
    Q_PROPERTY(bool active READ active NOTIFY recordChanged)
    Q_PROPERTY(tracelot::ui::FormFieldModel* fields READ fields CONSTANT)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QString errorField READ errorField NOTIFY errorChanged)
    Q_PROPERTY(int errorRow READ errorRow NOTIFY errorChanged)

public:
    CatalogEditor(catalog::Kind kind, Session* session, QObject* parent = nullptr);

    bool isNew() const { return recordId_.isEmpty(); }
    QString recordId() const { return recordId_; }
    QString title() const;
    bool active() const { return active_; }
    FormFieldModel* fields() const { return fields_; }
    QString errorMessage() const { return errorMessage_; }
    QString errorField() const { return errorField_; }
    int errorRow() const;

    void setSession(Session* session) { session_ = session; }

    Q_INVOKABLE void startNew();
    Q_INVOKABLE bool startEdit(const QString& recordId);
    Q_INVOKABLE void setValue(int row, const QVariant& value);
    Q_INVOKABLE void setValueByName(const QString& name, const QVariant& value);
    // Defines or revises the record; true when the core accepted it.
    Q_INVOKABLE bool save();
    // Retires (false) or reinstates (true) the record being edited.
    Q_INVOKABLE bool setActive(bool active);
    Q_INVOKABLE void clearError();

signals:
    void recordChanged();
    void errorChanged();
    void saved(const QString& recordId);

private:
    bool fail(const QString& message, const QString& field);
    bool run(const QString& command, const QJsonObject& payload);

    catalog::Kind kind_;
    QPointer<Session> session_;
    FormFieldModel* fields_;
    QString recordId_;
    QJsonObject original_;
    bool active_ = true;
    QString errorMessage_;
    QString errorField_;
};

}  // namespace tracelot::ui

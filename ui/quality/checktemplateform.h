#pragma once
// The QA technician's form for a product's quality check: its criteria, each pass/fail or
// a measured value with a unit and limits. Saving runs DefineQualityCheck (a new revision
// when one exists; checks already recorded keep the revision they were made with). The
// keys the core needs are made from the labels. A refusal stays in the form.
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

Q_MOC_INCLUDE("shell/session.h")

namespace tracelot::ui {

class Session;

class CheckTemplateForm : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(tracelot::ui::Session* session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)
    Q_PROPERTY(QString productId READ productId NOTIFY loaded)
    Q_PROPERTY(QString productName READ productName NOTIFY loaded)
    Q_PROPERTY(int revision READ revision NOTIFY loaded)
    // [{ key, label, kind: "pass_fail" | "measure", unit, min, max }]
    Q_PROPERTY(QVariantList criteria READ criteria NOTIFY criteriaChanged)
    Q_PROPERTY(QVariantList kindOptions READ kindOptions CONSTANT)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(int errorRow READ errorRow NOTIFY errorChanged)
    Q_PROPERTY(bool canDefine READ canDefine NOTIFY permissionsChanged)
    Q_PROPERTY(QString permissionNote READ permissionNote NOTIFY permissionsChanged)

public:
    explicit CheckTemplateForm(QObject* parent = nullptr);
    explicit CheckTemplateForm(Session* session, QObject* parent = nullptr);

    Session* session() const { return session_; }
    void setSession(Session* session);
    QString productId() const { return productId_; }
    QString productName() const { return productName_; }
    int revision() const { return revision_; }
    QVariantList criteria() const { return criteria_; }
    QVariantList kindOptions() const;
    QString errorMessage() const { return errorMessage_; }
    int errorRow() const { return errorRow_; }
    bool canDefine() const;
    QString permissionNote() const;

    // Loads the product's current check (one empty pass/fail criterion when it has none).
    Q_INVOKABLE void start(const QString& productId);
    Q_INVOKABLE void addCriterion();
    Q_INVOKABLE void removeCriterion(int row);
    // name: "label", "kind", "unit", "min", "max". Changing the kind reloads the list;
    // text fields do not (the field being typed in keeps its cursor).
    Q_INVOKABLE void setValue(int row, const QString& name, const QString& value);
    Q_INVOKABLE bool save();

    // "Core temperature (°C)" → "core_temperature_c"; unique among `taken`.
    static QString keyFor(const QString& label, const QStringList& taken);

signals:
    void sessionChanged();
    void loaded();
    void criteriaChanged();
    void errorChanged();
    void permissionsChanged();
    void saved();

private:
    bool fail(const QString& message, int row);

    QPointer<Session> session_;
    QString productId_, productName_;
    int revision_ = 0;
    QVariantList criteria_;
    QString errorMessage_;
    int errorRow_ = -1;
};

}  // namespace tracelot::ui

#pragma once
// View model of one catalog list page (products, suppliers, customers or locations):
// the table model, its search/sort proxy, the column layout, the counts, the editor
// for create/edit/retire, and whether the signed-in user may change master data.
#include "catalog/catalog.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <memory>

Q_MOC_INCLUDE("shell/session.h")
Q_MOC_INCLUDE("catalog/catalogfiltermodel.h")
Q_MOC_INCLUDE("catalog/catalogeditor.h")

namespace tracelot::ui {

class CatalogEditor;
class CatalogFilterModel;
class CatalogTableModel;
class Session;

class CatalogViewModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(tracelot::ui::Session* session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY kindChanged REQUIRED)
    Q_PROPERTY(QString title READ title NOTIFY kindChanged)
    Q_PROPERTY(QString singular READ singular NOTIFY kindChanged)
    Q_PROPERTY(QString newLabel READ newLabel NOTIFY kindChanged)
    Q_PROPERTY(QVariantList columns READ columns NOTIFY kindChanged)
    Q_PROPERTY(tracelot::ui::CatalogFilterModel* model READ model NOTIFY kindChanged)
    Q_PROPERTY(tracelot::ui::CatalogEditor* editor READ editor NOTIFY kindChanged)
    Q_PROPERTY(int total READ total NOTIFY totalsChanged)
    Q_PROPERTY(int retired READ retired NOTIFY totalsChanged)
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY permissionsChanged)

public:
    explicit CatalogViewModel(QObject* parent = nullptr);
    CatalogViewModel(Session* session, const QString& kind, QObject* parent = nullptr);
    ~CatalogViewModel() override;

    Session* session() const { return session_; }
    void setSession(Session* session);
    QString kind() const { return kindKey_; }
    void setKind(const QString& key);

    QString title() const;
    QString singular() const;
    QString newLabel() const;
    QVariantList columns() const;  // [{ title, minWidth, weight, numeric }]
    CatalogFilterModel* model() const { return proxy_.get(); }
    CatalogTableModel* sourceModel() const { return table_.get(); }
    CatalogEditor* editor() const { return editor_.get(); }
    int total() const;
    int retired() const;
    bool canEdit() const;

signals:
    void sessionChanged();
    void kindChanged();
    void totalsChanged();
    void permissionsChanged();

private:
    void rebuild();
    const catalog::KindSpec* spec() const;

    QPointer<Session> session_;
    QString kindKey_;
    std::unique_ptr<CatalogTableModel> table_;
    std::unique_ptr<CatalogFilterModel> proxy_;
    std::unique_ptr<CatalogEditor> editor_;
};

}  // namespace tracelot::ui

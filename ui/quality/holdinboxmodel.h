#pragma once
// The QA inbox: the open holds, oldest first, each with its age, cause, lot and reason;
// optionally only the holds of one cause. Re-read after every commit that places or
// closes a hold; the ages move on once a minute.
#include <QAbstractListModel>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "quality/qualitymodule.h"

namespace tracelot {
class Workspace;
struct Outcome;
}

namespace tracelot::ui {

class HoldInboxModel : public QAbstractListModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int total READ total NOTIFY countChanged)
    Q_PROPERTY(QString causeFilter READ causeFilter WRITE setCauseFilter NOTIFY causeFilterChanged)
    Q_PROPERTY(QVariantList causes READ causes NOTIFY countChanged)

public:
    enum Role {
        HoldIdRole = Qt::UserRole + 1,
        NumberRole,
        LotIdRole,
        TlcRole,
        ProductRole,
        CauseRole,
        CauseTextRole,
        ReasonRole,
        ScopeRole,
        AgeRole,      // "3 d 4 h"
        AgeHoursRole,
        PlacedRole    // "2026-01-01 10:32"
    };
    Q_ENUM(Role)

    explicit HoldInboxModel(QObject* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    int count() const { return static_cast<int>(rows_.size()); }
    int total() const { return static_cast<int>(all_.size()); }
    QString causeFilter() const { return cause_; }
    void setCauseFilter(const QString& cause);
    // [{ cause, label, count }] of the open holds, plus "" (all) first.
    QVariantList causes() const;
    const quality::HoldRow* hold(int row) const;

    Q_INVOKABLE QString holdIdAt(int row) const;
    Q_INVOKABLE int rowOf(const QString& holdId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reload();

signals:
    void countChanged();
    void causeFilterChanged();

private:
    void onCommitted(const tracelot::Outcome& outcome);
    void applyFilter();
    qint64 now() const;

    Workspace* workspace_ = nullptr;
    QMetaObject::Connection busConnection_;
    QList<quality::HoldRow> all_;
    QList<quality::HoldRow> rows_;
    QHash<QString, QString> locationCodes_;
    QString cause_;
    QTimer ticker_;
};

}  // namespace tracelot::ui

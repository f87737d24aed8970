#pragma once
// The full history of one lot, newest first: the events of the lot's own stream and of
// the holds, quality checks and certificates about it, each as one readable line (what
// happened, the details, who recorded it and when). Used by the lot detail on the stock
// page and by the hold detail of the QA inbox.
#include "eventstore/event.h"

#include <QAbstractListModel>
#include <QHash>
#include <QtQml/qqmlregistration.h>

namespace tracelot {
class Workspace;
}

namespace tracelot::ui {

class LotHistoryModel : public QAbstractListModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { TitleRole = Qt::UserRole + 1, DetailRole, WhoRole, WhenRole, TypeRole, ToneRole };
    Q_ENUM(Role)

    struct Entry {
        qint64 seq = 0;
        QString type;
        QString title;
        QString detail;
        QString who;
        QString when;  // local time, "2026-01-01 10:32"
        QString tone;  // "", "warning", "error", "success" (for a small marker)
    };

    explicit LotHistoryModel(QObject* parent = nullptr);

    // Loads the history of `lotId` (empty: clears).
    void load(Workspace* workspace, const QString& lotId);
    const QList<Entry>& entries() const { return entries_; }

    int count() const { return static_cast<int>(entries_.size()); }
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // One readable line for an event (public for the tests).
    static Entry describe(const Event& event, Workspace& workspace, const QString& unit, QHash<QString, QString>& names);

signals:
    void countChanged();

private:
    QList<Entry> entries_;
};

}  // namespace tracelot::ui

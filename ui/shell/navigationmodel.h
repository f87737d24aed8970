#pragma once
// The navigation shell's entries: one per bounded context of DOMAIN.md, in the same
// order everywhere (Ctrl+1 … Ctrl+9, Ctrl+0). Entries whose work has not landed carry a
// plain note saying which issue brings them, or that they are planned.
#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace tracelot::ui {

class NavigationModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count CONSTANT)

public:
    enum Role { KeyRole = Qt::UserRole + 1, TitleRole, IconRole, ShortcutRole, AvailableRole, NoteRole, ScopeRole };
    Q_ENUM(Role)

    struct Entry {
        QString key;       // "catalog": the same word as the core and QML feature folders
        QString icon;      // resources/icons/<icon>.svg
        const char* title;
        int issue;         // 0: available now; -1: planned without an issue; else the issue number
        const char* scope; // what the context will hold (for the placeholder)
    };

    explicit NavigationModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return rowCount(); }
    Q_INVOKABLE int indexOf(const QString& key) const;
    Q_INVOKABLE QString keyAt(int row) const;

    static const QList<Entry>& entries();
    static QString title(const Entry& e);
    static QString note(const Entry& e);
    static QString shortcut(int row);
};

}  // namespace tracelot::ui

// Navigation entries of the shell (see navigationmodel.h).
#include "shell/navigationmodel.h"

#include <QCoreApplication>

namespace tracelot::ui {

NavigationModel::NavigationModel(QObject* parent) : QAbstractListModel(parent) {}

const QList<NavigationModel::Entry>& NavigationModel::entries()
{
    static const QList<Entry> all = {
        {QStringLiteral("catalog"), QStringLiteral("catalog"), QT_TRANSLATE_NOOP("Navigation", "Catalog"), 0,
         QT_TRANSLATE_NOOP("Navigation", "products, suppliers, customers and locations")},
        {QStringLiteral("inventory"), QStringLiteral("inventory"), QT_TRANSLATE_NOOP("Navigation", "Inventory & receiving"), 0,
         QT_TRANSLATE_NOOP("Navigation", "receiving at the dock, stock, FEFO, labels")},
        {QStringLiteral("quality"), QStringLiteral("quality"), QT_TRANSLATE_NOOP("Navigation", "Quality & cold chain"), 0,
         QT_TRANSLATE_NOOP("Navigation", "quality checks, holds and releases with e-signature, temperature excursions, certificates")},
        {QStringLiteral("traceability"), QStringLiteral("traceability"), QT_TRANSLATE_NOOP("Navigation", "Traceability & recall"), 0,
         QT_TRANSLATE_NOOP("Navigation", "forward and backward traces, recalls, recovery and the FSMA 204 report")},
        {QStringLiteral("orders"), QStringLiteral("orders"), QT_TRANSLATE_NOOP("Navigation", "Orders & picking"), 0,
         QT_TRANSLATE_NOOP("Navigation", "orders, FEFO allocation, pick lists in walking order, shipping and delivery")},
        {QStringLiteral("returns"), QStringLiteral("returns"), QT_TRANSLATE_NOOP("Navigation", "Returns"), 0,
         QT_TRANSLATE_NOOP("Navigation", "return requests, intake to quarantine, inspection and refunds")},
        {QStringLiteral("cx"), QStringLiteral("cx"), QT_TRANSLATE_NOOP("Navigation", "CX sessions"), -1,
         QT_TRANSLATE_NOOP("Navigation", "contacts, customer sessions, notes, escalations and response times")},
        {QStringLiteral("campaigns"), QStringLiteral("campaigns"), QT_TRANSLATE_NOOP("Navigation", "Campaigns"), -1,
         QT_TRANSLATE_NOOP("Navigation", "segments, campaigns with scheduled steps, and consent")},
        {QStringLiteral("journeys"), QStringLiteral("journeys"), QT_TRANSLATE_NOOP("Navigation", "Journey stages"), -1,
         QT_TRANSLATE_NOOP("Navigation", "client onboarding journeys with stage gates, rollback and retries")},
        {QStringLiteral("identity"), QStringLiteral("identity"), QT_TRANSLATE_NOOP("Navigation", "Identity & audit"), 0,
         QT_TRANSLATE_NOOP("Navigation", "users, roles and the audit trail")},
    };
    return all;
}

QString NavigationModel::title(const Entry& e) { return QCoreApplication::translate("Navigation", e.title); }

QString NavigationModel::note(const Entry& e)
{
    const QString scope = QCoreApplication::translate("Navigation", e.scope);
    if (e.issue > 0)
        return QCoreApplication::translate("Navigation", "%1 arrives with issue #%2: %3.").arg(title(e)).arg(e.issue).arg(scope);
    if (e.issue < 0)
        return QCoreApplication::translate("Navigation", "%1 is planned: %2. No issue has been opened for it yet.").arg(title(e), scope);
    return {};
}

QString NavigationModel::shortcut(int row)
{
    // Ctrl+1 … Ctrl+9 for the first nine entries, Ctrl+0 for the tenth.
    if (row < 0 || row > 9) return {};
    return QStringLiteral("Ctrl+%1").arg(row == 9 ? 0 : row + 1);
}

int NavigationModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(entries().size()); }

QVariant NavigationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Entry& e = entries().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return title(e);
    case KeyRole: return e.key;
    case IconRole: return e.icon;
    case ShortcutRole: return shortcut(index.row());
    case AvailableRole: return e.issue == 0;
    case NoteRole: return note(e);
    case ScopeRole: return QCoreApplication::translate("Navigation", e.scope);
    default: return {};
    }
}

QHash<int, QByteArray> NavigationModel::roleNames() const
{
    return {{KeyRole, "key"},           {TitleRole, "title"},         {IconRole, "iconName"}, {ShortcutRole, "shortcut"},
            {AvailableRole, "available"}, {NoteRole, "note"}, {ScopeRole, "scope"}};
}

int NavigationModel::indexOf(const QString& key) const
{
    const QString head = key.section(QLatin1Char('/'), 0, 0);
    for (int i = 0; i < entries().size(); ++i)
        if (entries().at(i).key == head) return i;
    return -1;
}

QString NavigationModel::keyAt(int row) const { return row >= 0 && row < entries().size() ? entries().at(row).key : QString(); }

}  // namespace tracelot::ui

// Translated role names and well-known refusal messages (see uitext.h).
#include "shell/uitext.h"

#include "identity/password.h"
#include "identity/roles.h"

#include <QCoreApplication>

namespace tracelot::ui::text {
namespace {

struct Entry {
    const char* key;
    const char* text;
};

// Context "Roles" in the translation catalogue.
constexpr Entry kRoles[] = {
    {"warehouse_manager", QT_TRANSLATE_NOOP("Roles", "Warehouse manager")},
    {"warehouse_operator", QT_TRANSLATE_NOOP("Roles", "Warehouse operator")},
    {"qa_technician", QT_TRANSLATE_NOOP("Roles", "QA technician")},
    {"recall_coordinator", QT_TRANSLATE_NOOP("Roles", "Recall coordinator")},
    {"cx_agent", QT_TRANSLATE_NOOP("Roles", "CX agent")},
    {"marketing", QT_TRANSLATE_NOOP("Roles", "Marketing")},
    {"account_manager", QT_TRANSLATE_NOOP("Roles", "Account manager")},
    {"admin", QT_TRANSLATE_NOOP("Roles", "Administrator")},
};

}  // namespace

QString roleLabel(const QString& role)
{
    for (const Entry& e : kRoles)
        if (role == QLatin1String(e.key)) return QCoreApplication::translate("Roles", e.text);
    return tracelot::roleLabel(role);
}

QString refusal(const Refusal& r)
{
    if (r.code == QLatin1String("auth.failed")) return QCoreApplication::translate("Refusals", "Unknown user name or wrong password.");
    if (r.code == QLatin1String("auth.inactive"))
        return QCoreApplication::translate("Refusals", "This account has been deactivated; ask an administrator.");
    if (r.code == QLatin1String("identity.password_weak") && r.message.contains(QString::number(kMinPasswordLength)))
        return QCoreApplication::translate("Refusals", "A password needs at least %1 characters.").arg(kMinPasswordLength);
    return r.message;
}

}  // namespace tracelot::ui::text

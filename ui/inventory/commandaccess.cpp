// Command permissions for the pages (see commandaccess.h).
#include "inventory/commandaccess.h"

#include "pipeline/command.h"
#include "shell/session.h"
#include "shell/uitext.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

namespace tracelot::ui::access {
namespace {
const CommandSpec* specOf(const Session* session, const QString& command)
{
    return session && session->workspace() ? session->workspace()->commands().find(command) : nullptr;
}
}  // namespace

bool mayRun(const Session* session, const QString& command)
{
    const CommandSpec* spec = specOf(session, command);
    if (!spec || !session->signedIn()) return false;
    if (spec->roles.isEmpty()) return true;
    for (const QString& r : spec->roles)
        if (session->actor().roles.contains(r)) return true;
    return false;
}

QString rolesFor(const Session* session, const QString& command)
{
    const CommandSpec* spec = specOf(session, command);
    if (!spec) return {};
    QStringList labels;
    for (const QString& r : spec->roles) labels << text::roleLabel(r);
    return labels.join(QCoreApplication::translate("Access", " or "));
}

QString needs(const Session* session, const QString& what, const QString& command)
{
    if (mayRun(session, command)) return {};
    return QCoreApplication::translate("Access", "%1 needs the %2 role.").arg(what, rolesFor(session, command));
}

}  // namespace tracelot::ui::access

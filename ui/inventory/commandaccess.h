#pragma once
// Whether the signed-in user may run a command, read from the command's own spec (the
// roles the core checks), so the pages disable exactly what the core would refuse and
// can say which role it takes.
#include <QString>

namespace tracelot::ui {

class Session;

namespace access {

bool mayRun(const Session* session, const QString& command);
// "Warehouse manager or Warehouse operator" (translated), "" when anyone may.
QString rolesFor(const Session* session, const QString& command);
// One sentence for a disabled action: "Receiving needs the Warehouse manager or … role."
QString needs(const Session* session, const QString& what, const QString& command);

}  // namespace access
}  // namespace tracelot::ui

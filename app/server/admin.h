#pragma once
// `tracelot-server devices ...`: administration on the server machine, no HTTPS involved.
//   tracelot-server devices issue-code "Dock 1" --db DB   prints a one-time enrolment code (24 h)
//   tracelot-server devices list --db DB
//   tracelot-server devices revoke DEVICE_ID --db DB
#include <QStringList>

namespace tracelot::server {

// Returns the exit code; nullopt-like -1 when `arguments` is not an admin command.
int runAdmin(const QStringList &arguments, const QString &defaultDatabasePath);
bool isAdminCommand(const QStringList &arguments);

}  // namespace tracelot::server

#pragma once
// tracelot-cli sync subcommands (issue #7):
//   sync enrol --server https://HOST:PORT --ca FILE --code CODE [--name NAME]
//   sync [--json]                 one full push/pull with the enrolled server (exit 0 done,
//                                 1 failed, e.g. offline or TLS refused, with the reason on stderr)
//   sync status [--json]          pending / conflicts / parked / last sync
//   sync conflicts [--json]       what was tried, by whom, why it no longer holds, the other side
//   sync discard <N> --as USER    give up conflicting command N
#include <QMultiHash>
#include <QSet>
#include <QStringList>
#include <QTextStream>

namespace tracelot {
class Workspace;
}

namespace tracelot::cli {

bool isSyncCommand(const QString& command);
QSet<QString> syncValuedOptions();
int runSyncCommand(Workspace& ws, const QStringList& positional, const QMultiHash<QString, QString>& options, const QSet<QString>& flags,
                   QTextStream& out, QTextStream& err);

}  // namespace tracelot::cli

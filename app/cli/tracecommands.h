#pragma once
// tracelot-cli traceability subcommands:
//   trace forward|backward <lot-id, TLC or order id> [--product P] [--json]
//   fsma export --from YYYY-MM-DD --to YYYY-MM-DD [--product P]... [--tlc T]... --out FILE.csv|FILE.xlsx
//   recall list [--json]
//   recall show <R-n or recall id> [--json]
#include <QMultiHash>
#include <QSet>
#include <QStringList>
#include <QTextStream>

namespace tracelot {
class Workspace;
}

namespace tracelot::cli {

bool isTraceCommand(const QString& command);
QSet<QString> traceValuedOptions();  // options that take a value
int runTraceCommand(Workspace& ws, const QStringList& positional, const QMultiHash<QString, QString>& options, const QSet<QString>& flags,
                    QTextStream& out, QTextStream& err);

}  // namespace tracelot::cli

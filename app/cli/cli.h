#pragma once
// tracelot-cli: the automation interface. Every subcommand returns an exit code:
// 0 done, 1 failed (e.g. verify found problems), 2 bad usage or malformed input,
// 3 refused by a business rule or a permission (the reason on stderr).
#include <QStringList>

namespace tracelot::cli {

enum Exit { Ok = 0, Failed = 1, Usage = 2, Refused = 3 };

int run(const QStringList& args);

}  // namespace tracelot::cli

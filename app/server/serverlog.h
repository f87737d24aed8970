#pragma once
// The logging category of the sync server (tracelot-server and tracelot_server_lib).
// Info and above are shown; details with QT_LOGGING_RULES="tracelot.server.debug=true".
#include <QLoggingCategory>

namespace tracelot::server {

Q_DECLARE_LOGGING_CATEGORY(lcServer)

}  // namespace tracelot::server

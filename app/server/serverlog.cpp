// Defines the logging category declared in serverlog.h. Debug messages (one per request, failed
// TLS handshakes) are off unless QT_LOGGING_RULES="tracelot.server.debug=true".
#include "serverlog.h"

namespace tracelot::server {

Q_LOGGING_CATEGORY(lcServer, "tracelot.server", QtInfoMsg)

}  // namespace tracelot::server

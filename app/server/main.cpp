// tracelot-server: the Tracelot sync server executable. Wiring only: read the configuration,
// load the TLS identity, start the HTTPS API and print where it listens. The logic lives in
// tracelot_server_lib (serverconfig, tlsidentity, healthserver).
#include "admin.h"
#include "healthserver.h"
#include "serverconfig.h"
#include "syncapi.h"
#include "sync/syncserver.h"
#include "serverlog.h"
#include "tlsidentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>

using namespace tracelot::server;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tracelot"));
    QCoreApplication::setApplicationName(QStringLiteral("tracelot-server"));
    QCoreApplication::setApplicationVersion(serverVersion());

    QTextStream out(stdout);
    QTextStream err(stderr);

    const QString defaultDatabase =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/server.sqlite");
    if (isAdminCommand(QCoreApplication::arguments()))
        return runAdmin(QCoreApplication::arguments(), defaultDatabase);
    const StartupConfig startup = parseServerConfig(QCoreApplication::arguments(), defaultDatabase);
    if (const auto *early = std::get_if<StartupExit>(&startup)) {
        QTextStream &stream = early->exitCode == 0 ? out : err;
        stream << early->text;
        if (!early->text.endsWith(QLatin1Char('\n')))
            stream << '\n';
        stream.flush();
        return early->exitCode;
    }
    const ServerConfig &config = std::get<ServerConfig>(startup);

    const TlsIdentity tls = loadTlsIdentity(config.certificatePath, config.privateKeyPath);
    if (const auto *error = std::get_if<QString>(&tls)) {
        err << "tracelot-server: " << *error << Qt::endl;
        return kExitConfigError;
    }

    if (config.database.driver == QLatin1String("sqlite"))
        QDir().mkpath(QFileInfo(config.database.path).absolutePath());
    QDir().mkpath(QFileInfo(config.replicaPath).absolutePath());
    tracelot::sync::SyncServerOptions syncOptions;
    syncOptions.replicaPath = config.replicaPath;
    auto sync = tracelot::sync::SyncServer::open(config.database.storeLocation(), syncOptions);
    if (!sync) {
        err << "tracelot-server: " << sync.refusal().message << Qt::endl;
        return kExitRuntimeError;
    }

    HealthServer server;
    SyncApi api(server, *sync.value());
    const auto started = server.start(std::get<QSslConfiguration>(tls), config.listenAddress, config.port);
    if (const auto *error = std::get_if<QString>(&started)) {
        err << "tracelot-server: " << *error << Qt::endl;
        return kExitRuntimeError;
    }

    // Tests and scripts read the port from this line: keep its format.
    out << "tracelot-server listening on " << serverUrl(config.listenAddress, std::get<quint16>(started)) << Qt::endl;
    qCInfo(lcServer, "database %ls, rules replica %ls", qUtf16Printable(config.database.toString()), qUtf16Printable(config.replicaPath));
    return QCoreApplication::exec();
}

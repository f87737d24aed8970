#include "admin.h"

#include "serverconfig.h"
#include "sync/syncserver.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace tracelot::server {

bool isAdminCommand(const QStringList &arguments) { return arguments.size() > 1 && arguments.at(1) == QLatin1String("devices"); }

int runAdmin(const QStringList &arguments, const QString &defaultDatabasePath)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Server database (as for the server)."), QStringLiteral("LOCATION"));
    const QCommandLineOption replica(QStringLiteral("replica"), QStringLiteral("Rules replica file."), QStringLiteral("FILE"));
    parser.addOptions({db, replica});
    if (!parser.parse(arguments)) {
        err << "tracelot-server: " << parser.errorText() << Qt::endl;
        return kExitConfigError;
    }
    const QStringList args = parser.positionalArguments();  // devices ACTION [ARG]
    QString location = parser.isSet(db) ? parser.value(db) : QStringLiteral("sqlite:") + defaultDatabasePath;
    if (location.startsWith(QLatin1String("sqlite:"))) location = QStringLiteral("sqlite:") + QFileInfo(location.mid(7)).absoluteFilePath();
    sync::SyncServerOptions o;
    o.replicaPath = parser.isSet(replica) ? parser.value(replica)
                    : location.startsWith(QLatin1String("sqlite:")) ? location.mid(7) + QStringLiteral(".replica")
                                                                      : QFileInfo(defaultDatabasePath).absolutePath() + QStringLiteral("/replica.sqlite");
    if (location.startsWith(QLatin1String("sqlite:"))) QDir().mkpath(QFileInfo(location.mid(7)).absolutePath());
    auto server = sync::SyncServer::open(location, o);
    if (!server) {
        err << "tracelot-server: " << server.refusal().message << Qt::endl;
        return kExitRuntimeError;
    }
    const QString action = args.value(1);
    if (action == QLatin1String("issue-code") && args.size() == 3) {
        Result<QString> code = server.value()->issueEnrolmentCode(args.at(2));
        if (!code) {
            err << "tracelot-server: " << code.refusal().message << Qt::endl;
            return kExitRuntimeError;
        }
        out << code.value() << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("revoke") && args.size() == 3) {
        if (Status s = server.value()->revokeDevice(args.at(2)); !s) {
            err << "tracelot-server: " << s.refusal().message << Qt::endl;
            return kExitRuntimeError;
        }
        out << "revoked " << args.at(2) << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("list") && args.size() == 2) {
        for (const sync::DeviceRecord &d : server.value()->store().devices())
            out << d.deviceId << '\t' << d.name << '\t' << (d.revokedAt ? "revoked" : "active") << "\tlast command " << d.highWater << Qt::endl;
        return 0;
    }
    err << "tracelot-server: usage: tracelot-server devices issue-code NAME | list | revoke DEVICE_ID [--db LOCATION]" << Qt::endl;
    return kExitConfigError;
}

}  // namespace tracelot::server

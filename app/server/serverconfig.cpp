// Parses tracelot-server's command line and optional INI config file into a ServerConfig.
#include "serverconfig.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSettings>

#include <optional>

#ifndef TRACELOT_VERSION
#error "TRACELOT_VERSION must be defined by the build (PROJECT_VERSION)"
#endif

namespace tracelot::server {

namespace {

// The keys a config file may use; each has a flag of the same name.
const QString kKeyCert = QStringLiteral("cert");
const QString kKeyKey = QStringLiteral("key");
const QString kKeyPort = QStringLiteral("port");
const QString kKeyListen = QStringLiteral("listen");
const QString kKeyDb = QStringLiteral("db");
const QString kKeyConfig = QStringLiteral("config");

StartupExit configError(const QString &message)
{
    return StartupExit{kExitConfigError, QStringLiteral("tracelot-server: ") + message};
}

// A value and the directory its relative paths are relative to.
struct Setting {
    QString value;
    QString baseDir;
    QString origin;  // "--port" or "port= in /etc/tracelot/server.ini", for error messages
};

QString absolutePath(const QString &path, const QString &baseDir)
{
    return QDir::cleanPath(QDir(baseDir).absoluteFilePath(path));
}

// Reads the [General] keys of an INI file. Unknown keys and sections are refused, so a typo
// ("cret=") is not silently ignored.
std::variant<QHash<QString, Setting>, StartupExit> readConfigFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return configError(QStringLiteral("cannot read config file %1").arg(path));

    const QString file = info.absoluteFilePath();
    QSettings settings(file, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return configError(QStringLiteral("config file %1 is not a valid INI file").arg(file));

    const QStringList known{kKeyCert, kKeyKey, kKeyPort, kKeyListen, kKeyDb};
    QHash<QString, Setting> values;
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys) {
        if (!known.contains(key)) {
            return configError(QStringLiteral("unknown key '%1' in config file %2 (known keys: %3)")
                                   .arg(key, file, known.join(QStringLiteral(", "))));
        }
        const QVariant raw = settings.value(key);
        // QSettings splits unquoted values at commas into a list: put them back together.
        const QString value = raw.userType() == QMetaType::QStringList
                                  ? raw.toStringList().join(QLatin1Char(','))
                                  : raw.toString();
        values.insert(key, Setting{value.trimmed(), info.absolutePath(),
                                   QStringLiteral("%1= in %2").arg(key, file)});
    }
    return values;
}

// Only the scheme is echoed in errors: a future database URL may carry a password.
std::variant<DatabaseLocation, StartupExit> parseDatabase(const Setting &setting)
{
    const QString sqlitePrefix = QStringLiteral("sqlite:");
    if (setting.value.startsWith(sqlitePrefix)) {
        const QString path = setting.value.mid(sqlitePrefix.size());
        if (path.isEmpty())
            return configError(QStringLiteral("%1: sqlite: needs a file path, e.g. sqlite:/var/lib/tracelot/server.sqlite")
                                   .arg(setting.origin));
        return DatabaseLocation{QStringLiteral("sqlite"), absolutePath(path, setting.baseDir)};
    }
    // PostgreSQL: a URL (postgres://user@host:port/dbname; the password from PGPASSWORD or
    // ~/.pgpass) or libpq key/value pairs ("host=... port=... dbname=... user=...").
    if (setting.value.startsWith(QLatin1String("postgres://")) || setting.value.startsWith(QLatin1String("postgresql://"))
        || setting.value.contains(QLatin1String("dbname=")))
        return DatabaseLocation{QStringLiteral("postgres"), setting.value};
    const qsizetype colon = setting.value.indexOf(QLatin1Char(':'));
    const QString scheme = colon > 0 ? setting.value.left(colon) : QStringLiteral("(none)");
    return configError(QStringLiteral("%1: unsupported database type '%2': use sqlite:PATH or postgres://user@host:port/dbname")
                           .arg(setting.origin, scheme));
}

}  // namespace

StartupConfig parseServerConfig(const QStringList &arguments, const QString &defaultDatabasePath)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Tracelot sync server. Serves HTTPS only; listens on 127.0.0.1 unless --listen is given."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption certOption(kKeyCert, QStringLiteral("Server certificate (PEM; intermediates may follow)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption keyOption(kKeyKey, QStringLiteral("Private key of the certificate (PEM, unencrypted)."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption configOption(kKeyConfig, QStringLiteral("INI file with the same keys as these flags (flags win)."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption portOption(kKeyPort, QStringLiteral("TCP port (default %1; 0 picks a free port).").arg(kDefaultPort),
                                        QStringLiteral("PORT"));
    const QCommandLineOption listenOption(kKeyListen, QStringLiteral("IP address to listen on (default 127.0.0.1)."),
                                          QStringLiteral("ADDRESS"));
    const QCommandLineOption dbOption(kKeyDb, QStringLiteral("Server database: sqlite:PATH or postgres://user@host:port/dbname (default: sqlite in the app data directory)."),
                                      QStringLiteral("sqlite:PATH"));
    const QCommandLineOption replicaOption(QStringLiteral("replica"),
                                           QStringLiteral("SQLite file of the rules replica (derived from the database; default: next to it)."),
                                           QStringLiteral("FILE"));
    parser.addOptions({certOption, keyOption, configOption, portOption, listenOption, dbOption, replicaOption});

    if (!parser.parse(arguments))
        return configError(parser.errorText() + QStringLiteral(" (see --help)"));
    if (parser.isSet(helpOption))
        return StartupExit{0, parser.helpText()};
    if (parser.isSet(versionOption))
        return StartupExit{0, QStringLiteral("tracelot-server %1").arg(serverVersion())};
    if (!parser.positionalArguments().isEmpty())
        return configError(QStringLiteral("unexpected argument '%1' (see --help)").arg(parser.positionalArguments().constFirst()));

    ServerConfig config;
    QHash<QString, Setting> fileValues;
    if (parser.isSet(configOption)) {
        auto read = readConfigFile(parser.value(configOption));
        if (auto *exit = std::get_if<StartupExit>(&read))
            return *exit;
        fileValues = std::get<QHash<QString, Setting>>(std::move(read));
        config.configFile = QFileInfo(parser.value(configOption)).absoluteFilePath();
    }

    // A flag wins over the config file; absent from both gives nullopt.
    const auto setting = [&](const QCommandLineOption &option, const QString &key) -> std::optional<Setting> {
        if (parser.isSet(option))
            return Setting{parser.value(option).trimmed(), QDir::currentPath(), QStringLiteral("--") + key};
        if (fileValues.contains(key))
            return fileValues.value(key);
        return std::nullopt;
    };

    const std::optional<Setting> cert = setting(certOption, kKeyCert);
    const std::optional<Setting> key = setting(keyOption, kKeyKey);
    const bool haveCert = cert && !cert->value.isEmpty();
    const bool haveKey = key && !key->value.isEmpty();
    if (!haveCert && !haveKey) {
        return configError(QStringLiteral(
            "no TLS certificate: start with --cert FILE --key FILE (or cert= and key= in --config FILE); the server only serves HTTPS"));
    }
    if (!haveCert)
        return configError(QStringLiteral("a private key was given but no certificate: add --cert FILE"));
    if (!haveKey)
        return configError(QStringLiteral("a certificate was given but no private key: add --key FILE"));
    config.certificatePath = absolutePath(cert->value, cert->baseDir);
    config.privateKeyPath = absolutePath(key->value, key->baseDir);

    if (const std::optional<Setting> port = setting(portOption, kKeyPort)) {
        bool ok = false;
        const uint value = port->value.toUInt(&ok);
        if (!ok || value > 65535)
            return configError(QStringLiteral("%1: invalid port '%2' (0 to 65535; 0 picks a free port)").arg(port->origin, port->value));
        config.port = static_cast<quint16>(value);
    }

    if (const std::optional<Setting> listen = setting(listenOption, kKeyListen)) {
        QHostAddress address;
        if (!address.setAddress(listen->value)) {
            return configError(QStringLiteral("%1: '%2' is not an IP address (e.g. 127.0.0.1, ::1, 0.0.0.0)")
                                   .arg(listen->origin, listen->value));
        }
        config.listenAddress = address;
    }

    if (const std::optional<Setting> db = setting(dbOption, kKeyDb)) {
        auto database = parseDatabase(*db);
        if (auto *exit = std::get_if<StartupExit>(&database))
            return *exit;
        config.database = std::get<DatabaseLocation>(std::move(database));
    } else {
        config.database = DatabaseLocation{QStringLiteral("sqlite"), QDir::cleanPath(defaultDatabasePath)};
    }
    if (const std::optional<Setting> replica = setting(replicaOption, QStringLiteral("replica")))
        config.replicaPath = absolutePath(replica->value, replica->baseDir);
    else if (config.database.driver == QLatin1String("sqlite"))
        config.replicaPath = config.database.path + QStringLiteral(".replica");
    else
        config.replicaPath = QFileInfo(defaultDatabasePath).absolutePath() + QStringLiteral("/replica.sqlite");

    return config;
}

QString serverVersion()
{
    return QStringLiteral(TRACELOT_VERSION);
}

QString serverUrl(const QHostAddress &address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(address.toString())
                             : address.toString();
    return QStringLiteral("https://%1:%2").arg(host).arg(port);
}

}  // namespace tracelot::server

#pragma once
// Start-up configuration of tracelot-server: command-line flags, optionally on top of an INI
// file given with --config FILE (same keys as the flags; flags win). Parsing never exits the
// process and never throws: the result is either a ServerConfig to run with, or a StartupExit
// (text to print and the exit code to return), so tests can check every outcome.
#include <QHostAddress>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <variant>

namespace tracelot::server {

inline constexpr quint16 kDefaultPort = 8443;
inline constexpr int kExitRuntimeError = 1;  // e.g. the port is already taken
inline constexpr int kExitConfigError = 2;   // missing or bad configuration: fix it, then restart

// Where the server keeps its data. Parsed and stored only for now: the server does not open
// it yet. Only "sqlite:PATH"; PostgreSQL arrives with the sync storage.
struct DatabaseLocation {
    QString driver;  // "sqlite" or "postgres"
    QString path;    // absolute path of the SQLite file, or the PostgreSQL URL / key=value conninfo
    // For logs: never shows a password.
    QString toString() const
    {
        if (driver == QLatin1String("sqlite")) return driver + QLatin1Char(':') + path;
        QString shown = path;
        shown.replace(QRegularExpression(QStringLiteral("(://[^:/@]*:)[^@]*@")), QStringLiteral("\\1***@"));
        shown.replace(QRegularExpression(QStringLiteral("password=\\S+")), QStringLiteral("password=***"));
        return shown;
    }
    // What tracelot::sync::ServerStore::open takes.
    QString storeLocation() const { return driver == QLatin1String("sqlite") ? QStringLiteral("sqlite:") + path : path; }
};

struct ServerConfig {
    QString certificatePath;  // PEM: the server certificate, optionally followed by intermediates
    QString privateKeyPath;   // PEM, unencrypted (RSA or EC)
    QHostAddress listenAddress{QHostAddress::LocalHost};  // loopback unless --listen says otherwise
    quint16 port = kDefaultPort;                          // 0: the system picks a free port
    DatabaseLocation database;
    QString replicaPath;  // the rules replica (SQLite), derived from the database
    QString configFile;  // absolute path, empty when --config was not given
};

// Instead of running: print `text` and exit. Exit code 0 (help, version) prints to stdout;
// anything else is an error printed to stderr as one line starting with "tracelot-server: ".
struct StartupExit {
    int exitCode = 0;
    QString text;
};

using StartupConfig = std::variant<ServerConfig, StartupExit>;

// `arguments` as QCoreApplication::arguments() gives them (program name first).
// `defaultDatabasePath` is used when neither --db nor db= is given.
// Relative paths in flags are relative to the working directory; relative paths in the
// config file are relative to the directory of the config file.
StartupConfig parseServerConfig(const QStringList &arguments, const QString &defaultDatabasePath);

// The project version (PROJECT_VERSION), e.g. "0.1.0".
QString serverVersion();

// "https://127.0.0.1:8443", "https://[::1]:8443".
QString serverUrl(const QHostAddress &address, quint16 port);

}  // namespace tracelot::server

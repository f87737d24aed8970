#pragma once
// A real PostgreSQL for tests: initdb in a temporary directory, listening on 127.0.0.1 only
// on a free port with its unix socket in that directory, stopped when the object goes.
// As root (CI), the cluster runs as the unprivileged `postgres` user through runuser.
#include <QString>
#include <QTemporaryDir>

namespace tracelot::test {

class PostgresServer {
public:
    PostgresServer() = default;
    ~PostgresServer();
    PostgresServer(const PostgresServer&) = delete;
    PostgresServer& operator=(const PostgresServer&) = delete;

    // False (with why()) when PostgreSQL is not installed or does not start.
    bool start();
    void stop();
    bool restart();  // same data directory and port, after stop() or kill()
    bool running() const { return running_; }
    // Kills the postmaster and every backend at once (SIGKILL): "the server's database died".
    void kill();
    QString location() const;  // for ServerStore::open
    QString why() const { return why_; }
    int port() const { return port_; }
    // CPU time (user + system, ms) used so far by the postmaster and its running children
    // (the backends, WAL writer, checkpointer): what the database itself costs a benchmark.
    qint64 cpuMillis() const;

private:
    bool run(const QString& program, const QStringList& args, QString* output = nullptr);
    QTemporaryDir dir_;
    QString bin_;
    QString why_;
    int port_ = 0;
    bool running_ = false;
};

}  // namespace tracelot::test

#include "pgserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QThread>
#include <unistd.h>

namespace tracelot::test {

PostgresServer::~PostgresServer() { stop(); }

bool PostgresServer::run(const QString& program, const QStringList& args, QString* output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (geteuid() == 0) {
        p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + args);
    } else {
        p.start(program, args);
    }
    if (!p.waitForFinished(120000)) {
        why_ = QStringLiteral("%1 did not finish").arg(program);
        return false;
    }
    const QString out = QString::fromLocal8Bit(p.readAll());
    if (output) *output = out;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        why_ = QStringLiteral("%1 failed: %2").arg(program, out.right(800));
        return false;
    }
    return true;
}

bool PostgresServer::start()
{
    if (running_) return true;
    const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QString& v : versions)
        if (QFile::exists(QStringLiteral("/usr/lib/postgresql/%1/bin/initdb").arg(v))) {
            bin_ = QStringLiteral("/usr/lib/postgresql/%1/bin/").arg(v);
            break;
        }
    if (bin_.isEmpty()) {
        why_ = QStringLiteral("PostgreSQL server binaries are not installed (/usr/lib/postgresql/*/bin)");
        return false;
    }
    if (!dir_.isValid()) {
        why_ = QStringLiteral("no temporary directory");
        return false;
    }
    if (geteuid() == 0) {
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), dir_.path()});
        QFile::setPermissions(dir_.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    {
        QTcpServer probe;  // a free port on loopback
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            why_ = QStringLiteral("no free port");
            return false;
        }
        port_ = probe.serverPort();
    }
    const QString data = dir_.filePath(QStringLiteral("data"));
    if (!run(bin_ + QStringLiteral("initdb"), {QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
                                               QStringLiteral("tracelot"), QStringLiteral("--no-sync"), QStringLiteral("-E"), QStringLiteral("UTF8")}))
        return false;
    return restart();
}

bool PostgresServer::restart()
{
    const QString data = dir_.filePath(QStringLiteral("data"));
    const QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c max_connections=40 -c shared_buffers=64MB").arg(port_).arg(dir_.path());
    if (!run(bin_ + QStringLiteral("pg_ctl"), {QStringLiteral("-D"), data, QStringLiteral("-o"), options, QStringLiteral("-l"),
                                               dir_.filePath(QStringLiteral("postgres.log")), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                                               QStringLiteral("start")}))
        return false;
    running_ = true;
    return true;
}

void PostgresServer::stop()
{
    if (!running_) return;
    running_ = false;
    run(bin_ + QStringLiteral("pg_ctl"), {QStringLiteral("-D"), dir_.filePath(QStringLiteral("data")), QStringLiteral("-m"), QStringLiteral("immediate"),
                                          QStringLiteral("-w"), QStringLiteral("stop")});
}

void PostgresServer::kill()
{
    stop();  // immediate mode: no checkpoint, like a crash; the next start recovers from the WAL
}

QString PostgresServer::location() const
{
    return QStringLiteral("host=127.0.0.1 port=%1 dbname=postgres user=tracelot").arg(port_);
}

qint64 PostgresServer::cpuMillis() const
{
    QFile pidFile(dir_.filePath(QStringLiteral("data/postmaster.pid")));
    if (!pidFile.open(QIODevice::ReadOnly)) return 0;
    const QByteArray postmaster = pidFile.readLine().trimmed();
    const long ticks = sysconf(_SC_CLK_TCK);
    qint64 total = 0;
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly)) continue;
        const QByteArray line = stat.readAll();
        // pid (comm) state ppid ... utime stime: fields after the closing parenthesis.
        const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (f.size() < 13) continue;
        if (entry.toLatin1() != postmaster && f[1] != postmaster) continue;
        total += f[11].toLongLong() + f[12].toLongLong();
    }
    return ticks > 0 ? total * 1000 / ticks : 0;
}

}  // namespace tracelot::test

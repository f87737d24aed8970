#include "cli.h"

#include "catalog/catalogmodule.h"
#include "common/canonicaljson.h"
#include "demo/demodata.h"
#include "eventstore/database.h"
#include "eventstore/eventstore.h"
#include "identity/identitymodule.h"
#include "identity/roles.h"
#include "inventory/gs1parser.h"
#include "pipeline/commandbus.h"
#include "synccommand.h"
#include "tracecommands.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTextStream>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace tracelot::cli {
namespace {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}
QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

const char* const kUsage = R"(Usage: tracelot-cli --db PATH <command> [options]

Commands:
  init                              create (or upgrade) the database
  user add <username> --name "Full Name" [--role ROLE]... [--password-stdin]
                                    the first user becomes the administrator;
                                    later users need --as <admin>
  user list
  user grant|revoke <username> <role> --as <admin>
  exec <Command> --json '<payload>' [--as <user>]
                                    run any command through the pipeline; prints the
                                    resulting events as JSON lines
  commands [--markdown]             list commands (the payload reference: docs/COMMANDS.md)
  events [--after N] [--limit N] [--json]
  verify                            check the audit hash chain and every projection
  rebuild [--projection NAME]       drop and rebuild projections from the event log
  demo load --as <admin>            load the demo catalog of a food importer
  trace forward|backward <lot-id, TLC or order id> [--product P] [--json]
                                    every downstream lot, shipment and customer (forward)
                                    or every source lot, receipt and supplier (backward)
  recall list|show <R-n> [--json]   recalls, scope and reconciliation
  fsma export --from D --to D [--product P]... [--tlc T]... --out FILE.csv|.xlsx
                                    the FSMA 204 sortable spreadsheet (21 CFR 1.1455)
  sync [--json]                     one full push/pull with the sync server (see
                                    sync enrol --server URL --ca FILE --code CODE,
                                    sync status, sync conflicts, sync discard N --as USER)
  scan [--json] [--separator C] <data>
                                    parse GS1 barcode data (GS1-128, DataMatrix, QR,
                                    human-readable); prints the (AI) form or JSON.
                                    Needs no database.

Signing in: --as USER (or TRACELOT_USER); the password comes from TRACELOT_PASSWORD,
from the first line of standard input with --password-stdin, or is asked for.
Exit codes: 0 done, 1 failed, 2 bad usage or malformed JSON, 3 refused.
)";

struct Args {
    QStringList positional;
    QMultiHash<QString, QString> options;
    QSet<QString> flags;

    bool has(const QString& f) const { return flags.contains(f) || options.contains(f); }
    QString value(const QString& o, const QString& def = {}) const { return options.contains(o) ? options.value(o) : def; }
};

Args parse(const QStringList& argv, const QSet<QString>& valued)
{
    Args a;
    for (qsizetype i = 0; i < argv.size(); ++i) {
        const QString& s = argv.at(i);
        if (s.startsWith(QLatin1String("--"))) {
            const QString name = s.mid(2);
            if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq > 0) a.options.insert(name.left(eq), name.mid(eq + 1));
            else if (valued.contains(name) && i + 1 < argv.size()) a.options.insert(name, argv.at(++i));
            else a.flags.insert(name);
        } else {
            a.positional << s;
        }
    }
    return a;
}

int usage(const QString& message)
{
    err() << "tracelot-cli: " << message << "\n";
    err().flush();
    return Usage;
}

int refused(const Refusal& r)
{
    err() << r.message << "\n";
    err().flush();
    return r.isUsageError() ? Usage : Refused;
}

QString readPassword(const QString& prompt, bool fromStdin)
{
    if (!fromStdin) {
        const QByteArray env = qgetenv("TRACELOT_PASSWORD");
        if (!env.isEmpty()) return QString::fromUtf8(env);
    }
    const bool tty = isatty(STDIN_FILENO) != 0;
    termios old{};
    if (tty && !fromStdin) {
        err() << prompt;
        err().flush();
        tcgetattr(STDIN_FILENO, &old);
        termios noEcho = old;
        noEcho.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &noEcho);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (tty && !fromStdin) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        err() << "\n";
    }
    return line;
}

Result<Actor> signIn(Workspace& ws, const Args& a)
{
    const QString user = a.value(QStringLiteral("as"), QString::fromUtf8(qgetenv("TRACELOT_USER")));
    if (user.isEmpty())
        return refuse(QStringLiteral("payload.no_user"), QStringLiteral("Say who you are with --as <user> (or TRACELOT_USER)."));
    const QString password = readPassword(QStringLiteral("Password for %1: ").arg(user), a.has(QStringLiteral("password-stdin")));
    return ws.directory().signIn(user, password);
}

void printEvent(const Event& e, bool json)
{
    if (json) {
        QJsonObject o = e.envelope();
        o.insert(QStringLiteral("seq"), e.seq);
        out() << QString::fromUtf8(canonicalJson(o)) << "\n";
    } else {
        out() << QStringLiteral("#%1  %2  %3  %4 v%5  by %6\n")
                     .arg(e.seq)
                     .arg(QDateTime::fromMSecsSinceEpoch(e.occurredAt, Qt::UTC).toString(Qt::ISODateWithMs), e.type, e.stream)
                     .arg(e.streamVersion)
                     .arg(e.recordedBy.isEmpty() ? QStringLiteral("(setup)") : e.recordedBy);
    }
}

int cmdUser(Workspace& ws, const Args& a)
{
    const QString sub = a.positional.value(1);
    if (sub == QLatin1String("list")) {
        for (const auto& u : ws.directory().users())
            out() << u.username << "\t" << u.displayName << "\t" << u.roles.join(QLatin1Char(',')) << (u.active ? "" : "\t(deactivated)") << "\n";
        return Ok;
    }
    if (sub == QLatin1String("add")) {
        const QString username = a.positional.value(2);
        if (username.isEmpty() || !a.options.contains(QStringLiteral("name")))
            return usage(QStringLiteral("user add <username> --name \"Full Name\" [--role ROLE]..."));
        const bool first = ws.directory().userCount() == 0;
        Actor actor;
        if (!first) {
            auto s = signIn(ws, a);
            if (!s) return refused(s.refusal());
            actor = s.value();
        }
        const QString password = readPassword(QStringLiteral("New password for %1: ").arg(username), a.has(QStringLiteral("password-stdin")) || !first);
        QJsonObject payload{{QStringLiteral("username"), username}, {QStringLiteral("display_name"), a.value(QStringLiteral("name"))},
                            {QStringLiteral("password"), password}};
        if (!first) payload.insert(QStringLiteral("roles"), QJsonArray::fromStringList(a.options.values(QStringLiteral("role"))));
        auto r = ws.execute(actor, first ? QStringLiteral("CreateFirstAdmin") : QStringLiteral("CreateUser"), payload);
        if (!r) return refused(r.refusal());
        out() << (first ? "Created the first administrator " : "Created user ") << username << "\n";
        return Ok;
    }
    if (sub == QLatin1String("grant") || sub == QLatin1String("revoke")) {
        if (a.positional.size() < 4) return usage(QStringLiteral("user %1 <username> <role> --as <admin>").arg(sub));
        auto s = signIn(ws, a);
        if (!s) return refused(s.refusal());
        auto r = ws.execute(s.value(), sub == QLatin1String("grant") ? QStringLiteral("GrantRole") : QStringLiteral("RevokeRole"),
                            {{QStringLiteral("username"), a.positional.at(2)}, {QStringLiteral("role"), a.positional.at(3)}});
        if (!r) return refused(r.refusal());
        out() << "Done.\n";
        return Ok;
    }
    return usage(QStringLiteral("user add|list|grant|revoke"));
}

int cmdExec(Workspace& ws, const Args& a)
{
    const QString name = a.positional.value(1);
    if (name.isEmpty() || !a.options.contains(QStringLiteral("json"))) return usage(QStringLiteral("exec <Command> --json '<payload>' [--as <user>]"));
    QJsonObject payload;
    QString perr;
    if (!parseJsonObject(a.value(QStringLiteral("json")).toUtf8(), &payload, &perr))
        return usage(QStringLiteral("the --json payload is not a JSON object: %1").arg(perr));
    if (!ws.commands().find(name)) return refused(refuse(QStringLiteral("command.unknown"), QStringLiteral("There is no command called %1. `tracelot-cli commands` lists them.").arg(name)));
    Actor actor;
    if (!ws.commands().find(name)->allowWithoutUser || ws.directory().userCount() > 0) {
        auto s = signIn(ws, a);
        if (!s) return refused(s.refusal());
        actor = s.value();
    }
    auto r = ws.execute(actor, name, payload);
    if (!r) return refused(r.refusal());
    for (const Event& e : r.value().events) printEvent(e, true);
    return Ok;
}

}  // namespace

int run(const QStringList& argv)
{
    // --json takes a value (the payload) only for exec; elsewhere it asks for JSON output.
    QSet<QString> valued{QStringLiteral("db"), QStringLiteral("as"), QStringLiteral("after"), QStringLiteral("limit"), QStringLiteral("name"),
                         QStringLiteral("role"), QStringLiteral("projection"), QStringLiteral("separator")};
    valued.unite(traceValuedOptions());
    valued.unite(syncValuedOptions());
    if (parse(argv, valued).positional.value(0) == QLatin1String("exec")) valued.insert(QStringLiteral("json"));
    const Args a = parse(argv, valued);
    if (a.has(QStringLiteral("help")) || a.positional.isEmpty()) {
        out() << kUsage;
        return a.positional.isEmpty() && !a.has(QStringLiteral("help")) ? Usage : Ok;
    }
    const QString command = a.positional.first();
    if (command == QLatin1String("scan")) {
        if (a.positional.size() != 2) return usage(QStringLiteral("scan [--json] [--separator C] <data>"));
        gs1::Gs1Options options;
        // The GS1 century window is relative to today: the one place the CLI reads the clock.
        options.today = QDate::currentDate();
        if (const QString sep = a.value(QStringLiteral("separator")); sep.size() == 1) options.separator = sep.at(0);
        auto parsed = gs1::parse(gs1::normaliseKeyboardInput(a.positional.at(1), options), options);
        if (!parsed) {
            err() << parsed.refusal().message << "\n";
            return Refused;
        }
        if (a.has(QStringLiteral("json"))) out() << QString::fromUtf8(canonicalJson(parsed->toJson())) << "\n";
        else out() << parsed->hri() << "\n";
        return Ok;
    }
    QString path = a.value(QStringLiteral("db"), QString::fromUtf8(qgetenv("TRACELOT_DB")));
    std::unique_ptr<QTemporaryFile> scratch;
    if (path.isEmpty()) {
        // The command reference needs no database: a throw-away one collects the specs.
        if (command != QLatin1String("commands")) return usage(QStringLiteral("say which database with --db PATH (or TRACELOT_DB)"));
        scratch = std::make_unique<QTemporaryFile>();
        scratch->open();
        path = scratch->fileName();
    }
    auto opened = Workspace::open(path);
    if (!opened) {
        err() << opened.refusal().message << "\n";
        return Failed;
    }
    Workspace& ws = *opened.value();

    if (command == QLatin1String("init")) {
        out() << "Database " << path << " is ready (schema " << ws.database().schemaVersion() << ", device " << ws.database().deviceId() << ").\n";
        if (ws.directory().userCount() == 0)
            out() << "Next: tracelot-cli --db " << path << " user add <username> --name \"Full Name\"   (becomes the administrator)\n";
        return Ok;
    }
    if (command == QLatin1String("user")) return cmdUser(ws, a);
    if (isTraceCommand(command)) return runTraceCommand(ws, a.positional, a.options, a.flags, out(), err());
    if (isSyncCommand(command)) return runSyncCommand(ws, a.positional, a.options, a.flags, out(), err());
    if (command == QLatin1String("exec")) return cmdExec(ws, a);
    if (command == QLatin1String("commands")) {
        if (a.has(QStringLiteral("markdown"))) {
            out() << ws.commands().markdown();
        } else {
            for (const CommandSpec* s : ws.commands().all()) out() << s->context << "\t" << s->name << "\t" << s->summary << "\n";
        }
        return Ok;
    }
    if (command == QLatin1String("events")) {
        const qint64 after = a.value(QStringLiteral("after"), QStringLiteral("0")).toLongLong();
        const qint64 limit = a.value(QStringLiteral("limit"), QStringLiteral("-1")).toLongLong();
        qint64 n = 0;
        ws.store().forEach(after, [&](const Event& e) {
            printEvent(e, a.has(QStringLiteral("json")));
            return limit < 0 || ++n < limit;
        });
        return Ok;
    }
    if (command == QLatin1String("verify")) {
        const AuditReport report = ws.verify();
        (report.ok() ? out() : err()) << report.text() << "\n";
        return report.ok() ? Ok : Failed;
    }
    if (command == QLatin1String("rebuild")) {
        if (Status s = ws.rebuild(a.value(QStringLiteral("projection"))); !s) return refused(s.refusal());
        out() << "Rebuilt from " << ws.store().count() << " events.\n";
        return Ok;
    }
    if (command == QLatin1String("demo") && a.positional.value(1) == QLatin1String("load")) {
        auto s = signIn(ws, a);
        if (!s) return refused(s.refusal());
        auto r = demo::load(ws, s.value());
        if (!r) return refused(r.refusal());
        out() << "Loaded " << r->suppliers << " suppliers, " << r->customers << " customers, " << r->products << " products, " << r->locations
              << " locations and " << r->lots << " lots.\n";
        return Ok;
    }
    return usage(QStringLiteral("unknown command \"%1\"; see --help").arg(command));
}

}  // namespace tracelot::cli

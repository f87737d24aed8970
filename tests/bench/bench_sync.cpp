// Benchmark: sync (issue #7).
//  1. sustained push into the server (PostgreSQL by default, started by the benchmark): the
//     server re-runs every command through the rules replica and appends the events; batches
//     of --batch commands, one group commit per batch. Events/s.            target >= 30k/s
//  2. change on workstation A visible on workstation B through the server: A runs a command
//     (durable local commit), pushes, B pulls and applies it. p50/p99.  target p99 <= 100 ms
//     (in-process server: no HTTPS hop here; the HTTPS leg is ~0.2 ms per keep-alive request,
//     see QT64.md)
//  3. initial sync of everything the server holds to a new workstation: events/s and seconds.
//                                                                       target 1M in <= 60 s
// Full size: bench_sync --commands 1000000 --samples 1000   (smoke: --commands 2000 --samples 20)
// --page N: events per pull page of the initial sync (default 10000).
// --wire: the push includes the server's JSON and gzip work (requests inflated and parsed,
//   answers encoded), as behind the HTTPS endpoint; without it requests are
//   handed over already parsed.
// --push-only: stop after the push (for profiling it: perf record / valgrind on this alone).
#include "common/clock.h"
#include "common/ids.h"
#include "eventstore/database.h"
#include "eventstore/eventstore.h"
#include "identity/identitymodule.h"
#include "pgserver.h"
#include "sync/inprocesstransport.h"
#include "sync/syncclient.h"
#include "sync/syncserver.h"
#include "workspace/workspace.h"

#include "common/gzip.h"
#include "sync/protocol.h"
#include "sync/pushbody.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace tracelot;
using namespace tracelot::sync;

namespace {
double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}
QString arg(const QStringList& a, const char* name, const QString& def)
{
    const int i = static_cast<int>(a.indexOf(QLatin1String(name)));
    return i >= 0 && i + 1 < a.size() ? a.at(i + 1) : def;
}
}  // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    const int commands = arg(a, "--commands", QStringLiteral("100000")).toInt();
    const int samples = arg(a, "--samples", QStringLiteral("300")).toInt();
    const int batch = arg(a, "--batch", QStringLiteral("1000")).toInt();
    const int page = arg(a, "--page", QStringLiteral("10000")).toInt();  // events per pull page
    const QString backend = arg(a, "--backend", QStringLiteral("postgres"));
    QTemporaryDir dir;
    test::PostgresServer pg;
    QString location = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.sqlite"));
    if (backend == QLatin1String("postgres")) {
        if (!pg.start()) {
            std::fprintf(stderr, "PostgreSQL: %s\n", qPrintable(pg.why()));
            return 1;
        }
        location = pg.location();
    }
    SyncServerOptions so;
    so.replicaPath = dir.filePath(QStringLiteral("replica.sqlite"));
    so.ids = std::make_shared<SequentialIds>(900000000000ULL);
    so.maxPullLimit = std::max(so.maxPullLimit, page);
    auto server = SyncServer::open(location, so);
    if (!server) {
        std::fprintf(stderr, "server: %s\n", qPrintable(server.refusal().message));
        return 1;
    }
    SyncServer& srv = *server.value();

    // Workstation A with an administrator, enrolled and synced.
    WorkspaceOptions wa;
    wa.ids = std::make_shared<SequentialIds>(1);
    auto A = Workspace::open(dir.filePath(QStringLiteral("a.sqlite")), wa);
    WorkspaceOptions wb;
    wb.ids = std::make_shared<SequentialIds>(500000000000ULL);
    auto B = Workspace::open(dir.filePath(QStringLiteral("b.sqlite")), wb);
    if (!A || !B) return 1;
    Workspace& wsA = *A.value();
    Workspace& wsB = *B.value();
    auto admin = wsA.execute(Actor{}, QStringLiteral("CreateFirstAdmin"),
                             {{QStringLiteral("username"), QStringLiteral("admin")}, {QStringLiteral("display_name"), QStringLiteral("Admin")},
                              {QStringLiteral("password"), QStringLiteral("correct horse battery")}});
    if (!admin) return 1;
    const Actor actor = wsA.directory().signIn(QStringLiteral("admin"), QStringLiteral("correct horse battery")).value();
    for (Workspace* ws : {&wsA, &wsB}) {
        const QString code = srv.issueEnrolmentCode(QStringLiteral("bench")).value();
        if (!srv.registerDevice(code, ws->database().deviceId(), QStringLiteral("bench"))) return 1;
    }
    InProcessTransport ta(srv, wsA.database().deviceId()), tb(srv, wsB.database().deviceId());
    SyncClient ca(wsA, ta), cb(wsB, tb);
    if (!ca.syncOnce()) return 1;

    // 1. Sustained push: DefineLocation commands from A's device, in batches, each with the
    // provisional event the workstation recorded (so the server keeps its id, as with a real
    // workstation). A second thread plays the workstation (another machine in real life): it
    // builds the batches a few ahead — with --wire all of them first, as the gzip-compressed
    // JSON bodies it sends.
    // The server's thread takes each batch and does the server's work: with --wire, inflate and
    // parse the body, then push (re-run on the replica, PostgreSQL), then encode the answer;
    // TLS and HTTP framing are not included (in-process).
    const bool wire = a.contains(QLatin1String("--wire"));
    const QString device = wsA.database().deviceId();
    const qint64 firstSeq = srv.store().device(device)->highWater, firstHead = srv.head();
    const QString recorder = actor.userId;
    struct Piece {
        PushRequest request;
        QByteArray body;  // --wire: the request as sent
    };
    std::deque<Piece> ready;
    std::mutex m;
    std::condition_variable produced, consumed;
    bool quit = false;  // the server side stopped: the workstation stops too
    std::thread workstation([&] {
        SequentialIds ids(700000000000ULL);
        qint64 seq = firstSeq;
        for (int done = 0; done < commands;) {
            Piece piece{PushRequest{device, {}}, {}};
            piece.request.commands.reserve(static_cast<size_t>(batch));
            for (int i = 0; i < batch && done < commands; ++i, ++done) {
                StoredCommand c;
                c.deviceId = device;
                c.deviceSeq = ++seq;
                c.commandId = ids.next();
                c.name = QStringLiteral("DefineLocation");
                const QString id = ids.next(), code = QStringLiteral("L-%1").arg(done), name = QStringLiteral("Rack %1").arg(done);
                c.payload = {{QStringLiteral("id"), id}, {QStringLiteral("code"), code}, {QStringLiteral("name"), name}, {QStringLiteral("type"), QStringLiteral("ambient")}};
                c.recordedBy = recorder;
                c.issuedAt = 1767225600000 + done;
                Event e;
                e.eventId = ids.next();
                e.type = QStringLiteral("location.defined");
                e.version = 1;
                e.stream = QStringLiteral("location-") + id;
                e.streamVersion = 1;
                e.occurredAt = c.issuedAt;
                e.recordedBy = recorder;
                e.deviceId = device;
                e.correlationId = e.causationId = c.commandId;
                e.payload = {{QStringLiteral("id"), id}, {QStringLiteral("code"), code}, {QStringLiteral("name"), name}, {QStringLiteral("type"), QStringLiteral("ambient")},
                             {QStringLiteral("tolerance_minutes"), 15}, {QStringLiteral("pick_sequence"), 0}, {QStringLiteral("active"), true}};
                c.provisional.push_back(std::move(e));
                piece.request.commands.push_back(std::move(c));
            }
            if (wire) {
                piece.body = gzip::compress(QJsonDocument(piece.request.toJson()).toJson(QJsonDocument::Compact), 6);
                piece.request = PushRequest{};
            }
            std::unique_lock lock(m);
            consumed.wait(lock, [&] { return quit || wire || ready.size() < 3; });
            if (quit) return;
            ready.push_back(std::move(piece));
            produced.notify_one();
        }
    });
    const auto next = [&] {
        std::unique_lock lock(m);
        produced.wait(lock, [&] { return !ready.empty(); });
        Piece piece = std::move(ready.front());
        ready.pop_front();
        consumed.notify_one();
        return piece;
    };
    const auto stopped = [&](const char* what, const QString& why) {
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(why));
        {
            std::lock_guard lock(m);
            quit = true;
        }
        consumed.notify_all();
        if (workstation.joinable()) workstation.join();
        return 1;
    };
    QElapsedTimer t;
    const auto cpuMillis = [](clockid_t clock) {
        timespec ts{};
        clock_gettime(clock, &ts);
        return static_cast<qint64>(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
    };
    const auto cpuMs = [&] { return cpuMillis(CLOCK_PROCESS_CPUTIME_ID); };
    const auto threadCpuMs = [&] { return cpuMillis(CLOCK_THREAD_CPUTIME_ID); };
    // --wire: every body is compressed before the clock starts (the workstations' work, done on
    // other machines), so the two cores here go to the server, its parsing thread and PostgreSQL.
    if (wire) workstation.join();
    const qint64 ownCpuBefore = cpuMs(), dbCpuBefore = pg.cpuMillis(), threadCpuBefore = threadCpuMs();
    t.start();
    qint64 events = 0, wireBytes = 0;
    for (int done = 0; done < commands;) {
        Piece piece = next();
        if (wire) {
            wireBytes += piece.body.size();
            std::optional<QByteArray> json = gzip::decompress(piece.body, 256LL << 20);
            if (!json) return stopped("request", QStringLiteral("not gzip"));
            // As /v1/push does: the body parsed on a second thread while its commands are re-run.
            PushBodyParser parsing(std::move(*json));
            const PushReply r = srv.push(device, parsing);
            if (!r.stoppedCode.isEmpty()) return stopped("push stopped", r.stoppedMessage);
            done += static_cast<int>(r.answers.size());
            for (const CommandAnswer& ans : r.answers) events += ans.lastSeq ? ans.lastSeq - ans.firstSeq + 1 : 0;
            wireBytes += r.toJsonBytes().size();  // as /v1/push answers
            continue;
        }
        done += static_cast<int>(piece.request.commands.size());
        const PushReply r = srv.push(device, piece.request);
        if (!r.stoppedCode.isEmpty()) return stopped("push stopped", r.stoppedMessage);
        for (const CommandAnswer& ans : r.answers) events += ans.lastSeq ? ans.lastSeq - ans.firstSeq + 1 : 0;
    }
    if (!wire) workstation.join();
    const double pushSeconds = static_cast<double>(t.nsecsElapsed()) / 1e9;
    if (events != commands || srv.head() - firstHead != commands) {
        std::fprintf(stderr, "push: %lld events answered, %lld stored, for %d commands\n", static_cast<long long>(events),
                     static_cast<long long>(srv.head() - firstHead), commands);
        return 1;
    }
    const double ownCpu = static_cast<double>(cpuMs() - ownCpuBefore) / 1e3, dbCpu = static_cast<double>(pg.cpuMillis() - dbCpuBefore) / 1e3;
    const double threadCpu = static_cast<double>(threadCpuMs() - threadCpuBefore) / 1e3;
    // A learns about its commands (they were pushed behind its back): mark them as sent.
    std::printf("sync push into %s: %lld events from %d commands in %.2f s = %.0f events/s (batches of %d, rules re-run on the replica; %s)\n",
                qPrintable(backend), static_cast<long long>(events), commands, pushSeconds, static_cast<double>(events) / pushSeconds, batch,
                wire ? qPrintable(QStringLiteral("--wire: requests inflated and parsed, answers encoded by the server, %1 MB both ways")
                                      .arg(static_cast<double>(wireBytes) / 1e6, 0, 'f', 1))
                     : "requests handed over parsed");
    // CPU seconds of the two sides: the server process (re-running the rules) and PostgreSQL.
    // They run at the same time (rows stream while later commands are re-run), so on an idle
    // machine with a core each the push takes about the larger of the two.
    std::printf("  cpu during the push: server process %.2f s (%.0f events per cpu-second; the thread re-running the commands %.2f s),"
                " PostgreSQL %.2f s%s\n",
                ownCpu, ownCpu > 0 ? static_cast<double>(events) / ownCpu : 0.0, threadCpu, dbCpu,
                backend == QLatin1String("postgres") ? "" : " (not used)");

    if (a.contains(QLatin1String("--push-only"))) return 0;

    // 3. Initial sync of everything to B (a new workstation).
    t.restart();
    Result<SyncReport> initial = cb.pull(0, page);
    if (!initial) {
        std::fprintf(stderr, "initial sync: %s\n", qPrintable(initial.refusal().message));
        return 1;
    }
    const double initialSeconds = static_cast<double>(t.nsecsElapsed()) / 1e9;
    std::printf("initial sync to a new workstation: %d events in %.2f s = %.0f events/s (pages of %d; log appended page by page, projections"
                " rebuilt once)\n",
                initial->pulled, initialSeconds, static_cast<double>(initial->pulled) / initialSeconds, page);
    if (wsB.store().lastSeq() != initial->pulled || initial->pulled != srv.head()) {
        std::fprintf(stderr, "initial sync: B holds %lld events, the server %lld\n", static_cast<long long>(wsB.store().lastSeq()),
                     static_cast<long long>(srv.head()));
        return 1;
    }

    // 2. A -> B visibility: A commits a command, pushes, B pulls and applies.
    Result<SyncReport> catchUpA = ca.pull(0, page);
    if (!catchUpA) return 1;
    std::vector<double> ms;
    for (int i = 0; i < samples; ++i) {
        t.restart();
        auto r = wsA.execute(actor, QStringLiteral("DefineLocation"), {{QStringLiteral("code"), QStringLiteral("V-%1").arg(i)},
                                                                       {QStringLiteral("name"), QStringLiteral("Bay %1").arg(i)},
                                                                       {QStringLiteral("type"), QStringLiteral("ambient")}});
        if (!r || !ca.push() || !cb.pull()) {
            std::fprintf(stderr, "visibility sample %d failed\n", i);
            return 1;
        }
        ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    std::printf("A -> B visibility through the server (in-process): p50 %.2f ms, p99 %.2f ms, max %.2f ms over %d changes\n", percentile(ms, 0.5),
                percentile(ms, 0.99), *std::max_element(ms.begin(), ms.end()), samples);
    std::printf("reproduce: bench_sync --backend %s --commands %d --samples %d --batch %d --page %d%s\n", qPrintable(backend), commands, samples, batch,
                page, wire ? " --wire" : "");
    return 0;
}

// Benchmark: durable command commits (p50/p99 latency of one command through the whole
// pipeline, WAL + synchronous=FULL on a real file) and projection rebuild rate.
// Targets (issue 2): commit p50 <= 0.5 ms, p99 <= 2 ms; rebuild >= 200k events/s.
#include "catalog/catalog.h"
#include "common/clock.h"
#include "common/ids.h"
#include "eventstore/database.h"
#include "eventstore/eventstore.h"
#include "eventstore/transaction.h"
#include "identity/identitymodule.h"
#include "pipeline/commandbus.h"
#include "projections/projections.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QDir>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace tracelot;

namespace {
double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())));
    return v[i];
}
}  // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int commits = 10000;
    int events = 300000;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--commits")) commits = args[i + 1].toInt();
        if (args[i] == QLatin1String("--events")) events = args[i + 1].toInt();
    }
    QTextStream out(stdout);
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-XXXXXX"));
    if (!dir.isValid()) {
        out << "cannot create a temporary directory here\n";
        return 1;
    }

    // --- 1. durable commits -------------------------------------------------------------
    auto opened = Workspace::open(dir.filePath(QStringLiteral("commits.sqlite")));
    if (!opened) {
        out << opened.refusal().message << "\n";
        return 1;
    }
    Workspace& ws = *opened.value();
    if (!ws.execute(Actor{}, QStringLiteral("CreateFirstAdmin"),
                    {{QStringLiteral("username"), QStringLiteral("bench")}, {QStringLiteral("display_name"), QStringLiteral("Bench")},
                     {QStringLiteral("password"), QStringLiteral("benchmark password")}})) {
        out << "setup failed\n";
        return 1;
    }
    const Actor admin = ws.directory().signIn(QStringLiteral("bench"), QStringLiteral("benchmark password")).value();
    std::vector<double> latencies;
    latencies.reserve(static_cast<size_t>(commits));
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < commits; ++i) {
        const QJsonObject payload{{QStringLiteral("code"), QStringLiteral("LOC-%1").arg(i)},
                                  {QStringLiteral("name"), QStringLiteral("Location %1").arg(i)},
                                  {QStringLiteral("type"), QStringLiteral("pick_face")},
                                  {QStringLiteral("capacity"), 1000 + i},
                                  {QStringLiteral("pick_sequence"), i}};
        QElapsedTimer t;
        t.start();
        auto r = ws.execute(admin, QStringLiteral("DefineLocation"), payload);
        latencies.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        if (!r) {
            out << "refused: " << r.refusal().message << "\n";
            return 1;
        }
    }
    const double totalMs = static_cast<double>(total.nsecsElapsed()) / 1e6;

    // --- 2. rebuild rate -----------------------------------------------------------------
    // Build a larger log quickly (one transaction, real events with a valid hash chain),
    // then time a full rebuild of every projection from it.
    auto big = Workspace::open(dir.filePath(QStringLiteral("rebuild.sqlite")));
    if (!big) return 1;
    Workspace& bw = *big.value();
    {
        Transaction tx(bw.database().sql());
        SequentialIds ids;
        QString previous;
        for (int i = 0; i < events; ++i) {
            const QString id = ids.next();
            const bool revise = i % 4 == 3;  // every fourth event revises the product defined just before
            const QString target = revise ? previous : id;
            previous = id;
            Event e;
            e.eventId = QStringLiteral("e-") + id;
            e.type = revise ? QStringLiteral("product.revised") : QStringLiteral("product.defined");
            e.stream = QStringLiteral("product-") + target;
            e.streamVersion = revise ? 2 : 1;
            e.occurredAt = 1767225600000 + i;
            e.recordedBy = QStringLiteral("bench");
            e.deviceId = bw.database().deviceId();
            e.correlationId = e.causationId = QStringLiteral("c-") + id;
            e.payload = QJsonObject{{QStringLiteral("id"), target},
                                    {QStringLiteral("active"), true},
                                    {QStringLiteral("code"), QStringLiteral("P-%1").arg(revise ? i - 1 : i)},
                                    {QStringLiteral("name"), QStringLiteral("Product %1").arg(i)},
                                    {QStringLiteral("category"), QStringLiteral("cheese")},
                                    {QStringLiteral("base_unit"), QStringLiteral("each")},
                                    {QStringLiteral("shelf_life_days"), 30},
                                    {QStringLiteral("min_shelf_life_days"), 0},
                                    {QStringLiteral("expiry_warning_days"), 7},
                                    {QStringLiteral("qc_required"), false},
                                    {QStringLiteral("traceability_list"), true},
                                    {QStringLiteral("reorder_point"), revise ? 10 : 0}};
            if (!bw.store().append(e)) return 1;
        }
        if (!tx.commit()) return 1;
    }
    QElapsedTimer rt;
    rt.start();
    double replayS = 0;
    {
        Transaction tx(bw.database().sql());
        if (Status s = bw.projections().rebuildInTransaction(); !s) {
            out << "rebuild failed: " << s.refusal().message << "\n";
            return 1;
        }
        replayS = static_cast<double>(rt.nsecsElapsed()) / 1e9;
        if (!tx.commit()) return 1;
    }
    const double rebuildS = static_cast<double>(rt.nsecsElapsed()) / 1e9;

    out << "Tracelot pipeline benchmark (real SQLite file, WAL, synchronous=FULL)\n";
    out << "reproduce: scripts/dev.sh bench   (or build/release/tests/bench/bench_pipeline --commits " << commits << " --events " << events << ")\n";
    out << QStringLiteral("durable commits: %1 in %2 s = %3 commands/s\n").arg(commits).arg(totalMs / 1000.0, 0, 'f', 2).arg(commits / (totalMs / 1000.0), 0, 'f', 0);
    out << QStringLiteral("commit latency ms: p50 %1  p90 %2  p99 %3  max %4   (target p50 <= 0.5, p99 <= 2)\n")
               .arg(percentile(latencies, 0.50), 0, 'f', 3)
               .arg(percentile(latencies, 0.90), 0, 'f', 3)
               .arg(percentile(latencies, 0.99), 0, 'f', 3)
               .arg(percentile(latencies, 1.0), 0, 'f', 3);
    out << QStringLiteral("rebuild: %1 events in %2 s = %3 events/s   (target >= 200000; replay and indexes %4 s, durable commit %5 s)\n")
               .arg(events)
               .arg(rebuildS, 0, 'f', 2)
               .arg(events / rebuildS, 0, 'f', 0)
               .arg(replayS, 0, 'f', 2)
               .arg(rebuildS - replayS, 0, 'f', 2);
    return 0;
}

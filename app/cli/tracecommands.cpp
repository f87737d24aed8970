#include "tracecommands.h"

#include "cli.h"
#include "common/canonicaljson.h"
#include "reports/traceability/fsmaxlsx.h"
#include "traceability/traceabilitymodule.h"
#include "workspace/workspace.h"
#include "eventstore/database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>

namespace tracelot::cli {
namespace {

using namespace tracelot::traceability;

int refusedWith(QTextStream& err, const Refusal& r)
{
    err << r.message << "\n";
    err.flush();
    return r.isUsageError() ? Usage : Refused;
}

int usageOf(QTextStream& err, const char* text)
{
    err << "tracelot-cli: " << text << "\n";
    err.flush();
    return Usage;
}

QString utc(qint64 ms) { return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QString(); }

int cmdTrace(Workspace& ws, const QStringList& pos, const QMultiHash<QString, QString>& options, const QSet<QString>& flags, QTextStream& out, QTextStream& err)
{
    const QString way = pos.value(1);
    if ((way != QLatin1String("forward") && way != QLatin1String("backward")) || pos.size() != 3)
        return usageOf(err, "trace forward|backward <lot-id, TLC or order id> [--product P] [--json]");
    const Direction direction = way == QLatin1String("forward") ? Direction::Forward : Direction::Backward;
    TraceQueries q(ws.database().sql());
    Result<QStringList> roots = q.startingLots(pos.at(2), options.value(QStringLiteral("product")), direction);
    if (!roots) return refusedWith(err, roots.refusal());
    const Trace t = direction == Direction::Forward ? q.forward(roots.value()) : q.backward(roots.value());
    if (flags.contains(QStringLiteral("json")) || options.contains(QStringLiteral("json"))) {
        QJsonObject o = t.toJson();
        o.insert(QStringLiteral("elapsed_us"), t.elapsedUs);
        out << QString::fromUtf8(canonicalJson(o)) << "\n";
    } else {
        out << t.text();
        out << QStringLiteral("(%1 lots, %2 shipments, %3 customers; %4 ms)\n")
                   .arg(t.lots.size())
                   .arg(t.shipments.size())
                   .arg(t.customers.size())
                   .arg(static_cast<double>(t.elapsedUs) / 1000.0, 0, 'f', 1);
    }
    return Ok;
}

int cmdFsma(Workspace& ws, const QStringList& pos, const QMultiHash<QString, QString>& options, QTextStream& out, QTextStream& err)
{
    if (pos.value(1) != QLatin1String("export") || !options.contains(QStringLiteral("out")))
        return usageOf(err, "fsma export --from YYYY-MM-DD --to YYYY-MM-DD [--product P]... [--tlc T]... --out FILE.csv|FILE.xlsx");
    FsmaFilter f;
    const QString from = options.value(QStringLiteral("from")), to = options.value(QStringLiteral("to"));
    f.from = QDate::fromString(from, Qt::ISODate);
    f.to = QDate::fromString(to, Qt::ISODate);
    if ((!from.isEmpty() && !f.from.isValid()) || (!to.isEmpty() && !f.to.isValid())) return usageOf(err, "--from and --to are dates (YYYY-MM-DD)");
    f.products = options.values(QStringLiteral("product"));
    f.tlcs = options.values(QStringLiteral("tlc"));
    QElapsedTimer timer;
    timer.start();
    auto counts = reports::exportFsmaFile(ws.database().sql(), f, options.value(QStringLiteral("out")));
    if (!counts) return refusedWith(err, counts.refusal());
    out << QStringLiteral("Wrote %1: %2 receiving, %3 shipping, %4 transformation rows in %5 s.\n")
               .arg(options.value(QStringLiteral("out")))
               .arg(counts->receiving)
               .arg(counts->shipping)
               .arg(counts->transformation)
               .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 2);
    return Ok;
}

int cmdRecall(Workspace& ws, const QStringList& pos, const QSet<QString>& flags, QTextStream& out, QTextStream& err)
{
    RecallQueries q(ws.database().sql());
    const bool json = flags.contains(QStringLiteral("json"));
    if (pos.value(1) == QLatin1String("list")) {
        for (const RecallRow& r : q.recalls()) {
            if (json) {
                out << QString::fromUtf8(canonicalJson(QJsonObject{{QStringLiteral("recall_id"), r.recallId}, {QStringLiteral("number"), r.number},
                                                                   {QStringLiteral("status"), r.status},      {QStringLiteral("class"), r.recallClass},
                                                                   {QStringLiteral("drill"), r.drill},        {QStringLiteral("customers"), r.customers},
                                                                   {QStringLiteral("unreconciled"), r.unreconciled}, {QStringLiteral("on_hold"), r.onHold}}))
                    << "\n";
            } else {
                out << r.number << "\t" << r.status << "\tclass " << r.recallClass << (r.drill ? "\tdrill" : "") << "\t" << r.customers << " customers\t"
                    << r.unreconciled << " unreconciled\t" << r.reason << "\n";
            }
        }
        return Ok;
    }
    if (pos.value(1) == QLatin1String("show") && pos.size() == 3) {
        const QString id = q.idOf(pos.at(2));
        if (id.isEmpty()) return refusedWith(err, refuse(QStringLiteral("recall.unknown"), QStringLiteral("There is no recall %1.").arg(pos.at(2))));
        const RecallState s = RecallQueries::load(ws.store(), id);
        if (json) {
            QJsonObject o = s.record();
            o.insert(QStringLiteral("status"), s.status);
            o.insert(QStringLiteral("unreconciled"), s.unreconciled());
            o.insert(QStringLiteral("on_hold"), s.onHold());
            o.insert(QStringLiteral("scope_lot_ids"), QJsonArray::fromStringList(s.scopeLots));
            out << QString::fromUtf8(canonicalJson(o)) << "\n";
            return Ok;
        }
        out << QStringLiteral("Recall %1 (class %2%3), %4\nReason: %5\nInitiated %6 by %7; scope in %8 ms; %9 lots, %10 held (%11 units)\n")
                   .arg(s.number, s.recallClass, s.drill ? QStringLiteral(", drill") : QString(), s.status, s.reason, utc(s.initiatedAtMs), s.initiatedBy)
                   .arg(s.scopeMs)
                   .arg(s.scopeLots.size())
                   .arg(s.holds.size())
                   .arg(s.onHold());
        for (const RecallLine& l : s.lines)
            out << QStringLiteral("  %1\t%2\tshipped %3 %4\treturned %5\tdestroyed %6\tunrecoverable %7\twritten off %8\tremainder %9\t%10\n")
                       .arg(l.who(), l.productName)
                       .arg(l.shipped)
                       .arg(l.unit)
                       .arg(l.returned)
                       .arg(l.destroyed)
                       .arg(l.unrecoverable)
                       .arg(l.writtenOff)
                       .arg(l.remainder())
                       .arg(s.notified(l.customerId) ? QStringLiteral("notified") : QStringLiteral("NOT NOTIFIED"));
        if (s.reportPrintedAtMs)
            out << QStringLiteral("Report printed %1: %2 s after initiation\n").arg(utc(s.reportPrintedAtMs)).arg(static_cast<double>(s.reportPrintedAtMs - s.initiatedAtMs) / 1000.0, 0, 'f', 1);
        return Ok;
    }
    return usageOf(err, "recall list [--json] | recall show <R-n> [--json]");
}

}  // namespace

bool isTraceCommand(const QString& c) { return c == QLatin1String("trace") || c == QLatin1String("fsma") || c == QLatin1String("recall"); }

QSet<QString> traceValuedOptions() { return {QStringLiteral("product"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("tlc"), QStringLiteral("out")}; }

int runTraceCommand(Workspace& ws, const QStringList& pos, const QMultiHash<QString, QString>& options, const QSet<QString>& flags, QTextStream& out, QTextStream& err)
{
    const QString c = pos.value(0);
    if (c == QLatin1String("trace")) return cmdTrace(ws, pos, options, flags, out, err);
    if (c == QLatin1String("fsma")) return cmdFsma(ws, pos, options, out, err);
    return cmdRecall(ws, pos, flags, out, err);
}

}  // namespace tracelot::cli

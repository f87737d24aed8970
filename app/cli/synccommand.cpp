#include "synccommand.h"

#include "cli.h"
#include "common/canonicaljson.h"
#include "eventstore/database.h"
#include "identity/identitymodule.h"
#include "sync/httpstransport.h"
#include "sync/syncclient.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>

namespace tracelot::cli {
namespace {
const QString kServer = QStringLiteral("sync.server_url");
const QString kCa = QStringLiteral("sync.ca_file");
const QString kSecret = QStringLiteral("sync.device_secret");

sync::HttpsSettings settingsOf(Workspace& ws)
{
    sync::HttpsSettings s;
    s.server = QUrl(ws.database().meta(kServer));
    s.caFile = ws.database().meta(kCa);
    s.deviceId = ws.database().deviceId();
    s.deviceSecret = ws.database().meta(kSecret);
    return s;
}

QString when(qint64 ms) { return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QStringLiteral("never"); }
}  // namespace

bool isSyncCommand(const QString& command) { return command == QLatin1String("sync"); }

QSet<QString> syncValuedOptions() { return {QStringLiteral("server"), QStringLiteral("ca"), QStringLiteral("code")}; }

int runSyncCommand(Workspace& ws, const QStringList& positional, const QMultiHash<QString, QString>& options, const QSet<QString>& flags,
                   QTextStream& out, QTextStream& err)
{
    const QString sub = positional.value(1);
    const bool json = flags.contains(QStringLiteral("json"));
    if (sub == QLatin1String("enrol") || sub == QLatin1String("enroll")) {
        sync::HttpsSettings s;
        s.server = QUrl(options.value(QStringLiteral("server")));
        s.caFile = options.contains(QStringLiteral("ca")) ? QFileInfo(options.value(QStringLiteral("ca"))).absoluteFilePath() : QString();
        s.deviceId = ws.database().deviceId();
        const QString code = options.value(QStringLiteral("code"));
        if (!s.server.isValid() || code.isEmpty()) {
            err << "tracelot-cli: sync enrol --server https://HOST:PORT --ca FILE --code CODE [--name NAME]\n";
            return Usage;
        }
        sync::HttpsTransport t(s);
        Result<QString> secret = t.enrol(code, options.value(QStringLiteral("name"), QStringLiteral("workstation")));
        if (!secret) {
            err << secret.refusal().message << "\n";
            return Failed;
        }
        ws.database().setMeta(kServer, s.server.toString());
        ws.database().setMeta(kCa, s.caFile);
        ws.database().setMeta(kSecret, secret.value());
        out << "Enrolled device " << s.deviceId << " with " << s.server.toString() << ".\n";
        return Ok;
    }
    sync::HttpsTransport transport(settingsOf(ws));
    sync::SyncClient client(ws, transport);
    if (sub.isEmpty()) {
        if (ws.database().meta(kServer).isEmpty()) {
            err << "This workstation is not enrolled with a sync server: tracelot-cli sync enrol --server URL --ca FILE --code CODE\n";
            return Failed;
        }
        Result<sync::SyncReport> r = client.syncOnce();
        if (!r) {
            err << r.refusal().message << "\n";
            return Failed;
        }
        const sync::SyncState st = client.state();
        if (json)
            out << QString::fromUtf8(canonicalJson(QJsonObject{{QStringLiteral("pushed"), r->pushed},
                                                               {QStringLiteral("accepted"), r->accepted},
                                                               {QStringLiteral("refused"), r->refused},
                                                               {QStringLiteral("pulled"), r->pulled},
                                                               {QStringLiteral("rebased"), r->rebased},
                                                               {QStringLiteral("rebase_refused"), r->rebaseRefused},
                                                               {QStringLiteral("cursor"), r->cursor},
                                                               {QStringLiteral("pending"), st.pending},
                                                               {QStringLiteral("conflicts"), st.conflicts}}))
                << "\n";
        else
            out << "Pushed " << r->pushed << " command(s) (" << r->accepted << " accepted), pulled " << r->pulled << " event(s); " << st.pending
                << " pending, " << st.conflicts << " conflict(s).\n";
        return Ok;
    }
    if (sub == QLatin1String("status")) {
        const sync::SyncState st = client.state();
        if (json)
            out << QString::fromUtf8(canonicalJson(QJsonObject{{QStringLiteral("server"), ws.database().meta(kServer)},
                                                               {QStringLiteral("pending"), st.pending},
                                                               {QStringLiteral("conflicts"), st.conflicts},
                                                               {QStringLiteral("parked"), st.parked},
                                                               {QStringLiteral("cursor"), st.cursor},
                                                               {QStringLiteral("last_sync_at"), st.lastSyncAt},
                                                               {QStringLiteral("last_error"), st.lastError}}))
                << "\n";
        else
            out << "server " << (ws.database().meta(kServer).isEmpty() ? QStringLiteral("(not enrolled)") : ws.database().meta(kServer)) << "\n"
                << "pending " << st.pending << ", conflicts " << st.conflicts << ", parked " << st.parked << ", last sync " << when(st.lastSyncAt)
                << (st.lastError.isEmpty() ? QString() : QStringLiteral(", last error: ") + st.lastError) << "\n";
        return Ok;
    }
    if (sub == QLatin1String("conflicts")) {
        for (const sync::Conflict& c : client.conflicts()) {
            if (json) {
                out << QString::fromUtf8(canonicalJson(QJsonObject{{QStringLiteral("device_seq"), c.deviceSeq},
                                                                   {QStringLiteral("command"), c.name},
                                                                   {QStringLiteral("payload"), c.payload},
                                                                   {QStringLiteral("recorded_by"), c.recordedByName},
                                                                   {QStringLiteral("issued_at"), c.issuedAt},
                                                                   {QStringLiteral("code"), c.code},
                                                                   {QStringLiteral("message"), c.message},
                                                                   {QStringLiteral("source"), c.source},
                                                                   {QStringLiteral("other_side"), c.otherSide}}))
                    << "\n";
                continue;
            }
            out << "#" << c.deviceSeq << " " << c.name << " by " << c.recordedByName << " at " << when(c.issuedAt) << ": " << c.message << "\n";
            for (const QJsonValue& v : c.otherSide) {
                const QJsonObject o = v.toObject();
                out << "    meanwhile " << o.value(QLatin1String("recorded_by")).toString() << " recorded " << o.value(QLatin1String("type")).toString()
                    << " at " << when(o.value(QLatin1String("occurred_at")).toInteger()) << "\n";
            }
        }
        return Ok;
    }
    if (sub == QLatin1String("discard") && positional.size() == 3) {
        const QString as = options.value(QStringLiteral("as"), QString::fromUtf8(qgetenv("TRACELOT_USER")));
        const std::optional<identity::UserRow> user = ws.directory().byUsername(as);
        if (!user) {
            err << "tracelot-cli: sync discard N --as USER\n";
            return Usage;
        }
        Actor actor{user->userId, user->username, user->displayName, {}};
        if (Status s = client.discardConflict(positional.at(2).toLongLong(), actor); !s) {
            err << s.refusal().message << "\n";
            return Failed;
        }
        out << "Discarded.\n";
        return Ok;
    }
    err << "tracelot-cli: sync [enrol|status|conflicts|discard N] (see --help)\n";
    return Usage;
}

}  // namespace tracelot::cli

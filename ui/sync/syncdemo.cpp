// A real sync conflict for the self-test (see syncdemo.h).
#include "sync/syncdemo.h"

#include "eventstore/database.h"
#include "eventstore/statement.h"
#include "sync/inprocesstransport.h"
#include "sync/syncclient.h"
#include "sync/syncserver.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>

namespace tracelot::ui::syncdemo {

Result<QString> makeConflict(Workspace& ws, const Actor& actor)
{
    QTemporaryDir dir;
    if (!dir.isValid()) return refuse(QStringLiteral("demo.tmp"), QStringLiteral("No temporary folder."));
    sync::SyncServerOptions o;
    o.replicaPath = dir.filePath(QStringLiteral("replica.sqlite"));
    auto opened = sync::SyncServer::open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.sqlite")), o);
    if (!opened) return opened.refusal();
    sync::SyncServer& server = *opened.value();
    const auto enrol = [&](Workspace& w, const QString& name) -> Status {
        Result<QString> code = server.issueEnrolmentCode(name);
        if (!code) return code.refusal();
        Result<sync::Registration> reg = server.registerDevice(code.value(), w.database().deviceId(), name);
        if (!reg) return reg.refusal();
        return ok();
    };
    if (Status s = enrol(ws, QStringLiteral("This workstation")); !s) return s.refusal();
    sync::InProcessTransport ta(server, ws.database().deviceId());
    sync::SyncClient a(ws, ta);
    if (Result<sync::SyncReport> r = a.syncOnce(); !r) return r.refusal();

    auto otherWs = Workspace::open(dir.filePath(QStringLiteral("other.sqlite")));
    if (!otherWs) return otherWs.refusal();
    Workspace& other = *otherWs.value();
    if (Status s = enrol(other, QStringLiteral("Quality office")); !s) return s.refusal();
    sync::InProcessTransport tb(server, other.database().deviceId());
    sync::SyncClient b(other, tb);
    if (Result<sync::SyncReport> r = b.syncOnce(); !r) return r.refusal();

    // Here: move one unit of a cold-room lot to another cold room (the first move the rules accept).
    QList<QPair<QString, QString>> stock;
    QStringList coldRooms;
    {
        sql::Statement q(ws.database().sql(), QStringLiteral("SELECT s.lot_id, s.location_id FROM inventory_stock s JOIN catalog_locations c ON c.id = s.location_id"
                                                             " WHERE json_extract(c.record, '$.type') = 'cold_room' AND s.quantity > 1 ORDER BY s.lot_id"));
        while (q.step()) stock << qMakePair(q.text(0), q.text(1));
        sql::Statement l(ws.database().sql(), QStringLiteral("SELECT id FROM catalog_locations WHERE json_extract(record, '$.type') = 'cold_room' ORDER BY id"));
        while (l.step()) coldRooms << l.text(0);
    }
    QString lot;
    for (const auto& [lotId, from] : stock) {
        for (const QString& to : coldRooms) {
            if (to == from) continue;
            if (ws.execute(actor, QStringLiteral("MoveStock"), {{QStringLiteral("lot_id"), lotId}, {QStringLiteral("from_location_id"), from},
                                                                 {QStringLiteral("to_location_id"), to}, {QStringLiteral("quantity"), 1}}))
                lot = lotId;
            if (!lot.isEmpty()) break;
        }
        if (!lot.isEmpty()) break;
    }
    if (lot.isEmpty()) return refuse(QStringLiteral("demo.no_move"), QStringLiteral("No lot could be moved between cold rooms."));

    // There, meanwhile: the same lot goes on hold, and that reaches the server first.
    if (Result<Outcome> r = other.execute(actor, QStringLiteral("PlaceHold"), {{QStringLiteral("lot_id"), lot},
                                                                                 {QStringLiteral("reason"), QStringLiteral("Swab positive for Listeria in cold room")}});
        !r)
        return r.refusal();
    if (Result<sync::SyncReport> r = b.syncOnce(); !r) return r.refusal();
    Result<sync::SyncReport> r = a.syncOnce();
    if (!r) return r.refusal();
    if (a.state().conflicts == 0) return refuse(QStringLiteral("demo.no_conflict"), QStringLiteral("The server accepted the move."));
    return lot;
}

}  // namespace tracelot::ui::syncdemo

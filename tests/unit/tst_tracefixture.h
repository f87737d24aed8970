#pragma once
// A hand-built genealogy for traceability tests (real commands for lots, contract-shaped
// order.shipped / return.received events appended to the real log until ShipOrder exists):
//
//   A  cheese 100 (TLC FRA-001, supplier A) ─split 30→ A1 ─split 10→ A2
//   A ─20─┐
//   B ─20─┴─merge→ M (cheese 40, new TLC) ─repack 10→ R (greens)
//   B  cheese 50 (TLC FRA-002, supplier A)
//   S  salmon 5000 g (TLC NOR-77, supplier B)
//
//   O1 → Deli Corner: A2 ×5 (line 1), M ×8 (line 2)     O2 → Deli Corner again: A2 ×3
//   O3 → Bistro Nord: B ×10                              O4 → Market Hall: S ×1000 g
//   X1: Deli Corner returns 2 of M from O1
#include "catalog/catalog.h"
#include "catalog/catalogmodule.h"
#include "eventstore/eventstore.h"
#include "inventory/inventory.h"
#include "eventstore/transaction.h"
#include "inventoryfixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

namespace tracelot::test {

struct Genealogy : Warehouse {
    Actor coordinator;
    QString deli, bistro, market;  // customer ids
    QString a, a1, a2, b, m, r, s;  // lot ids
    QString o1 = QStringLiteral("order-0001"), o2 = QStringLiteral("order-0002"), o3 = QStringLiteral("order-0003"), o4 = QStringLiteral("order-0004");

    QString customer(const char* code, const char* name)
    {
        auto res = ws->execute(admin, QStringLiteral("RegisterCustomer"),
                               {{QStringLiteral("code"), QLatin1String(code)}, {QStringLiteral("name"), QLatin1String(name)},
                                {QStringLiteral("country"), QStringLiteral("US")}, {QStringLiteral("address"), QStringLiteral("1 Main St, Springfield")},
                                {QStringLiteral("phone"), QStringLiteral("+1 555 0100")}});
        if (!res) qWarning("RegisterCustomer refused: %s", qPrintable(res.refusal().message));
        return id(res);
    }

    // Appends events as another context's command would (one transaction, projections updated).
    bool append(const NewEvents& events)
    {
        Transaction tx(ws->database().sql());
        Events done;
        for (const NewEvent& n : events) {
            Event e;
            e.eventId = ws->ids().next();
            e.type = n.type;
            e.stream = n.stream;
            e.streamVersion = ws->store().streamVersion(n.stream) + 1;
            e.occurredAt = clock->nowMs();
            e.recordedBy = manager.userId;
            e.deviceId = QStringLiteral("test");
            e.correlationId = e.causationId = ws->ids().next();
            e.payload = n.payload;
            Result<Event> stored = ws->store().append(e);
            if (!stored) return false;
            done.push_back(stored.value());
        }
        if (!ws->projections().apply(done)) return false;
        return tx.commit();
    }

    struct Line {
        QString lotId;
        qint64 quantity;
    };
    bool ship(const QString& orderId, const QString& customerId, const QDate& day, const QList<Line>& lines)
    {
        QJsonArray ls;
        int no = 0;
        for (const Line& l : lines) {
            const inventory::LotState lot = inventory::fold(ws->store().readStream(inventory::lotStream(l.lotId)));
            const auto product = catalog::CatalogQueries(ws->database().sql()).byId(catalog::Kind::Product, lot.productId);
            ls.append(QJsonObject{{QStringLiteral("line_no"), ++no},
                                  {QStringLiteral("lot_id"), l.lotId},
                                  {QStringLiteral("product_id"), lot.productId},
                                  {QStringLiteral("product_description"), product ? product->value(QLatin1String("name")).toString() : QString()},
                                  {QStringLiteral("tlc"), lot.tlc},
                                  {QStringLiteral("tlc_source"), QStringLiteral("Fromagerie A, 1 rue A, Morez")},
                                  {QStringLiteral("tlc_source_reference"), QStringLiteral("GLN 3061234000027")},
                                  {QStringLiteral("quantity"), l.quantity},
                                  {QStringLiteral("unit"), lot.unit},
                                  {QStringLiteral("location_id"), cold}});
        }
        return append({{QStringLiteral("order.shipped"), QStringLiteral("order-") + orderId,
                         {{QStringLiteral("order_id"), orderId},
                          {QStringLiteral("customer_id"), customerId},
                          {QStringLiteral("ship_date"), day.toString(Qt::ISODate)},
                          {QStringLiteral("shipped_at_ms"), QDateTime(day, QTime(14, 0), Qt::UTC).toMSecsSinceEpoch()},
                          {QStringLiteral("carrier"), QStringLiteral("CoolFreight")},
                          {QStringLiteral("tracking"), QStringLiteral("CF-") + orderId},
                          {QStringLiteral("reference_document_type"), QStringLiteral("bill_of_lading")},
                          {QStringLiteral("reference_document"), QStringLiteral("BOL-") + orderId},
                          {QStringLiteral("ship_from_location_description"), QStringLiteral("Tracelot Fine Foods, 250 Doremus Ave, Newark, NJ 07105, USA")},
                          {QStringLiteral("ship_to_location_description"), QStringLiteral("Customer dock, 1 Main St, Springfield")},
                          {QStringLiteral("lines"), ls}}}});
    }

    bool receiveReturn(const QString& returnId, const QString& orderId, const QString& customerId, const QString& lotId, qint64 quantity)
    {
        const inventory::LotState lot = inventory::fold(ws->store().readStream(inventory::lotStream(lotId)));
        return append({{QStringLiteral("return.received"), QStringLiteral("return-") + returnId,
                         {{QStringLiteral("return_id"), returnId},
                          {QStringLiteral("order_id"), orderId},
                          {QStringLiteral("customer_id"), customerId},
                          {QStringLiteral("location_id"), quarantine},
                          {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("line_no"), 1},
                                                                           {QStringLiteral("lot_id"), lotId},
                                                                           {QStringLiteral("product_id"), lot.productId},
                                                                           {QStringLiteral("quantity"), quantity},
                                                                           {QStringLiteral("unit"), lot.unit}}}}}}});
    }

    QString split(const QString& lot, qint64 quantity)
    {
        clock->advance(60'000);
        return id(run(QStringLiteral("SplitLot"), {{QStringLiteral("lot_id"), lot}, {QStringLiteral("location_id"), cold}, {QStringLiteral("quantity"), quantity}}),
                  "new_lot_id");
    }

    QString transform(const char* kind, const QString& product, qint64 outQty, const QList<Line>& inputs)
    {
        clock->advance(60'000);
        QJsonArray in;
        for (const Line& l : inputs) in.append(QJsonObject{{QStringLiteral("lot_id"), l.lotId}, {QStringLiteral("location_id"), cold}, {QStringLiteral("quantity"), l.quantity}});
        auto res = run(QStringLiteral("TransformLots"), {{QStringLiteral("kind"), QLatin1String(kind)},
                                                         {QStringLiteral("inputs"), in},
                                                         {QStringLiteral("output_product_id"), product},
                                                         {QStringLiteral("output_quantity"), outQty},
                                                         {QStringLiteral("output_location_id"), cold},
                                                         {QStringLiteral("transformed_on"), QStringLiteral("2026-01-05")},
                                                         {QStringLiteral("reference_document_type"), QStringLiteral("work_order")},
                                                         {QStringLiteral("reference_document_number"), QStringLiteral("WO-9")}});
        if (!res) qWarning("TransformLots refused: %s", qPrintable(res.refusal().message));
        return res ? res->events.back().payload.value(QLatin1String("lot_id")).toString() : QString();
    }

    bool build()
    {
        clock->set(QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch());
        if (!setUp()) return false;
        coordinator = user(QStringLiteral("rita"), {QStringLiteral("recall_coordinator")});
        deli = customer("CUS-DELI", "Deli Corner");
        bistro = customer("CUS-BIST", "Bistro Nord");
        market = customer("CUS-MKT", "Market Hall");
        const QDate expiry(2026, 3, 1);
        a = receive(cheese, 100, cold, expiry, QStringLiteral("FRA-001"));
        b = receive(cheese, 50, cold, expiry, QStringLiteral("FRA-002"));
        s = receive(salmon, 5000, dock, QDate(2026, 1, 20), QStringLiteral("NOR-77"), supplierB);
        a1 = split(a, 30);
        a2 = split(a1, 10);
        m = transform("merge", cheese, 40, {{a, 20}, {b, 20}});
        r = transform("repack", greens, 4, {{m, 10}});
        if (deli.isEmpty() || bistro.isEmpty() || market.isEmpty() || a.isEmpty() || b.isEmpty() || s.isEmpty() || a1.isEmpty() || a2.isEmpty() || m.isEmpty() || r.isEmpty()) return false;
        clock->advance(3'600'000);
        return ship(o1, deli, QDate(2026, 1, 10), {{a2, 5}, {m, 8}}) && ship(o2, deli, QDate(2026, 1, 12), {{a2, 3}})
               && ship(o3, bistro, QDate(2026, 1, 12), {{b, 10}}) && ship(o4, market, QDate(2026, 1, 13), {{s, 1000}})
               && receiveReturn(QStringLiteral("return-0001"), o1, deli, m, 2);
    }
};

}  // namespace tracelot::test

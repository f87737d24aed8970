#include "demo/demodata.h"

#include "catalog/catalogmodule.h"
#include "common/clock.h"
#include "common/ids.h"
#include "identity/identitymodule.h"
#include "identity/roles.h"
#include "orders/ordersmodule.h"
#include "common/gs1.h"
#include "eventstore/database.h"
#include "pipeline/commandbus.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <cmath>
#include <QJsonObject>

namespace tracelot::demo {
namespace {

// GS1 example company prefix 0614141 (used in GS1's own documentation): not a real brand.
QString gtin(const char* first13)
{
    const QString base = QLatin1String(first13);
    return base + QString::number(gs1::checkDigit(base));
}

QString gln(const char* first12)
{
    const QString base = QLatin1String(first12);
    return base + QString::number(gs1::checkDigit(base));
}

struct Loader {
    Workspace& ws;
    const Actor& admin;
    Summary summary;
    Refusal failure;
    bool failed = false;

    void run(const QString& command, const QJsonObject& payload, int& counter)
    {
        if (failed) return;
        auto r = ws.execute(admin, command, payload);
        if (!r) {
            failed = true;
            failure = r.refusal();
            failure.message = QStringLiteral("Demo data: %1 %2 was refused: %3").arg(command, payload.value(QLatin1String("code")).toString(), failure.message);
            return;
        }
        ++counter;
    }
};

}  // namespace

Result<Summary> load(Workspace& ws, const Actor& admin)
{
    catalog::CatalogQueries q(ws.database().sql());
    for (const auto& k : catalog::kinds())
        if (q.count(k.kind) > 0)
            return refuse(QStringLiteral("demo.not_empty"), QStringLiteral("Demo data is only loaded into an empty catalog."));

    Loader l{ws, admin, {}, {}, false};
    // Receiving the demo stock needs a warehouse role: the administrator who asked for the
    // demo data gets it, as an ordinary, audited role.granted event (no demo user with a
    // known password is ever created).
    int granted = 0;
    if (!ws.directory().rolesOf(admin.userId).contains(role::WarehouseManager))
        l.run(QStringLiteral("GrantRole"), {{QStringLiteral("user_id"), admin.userId}, {QStringLiteral("role"), role::WarehouseManager}}, granted);
    const auto supplier = [&](const char* code, const char* name, const char* country, const char* address, const char* phone, QString glnValue,
                              const char* fda) {
        QJsonObject o{{QStringLiteral("code"), QLatin1String(code)}, {QStringLiteral("name"), QString::fromUtf8(name)},
                      {QStringLiteral("country"), QLatin1String(country)}, {QStringLiteral("address"), QString::fromUtf8(address)},
                      {QStringLiteral("phone"), QLatin1String(phone)}};
        if (!glnValue.isEmpty()) o.insert(QStringLiteral("gln"), glnValue);
        if (fda && *fda) o.insert(QStringLiteral("fda_registration"), QLatin1String(fda));
        l.run(QStringLiteral("RegisterSupplier"), o, l.summary.suppliers);
    };
    supplier("SUP-NO-01", "Ålesund Havfisk AS", "NO", "Skansekaia 4, 6002 Ålesund, Norway", "+47 70 10 20 30", gln("706123400001"), "12345678901");
    supplier("SUP-FR-01", "Fromagerie du Haut-Jura", "FR", "12 rue des Fruitières, 39400 Morez, France", "+33 3 84 33 10 10", gln("306123400002"), "");
    supplier("SUP-IT-01", "Caseificio Val Padana S.r.l.", "IT", "Via Emilia 221, 43121 Parma, Italy", "+39 0521 123 456", QString(), "23456789012");
    supplier("SUP-MX-01", "Huerta Verde Baja S.A. de C.V.", "MX", "Carretera Transpeninsular km 42, 22930 San Quintín, B.C., Mexico", "+52 616 165 0101",
             gln("750123400003"), "34567890123");
    supplier("SUP-NL-01", "Kruidenkwekerij Westland B.V.", "NL", "Naaldwijkseweg 88, 2691 RC 's-Gravenzande, Netherlands", "+31 174 41 22 00", QString(), "");
    supplier("SUP-VN-01", "Mekong Frozen Foods JSC", "VN", "Lot C2, Tra Noc Industrial Zone, Can Tho, Vietnam", "+84 292 384 1234", gln("893123400004"),
             "45678901234");
    supplier("SUP-ES-01", "Quesería La Mancha S.L.", "ES", "Calle Mayor 7, 13700 Tomelloso, Ciudad Real, Spain", "+34 926 50 11 22", QString(), "");

    const auto customer = [&](const char* code, const char* name, const char* address, const char* phone, int minDays) {
        l.run(QStringLiteral("RegisterCustomer"),
              {{QStringLiteral("code"), QLatin1String(code)}, {QStringLiteral("name"), QString::fromUtf8(name)},
               {QStringLiteral("country"), QStringLiteral("US")}, {QStringLiteral("address"), QString::fromUtf8(address)},
               {QStringLiteral("phone"), QLatin1String(phone)}, {QStringLiteral("min_shelf_life_days"), minDays}},
              l.summary.customers);
    };
    customer("CUS-0001", "Harbor Street Bistro", "41 Harbor St, Boston, MA 02210", "+1 617 555 0141", 3);
    customer("CUS-0002", "Greenleaf Market Co-op", "1200 Spring Garden St, Philadelphia, PA 19123", "+1 215 555 0112", 5);
    customer("CUS-0003", "Union Square Provisions", "33 E 17th St, New York, NY 10003", "+1 212 555 0133", 4);
    customer("CUS-0004", "Chesapeake Catering Co.", "900 S Caroline St, Baltimore, MD 21231", "+1 410 555 0190", 2);
    customer("CUS-0005", "Hudson Valley Grocers", "18 Market St, Poughkeepsie, NY 12601", "+1 845 555 0175", 7);
    customer("CUS-0006", "The Fishmonger's Table", "210 Ferry St, Newark, NJ 07105", "+1 973 555 0166", 2);

    const auto product = [&](const char* code, const char* name, QString gtinValue, const char* category, const char* unit, int shelf, int minShelf,
                             const char* tmin, const char* tmax, bool qc, bool ftl, int reorder) {
        QJsonObject o{{QStringLiteral("code"), QLatin1String(code)},     {QStringLiteral("name"), QString::fromUtf8(name)},
                      {QStringLiteral("category"), QLatin1String(category)}, {QStringLiteral("base_unit"), QLatin1String(unit)},
                      {QStringLiteral("shelf_life_days"), shelf},        {QStringLiteral("min_shelf_life_days"), minShelf},
                      {QStringLiteral("expiry_warning_days"), std::min(7, shelf / 2)},
                      {QStringLiteral("qc_required"), qc},               {QStringLiteral("traceability_list"), ftl},
                      {QStringLiteral("reorder_point"), reorder}};
        if (!gtinValue.isEmpty()) o.insert(QStringLiteral("gtin"), gtinValue);
        if (tmin) o.insert(QStringLiteral("storage_min_c"), QLatin1String(tmin));
        if (tmax) o.insert(QStringLiteral("storage_max_c"), QLatin1String(tmax));
        l.run(QStringLiteral("DefineProduct"), o, l.summary.products);
    };
    product("CHE-COMTE-18", "Comté AOP 18 months, 2 kg piece", gtin("0061414100001"), "cheese", "each", 120, 30, "2.0", "6.0", false, false, 40);
    product("CHE-BRIE-1K", "Brie de Meaux AOP, 1 kg wheel", gtin("0061414100002"), "cheese", "each", 45, 10, "2.0", "6.0", false, true, 30);
    product("CHE-MOZZ-125", "Mozzarella di Bufala Campana, 125 g", gtin("0061414100003"), "cheese", "each", 21, 7, "2.0", "4.0", true, true, 200);
    product("CHE-MANCH-12", "Manchego DOP 12 months, 3 kg wheel", gtin("0061414100004"), "cheese", "each", 180, 45, "4.0", "8.0", false, false, 20);
    product("FSH-SALMON-F", "Atlantic salmon fillet, fresh, skin on", gtin("0061414100005"), "fish", "g", 7, 3, "0.0", "2.0", true, true, 50000);
    product("FSH-COD-LOIN", "Skrei cod loin, fresh", gtin("0061414100006"), "fish", "g", 6, 3, "0.0", "2.0", true, true, 30000);
    product("FSH-SMOKED-200", "Cold-smoked salmon, sliced, 200 g", gtin("0061414100007"), "fish", "each", 28, 10, "0.0", "4.0", false, true, 150);
    product("SEA-SHRIMP-31", "Vannamei shrimp 31/40, frozen, 1 kg bag", gtin("0061414100008"), "seafood", "each", 540, 90, "-25.0", "-18.0", false, true, 300);
    product("LGR-ROMAINE-12", "Romaine hearts, case of 12", gtin("0061414100009"), "leafy_greens", "case", 14, 5, "1.0", "4.0", true, true, 60);
    product("LGR-SPINACH-1K", "Baby spinach, 1 kg", gtin("0061414100010"), "leafy_greens", "each", 10, 4, "1.0", "4.0", true, true, 80);
    product("HRB-BASIL-100", "Genovese basil, 100 g", gtin("0061414100011"), "herbs", "each", 7, 3, "10.0", "12.0", false, true, 120);
    product("HRB-CILANTRO", "Cilantro, bunch", QString(), "herbs", "each", 10, 4, "1.0", "4.0", false, true, 150);
    product("FRZ-EDAMAME-500", "Edamame in pods, frozen, 500 g", gtin("0061414100012"), "frozen", "each", 365, 60, "-25.0", "-18.0", false, false, 200);

    const auto location = [&](const char* code, const char* name, const char* type, QJsonValue capacity, const char* tmin, const char* tmax, int tolerance,
                              int seq) {
        QJsonObject o{{QStringLiteral("code"), QLatin1String(code)},  {QStringLiteral("name"), QString::fromUtf8(name)},
                      {QStringLiteral("type"), QLatin1String(type)},  {QStringLiteral("tolerance_minutes"), tolerance},
                      {QStringLiteral("pick_sequence"), seq}};
        if (!capacity.isNull()) o.insert(QStringLiteral("capacity"), capacity);
        if (tmin) o.insert(QStringLiteral("temp_min_c"), QLatin1String(tmin));
        if (tmax) o.insert(QStringLiteral("temp_max_c"), QLatin1String(tmax));
        l.run(QStringLiteral("DefineLocation"), o, l.summary.locations);
    };
    location("DOCK-01", "Receiving dock 1", "dock", QJsonValue(), nullptr, nullptr, 15, 0);
    location("DOCK-02", "Shipping dock 2", "dock", QJsonValue(), nullptr, nullptr, 15, 900);
    location("CR-01", "Cold room 1 – dairy", "cold_room", 400000, "2.0", "6.0", 30, 100);
    location("CR-02", "Cold room 2 – fish and greens", "cold_room", 600000, "0.0", "4.0", 15, 200);
    location("FRZ-01", "Freezer 1", "freezer", 20000, "-25.0", "-18.0", 30, 300);
    location("AMB-01", "Ambient dry store", "ambient", 10000, nullptr, nullptr, 60, 400);
    location("QUAR-01", "Quarantine cage (chilled)", "quarantine", 50000, "0.0", "6.0", 30, 950);
    location("PF-A01", "Pick face A01 – cheese", "pick_face", 2000, "2.0", "6.0", 30, 110);
    location("PF-A02", "Pick face A02 – fish", "pick_face", 100000, "0.0", "4.0", 15, 210);
    location("PF-A03", "Pick face A03 – greens and herbs", "pick_face", 3000, "0.0", "4.0", 15, 220);

    // This site (the TLC source of lot codes Tracelot assigns).
    int siteCount = 0;
    l.run(QStringLiteral("DescribeSite"),
          {{QStringLiteral("name"), QStringLiteral("Tracelot Fine Foods Import LLC")},
           {QStringLiteral("address"), QStringLiteral("250 Doremus Ave, Newark, NJ 07105, USA")},
           {QStringLiteral("phone"), QStringLiteral("+1 973 555 0100")},
           {QStringLiteral("gln"), gln("061414100099")}},
          siteCount);

    // Stock: lots received over the last weeks, dated relative to today so the expiry board
    // shows every bucket (one expired lot waits in quarantine to be written off).
    const QDate today = QDateTime::fromMSecsSinceEpoch(ws.clock().nowMs()).date();
    catalog::CatalogQueries cq(ws.database().sql());
    const auto idOf = [&](catalog::Kind k, const char* code) {
        const auto row = cq.byCode(k, QLatin1String(code));
        return row ? row->value(QLatin1String("id")).toString() : QString();
    };
    int po = 4100;
    const auto lot = [&](const char* productCode, const char* supplierCode, const char* locationCode, qint64 quantity, int receivedDaysAgo,
                         int expiresInDays, const char* tlc) {
        QJsonObject o{{QStringLiteral("product_id"), idOf(catalog::Kind::Product, productCode)},
                      {QStringLiteral("supplier_id"), idOf(catalog::Kind::Supplier, supplierCode)},
                      {QStringLiteral("location_id"), idOf(catalog::Kind::Location, locationCode)},
                      {QStringLiteral("quantity"), quantity},
                      {QStringLiteral("received_on"), today.addDays(-receivedDaysAgo).toString(Qt::ISODate)},
                      {QStringLiteral("expiry"), today.addDays(expiresInDays).toString(Qt::ISODate)},
                      {QStringLiteral("reference_document_type"), QStringLiteral("po")},
                      {QStringLiteral("reference_document_number"), QStringLiteral("PO-%1").arg(po++)},
                      {QStringLiteral("temperature_c"), QStringLiteral("3.1")}};
        if (tlc && *tlc) o.insert(QStringLiteral("tlc"), QLatin1String(tlc));
        l.run(QStringLiteral("ReceiveLot"), o, l.summary.lots);
    };
    lot("CHE-COMTE-18", "SUP-FR-01", "CR-01", 120, 20, 95, "FJ24-1187");
    lot("CHE-COMTE-18", "SUP-FR-01", "PF-A01", 24, 34, 80, "FJ24-1102");
    lot("CHE-BRIE-1K", "SUP-FR-01", "CR-01", 60, 12, 28, "BM-2611-07");
    lot("CHE-BRIE-1K", "SUP-FR-01", "PF-A01", 18, 30, 6, "BM-2610-22");
    lot("CHE-MOZZ-125", "SUP-IT-01", "CR-01", 480, 4, 15, "VP261118A");
    lot("CHE-MOZZ-125", "SUP-IT-01", "PF-A01", 96, 9, 4, "VP261113B");
    lot("CHE-MANCH-12", "SUP-ES-01", "CR-01", 40, 15, 160, "QLM-0412");
    lot("FSH-SALMON-F", "SUP-NO-01", "CR-02", 48000, 2, 5, "AH-47-2611-A");
    lot("FSH-SALMON-F", "SUP-NO-01", "PF-A02", 12000, 3, 4, "AH-47-2611-B");
    lot("FSH-COD-LOIN", "SUP-NO-01", "CR-02", 30000, 1, 5, "AH-12-2611");
    lot("FSH-SMOKED-200", "SUP-NO-01", "CR-02", 300, 6, 22, "AH-SM-0933");
    lot("SEA-SHRIMP-31", "SUP-VN-01", "FRZ-01", 800, 40, 500, "MFF-V3140-882");
    lot("SEA-SHRIMP-31", "SUP-VN-01", "FRZ-01", 600, 70, 470, "MFF-V3140-871");
    lot("LGR-ROMAINE-12", "SUP-MX-01", "CR-02", 90, 3, 9, "HVB-R-4471");
    lot("LGR-ROMAINE-12", "SUP-MX-01", "PF-A03", 20, 6, 6, "HVB-R-4460");
    lot("LGR-SPINACH-1K", "SUP-MX-01", "CR-02", 120, 2, 7, "");
    lot("HRB-BASIL-100", "SUP-NL-01", "PF-A03", 150, 2, 5, "KW-B-1121");
    lot("HRB-CILANTRO", "SUP-MX-01", "PF-A03", 200, 3, 6, "");
    lot("FRZ-EDAMAME-500", "SUP-VN-01", "FRZ-01", 400, 25, 340, "MFF-E500-115");
    lot("CHE-MOZZ-125", "SUP-IT-01", "QUAR-01", 36, 25, -3, "VP261028C");  // expired, waiting to be written off

    // A week of data-logger readings (every 5 minutes) for the cold rooms and the freezer,
    // all within range except one door left open in cold room 1 — a peak shorter than the
    // location's tolerance, so no excursion (the cold-chain page shows it).
    const qint64 nowMs = ws.clock().nowMs();
    const qint64 end = nowMs - nowMs % 300000;
    const auto readings = [&](const char* locationCode, double base, double swing, int blipAt, double blip) {
        QString csv = QStringLiteral("Timestamp,Temperature (°C)\n");
        const int n = 7 * 24 * 12;
        for (int i = 0; i <= n; ++i) {
            const qint64 at = end - qint64(n - i) * 300000;
            // A compressor cycle of about two hours plus a daily swing, in tenths of a degree.
            const double t = i == blipAt ? blip : base + swing * std::sin(i * 0.26) + swing * 0.5 * std::sin(i * 0.0218);
            csv += QStringLiteral("%1,%2\n").arg(QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODate)).arg(t, 0, 'f', 1);
        }
        int imported = 0;
        l.run(QStringLiteral("RecordTemperatures"),
              {{QStringLiteral("location_id"), idOf(catalog::Kind::Location, locationCode)},
               {QStringLiteral("csv"), csv},
               {QStringLiteral("file_name"), QStringLiteral("%1-week.csv").arg(QLatin1String(locationCode))}},
              imported);
    };
    readings("CR-01", 4.0, 0.8, 7 * 24 * 12 - 300, 7.2);
    readings("CR-02", 2.0, 0.6, -1, 0);
    readings("FRZ-01", -21.5, 1.2, -1, 0);

    // A living order book (issue 5): orders in each state of their life, and one return.
    // Placed, confirmed and allocated through the same commands as the desktop; picks by lot.
    int orderSteps = 0;
    const auto order = [&](const char* customerCode, const QList<QPair<const char*, int>>& lines, int shipInDays, const char* reference) {
        QJsonArray ls;
        for (const auto& [productCode, quantity] : lines) ls.append(QJsonObject{{QStringLiteral("product_code"), QLatin1String(productCode)}, {QStringLiteral("quantity"), quantity}});
        const QString orderId = ws.ids().next();
        QJsonObject o{{QStringLiteral("order_id"), orderId}, {QStringLiteral("customer_code"), QLatin1String(customerCode)}, {QStringLiteral("lines"), ls},
                      {QStringLiteral("requested_ship_date"), QDateTime::fromMSecsSinceEpoch(ws.clock().nowMs(), Qt::UTC).date().addDays(shipInDays).toString(Qt::ISODate)}};
        if (qstrlen(reference) > 0) o.insert(QStringLiteral("reference"), QLatin1String(reference));
        l.run(QStringLiteral("PlaceOrder"), o, orderSteps);
        return orderId;
    };
    const auto step = [&](const char* command, const QString& orderId, QJsonObject p = {}) {
        p.insert(QStringLiteral("order_id"), orderId);
        l.run(QLatin1String(command), p, orderSteps);
    };
    const auto pickAll = [&](const QString& orderId) {
        if (l.failed) return;
        for (const orders::PickRow& r : orders::OrdersQueries(ws.database().sql()).pickList(orderId))
            if (r.picked < r.quantity)
                step("ConfirmPick", orderId, {{QStringLiteral("lot_id"), r.lotId}, {QStringLiteral("line_no"), r.lineNo}, {QStringLiteral("location_id"), r.locationId}});
    };
    const auto ship = [&](const QString& orderId, const char* tracking, const char* document) {
        step("ShipOrder", orderId, {{QStringLiteral("carrier"), QStringLiteral("Coldline Freight")}, {QStringLiteral("tracking"), QLatin1String(tracking)},
                                    {QStringLiteral("reference_document_type"), QStringLiteral("bill_of_lading")},
                                    {QStringLiteral("reference_document"), QLatin1String(document)}});
    };
    order("CUS-0005", {{"CHE-MANCH-12", 6}, {"HRB-CILANTRO", 20}}, 3, "HVG-PO-7781");  // placed, waits for confirmation
    const QString allocated = order("CUS-0002", {{"LGR-ROMAINE-12", 10}, {"FRZ-EDAMAME-500", 30}}, 1, "");
    step("ConfirmOrder", allocated);
    step("AllocateOrder", allocated);
    const QString picked = order("CUS-0003", {{"FSH-SMOKED-200", 24}}, 0, "USP-20931");
    step("ConfirmOrder", picked);
    step("AllocateOrder", picked);
    pickAll(picked);
    const QString shipped = order("CUS-0004", {{"SEA-SHRIMP-31", 50}}, 0, "");
    step("ConfirmOrder", shipped);
    step("AllocateOrder", shipped);
    pickAll(shipped);
    ship(shipped, "CLF-558120", "BOL-24-0117");
    const QString delivered = order("CUS-0006", {{"FRZ-EDAMAME-500", 40}, {"FSH-SMOKED-200", 12}}, 0, "FMT-1188");
    step("ConfirmOrder", delivered);
    step("AllocateOrder", delivered);
    pickAll(delivered);
    ship(delivered, "CLF-558121", "BOL-24-0118");
    step("DeliverOrder", delivered);
    if (!l.failed) {
        // The customer sends back five bags of edamame that thawed on the way.
        const auto o = orders::OrdersQueries(ws.database().sql()).order(delivered);
        const orders::OrderLine* edamame = o ? o->line(1) : nullptr;
        if (edamame && !edamame->allocations.empty())
            l.run(QStringLiteral("RequestReturn"),
                  {{QStringLiteral("order_id"), delivered}, {QStringLiteral("reason"), QStringLiteral("temperature")},
                   {QStringLiteral("note"), QStringLiteral("Five bags arrived soft; the customer kept the rest.")},
                   {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("lot_id"), edamame->allocations.front().lotId}, {QStringLiteral("quantity"), 5}}}}},
                  orderSteps);
    }

    if (l.failed) return l.failure;
    return l.summary;
}

}  // namespace tracelot::demo

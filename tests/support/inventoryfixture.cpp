#include "inventoryfixture.h"

namespace tracelot::test {

QString Warehouse::id(const Result<Outcome>& r, const char* field) const
{
    return r ? r->events.front().payload.value(QLatin1String(field)).toString() : QString();
}

bool Warehouse::setUp(bool describeSite)
{
    if (!openWithAdmin()) return false;
    manager = user(QStringLiteral("maria"), {QStringLiteral("warehouse_manager")});
    const auto def = [&](const QString& cmd, QJsonObject o) { return id(ws->execute(admin, cmd, o)); };
    if (describeSite
        && !ws->execute(admin, QStringLiteral("DescribeSite"),
                        {{QStringLiteral("name"), QStringLiteral("Tracelot Fine Foods")},
                         {QStringLiteral("address"), QStringLiteral("250 Doremus Ave, Newark, NJ 07105, USA")},
                         {QStringLiteral("phone"), QStringLiteral("+1 973 555 0100")}}))
        return false;
    supplierA = def(QStringLiteral("RegisterSupplier"), {{QStringLiteral("code"), QStringLiteral("SUP-A")}, {QStringLiteral("name"), QStringLiteral("Fromagerie A")},
                                                         {QStringLiteral("country"), QStringLiteral("FR")}, {QStringLiteral("address"), QStringLiteral("1 rue A, Morez")},
                                                         {QStringLiteral("phone"), QStringLiteral("+33 3 84 00 00 00")}, {QStringLiteral("gln"), QStringLiteral("3061234000027")}});
    supplierB = def(QStringLiteral("RegisterSupplier"), {{QStringLiteral("code"), QStringLiteral("SUP-B")}, {QStringLiteral("name"), QStringLiteral("Havfisk B")},
                                                         {QStringLiteral("country"), QStringLiteral("NO")}, {QStringLiteral("address"), QStringLiteral("Kai 4, Ålesund")},
                                                         {QStringLiteral("phone"), QStringLiteral("+47 70 10 20 30")}});
    const auto product = [&](const char* code, const char* unit, int shelf, int reorder, const char* gtin) {
        QJsonObject o{{QStringLiteral("code"), QLatin1String(code)}, {QStringLiteral("name"), QLatin1String(code)}, {QStringLiteral("category"), QStringLiteral("other")},
                      {QStringLiteral("base_unit"), QLatin1String(unit)}, {QStringLiteral("shelf_life_days"), shelf}, {QStringLiteral("reorder_point"), reorder},
                      {QStringLiteral("expiry_warning_days"), 5}};
        if (gtin) o.insert(QStringLiteral("gtin"), QLatin1String(gtin));
        return def(QStringLiteral("DefineProduct"), o);
    };
    cheese = product("CHEESE", "each", 60, 20, "4006381333931");
    salmon = product("SALMON", "g", 7, 0, nullptr);
    greens = product("GREENS", "case", 14, 0, nullptr);
    const auto location = [&](const char* code, const char* type, QJsonValue capacity) {
        QJsonObject o{{QStringLiteral("code"), QLatin1String(code)}, {QStringLiteral("name"), QLatin1String(code)}, {QStringLiteral("type"), QLatin1String(type)}};
        if (!capacity.isNull()) o.insert(QStringLiteral("capacity"), capacity);
        if (QLatin1String(type) == QLatin1String("cold_room") || QLatin1String(type) == QLatin1String("freezer")) {
            o.insert(QStringLiteral("temp_min_c"), QLatin1String(type) == QLatin1String("freezer") ? QStringLiteral("-25") : QStringLiteral("0"));
            o.insert(QStringLiteral("temp_max_c"), QLatin1String(type) == QLatin1String("freezer") ? QStringLiteral("-18") : QStringLiteral("4"));
        }
        return def(QStringLiteral("DefineLocation"), o);
    };
    dock = location("DOCK", "dock", QJsonValue());
    cold = location("CR", "cold_room", 1000);
    freezer = location("FRZ", "freezer", 500);
    quarantine = location("QUAR", "quarantine", QJsonValue());
    pick = location("PF", "pick_face", 100);
    return !cheese.isEmpty() && !pick.isEmpty() && !supplierB.isEmpty();
}

QString Warehouse::receive(const QString& product, qint64 quantity, const QString& location, const QDate& expiry, const QString& tlc, const QString& supplier)
{
    QJsonObject p{{QStringLiteral("product_id"), product},
                  {QStringLiteral("quantity"), quantity},
                  {QStringLiteral("supplier_id"), supplier.isEmpty() ? supplierA : supplier},
                  {QStringLiteral("location_id"), location},
                  {QStringLiteral("received_on"), QDate(2026, 1, 1).toString(Qt::ISODate)},
                  {QStringLiteral("reference_document_type"), QStringLiteral("po")},
                  {QStringLiteral("reference_document_number"), QStringLiteral("PO-1")},
                  {QStringLiteral("expiry"), expiry.toString(Qt::ISODate)}};
    if (!tlc.isEmpty()) p.insert(QStringLiteral("tlc"), tlc);
    auto r = run(QStringLiteral("ReceiveLot"), p);
    if (!r) qWarning("ReceiveLot refused: %s", qPrintable(r.refusal().message));
    return id(r, "lot_id");
}

}  // namespace tracelot::test

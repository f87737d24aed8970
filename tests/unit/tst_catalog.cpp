// Catalog: validation and decide/evolve as pure functions, then the commands through the
// pipeline on a real database.
#include "catalog/catalog.h"
#include "catalog/catalogmodule.h"
#include "common/gs1.h"
#include "demo/demodata.h"
#include "eventstore/database.h"
#include "eventstore/eventstore.h"
#include "testsupport.h"

#include <QCborValue>
#include <QTest>

using namespace tracelot;
using namespace tracelot::catalog;

namespace {
using test::asEvent;
QJsonObject product(const QString& code = QStringLiteral("CHE-1"))
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("name"), QStringLiteral("Comté 18 months")},
            {QStringLiteral("gtin"), QStringLiteral("4006381333931")},
            {QStringLiteral("category"), QStringLiteral("cheese")},
            {QStringLiteral("base_unit"), QStringLiteral("each")},
            {QStringLiteral("shelf_life_days"), 120}};
}
QJsonObject supplier()
{
    return {{QStringLiteral("code"), QStringLiteral("sup-no-01")},
            {QStringLiteral("name"), QStringLiteral("Ålesund Havfisk AS")},
            {QStringLiteral("country"), QStringLiteral("no")},
            {QStringLiteral("address"), QStringLiteral("Skansekaia 4, 6002 Ålesund")},
            {QStringLiteral("phone"), QStringLiteral("+47 70 10 20 30")}};
}
}  // namespace

class TstCatalog : public QObject {
    Q_OBJECT
private slots:
    void gs1CheckDigits_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<bool>("valid");
        QTest::newRow("EAN-13") << QStringLiteral("4006381333931") << true;
        QTest::newRow("EAN-13 wrong") << QStringLiteral("4006381333932") << false;
        QTest::newRow("GTIN-14") << QStringLiteral("07032069804988") << true;
        QTest::newRow("UPC-A") << QStringLiteral("036000291452") << true;
        QTest::newRow("EAN-8") << QStringLiteral("96385074") << true;
        QTest::newRow("SSCC") << QStringLiteral("106141411234567897") << true;
        QTest::newRow("letters") << QStringLiteral("40063813339A1") << false;
    }
    void gs1CheckDigits()
    {
        QFETCH(QString, digits);
        QFETCH(bool, valid);
        QCOMPARE(gs1::checkDigitValid(digits), valid);
    }

    void productIsNormalised()
    {
        auto r = validate(Kind::Product, product(QStringLiteral(" che-1 ")));
        QVERIFY(r);
        QCOMPARE(r->value(QLatin1String("code")).toString(), QStringLiteral("CHE-1"));
        QCOMPARE(r->value(QLatin1String("gtin")).toString(), QStringLiteral("04006381333931"));  // GTIN-14
        QCOMPARE(r->value(QLatin1String("expiry_warning_days")).toInteger(), 7);                 // default
        QCOMPARE(r->value(QLatin1String("qc_required")).toBool(), false);
    }

    // validate() starts from the given object and writes only what normalising changes, so
    // it must still drop what is not a field, drop blank optional values, store integers as
    // integers and give an already-normal record back unchanged.
    void validateKeepsOnlyNormalFields()
    {
        QJsonObject in = product(QStringLiteral("che-1"));
        in.insert(QStringLiteral("colour"), QStringLiteral("blue"));          // not a product field
        in.insert(QStringLiteral("storage_min_c"), QStringLiteral("   "));      // blank optional
        in.insert(QStringLiteral("shelf_life_days"), 120.0);                  // a whole double
        in.insert(QStringLiteral("name"), QStringLiteral("  Comté 18 months "));
        auto r = validate(Kind::Product, in);
        QVERIFY(r);
        QVERIFY(!r->contains(QStringLiteral("colour")));
        QVERIFY(!r->contains(QStringLiteral("storage_min_c")));
        QCOMPARE(r->value(QLatin1String("name")).toString(), QStringLiteral("Comté 18 months"));
        QCOMPARE(r->value(QLatin1String("code")).toString(), QStringLiteral("CHE-1"));
        QVERIFY(QCborValue::fromJsonValue(r->value(QLatin1String("shelf_life_days"))).isInteger());
        QStringList keys = r->keys();
        QCOMPARE(keys, (QStringList{QStringLiteral("base_unit"), QStringLiteral("category"), QStringLiteral("code"), QStringLiteral("expiry_warning_days"),
                                    QStringLiteral("gtin"), QStringLiteral("min_shelf_life_days"), QStringLiteral("name"), QStringLiteral("qc_required"),
                                    QStringLiteral("reorder_point"), QStringLiteral("shelf_life_days"), QStringLiteral("traceability_list")}));
        auto again = validate(Kind::Product, r.value());
        QVERIFY(again);
        QCOMPARE(again.value(), r.value());
        // Only the changed fields (revise): blanks are dropped, nothing is defaulted.
        auto partial = validate(Kind::Product, {{QStringLiteral("name"), QStringLiteral(" X ")}, {QStringLiteral("gtin"), QString()}}, false);
        QVERIFY(partial);
        QCOMPARE(partial.value(), (QJsonObject{{QStringLiteral("name"), QStringLiteral("X")}}));
    }

    void codes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("stored");  // empty: refused
        QTest::newRow("plain") << "CR-01" << "CR-01";
        QTest::newRow("lower case") << " cr-01 " << "CR-01";
        QTest::newRow("punctuation") << "A.B_C/D-1" << "A.B_C/D-1";
        QTest::newRow("32 characters") << QString(32, QLatin1Char('A')) << QString(32, QLatin1Char('A'));
        QTest::newRow("33 characters") << QString(33, QLatin1Char('A')) << "";
        QTest::newRow("starts with a dash") << "-AB" << "";
        QTest::newRow("starts with a dot") << ".AB" << "";
        QTest::newRow("space inside") << "A B" << "";
        QTest::newRow("accented letter") << "ÉTÉ" << "";
        QTest::newRow("other punctuation") << "A+B" << "";
    }
    void codes()
    {
        QFETCH(QString, code);
        QFETCH(QString, stored);
        auto r = validate(Kind::Product, product(code));
        if (stored.isEmpty()) {
            QVERIFY(!r);
            QCOMPARE(r.refusal().code, QStringLiteral("catalog.invalid_code"));
        } else {
            QVERIFY(r);
            QCOMPARE(r->value(QLatin1String("code")).toString(), stored);
        }
    }

    void productRefusals_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("words");
        QTest::newRow("gtin check digit") << "gtin" << QJsonValue(QStringLiteral("4006381333932")) << "catalog.invalid_gtin" << "check digit";
        QTest::newRow("gtin length") << "gtin" << QJsonValue(QStringLiteral("40063813339")) << "catalog.invalid_gtin" << "8, 12, 13 or 14";
        QTest::newRow("shelf life zero") << "shelf_life_days" << QJsonValue(0) << "catalog.invalid_shelf_life_days" << "at least 1";
        QTest::newRow("unit") << "base_unit" << QJsonValue(QStringLiteral("pallet")) << "catalog.invalid_base_unit" << "one of";
        QTest::newRow("temperature text") << "storage_min_c" << QJsonValue(QStringLiteral("cold")) << "catalog.invalid_storage_min_c" << "temperature";
        QTest::newRow("temperature precision") << "storage_min_c" << QJsonValue(QStringLiteral("2.25")) << "catalog.invalid_storage_min_c" << "one decimal";
        QTest::newRow("min shelf life too long") << "min_shelf_life_days" << QJsonValue(120) << "catalog.min_shelf_life_too_long" << "shorter";
        QTest::newRow("code chars") << "code" << QJsonValue(QStringLiteral("a b")) << "catalog.invalid_code" << "letters";
        QTest::newRow("missing name") << "name" << QJsonValue(QStringLiteral("  ")) << "catalog.missing_name" << "required";
    }
    void productRefusals()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QFETCH(QString, words);
        QJsonObject p = product();
        p.insert(field, value);
        auto r = validate(Kind::Product, p);
        QVERIFY(!r);
        QCOMPARE(r.refusal().code, code);
        QVERIFY2(r.refusal().message.contains(words), qPrintable(r.refusal().message));
    }

    void temperatures()
    {
        QCOMPARE(normaliseTemperature(QJsonValue(QStringLiteral("-18"))), QStringLiteral("-18.0"));
        QCOMPARE(normaliseTemperature(QJsonValue(QStringLiteral("4,5"))), QStringLiteral("4.5"));
        QCOMPARE(normaliseTemperature(QJsonValue(QString(QChar(0x2212)) + QStringLiteral("2"))), QStringLiteral("-2.0"));
        QCOMPARE(normaliseTemperature(QJsonValue(3)), QStringLiteral("3.0"));
        QCOMPARE(normaliseTemperature(QJsonValue(QStringLiteral("61"))), QString());
        QJsonObject p = product();
        p.insert(QStringLiteral("storage_min_c"), QStringLiteral("6"));
        p.insert(QStringLiteral("storage_max_c"), QStringLiteral("2"));
        QCOMPARE(validate(Kind::Product, p).refusal().code, QStringLiteral("catalog.temperature_range_inverted"));
    }

    void supplierNeedsFsmaLocationDescription()
    {
        QJsonObject s = supplier();
        QVERIFY(validate(Kind::Supplier, s));
        QCOMPARE(validate(Kind::Supplier, s)->value(QLatin1String("country")).toString(), QStringLiteral("NO"));
        s.remove(QStringLiteral("phone"));
        auto r = validate(Kind::Supplier, s);
        QVERIFY(!r);
        QCOMPARE(r.refusal().code, QStringLiteral("catalog.location_description_missing"));
        QVERIFY(r.refusal().message.contains(QLatin1String("FSMA 204")));
        s.insert(QStringLiteral("gln"), QStringLiteral("7061234000016"));  // a GLN is enough on its own
        QVERIFY2(validate(Kind::Supplier, s), "GLN alone should do");
        s.insert(QStringLiteral("gln"), QStringLiteral("7061234000017"));
        QCOMPARE(validate(Kind::Supplier, s).refusal().code, QStringLiteral("catalog.invalid_gln"));
    }

    void coldRoomNeedsRange()
    {
        QJsonObject l{{QStringLiteral("code"), QStringLiteral("CR-1")}, {QStringLiteral("name"), QStringLiteral("Cold")}, {QStringLiteral("type"), QStringLiteral("cold_room")}};
        QCOMPARE(validate(Kind::Location, l).refusal().code, QStringLiteral("catalog.temperature_range_missing"));
        l.insert(QStringLiteral("temp_min_c"), QStringLiteral("4"));
        l.insert(QStringLiteral("temp_max_c"), QStringLiteral("4"));
        QCOMPARE(validate(Kind::Location, l).refusal().code, QStringLiteral("catalog.temperature_range_inverted"));
        l.insert(QStringLiteral("temp_min_c"), QStringLiteral("0"));
        QVERIFY(validate(Kind::Location, l));
        l.insert(QStringLiteral("capacity"), -1);
        QCOMPARE(validate(Kind::Location, l).refusal().code, QStringLiteral("catalog.invalid_capacity"));
    }

    void defineAndReviseFold()
    {
        auto d = decideDefine(Kind::Product, {}, QStringLiteral("p1"), product(), {});
        QVERIFY(d);
        QCOMPARE(d->front().type, QStringLiteral("product.defined"));
        QCOMPARE(d->front().stream, QStringLiteral("product-p1"));
        Record r = evolve({}, asEvent(d->front()));
        QVERIFY(r.exists);
        QCOMPARE(r.fields.value(QLatin1String("name")).toString(), QStringLiteral("Comté 18 months"));

        QCOMPARE(decideDefine(Kind::Product, r, QStringLiteral("p1"), product(), {}).refusal().code, QStringLiteral("catalog.already_defined"));

        auto v = decideRevise(Kind::Product, r, {{QStringLiteral("reorder_point"), 40}, {QStringLiteral("gtin"), QStringLiteral("")}}, {});
        QVERIFY(v);
        QCOMPARE(v->front().type, QStringLiteral("product.revised"));
        r = evolve(r, asEvent(v->front(), 2));
        QCOMPARE(r.fields.value(QLatin1String("reorder_point")).toInteger(), 40);
        QVERIFY(!r.fields.contains(QStringLiteral("gtin")));  // cleared
        QCOMPARE(r.fields.value(QLatin1String("name")).toString(), QStringLiteral("Comté 18 months"));  // untouched

        QCOMPARE(decideRevise(Kind::Product, r, {{QStringLiteral("reorder_point"), 40}}, {}).refusal().code, QStringLiteral("catalog.no_change"));
        auto retire = decideRevise(Kind::Product, r, {{QStringLiteral("active"), false}}, {});
        QVERIFY(retire);
        QVERIFY(!evolve(r, asEvent(retire->front(), 3)).active);
        QCOMPARE(decideRevise(Kind::Product, {}, {{QStringLiteral("name"), QStringLiteral("x")}}, {}).refusal().code, QStringLiteral("catalog.unknown"));
    }

    void uniqueness()
    {
        Taken t;
        t.codeOwner = QStringLiteral("other");
        QCOMPARE(decideDefine(Kind::Product, {}, QStringLiteral("p1"), product(), t).refusal().code, QStringLiteral("catalog.code_taken"));
        t = {};
        t.gtinOwner = QStringLiteral("other");
        QCOMPARE(decideDefine(Kind::Product, {}, QStringLiteral("p1"), product(), t).refusal().code, QStringLiteral("catalog.gtin_taken"));
        t.gtinOwner = QStringLiteral("p1");  // its own GTIN is fine
        QVERIFY(decideDefine(Kind::Product, {}, QStringLiteral("p1"), product(), t));
    }

    // --- through the pipeline ----------------------------------------------------------

    void uniquenessAcrossTheDatabase()
    {
        test::Fixture f;
        QVERIFY(f.openWithAdmin());
        QVERIFY(f.ws->execute(f.admin, QStringLiteral("DefineProduct"), product(QStringLiteral("A"))));
        auto dupGtin = f.ws->execute(f.admin, QStringLiteral("DefineProduct"), product(QStringLiteral("B")));
        QVERIFY(!dupGtin);
        QCOMPARE(dupGtin.refusal().code, QStringLiteral("catalog.gtin_taken"));
        QJsonObject p = product(QStringLiteral("a"));  // same code, other case
        p.remove(QStringLiteral("gtin"));
        QCOMPARE(f.ws->execute(f.admin, QStringLiteral("DefineProduct"), p).refusal().code, QStringLiteral("catalog.code_taken"));
        // GTIN lookup finds it by its GTIN-14 form.
        catalog::CatalogQueries q(f.ws->database().sql());
        QVERIFY(q.productByGtin(QStringLiteral("04006381333931")));
    }

    void reviseThroughPipeline()
    {
        test::Fixture f;
        QVERIFY(f.openWithAdmin());
        const Actor wm = f.user(QStringLiteral("wendy"), {QStringLiteral("warehouse_manager")});
        auto d = f.ws->execute(wm, QStringLiteral("RegisterSupplier"), supplier());
        QVERIFY(d);
        const QString id = d->events.front().payload.value(QLatin1String("id")).toString();
        auto v = f.ws->execute(wm, QStringLiteral("ReviseSupplier"), {{QStringLiteral("id"), id}, {QStringLiteral("phone"), QStringLiteral("+47 70 99 99 99")}});
        QVERIFY(v);
        QCOMPARE(v->events.front().streamVersion, 2);
        catalog::CatalogQueries q(f.ws->database().sql());
        auto row = q.byCode(Kind::Supplier, QStringLiteral("SUP-NO-01"));
        QVERIFY(row);
        QCOMPARE(row->value(QLatin1String("phone")).toString(), QStringLiteral("+47 70 99 99 99"));
        QCOMPARE(row->value(QLatin1String("revision")).toInteger(), 2);
        // Clearing the phone breaks the FSMA location description: refused, nothing changes.
        auto bad = f.ws->execute(wm, QStringLiteral("ReviseSupplier"), {{QStringLiteral("id"), id}, {QStringLiteral("phone"), QStringLiteral("")}});
        QVERIFY(!bad);
        QCOMPARE(bad.refusal().code, QStringLiteral("catalog.location_description_missing"));
        QCOMPARE(q.byId(Kind::Supplier, id)->value(QLatin1String("phone")).toString(), QStringLiteral("+47 70 99 99 99"));
    }

    void demoDataLoads()
    {
        test::Fixture f;
        QVERIFY(f.openWithAdmin());
        auto r = demo::load(*f.ws, f.admin);
        QVERIFY2(r, r ? "" : qPrintable(r.refusal().message));
        QVERIFY(r->suppliers >= 5);
        QVERIFY(r->products >= 10);
        QVERIFY(r->locations >= 6);
        QVERIFY(r->lots >= 15);
        catalog::CatalogQueries q(f.ws->database().sql());
        QSet<QString> types;
        for (const QJsonObject& l : q.list(Kind::Location)) types.insert(l.value(QLatin1String("type")).toString());
        for (const char* t : {"dock", "cold_room", "freezer", "quarantine", "pick_face"}) QVERIFY2(types.contains(QLatin1String(t)), t);
        QSet<QString> countries;
        for (const QJsonObject& s : q.list(Kind::Supplier)) countries.insert(s.value(QLatin1String("country")).toString());
        QVERIFY(countries.size() >= 4);
        QCOMPARE(demo::load(*f.ws, f.admin).refusal().code, QStringLiteral("demo.not_empty"));
        QVERIFY(f.ws->verify().ok());
    }
};

QTEST_GUILESS_MAIN(TstCatalog)
#include "tst_catalog.moc"

// Catalog view models on a real database: the table model and its search/sort proxy
// under QAbstractItemModelTester, incremental refresh from the command bus, and the
// generated form (create, edit only what changed, clear, retire/reinstate) with the
// core's refusals kept in place.
#include "catalog/catalogeditor.h"
#include "catalog/catalogfiltermodel.h"
#include "catalog/catalogmodule.h"
#include "catalog/catalogtablemodel.h"
#include "catalog/catalogviewmodel.h"
#include "catalog/formfieldmodel.h"
#include "eventstore/database.h"
#include "identity/identitymodule.h"
#include "sessionfixture.h"
#include "shell/session.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tracelot;
using namespace tracelot::ui;

namespace {

QJsonObject product(const QString& code, const QString& name, const QString& category, int shelfLife)
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("category"), category},
            {QStringLiteral("base_unit"), QStringLiteral("each")},
            {QStringLiteral("shelf_life_days"), shelfLife},
            {QStringLiteral("storage_min_c"), QStringLiteral("2")},
            {QStringLiteral("storage_max_c"), QStringLiteral("6")}};
}

int column(const CatalogTableModel& model, const QString& key)
{
    for (int c = 0; c < model.columns().size(); ++c)
        if (model.columns().at(c).key == key) return c;
    return -1;
}

QStringList codesInOrder(const QAbstractItemModel& model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r) out << model.index(r, 0).data().toString();
    return out;
}

}  // namespace

class TstCatalogViewModel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::SessionFixture> fx_;
    Actor admin_;

    Workspace& ws() { return *fx_->session()->workspace(); }
    QString define(const QJsonObject& p)
    {
        auto r = ws().execute(admin_, QStringLiteral("DefineProduct"), p);
        if (!r) qWarning("DefineProduct refused: %s", qPrintable(r.refusal().message));
        return r ? r->events.front().payload.value(QLatin1String("id")).toString() : QString();
    }

private slots:
    void initTestCase() { test::pinUiEnvironment(); }

    void init()
    {
        fx_ = std::make_unique<test::SessionFixture>();
        QVERIFY(fx_->setUp(false));
        admin_ = fx_->admin;
        fx_->begin(admin_);
        QVERIFY(!define(product(QStringLiteral("CHE-COMTE-18"), QStringLiteral("Comté 18 months"), QStringLiteral("cheese"), 120)).isEmpty());
        QVERIFY(!define(product(QStringLiteral("CHE-BRIE-1K"), QStringLiteral("Brie de Meaux"), QStringLiteral("cheese"), 45)).isEmpty());
        QVERIFY(!define(product(QStringLiteral("FSH-SALMON-F"), QStringLiteral("Atlantic salmon fillet"), QStringLiteral("fish"), 7)).isEmpty());
        QVERIFY(!define(product(QStringLiteral("FSH-SMOKED-200"), QStringLiteral("Cold-smoked salmon"), QStringLiteral("fish"), 28)).isEmpty());
    }

    void cleanup() { fx_.reset(); }

    void tableShowsTheSchemaReadably()
    {
        CatalogViewModel vm(fx_->session(), QStringLiteral("product"));
        const CatalogTableModel& table = *vm.sourceModel();
        QCOMPARE(vm.title(), QStringLiteral("Products"));
        QCOMPARE(vm.newLabel(), QStringLiteral("New product"));
        QCOMPARE(vm.total(), 4);
        QCOMPARE(table.headerData(0, Qt::Horizontal).toString(), QStringLiteral("SKU"));
        QCOMPARE(table.columns().constLast().key, QStringLiteral("status"));
        QCOMPARE(vm.columns().size(), table.columnCount());
        const int row = table.rowOf(table.record(0).value(QLatin1String("id")).toString());
        QCOMPARE(row, 0);
        const int storage = column(table, QStringLiteral("storage"));
        QVERIFY(storage > 0);
        QCOMPARE(table.index(0, storage).data().toString(), QStringLiteral("2.0 … 6.0"));
        QCOMPARE(table.index(0, column(table, QStringLiteral("category"))).data().toString(), QStringLiteral("Cheese"));
        QCOMPARE(table.index(0, column(table, QStringLiteral("status"))).data().toString(), QStringLiteral("Active"));
        QVERIFY(table.index(0, column(table, QStringLiteral("shelf_life_days"))).data(CatalogTableModel::NumericRole).toBool());
        QVERIFY(vm.canEdit());
    }

    void modelsSurviveTheTester()
    {
        CatalogViewModel vm(fx_->session(), QStringLiteral("product"));
        QAbstractItemModelTester sourceTester(vm.sourceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(vm.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Exercise inserts, changes, filters and sorting while both testers watch.
        QVERIFY(!define(product(QStringLiteral("HRB-BASIL-100"), QStringLiteral("Genovese basil"), QStringLiteral("herbs"), 7)).isEmpty());
        vm.model()->setSearchText(QStringLiteral("salmon"));
        vm.model()->sortBy(1);
        vm.model()->sortBy(1);
        vm.model()->setSearchText({});
        CatalogEditor& editor = *vm.editor();
        QVERIFY(editor.startEdit(vm.model()->recordId(0)));
        QVERIFY(editor.setActive(false));
        vm.model()->setShowInactive(true);
        vm.model()->sortBy(column(*vm.sourceModel(), QStringLiteral("status")));
        QVERIFY(editor.setActive(true));
        QCOMPARE(vm.total(), 5);
    }

    void searchFiltersAcrossColumns_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("all") << QString() << QStringList{"CHE-BRIE-1K", "CHE-COMTE-18", "FSH-SALMON-F", "FSH-SMOKED-200"};
        QTest::newRow("category text") << "cheese" << QStringList{"CHE-BRIE-1K", "CHE-COMTE-18"};
        QTest::newRow("name, any case") << "SALMON" << QStringList{"FSH-SALMON-F", "FSH-SMOKED-200"};
        QTest::newRow("words in different columns") << "fish cold" << QStringList{"FSH-SMOKED-200"};
        QTest::newRow("number") << "120" << QStringList{"CHE-COMTE-18"};
        QTest::newRow("no match") << "pineapple" << QStringList{};
    }
    void searchFiltersAcrossColumns()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, codes);
        CatalogViewModel vm(fx_->session(), QStringLiteral("product"));
        QSignalSpy count(vm.model(), &CatalogFilterModel::countChanged);
        vm.model()->setSearchText(search);
        QCOMPARE(codesInOrder(*vm.model()), codes);
        QCOMPARE(vm.model()->count(), codes.size());
        if (!search.isEmpty()) QVERIFY(count.count() >= 1);
    }

    void sortingByColumnHeaders()
    {
        CatalogViewModel vm(fx_->session(), QStringLiteral("product"));
        CatalogFilterModel& proxy = *vm.model();
        QCOMPARE(proxy.sortColumn(), 0);  // by code to begin with
        const int shelfLife = column(*vm.sourceModel(), QStringLiteral("shelf_life_days"));
        QSignalSpy sorted(&proxy, &CatalogFilterModel::sortChanged);
        proxy.sortBy(shelfLife);
        // Numbers sort as numbers (7 < 28 < 45 < 120), not as text.
        QCOMPARE(codesInOrder(proxy), (QStringList{"FSH-SALMON-F", "FSH-SMOKED-200", "CHE-BRIE-1K", "CHE-COMTE-18"}));
        QVERIFY(!proxy.sortDescending());
        proxy.sortBy(shelfLife);  // the same header again reverses
        QVERIFY(proxy.sortDescending());
        QCOMPARE(codesInOrder(proxy), (QStringList{"CHE-COMTE-18", "CHE-BRIE-1K", "FSH-SMOKED-200", "FSH-SALMON-F"}));
        proxy.sortBy(1);  // name, text order ignoring case
        QCOMPARE(codesInOrder(proxy), (QStringList{"FSH-SALMON-F", "CHE-BRIE-1K", "FSH-SMOKED-200", "CHE-COMTE-18"}));
        QCOMPARE(sorted.count(), 3);
        // A new record lands in its sorted place.
        QVERIFY(!define(product(QStringLiteral("HRB-BASIL-100"), QStringLiteral("Basil"), QStringLiteral("herbs"), 7)).isEmpty());
        QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("HRB-BASIL-100"));
    }

    void retiredRecordsAreFilteredOut()
    {
        CatalogViewModel vm(fx_->session(), QStringLiteral("product"));
        CatalogFilterModel& proxy = *vm.model();
        const QString id = proxy.recordId(0);
        QVERIFY(vm.editor()->startEdit(id));
        QVERIFY(vm.editor()->active());
        QVERIFY(vm.editor()->setActive(false));
        QVERIFY(!vm.editor()->active());
        QCOMPARE(vm.total(), 4);
        QCOMPARE(vm.retired(), 1);
        QCOMPARE(proxy.count(), 3);
        QCOMPARE(proxy.rowOf(id), -1);
        proxy.setShowInactive(true);
        QCOMPARE(proxy.count(), 4);
        const int row = proxy.rowOf(id);
        QVERIFY(row >= 0);
        QCOMPARE(proxy.index(row, proxy.columnCount() - 1).data().toString(), QStringLiteral("Retired"));
        QVERIFY(vm.editor()->setActive(true));
        QCOMPARE(vm.retired(), 0);
    }

    void createFromTheGeneratedForm()
    {
        CatalogViewModel vm(fx_->session(), QStringLiteral("product"));
        CatalogEditor& editor = *vm.editor();
        FormFieldModel& fields = *editor.fields();
        QAbstractItemModelTester tester(&fields, QAbstractItemModelTester::FailureReportingMode::QtTest);
        editor.startNew();
        QVERIFY(editor.isNew());
        QCOMPARE(editor.title(), QStringLiteral("New product"));
        QCOMPARE(fields.count(), static_cast<int>(catalog::spec(catalog::Kind::Product).fields.size()));
        // Defaults of the schema are filled in; types pick the controls.
        QCOMPARE(fields.value(QStringLiteral("expiry_warning_days")).toString(), QStringLiteral("7"));
        QCOMPARE(fields.index(fields.rowOf(QStringLiteral("category"))).data(FormFieldModel::TypeRole).toString(), QStringLiteral("enum"));
        QCOMPARE(fields.index(fields.rowOf(QStringLiteral("qc_required"))).data(FormFieldModel::TypeRole).toString(), QStringLiteral("boolean"));
        QCOMPARE(fields.index(fields.rowOf(QStringLiteral("storage_min_c"))).data(FormFieldModel::TypeRole).toString(), QStringLiteral("decimal"));
        QCOMPARE(fields.index(fields.rowOf(QStringLiteral("code"))).data(FormFieldModel::LabelRole).toString(), QStringLiteral("SKU"));

        editor.setValueByName(QStringLiteral("code"), QStringLiteral("hrb-cilantro"));
        editor.setValueByName(QStringLiteral("name"), QStringLiteral("Cilantro, bunch"));
        editor.setValueByName(QStringLiteral("category"), QStringLiteral("herbs"));
        editor.setValueByName(QStringLiteral("base_unit"), QStringLiteral("each"));
        editor.setValueByName(QStringLiteral("shelf_life_days"), QStringLiteral("10"));
        editor.setValueByName(QStringLiteral("storage_min_c"), QStringLiteral("1"));
        editor.setValueByName(QStringLiteral("storage_max_c"), QStringLiteral("4,5"));
        editor.setValueByName(QStringLiteral("qc_required"), true);
        QSignalSpy saved(&editor, &CatalogEditor::saved);
        QVERIFY2(editor.save(), qPrintable(editor.errorMessage()));
        QCOMPARE(saved.count(), 1);
        const QString id = saved.at(0).at(0).toString();
        // The list refreshed from the bus, and the form now shows the stored (normalised) record.
        QCOMPARE(vm.total(), 5);
        QVERIFY(vm.model()->rowOf(id) >= 0);
        QVERIFY(!editor.isNew());
        QCOMPARE(fields.value(QStringLiteral("code")).toString(), QStringLiteral("HRB-CILANTRO"));
        QCOMPARE(fields.value(QStringLiteral("storage_max_c")).toString(), QStringLiteral("4.5"));
        QCOMPARE(fields.value(QStringLiteral("qc_required")).toBool(), true);
    }

    void refusalsStayInTheForm_data()
    {
        QTest::addColumn<QString>("fieldName");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("errorField");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("code taken") << "code" << "che-brie-1k" << "code" << "already used";
        QTest::newRow("GTIN check digit") << "gtin" << "4006381333932" << "gtin" << "check digit";
        QTest::newRow("required name") << "name" << "" << "name" << "Name is required.";
        QTest::newRow("not a number") << "shelf_life_days" << "12a" << "shelf_life_days" << "must be a whole number";
        QTest::newRow("temperature") << "storage_min_c" << "-99" << "storage_min_c" << "temperature between";
        QTest::newRow("range inverted") << "storage_min_c" << "8" << "storage_min_c" << "lowest storage temperature is above";
        QTest::newRow("cross-field") << "min_shelf_life_days" << "400" << "min_shelf_life_days" << "minimum shelf life";
    }
    void refusalsStayInTheForm()
    {
        QFETCH(QString, fieldName);
        QFETCH(QString, value);
        QFETCH(QString, errorField);
        QFETCH(QString, messagePart);
        CatalogViewModel vm(fx_->session(), QStringLiteral("product"));
        CatalogEditor& editor = *vm.editor();
        editor.startNew();
        const QJsonObject good = product(QStringLiteral("NEW-1"), QStringLiteral("New thing"), QStringLiteral("other"), 100);
        for (auto it = good.begin(); it != good.end(); ++it) editor.setValueByName(it.key(), it.value().toVariant().toString());
        editor.setValueByName(fieldName, value);
        QSignalSpy errors(&editor, &CatalogEditor::errorChanged);
        QVERIFY(!editor.save());
        QVERIFY2(editor.errorMessage().contains(messagePart), qPrintable(editor.errorMessage()));
        QCOMPARE(editor.errorField(), errorField);
        QCOMPARE(editor.errorRow(), editor.fields()->rowOf(errorField));
        const QModelIndex marked = editor.fields()->index(editor.errorRow());
        QVERIFY(marked.data(FormFieldModel::HasErrorRole).toBool());
        QVERIFY(errors.count() >= 1);
        // What was typed stays, and nothing was written.
        QCOMPARE(editor.fields()->value(fieldName).toString(), value);
        QCOMPARE(editor.fields()->value(QStringLiteral("name")).toString(), fieldName == QLatin1String("name") ? value : QStringLiteral("New thing"));
        QVERIFY(editor.isNew());
        QCOMPARE(vm.total(), 4);
        // Fixing the field clears the mark on the next save.
        editor.setValueByName(fieldName, good.value(fieldName).toVariant().toString());
        if (fieldName == QLatin1String("code")) editor.setValueByName(fieldName, QStringLiteral("NEW-1"));
        if (fieldName == QLatin1String("gtin")) editor.setValueByName(fieldName, QString());
        if (fieldName == QLatin1String("min_shelf_life_days")) editor.setValueByName(fieldName, QStringLiteral("0"));
        QVERIFY2(editor.save(), qPrintable(editor.errorMessage()));
        QVERIFY(editor.errorMessage().isEmpty());
        QVERIFY(editor.errorField().isEmpty());
        QCOMPARE(vm.total(), 5);
    }

    void editSendsOnlyWhatChanged()
    {
        CatalogViewModel vm(fx_->session(), QStringLiteral("product"));
        CatalogEditor& editor = *vm.editor();
        const QString id = vm.model()->recordId(0);
        QVERIFY(editor.startEdit(id));
        QCOMPARE(editor.title(), QStringLiteral("Product CHE-BRIE-1K"));
        // Nothing changed: the core says so, in place.
        QVERIFY(!editor.save());
        QVERIFY2(editor.errorMessage().startsWith(QStringLiteral("Nothing to save")), qPrintable(editor.errorMessage()));
        QVERIFY(editor.errorField().isEmpty());

        editor.setValueByName(QStringLiteral("name"), QStringLiteral("Brie de Meaux AOP"));
        editor.setValueByName(QStringLiteral("gtin"), QStringLiteral("4006381333931"));
        QVERIFY2(editor.save(), qPrintable(editor.errorMessage()));
        const std::optional<QJsonObject> stored = catalog::CatalogQueries(ws().database().sql()).byId(catalog::Kind::Product, id);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->value(QLatin1String("name")).toString(), QStringLiteral("Brie de Meaux AOP"));
        QCOMPARE(stored->value(QLatin1String("gtin")).toString(), QStringLiteral("04006381333931"));
        QCOMPARE(stored->value(QLatin1String("shelf_life_days")).toInteger(), 45);
        // The revise event carries the merged record; the table row follows.
        const int row = vm.sourceModel()->rowOf(id);
        QCOMPARE(vm.sourceModel()->index(row, 1).data().toString(), QStringLiteral("Brie de Meaux AOP"));

        // Emptying optional fields clears them, whatever their type.
        editor.setValueByName(QStringLiteral("gtin"), QString());
        editor.setValueByName(QStringLiteral("storage_min_c"), QString());
        QVERIFY2(editor.save(), qPrintable(editor.errorMessage()));
        const QJsonObject cleared = *catalog::CatalogQueries(ws().database().sql()).byId(catalog::Kind::Product, id);
        QVERIFY(!cleared.contains(QLatin1String("gtin")));
        QVERIFY(!cleared.contains(QLatin1String("storage_min_c")));
        QCOMPARE(cleared.value(QLatin1String("storage_max_c")).toString(), QStringLiteral("6.0"));
    }

    void othersSeeTheCatalogButCannotChangeIt()
    {
        // A CX agent: may look the catalog up, may not change it.
        QVERIFY(ws().execute(admin_, QStringLiteral("CreateUser"),
                             {{QStringLiteral("username"), QStringLiteral("carla")},
                              {QStringLiteral("display_name"), QStringLiteral("Carla Diaz")},
                              {QStringLiteral("password"), test::kPassword},
                              {QStringLiteral("roles"), QJsonArray{QStringLiteral("cx_agent")}}})
                    .ok());
        const Result<Actor> viewer = ws().directory().signIn(QStringLiteral("carla"), test::kPassword);
        QVERIFY(viewer.ok());
        fx_->session()->begin(viewer.value());
        CatalogViewModel vm(fx_->session(), QStringLiteral("supplier"));
        QVERIFY(!vm.canEdit());
        CatalogEditor& editor = *vm.editor();
        editor.startNew();
        editor.setValueByName(QStringLiteral("code"), QStringLiteral("SUP-1"));
        editor.setValueByName(QStringLiteral("name"), QStringLiteral("Fromagerie"));
        editor.setValueByName(QStringLiteral("country"), QStringLiteral("FR"));
        editor.setValueByName(QStringLiteral("gln"), QStringLiteral("3061234000026"));
        QVERIFY(!editor.save());
        QVERIFY2(editor.errorMessage().contains(QStringLiteral("may not run RegisterSupplier")), qPrintable(editor.errorMessage()));
        QCOMPARE(vm.total(), 0);
    }

    void followsTheSessionToAnotherDatabase()
    {
        CatalogViewModel vm(fx_->session(), QStringLiteral("product"));
        QAbstractItemModelTester tester(vm.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(vm.total(), 4);
        QTemporaryDir other;
        QVERIFY(fx_->session()->open(other.filePath(QStringLiteral("other.sqlite"))).ok());
        QCOMPARE(fx_->session()->stage(), Session::Setup);
        QCOMPARE(vm.total(), 0);
        QCOMPARE(vm.model()->count(), 0);
    }

    void everyKindHasAList_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("title");
        QTest::newRow("product") << "product" << "Products";
        QTest::newRow("supplier") << "supplier" << "Suppliers";
        QTest::newRow("customer") << "customer" << "Customers";
        QTest::newRow("location") << "location" << "Locations";
    }
    void everyKindHasAList()
    {
        QFETCH(QString, kind);
        QFETCH(QString, title);
        CatalogViewModel vm;
        QSignalSpy kindChanged(&vm, &CatalogViewModel::kindChanged);
        vm.setKind(kind);
        vm.setSession(fx_->session());
        QCOMPARE(kindChanged.count(), 1);
        QCOMPARE(vm.title(), title);
        QVERIFY(vm.model() && vm.editor());
        QAbstractItemModelTester tester(vm.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(vm.sourceModel()->headerData(0, Qt::Horizontal).toString().isEmpty(), false);
    }
};

QTEST_MAIN(TstCatalogViewModel)
#include "tst_catalogviewmodel.moc"

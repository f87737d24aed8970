// The inventory and quality pages in the real QML on a real database (demo data, a
// manual clock two days on), driven by key events the way the dock and QA work:
//  - receiving from a keyboard-wedge scanner: the GS1 group separator arrives as ASCII 29
//    (Ctrl+]) and as Alt+0029 on the keypad; both reach the parser, a scan fills the form
//    and moves to the quantity, Enter receives and comes back to the scan field;
//  - the stock list loads its next page before the keyboard reaches the end;
//  - the QA inbox: ↓ to a hold, Enter opens sign-and-release, a wrong password is refused
//    in place, the right one releases, Esc closes.
// With TRACELOT_SCREENSHOT_DIR set it also writes receiving.png, stock.png and
// qa-inbox.png there (1366×768): how docs/screenshots are made.
#include "catalog/catalogmodule.h"
#include "eventstore/database.h"
#include "identity/identitymodule.h"
#include "inventory/inventorymodule.h"
#include "inventory/lotdetail.h"
#include "inventory/lotlistmodel.h"
#include "inventory/receivingform.h"
#include "inventory/stockviewmodel.h"
#include "quality/holddetail.h"
#include "quality/holdinboxmodel.h"
#include "quality/qualityviewmodel.h"
#include "sessionfixture.h"
#include "shell/selftest.h"
#include "shell/session.h"

#include <QDir>
#include <QJSValue>
#include <QJsonArray>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(TracelotPlugin)
Q_IMPORT_QML_PLUGIN(Tracelot_ModelsPlugin)

using namespace tracelot;
using namespace tracelot::ui;

namespace {

// The first object of type T owned by an item of the visual tree under `item`.
template <typename T>
T* findObject(QQuickItem* item)
{
    if (!item) return nullptr;
    if (T* found = item->findChild<T*>(QString(), Qt::FindDirectChildrenOnly)) return found;
    for (QQuickItem* child : item->childItems())
        if (T* found = findObject<T>(child)) return found;
    return nullptr;
}

QQuickItem* findItem(QQuickItem* item, const QString& name)
{
    if (!item) return nullptr;
    if (item->objectName() == name) return item;
    for (QQuickItem* child : item->childItems())
        if (QQuickItem* found = findItem(child, name)) return found;
    return nullptr;
}

}  // namespace

class TstPages : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::SessionFixture> fx_;
    std::unique_ptr<QQmlApplicationEngine> engine_;
    QQuickWindow* window_ = nullptr;
    Actor mara_;
    QString shots_;

    Workspace& ws() { return *fx_->session()->workspace(); }
    QVariant call(const char* function, const QVariant& argument = {})
    {
        QVariant result;
        const bool called = argument.isValid() ? QMetaObject::invokeMethod(window_, function, Q_RETURN_ARG(QVariant, result), Q_ARG(QVariant, argument))
                                               : QMetaObject::invokeMethod(window_, function, Q_RETURN_ARG(QVariant, result));
        if (!called) return {};
        return result.metaType() == QMetaType::fromType<QJSValue>() ? result.value<QJSValue>().toVariant() : result;
    }
    QString focused() { return window_->activeFocusItem() ? window_->activeFocusItem()->objectName() : QString(); }
    void type(const QString& text)
    {
        for (const QChar c : text) QTest::keyClick(window_, c.toLatin1());
        QTest::qWait(10);
    }
    void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier)
    {
        QTest::keyClick(window_, k, m);
        QTest::qWait(30);
    }
    // What a scanner sends for FNC1 when it types ASCII 29 (as Ctrl+] does).
    void groupSeparator() { QTest::sendKeyEvent(QTest::Click, window_, Qt::Key_BracketRight, QString(QChar(29)), Qt::ControlModifier); }
    // Alt+0029 on the numeric keypad, composed by the field where the platform does not:
    // Alt held down over the four digits (QTest's own clicks would release Alt after each
    // key, so the events go in through the same entry point QTest uses).
    void altCode(const QString& digits)
    {
        qt_handleKeyEvent(window_, QEvent::KeyPress, Qt::Key_Alt, Qt::AltModifier);
        for (const QChar d : digits) {
            const int k = Qt::Key_0 + d.digitValue();
            qt_handleKeyEvent(window_, QEvent::KeyPress, k, Qt::AltModifier | Qt::KeypadModifier, QString(d));
            qt_handleKeyEvent(window_, QEvent::KeyRelease, k, Qt::AltModifier | Qt::KeypadModifier, QString(d));
        }
        qt_handleKeyEvent(window_, QEvent::KeyRelease, Qt::Key_Alt, Qt::AltModifier);
        QTest::qWait(10);
    }
    QString idOf(catalog::Kind kind, const QString& code)
    {
        const auto row = catalog::CatalogQueries(ws().database().sql()).byCode(kind, code);
        return row ? row->value(QLatin1String("id")).toString() : QString();
    }
    QString gtinOf(const QString& code)
    {
        const auto row = catalog::CatalogQueries(ws().database().sql()).byCode(catalog::Kind::Product, code);
        return row ? row->value(QLatin1String("gtin")).toString() : QString();
    }
    void shoot(const QString& name)
    {
        if (shots_.isEmpty()) return;
        QTest::qWait(300);
        QVERIFY(saveScreenshot(window_, QDir(shots_).filePath(name)));
    }

private slots:
    void initTestCase()
    {
        test::pinUiEnvironment();
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        shots_ = qEnvironmentVariable("TRACELOT_SCREENSHOT_DIR");
        if (!shots_.isEmpty()) QDir().mkpath(shots_);

        fx_ = std::make_unique<test::SessionFixture>();
        fx_->clock->set(QDateTime(QDate(2026, 3, 2), QTime(6, 40), Qt::UTC).toMSecsSinceEpoch());
        QVERIFY(fx_->setUp(true));
        Workspace& w = *fx_->ws;
        const Actor admin = fx_->signIn(QStringLiteral("admin"));
        QVERIFY(w.execute(admin, QStringLiteral("CreateUser"),
                          {{QStringLiteral("username"), QStringLiteral("mara")},
                           {QStringLiteral("display_name"), QStringLiteral("Mara Lindqvist")},
                           {QStringLiteral("password"), test::kPassword},
                           {QStringLiteral("roles"), QJsonArray{QStringLiteral("warehouse_manager"), QStringLiteral("qa_technician")}}})
                    .ok());
        mara_ = fx_->signIn(QStringLiteral("mara"));
        // A day later: the salmon check is defined and one lot checked; a damaged Comté held.
        fx_->clock->advance(26 * 3600 * 1000);
        QVERIFY(w.execute(mara_, QStringLiteral("DefineQualityCheck"),
                          {{QStringLiteral("product_code"), QStringLiteral("FSH-SALMON-F")},
                           {QStringLiteral("criteria"),
                            QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("smell")}, {QStringLiteral("label"), QStringLiteral("Smell and appearance")},
                                                   {QStringLiteral("kind"), QStringLiteral("pass_fail")}},
                                       QJsonObject{{QStringLiteral("key"), QStringLiteral("core_temp")}, {QStringLiteral("label"), QStringLiteral("Core temperature")},
                                                   {QStringLiteral("kind"), QStringLiteral("measure")}, {QStringLiteral("unit"), QStringLiteral("°C")},
                                                   {QStringLiteral("min"), QStringLiteral("0")}, {QStringLiteral("max"), QStringLiteral("2")}}}}})
                    .ok());
        inventory::LotFilter f;
        f.search = QStringLiteral("AH-47-2611-A");
        f.today = QDate(2026, 3, 3);
        const auto salmon = inventory::InventoryQueries(w.database().sql()).lots(f, 0, 1);
        QCOMPARE(salmon.size(), 1);
        QVERIFY(w.execute(mara_, QStringLiteral("RecordQualityCheck"),
                          {{QStringLiteral("lot_id"), salmon.front().lotId},
                           {QStringLiteral("results"), QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("smell")}, {QStringLiteral("passed"), true}},
                                                                  QJsonObject{{QStringLiteral("key"), QStringLiteral("core_temp")}, {QStringLiteral("value"), QStringLiteral("1.2")}}}}})
                    .ok());
        f.search = QStringLiteral("FJ24-1102");
        const auto comte = inventory::InventoryQueries(w.database().sql()).lots(f, 0, 1);
        QVERIFY(w.execute(mara_, QStringLiteral("PlaceHold"),
                          {{QStringLiteral("lot_id"), comte.front().lotId}, {QStringLiteral("reason"), QStringLiteral("Rind cracked on two wheels at put-away")}})
                    .ok());
        fx_->clock->advance(27 * 3600 * 1000);  // now: two days and five hours after the demo receipts

        fx_->begin(mara_);
        Session::provide(fx_->session());
        warnings::install();
        engine_ = std::make_unique<QQmlApplicationEngine>();
        engine_->addImportPath(QStringLiteral("qrc:/"));
        engine_->load(QUrl(QStringLiteral("qrc:/Tracelot/Main.qml")));
        window_ = mainWindow(*engine_);
        QVERIFY(window_);
        window_->resize(1366, 768);
        window_->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window_));
    }

    void cleanupTestCase()
    {
        engine_.reset();
        fx_.reset();
        for (const QString& m : warnings::messages()) qWarning("%s", qPrintable(m));
        QCOMPARE(warnings::count(), 0);
    }

    void receivingWithAKeyboardWedgeScanner()
    {
        key(Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(call("currentPage").toString(), QStringLiteral("inventory/receiving"));
        QTest::qWait(50);
        QCOMPARE(focused(), QStringLiteral("scanField"));
        auto* form = findObject<ReceivingForm>(window_->contentItem());
        QVERIFY(form);

        // ]d2 DataMatrix: GTIN, 12.500 kg, use by, lot <GS> serial <GS> production date.
        type(QStringLiteral("]d201") + gtinOf(QStringLiteral("FSH-SALMON-F")) + QStringLiteral("3103012500") + QStringLiteral("17260308") +
             QStringLiteral("10AH-KEY-9"));
        groupSeparator();
        type(QStringLiteral("21SN42"));
        altCode(QStringLiteral("0029"));
        type(QStringLiteral("11260228"));
        auto* scanField = findItem(window_->contentItem(), QStringLiteral("scanField"));
        QVERIFY(scanField);
        QVERIFY2(scanField->property("text").toString().contains(QStringLiteral("AH-KEY-9<GS>21SN42<GS>11")), qPrintable(scanField->property("text").toString()));
        key(Qt::Key_Return);  // the scanner's suffix
        QVERIFY2(form->scanError().isEmpty(), qPrintable(form->scanError()));
        QCOMPARE(form->tlc(), QStringLiteral("AH-KEY-9"));
        QCOMPARE(form->productionDate(), QStringLiteral("2026-02-28"));
        QCOMPARE(form->expiry(), QStringLiteral("2026-03-08"));
        QCOMPARE(form->quantity(), QStringLiteral("12500"));
        QCOMPARE(scanField->property("text").toString(), QString());
        QCOMPARE(focused(), QStringLiteral("quantityField"));  // confirm the quantity next

        // Enter with supplier and document missing: refused in place, nothing lost.
        key(Qt::Key_Return);
        QCOMPARE(form->errorField(), QStringLiteral("supplier"));
        QCOMPARE(form->tlc(), QStringLiteral("AH-KEY-9"));
        form->setSupplierId(idOf(catalog::Kind::Supplier, QStringLiteral("SUP-NO-01")));
        form->setReferenceType(QStringLiteral("asn"));
        form->setReferenceNumber(QStringLiteral("ASN-77120"));
        form->setTemperature(QStringLiteral("1.4"));
        auto* quantity = findItem(window_->contentItem(), QStringLiteral("quantityField"));
        QVERIFY(quantity);
        quantity->forceActiveFocus();
        key(Qt::Key_Return);
        QVERIFY2(form->errorMessage().isEmpty(), qPrintable(form->errorMessage()));
        QCOMPARE(form->receipts().size(), 1);
        QVERIFY(form->lastReceipt().value(QStringLiteral("held")).toBool());
        QCOMPARE(focused(), QStringLiteral("scanField"));  // ready for the next case

        // The next case, scanned in human-readable form; Esc empties the field first.
        type(QStringLiteral("garbage"));
        key(Qt::Key_Escape);
        QCOMPARE(scanField->property("text").toString(), QString());
        type(QStringLiteral("(01)") + gtinOf(QStringLiteral("CHE-BRIE-1K")) + QStringLiteral("(17)260420(10)BM-2702-11(37)24"));
        key(Qt::Key_Return);
        QCOMPARE(form->tlc(), QStringLiteral("BM-2702-11"));
        QCOMPARE(form->quantity(), QStringLiteral("24"));
        form->setSupplierId(idOf(catalog::Kind::Supplier, QStringLiteral("SUP-FR-01")));
        form->setReferenceType(QStringLiteral("po"));
        form->setReferenceNumber(QStringLiteral("PO-4188"));
        shoot(QStringLiteral("receiving.png"));
    }

    void stockListLoadsAheadOfTheKeyboard()
    {
        const QString product = idOf(catalog::Kind::Product, QStringLiteral("FRZ-EDAMAME-500"));
        const QString supplier = idOf(catalog::Kind::Supplier, QStringLiteral("SUP-VN-01"));
        const QString location = idOf(catalog::Kind::Location, QStringLiteral("AMB-01"));
        for (int i = 0; i < 650; ++i)
            QVERIFY(ws().execute(mara_, QStringLiteral("ReceiveLot"),
                                 {{QStringLiteral("product_id"), product},
                                  {QStringLiteral("supplier_id"), supplier},
                                  {QStringLiteral("location_id"), location},
                                  {QStringLiteral("quantity"), 1},
                                  {QStringLiteral("tlc"), QStringLiteral("MFF-E500-%1").arg(200 + i)},
                                  {QStringLiteral("expiry"), QDate(2026, 9, 1).addDays(i).toString(Qt::ISODate)},
                                  {QStringLiteral("reference_document_type"), QStringLiteral("po")},
                                  {QStringLiteral("reference_document_number"), QStringLiteral("PO-5000")}})
                        .ok());
        QVERIFY(call("showPage", QStringLiteral("inventory/stock")).toBool());
        QTest::qWait(100);
        auto* vm = findObject<StockViewModel>(window_->contentItem());
        QVERIFY(vm);
        const int total = vm->lots()->total();
        QVERIFY(total > 3 * LotListModel::kPageSize);
        // Lazy: a page or two, never everything (TableView asks for one more page itself).
        QVERIFY2(vm->lots()->count() <= 2 * LotListModel::kPageSize, qPrintable(QString::number(vm->lots()->count())));
        auto* table = findItem(window_->contentItem(), QStringLiteral("lotsView"));
        QVERIFY(table);
        // Scrolling to the end of what is loaded brings the next page (TableView asks).
        const int before = vm->lots()->count();
        table->setProperty("contentY", table->property("contentHeight").toReal() - table->height());
        QTest::qWait(200);
        QVERIFY2(vm->lots()->count() > before, qPrintable(QString::number(vm->lots()->count())));
        table->setProperty("contentY", 0);
        vm->setSearchText(QStringLiteral("MFF-E500"));  // a filter starts over: lazy again
        QVERIFY(vm->lots()->count() <= 2 * LotListModel::kPageSize);
        QVERIFY(vm->lots()->count() < vm->lots()->total());
        vm->setSearchText({});
        table->forceActiveFocus();
        for (int page = 0; page < 4 && vm->lots()->count() < total; ++page)
            key(Qt::Key_End);  // to the last loaded row: the next page comes in
        QCOMPARE(vm->lots()->count(), total);
        key(Qt::Key_Home);
        key(Qt::Key_Return);  // opens the first lot (FEFO: the expired mozzarella)
        QVERIFY(call("dialogOpen").toBool());
        key(Qt::Key_Escape);
        QVERIFY(!call("dialogOpen").toBool());
        vm->showBucket(QStringLiteral("later"));
        vm->showBucket(QStringLiteral("later"));  // and back to all
        shoot(QStringLiteral("stock.png"));
    }

    void qaInboxSignAndReleaseByKeyboard()
    {
        key(Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(call("currentPage").toString(), QStringLiteral("quality/holds"));
        QTest::qWait(100);
        auto* vm = findObject<QualityViewModel>(window_->contentItem());
        QVERIFY(vm);
        HoldInboxModel& inbox = *vm->inbox();
        QCOMPARE(inbox.index(0).data(HoldInboxModel::AgeRole).toString(), QStringLiteral("2 d 5 h"));  // oldest first
        auto* list = findItem(window_->contentItem(), QStringLiteral("inbox"));
        QVERIFY(list);
        list->forceActiveFocus();
        QCOMPARE(vm->detail()->number(), inbox.index(0).data(HoldInboxModel::NumberRole).toString());
        // Down to the salmon lot that passed its check, then Enter: sign and release.
        int salmon = -1;
        for (int r = 0; r < inbox.rowCount(); ++r)
            if (inbox.index(r).data(HoldInboxModel::TlcRole).toString() == QLatin1String("AH-47-2611-A")) salmon = r;
        QVERIFY(salmon > 0);
        for (int r = 0; r < salmon; ++r) key(Qt::Key_Down);
        QCOMPARE(vm->detail()->lot()->tlc(), QStringLiteral("AH-47-2611-A"));
        if (!shots_.isEmpty()) shoot(QStringLiteral("qa-inbox.png"));
        const QString number = vm->detail()->number();
        key(Qt::Key_Return);
        QVERIFY(call("dialogOpen").toBool());
        QCOMPARE(focused(), QStringLiteral("signPasswordField"));
        type(QStringLiteral("wrong password"));
        key(Qt::Key_Return);
        QVERIFY(call("dialogOpen").toBool());  // refused in place
        QVERIFY2(vm->signError().contains(QStringLiteral("not correct")), qPrintable(vm->signError()));
        QCOMPARE(focused(), QStringLiteral("signPasswordField"));
        QVERIFY(vm->detail()->isOpen());
        type(test::kPassword);
        key(Qt::Key_Return);
        QVERIFY2(vm->signError().isEmpty(), qPrintable(vm->signError()));
        QCOMPARE(vm->detail()->number(), number);
        QCOMPARE(vm->detail()->status(), QStringLiteral("released"));
        QCOMPARE(vm->detail()->signatures().size(), 1);
        QVERIFY(!vm->detail()->certificateId().isEmpty());
        key(Qt::Key_Escape);
        QVERIFY(!call("dialogOpen").toBool());
        QCOMPARE(inbox.rowOf(vm->detail()->holdId()), -1);  // left the inbox; the pane still shows it, signed
    }
};

QTEST_MAIN(TstPages)
#include "tst_pages.moc"

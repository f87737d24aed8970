// The real QML on a real database, driven only by the keyboard: Ctrl+1…0 between
// contexts, Alt+1…4 between catalog tabs, Ctrl+F to search, ↓/Enter into the table and
// to the form, Ctrl+N for a new record, Enter to submit (the refusal shows in place),
// Esc to close.
#include "catalog/catalogmodule.h"
#include "sessionfixture.h"
#include "shell/selftest.h"
#include "shell/session.h"

#include <QJSValue>
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

class TstKeyboard : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::SessionFixture> fx_;
    std::unique_ptr<QQmlApplicationEngine> engine_;
    QQuickWindow* window_ = nullptr;

    QVariant call(const char* function)
    {
        QVariant result;
        if (!QMetaObject::invokeMethod(window_, function, Q_RETURN_ARG(QVariant, result))) return {};
        return result.metaType() == QMetaType::fromType<QJSValue>() ? result.value<QJSValue>().toVariant() : result;
    }
    QString page() { return call("currentPage").toString(); }
    bool dialogOpen() { return call("dialogOpen").toBool(); }
    QString focused() { return window_->activeFocusItem() ? window_->activeFocusItem()->objectName() : QString(); }
    void type(const QString& text)
    {
        for (const QChar c : text) QTest::keyClick(window_, c.toLatin1());
        QTest::qWait(20);
    }
    void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier)
    {
        QTest::keyClick(window_, k, m);
        QTest::qWait(20);
    }

private slots:
    void initTestCase()
    {
        test::pinUiEnvironment();
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        fx_ = std::make_unique<test::SessionFixture>();
        QVERIFY(fx_->setUp(true));
        fx_->begin(fx_->admin);
        Session::provide(fx_->session());

        warnings::install();
        engine_ = std::make_unique<QQmlApplicationEngine>();
        engine_->addImportPath(QStringLiteral("qrc:/"));
        engine_->load(QUrl(QStringLiteral("qrc:/Tracelot/Main.qml")));
        window_ = mainWindow(*engine_);
        QVERIFY(window_);
        window_->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window_));
        QCOMPARE(page(), QStringLiteral("catalog/products"));
    }

    void cleanupTestCase()
    {
        engine_.reset();
        fx_.reset();
        QCOMPARE(warnings::count(), 0);
    }

    void shortcutsMoveBetweenContexts()
    {
        key(Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(page(), QStringLiteral("identity/users"));  // its first tab (then the sync tabs)
        key(Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(page(), QStringLiteral("inventory/receiving"));
        key(Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(page(), QStringLiteral("catalog/products"));
        key(Qt::Key_4, Qt::AltModifier);
        QCOMPARE(page(), QStringLiteral("catalog/locations"));
        key(Qt::Key_1, Qt::AltModifier);
        QCOMPARE(page(), QStringLiteral("catalog/products"));
    }

    void searchThenOpenARowWithEnter()
    {
        key(Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(focused(), QStringLiteral("search"));
        type(QStringLiteral("salmon"));
        key(Qt::Key_Down);
        QCOMPARE(focused(), QStringLiteral("tableView"));
        key(Qt::Key_Return);
        QVERIFY(dialogOpen());
        key(Qt::Key_Escape);
        QVERIFY(!dialogOpen());
        QCOMPARE(focused(), QStringLiteral("tableView"));
        key(Qt::Key_F, Qt::ControlModifier);
        key(Qt::Key_Escape);  // Esc in the search field clears it
        QCOMPARE(focused(), QStringLiteral("search"));
    }

    void newRecordRefusedInPlaceThenClosed()
    {
        const int products = catalog::CatalogQueries(fx_->session()->workspace()->database().sql()).count(catalog::Kind::Product);
        key(Qt::Key_N, Qt::ControlModifier);
        QVERIFY(dialogOpen());
        type(QStringLiteral("TST-KEYS"));  // the first field (SKU) has the focus
        key(Qt::Key_Tab);
        type(QStringLiteral("Typed without a mouse"));
        key(Qt::Key_Return);  // category and more are missing: refused, the form stays
        QVERIFY(dialogOpen());
        QCOMPARE(catalog::CatalogQueries(fx_->session()->workspace()->database().sql()).count(catalog::Kind::Product), products);
        key(Qt::Key_Escape);
        QVERIFY(!dialogOpen());
    }
};

QTEST_MAIN(TstKeyboard)
#include "tst_keyboard.moc"

// The pick screen driven by key events, as a keyboard-wedge scanner types: a lot of another
// product is refused under the scan field (and nothing is picked); the allocated lot's code
// followed by Enter confirms the pick line.
#include "eventstore/database.h"
#include "orders/ordersmodule.h"
#include "sessionfixture.h"
#include "shell/selftest.h"
#include "shell/session.h"

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
QQuickItem* findNamed(QQuickItem* item, const QString& name)
{
    if (!item) return nullptr;
    if (item->objectName() == name) return item;
    for (QQuickItem* child : item->childItems())
        if (QQuickItem* found = findNamed(child, name)) return found;
    return nullptr;
}
}  // namespace

class TstOrdersPage : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::SessionFixture> fx_;
    std::unique_ptr<QQmlApplicationEngine> engine_;
    QQuickWindow* window_ = nullptr;
    QString orderId_;

    QVariant call(const char* function, const QVariant& argument)
    {
        QVariant result;
        if (!QMetaObject::invokeMethod(window_, function, Q_RETURN_ARG(QVariant, result), Q_ARG(QVariant, argument))) return {};
        return result.metaType() == QMetaType::fromType<QJSValue>() ? result.value<QJSValue>().toVariant() : result;
    }
    void type(const QString& text)
    {
        for (const QChar c : text) QTest::keyClick(window_, c.toLatin1());
        QTest::keyClick(window_, Qt::Key_Return);
        QTest::qWait(50);
    }
    qint64 picked()
    {
        qint64 n = 0;
        for (const orders::PickRow& r : orders::OrdersQueries(fx_->session()->workspace()->database().sql()).pickList(orderId_))
            n += r.picked;
        return n;
    }

private slots:
    void initTestCase()
    {
        test::pinUiEnvironment();
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        fx_ = std::make_unique<test::SessionFixture>();
        QVERIFY(fx_->setUp(true));
        const Actor admin = fx_->signIn(QStringLiteral("admin"));  // warehouse manager since the demo
        // An order due before every demo order, so it is first in the book: 6 smoked salmon.
        auto placed = fx_->ws->execute(admin, QStringLiteral("PlaceOrder"),
                                       {{QStringLiteral("customer_code"), QStringLiteral("CUS-0001")},
                                        {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("product_code"), QStringLiteral("FSH-SMOKED-200")}, {QStringLiteral("quantity"), 6}}}}});
        QVERIFY(placed.ok());
        orderId_ = placed->events.front().payload.value(QLatin1String("order_id")).toString();
        QVERIFY(fx_->ws->execute(admin, QStringLiteral("ConfirmOrder"), {{QStringLiteral("order_id"), orderId_}}).ok());
        QVERIFY(fx_->ws->execute(admin, QStringLiteral("AllocateOrder"), {{QStringLiteral("order_id"), orderId_}}).ok());

        fx_->begin(admin);
        Session::provide(fx_->session());
        warnings::install();
        engine_ = std::make_unique<QQmlApplicationEngine>();
        engine_->addImportPath(QStringLiteral("qrc:/"));
        engine_->load(QUrl(QStringLiteral("qrc:/Tracelot/Main.qml")));
        window_ = qobject_cast<QQuickWindow*>(engine_->rootObjects().value(0));
        QVERIFY(window_);
        window_->resize(1366, 768);
        window_->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window_));
    }

    void cleanupTestCase()
    {
        engine_.reset();
        fx_.reset();
        QCOMPARE(warnings::count(), 0);
    }

    void scanConfirmsThePickLineAndRefusesAWrongLot()
    {
        QVERIFY(call("showPage", QStringLiteral("orders/list")).toBool());
        QTest::qWait(100);
        QQuickItem* list = findNamed(window_->contentItem(), QStringLiteral("orderList"));
        QVERIFY(list);
        const QVariantList rows = list->property("model").toList();
        int row = -1;
        for (int i = 0; i < rows.size(); ++i)
            if (rows.at(i).toMap().value(QStringLiteral("orderId")).toString() == orderId_) row = i;
        QVERIFY(row >= 0);
        list->setProperty("currentIndex", row);
        QVERIFY(call("showPage", QStringLiteral("orders/pick")).toBool());
        QTest::qWait(100);
        QQuickItem* scan = findNamed(window_->contentItem(), QStringLiteral("pickScanField"));
        QVERIFY(scan);
        QTRY_VERIFY(scan->hasActiveFocus());

        type(QStringLiteral("MFF-E500-115"));  // frozen edamame: not on this order
        QVERIFY(scan->property("hasError").toBool());
        QCOMPARE(picked(), 0);

        QTest::keyClick(window_, Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("AH-SM-0933"));
        QVERIFY(!scan->property("hasError").toBool());
        QCOMPARE(scan->property("text").toString(), QString());
        QCOMPARE(picked(), 6);
    }
};

QTEST_MAIN(TstOrdersPage)
#include "tst_orderspage.moc"

// Orders and returns view models on a real database with the demo data: the order book
// (filters, search, shortfall flag), the whole life of a new order through the view model
// (place, confirm, allocate with the reasons, a wrong scan refused in place, the right scan,
// ship with the packing slip as PDF, deliver, cancel refused), permissions, and a return
// from request to refund with the inspector's e-signature.
#include "orders/ordersviewmodel.h"
#include "returns/returnsviewmodel.h"
#include "sessionfixture.h"
#include "shell/session.h"

#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace tracelot;
using namespace tracelot::ui;

class TstOrdersViewModel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::SessionFixture> fx_;
    Actor admin_, qa_, picker_;

    static QVariantMap row(const OrdersViewModel& vm, const QString& number)
    {
        for (const QVariant& v : vm.rows())
            if (v.toMap().value(QStringLiteral("number")).toString() == number) return v.toMap();
        return {};
    }

private slots:
    void initTestCase() { test::pinUiEnvironment(); }

    void init()
    {
        fx_ = std::make_unique<test::SessionFixture>();
        QVERIFY(fx_->setUp(true));
        admin_ = fx_->signIn(QStringLiteral("admin"));
        qa_ = fx_->user(QStringLiteral("quinn"), {QStringLiteral("qa_technician")});
        picker_ = fx_->user(QStringLiteral("olaf"), {QStringLiteral("warehouse_operator")});
        fx_->begin(admin_);
    }

    void cleanup() { fx_.reset(); }

    void orderBookShowsTheDemoOrders()
    {
        OrdersViewModel vm(fx_->session());
        QCOMPARE(vm.rows().size(), 5);
        QStringList statuses;
        for (const QVariant& v : vm.rows()) statuses << v.toMap().value(QStringLiteral("status")).toString();
        statuses.sort();
        QCOMPARE(statuses, (QStringList{"allocated", "delivered", "picked", "placed", "shipped"}));
        for (const QVariant& v : vm.rows()) {
            const QVariantMap r = v.toMap();
            QCOMPARE(r.value(QStringLiteral("needsAllocation")).toBool(), r.value(QStringLiteral("shortfall")).toLongLong() > 0 && r.value(QStringLiteral("status")) != QLatin1String("placed"));
            // Open orders show their age since placing (all placed just now: "new"); finished ones none.
            const bool finished = QStringList{"shipped", "delivered"}.contains(r.value(QStringLiteral("status")).toString());
            QCOMPARE(r.value(QStringLiteral("age")).toString(), finished ? QString() : QStringLiteral("new"));
        }
        vm.setStatusFilter(QStringLiteral("open"));
        QCOMPARE(vm.rows().size(), 2);
        vm.setStatusFilter({});
        vm.setSearch(QStringLiteral("Fishmonger"));
        QCOMPARE(vm.rows().size(), 1);
        vm.openRow(0);
        QCOMPARE(vm.detail().value(QStringLiteral("status")).toString(), QStringLiteral("delivered"));
        QVERIFY(vm.detail().value(QStringLiteral("history")).toList().size() >= 6);  // placed … delivered
    }

    void orderFromPlacingToDelivery()
    {
        OrdersViewModel vm(fx_->session());
        QVERIFY(!vm.place(QString(), {}, {}, {}));
        QVERIFY(!vm.error().isEmpty());
        QVERIFY(!vm.place(QStringLiteral("CUS-0001"), {}, {}, {}));  // empty order: the core's refusal
        QVERIFY(!vm.error().isEmpty());
        QVERIFY2(vm.place(QStringLiteral("CUS-0001"), {QVariantMap{{"product", "FSH-SMOKED-200"}, {"quantity", 6}}}, {}, QStringLiteral("HSB-1")),
                 qPrintable(vm.error()));
        const QString number = vm.detail().value(QStringLiteral("number")).toString();
        QCOMPARE(number, QStringLiteral("SO-000006"));
        QCOMPARE(vm.detail().value(QStringLiteral("status")).toString(), QStringLiteral("placed"));
        QVERIFY(vm.rowOf(vm.orderId()) >= 0);
        QVERIFY(vm.confirm());
        QVERIFY2(vm.allocate(), qPrintable(vm.error()));
        QCOMPARE(vm.detail().value(QStringLiteral("status")).toString(), QStringLiteral("allocated"));
        const QVariantMap line = vm.detail().value(QStringLiteral("lines")).toList().first().toMap();
        const QVariantList allocations = line.value(QStringLiteral("allocations")).toList();
        QCOMPARE(allocations.size(), 1);
        QCOMPARE(allocations.first().toMap().value(QStringLiteral("tlc")).toString(), QStringLiteral("AH-SM-0933"));
        QVERIFY2(allocations.first().toMap().value(QStringLiteral("why")).toString().contains(QLatin1String("first to expire")),
                 qPrintable(allocations.first().toMap().value(QStringLiteral("why")).toString()));
        QCOMPARE(vm.pickRows().size(), 1);

        // A lot of another product is refused where the scan was made; nothing is picked.
        QVERIFY(!vm.scan(QStringLiteral("MFF-E500-115")));
        QVERIFY2(vm.scanError().contains(QLatin1String("MFF-E500-115")) || vm.scanError().contains(QLatin1String("FRZ-EDAMAME-500")), qPrintable(vm.scanError()));
        QVERIFY(!vm.scan(QStringLiteral("NO-SUCH-LOT")));
        QVERIFY(vm.scanError().contains(QLatin1String("NO-SUCH-LOT")));
        QCOMPARE(vm.pickRows().first().toMap().value(QStringLiteral("picked")).toLongLong(), 0);
        QVERIFY2(vm.scan(QStringLiteral("AH-SM-0933")), qPrintable(vm.scanError()));
        QVERIFY(vm.scanError().isEmpty());
        QVERIFY(vm.scanNotice().contains(QLatin1String("AH-SM-0933")));
        QCOMPARE(vm.detail().value(QStringLiteral("status")).toString(), QStringLiteral("picked"));
        QVERIFY(vm.pickRows().first().toMap().value(QStringLiteral("done")).toBool());

        // No packing slip before shipping; shipping needs the reference document.
        const QString slip = fx_->dir.filePath(QStringLiteral("slip.pdf"));
        QVERIFY(!vm.savePackingSlipPdf(slip));
        QVERIFY(vm.error().contains(number));
        QVERIFY(!vm.ship(QStringLiteral("Coldline"), QStringLiteral("CL-1"), QStringLiteral("invoice"), QString()));
        QVERIFY(!vm.error().isEmpty());
        QVERIFY2(vm.ship(QStringLiteral("Coldline"), QStringLiteral("CL-1"), QStringLiteral("invoice"), QStringLiteral("INV-77")), qPrintable(vm.error()));
        QCOMPARE(row(vm, number).value(QStringLiteral("status")).toString(), QStringLiteral("shipped"));
        QVERIFY2(vm.savePackingSlipPdf(slip), qPrintable(vm.error()));
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {slip, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(20000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(QLatin1String("AH-SM-0933")) && text.contains(QLatin1String("INV-77")), qPrintable(text));
        QVERIFY(!vm.cancel(QStringLiteral("customer changed their mind")));
        QVERIFY2(vm.error().contains(number), qPrintable(vm.error()));
        QVERIFY(vm.deliver());
        QCOMPARE(vm.detail().value(QStringLiteral("status")).toString(), QStringLiteral("delivered"));
    }

    void permissionsFollowTheCore()
    {
        fx_->session()->begin(picker_);
        OrdersViewModel vm(fx_->session());
        const QVariantMap perms = vm.permissions();
        QVERIFY(perms.value(QStringLiteral("ConfirmPick")).toMap().value(QStringLiteral("allowed")).toBool());
        QVERIFY(!perms.value(QStringLiteral("ResolvePickException")).toMap().value(QStringLiteral("allowed")).toBool());
        QVERIFY(perms.value(QStringLiteral("ResolvePickException")).toMap().value(QStringLiteral("note")).toString().contains(QLatin1String("Warehouse manager")));
        QVERIFY(!perms.value(QStringLiteral("PlaceOrder")).toMap().value(QStringLiteral("allowed")).toBool());
        // The core refuses too, and the refusal shows.
        QVERIFY(!vm.place(QStringLiteral("CUS-0001"), {QVariantMap{{"product", "FSH-SMOKED-200"}, {"quantity", 1}}}, {}, {}));
        QVERIFY(!vm.error().isEmpty());
    }

    void returnFromRequestToRefund()
    {
        ReturnsViewModel vm(fx_->session());
        QCOMPARE(vm.rows().size(), 1);  // the demo's thawed edamame
        const QVariantList delivered = vm.deliveredOrders();
        QCOMPARE(delivered.size(), 1);
        const QString orderId = delivered.first().toMap().value(QStringLiteral("value")).toString();
        const QVariantList lots = vm.deliveredLots(orderId);
        QCOMPARE(lots.size(), 2);
        for (const QVariant& v : lots) {
            const QVariantMap l = v.toMap();
            const qint64 claimed = l.value(QStringLiteral("tlc")) == QLatin1String("MFF-E500-115") ? 5 : 0;
            QCOMPARE(l.value(QStringLiteral("returnable")).toLongLong(), l.value(QStringLiteral("delivered")).toLongLong() - claimed);
        }
        // More than was delivered is refused; the smoked salmon line is fine.
        const QVariantMap salmon = lots.at(1).toMap();
        QVERIFY(!vm.request(orderId, QStringLiteral("quality"), {}, {QVariantMap{{"lotId", salmon.value("lotId")}, {"quantity", salmon.value("delivered").toLongLong() + 1}}}));
        QVERIFY(!vm.error().isEmpty());
        QVERIFY2(vm.request(orderId, QStringLiteral("quality"), QStringLiteral("slices discoloured"), {QVariantMap{{"lotId", salmon.value("lotId")}, {"quantity", 2}}}),
                 qPrintable(vm.error()));
        QCOMPARE(vm.rows().size(), 2);
        QCOMPARE(vm.detail().value(QStringLiteral("status")).toString(), QStringLiteral("requested"));
        QVERIFY(vm.authorize());
        QVERIFY(!vm.quarantineLocations().isEmpty());
        QVERIFY2(vm.receive(vm.quarantineLocations().first().toMap().value(QStringLiteral("value")).toString()), qPrintable(vm.error()));
        QCOMPARE(vm.detail().value(QStringLiteral("status")).toString(), QStringLiteral("received"));

        // Inspection is QA's, signed with the password; a wrong one is refused in place.
        QVERIFY(!vm.inspect(1, QStringLiteral("destroy"), {}, test::kPassword, {}));  // the manager is no QA technician
        fx_->session()->begin(qa_);
        QVERIFY(!vm.inspect(1, QStringLiteral("destroy"), {}, QStringLiteral("wrong"), {}));
        QCOMPARE(vm.errorField(), QStringLiteral("password"));
        QVERIFY2(vm.inspect(1, QStringLiteral("destroy"), {}, test::kPassword, QStringLiteral("discoloured")), qPrintable(vm.error()));
        QCOMPARE(vm.detail().value(QStringLiteral("lines")).toList().first().toMap().value(QStringLiteral("decision")).toString(), QStringLiteral("destroy"));

        fx_->session()->begin(admin_);
        QVERIFY(!vm.refund(QStringLiteral("12,5x"), QStringLiteral("USD"), QStringLiteral("CN-1")));
        QCOMPARE(vm.errorField(), QStringLiteral("amount"));
        QVERIFY2(vm.refund(QStringLiteral("12.5"), QStringLiteral("usd"), QStringLiteral("CN-1")), qPrintable(vm.error()));
        QCOMPARE(vm.detail().value(QStringLiteral("refunded")).toString(), QStringLiteral("12.50 USD"));
    }
};

QTEST_MAIN(TstOrdersViewModel)
#include "tst_ordersviewmodel.moc"

// Order documents: the pick list walks the locations by pick sequence (not by code) and shows
// lot, TLC, expiry, quantity, a check box and the lot barcode; the packing slip lists
// ship-from, ship-to, carrier, tracking, reference document and every shipped lot with TLC,
// quantity, unit and product description. Both written to PDF and read back with pdftotext.
#include "inventoryfixture.h"
#include "orders/ordersmodule.h"
#include "reports/orders/orderdocuments.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace tracelot;

namespace {
QString pdfText(const QString& pdf)
{
    // TRACELOT_DOCS_DIR=/some/dir keeps a copy of each document to look at.
    if (const QString keep = qEnvironmentVariable("TRACELOT_DOCS_DIR"); !keep.isEmpty()) {
        const QString copy = keep + QLatin1Char('/') + QFileInfo(pdf).fileName();
        QFile::remove(copy);
        QFile::copy(pdf, copy);
    }
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(20000)) return QStringLiteral("pdftotext (poppler-utils) is needed");
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}
int imagesIn(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    if (!p.waitForFinished(20000)) return -1;
    return int(QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size()) - 2;  // two header lines
}
}  // namespace

class TstOrderDocuments : public QObject {
    Q_OBJECT
private slots:
    void pickListAndPackingSlip()
    {
        test::Warehouse w;
        QVERIFY(w.setUp());
        const QString customer = w.id(w.run(QStringLiteral("RegisterCustomer"), {{QStringLiteral("code"), QStringLiteral("CUS-7")},
                                                                                 {QStringLiteral("name"), QStringLiteral("Deli Seven")},
                                                                                 {QStringLiteral("country"), QStringLiteral("US")},
                                                                                 {QStringLiteral("address"), QStringLiteral("7 Hudson St")},
                                                                                 {QStringLiteral("phone"), QStringLiteral("+1 201 555 0107")}}));
        QVERIFY(!customer.isEmpty());
        // Aisle "Z-9" is walked first (sequence 10) although its code sorts after "A-1" (70).
        const QString early = w.id(w.run(QStringLiteral("DefineLocation"), {{QStringLiteral("code"), QStringLiteral("Z-9")}, {QStringLiteral("name"), QStringLiteral("Aisle 1")},
                                                                            {QStringLiteral("type"), QStringLiteral("ambient")}, {QStringLiteral("pick_sequence"), 10}}));
        const QString late = w.id(w.run(QStringLiteral("DefineLocation"), {{QStringLiteral("code"), QStringLiteral("A-1")}, {QStringLiteral("name"), QStringLiteral("Aisle 7")},
                                                                           {QStringLiteral("type"), QStringLiteral("ambient")}, {QStringLiteral("pick_sequence"), 70}}));
        QVERIFY(!early.isEmpty() && !late.isEmpty());
        const QDate today = QDate::currentDate();
        QVERIFY(!w.receive(w.cheese, 6, late, today.addDays(60), QStringLiteral("CHZ-LATE-1")).isEmpty());
        QVERIFY(!w.receive(w.greens, 9, early, today.addDays(30), QStringLiteral("GRN-EARLY-2")).isEmpty());

        auto placed = w.run(QStringLiteral("PlaceOrder"), {{QStringLiteral("customer_code"), QStringLiteral("CUS-7")},
                                                           {QStringLiteral("reference"), QStringLiteral("PO-5521")},
                                                           {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("product_id"), w.cheese}, {QStringLiteral("quantity"), 4}},
                                                                                                QJsonObject{{QStringLiteral("product_id"), w.greens}, {QStringLiteral("quantity"), 5}}}}});
        QVERIFY2(placed, placed ? "" : qPrintable(placed.refusal().message));
        const QString order = w.id(placed, "order_id");
        const QJsonObject on{{QStringLiteral("order_id"), order}};
        QVERIFY(w.run(QStringLiteral("ConfirmOrder"), on));
        QVERIFY(w.run(QStringLiteral("AllocateOrder"), on));
        const QString number = orders::OrdersQueries(w.ws->database().sql()).order(order)->number;

        // Pick list: walking order, lots, TLC, expiry, quantities, unticked boxes, barcodes.
        const QString pick = w.dir.filePath(QStringLiteral("pick.pdf"));
        QVERIFY(reports::writePickListPdf(pick, w.ws->database().sql(), order, 1'767'225'600'000));
        const QString text = pdfText(pick);
        for (const QString& expected : {QStringLiteral("Pick list ") + number, QStringLiteral("Deli Seven"), QStringLiteral("CHZ-LATE-1"), QStringLiteral("GRN-EARLY-2"),
                                        today.addDays(60).toString(Qt::ISODate), today.addDays(30).toString(Qt::ISODate), QStringLiteral("Aisle 1"),
                                        QStringLiteral("Picked by"), QStringLiteral("2026-01-01 00:00 UTC"), QStringLiteral("page 1 of 1"), QStringLiteral("☐")})
            QVERIFY2(text.contains(expected), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(expected, text)));
        QVERIFY2(text.indexOf(QLatin1String("Z-9")) < text.indexOf(QLatin1String("A-1")), "walking order: pick sequence before location code");
        QVERIFY2(text.indexOf(QLatin1String("GRN-EARLY-2")) < text.indexOf(QLatin1String("CHZ-LATE-1")), "the lot at the first location comes first");
        QVERIFY(!text.contains(QLatin1String("☑")));
        QCOMPARE(imagesIn(pick), 2);  // one lot barcode per row

        // No packing slip before shipping: the refusal names the order.
        const QString slip = w.dir.filePath(QStringLiteral("slip.pdf"));
        const Status early_ = reports::writePackingSlipPdf(slip, w.ws->database().sql(), w.ws->store(), order, 0);
        QVERIFY(!early_);
        QVERIFY(early_.refusal().message.contains(number));

        // Pick everything (scan by TLC), ship, then the slip shows the shipment.
        for (const orders::PickRow& r : orders::OrdersQueries(w.ws->database().sql()).pickList(order)) {
            auto picked = w.run(QStringLiteral("ConfirmPick"), {{QStringLiteral("order_id"), order}, {QStringLiteral("scan"), r.tlc}});
            QVERIFY2(picked, picked ? "" : qPrintable(picked.refusal().message));
        }
        QVERIFY(reports::writePickListPdf(pick, w.ws->database().sql(), order, 0));
        const QString ticked = pdfText(pick);
        QCOMPARE(ticked.count(QStringLiteral("☑")), 2);
        QVERIFY(!ticked.contains(QStringLiteral("☐")));

        auto shipped = w.run(QStringLiteral("ShipOrder"), {{QStringLiteral("order_id"), order}, {QStringLiteral("carrier"), QStringLiteral("Coldline Freight")},
                                                           {QStringLiteral("tracking"), QStringLiteral("CL-77812")},
                                                           {QStringLiteral("reference_document_type"), QStringLiteral("bill_of_lading")},
                                                           {QStringLiteral("reference_document"), QStringLiteral("BOL-4411")}});
        QVERIFY2(shipped, shipped ? "" : qPrintable(shipped.refusal().message));
        QVERIFY(reports::writePackingSlipPdf(slip, w.ws->database().sql(), w.ws->store(), order, 1'767'225'600'000));
        const QString s = pdfText(slip);
        for (const QString& expected : {QStringLiteral("Packing slip ") + number, QStringLiteral("Ship from"), QStringLiteral("Ship to"), QStringLiteral("Deli Seven"),
                                        QStringLiteral("7 Hudson St"), QStringLiteral("Coldline Freight"), QStringLiteral("CL-77812"),
                                        QStringLiteral("Bill of lading BOL-4411"), QStringLiteral("PO-5521"), QStringLiteral("CHZ-LATE-1"), QStringLiteral("GRN-EARLY-2"),
                                        QStringLiteral("2 lot(s), 9 in all")})
            QVERIFY2(s.contains(expected), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(expected, s)));
        // Ship-from is the site the fixture described; each lot with its quantity and unit.
        const QJsonObject payload = w.ws->store().readStream(orders::orderStream(order)).back().payload;
        QVERIFY(s.contains(payload.value(QLatin1String("ship_from_location_description")).toString().left(20)));
        for (const QJsonValue& v : payload.value(QLatin1String("lines")).toArray()) {
            const QJsonObject l = v.toObject();
            const QRegularExpression row(QRegularExpression::escape(l.value(QLatin1String("tlc")).toString()) + QStringLiteral("\\s+")
                                         + QString::number(l.value(QLatin1String("quantity")).toInteger()) + QStringLiteral("\\s+")
                                         + QRegularExpression::escape(l.value(QLatin1String("unit")).toString()));
            QVERIFY2(s.contains(row), qPrintable(QStringLiteral("no row %1 in:\n%2").arg(row.pattern(), s)));
            QVERIFY(s.contains(l.value(QLatin1String("product_description")).toString()));
            QVERIFY(!l.value(QLatin1String("tlc_source")).toString().isEmpty());
            QVERIFY(s.contains(l.value(QLatin1String("tlc_source")).toString().left(12)));
        }
    }
};

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    TstOrderDocuments tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_orderdocuments.moc"

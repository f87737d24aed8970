// Lot and case labels (issue 3): GS1 element strings (order, YYMMDD dates that never carry
// day 00, (310n) weight padding, the SSCC / (02) / (37) rules, 48-character symbols), every
// refusal, PDF output checked with pdftotext, the print path through QPrinter, and a real
// barcode round trip: zint renders, zbarimg (zbar-tools) decodes, our GS1 parser reads back.
//
// Needs poppler-utils (pdftotext, pdfinfo, pdftoppm) and zbar-tools (zbarimg); a missing tool
// fails the test with the package to install. Runs under QGuiApplication (offscreen).
#include "inventory/gs1parser.h"
#include "reports/labels.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tracelot;
using namespace tracelot::reports;

namespace {

const QDate kToday(2026, 1, 15); // for the GS1 parser's century window only

LotLabel olives()
{
    LotLabel l;
    l.productName = QStringLiteral("Organic Kalamata Olives");
    l.productCode = QStringLiteral("OLV-KAL-2");
    l.gtin = QStringLiteral("04006381333931");
    l.lot = QStringLiteral("L0329");
    l.expiry = QDate(2026, 3, 1);
    l.quantity = QStringLiteral("24");
    l.unit = QStringLiteral("cases");
    l.supplierName = QStringLiteral("Kalamata Growers Cooperative");
    l.receiveDate = QDate(2025, 11, 3);
    return l;
}

// Test rows write '@' where the transmitted data has GS (ASCII 29), as in tst_gs1.
QString gs(QString s)
{
    s.replace(QLatin1Char('@'), QChar(gs1::kGroupSeparator));
    return s;
}

struct Run {
    bool started = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString& program, const QStringList& args)
{
    Run r;
    QProcess p;
    p.start(program, args);
    r.started = p.waitForStarted(10000);
    if (!r.started) return r;
    p.waitForFinished(60000);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// The full path of a tool, or an empty string (the caller fails with the package to install).
QString tool(const char* name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

#define REQUIRE_TOOL(var, name, package)                                                                                                             \
    const QString var = tool(name);                                                                                                                  \
    if (var.isEmpty()) QFAIL(name " not found: install " package " (apt-get install " package ", or scripts/install-deps.sh)")

// What zbarimg decoded: symbology, whether it saw FNC1 in first position (GS1), and the data.
struct Decoded {
    QString type;
    bool gs1 = false;
    QByteArray data;
};

QList<Decoded> zbar(const QString& zbarimg, const QString& image)
{
    // --xml gives the modifiers (GS1 = FNC1 in first position) and the data (in base64 when it
    // holds a control character), with any FNC1 inside the symbol as GS (ASCII 29), exactly as
    // a scanner transmits it.
    const Run r = run(zbarimg, { QStringLiteral("--xml"), QStringLiteral("--nodbus"), QStringLiteral("-q"), image });
    QList<Decoded> out;
    static const QRegularExpression symbol(
        QStringLiteral("<symbol ([^>]*)>\\s*<data([^>]*)><!\\[CDATA\\[(.*?)\\]\\]>"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression type(QStringLiteral("\\btype='([^']*)'"));
    static const QRegularExpression modifiers(QStringLiteral("\\bmodifiers='([^']*)'"));
    for (auto it = symbol.globalMatch(QString::fromUtf8(r.out)); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString attributes = m.captured(1);
        const bool base64 = m.captured(2).contains(QLatin1String("format='base64'"));
        const QByteArray data = base64 ? QByteArray::fromBase64(m.captured(3).trimmed().toLatin1()) : m.captured(3).toLatin1();
        out.append(Decoded { type.match(attributes).captured(1),
            modifiers.match(attributes).captured(1).split(QLatin1Char(',')).contains(QLatin1String("GS1")), data });
    }
    return out;
}

QString pdfText(const QString& pdftotext, const QString& pdf)
{
    // Reading order, whitespace collapsed: a product name wrapped on two lines reads as one.
    const Run r = run(pdftotext, { pdf, QStringLiteral("-") });
    return QString::fromUtf8(r.out).simplified();
}

} // namespace

Q_DECLARE_METATYPE(tracelot::reports::LotLabel)

class TstLabels : public QObject {
    Q_OBJECT
private slots:
    void elementString_data()
    {
        QTest::addColumn<LotLabel>("label");
        QTest::addColumn<QString>("hri");

        QTest::newRow("gtin, use by, lot") << olives() << QStringLiteral("(01)04006381333931(17)260301(10)L0329");
        {
            LotLabel l = olives();
            l.gtin = QStringLiteral("4006381333931"); // GTIN-13: padded to 14 digits
            QTest::newRow("gtin-13 padded") << l << QStringLiteral("(01)04006381333931(17)260301(10)L0329");
        }
        {
            LotLabel l = olives();
            l.productionDate = QDate(2025, 9, 30);
            l.bestBefore = QDate(2026, 2, 28);
            l.expiry = QDate(2026, 12, 31);
            l.netWeightKg = QStringLiteral("12.5");
            QTest::newRow("all dates, weight: fixed fields first, lot last")
                << l << QStringLiteral("(01)04006381333931(11)250930(15)260228(17)261231(3103)012500(10)L0329");
        }
        {
            LotLabel l = olives();
            l.expiry = QDate(2028, 2, 29);
            QTest::newRow("leap day printed as 29") << l << QStringLiteral("(01)04006381333931(17)280229(10)L0329");
        }
        {
            LotLabel l = olives();
            l.expiry = QDate();
            l.bestBefore = QDate(2026, 4, 30);
            QTest::newRow("best before only, end of month is the real day") << l << QStringLiteral("(01)04006381333931(15)260430(10)L0329");
        }
        const auto weight = [](const char* kg, const char* element) {
            LotLabel l = olives();
            l.expiry = QDate();
            l.netWeightKg = QString::fromLatin1(kg);
            QTest::newRow(qPrintable(QStringLiteral("weight %1").arg(QString::fromLatin1(kg))))
                << l << QStringLiteral("(01)04006381333931%1(10)L0329").arg(QString::fromLatin1(element));
        };
        weight("12.5", "(3103)012500");
        weight("0.25", "(3103)000250");
        weight(" 2 ", "(3103)002000");
        weight("0.001", "(3103)000001");
        weight("999.999", "(3103)999999");
        weight("1.2500", "(3103)001250"); // trailing zeros are not precision
        weight("1000", "(3102)100000"); // heavier: fewer decimals, nothing lost
        weight("1250.75", "(3102)125075");
        weight("45000.5", "(3101)450005");
        weight("120000", "(3100)120000");
        {
            LotLabel l = olives();
            l.sscc = QStringLiteral("106141411234567897");
            l.count = 24;
            l.netWeightKg = QStringLiteral("240"); // printed, but (310n) does not go with (02)
            QTest::newRow("sscc + count: (00), content gtin (02), (37) before the lot")
                << l << QStringLiteral("(00)106141411234567897(02)04006381333931(17)260301(37)24(10)L0329");
        }
        {
            LotLabel l = olives();
            l.sscc = QStringLiteral("106141411234567897");
            l.netWeightKg = QStringLiteral("8.4");
            QTest::newRow("sscc without count: the unit is the trade item (01)")
                << l << QStringLiteral("(00)106141411234567897(01)04006381333931(17)260301(3103)008400(10)L0329");
        }
        {
            LotLabel l = olives();
            l.count = 24; // no SSCC: (37) would need (02); the count is printed as text only
            QTest::newRow("count without sscc is text only") << l << QStringLiteral("(01)04006381333931(17)260301(10)L0329");
        }
        {
            LotLabel l = olives();
            l.lot = QStringLiteral("A-1/2.b:c;d<e>f?g_h%");
            QTest::newRow("lot with set-82 punctuation") << l << QStringLiteral("(01)04006381333931(17)260301(10)A-1/2.b:c;d<e>f?g_h%");
        }
    }

    void elementString()
    {
        QFETCH(LotLabel, label);
        QFETCH(QString, hri);
        const Result<QString> s = gs1ElementString(label);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.refusal().message));
        QCOMPARE(s.value(), hri);
    }

    // Every day of two years, as use by, best before and production date: the exact day is
    // printed, never "00", and our own parser reads the same date back.
    void datesAreTheRealDay()
    {
        for (QDate d(2026, 1, 1); d < QDate(2028, 1, 1); d = d.addDays(1)) {
            LotLabel l = olives();
            l.expiry = d;
            l.bestBefore = d;
            l.productionDate = d;
            const Result<QString> r = gs1ElementString(l);
            QVERIFY(r.ok());
            const QString& s = r.value();
            const QString yymmdd = d.toString(QStringLiteral("yyMMdd"));
            QVERIFY2(s.contains(QStringLiteral("(17)") + yymmdd) && s.contains(QStringLiteral("(15)") + yymmdd)
                    && s.contains(QStringLiteral("(11)") + yymmdd),
                qPrintable(s));
            QVERIFY2(!QRegularExpression(QStringLiteral("\\((?:11|15|17)\\)\\d{4}00")).match(s).hasMatch(), qPrintable(s));
            const Result<gs1::Gs1Data> back = gs1::parse(s, gs1::Gs1Options { QChar(gs1::kGroupSeparator), kToday });
            QVERIFY(back.ok());
            QCOMPARE(back->expiry, d);
            QVERIFY(!back->dayWasZero(u"17"));
        }
    }

    void refusals_data()
    {
        QTest::addColumn<LotLabel>("label");
        QTest::addColumn<QString>("code");
        const auto row = [](const char* name, LotLabel l, const char* code) { QTest::newRow(name) << l << QString::fromLatin1(code); };
        LotLabel l;
        l = olives(), l.gtin = QStringLiteral("04006381333932"), row("gtin check digit", l, "labels.gtin_invalid");
        l = olives(), l.gtin = QStringLiteral("0400638133393"), row("gtin 13 digits, bad check", l, "labels.gtin_invalid");
        l = olives(), l.gtin = QStringLiteral("40063813339"), row("gtin 11 digits", l, "labels.gtin_invalid");
        l = olives(), l.gtin = QStringLiteral("0400638133393A"), row("gtin with a letter", l, "labels.gtin_invalid");
        l = olives(), l.gtin = QString(), row("gtin missing", l, "labels.gtin_missing");
        l = olives(), l.lot = QStringLiteral("ABCDEFGHIJ0123456789X"), row("lot 21 characters", l, "labels.lot_too_long");
        l = olives(), l.lot = QStringLiteral("L 0329"), row("lot with a space", l, "labels.lot_invalid_character");
        l = olives(), l.lot = QStringLiteral("LOTÉ1"), row("lot with a non-ASCII letter", l, "labels.lot_invalid_character");
        l = olives(), l.lot = QStringLiteral("L#1"), row("lot with #", l, "labels.lot_invalid_character");
        l = olives(), l.lot = QStringLiteral("L(1)"), row("lot with a bracket", l, "labels.lot_invalid_character");
        l = olives(), l.lot = QStringLiteral("  "), row("lot missing", l, "labels.lot_missing");
        l = olives(), l.sscc = QStringLiteral("106141411234567890"), row("sscc check digit", l, "labels.sscc_invalid");
        l = olives(), l.sscc = QStringLiteral("1061414112345678"), row("sscc too short", l, "labels.sscc_invalid");
        l = olives(), l.netWeightKg = QStringLiteral("12,5"), row("weight with a comma", l, "labels.weight_invalid");
        l = olives(), l.netWeightKg = QStringLiteral("0.000"), row("weight zero", l, "labels.weight_invalid");
        l = olives(), l.netWeightKg = QStringLiteral("-1"), row("weight negative", l, "labels.weight_invalid");
        l = olives(), l.netWeightKg = QStringLiteral("1.2345"), row("weight below a gram", l, "labels.weight_invalid");
        l = olives(), l.netWeightKg = QStringLiteral("1000.001"), row("weight too precise for its size", l, "labels.weight_invalid");
        l = olives(), l.netWeightKg = QStringLiteral("1000000"), row("weight too heavy", l, "labels.weight_invalid");
        l = olives(), l.count = 0, row("count zero", l, "labels.count_invalid");
        l = olives(), l.count = 100000000, row("count too big", l, "labels.count_invalid");
        l = olives(), l.expiry = QDate(1999, 12, 31), row("date before 2000", l, "labels.date_out_of_range");
        l = olives(), l.productionDate = QDate(2100, 1, 1), row("date after 2099", l, "labels.date_out_of_range");
    }

    void refusals()
    {
        QFETCH(LotLabel, label);
        QFETCH(QString, code);
        const Result<QString> s = gs1ElementString(label);
        QVERIFY2(!s.ok(), s.ok() ? qPrintable(s.value()) : "");
        QCOMPARE(s.refusal().code, code);
        QVERIFY(!s.refusal().message.isEmpty());
        // Nothing is painted or written for a refused label either.
        QCOMPARE(gs1Symbols(label).ok(), false);
        QImage image(400, 200, QImage::Format_RGB32);
        QPainter painter(&image);
        const Status painted = paintLabel(painter, QRectF(0, 0, 400, 200), label);
        QVERIFY(!painted.ok());
        QCOMPARE(painted.refusal().code, code);
    }

    void refusalMessagesSayWhy()
    {
        LotLabel l = olives();
        l.gtin = QStringLiteral("04006381333932");
        QVERIFY(gs1ElementString(l).refusal().message.contains(QStringLiteral("should be 1")));
        l = olives();
        l.lot = QStringLiteral("ABCDEFGHIJ0123456789X");
        QVERIFY(gs1ElementString(l).refusal().message.contains(QStringLiteral("21 characters")));
        l = olives();
        l.lot = QStringLiteral("L 0329");
        QVERIFY(gs1ElementString(l).refusal().message.contains(QStringLiteral("\" \"")));
    }

    // Long content is split into GS1-128 symbols of at most 48 data characters; the SSCC is
    // alone and last; together they carry exactly the element string.
    void symbolsSplitAt48()
    {
        LotLabel l = olives();
        l.sscc = QStringLiteral("106141411234567897");
        l.productionDate = QDate(2025, 9, 30);
        l.bestBefore = QDate(2026, 2, 28);
        l.netWeightKg = QStringLiteral("12.5");
        l.lot = QStringLiteral("ABCDEFGHIJ0123456789");
        const Result<QStringList> symbols = gs1Symbols(l);
        QVERIFY(symbols.ok());
        QCOMPARE(symbols->size(), 3);
        // First what a scan needs together: (01) 16 + (17) 8 + (10) 22 = 46 of 48 data
        // characters; (11), (15) and (3103) go to the next symbol; the SSCC alone, last.
        QCOMPARE(symbols->first(), QStringLiteral("(01)04006381333931(17)260301(10)ABCDEFGHIJ0123456789"));
        QCOMPARE(symbols->at(1), QStringLiteral("(11)250930(15)260228(3103)012500"));
        QCOMPARE(symbols->last(), QStringLiteral("(00)106141411234567897"));
        // Together they carry exactly the element string.
        const Result<QString> all = gs1ElementString(l);
        QCOMPARE(all.value(),
            QStringLiteral("(00)106141411234567897(01)04006381333931(11)250930(15)260228(17)260301(3103)012500(10)ABCDEFGHIJ0123456789"));
        QString rest = all.value();
        for (const QString& symbol : symbols.value()) {
            const auto elements = QRegularExpression(QStringLiteral("\\(\\d+\\)[^(]*")).globalMatch(symbol);
            for (auto it = elements; it.hasNext();) {
                const QString element = it.next().captured(0);
                QVERIFY2(rest.contains(element), qPrintable(element));
                rest.remove(element);
            }
        }
        QVERIFY2(rest.isEmpty(), qPrintable(rest));
        for (const QString& s : symbols.value())
            QVERIFY2(QString(s).remove(QRegularExpression(QStringLiteral("[()]"))).size() <= 48, qPrintable(s));

        const Result<QStringList> one = gs1Symbols(olives());
        QVERIFY(one.ok());
        QCOMPARE(one.value(), QStringList { QStringLiteral("(01)04006381333931(17)260301(10)L0329") });
    }

    void renderedBarcode()
    {
        const Result<QImage> image = renderBarcode(QStringLiteral("(01)04006381333931(17)260301(10)L0329"), 300);
        QVERIFY(image.ok());
        // 0.33 mm at 300 dpi: 4 pixels per module; quiet zones: 10 modules of white each side.
        QCOMPARE(image->width() % 4, 0);
        const int modules = image->width() / 4;
        QVERIFY2(modules > 200 && modules < 300, qPrintable(QString::number(modules)));
        for (int x = 0; x < 40; ++x) {
            QCOMPARE(qGray(image->pixel(x, image->height() / 2)), 255);
            QCOMPARE(qGray(image->pixel(image->width() - 1 - x, image->height() / 2)), 255);
        }
        QCOMPARE(qGray(image->pixel(40, image->height() / 2)), 0); // first bar of the start character
        QCOMPARE(image->height(), 177); // 15 mm at 300 dpi
        QCOMPARE(image->dotsPerMeterX(), 11811);

        // zint's own checks come back as refusals.
        const Result<QImage> bad = renderBarcode(QStringLiteral("(01)04006381333932"), 300);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.refusal().code, QStringLiteral("labels.barcode_failed"));
        QVERIFY2(bad.refusal().message.contains(QStringLiteral("checksum"), Qt::CaseInsensitive), qPrintable(bad.refusal().message));
        QVERIFY(!renderBarcode(QStringLiteral("L0329"), 300).ok());
        QVERIFY(!renderBarcode(QStringLiteral("(01)04006381333931"), 10).ok());
    }

    // The real round trip: zint renders, zbarimg decodes, our scanner parser reads it back.
    void barcodeRoundTrip_data()
    {
        QTest::addColumn<LotLabel>("label");
        // Per symbol, what a scanner sends after the ]C1 symbology identifier; '@' = GS.
        QTest::addColumn<QStringList>("transmitted");
        QTest::newRow("gtin, use by, lot") << olives() << QStringList { QStringLiteral("01040063813339311726030110L0329") };
        LotLabel l = olives();
        l.productionDate = QDate(2025, 9, 30);
        l.netWeightKg = QStringLiteral("12.5");
        l.lot = QStringLiteral("Ab-12/x.Y_9");
        QTest::newRow("dates, weight, mixed-case lot: two symbols")
            << l << QStringList { QStringLiteral("0104006381333931112509301726030110Ab-12/x.Y_9"), QStringLiteral("3103012500") };
        l = olives();
        l.sscc = QStringLiteral("106141411234567897");
        l.count = 24;
        QTest::newRow("sscc; content gtin, count then lot: FNC1 between")
            << l << QStringList { QStringLiteral("0204006381333931172603013724@10L0329"), QStringLiteral("00106141411234567897") };
    }

    void barcodeRoundTrip()
    {
        QFETCH(LotLabel, label);
        QFETCH(QStringList, transmitted);
        REQUIRE_TOOL(zbarimg, "zbarimg", "zbar-tools");
        const Result<QStringList> symbols = gs1Symbols(label);
        QVERIFY(symbols.ok());
        QCOMPARE(symbols->size(), transmitted.size());

        QTemporaryDir dir;
        for (qsizetype i = 0; i < symbols->size(); ++i) {
            const QString& content = symbols->at(i);
            const QString png = dir.filePath(QStringLiteral("barcode%1.png").arg(i));
            const Result<QImage> image = renderBarcode(content, 300);
            QVERIFY(image.ok());
            QVERIFY(image->save(png));

            const QList<Decoded> decoded = zbar(zbarimg, png);
            QCOMPARE(decoded.size(), 1);
            QCOMPARE(decoded.first().type, QStringLiteral("CODE-128"));
            QVERIFY2(decoded.first().gs1, "zbarimg did not see FNC1 in first position: not a GS1-128 symbol");
            QCOMPARE(QString::fromLatin1(decoded.first().data), gs(transmitted.at(i)));

            // As the receiving desk would read it: symbology identifier + data into our parser.
            const Result<gs1::Gs1Data> parsed = gs1::parse(
                QStringLiteral("]C1") + QString::fromLatin1(decoded.first().data), gs1::Gs1Options { QChar(gs1::kGroupSeparator), kToday });
            QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.refusal().message));
            QCOMPARE(parsed->symbology, QStringLiteral("]C1"));
            QCOMPARE(parsed->hri(), content);
            if (i == 0) {
                QCOMPARE(parsed->lot, label.lot);
                QCOMPARE(parsed->expiry, label.expiry);
                QCOMPARE(parsed->gtin.isEmpty() ? parsed->contentGtin : parsed->gtin, label.gtin);
                if (label.count) QCOMPARE(parsed->count, label.count);
            }
        }
    }

    void pdfCaseLabels()
    {
        REQUIRE_TOOL(pdftotext, "pdftotext", "poppler-utils");
        REQUIRE_TOOL(pdfinfo, "pdfinfo", "poppler-utils");
        REQUIRE_TOOL(pdftoppm, "pdftoppm", "poppler-utils");
        REQUIRE_TOOL(zbarimg, "zbarimg", "zbar-tools");
        LotLabel pallet = olives();
        pallet.productName = QStringLiteral("Extra Virgin Olive Oil 5 L Tin");
        pallet.lot = QStringLiteral("EVO-2611-B");
        pallet.sscc = QStringLiteral("106141411234567897");
        pallet.count = 120;
        pallet.bestBefore = QDate(2027, 6, 30);
        pallet.expiry = QDate();

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("case.pdf"));
        const Status written = writeLabelsPdf(pdf, { olives(), pallet }, LabelSize::Case4x6);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.refusal().message));

        const QString info = QString::fromUtf8(run(pdfinfo, { pdf }).out);
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\b"))), qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+288(\\.0+)? x 432(\\.0+)? pts"))), qPrintable(info));

        const QString text = pdfText(pdftotext, pdf);
        for (const char* expected :
            { "Organic Kalamata Olives", "OLV-KAL-2", "L0329", "Use by", "01 Mar 2026", "Received", "03 Nov 2025", "24 cases",
                "Kalamata Growers Cooperative", "(01)04006381333931(17)260301(10)L0329", "Extra Virgin Olive Oil 5 L Tin", "EVO-2611-B",
                "Best before", "30 Jun 2027", "106141411234567897", "(02)04006381333931(15)270630(37)120(10)EVO-2611-B", "(00)106141411234567897" }) {
            QVERIFY2(
                text.contains(QString::fromUtf8(expected)), qPrintable(QStringLiteral("\"%1\" not in:\n%2").arg(QString::fromUtf8(expected), text)));
        }

        // The printed page itself scans: both symbols of the pallet label, from a 300 dpi raster.
        QVERIFY(run(pdftoppm,
                    { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-f"), QStringLiteral("2"),
                        QStringLiteral("-l"), QStringLiteral("2"), QStringLiteral("-singlefile"), pdf, dir.filePath(QStringLiteral("page")) })
                    .exitCode
            == 0);
        QList<Decoded> decoded = zbar(zbarimg, dir.filePath(QStringLiteral("page.png")));
        QStringList data;
        for (const Decoded& d : decoded) {
            QVERIFY(d.gs1);
            data << QString::fromLatin1(d.data);
        }
        data.sort();
        QCOMPARE(
            data, (QStringList { gs(QStringLiteral("00106141411234567897")), gs(QStringLiteral("02040063813339311527063037120@10EVO-2611-B")) }));
    }

    void pdfLotLabel()
    {
        REQUIRE_TOOL(pdftotext, "pdftotext", "poppler-utils");
        REQUIRE_TOOL(pdfinfo, "pdfinfo", "poppler-utils");
        REQUIRE_TOOL(pdftoppm, "pdftoppm", "poppler-utils");
        REQUIRE_TOOL(zbarimg, "zbarimg", "zbar-tools");
        LotLabel l = olives();
        l.netWeightKg = QStringLiteral("2.5");
        l.productionDate = QDate(2025, 10, 1);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("lot.pdf"));
        const Status written = writeLabelsPdf(pdf, { l }, LabelSize::Lot100x50);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.refusal().message));
        const QString info = QString::fromUtf8(run(pdfinfo, { pdf }).out);
        // 100 x 50 mm = 283.46 x 141.73 pt, landscape (Qt writes whole points).
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+283(\\.\\d+)? x 14[12](\\.\\d+)? pts"))), qPrintable(info));
        const QString text = pdfText(pdftotext, pdf);
        for (const char* expected : { "Organic Kalamata Olives", "L0329", "Use by", "01 Mar 2026", "Produced", "01 Oct 2025", "2.5 kg",
                 // 49 data characters in all: one over GS1-128's 48, so the weight has its own symbol
                 "(01)04006381333931(11)251001(17)260301(10)L0329", "(3103)002500" }) {
            QVERIFY2(
                text.contains(QString::fromUtf8(expected)), qPrintable(QStringLiteral("\"%1\" not in:\n%2").arg(QString::fromUtf8(expected), text)));
        }
        QVERIFY(run(pdftoppm,
                    { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-singlefile"), pdf,
                        dir.filePath(QStringLiteral("page")) })
                    .exitCode
            == 0);
        const QList<Decoded> decoded = zbar(zbarimg, dir.filePath(QStringLiteral("page.png")));
        QStringList data;
        for (const Decoded& d : decoded) {
            QVERIFY(d.gs1);
            data << QString::fromLatin1(d.data);
        }
        data.sort();
        QCOMPARE(data, (QStringList { QStringLiteral("0104006381333931112510011726030110L0329"), QStringLiteral("3103002500") }));
    }

    void pdfRefusesBeforeWriting()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("bad.pdf"));
        LotLabel bad = olives();
        bad.lot = QStringLiteral("L 1");
        const Status s = writeLabelsPdf(pdf, { olives(), bad }, LabelSize::Case4x6);
        QVERIFY(!s.ok());
        QCOMPARE(s.refusal().code, QStringLiteral("labels.lot_invalid_character"));
        QVERIFY2(s.refusal().message.startsWith(QStringLiteral("Label 2 of 2")), qPrintable(s.refusal().message));
        QVERIFY(!QFile::exists(pdf));

        QTest::ignoreMessage(QtWarningMsg, "QPainter::begin(): Returned false");
        const Status noDir = writeLabelsPdf(dir.filePath(QStringLiteral("missing/dir/x.pdf")), { olives() }, LabelSize::Case4x6);
        QVERIFY(!noDir.ok());
        QCOMPARE(noDir.refusal().code, QStringLiteral("labels.output_failed"));
        QCOMPARE(writeLabelsPdf(pdf, {}, LabelSize::Case4x6).refusal().code, QStringLiteral("labels.output_failed"));
    }

    // The print-dialog path: the desktop shows QPrintDialog, then calls printLabels. Here the
    // QPrinter writes PDF, so the result can be read back.
    void printThroughQPrinter()
    {
        REQUIRE_TOOL(pdftotext, "pdftotext", "poppler-utils");
        REQUIRE_TOOL(pdfinfo, "pdfinfo", "poppler-utils");
        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
        preparePrinter(printer, LabelSize::Lot100x50);
        const Status s = printLabels(printer, { olives(), olives() }, LabelSize::Lot100x50);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.refusal().message));
        const QString info = QString::fromUtf8(run(pdfinfo, { printer.outputFileName() }).out);
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\b"))), qPrintable(info));
        const QString text = pdfText(pdftotext, printer.outputFileName());
        QVERIFY2(text.contains(QStringLiteral("(01)04006381333931(17)260301(10)L0329")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Organic Kalamata Olives")));
    }

    // A preview image: the label fills the area it is given, the border is drawn, and the
    // 3-argument form picks the size from the area's shape.
    void paintsIntoAnImage()
    {
        QImage image(400, 600, QImage::Format_RGB32); // 4 x 6 at 100 dpi
        image.setDotsPerMeterX(3937);
        image.setDotsPerMeterY(3937);
        image.fill(Qt::gray);
        {
            QPainter painter(&image);
            QVERIFY(paintLabel(painter, QRectF(0, 0, 400, 600), olives()).ok());
        }
        QCOMPARE(image.pixel(3, 3), qRgb(255, 255, 255)); // label background, outside the border
        QCOMPARE(qGray(image.pixel(200, 8)), 0); // the border line (2 mm from the edge)
        QCOMPARE(qGray(image.pixel(8, 300)), 0);
        QPainter painter(&image);
        QVERIFY(paintBarcode(painter, QRectF(0, 0, 400, 100), QStringLiteral("(01)04006381333931")).ok());
        QVERIFY(!paintBarcode(painter, QRectF(0, 0, 400, 100), QStringLiteral("(01)04006381333932")).ok());
    }
};

// QTEST_MAIN would build a QApplication here (PrintSupport brings in Widgets); the labels
// must work under a plain QGuiApplication, so the test says so explicitly.
int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TstLabels tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_labels.moc"

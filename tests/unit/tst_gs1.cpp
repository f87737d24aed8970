// GS1 barcode parser: symbology identifiers, FNC1 handling, human readable input, check
// digits, dates and the century window, weights, length and character rules, every error.
// "Today" is always fixed (kToday); the system date is never read.
#include "inventory/gs1parser.h"

#include <QJsonDocument>
#include <QTest>

using namespace tracelot;
using namespace tracelot::gs1;

namespace {

const QDate kToday(2026, 11, 22);

// Test inputs write '@' where the scanner sends GS (ASCII 29); '@' is outside GS1
// character set 82, so it never stands for itself in these rows.
QString gs(QString s)
{
    s.replace(QLatin1Char('@'), QChar(kGroupSeparator));
    return s;
}

QByteArray compact(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

// The expected JSON as written in a row, in the same canonical (sorted keys) form.
QByteArray compact(const QString& json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) qFatal("bad expected JSON in test row: %s", qPrintable(json));
    return compact(doc.object());
}

Gs1Options options(const QString& separator = QString(), QDate today = kToday)
{
    Gs1Options o;
    if (!separator.isEmpty()) o.separator = separator.at(0);
    o.today = today;
    return o;
}

const QString kGln = QStringLiteral("5412345000013");

}  // namespace

class TstGs1 : public QObject {
    Q_OBJECT
private slots:
    void parsesValidInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("separator");  // empty: default (GS only)
        QTest::addColumn<QString>("hri");
        QTest::addColumn<QString>("json");

        const auto row = [](const char* name, const QString& input, const QString& sep, const QString& hri, const QString& json) {
            QTest::newRow(name) << input << sep << hri << json;
        };
        const QString none;

        // Symbology identifiers and FNC1 placement.
        row("gtin only", QStringLiteral("0107032069804988"), none, QStringLiteral("(01)07032069804988"),
            QStringLiteral(R"({"hri":"(01)07032069804988","gtin":"07032069804988"})"));
        row("fixed then variable at end", QStringLiteral("0107032069804988100329"), none, QStringLiteral("(01)07032069804988(10)0329"),
            QStringLiteral(R"({"hri":"(01)07032069804988(10)0329","gtin":"07032069804988","lot":"0329"})"));
        row("]C1 GS1-128", QStringLiteral("]C101070320698049881726113010ABC123"), none,
            QStringLiteral("(01)07032069804988(17)261130(10)ABC123"),
            QStringLiteral(R"({"hri":"(01)07032069804988(17)261130(10)ABC123","gtin":"07032069804988","expiry":"2026-11-30","lot":"ABC123"})"));
        row("]e0 GS1 DataBar", QStringLiteral("]e001070320698049883103001250"), none, QStringLiteral("(01)07032069804988(3103)001250"),
            QStringLiteral(R"({"hri":"(01)07032069804988(3103)001250","gtin":"07032069804988","net_weight_kg":"1.250"})"));
        row("]d2 GS1 DataMatrix", gs(QStringLiteral("]d2010703206980498810LOT42@21SER1")), none,
            QStringLiteral("(01)07032069804988(10)LOT42(21)SER1"),
            QStringLiteral(R"({"hri":"(01)07032069804988(10)LOT42(21)SER1","gtin":"07032069804988","lot":"LOT42","serial":"SER1"})"));
        row("]Q3 GS1 QR", QStringLiteral("]Q3010703206980498815270315"), none, QStringLiteral("(01)07032069804988(15)270315"),
            QStringLiteral(R"({"hri":"(01)07032069804988(15)270315","gtin":"07032069804988","best_before":"2027-03-15"})"));
        row("]J1 GS1 DotCode", QStringLiteral("]J1010703206980498810X"), none, QStringLiteral("(01)07032069804988(10)X"),
            QStringLiteral(R"({"hri":"(01)07032069804988(10)X","gtin":"07032069804988","lot":"X"})"));
        row("leading FNC1", gs(QStringLiteral("@010703206980498810A1")), none, QStringLiteral("(01)07032069804988(10)A1"),
            QStringLiteral(R"({"hri":"(01)07032069804988(10)A1","gtin":"07032069804988","lot":"A1"})"));
        row("doubled FNC1", gs(QStringLiteral("010703206980498810A1@@21S2")), none, QStringLiteral("(01)07032069804988(10)A1(21)S2"),
            QStringLiteral(R"({"hri":"(01)07032069804988(10)A1(21)S2","gtin":"07032069804988","lot":"A1","serial":"S2"})"));
        row("trailing FNC1", gs(QStringLiteral("010703206980498810A1@")), none, QStringLiteral("(01)07032069804988(10)A1"),
            QStringLiteral(R"({"hri":"(01)07032069804988(10)A1","gtin":"07032069804988","lot":"A1"})"));
        row("symbology, leading, inner and trailing FNC1", gs(QStringLiteral("]d2@010703206980498810A1@21S2@")), none,
            QStringLiteral("(01)07032069804988(10)A1(21)S2"),
            QStringLiteral(R"({"hri":"(01)07032069804988(10)A1(21)S2","gtin":"07032069804988","lot":"A1","serial":"S2"})"));
        row("needless FNC1 after fixed-length AI", gs(QStringLiteral("0107032069804988@10A1")), none, QStringLiteral("(01)07032069804988(10)A1"),
            QStringLiteral(R"({"hri":"(01)07032069804988(10)A1","gtin":"07032069804988","lot":"A1"})"));
        row("substitute separator |", QStringLiteral("010703206980498810A1|21S2"), QStringLiteral("|"), QStringLiteral("(01)07032069804988(10)A1(21)S2"),
            QStringLiteral(R"({"hri":"(01)07032069804988(10)A1(21)S2","gtin":"07032069804988","lot":"A1","serial":"S2"})"));
        row("substitute separator ~ leading and trailing", QStringLiteral("~010703206980498810A1~21S2~"), QStringLiteral("~"),
            QStringLiteral("(01)07032069804988(10)A1(21)S2"),
            QStringLiteral(R"({"hri":"(01)07032069804988(10)A1(21)S2","gtin":"07032069804988","lot":"A1","serial":"S2"})"));
        row("GS still works with a substitute set", gs(QStringLiteral("010703206980498810A1@21S2")), QStringLiteral("|"),
            QStringLiteral("(01)07032069804988(10)A1(21)S2"),
            QStringLiteral(R"({"hri":"(01)07032069804988(10)A1(21)S2","gtin":"07032069804988","lot":"A1","serial":"S2"})"));
        row("scanner Enter suffix ignored", QStringLiteral("0107032069804988\r\n"), none, QStringLiteral("(01)07032069804988"),
            QStringLiteral(R"({"hri":"(01)07032069804988","gtin":"07032069804988"})"));

        // Human readable input.
        row("HRI parentheses", QStringLiteral("(01)07032069804988(10)0329"), none, QStringLiteral("(01)07032069804988(10)0329"),
            QStringLiteral(R"({"hri":"(01)07032069804988(10)0329","gtin":"07032069804988","lot":"0329"})"));
        row("HRI with spaces", QStringLiteral("(01) 07032069804988 (17) 261130 (10) ABC"), none,
            QStringLiteral("(01)07032069804988(17)261130(10)ABC"),
            QStringLiteral(R"({"hri":"(01)07032069804988(17)261130(10)ABC","gtin":"07032069804988","expiry":"2026-11-30","lot":"ABC"})"));
        row("HRI lot before fixed AI", QStringLiteral("(10)L-7(01)07032069804988"), none, QStringLiteral("(10)L-7(01)07032069804988"),
            QStringLiteral(R"({"hri":"(10)L-7(01)07032069804988","gtin":"07032069804988","lot":"L-7"})"));
        row("HRI behind a symbology identifier", QStringLiteral("]C1(00)106141411234567897"), none, QStringLiteral("(00)106141411234567897"),
            QStringLiteral(R"({"hri":"(00)106141411234567897","sscc":"106141411234567897"})"));

        // Keys and check digits (good).
        row("logistic label 00 02 37", QStringLiteral("00106141411234567897021703206980498537024"), none,
            QStringLiteral("(00)106141411234567897(02)17032069804985(37)024"),
            QStringLiteral(R"({"hri":"(00)106141411234567897(02)17032069804985(37)024","sscc":"106141411234567897","content_gtin":"17032069804985","count":24})"));
        row("GLNs 410-413", QStringLiteral("410") + kGln + QStringLiteral("411401234500000941273500538500194135901234123457"), none,
            QStringLiteral("(410)5412345000013(411)4012345000009(412)7350053850019(413)5901234123457"),
            QStringLiteral(R"({"hri":"(410)5412345000013(411)4012345000009(412)7350053850019(413)5901234123457",)"
                           R"("ship_to_gln":"5412345000013","bill_to_gln":"4012345000009","purchased_from_gln":"7350053850019","ship_for_gln":"5901234123457"})"));
        row("GLNs 414-417", QStringLiteral("414") + kGln + QStringLiteral("415401234500000941673500538500194175901234123457"), none,
            QStringLiteral("(414)5412345000013(415)4012345000009(416)7350053850019(417)5901234123457"),
            QStringLiteral(R"({"hri":"(414)5412345000013(415)4012345000009(416)7350053850019(417)5901234123457",)"
                           R"("location_gln":"5412345000013","pay_to_gln":"4012345000009","production_location_gln":"7350053850019","party_gln":"5901234123457"})"));

        // Dates.
        row("production, pack and sell by dates", QStringLiteral("0107032069804988112611011326110216261220"), none,
            QStringLiteral("(01)07032069804988(11)261101(13)261102(16)261220"),
            QStringLiteral(R"({"hri":"(01)07032069804988(11)261101(13)261102(16)261220","gtin":"07032069804988",)"
                           R"("production_date":"2026-11-01","pack_date":"2026-11-02","sell_by":"2026-12-20"})"));
        row("day 00 February non-leap", QStringLiteral("17260200"), none, QStringLiteral("(17)260200"),
            QStringLiteral(R"({"hri":"(17)260200","expiry":"2026-02-28","expiry_day_00":true})"));
        row("day 00 February leap", QStringLiteral("17280200"), none, QStringLiteral("(17)280200"),
            QStringLiteral(R"({"hri":"(17)280200","expiry":"2028-02-29","expiry_day_00":true})"));
        row("day 00 February 2000 (leap century)", QStringLiteral("15000200"), none, QStringLiteral("(15)000200"),
            QStringLiteral(R"({"hri":"(15)000200","best_before":"2000-02-29","best_before_day_00":true})"));
        row("day 00 in a 30-day month", QStringLiteral("11260400"), none, QStringLiteral("(11)260400"),
            QStringLiteral(R"({"hri":"(11)260400","production_date":"2026-04-30","production_date_day_00":true})"));
        row("day 00 December", QStringLiteral("16261200"), none, QStringLiteral("(16)261200"),
            QStringLiteral(R"({"hri":"(16)261200","sell_by":"2026-12-31","sell_by_day_00":true})"));
        row("29 February in a leap year", QStringLiteral("17280229"), none, QStringLiteral("(17)280229"),
            QStringLiteral(R"({"hri":"(17)280229","expiry":"2028-02-29"})"));
        row("century window upper end +50", QStringLiteral("17761231"), none, QStringLiteral("(17)761231"),
            QStringLiteral(R"({"hri":"(17)761231","expiry":"2076-12-31"})"));
        row("century window lower end -49", QStringLiteral("11770101"), none, QStringLiteral("(11)770101"),
            QStringLiteral(R"({"hri":"(11)770101","production_date":"1977-01-01"})"));
        row("year 00", QStringLiteral("13000101"), none, QStringLiteral("(13)000101"),
            QStringLiteral(R"({"hri":"(13)000101","pack_date":"2000-01-01"})"));
        row("year 99", QStringLiteral("13991231"), none, QStringLiteral("(13)991231"),
            QStringLiteral(R"({"hri":"(13)991231","pack_date":"1999-12-31"})"));
        row("7003 expiry date and time", QStringLiteral("70032612011430"), none, QStringLiteral("(7003)2612011430"),
            QStringLiteral(R"({"hri":"(7003)2612011430","expiry_time":"2026-12-01T14:30"})"));
        row("7003 followed by FNC1", gs(QStringLiteral("70032612010000@10A")), none, QStringLiteral("(7003)2612010000(10)A"),
            QStringLiteral(R"({"hri":"(7003)2612010000(10)A","expiry_time":"2026-12-01T00:00","lot":"A"})"));
        row("7006 first freeze date", QStringLiteral("7006261115"), none, QStringLiteral("(7006)261115"),
            QStringLiteral(R"({"hri":"(7006)261115","first_freeze_date":"2026-11-15"})"));
        row("7007 single harvest date", gs(QStringLiteral("7007261110@10B")), none, QStringLiteral("(7007)261110(10)B"),
            QStringLiteral(R"({"hri":"(7007)261110(10)B","harvest_date":"2026-11-10","lot":"B"})"));
        row("7007 harvest date range", QStringLiteral("7007261101261105"), none, QStringLiteral("(7007)261101261105"),
            QStringLiteral(R"({"hri":"(7007)261101261105","harvest_date":"2026-11-01","harvest_date_end":"2026-11-05"})"));

        // Weights and counts.
        row("3100 no decimals", QStringLiteral("3100001250"), none, QStringLiteral("(3100)001250"),
            QStringLiteral(R"({"hri":"(3100)001250","net_weight_kg":"1250"})"));
        row("3101 one decimal", QStringLiteral("3101001250"), none, QStringLiteral("(3101)001250"),
            QStringLiteral(R"({"hri":"(3101)001250","net_weight_kg":"125.0"})"));
        row("3103 three decimals", QStringLiteral("3103001250"), none, QStringLiteral("(3103)001250"),
            QStringLiteral(R"({"hri":"(3103)001250","net_weight_kg":"1.250"})"));
        row("3105 five decimals", QStringLiteral("3105012345"), none, QStringLiteral("(3105)012345"),
            QStringLiteral(R"({"hri":"(3105)012345","net_weight_kg":"0.12345"})"));
        row("3102 zero", QStringLiteral("3102000000"), none, QStringLiteral("(3102)000000"),
            QStringLiteral(R"({"hri":"(3102)000000","net_weight_kg":"0.00"})"));
        row("3202 pounds kept apart", QStringLiteral("3202002500"), none, QStringLiteral("(3202)002500"),
            QStringLiteral(R"({"hri":"(3202)002500","net_weight_lb":"25.00"})"));
        row("3301 gross weight with 3103 net", QStringLiteral("33010123453103001250"), none, QStringLiteral("(3301)012345(3103)001250"),
            QStringLiteral(R"({"hri":"(3301)012345(3103)001250","gross_weight_kg":"1234.5","net_weight_kg":"1.250"})"));
        row("30 variable count then FNC1", gs(QStringLiteral("300012@10C")), none, QStringLiteral("(30)0012(10)C"),
            QStringLiteral(R"({"hri":"(30)0012(10)C","variable_count":12,"lot":"C"})"));
        row("fresh fish label", gs(QStringLiteral("]C1010703206980498831030012501527031510FISH-7@7007261101")), none,
            QStringLiteral("(01)07032069804988(3103)001250(15)270315(10)FISH-7(7007)261101"),
            QStringLiteral(R"({"hri":"(01)07032069804988(3103)001250(15)270315(10)FISH-7(7007)261101","gtin":"07032069804988",)"
                           R"("net_weight_kg":"1.250","best_before":"2027-03-15","lot":"FISH-7","harvest_date":"2026-11-01"})"));

        // Lengths and character set.
        row("lot of exactly 20 characters", QStringLiteral("10ABCDEFGHIJ0123456789"), none, QStringLiteral("(10)ABCDEFGHIJ0123456789"),
            QStringLiteral(R"({"hri":"(10)ABCDEFGHIJ0123456789","lot":"ABCDEFGHIJ0123456789"})"));
        row("serial of 20 set-82 punctuation characters", gs(QStringLiteral("21A-1/2.3_x:y;z?!%&'*+@10L")), none,
            QStringLiteral("(21)A-1/2.3_x:y;z?!%&'*+(10)L"),
            QStringLiteral(R"({"hri":"(21)A-1/2.3_x:y;z?!%&'*+(10)L","serial":"A-1/2.3_x:y;z?!%&'*+","lot":"L"})"));
        row("lot with percent signs", QStringLiteral("10%1%2"), none, QStringLiteral("(10)%1%2"),
            QStringLiteral(R"({"hri":"(10)%1%2","lot":"%1%2"})"));
        row("exact repeat kept once", QStringLiteral("01070320698049880107032069804988"), none, QStringLiteral("(01)07032069804988"),
            QStringLiteral(R"({"hri":"(01)07032069804988","gtin":"07032069804988"})"));
    }

    void parsesValidInput()
    {
        QFETCH(QString, input);
        QFETCH(QString, separator);
        QFETCH(QString, hri);
        QFETCH(QString, json);
        const Result<Gs1Data> r = parse(input, options(separator));
        if (!r) QFAIL(qPrintable(r.refusal().code + QStringLiteral(": ") + r.refusal().message));
        QCOMPARE(r->hri(), hri);
        QCOMPARE(compact(r->toJson()), compact(json));
        // What hri() prints parses back to the same data.
        const Result<Gs1Data> again = parse(r->hri(), options());
        QVERIFY(again.ok());
        QCOMPARE(compact(again->toJson()), compact(json));
    }

    void refusesInvalidInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");

        const auto row = [](const char* name, const QString& input, const char* code, const QString& message, const QString& sep = QString()) {
            QTest::newRow(name) << input << sep << QString::fromLatin1(code) << message;
        };

        // Nothing, or not GS1.
        row("empty", QString(), "gs1.empty", QStringLiteral("Nothing was scanned."));
        row("only a symbology identifier", QStringLiteral("]d2"), "gs1.empty", QStringLiteral("Nothing was scanned."));
        row("only separators", gs(QStringLiteral("@@ \r\n")), "gs1.empty", QStringLiteral("Nothing was scanned."));
        row("plain Code 128 ]C0", QStringLiteral("]C00107032069804988"), "gs1.not_gs1",
            QStringLiteral("The scanner reports symbology ]C0, which does not carry GS1 data."));
        row("non-GS1 DataMatrix ]d1", QStringLiteral("]d1hello"), "gs1.not_gs1",
            QStringLiteral("The scanner reports symbology ]d1, which does not carry GS1 data."));
        row("text, not element strings", QStringLiteral("hello"), "gs1.not_gs1",
            QStringLiteral("\"hello\" is not GS1 data: it does not start with an application identifier."));

        // Unknown AIs.
        row("unknown two-digit AI", QStringLiteral("99ABC"), "gs1.unknown_ai", QStringLiteral("(99) is not an application identifier Tracelot reads"));
        row("unknown three-digit AI after GTIN", QStringLiteral("0107032069804988240ABC"), "gs1.unknown_ai",
            QStringLiteral("(240) is not an application identifier Tracelot reads"));
        row("3106 has too many decimals", QStringLiteral("3106001250"), "gs1.unknown_ai", QStringLiteral("(3106) is not an application identifier Tracelot reads"));
        row("unknown AI in HRI", QStringLiteral("(01)07032069804988(91)ABC"), "gs1.unknown_ai",
            QStringLiteral("(91) is not an application identifier Tracelot reads"));

        // Check digits (bad; 410-417 are added in a loop below).
        row("bad check digit (01)", QStringLiteral("0107032069804989"), "gs1.check_digit",
            QStringLiteral("(01) GTIN 07032069804989: check digit should be 8, not 9"));
        row("bad check digit (00)", QStringLiteral("00106141411234567890"), "gs1.check_digit",
            QStringLiteral("(00) SSCC 106141411234567890: check digit should be 7, not 0"));
        row("bad check digit (02)", QStringLiteral("021703206980498437024"), "gs1.check_digit",
            QStringLiteral("(02) content GTIN 17032069804984: check digit should be 5, not 4"));
        row("bad check digit (01) in HRI", QStringLiteral("(01)07032069804980"), "gs1.check_digit",
            QStringLiteral("(01) GTIN 07032069804980: check digit should be 8, not 0"));
        const char* glnAis[] = {"410", "411", "412", "413", "414", "415", "416", "417"};
        const char* glnTitles[] = {"ship to GLN", "bill to GLN", "purchased from GLN", "ship for GLN", "location GLN", "pay to GLN", "production location GLN", "party GLN"};
        for (int i = 0; i < 8; ++i) {
            QTest::addRow("bad check digit (%s)", glnAis[i])
                << QStringLiteral("%1%2").arg(QLatin1String(glnAis[i]), QStringLiteral("5412345000014")) << QString() << QStringLiteral("gs1.check_digit")
                << QStringLiteral("(%1) %2 5412345000014: check digit should be 3, not 4").arg(QLatin1String(glnAis[i]), QLatin1String(glnTitles[i]));
        }

        // Impossible dates and times.
        row("month 13", QStringLiteral("010703206980498817251301"), "gs1.invalid_date",
            QStringLiteral("(17) expiry date 251301: month 13 does not exist"));
        row("month 00", QStringLiteral("15250015"), "gs1.invalid_date", QStringLiteral("(15) best before date 250015: month 00 does not exist"));
        row("30 February", QStringLiteral("17250230"), "gs1.invalid_date", QStringLiteral("(17) expiry date 250230: day 30 does not exist in February 2025"));
        row("29 February non-leap", QStringLiteral("11270229"), "gs1.invalid_date",
            QStringLiteral("(11) production date 270229: day 29 does not exist in February 2027"));
        row("31 April", QStringLiteral("13260431"), "gs1.invalid_date", QStringLiteral("(13) packaging date 260431: day 31 does not exist in April 2026"));
        row("day 32", QStringLiteral("16260132"), "gs1.invalid_date", QStringLiteral("(16) sell by date 260132: day 32 does not exist in January 2026"));
        row("7006 day 00 not allowed", QStringLiteral("7006261100"), "gs1.invalid_date",
            QStringLiteral("(7006) first freeze date 261100: day 00 is not allowed in this date"));
        row("7003 hour 24", QStringLiteral("70032612012400"), "gs1.invalid_date",
            QStringLiteral("(7003) expiry date and time 2612012400: hour 24 does not exist"));
        row("7003 minute 60", QStringLiteral("70032612011260"), "gs1.invalid_date",
            QStringLiteral("(7003) expiry date and time 2612011260: minute 60 does not exist"));
        row("7003 month 13", QStringLiteral("70032613011200"), "gs1.invalid_date",
            QStringLiteral("(7003) expiry date and time 2613011200: month 13 does not exist"));
        row("7007 end date impossible", QStringLiteral("7007261101261131"), "gs1.invalid_date",
            QStringLiteral("(7007) harvest date 261101261131: end date: day 31 does not exist in November 2026"));
        row("7007 end before start", QStringLiteral("7007261130261101"), "gs1.invalid_date",
            QStringLiteral("(7007) harvest date 261130261101: the end 2026-11-01 is before the start 2026-11-30"));
        row("7007 eight digits", QStringLiteral("700726110112"), "gs1.wrong_length",
            QStringLiteral("(7007) harvest date 26110112: needs 6 or 12 digits, got 8"));

        // Trailing junk.
        row("trailing letters after fixed AI", QStringLiteral("0107032069804988XYZ"), "gs1.trailing_data",
            QStringLiteral("Unexpected data \"XYZ\" after (01) 07032069804988."));
        row("trailing single digit", QStringLiteral("01070320698049889"), "gs1.trailing_data",
            QStringLiteral("Unexpected data \"9\" after (01) 07032069804988."));
        row("trailing digit before final FNC1", gs(QStringLiteral("01070320698049889@")), "gs1.trailing_data",
            QStringLiteral("Unexpected data \"9\" after (01) 07032069804988."));
        row("junk after separator", gs(QStringLiteral("10A@#!")), "gs1.trailing_data", QStringLiteral("Unexpected data \"#!\" after (10) A."));

        // Fixed-length AIs too short (or too long in HRI).
        row("GTIN cut short at end", QStringLiteral("01070320698049"), "gs1.too_short",
            QStringLiteral("(01) GTIN 070320698049: needs 14 digits, got 12"));
        row("date cut short by FNC1", gs(QStringLiteral("172611@10A")), "gs1.too_short",
            QStringLiteral("(17) expiry date 2611: needs 6 digits, got 4"));
        row("weight cut short", QStringLiteral("31030012"), "gs1.too_short", QStringLiteral("(3103) net weight (kg) 0012: needs 6 digits, got 4"));
        row("SSCC cut short by substitute", QStringLiteral("001061414112|10A"), "gs1.too_short",
            QStringLiteral("(00) SSCC 1061414112: needs 18 digits, got 10"), QStringLiteral("|"));
        row("AI with no data at end", QStringLiteral("010703206980498817"), "gs1.too_short", QStringLiteral("(17) expiry date: needs 6 digits, got 0"));
        row("GLN cut short", QStringLiteral("410541234500"), "gs1.too_short", QStringLiteral("(410) ship to GLN 541234500: needs 13 digits, got 9"));
        row("HRI GTIN too short", QStringLiteral("(01)0703206980498(10)A"), "gs1.too_short",
            QStringLiteral("(01) GTIN 0703206980498: needs 14 digits, got 13"));
        row("HRI GTIN too long", QStringLiteral("(01)070320698049881"), "gs1.too_long",
            QStringLiteral("(01) GTIN 070320698049881: needs 14 digits, got 15"));

        // Empty variable-length fields.
        row("empty lot before FNC1", gs(QStringLiteral("010703206980498810@21S")), "gs1.empty_field", QStringLiteral("(10) lot is empty"));
        row("empty lot at end", QStringLiteral("010703206980498810"), "gs1.empty_field", QStringLiteral("(10) lot is empty"));
        row("empty serial in HRI", QStringLiteral("(21)(10)A"), "gs1.empty_field", QStringLiteral("(21) serial number is empty"));
        row("empty count", gs(QStringLiteral("37@10A")), "gs1.empty_field", QStringLiteral("(37) count is empty"));

        // Variable-length fields too long.
        row("lot of 21 characters", QStringLiteral("10ABCDEFGHIJ01234567890"), "gs1.too_long",
            QStringLiteral("(10) lot ABCDEFGHIJ01234567890: at most 20 characters, got 21"));
        row("serial of 21 characters", gs(QStringLiteral("21SERIAL-0123456789ABCD@10A")), "gs1.too_long",
            QStringLiteral("(21) serial number SERIAL-0123456789ABCD: at most 20 characters, got 21"));
        row("variable count of 9 digits", QStringLiteral("30123456789"), "gs1.too_long",
            QStringLiteral("(30) variable count 123456789: at most 8 digits, got 9"));
        row("7007 of 13 digits", QStringLiteral("70072611012611051"), "gs1.too_long",
            QStringLiteral("(7007) harvest date 2611012611051: at most 12 digits, got 13"));

        // Characters.
        row("lot with #", QStringLiteral("10AB#C"), "gs1.invalid_character",
            QStringLiteral("(10) lot AB#C: '#' is not allowed (GS1 character set 82)"));
        row("serial with a space", QStringLiteral("(21)AB C"), "gs1.invalid_character",
            QStringLiteral("(21) serial number AB C: U+0020 is not allowed (GS1 character set 82)"));
        row("lot with é", QStringLiteral("10CAF\u00C9"), "gs1.invalid_character",
            QStringLiteral("(10) lot CAF\u00C9: U+00C9 is not allowed (GS1 character set 82)"));
        row("GS inside an HRI lot", gs(QStringLiteral("(10)A@B")), "gs1.invalid_character",
            QStringLiteral("(10) lot A<GS>B: U+001D is not allowed (GS1 character set 82)"));
        row("percent signs shown as scanned", QStringLiteral("10%1%2#"), "gs1.invalid_character",
            QStringLiteral("(10) lot %1%2#: '#' is not allowed (GS1 character set 82)"));
        row("weight with a letter", QStringLiteral("31030012A0"), "gs1.not_numeric", QStringLiteral("(3103) net weight (kg) 0012A0: 'A' is not a digit"));
        row("count with a letter", QStringLiteral("3712A"), "gs1.not_numeric", QStringLiteral("(37) count 12A: 'A' is not a digit"));
        row("GTIN with a letter", QStringLiteral("010703206980498X"), "gs1.not_numeric", QStringLiteral("(01) GTIN 0703206980498X: 'X' is not a digit"));

        // Conflicts.
        row("two different lots", gs(QStringLiteral("10A@10B")), "gs1.duplicate_ai", QStringLiteral("(10) lot B: conflicts with (10) A earlier in the same scan"));
        row("two net weights in kg", QStringLiteral("31020001253103001250"), "gs1.duplicate_ai",
            QStringLiteral("(3103) net weight (kg) 001250: conflicts with (3102) 000125 earlier in the same scan"));

        // Broken human readable text.
        row("HRI without closing parenthesis", QStringLiteral("(0107032069804988"), "gs1.hri_malformed",
            QStringLiteral("\"(0107032069804988\" has no closing ')' after the application identifier."));
        row("HRI with letters as AI", QStringLiteral("(AB)123"), "gs1.hri_malformed",
            QStringLiteral("\"(AB)\" is not an application identifier (2 to 4 digits)."));
    }

    void refusesInvalidInput()
    {
        QFETCH(QString, input);
        QFETCH(QString, separator);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const Result<Gs1Data> r = parse(input, options(separator));
        if (r) QFAIL(qPrintable(QStringLiteral("accepted, hri %1").arg(r->hri())));
        QCOMPARE(r.refusal().code, code);
        QCOMPARE(r.refusal().message, message);
    }

    // The century window follows "today" (GS1 General Specifications 7.12): -49..+50 years.
    void centuryWindow_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("yymmdd");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("2026: +50 is 2076") << kToday << QStringLiteral("761231") << QDate(2076, 12, 31);
        QTest::newRow("2026: +51 wraps to 1977") << kToday << QStringLiteral("770101") << QDate(1977, 1, 1);
        QTest::newRow("2026: same year") << kToday << QStringLiteral("261122") << QDate(2026, 11, 22);
        QTest::newRow("2026: 00 is 2000") << kToday << QStringLiteral("000101") << QDate(2000, 1, 1);
        QTest::newRow("2049: 99 is 2099 (+50)") << QDate(2049, 6, 1) << QStringLiteral("990101") << QDate(2099, 1, 1);
        QTest::newRow("2050: 00 is 2100 (+50)") << QDate(2050, 6, 1) << QStringLiteral("000101") << QDate(2100, 1, 1);
        QTest::newRow("2050: 01 is 2001 (-49)") << QDate(2050, 6, 1) << QStringLiteral("010101") << QDate(2001, 1, 1);
        QTest::newRow("2001: 51 is 2051 (+50)") << QDate(2001, 1, 1) << QStringLiteral("510101") << QDate(2051, 1, 1);
        QTest::newRow("2001: 52 is 1952 (-49)") << QDate(2001, 1, 1) << QStringLiteral("520101") << QDate(1952, 1, 1);
        QTest::newRow("1999: 00 is 2000") << QDate(1999, 12, 31) << QStringLiteral("000101") << QDate(2000, 1, 1);
        QTest::newRow("2099: 49 is 2149 (+50)") << QDate(2099, 12, 31) << QStringLiteral("490101") << QDate(2149, 1, 1);
        QTest::newRow("2100 leap rule: day 00 Feb 2100 is the 28th") << QDate(2090, 1, 1) << QStringLiteral("000200") << QDate(2100, 2, 28);
    }

    void centuryWindow()
    {
        QFETCH(QDate, today);
        QFETCH(QString, yymmdd);
        QFETCH(QDate, expected);
        const Result<Gs1Data> r = parse(QStringLiteral("17") + yymmdd, options(QString(), today));
        QVERIFY(r.ok());
        QCOMPARE(r->expiry, expected);
        QCOMPARE(expandYear(yymmdd.first(2).toInt(), today), expected.year());
        const int offset = expected.year() - today.year();
        QVERIFY(offset >= -49 && offset <= 50);
    }

    void dayZeroIsKept()
    {
        const Result<Gs1Data> zero = parse(QStringLiteral("0107032069804988172602001528020011260500"), options());
        QVERIFY(zero.ok());
        QCOMPARE(zero->expiry, QDate(2026, 2, 28));
        QVERIFY(zero->dayWasZero(u"17"));
        QVERIFY(zero->dayWasZero(u"15"));
        QVERIFY(zero->dayWasZero(u"11"));
        QVERIFY(!zero->dayWasZero(u"01"));
        QCOMPARE(zero->find(u"15")->date, QDate(2028, 2, 29));
        QCOMPARE(zero->find(u"15")->raw, QStringLiteral("280200"));

        const Result<Gs1Data> real = parse(QStringLiteral("17260228"), options());
        QVERIFY(real.ok());
        QCOMPARE(real->expiry, QDate(2026, 2, 28));
        QVERIFY(!real->dayWasZero(u"17"));
        QVERIFY(!real->toJson().contains(QStringLiteral("expiry_day_00")));
    }

    void structFieldsAndSymbology()
    {
        const Result<Gs1Data> r = parse(gs(QStringLiteral("]d20107032069804988320300250037008@7003261201083010L1@21S1")), options());
        QVERIFY(r.ok());
        QCOMPARE(r->symbology, QStringLiteral("]d2"));
        QCOMPARE(r->gtin, QStringLiteral("07032069804988"));
        QCOMPARE(r->netWeightLb, QStringLiteral("2.500"));
        QVERIFY(r->netWeightKg.isEmpty());
        QCOMPARE(r->count, std::optional<int>(8));
        QCOMPARE(r->expiryTime, QDateTime(QDate(2026, 12, 1), QTime(8, 30), Qt::UTC));
        QCOMPARE(r->lot, QStringLiteral("L1"));
        QCOMPARE(r->serial, QStringLiteral("S1"));
        QCOMPARE(r->elements.size(), 6);
        QCOMPARE(r->elements.at(1).ai, QStringLiteral("3203"));
        QCOMPARE(r->elements.at(1).raw, QStringLiteral("002500"));

        const Result<Gs1Data> none = parse(QStringLiteral("0107032069804988"), options());
        QVERIFY(none.ok());
        QVERIFY(none->symbology.isEmpty());
        QVERIFY(!none->count.has_value());
    }

    void needsToday()
    {
        Gs1Options o;  // no today
        const Result<Gs1Data> r = parse(QStringLiteral("0107032069804988"), o);
        QVERIFY(!r.ok());
        QCOMPARE(r.refusal().code, QStringLiteral("gs1.today_missing"));
    }

    void normalisesKeyboardInput_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QString>("expected");  // '@' = GS
        QTest::newRow("<GS> text") << QStringLiteral("10A<GS>21B") << QString() << gs(QStringLiteral("10A@21B"));
        QTest::newRow("{gs} any case") << QStringLiteral("10A{gs}21B") << QString() << gs(QStringLiteral("10A@21B"));
        QTest::newRow("[GS] text") << QStringLiteral("10A[GS]21B") << QString() << gs(QStringLiteral("10A@21B"));
        QTest::newRow("caret notation ^]") << QStringLiteral("10A^]21B") << QString() << gs(QStringLiteral("10A@21B"));
        QTest::newRow("Alt+29 arrow U+2194") << QStringLiteral("10A\u219421B") << QString() << gs(QStringLiteral("10A@21B"));
        QTest::newRow("GS symbol U+241D") << QStringLiteral("10A\u241D21B") << QString() << gs(QStringLiteral("10A@21B"));
        QTest::newRow("real GS kept") << gs(QStringLiteral("10A@21B")) << QString() << gs(QStringLiteral("10A@21B"));
        QTest::newRow("configured substitute ~") << QStringLiteral("10A~21B") << QStringLiteral("~") << gs(QStringLiteral("10A@21B"));
        QTest::newRow("Enter suffix dropped") << QStringLiteral("0107032069804988\r\n") << QString() << QStringLiteral("0107032069804988");
        QTest::newRow("other characters kept") << QStringLiteral("]d210A<B>C|") << QString() << QStringLiteral("]d210A<B>C|");
    }

    void normalisesKeyboardInput()
    {
        QFETCH(QString, typed);
        QFETCH(QString, separator);
        QFETCH(QString, expected);
        QCOMPARE(normaliseKeyboardInput(typed, options(separator)), expected);
    }

    void wedgeInputParses()
    {
        const QString typed = QStringLiteral("]d2\u2194010703206980498810LOT1<GS>21S9\u2194\r");
        const Result<Gs1Data> r = parse(normaliseKeyboardInput(typed, options()), options());
        QVERIFY(r.ok());
        QCOMPARE(r->hri(), QStringLiteral("(01)07032069804988(10)LOT1(21)S9"));
    }
};

QTEST_GUILESS_MAIN(TstGs1)
#include "tst_gs1.moc"

// gzip for sync bodies: round trip, the inflate limit, refusal of what is not gzip, and
// reading Accept-Encoding.
#include "common/gzip.h"

#include <QTest>

using namespace tracelot;

class TstGzip : public QObject {
    Q_OBJECT
private slots:
    void roundTripShrinksJson()
    {
        QByteArray json = "{\"events\":[";
        for (int i = 0; i < 500; ++i) json += QByteArray(i ? "," : "") + "{\"type\":\"stock.moved\",\"lot_id\":\"L-" + QByteArray::number(i) + "\",\"quantity\":5}";
        json += "]}";
        const QByteArray packed = gzip::compress(json);
        QVERIFY(packed.startsWith("\x1f\x8b"));  // the gzip magic number
        QVERIFY2(packed.size() * 5 < json.size(), qPrintable(QStringLiteral("%1 of %2").arg(packed.size()).arg(json.size())));
        QCOMPARE(gzip::decompress(packed, json.size()).value_or(QByteArray()), json);
        QCOMPARE(gzip::decompress(gzip::compress(QByteArray()), 10).value_or("x"), QByteArray());
    }

    void limitAndDamageAreRefused()
    {
        const QByteArray zeros(10 * 1024 * 1024, '\0');
        const QByteArray bomb = gzip::compress(zeros, 9);
        QVERIFY(bomb.size() < 20 * 1024);
        QVERIFY(!gzip::decompress(bomb, 1024 * 1024));  // inflating would pass the limit
        QVERIFY(gzip::decompress(bomb, zeros.size()));
        QVERIFY(!gzip::decompress("{\"not\":\"gzip\"}", 1024));
        QByteArray cut = gzip::compress(QByteArray("hello, warehouse"));
        cut.chop(4);
        QVERIFY(!gzip::decompress(cut, 1024));  // cut short
        QByteArray flipped = gzip::compress(QByteArray("hello, warehouse"));
        flipped[flipped.size() - 6] = static_cast<char>(flipped[flipped.size() - 6] ^ 0x55);
        QVERIFY(!gzip::decompress(flipped, 1024));  // checksum does not match
    }

    void acceptEncoding()
    {
        QVERIFY(gzip::accepted("gzip, deflate"));
        QVERIFY(gzip::accepted("deflate, GZIP;q=0.5"));
        QVERIFY(!gzip::accepted("gzip;q=0"));
        QVERIFY(!gzip::accepted("identity"));
        QVERIFY(!gzip::accepted(""));
    }
};

QTEST_GUILESS_MAIN(TstGzip)
#include "tst_gzip.moc"

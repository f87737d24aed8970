// FEFO allocation as a pure function: ordering, skipping and the shelf-life boundaries.
#include "inventory/fefo.h"

#include <QTest>

using namespace tracelot::inventory;

namespace {
const QDate kShip(2026, 12, 1);

FefoCandidate lot(const char* id, QDate expiry, qint64 qty, QDate received = QDate(2026, 11, 1), const char* loc = "CR-01")
{
    FefoCandidate c;
    c.lotId = QLatin1String(id);
    c.tlc = QStringLiteral("TLC-") + c.lotId;
    c.locationId = c.locationCode = QLatin1String(loc);
    c.expiry = expiry;
    c.receivedOn = received;
    c.available = qty;
    return c;
}

QStringList picked(const FefoPlan& p)
{
    QStringList out;
    for (const FefoPick& k : p.picks) out << QStringLiteral("%1:%2").arg(k.lotId).arg(k.quantity);
    return out;
}
}  // namespace

class TstFefo : public QObject {
    Q_OBJECT
private slots:
    void earliestExpiryFirstAndSplitAcrossLots()
    {
        const FefoPlan p = allocateFefo({lot("C", QDate(2026, 12, 20), 10), lot("A", QDate(2026, 12, 10), 4), lot("B", QDate(2026, 12, 15), 5)},
                                        {12, kShip, 0, 0});
        QCOMPARE(picked(p), QStringList({QStringLiteral("A:4"), QStringLiteral("B:5"), QStringLiteral("C:3")}));
        QCOMPARE(p.allocated, 12);
        QCOMPARE(p.shortfall, 0);
    }

    void tiesBrokenByReceiveDateThenLot()
    {
        const QDate e(2026, 12, 10);
        const FefoPlan p = allocateFefo({lot("Z", e, 1, QDate(2026, 11, 2)), lot("Y", e, 1, QDate(2026, 11, 1)), lot("X", e, 1, QDate(2026, 11, 2))},
                                        {3, kShip, 0, 0});
        QCOMPARE(picked(p), QStringList({QStringLiteral("Y:1"), QStringLiteral("X:1"), QStringLiteral("Z:1")}));
    }

    void bestBeforeUsedWhenNoExpiry()
    {
        FefoCandidate bb = lot("BB", QDate(), 5);
        bb.bestBefore = QDate(2026, 12, 5);
        const FefoPlan p = allocateFefo({lot("E", QDate(2026, 12, 8), 5), bb}, {5, kShip, 0, 0});
        QCOMPARE(picked(p), QStringList({QStringLiteral("BB:5")}));
    }

    // Remaining shelf life = expiry - ship date (days); needs >= max(1, product, customer).
    void shelfLifeBoundaries_data()
    {
        QTest::addColumn<int>("daysLeft");
        QTest::addColumn<int>("productMin");
        QTest::addColumn<int>("customerMin");
        QTest::addColumn<bool>("allocatable");
        QTest::newRow("expires on ship date: 0 left") << 0 << 0 << 0 << false;
        QTest::newRow("1 left, default minimum 1") << 1 << 0 << 0 << true;
        QTest::newRow("expired yesterday") << -1 << 0 << 0 << false;
        QTest::newRow("product 5: 4 left") << 4 << 5 << 0 << false;
        QTest::newRow("product 5: exactly 5") << 5 << 5 << 0 << true;
        QTest::newRow("customer 7 > product 5: 6 left") << 6 << 5 << 7 << false;
        QTest::newRow("customer 7 > product 5: exactly 7") << 7 << 5 << 7 << true;
        QTest::newRow("product 10 > customer 3: 9 left") << 9 << 10 << 3 << false;
        QTest::newRow("product 10 > customer 3: exactly 10") << 10 << 10 << 3 << true;
    }
    void shelfLifeBoundaries()
    {
        QFETCH(int, daysLeft);
        QFETCH(int, productMin);
        QFETCH(int, customerMin);
        QFETCH(bool, allocatable);
        const FefoPlan p = allocateFefo({lot("L", kShip.addDays(daysLeft), 10)}, {3, kShip, productMin, customerMin});
        QCOMPARE(p.allocated, allocatable ? 3 : 0);
        QCOMPARE(p.shortfall, allocatable ? 0 : 3);
        QCOMPARE(p.requiredDays, std::max({1, productMin, customerMin}));
        if (!allocatable) {
            QCOMPARE(p.skipped.size(), size_t(1));
            QVERIFY(!p.skipped.front().reason.isEmpty());
        }
    }

    void skipsHeldQuarantinedRecalled()
    {
        FefoCandidate held = lot("H", QDate(2026, 12, 2), 5);
        held.held = true;
        FefoCandidate quar = lot("Q", QDate(2026, 12, 3), 5);
        quar.quarantined = true;
        FefoCandidate rec = lot("R", QDate(2026, 12, 4), 5);
        rec.recalled = true;
        const FefoPlan p = allocateFefo({held, quar, rec, lot("OK", QDate(2026, 12, 30), 5)}, {5, kShip, 0, 0});
        QCOMPARE(picked(p), QStringList({QStringLiteral("OK:5")}));
        QCOMPARE(p.skipped.size(), size_t(3));
        QCOMPARE(p.skipped[0].reason, QStringLiteral("on quality hold"));
        QCOMPARE(p.skipped[1].reason, QStringLiteral("in quarantine"));
        QCOMPARE(p.skipped[2].reason, QStringLiteral("recalled"));
    }

    void shortfallIsVisible()
    {
        const FefoPlan p = allocateFefo({lot("A", QDate(2026, 12, 10), 4)}, {10, kShip, 0, 0});
        QCOMPARE(p.allocated, 4);
        QCOMPARE(p.shortfall, 6);
    }

    void sameLotAtTwoLocations()
    {
        const FefoPlan p = allocateFefo({lot("A", QDate(2026, 12, 10), 3, QDate(2026, 11, 1), "PF-A01"), lot("A", QDate(2026, 12, 10), 3, QDate(2026, 11, 1), "CR-01")},
                                        {4, kShip, 0, 0});
        QCOMPARE(p.picks.size(), size_t(2));
        QCOMPARE(p.picks[0].locationCode, QStringLiteral("CR-01"));  // deterministic order
        QCOMPARE(p.picks[0].quantity, 3);
        QCOMPARE(p.picks[1].quantity, 1);
    }

    void nothingRequested()
    {
        const FefoPlan p = allocateFefo({lot("A", QDate(2026, 12, 10), 3)}, {0, kShip, 0, 0});
        QVERIFY(p.picks.empty());
        QCOMPARE(p.shortfall, 0);
    }
};

QTEST_GUILESS_MAIN(TstFefo)
#include "tst_fefo.moc"

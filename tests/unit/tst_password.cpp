// PBKDF2-HMAC-SHA256 against published vectors, and the stored-hash round trip.
#include "common/crypto.h"
#include "identity/password.h"

#include <QTest>

using namespace tracelot;

class TstPassword : public QObject {
    Q_OBJECT
private slots:
    void knownVectors_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<int>("iterations");
        QTest::addColumn<int>("length");
        QTest::addColumn<QByteArray>("hex");
        // Published PBKDF2-HMAC-SHA256 test vectors (RFC 7914 section 11 and the widely used
        // extension of RFC 6070's inputs to SHA-256).
        QTest::newRow("c=1") << QByteArray("password") << QByteArray("salt") << 1 << 32
                             << QByteArray("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
        QTest::newRow("c=2") << QByteArray("password") << QByteArray("salt") << 2 << 32
                             << QByteArray("ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43");
        QTest::newRow("c=4096") << QByteArray("password") << QByteArray("salt") << 4096 << 32
                                << QByteArray("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
        QTest::newRow("rfc7914") << QByteArray("passwd") << QByteArray("salt") << 1 << 64
                                 << QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                                               "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
    }
    void knownVectors()
    {
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, salt);
        QFETCH(int, iterations);
        QFETCH(int, length);
        QFETCH(QByteArray, hex);
        QCOMPARE(crypto::pbkdf2Sha256(password, salt, iterations, length).toHex(), hex);
    }
    void sha256Vector()
    {
        QCOMPARE(crypto::sha256(QByteArray("abc")).toHex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }
    void hashAndVerify()
    {
        const PasswordHash h = hashPassword(QStringLiteral("correct horse battery"));
        QCOMPARE(h.iterations, 600000);
        QCOMPARE(h.salt.size(), 16);
        QVERIFY(h.isValid());
        QVERIFY(verifyPassword(QStringLiteral("correct horse battery"), h));
        QVERIFY(!verifyPassword(QStringLiteral("correct horse batterY"), h));
        QVERIFY(!verifyPassword(QString(), h));
    }
    void saltIsPerUser()
    {
        const PasswordHash a = hashPassword(QStringLiteral("same password!"));
        const PasswordHash b = hashPassword(QStringLiteral("same password!"));
        QVERIFY(a.salt != b.salt);
        QVERIFY(a.hash != b.hash);
    }
    void fewerIterationsAreNeverStored()
    {
        const PasswordHash h = hashPassword(QStringLiteral("abcdefghijk"), 1000);
        QCOMPARE(h.iterations, kMinPasswordIterations);
        PasswordHash weak = hashPassword(QStringLiteral("abcdefghijk"), QByteArray(16, 'x'), 1000);
        QVERIFY(!weak.isValid());
        QVERIFY(!verifyPassword(QStringLiteral("abcdefghijk"), weak));  // a weak record never verifies
    }
    void jsonRoundTrip()
    {
        const PasswordHash h = hashPassword(QStringLiteral("correct horse battery"));
        const PasswordHash back = PasswordHash::fromJson(h.toJson());
        QCOMPARE(back.salt, h.salt);
        QCOMPARE(back.hash, h.hash);
        QVERIFY(verifyPassword(QStringLiteral("correct horse battery"), back));
    }
    void strength()
    {
        QVERIFY(!passwordProblem(QStringLiteral("short")).isEmpty());
        QVERIFY(!passwordProblem(QStringLiteral("          ")).isEmpty());
        QVERIFY(passwordProblem(QStringLiteral("long enough pass")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstPassword)
#include "tst_password.moc"

// Canonical JSON: the same event always has the same bytes.
#include "common/canonicaljson.h"
#include "eventstore/event.h"

#include <QJsonArray>
#include <QTest>

using namespace tracelot;

class TstCanonicalJson : public QObject {
    Q_OBJECT
private slots:
    void keysSortedAtEveryLevel()
    {
        const QJsonObject o{{QStringLiteral("zeta"), 1}, {QStringLiteral("alpha"), QJsonObject{{QStringLiteral("b"), 2}, {QStringLiteral("a"), 1}}}};
        QCOMPARE(canonicalJson(o), QByteArray(R"({"alpha":{"a":1,"b":2},"zeta":1})"));
    }
    void insertionOrderDoesNotMatter()
    {
        QJsonObject a;
        a.insert(QStringLiteral("x"), 1);
        a.insert(QStringLiteral("b"), QStringLiteral("é"));
        QJsonObject b;
        b.insert(QStringLiteral("b"), QStringLiteral("é"));
        b.insert(QStringLiteral("x"), 1);
        QCOMPARE(canonicalJson(a), canonicalJson(b));
    }
    void integersAreExact()
    {
        const QJsonObject o{{QStringLiteral("big"), qint64(9007199254740991)}, {QStringLiteral("neg"), -42}, {QStringLiteral("zero"), 0}};
        QCOMPARE(canonicalJson(o), QByteArray(R"({"big":9007199254740991,"neg":-42,"zero":0})"));
    }
    void stringsEscapedOneWay()
    {
        const QJsonObject o{{QStringLiteral("s"), QStringLiteral("a\"b\\c\nd\x01 Ålesund")}};
        QCOMPARE(canonicalJson(o), QByteArray("{\"s\":\"a\\\"b\\\\c\\nd\\u0001 \xc3\x85lesund\"}"));
    }
    void arraysKeepOrder()
    {
        const QJsonObject o{{QStringLiteral("a"), QJsonArray{3, 1, 2, true, QJsonValue()}}};
        QCOMPARE(canonicalJson(o), QByteArray(R"({"a":[3,1,2,true,null]})"));
    }
    void roundTripIsStable()
    {
        const QJsonObject o{{QStringLiteral("k"), QStringLiteral("v")}, {QStringLiteral("n"), 12}, {QStringLiteral("o"), QJsonObject{{QStringLiteral("z"), false}}}};
        const QByteArray first = canonicalJson(o);
        QJsonObject parsed;
        QVERIFY(parseJsonObject(first, &parsed));
        QCOMPARE(canonicalJson(parsed), first);
    }
    void envelopeHasEveryField()
    {
        Event e;
        e.eventId = QStringLiteral("id");
        e.type = QStringLiteral("lot.received");
        e.stream = QStringLiteral("lot-1");
        e.streamVersion = 3;
        e.occurredAt = 1000;
        const QJsonObject env = e.envelope();
        for (const char* k : {"event_id", "type", "version", "stream", "stream_version", "occurred_at", "recorded_by", "device_id", "correlation_id",
                              "causation_id", "payload"})
            QVERIFY2(env.contains(QLatin1String(k)), k);
        QCOMPARE(env.size(), 11);
        QCOMPARE(Event::fromEnvelope(env).canonicalBytes(), e.canonicalBytes());
    }
    void canonicalBytesAreTheEnvelopesCanonicalJson()
    {
        // Event::canonicalBytes writes the envelope directly (the hot path of every append);
        // it must give exactly canonicalJson(envelope()), escapes and big numbers included.
        Event e;
        e.eventId = QStringLiteral("0b7c9a52-3e1f-4c1e-9d7e-1c2b3a4d5e6f");
        e.type = QStringLiteral("location.defined");
        e.version = 2;
        e.stream = QStringLiteral("location-0b7c9a52");
        e.streamVersion = 7;
        e.occurredAt = 1767225600123;
        e.recordedBy = QStringLiteral("u-1");
        e.deviceId = QStringLiteral("dev");
        e.correlationId = QStringLiteral("cmd-1");
        e.causationId = QStringLiteral("cmd-1");
        e.payload = QJsonObject{{QStringLiteral("name"), QStringLiteral("Kühlraum \"A\"\n")}, {QStringLiteral("qty"), 12}};
        QCOMPARE(e.canonicalBytes(), canonicalJson(e.envelope()));
        e.recordedBy = QStringLiteral("Å\\\"\t\x01");  // escapes and non-ASCII in an envelope string
        e.stream = QString();
        e.streamVersion = qint64(1) << 60;  // beyond 2^53: written as canonicalJson writes a double
        e.occurredAt = -5;
        QCOMPARE(e.canonicalBytes(), canonicalJson(e.envelope()));
        e.storedVersion = 1;  // an upcast event: the fact as recorded
        e.storedPayload = QJsonObject{{QStringLiteral("old"), true}};
        QCOMPARE(e.canonicalBytes(), canonicalJson(e.envelope()));
    }
    void topLevelFieldsWithoutAFullParse()
    {
        const QJsonObject o{{QStringLiteral("id"), QStringLiteral("p-1")},
                            {QStringLiteral("name"), QStringLiteral("Brie \"de\" Meaux, 1 kg\n")},
                            {QStringLiteral("nested"), QJsonObject{{QStringLiteral("id"), QStringLiteral("inner")}, {QStringLiteral("list"), QJsonArray{1, QStringLiteral("}")}}}},
                            {QStringLiteral("active"), false},
                            {QStringLiteral("count"), 42},
                            {QStringLiteral("code"), QStringLiteral("Ålesund-€")}};
        const QByteArray json = canonicalJson(o);
        const JsonFields f(json);
        QVERIFY(f.valid());
        QCOMPARE(f.text(QLatin1StringView("id")), QStringLiteral("p-1"));  // the top-level one, not nested.id
        QCOMPARE(f.text(QLatin1StringView("name")), QStringLiteral("Brie \"de\" Meaux, 1 kg\n"));
        QCOMPARE(f.text(QLatin1StringView("code")), QStringLiteral("Ålesund-€"));
        QCOMPARE(f.boolean(QLatin1StringView("active"), true), false);
        QCOMPARE(f.boolean(QLatin1StringView("missing"), true), true);
        QVERIFY(f.has(QLatin1StringView("count")));
        QCOMPARE(f.text(QLatin1StringView("count")), QString());  // not a string
        QVERIFY(JsonFields(QByteArrayView(" { \"a\" : \"b\" , \"c\" : true } ")).valid());
        QCOMPARE(JsonFields(QByteArrayView("{}")).valid(), true);
        QCOMPARE(JsonFields(QByteArrayView("{\"a\":\"unterminated}")).valid(), false);
        QCOMPARE(JsonFields(QByteArrayView("[1,2]")).valid(), false);
    }

    void rejectsNonObjects()
    {
        QJsonObject o;
        QString error;
        QVERIFY(!parseJsonObject("[1,2]", &o, &error));
        QVERIFY(!parseJsonObject("{bad", &o, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstCanonicalJson)
#include "tst_canonicaljson.moc"

// Certificate of release: issued with every release, printable and as PDF, showing the
// checks and the electronic signature (checked with pdftotext).
#include "inventoryfixture.h"
#include "quality/quality.h"
#include "quality/qualitymodule.h"
#include "reports/certificate.h"
#include "reports/holdsregister.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace tracelot;

class TstCertificate : public QObject {
    Q_OBJECT
private slots:
    void releaseIssuesAPrintableCertificate()
    {
        test::Warehouse w;
        QVERIFY(w.setUp());
        const Actor qa = w.user(QStringLiteral("quinn"), {QStringLiteral("qa_technician")});
        QVERIFY(w.ws->execute(qa, QStringLiteral("DefineQualityCheck"),
                              {{QStringLiteral("product_id"), w.cheese},
                               {QStringLiteral("criteria"), QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("rind")}, {QStringLiteral("label"), QStringLiteral("Rind intact, no mould")}, {QStringLiteral("kind"), QStringLiteral("pass_fail")}},
                                                                       QJsonObject{{QStringLiteral("key"), QStringLiteral("ph")}, {QStringLiteral("label"), QStringLiteral("Surface pH")}, {QStringLiteral("kind"), QStringLiteral("measure")}, {QStringLiteral("min"), QStringLiteral("5.2")}, {QStringLiteral("max"), QStringLiteral("5.9")}}}}}));
        const QString lot = w.receive(w.cheese, 24, w.cold, QDate(2026, 3, 1), QStringLiteral("FJ24-1187"));
        QVERIFY(w.ws->execute(qa, QStringLiteral("PlaceHold"), {{QStringLiteral("lot_id"), lot}, {QStringLiteral("reason"), QStringLiteral("awaiting lab result")}}));
        QVERIFY(w.ws->execute(qa, QStringLiteral("RecordQualityCheck"),
                              {{QStringLiteral("lot_id"), lot},
                               {QStringLiteral("results"), QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("rind")}, {QStringLiteral("passed"), true}},
                                                                      QJsonObject{{QStringLiteral("key"), QStringLiteral("ph")}, {QStringLiteral("value"), QStringLiteral("5.6")}}}}}));
        auto released = w.ws->execute(qa, QStringLiteral("ReleaseHold"), {{QStringLiteral("hold_number"), QStringLiteral("H-1")}, {QStringLiteral("password"), test::kPassword},
                                                                        {QStringLiteral("meaning"), quality::releaseMeanings().first()}});
        QVERIFY2(released, released ? "" : qPrintable(released.refusal().message));
        QCOMPARE(released->events.back().type, QStringLiteral("certificate.issued"));

        const QList<QJsonObject> certs = quality::QualityQueries(w.ws->database().sql()).certificatesOfLot(lot);
        QCOMPARE(certs.size(), 1);
        const QJsonObject cert = certs.first();
        QCOMPARE(cert.value(QLatin1String("number")).toString(), QStringLiteral("C-1"));
        QCOMPARE(cert.value(QLatin1String("tlc")).toString(), QStringLiteral("FJ24-1187"));
        QCOMPARE(cert.value(QLatin1String("checks")).toArray().size(), 1);

        const QString pdf = w.dir.filePath(QStringLiteral("certificate.pdf"));
        QVERIFY(reports::writeCertificatePdf(pdf, cert, QStringLiteral("Tracelot Fine Foods, 250 Doremus Ave, Newark")));
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(p.waitForFinished(20000), "pdftotext (poppler-utils) is needed");
        // NFKC folds the typographic ligatures ("ﬁ") pdftotext reports back into letters.
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
        for (const QString& expected : {QStringLiteral("Certificate of release C-1"), QStringLiteral("FJ24-1187"), QStringLiteral("CHEESE"),
                                        QStringLiteral("Rind intact, no mould"), QStringLiteral("Surface pH"), QStringLiteral("5.6"),
                                        QStringLiteral("Electronically signed by quinn Tester"), QStringLiteral("released — meets specification"),
                                        QStringLiteral("UTC"), QStringLiteral("Tracelot Fine Foods"),
                                        cert.value(QLatin1String("signature")).toObject().value(QLatin1String("record_sha256")).toString().left(32)})
            QVERIFY2(text.contains(expected), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(expected, text)));

        // The holds register shows the hold with its signature, and only open holds when asked.
        const QString reg = w.dir.filePath(QStringLiteral("register.pdf"));
        QVERIFY(reports::writeHoldsRegisterPdf(reg, w.ws->database().sql(), {false, {}, {}, QStringLiteral("Tracelot Fine Foods")}));
        QProcess r;
        r.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), reg, QStringLiteral("-")});
        QVERIFY(r.waitForFinished(20000));
        const QString all = QString::fromUtf8(r.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
        for (const QString& expected : {QStringLiteral("Holds register"), QStringLiteral("H-1"), QStringLiteral("awaiting lab result"), QStringLiteral("FJ24-1187"),
                                        QStringLiteral("released"), QStringLiteral("Electronically signed by quinn"), QStringLiteral("Meaning: released"),
                                        QStringLiteral("page 1 of 1")})
            QVERIFY2(all.contains(expected), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(expected, all)));
        QVERIFY(reports::writeHoldsRegisterPdf(reg, w.ws->database().sql(), {true, {}, {}, QString()}));
        r.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), reg, QStringLiteral("-")});
        QVERIFY(r.waitForFinished(20000));
        const QString open = QString::fromUtf8(r.readAllStandardOutput());
        QVERIFY(open.contains(QLatin1String("No holds")));
    }
};

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    TstCertificate tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_certificate.moc"

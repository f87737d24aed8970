// FSMA 204 sortable spreadsheet on the hand-built genealogy: columns and rows checked field
// by field against the events they come from (CSV read back with a small RFC 4180 reader,
// XLSX unzipped), filters by date range, product and TLC; and the CLI end to end
// (trace forward/backward --json, fsma export).
#include "reports/traceability/fsmaxlsx.h"
#include "common/canonicaljson.h"
#include "traceability/fsma.h"
#include "tst_tracefixture.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace tracelot;
using namespace tracelot::traceability;

namespace {

QList<QStringList> readCsv(const QByteArray& bytes)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    const QString text = QString::fromUtf8(bytes);
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r')) {
        } else if (c == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
        } else {
            cell += c;
        }
    }
    return rows;
}

struct Sheet {
    QStringList header;
    QList<QStringList> rows;
    QString get(const QStringList& row, const QString& column) const { return row.value(header.indexOf(column)); }
    QList<QStringList> of(const QString& cte) const
    {
        QList<QStringList> out;
        for (const QStringList& r : rows)
            if (r.value(0) == cte) out << r;
        return out;
    }
};

Sheet csvFor(test::Genealogy& g, const FsmaFilter& f, FsmaCounts* counts = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    FsmaCsvSink sink(buffer);
    auto c = exportFsma(g.ws->database().sql(), f, sink);
    if (!c) qFatal("export refused: %s", qPrintable(c.refusal().message));
    if (counts) *counts = c.value();
    QList<QStringList> rows = readCsv(buffer.data());
    Sheet s;
    s.header = rows.takeFirst();
    s.rows = rows;
    return s;
}

QJsonObject receivedPayload(test::Genealogy& g, const QString& lotId)
{
    for (const Event& e : g.ws->store().readStream(inventory::lotStream(lotId)))
        if (e.type == QLatin1String("lot.received")) return e.payload;
    return {};
}

FsmaFilter january()
{
    FsmaFilter f;
    f.from = QDate(2026, 1, 1);
    f.to = QDate(2026, 1, 31);
    return f;
}

QByteArray unzip(const QString& file, const QString& member)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), file, member});
    p.waitForFinished(30000);
    return p.readAllStandardOutput();
}

}  // namespace

class TstFsma : public QObject {
    Q_OBJECT

private slots:
    void csvHasOneColumnPerKde()
    {
        test::Genealogy g;
        QVERIFY(g.build());
        FsmaCounts counts;
        const Sheet s = csvFor(g, january(), &counts);
        QCOMPARE(s.header.mid(0, 2), (QStringList{QStringLiteral("critical_tracking_event"), QStringLiteral("cfr_section")}));
        for (const char* kde : {"traceability_lot_code", "product_description", "quantity", "unit_of_measure", "immediate_previous_source", "receiving_location",
                                "date_received", "tlc_source_location", "tlc_source_reference", "reference_document_type", "reference_document_number",
                                "immediate_subsequent_recipient", "ship_to_location", "ship_from_location", "date_shipped", "input_traceability_lot_code",
                                "new_traceability_lot_code", "input_quantity", "new_quantity", "date_transformation_completed", "transformation_location"})
            QVERIFY2(s.header.contains(QLatin1String(kde)), kde);
        QStringList unique = s.header;
        QCOMPARE(unique.removeDuplicates(), 0);
        QCOMPARE(counts.receiving, qint64(3));
        QCOMPARE(counts.shipping, qint64(5));
        QCOMPARE(counts.transformation, qint64(3));
        QCOMPARE(s.rows.size(), 11);
        for (const QStringList& r : s.rows) QCOMPARE(r.size(), s.header.size());
    }

    void receivingRowsMatchTheReceiptEvents()
    {
        test::Genealogy g;
        QVERIFY(g.build());
        const Sheet s = csvFor(g, january());
        const QList<QStringList> rows = s.of(QStringLiteral("Receiving"));
        QCOMPARE(rows.size(), 3);
        const auto rowOf = [&](const QString& lot) {
            for (const QStringList& r : rows)
                if (s.get(r, QStringLiteral("lot_id")) == lot) return r;
            return QStringList();
        };
        for (const QString& lot : {g.a, g.b, g.s}) {
            const QStringList r = rowOf(lot);
            QVERIFY2(!r.isEmpty(), qPrintable(lot));
            const QJsonObject p = receivedPayload(g, lot);
            QCOMPARE(s.get(r, QStringLiteral("cfr_section")), QStringLiteral("21 CFR 1.1345"));
            QCOMPARE(s.get(r, QStringLiteral("traceability_lot_code")), p.value(QLatin1String("tlc")).toString());
            QCOMPARE(s.get(r, QStringLiteral("product_description")), p.value(QLatin1String("product_description")).toString());
            QCOMPARE(s.get(r, QStringLiteral("quantity")), QString::number(p.value(QLatin1String("quantity")).toInteger()));
            QCOMPARE(s.get(r, QStringLiteral("unit_of_measure")), p.value(QLatin1String("unit")).toString());
            QCOMPARE(s.get(r, QStringLiteral("immediate_previous_source")), p.value(QLatin1String("previous_source")).toString());
            QVERIFY(s.get(r, QStringLiteral("receiving_location")).endsWith(p.value(QLatin1String("location_description")).toString()));
            QVERIFY(s.get(r, QStringLiteral("receiving_location")).startsWith(QStringLiteral("Tracelot Fine Foods")));
            QCOMPARE(s.get(r, QStringLiteral("date_received")), QStringLiteral("2026-01-01"));
            QCOMPARE(s.get(r, QStringLiteral("tlc_source_location")), p.value(QLatin1String("tlc_source")).toString());
            QCOMPARE(s.get(r, QStringLiteral("tlc_source_reference")), p.value(QLatin1String("tlc_source_reference")).toString());
            QCOMPARE(s.get(r, QStringLiteral("reference_document_type")), QStringLiteral("po"));
            QCOMPARE(s.get(r, QStringLiteral("reference_document_number")), QStringLiteral("PO-1"));
            // Shipping and transformation columns stay empty on a receiving row.
            QVERIFY(s.get(r, QStringLiteral("date_shipped")).isEmpty());
            QVERIFY(s.get(r, QStringLiteral("new_traceability_lot_code")).isEmpty());
        }
        QCOMPARE(s.get(rowOf(g.a), QStringLiteral("traceability_lot_code")), QStringLiteral("FRA-001"));
        QCOMPARE(s.get(rowOf(g.s), QStringLiteral("supplier")), QStringLiteral("Havfisk B"));
        QCOMPARE(s.get(rowOf(g.s), QStringLiteral("unit_of_measure")), QStringLiteral("g"));
        QVERIFY(s.get(rowOf(g.a), QStringLiteral("immediate_previous_source")).contains(QStringLiteral("Fromagerie A")));
    }

    void shippingAndTransformationRows()
    {
        test::Genealogy g;
        QVERIFY(g.build());
        const Sheet s = csvFor(g, january());
        const QList<QStringList> ships = s.of(QStringLiteral("Shipping"));
        QCOMPARE(ships.size(), 5);
        // Sorted by date: O1's two lines first.
        QCOMPARE(s.get(ships[0], QStringLiteral("date_shipped")), QStringLiteral("2026-01-10"));
        QCOMPARE(s.get(ships.last(), QStringLiteral("date_shipped")), QStringLiteral("2026-01-13"));
        const inventory::LotState m = inventory::fold(g.ws->store().readStream(inventory::lotStream(g.m)));
        QStringList merged;
        for (const QStringList& r : ships)
            if (s.get(r, QStringLiteral("lot_id")) == g.m) merged = r;
        QCOMPARE(s.get(merged, QStringLiteral("cfr_section")), QStringLiteral("21 CFR 1.1340"));
        QCOMPARE(s.get(merged, QStringLiteral("traceability_lot_code")), m.tlc);
        QCOMPARE(s.get(merged, QStringLiteral("product_description")), QStringLiteral("CHEESE"));
        QCOMPARE(s.get(merged, QStringLiteral("quantity")), QStringLiteral("8"));
        QCOMPARE(s.get(merged, QStringLiteral("unit_of_measure")), QStringLiteral("each"));
        QCOMPARE(s.get(merged, QStringLiteral("immediate_subsequent_recipient")), QStringLiteral("Deli Corner"));
        QCOMPARE(s.get(merged, QStringLiteral("ship_to_location")), QStringLiteral("Customer dock, 1 Main St, Springfield"));
        QCOMPARE(s.get(merged, QStringLiteral("ship_from_location")), QStringLiteral("Tracelot Fine Foods, 250 Doremus Ave, Newark, NJ 07105, USA"));
        QCOMPARE(s.get(merged, QStringLiteral("tlc_source_location")), QStringLiteral("Fromagerie A, 1 rue A, Morez"));
        QCOMPARE(s.get(merged, QStringLiteral("tlc_source_reference")), QStringLiteral("GLN 3061234000027"));
        QCOMPARE(s.get(merged, QStringLiteral("reference_document_type")), QStringLiteral("bill_of_lading"));
        QCOMPARE(s.get(merged, QStringLiteral("reference_document_number")), QStringLiteral("BOL-order-0001"));
        QCOMPARE(s.get(merged, QStringLiteral("order_id")), g.o1);

        const QList<QStringList> tf = s.of(QStringLiteral("Transformation"));
        QCOMPARE(tf.size(), 3);  // merge: one row per input (A, B); repack: one row (M)
        QStringList pairs;
        for (const QStringList& r : tf) {
            QCOMPARE(s.get(r, QStringLiteral("cfr_section")), QStringLiteral("21 CFR 1.1350"));
            QCOMPARE(s.get(r, QStringLiteral("date_transformation_completed")), QStringLiteral("2026-01-05"));
            QVERIFY(s.get(r, QStringLiteral("transformation_location")).startsWith(QStringLiteral("Tracelot Fine Foods")));
            QCOMPARE(s.get(r, QStringLiteral("reference_document_number")), QStringLiteral("WO-9"));
            pairs << QStringLiteral("%1 %2 %3 -> %4 %5 %6 %7")
                         .arg(s.get(r, QStringLiteral("input_traceability_lot_code")), s.get(r, QStringLiteral("input_quantity")),
                              s.get(r, QStringLiteral("input_unit_of_measure")), s.get(r, QStringLiteral("new_traceability_lot_code")),
                              s.get(r, QStringLiteral("new_product_description")), s.get(r, QStringLiteral("new_quantity")),
                              s.get(r, QStringLiteral("new_unit_of_measure")));
        }
        const inventory::LotState rr = inventory::fold(g.ws->store().readStream(inventory::lotStream(g.r)));
        QStringList expected{QStringLiteral("FRA-001 20 each -> %1 CHEESE 40 each").arg(m.tlc), QStringLiteral("FRA-002 20 each -> %1 CHEESE 40 each").arg(m.tlc),
                             QStringLiteral("%1 10 each -> %2 GREENS 4 case").arg(m.tlc, rr.tlc)};
        pairs.sort();
        expected.sort();
        QCOMPARE(pairs, expected);
    }

    void filtersByTlcProductAndDate()
    {
        test::Genealogy g;
        QVERIFY(g.build());
        FsmaCounts c;
        FsmaFilter byTlc;
        byTlc.tlcs = {QStringLiteral("FRA-002")};
        csvFor(g, byTlc, &c);
        QCOMPARE(c.receiving, qint64(1));
        QCOMPARE(c.shipping, qint64(1));       // O3 to Bistro Nord
        QCOMPARE(c.transformation, qint64(1)); // B into M
        FsmaFilter salmon = january();
        salmon.products = {QStringLiteral("SALMON")};
        csvFor(g, salmon, &c);
        QCOMPARE(c.receiving, qint64(1));
        QCOMPARE(c.shipping, qint64(1));
        QCOMPARE(c.transformation, qint64(0));
        FsmaFilter days;
        days.from = QDate(2026, 1, 11);
        days.to = QDate(2026, 1, 12);
        const Sheet s = csvFor(g, days, &c);
        QCOMPARE(c.total(), qint64(2));
        QCOMPARE(s.of(QStringLiteral("Shipping")).size(), 2);
        // No range and no TLC: refused, nothing written.
        QBuffer b;
        b.open(QIODevice::WriteOnly);
        FsmaCsvSink sink(b);
        QCOMPARE(exportFsma(g.ws->database().sql(), FsmaFilter{}, sink).refusal().code, QStringLiteral("fsma.filter_missing"));
        FsmaFilter unknown = january();
        unknown.products = {QStringLiteral("NOPE")};
        QCOMPARE(exportFsma(g.ws->database().sql(), unknown, sink).refusal().code, QStringLiteral("fsma.product_unknown"));
    }

    void xlsxHasOneSheetPerEventAndALegend()
    {
        test::Genealogy g;
        QVERIFY(g.build());
        const QString file = g.dir.filePath(QStringLiteral("fsma.xlsx"));
        auto counts = reports::exportFsmaFile(g.ws->database().sql(), january(), file);
        QVERIFY2(counts, counts ? "" : qPrintable(counts.refusal().message));
        const QByteArray workbook = unzip(file, QStringLiteral("xl/workbook.xml"));
        QVERIFY2(!workbook.isEmpty(), "unzip gave nothing");
        const QRegularExpression sheetName(QStringLiteral("<sheet name=\"([^\"]+)\""));
        QStringList names;
        for (auto it = sheetName.globalMatch(QString::fromUtf8(workbook)); it.hasNext();) names << it.next().captured(1);
        QCOMPARE(names, (QStringList{QStringLiteral("Receiving"), QStringLiteral("Shipping"), QStringLiteral("Transformation"), QStringLiteral("Legend")}));
        // Cells are inline strings in constant-memory mode: read the shipping sheet back.
        const QString shipping = QString::fromUtf8(unzip(file, QStringLiteral("xl/worksheets/sheet2.xml")));
        QCOMPARE(shipping.count(QStringLiteral("<row ")), 1 + 5);
        QStringList cells;
        const QRegularExpression cell(QStringLiteral("<c r=\"([A-Z]+)(\\d+)\"[^>]*>(?:<is><t[^>]*>([^<]*)</t></is>|<v>([^<]*)</v>)</c>"));
        QMap<QString, QString> byRef;
        for (auto it = cell.globalMatch(shipping); it.hasNext();) {
            const auto m = it.next();
            byRef.insert(m.captured(1) + m.captured(2), m.captured(3).isEmpty() ? m.captured(4) : m.captured(3));
        }
        const auto& columns = fsmaSheets()[1].columns;
        for (qsizetype c = 0; c < columns.size(); ++c) QCOMPARE(byRef.value(QString(QChar(static_cast<char16_t>(u'A' + c))) + QStringLiteral("1")), columns.at(c));
        // Row 2: the first shipment line of O1 (A2 ×5 to Deli Corner).
        QCOMPARE(byRef.value(QStringLiteral("A2")), QStringLiteral("FRA-001"));
        QCOMPARE(byRef.value(QStringLiteral("C2")), QStringLiteral("5"));
        QCOMPARE(byRef.value(QStringLiteral("E2")), QStringLiteral("Deli Corner"));
        QCOMPARE(byRef.value(QStringLiteral("H2")), QStringLiteral("2026-01-10"));
        const QString legend = QString::fromUtf8(unzip(file, QStringLiteral("xl/worksheets/sheet4.xml")));
        QVERIFY(legend.contains(QStringLiteral("21 CFR 1.1350")));
        QVERIFY(legend.contains(QStringLiteral("bill_of_lading")));
    }

    void writersQuoteAndEscapeCellBytes()
    {
        // The sinks take SQLite's bytes as they are: CSV quoting and XML escaping are theirs.
        const FsmaSheet& shipping = fsmaSheets()[1];
        const auto rowOf = [&](const QList<QByteArray>& cells) {
            std::vector<QByteArrayView> views;
            for (const QByteArray& c : cells) views.emplace_back(c);
            return views;
        };
        const QList<QByteArray> tricky{"TLC,1", "Brie \"de Meaux\"", "12", "each", "Caf\xc3\xa9 <Nord> & Co", " dock ", "line\nbreak", "2026-01-10",
                                       "ctrl\x01", "", "bill_of_lading", "BOL-1", "O-1", "L-1"};
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        FsmaCsvSink csv(buffer);
        QVERIFY(csv.beginSheet(shipping));
        QVERIFY(csv.row(rowOf(tricky)));
        QVERIFY(csv.finish());
        const QList<QStringList> rows = readCsv(buffer.data());
        QCOMPARE(rows.size(), 2);
        const QStringList& header = rows[0];
        for (qsizetype c = 0; c < shipping.columns.size(); ++c)
            QCOMPARE(rows[1].value(header.indexOf(shipping.columns.at(c))), QString::fromUtf8(tricky.at(c)));
        QCOMPARE(rows[1].value(0), QStringLiteral("Shipping"));
        QCOMPARE(rows[1].value(header.indexOf(QStringLiteral("date_received"))), QString());

        // XLSX: several chunks through the deflating thread (5,000 rows of ~1 KB), escaping,
        // numbers as numbers, the header kept.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("t.xlsx"));
        {
            reports::FsmaXlsxSink xlsx(file);
            QVERIFY(xlsx.beginSheet(shipping));
            QList<QByteArray> cells = tricky;
            for (int i = 0; i < 5000; ++i) {
                cells[12] = "O-" + QByteArray::number(i) + QByteArray(500, 'x');
                QVERIFY(xlsx.row(rowOf(cells)));
            }
            QVERIFY(xlsx.finish());
        }
        const QString sheet = QString::fromUtf8(unzip(file, QStringLiteral("xl/worksheets/sheet1.xml")));
        QCOMPARE(sheet.count(QStringLiteral("<row ")), 1 + 5000);
        QVERIFY(sheet.contains(QStringLiteral("<c r=\"E2\" t=\"inlineStr\"><is><t>Caf\u00e9 &lt;Nord&gt; &amp; Co</t></is></c>")));
        QVERIFY(sheet.contains(QStringLiteral("<c r=\"F2\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> dock </t></is></c>")));
        QVERIFY(sheet.contains(QStringLiteral("<c r=\"B2\" t=\"inlineStr\"><is><t>Brie &quot;de Meaux&quot;</t></is></c>")));
        QVERIFY(sheet.contains(QStringLiteral("<t>ctrl_x0001_</t>")));
        QVERIFY(sheet.contains(QStringLiteral("<c r=\"C5001\"><v>12</v></c>")));
        QVERIFY(!sheet.contains(QStringLiteral("<c r=\"J2\"")));  // empty cells are left out
        QVERIFY(sheet.contains(QStringLiteral("<t>O-4999") + QString(500, QLatin1Char('x')) + QStringLiteral("</t>")));
        QVERIFY(sheet.endsWith(QStringLiteral("<autoFilter ref=\"A1:N5001\"/></worksheet>")));
        QCOMPARE(QString::fromUtf8(unzip(file, QStringLiteral("xl/worksheets/sheet1.xml"))).count(QStringLiteral("<c r=\"A1\" s=\"1\"")), 1);
        QProcess test;  // the archive itself is sound (CRCs, sizes, directory)
        test.start(QStringLiteral("unzip"), {QStringLiteral("-tq"), file});
        QVERIFY(test.waitForFinished(30000));
        QCOMPARE(test.exitCode(), 0);
    }

    void cliTraceAndExport()
    {
        test::Genealogy g;
        QVERIFY(g.build());
        const QString db = g.dbPath();
        g.close();
        const auto cli = [&](const QStringList& args, QByteArray* out = nullptr) {
            QProcess p;
            p.start(QStringLiteral(TRACELOT_CLI), QStringList{QStringLiteral("--db"), db} + args);
            p.waitForFinished(60000);
            if (out) *out = p.readAllStandardOutput();
            if (p.exitCode() != 0) qWarning("%s", p.readAllStandardError().constData());
            return p.exitCode();
        };
        QByteArray out;
        QCOMPARE(cli({QStringLiteral("trace"), QStringLiteral("forward"), QStringLiteral("FRA-001"), QStringLiteral("--json")}, &out), 0);
        QJsonObject j;
        QVERIFY(parseJsonObject(out.trimmed(), &j));
        QCOMPARE(j.value(QLatin1String("lots")).toArray().size(), 5);
        QCOMPARE(j.value(QLatin1String("customers")).toArray().at(0).toObject().value(QLatin1String("shipped")).toInteger(), 16);
        QCOMPARE(cli({QStringLiteral("trace"), QStringLiteral("backward"), g.o3}, &out), 0);
        QVERIFY2(out.contains("Fromagerie A\tFRA-002\t50 each"), out.constData());
        QCOMPARE(cli({QStringLiteral("trace"), QStringLiteral("forward"), QStringLiteral("NOPE")}), 3);
        const QString csv = g.dir.filePath(QStringLiteral("out.csv"));
        QCOMPARE(cli({QStringLiteral("fsma"), QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                      QStringLiteral("2026-01-31"), QStringLiteral("--product"), QStringLiteral("CHEESE"), QStringLiteral("--out"), csv},
                     &out),
                 0);
        QVERIFY2(out.contains("2 receiving, 4 shipping, 3 transformation"), out.constData());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(readCsv(f.readAll()).size(), 1 + 2 + 4 + 3);
    }
};

QTEST_GUILESS_MAIN(TstFsma)
#include "tst_fsma.moc"

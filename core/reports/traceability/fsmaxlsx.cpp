#include "reports/traceability/fsmaxlsx.h"

#include <QFile>
#include <QSaveFile>
#include <zlib.h>

#include <vector>

namespace tracelot::reports {

namespace {
constexpr qint64 kMaxRows = 1048576;  // Excel's limit per sheet: the rest goes on a continuation sheet
constexpr qsizetype kChunk = 1 << 18;  // XML is deflated in chunks of this size
constexpr qint64 kZip32 = 0xFFFFFFFFLL;

const char* const kXmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const char* const kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const char* const kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

Status writeFailed(const QString& why)
{
    return refuse(QStringLiteral("fsma.write_failed"), QStringLiteral("The spreadsheet could not be written (%1).").arg(why));
}

void le16(QByteArray& b, quint32 v)
{
    b.append(static_cast<char>(v & 0xFF));
    b.append(static_cast<char>((v >> 8) & 0xFF));
}
void le32(QByteArray& b, quint32 v)
{
    le16(b, v & 0xFFFF);
    le16(b, v >> 16);
}

// Text of a cell: XML-escaped; control characters Excel cannot store as _xHHHH_ (as Excel
// itself writes them).
void appendXmlText(QByteArray& out, QByteArrayView utf8)
{
    for (const char c : utf8) {
        switch (c) {
        case '&': out.append("&amp;"); break;
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '"': out.append("&quot;"); break;
        default:
            if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                static const char hex[] = "0123456789ABCDEF";
                out.append("_x00");
                out.append(hex[(c >> 4) & 0xF]);
                out.append(hex[c & 0xF]);
                out.append('_');
            } else {
                out.append(c);
            }
        }
    }
}

void appendColumn(QByteArray& out, qsizetype column)
{
    if (column >= 26) out.append(static_cast<char>('A' + column / 26 - 1));
    out.append(static_cast<char>('A' + column % 26));
}

bool isInteger(QByteArrayView v)
{
    if (v.isEmpty() || v.size() > 15) return false;
    for (qsizetype i = 0; i < v.size(); ++i)
        if (!(v[i] >= '0' && v[i] <= '9') && !(i == 0 && v[i] == '-' && v.size() > 1)) return false;
    return true;
}

// A minimal streaming ZIP writer (PKWARE APPNOTE): each member is raw-deflated (zlib,
// level 1: the XML is very repetitive and level 1 is 3-4 times faster than the default)
// as it is produced, sizes and CRC follow in a data descriptor, the central directory at
// the end. Members stay under 4 GiB (a sheet has at most 1,048,576 rows).
class ZipWriter {
public:
    explicit ZipWriter(QIODevice& out) : out_(out) {}
    ~ZipWriter()
    {
        if (open_) deflateEnd(&z_);
    }

    Status begin(const QByteArray& name)
    {
        Member m;
        m.name = name;
        m.offset = written_;
        QByteArray h;
        le32(h, 0x04034b50);
        le16(h, 20);      // version needed
        le16(h, 0x0808);  // data descriptor follows; names are UTF-8
        le16(h, 8);       // deflate
        le16(h, 0);       // time
        le16(h, 0x21);    // date: 1980-01-01
        le32(h, 0);       // crc, sizes: in the data descriptor
        le32(h, 0);
        le32(h, 0);
        le16(h, static_cast<quint32>(name.size()));
        le16(h, 0);
        h.append(name);
        members_.push_back(std::move(m));
        z_ = {};
        if (deflateInit2(&z_, 1, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) return writeFailed(QStringLiteral("zlib"));
        open_ = true;
        return put(h);
    }

    Status write(QByteArrayView data) { return pump(data, Z_NO_FLUSH); }

    Status end()
    {
        if (Status s = pump({}, Z_FINISH); !s) return s;
        deflateEnd(&z_);
        open_ = false;
        Member& m = members_.back();
        if (m.size > kZip32 || m.compressed > kZip32) return writeFailed(QStringLiteral("a sheet is larger than 4 GiB"));
        QByteArray d;
        le32(d, 0x08074b50);
        le32(d, m.crc);
        le32(d, static_cast<quint32>(m.compressed));
        le32(d, static_cast<quint32>(m.size));
        return put(d);
    }

    Status finish()
    {
        const qint64 start = written_;
        QByteArray cd;
        for (const Member& m : members_) {
            le32(cd, 0x02014b50);
            le16(cd, 20);  // made by
            le16(cd, 20);  // needed
            le16(cd, 0x0808);
            le16(cd, 8);
            le16(cd, 0);
            le16(cd, 0x21);
            le32(cd, m.crc);
            le32(cd, static_cast<quint32>(m.compressed));
            le32(cd, static_cast<quint32>(m.size));
            le16(cd, static_cast<quint32>(m.name.size()));
            le16(cd, 0);  // extra
            le16(cd, 0);  // comment
            le16(cd, 0);  // disk
            le16(cd, 0);  // internal attributes
            le32(cd, 0);  // external attributes
            le32(cd, static_cast<quint32>(m.offset));
            cd.append(m.name);
        }
        if (start + cd.size() > kZip32) return writeFailed(QStringLiteral("the file is larger than 4 GiB"));
        const auto cdSize = static_cast<quint32>(cd.size());
        le32(cd, 0x06054b50);
        le16(cd, 0);  // this disk
        le16(cd, 0);  // the directory's disk
        le16(cd, static_cast<quint32>(members_.size()));
        le16(cd, static_cast<quint32>(members_.size()));
        le32(cd, cdSize);
        le32(cd, static_cast<quint32>(start));
        le16(cd, 0);  // comment
        return put(cd);
    }

private:
    struct Member {
        QByteArray name;
        qint64 offset = 0;
        quint32 crc = 0;
        qint64 size = 0;
        qint64 compressed = 0;
    };

    Status put(QByteArrayView bytes)
    {
        if (out_.write(bytes.data(), bytes.size()) != bytes.size()) return writeFailed(out_.errorString());
        written_ += bytes.size();
        return ok();
    }

    Status pump(QByteArrayView data, int flush)
    {
        Member& m = members_.back();
        if (!data.isEmpty())  // crc32_z(crc, nullptr, 0) would restart at 0
            m.crc = static_cast<quint32>(crc32_z(m.crc, reinterpret_cast<const Bytef*>(data.data()), static_cast<z_size_t>(data.size())));
        m.size += data.size();
        z_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
        z_.avail_in = static_cast<uInt>(data.size());
        do {
            z_.next_out = reinterpret_cast<Bytef*>(buffer_);
            z_.avail_out = sizeof buffer_;
            const int rc = deflate(&z_, flush);
            if (rc == Z_STREAM_ERROR) return writeFailed(QStringLiteral("zlib"));
            const qsizetype n = static_cast<qsizetype>(sizeof buffer_ - z_.avail_out);
            m.compressed += n;
            if (n > 0)
                if (Status s = put(QByteArrayView(buffer_, n)); !s) return s;
        } while (z_.avail_out == 0 || (flush == Z_FINISH && z_.avail_in > 0));
        return ok();
    }

    QIODevice& out_;
    z_stream z_{};
    bool open_ = false;
    qint64 written_ = 0;
    std::vector<Member> members_;
    char buffer_[1 << 16];
};

}  // namespace

struct FsmaXlsxSink::Private {
    QSaveFile file;
    std::unique_ptr<ZipWriter> zip;
    bool opened = false;
    QByteArray xml;       // the current sheet's XML not yet deflated
    QByteArray cellText;  // scratch
    traceability::FsmaSheet current;
    std::vector<bool> numeric;  // per column of the current sheet
    QStringList sheetNames;
    std::vector<qint64> sheetRows;     // rows written per data sheet, header included
    std::vector<qsizetype> sheetColumns;
    bool sheetOpen = false;
    qint64 row = 0;
    int part = 1;
};

FsmaXlsxSink::FsmaXlsxSink(const QString& path) : d(std::make_unique<Private>())
{
    d->file.setFileName(path);
    d->opened = d->file.open(QIODevice::WriteOnly);
    if (d->opened) d->zip = std::make_unique<ZipWriter>(d->file);
}

FsmaXlsxSink::~FsmaXlsxSink() = default;  // without finish() the file is not written

namespace {

void openSheet(QByteArray& xml, const QList<double>& widths)
{
    xml = kXmlHead;
    xml.append("<worksheet xmlns=\"").append(kMain).append("\" xmlns:r=\"").append(kRel).append("\">");
    xml.append("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
               "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>");
    xml.append("<sheetFormatPr defaultRowHeight=\"15\"/><cols>");
    for (qsizetype c = 0; c < widths.size(); ++c)
        xml.append("<col min=\"")
            .append(QByteArray::number(c + 1))
            .append("\" max=\"")
            .append(QByteArray::number(c + 1))
            .append("\" width=\"")
            .append(QByteArray::number(widths.at(c)))
            .append("\" customWidth=\"1\"/>");
    xml.append("</cols><sheetData>");
}

void appendCell(QByteArray& xml, qsizetype column, qint64 row, QByteArrayView utf8, bool number, bool bold)
{
    xml.append("<c r=\"");
    appendColumn(xml, column);
    xml.append(QByteArray::number(row));
    if (number) {
        xml.append("\"><v>").append(utf8).append("</v></c>");
        return;
    }
    xml.append(bold ? "\" s=\"1\" t=\"inlineStr\"><is><t" : "\" t=\"inlineStr\"><is><t");
    if (!utf8.isEmpty() && (utf8.front() == ' ' || utf8.back() == ' ')) xml.append(" xml:space=\"preserve\"");
    xml.append('>');
    appendXmlText(xml, utf8);
    xml.append("</t></is></c>");
}

}  // namespace

Status FsmaXlsxSink::beginSheet(const traceability::FsmaSheet& s)
{
    if (!d->opened) return writeFailed(d->file.errorString());
    if (d->sheetOpen)
        if (Status st = endSheet(); !st) return st;
    d->current = s;
    d->part = 1;
    return startSheet(s.name);
}

Status FsmaXlsxSink::startSheet(const QString& name)
{
    d->sheetNames << name;
    d->sheetRows.push_back(1);
    d->sheetColumns.push_back(d->current.columns.size());
    if (Status st = d->zip->begin("xl/worksheets/sheet" + QByteArray::number(d->sheetNames.size()) + ".xml"); !st) return st;
    d->sheetOpen = true;
    const QStringList& columns = d->current.columns;
    openSheet(d->xml, QList<double>(columns.size(), 22));
    d->numeric.assign(static_cast<size_t>(columns.size()), false);
    d->xml.append("<row r=\"1\">");
    for (qsizetype c = 0; c < columns.size(); ++c) {
        d->numeric[static_cast<size_t>(c)] = columns.at(c).endsWith(QLatin1String("quantity"));
        appendCell(d->xml, c, 1, columns.at(c).toUtf8(), false, true);
    }
    d->xml.append("</row>");
    d->row = 1;
    return ok();
}

Status FsmaXlsxSink::endSheet()
{
    d->xml.append("</sheetData><autoFilter ref=\"A1:");
    appendColumn(d->xml, std::max<qsizetype>(1, d->current.columns.size()) - 1);
    d->xml.append(QByteArray::number(d->row)).append("\"/></worksheet>");
    d->sheetRows.back() = d->row;
    d->sheetOpen = false;
    if (Status st = d->zip->write(d->xml); !st) return st;
    d->xml.clear();
    return d->zip->end();
}

Status FsmaXlsxSink::row(const QStringList& values)
{
    if (d->row >= kMaxRows) {
        ++d->part;
        if (Status s = endSheet(); !s) return s;
        if (Status s = startSheet(QStringLiteral("%1 (%2)").arg(d->current.name).arg(d->part)); !s) return s;
    }
    ++d->row;
    d->xml.append("<row r=\"").append(QByteArray::number(d->row)).append("\">");
    for (qsizetype c = 0; c < values.size(); ++c) {
        const QString& v = values.at(c);
        if (v.isEmpty()) continue;
        d->cellText = v.toUtf8();
        const bool number = c < static_cast<qsizetype>(d->numeric.size()) && d->numeric[static_cast<size_t>(c)] && isInteger(d->cellText);
        appendCell(d->xml, c, d->row, d->cellText, number, false);
    }
    d->xml.append("</row>");
    if (d->xml.size() >= kChunk) {
        if (Status s = d->zip->write(d->xml); !s) return s;
        d->xml.clear();
    }
    return ok();
}

Status FsmaXlsxSink::finish()
{
    if (!d->opened) return writeFailed(d->file.errorString());
    if (d->sheetOpen)
        if (Status s = endSheet(); !s) return s;
    // The legend.
    d->current = traceability::FsmaSheet{traceability::Cte::Receiving, QStringLiteral("Legend"), {}, {QStringLiteral("code"), QStringLiteral("meaning")}};
    d->sheetNames << d->current.name;
    if (Status st = d->zip->begin("xl/worksheets/sheet" + QByteArray::number(d->sheetNames.size()) + ".xml"); !st) return st;
    openSheet(d->xml, {24, 80});
    d->xml.append("<row r=\"1\">");
    appendCell(d->xml, 0, 1, "code", false, true);
    appendCell(d->xml, 1, 1, "meaning", false, true);
    d->xml.append("</row>");
    qint64 r = 1;
    for (const auto& [code, meaning] : traceability::fsmaLegend()) {
        ++r;
        d->xml.append("<row r=\"").append(QByteArray::number(r)).append("\">");
        appendCell(d->xml, 0, r, code.toUtf8(), false, false);
        appendCell(d->xml, 1, r, meaning.toUtf8(), false, false);
        d->xml.append("</row>");
    }
    d->xml.append("</sheetData></worksheet>");
    if (Status s = d->zip->write(d->xml); !s) return s;
    if (Status s = d->zip->end(); !s) return s;

    const qsizetype sheets = d->sheetNames.size();
    QByteArray types = kXmlHead;
    types.append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                 "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                 "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                 "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                 "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
    QByteArray rels = kXmlHead;
    rels.append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    QByteArray book = kXmlHead;
    book.append("<workbook xmlns=\"").append(kMain).append("\" xmlns:r=\"").append(kRel).append("\"><bookViews><workbookView/></bookViews><sheets>");
    QByteArray filters;
    for (qsizetype i = 0; i < sheets; ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        types.append("<Override PartName=\"/xl/worksheets/sheet").append(n).append(
            ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        rels.append("<Relationship Id=\"rId").append(n).append(
            "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(n).append(".xml\"/>");
        book.append("<sheet name=\"");
        appendXmlText(book, d->sheetNames.at(i).toUtf8());
        book.append("\" sheetId=\"").append(n).append("\" r:id=\"rId").append(n).append("\"/>");
        if (i < static_cast<qsizetype>(d->sheetRows.size())) {  // the autofilter's range, as Excel records it
            const qsizetype columns = std::max<qsizetype>(1, d->sheetColumns[static_cast<size_t>(i)]);
            QByteArray ref = "'" + d->sheetNames.at(i).toUtf8().replace('\'', "''") + "'!$A$1:$";
            appendColumn(ref, columns - 1);
            ref.append('$').append(QByteArray::number(d->sheetRows[static_cast<size_t>(i)]));
            filters.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(QByteArray::number(i)).append("\" hidden=\"1\">");
            appendXmlText(filters, ref);
            filters.append("</definedName>");
        }
    }
    types.append("</Types>");
    rels.append("<Relationship Id=\"rId").append(QByteArray::number(sheets + 1)).append(
        "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>");
    book.append("</sheets>");
    if (!filters.isEmpty()) book.append("<definedNames>").append(filters).append("</definedNames>");
    book.append("</workbook>");
    QByteArray root = kXmlHead;
    root.append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                "</Relationships>");
    QByteArray styles = kXmlHead;
    styles.append("<styleSheet xmlns=\"").append(kMain).append("\">"
                  "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
                  "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
                  "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                  "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                  "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                  "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                  "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
                  "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>");
    const std::pair<const char*, const QByteArray*> parts[] = {
        {"[Content_Types].xml", &types}, {"_rels/.rels", &root}, {"xl/workbook.xml", &book}, {"xl/_rels/workbook.xml.rels", &rels}, {"xl/styles.xml", &styles}};
    for (const auto& [name, bytes] : parts) {
        if (Status s = d->zip->begin(name); !s) return s;
        if (Status s = d->zip->write(*bytes); !s) return s;
        if (Status s = d->zip->end(); !s) return s;
    }
    if (Status s = d->zip->finish(); !s) return s;
    if (!d->file.commit()) return writeFailed(d->file.errorString());
    return ok();
}

Result<traceability::FsmaCounts> exportFsmaFile(QSqlDatabase db, const traceability::FsmaFilter& filter, const QString& path)
{
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        FsmaXlsxSink sink(path);
        return traceability::exportFsma(db, filter, sink);
    }
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return refuse(QStringLiteral("fsma.format_unknown"), QStringLiteral("Name the file .csv or .xlsx."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return refuse(QStringLiteral("fsma.write_failed"), file.errorString());
    traceability::FsmaCsvSink sink(file);
    Result<traceability::FsmaCounts> counts = traceability::exportFsma(db, filter, sink);
    if (!counts) return counts;
    if (!file.commit()) return refuse(QStringLiteral("fsma.write_failed"), file.errorString());
    return counts;
}

}  // namespace tracelot::reports

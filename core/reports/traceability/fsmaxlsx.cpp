#include "reports/traceability/fsmaxlsx.h"

#include <QFile>
#include <QSaveFile>
#include <zlib.h>

#include <charconv>
#include <cstring>
#include <deque>
#include <future>
#include <string>
#include <vector>

namespace tracelot::reports {

namespace {
constexpr qint64 kMaxRows = 1048576;  // Excel's limit per sheet: the rest goes on a continuation sheet
constexpr size_t kChunk = 1 << 20;  // XML is deflated (on worker threads) in chunks of this size
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
void put(std::string& out, const char* p, qsizetype n) { out.append(p, static_cast<size_t>(n)); }
void put(QByteArray& out, const char* p, qsizetype n) { out.append(p, n); }
void put(std::string& out, char c) { out.push_back(c); }
void put(QByteArray& out, char c) { out.append(c); }
template <typename Out>
void put(Out& out, const char* literal) { put(out, literal, static_cast<qsizetype>(std::strlen(literal))); }

template <typename Out>
void appendXmlText(Out& out, QByteArrayView utf8)
{
    bool plain = true;  // the common case: nothing to escape, one copy
    for (const char c : utf8)
        if (c == '&' || c == '<' || c == '>' || c == '"' || (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
            plain = false;
            break;
        }
    if (plain) {
        put(out, utf8.data(), utf8.size());
        return;
    }
    for (const char c : utf8) {
        switch (c) {
        case '&': put(out, "&amp;"); break;
        case '<': put(out, "&lt;"); break;
        case '>': put(out, "&gt;"); break;
        case '"': put(out, "&quot;"); break;
        default:
            if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                static const char hex[] = "0123456789ABCDEF";
                const char escaped[] = {'_', 'x', '0', '0', hex[(c >> 4) & 0xF], hex[c & 0xF], '_'};
                put(out, escaped, 7);
            } else {
                put(out, c);
            }
        }
    }
}

template <typename Out>
void appendColumn(Out& out, qsizetype column)
{
    if (column >= 26) put(out, static_cast<char>('A' + column / 26 - 1));
    put(out, static_cast<char>('A' + column % 26));
}

bool isInteger(QByteArrayView v)
{
    if (v.isEmpty() || v.size() > 15) return false;
    for (qsizetype i = 0; i < v.size(); ++i)
        if (!(v[i] >= '0' && v[i] <= '9') && !(i == 0 && v[i] == '-' && v.size() > 1)) return false;
    return true;
}

// One chunk of a member, raw-deflated on its own (zlib level 1: the XML is very repetitive
// and level 1 is 3-4 times faster than the default) and ended by a sync flush, so that
// chunks put one after the other form one deflate stream.
struct Deflated {
    bool ok = false;
    quint32 crc = 0;
    qint64 size = 0;    // input bytes
    std::string bytes;  // output
};

Deflated deflateChunk(const std::string& input)
{
    Deflated out;
    out.size = static_cast<qint64>(input.size());
    out.crc = static_cast<quint32>(crc32_z(crc32_z(0, nullptr, 0), reinterpret_cast<const Bytef*>(input.data()), input.size()));
    z_stream z{};
    if (deflateInit2(&z, 1, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) return out;
    out.bytes.resize(deflateBound(&z, static_cast<uLong>(input.size())) + 64);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.data()));
    z.avail_in = static_cast<uInt>(input.size());
    size_t used = 0;
    int rc = Z_OK;
    do {
        if (used == out.bytes.size()) out.bytes.resize(out.bytes.size() * 2);
        z.next_out = reinterpret_cast<Bytef*>(out.bytes.data() + used);
        z.avail_out = static_cast<uInt>(out.bytes.size() - used);
        rc = deflate(&z, Z_SYNC_FLUSH);
        used = out.bytes.size() - z.avail_out;
    } while (rc == Z_OK && (z.avail_in > 0 || z.avail_out == 0));
    deflateEnd(&z);
    out.bytes.resize(used);
    out.ok = rc == Z_OK || rc == Z_BUF_ERROR;
    return out;
}

// A minimal streaming ZIP writer (PKWARE APPNOTE): each member is deflated chunk by chunk as
// it is produced — the chunks on worker threads, a few at a time, written in order (deflate
// is most of an export's work; this keeps the caller reading rows meanwhile) —, sizes and
// CRC follow in a data descriptor, the central directory at the end. Members stay under
// 4 GiB (a sheet has at most 1,048,576 rows).
class ZipWriter {
public:
    explicit ZipWriter(QIODevice& out) : out_(out) {}
    ~ZipWriter()
    {
        for (auto& f : pending_) f.wait();
    }
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;

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
        return put(h);
    }

    Status write(std::string chunk)
    {
        if (chunk.empty()) return ok();
        pending_.push_back(std::async(std::launch::async, [input = std::move(chunk)] { return deflateChunk(input); }));
        while (pending_.size() > 3)  // at most ~4 MB of XML in flight
            if (Status s = collect(); !s) return s;
        return ok();
    }
    Status write(QByteArrayView data) { return write(std::string(data.data(), static_cast<size_t>(data.size()))); }

    Status end()
    {
        while (!pending_.empty())
            if (Status s = collect(); !s) return s;
        static const char kLastBlock[] = {0x03, 0x00};  // an empty final block ends the stream
        if (Status s = put(QByteArrayView(kLastBlock, 2)); !s) return s;
        Member& m = members_.back();
        m.compressed += 2;
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

    // The oldest chunk in flight: waited for, appended to the member.
    Status collect()
    {
        Deflated c = pending_.front().get();
        pending_.pop_front();
        if (!c.ok) return writeFailed(QStringLiteral("zlib"));
        Member& m = members_.back();
        m.crc = m.size == 0 ? c.crc : static_cast<quint32>(crc32_combine(m.crc, c.crc, static_cast<z_off_t>(c.size)));
        m.size += c.size;
        m.compressed += static_cast<qint64>(c.bytes.size());
        return put(QByteArrayView(c.bytes.data(), static_cast<qsizetype>(c.bytes.size())));
    }

    QIODevice& out_;
    qint64 written_ = 0;
    std::vector<Member> members_;
    std::deque<std::future<Deflated>> pending_;
};

}  // namespace

struct FsmaXlsxSink::Private {
    QSaveFile file;
    std::unique_ptr<ZipWriter> zip;  // after the file: finishes its work before the file goes
    bool opened = false;
    std::string xml;  // the current sheet's XML not yet handed over
    traceability::FsmaSheet current;
    std::vector<bool> numeric;           // per column of the current sheet
    std::vector<std::string> columnRef;  // "A", "B", … per column
    QStringList sheetNames;
    std::vector<qint64> sheetRows;     // rows written per data sheet, header included
    std::vector<qsizetype> sheetColumns;
    bool sheetOpen = false;
    qint64 row = 0;
    int part = 1;

    Status handOver()  // the XML so far goes to the ZIP writer
    {
        std::string chunk;
        chunk.reserve(kChunk + (kChunk >> 3));
        std::swap(chunk, xml);
        return zip->write(std::move(chunk));
    }
};

FsmaXlsxSink::FsmaXlsxSink(const QString& path) : d(std::make_unique<Private>())
{
    d->file.setFileName(path);
    d->opened = d->file.open(QIODevice::WriteOnly);
    if (d->opened) d->zip = std::make_unique<ZipWriter>(d->file);
    d->xml.reserve(kChunk + (kChunk >> 3));
}

FsmaXlsxSink::~FsmaXlsxSink() = default;  // without finish() the file is not written

namespace {

void openSheet(std::string& xml, const QList<double>& widths)
{
    xml = kXmlHead;
    xml.append("<worksheet xmlns=\"").append(kMain).append("\" xmlns:r=\"").append(kRel).append("\">");
    xml.append("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
               "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>");
    xml.append("<sheetFormatPr defaultRowHeight=\"15\"/><cols>");
    for (qsizetype c = 0; c < widths.size(); ++c)
        xml.append("<col min=\"")
            .append(std::to_string(c + 1))
            .append("\" max=\"")
            .append(std::to_string(c + 1))
            .append("\" width=\"")
            .append(QByteArray::number(widths.at(c)).toStdString())
            .append("\" customWidth=\"1\"/>");
    xml.append("</cols><sheetData>");
}

// One cell; `row` is the row number's digits.
void appendCell(std::string& xml, std::string_view column, std::string_view row, QByteArrayView utf8, bool number, bool bold)
{
    xml.append("<c r=\"").append(column).append(row);
    if (number) {
        xml.append("\"><v>");
        put(xml, utf8.data(), utf8.size());
        xml.append("</v></c>");
        return;
    }
    xml.append(bold ? "\" s=\"1\" t=\"inlineStr\"><is><t" : "\" t=\"inlineStr\"><is><t");
    if (!utf8.isEmpty() && (utf8.front() == ' ' || utf8.back() == ' ')) xml.append(" xml:space=\"preserve\"");
    xml.push_back('>');
    appendXmlText(xml, utf8);
    xml.append("</t></is></c>");
}

std::string columnName(qsizetype column)
{
    std::string out;
    appendColumn(out, column);
    return out;
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
    d->columnRef.clear();
    d->xml.append("<row r=\"1\">");
    for (qsizetype c = 0; c < columns.size(); ++c) {
        d->columnRef.push_back(columnName(c));
        d->numeric[static_cast<size_t>(c)] = columns.at(c).endsWith(QLatin1String("quantity"));
        appendCell(d->xml, d->columnRef.back(), "1", columns.at(c).toUtf8(), false, true);
    }
    d->xml.append("</row>");
    d->row = 1;
    return ok();
}

Status FsmaXlsxSink::endSheet()
{
    d->xml.append("</sheetData><autoFilter ref=\"A1:");
    appendColumn(d->xml, std::max<qsizetype>(1, d->current.columns.size()) - 1);
    d->xml.append(std::to_string(d->row)).append("\"/></worksheet>");
    d->sheetRows.back() = d->row;
    d->sheetOpen = false;
    if (Status st = d->handOver(); !st) return st;
    return d->zip->end();
}

Status FsmaXlsxSink::row(std::span<const QByteArrayView> values)
{
    if (d->row >= kMaxRows) {
        ++d->part;
        if (Status s = endSheet(); !s) return s;
        if (Status s = startSheet(QStringLiteral("%1 (%2)").arg(d->current.name).arg(d->part)); !s) return s;
    }
    ++d->row;
    char digits[24];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, d->row);
    const std::string_view rowNo(digits, static_cast<size_t>(end - digits));
    std::string& xml = d->xml;
    xml.append("<row r=\"").append(rowNo).append("\">");
    const size_t columns = std::min(values.size(), d->columnRef.size());
    for (size_t c = 0; c < columns; ++c) {
        const QByteArrayView v = values[c];
        if (v.isEmpty()) continue;
        appendCell(xml, d->columnRef[c], rowNo, v, d->numeric[c] && isInteger(v), false);
    }
    xml.append("</row>");
    return xml.size() >= kChunk ? d->handOver() : ok();
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
    appendCell(d->xml, "A", "1", "code", false, true);
    appendCell(d->xml, "B", "1", "meaning", false, true);
    d->xml.append("</row>");
    qint64 r = 1;
    for (const auto& [code, meaning] : traceability::fsmaLegend()) {
        ++r;
        const std::string rowNo = std::to_string(r);
        d->xml.append("<row r=\"").append(rowNo).append("\">");
        appendCell(d->xml, "A", rowNo, code.toUtf8(), false, false);
        appendCell(d->xml, "B", rowNo, meaning.toUtf8(), false, false);
        d->xml.append("</row>");
    }
    d->xml.append("</sheetData></worksheet>");
    if (Status s = d->handOver(); !s) return s;
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

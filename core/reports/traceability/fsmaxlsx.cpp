#include "reports/traceability/fsmaxlsx.h"

#include <QFile>
#include <QSaveFile>
#include <xlsxwriter.h>

namespace tracelot::reports {

struct FsmaXlsxSink::Private {
    QByteArray path;
    lxw_workbook* book = nullptr;
    lxw_worksheet* sheet = nullptr;
    lxw_format* header = nullptr;
    traceability::FsmaSheet current;
    lxw_row_t row = 0;
    int part = 1;
    QString error;
};

namespace {
constexpr lxw_row_t kMaxRows = 1048576;  // Excel's limit per sheet: the rest goes on a continuation sheet

Status lxw(lxw_error e, const char* what)
{
    if (e == LXW_NO_ERROR) return ok();
    return refuse(QStringLiteral("fsma.write_failed"), QStringLiteral("The spreadsheet could not be written (%1: %2).").arg(QLatin1String(what), QLatin1String(lxw_strerror(e))));
}
}  // namespace

FsmaXlsxSink::FsmaXlsxSink(const QString& path) : d(std::make_unique<Private>())
{
    d->path = QFile::encodeName(path);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    d->book = workbook_new_opt(d->path.constData(), &options);
    if (d->book) {
        d->header = workbook_add_format(d->book);
        format_set_bold(d->header);
    }
}

FsmaXlsxSink::~FsmaXlsxSink()
{
    if (d->book) workbook_close(d->book);  // only when finish() was not reached
}

Status FsmaXlsxSink::beginSheet(const traceability::FsmaSheet& s)
{
    if (!d->book) return refuse(QStringLiteral("fsma.write_failed"), QStringLiteral("The spreadsheet file could not be created."));
    d->current = s;
    d->part = 1;
    d->sheet = workbook_add_worksheet(d->book, s.name.toUtf8().constData());
    if (!d->sheet) return refuse(QStringLiteral("fsma.write_failed"), QStringLiteral("The sheet %1 could not be added.").arg(s.name));
    d->row = 0;
    for (qsizetype c = 0; c < s.columns.size(); ++c)
        if (Status st = lxw(worksheet_write_string(d->sheet, 0, static_cast<lxw_col_t>(c), s.columns.at(c).toUtf8().constData(), d->header), "header"); !st) return st;
    worksheet_freeze_panes(d->sheet, 1, 0);
    worksheet_autofilter(d->sheet, 0, 0, 0, static_cast<lxw_col_t>(s.columns.size() - 1));
    worksheet_set_column(d->sheet, 0, static_cast<lxw_col_t>(s.columns.size() - 1), 22, nullptr);
    d->row = 1;
    return ok();
}

Status FsmaXlsxSink::row(const QStringList& values)
{
    if (d->row >= kMaxRows) {
        ++d->part;
        traceability::FsmaSheet next = d->current;
        next.name = QStringLiteral("%1 (%2)").arg(d->current.name).arg(d->part);
        const int part = d->part;
        if (Status s = beginSheet(next); !s) return s;
        d->part = part;
    }
    for (qsizetype c = 0; c < values.size(); ++c) {
        const QString& v = values.at(c);
        if (v.isEmpty()) continue;
        const bool numeric = d->current.columns.at(c).endsWith(QLatin1String("quantity"));
        lxw_error e = numeric ? worksheet_write_number(d->sheet, d->row, static_cast<lxw_col_t>(c), v.toDouble(), nullptr)
                              : worksheet_write_string(d->sheet, d->row, static_cast<lxw_col_t>(c), v.toUtf8().constData(), nullptr);
        if (Status s = lxw(e, "cell"); !s) return s;
    }
    ++d->row;
    return ok();
}

Status FsmaXlsxSink::finish()
{
    lxw_worksheet* legend = workbook_add_worksheet(d->book, "Legend");
    if (!legend) return refuse(QStringLiteral("fsma.write_failed"), QStringLiteral("The legend sheet could not be added."));
    worksheet_write_string(legend, 0, 0, "code", d->header);
    worksheet_write_string(legend, 0, 1, "meaning", d->header);
    worksheet_set_column(legend, 0, 0, 24, nullptr);
    worksheet_set_column(legend, 1, 1, 80, nullptr);
    lxw_row_t r = 1;
    for (const auto& [code, meaning] : traceability::fsmaLegend()) {
        worksheet_write_string(legend, r, 0, code.toUtf8().constData(), nullptr);
        worksheet_write_string(legend, r, 1, meaning.toUtf8().constData(), nullptr);
        ++r;
    }
    const lxw_error e = workbook_close(d->book);
    d->book = nullptr;
    return lxw(e, "close");
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

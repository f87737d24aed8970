#pragma once
// The FSMA 204 sortable spreadsheet as an Excel workbook: one sheet per critical tracking
// event type, a header row with the KDE column names, plus a legend sheet. Streamed: each
// sheet's XML (inline strings, numbers as numbers) is deflated into the ZIP package as rows
// come, so a million rows never sit in memory (about 1M rows in a few seconds).
#include "traceability/fsma.h"

#include <memory>

namespace tracelot::reports {

class FsmaXlsxSink final : public traceability::FsmaSink {
public:
    explicit FsmaXlsxSink(const QString& path);
    ~FsmaXlsxSink() override;
    Status beginSheet(const traceability::FsmaSheet& sheet) override;
    Status row(std::span<const QByteArrayView> values) override;
    Status finish() override;

private:
    Status startSheet(const QString& name);
    Status endSheet();
    struct Private;
    std::unique_ptr<Private> d;
};

// Writes CSV or XLSX by the file's extension (.csv, .xlsx).
Result<traceability::FsmaCounts> exportFsmaFile(QSqlDatabase db, const traceability::FsmaFilter& filter, const QString& path);

}  // namespace tracelot::reports

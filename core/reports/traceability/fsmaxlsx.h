#pragma once
// The FSMA 204 sortable spreadsheet as an Excel workbook: one sheet per critical tracking
// event type, a header row with the KDE column names, plus a legend sheet. Written with
// libxlsxwriter in constant-memory mode (rows go to disk as they come).
#include "traceability/fsma.h"

#include <memory>

namespace tracelot::reports {

class FsmaXlsxSink final : public traceability::FsmaSink {
public:
    explicit FsmaXlsxSink(const QString& path);
    ~FsmaXlsxSink() override;
    Status beginSheet(const traceability::FsmaSheet& sheet) override;
    Status row(const QStringList& values) override;
    Status finish() override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Writes CSV or XLSX by the file's extension (.csv, .xlsx).
Result<traceability::FsmaCounts> exportFsmaFile(QSqlDatabase db, const traceability::FsmaFilter& filter, const QString& path);

}  // namespace tracelot::reports

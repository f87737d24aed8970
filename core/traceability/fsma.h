#pragma once
// FSMA 204 electronic sortable spreadsheet (21 CFR 1.1455(c)(3)(ii)): one row per critical
// tracking event with every key data element in its own column —
//   receiving (1.1345), shipping (1.1340), transformation (1.1350, one row per input with
//   the new lot it went into).
// Rows are streamed to a sink (CSV here, XLSX in core/reports/traceability/fsmaxlsx.*) so
// a million rows never sit in memory at once.
#include "common/result.h"

#include <QDate>
#include <QIODevice>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>
#include <span>
#include <string>
#include <vector>

namespace tracelot::traceability {

struct FsmaFilter {
    QDate from;            // inclusive; the event's date (received, shipped, transformation completed)
    QDate to;              // inclusive
    QStringList products;  // product ids or codes; empty: all
    QStringList tlcs;      // traceability lot codes; when given, dates and products may be empty
};

enum class Cte { Receiving, Shipping, Transformation };

struct FsmaSheet {
    Cte cte;
    QString name;        // "Receiving"
    QString cfrSection;  // "21 CFR 1.1345"
    QStringList columns; // KDE column names, in order
};
const std::vector<FsmaSheet>& fsmaSheets();
// Every KDE column of every sheet, in first-appearance order (the CSV's columns after
// "critical_tracking_event" and "cfr_section").
QStringList fsmaCsvColumns();
// Code → meaning, for the legend sheet.
QList<QPair<QString, QString>> fsmaLegend();

class FsmaSink {
public:
    virtual ~FsmaSink() = default;
    virtual Status beginSheet(const FsmaSheet& sheet) = 0;
    // One row's cells as UTF-8, in the order of sheet.columns; the bytes are only valid
    // during the call (they point into SQLite's row: no copy, no QString per cell).
    virtual Status row(std::span<const QByteArrayView> values) = 0;
    virtual Status finish() = 0;
};

struct FsmaCounts {
    qint64 receiving = 0, shipping = 0, transformation = 0;
    qint64 total() const { return receiving + shipping + transformation; }
};

// Reads the genealogy tables in their key order and streams the rows (sorted by date, then TLC).
Result<FsmaCounts> exportFsma(QSqlDatabase db, const FsmaFilter& filter, FsmaSink& sink);

// RFC 4180 CSV, UTF-8, one header row; one file for all event types.
class FsmaCsvSink final : public FsmaSink {
public:
    explicit FsmaCsvSink(QIODevice& out);
    Status beginSheet(const FsmaSheet& sheet) override;
    Status row(std::span<const QByteArrayView> values) override;
    Status finish() override;

private:
    Status flush();
    QIODevice& out_;
    QStringList columns_;
    std::vector<int> source_;  // CSV column → sheet column, -1 when the sheet has none
    std::string prefix_;       // "Receiving,21 CFR 1.1345"
    std::string buffer_;
};

// RFC 4180: quoted when the value holds a comma, a quote or a line break.
QString csvField(const QString& value);
void appendCsvField(std::string& out, QByteArrayView utf8);

}  // namespace tracelot::traceability

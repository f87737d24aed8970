#pragma once
// Recall report: header, reason and class, products and lots, the trace tree, affected
// customers with quantities and notification status, the recovery reconciliation, holds
// placed, the timeline of events and the signatures. Printed or written to PDF.
#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

class QPrinter;

namespace tracelot {
class EventStore;
}

namespace tracelot::reports {

QString recallReportHtml(QSqlDatabase db, EventStore& store, const QString& recallId, qint64 printedAtMs);
Status writeRecallReportPdf(const QString& path, QSqlDatabase db, EventStore& store, const QString& recallId, qint64 printedAtMs);
Status printRecallReport(QPrinter& printer, QSqlDatabase db, EventStore& store, const QString& recallId, qint64 printedAtMs);

}  // namespace tracelot::reports

#pragma once
// HACCP-style temperature monitoring record for one location and period: critical limits,
// readings summary, every deviation (excursions and monitoring gaps) with its corrective
// action and the holds it raised, and the reviewer's signature line.
#include "common/result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

class QPrinter;

namespace tracelot::reports {

struct HaccpOptions {
    QString locationId;
    QDate from;  // UTC dates, inclusive
    QDate to;
    QString siteDescription;
};

Result<QString> haccpHtml(QSqlDatabase db, const HaccpOptions& options);
Status writeHaccpPdf(const QString& path, QSqlDatabase db, const HaccpOptions& options);
Status printHaccp(QPrinter& printer, QSqlDatabase db, const HaccpOptions& options);

}  // namespace tracelot::reports

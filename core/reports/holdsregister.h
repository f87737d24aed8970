#pragma once
// Holds register: every hold in a period (or all open ones) with its cause, reason, scope,
// status and the signature that closed it. Printed or written to PDF.
#include "common/result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

class QPrinter;

namespace tracelot::reports {

struct HoldsRegisterOptions {
    bool openOnly = false;
    QDate from;  // placed on or after (UTC date); invalid: no limit
    QDate to;    // placed on or before
    QString siteDescription;
};

QString holdsRegisterHtml(QSqlDatabase db, const HoldsRegisterOptions& options);
Status writeHoldsRegisterPdf(const QString& path, QSqlDatabase db, const HoldsRegisterOptions& options);
Status printHoldsRegister(QPrinter& printer, QSqlDatabase db, const HoldsRegisterOptions& options);

}  // namespace tracelot::reports

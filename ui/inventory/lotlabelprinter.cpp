// Printing and saving lot labels (see lotlabelprinter.h).
#include "inventory/lotlabelprinter.h"

#include "inventory/lotlabels.h"
#include "inventory/printsupport.h"
#include "reports/labels.h"
#include "shell/session.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QPrinter>

namespace tracelot::ui {

LotLabelPrinter::LotLabelPrinter(QObject* parent) : QObject(parent) {}

LotLabelPrinter::LotLabelPrinter(Session* session, QObject* parent) : QObject(parent) { setSession(session); }

void LotLabelPrinter::setSession(Session* session)
{
    if (session_ == session) return;
    session_ = session;
    emit sessionChanged();
}

bool LotLabelPrinter::printLabels(const QString& lotId, const QString& size, const QString& sscc)
{
    Workspace* ws = session_ ? session_->workspace() : nullptr;
    if (!ws) return false;
    Result<reports::LotLabel> label = lotLabel(*ws, lotId, sscc);
    if (!label) return say(labelProblem(label.refusal()), true);
    const reports::LabelSize s = labelSize(size);
    const Status printed = print::withDialog(
        tr("Print labels"), [s](QPrinter& printer) { reports::preparePrinter(printer, s); },
        [&](QPrinter& printer) { return reports::printLabels(printer, {label.value()}, s); });
    if (!printed) return print::cancelled(printed.refusal()) ? false : say(labelProblem(printed.refusal()), true);
    return say(tr("Labels for lot %1 sent to the printer.").arg(label->lot), false);
}

bool LotLabelPrinter::saveLabelsPdf(const QString& path, const QString& lotId, const QString& size, const QString& sscc)
{
    Workspace* ws = session_ ? session_->workspace() : nullptr;
    if (!ws) return false;
    Result<reports::LotLabel> label = lotLabel(*ws, lotId, sscc);
    if (!label) return say(labelProblem(label.refusal()), true);
    if (Status s = reports::writeLabelsPdf(path, {label.value()}, labelSize(size)); !s) return say(labelProblem(s.refusal()), true);
    return say(tr("Labels saved to %1.").arg(QDir::toNativeSeparators(path)), false);
}

bool LotLabelPrinter::saveLabelsPdfAs(const QString& lotId, const QString& size, const QString& sscc)
{
    Workspace* ws = session_ ? session_->workspace() : nullptr;
    if (!ws) return false;
    Result<reports::LotLabel> label = lotLabel(*ws, lotId, sscc);
    if (!label) return say(labelProblem(label.refusal()), true);
    QString name = label->lot;
    for (QChar& c : name)
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_')) c = QLatin1Char('-');
    const QString path = print::askPdfPath(tr("Save labels as PDF"), QStringLiteral("labels-%1.pdf").arg(name));
    return !path.isEmpty() && saveLabelsPdf(path, lotId, size, sscc);
}

void LotLabelPrinter::clearMessage() { say({}, false); }

bool LotLabelPrinter::say(const QString& message, bool problem)
{
    message_ = message;
    problem_ = problem;
    emit messageChanged();
    return !problem;
}

}  // namespace tracelot::ui

// Print and save-as-PDF dialogs (see printsupport.h).
#include "inventory/printsupport.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace tracelot::ui::print {

Status withDialog(const QString& title, const std::function<void(QPrinter&)>& prepare, const std::function<Status(QPrinter&)>& print)
{
    QPrinter printer(QPrinter::HighResolution);
    if (prepare) prepare(printer);
    QPrintDialog dialog(&printer);
    dialog.setWindowTitle(title);
    if (dialog.exec() != QDialog::Accepted) return refuse(QStringLiteral("ui.cancelled"), QString());
    return print(printer);
}

QString askPdfPath(const QString& title, const QString& suggestedName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(nullptr, title, QDir(folder).filePath(suggestedName), QStringLiteral("PDF (*.pdf)"));
    if (path.isEmpty()) return {};
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".pdf");
    return path;
}

bool cancelled(const Refusal& refusal) { return refusal.code == QLatin1String("ui.cancelled"); }

}  // namespace tracelot::ui::print

#pragma once
// The two desktop steps around a printout: the print dialog (QPrintDialog) and the
// "save as PDF" file dialog (QFileDialog). Both are modal widgets dialogs — the app is a
// QApplication — opened from C++, so QML needs no dialog module. Used by the inventory
// (labels) and quality (certificate, holds register) pages. Never called by tests.
#include "common/result.h"

#include <QString>
#include <functional>

class QPrinter;

namespace tracelot::ui::print {

// Shows the print dialog, prepared by `prepare` (paper size…); runs `print` when the
// user confirms. A cancelled dialog is the refusal "ui.cancelled".
Status withDialog(const QString& title, const std::function<void(QPrinter&)>& prepare, const std::function<Status(QPrinter&)>& print);

// Asks where to save a PDF, suggesting `suggestedName` in the documents folder; "" when
// the user cancels. Adds ".pdf" when the name has no extension.
QString askPdfPath(const QString& title, const QString& suggestedName);

// True for the refusal a cancelled dialog gives.
bool cancelled(const Refusal& refusal);

}  // namespace tracelot::ui::print

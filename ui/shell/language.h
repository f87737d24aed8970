#pragma once
// Loads the translation for the system locale (or --lang): Tracelot's own catalogue,
// compiled into the executable under :/i18n, and Qt's for the standard controls.
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace tracelot::ui {

// Returns the locale whose translations were installed (C/English when none applies).
QLocale installTranslations(QCoreApplication& app, const QString& language);

}  // namespace tracelot::ui

#pragma once
// The desktop app's command line: --db, --lang, --self-test, --screenshot, --page, --size.
#include "common/result.h"

#include <QSize>
#include <QString>
#include <QStringList>

class QTemporaryDir;

namespace tracelot::ui {

struct AppOptions {
    QString databasePath;  // empty: the default (or, with --self-test, a throwaway database)
    QString language;      // "de", "en"; empty: the system locale
    bool selfTest = false;
    QString screenshot;    // PNG to write after loading
    QString page;          // section to show before the screenshot: "catalog", "catalog/suppliers", ...
    QString screenshotDir; // with --self-test: a picture of every page and form visited
    QSize windowSize;      // invalid: the default 1366×768
    bool helpRequested = false;
    QString helpText;
};

Result<AppOptions> parseArguments(const QStringList& arguments);

// --help/-h before any QApplication exists, so it works without a display.
bool helpRequested(int argc, char** argv);
QString helpText();

// <AppDataLocation>/tracelot.sqlite
QString defaultDatabasePath();
// Where to open the database: --db, else (self-test) a file in `scratch`, else the default.
QString databasePathFor(const AppOptions& options, const QTemporaryDir& scratch);

}  // namespace tracelot::ui

// Command-line parsing of the desktop app (see appoptions.h).
#include "shell/appoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace tracelot::ui {

namespace {

struct Options {
    QCommandLineOption help;
    QCommandLineOption db;
    QCommandLineOption lang;
    QCommandLineOption selfTest;
    QCommandLineOption screenshot;
    QCommandLineOption screenshotDir;
    QCommandLineOption page;
    QCommandLineOption size;
};

Options declare(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("AppOptions", "Tracelot: back office of a food importer and distributor."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("AppOptions", "Open the database at <path> (default: %1).").arg(defaultDatabasePath()),
                                QStringLiteral("path"));
    const QCommandLineOption lang(QStringLiteral("lang"), QCoreApplication::translate("AppOptions", "Use the language <code> (en, de) instead of the system's."),
                                  QStringLiteral("code"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
                                      QCoreApplication::translate("AppOptions",
                                                                  "Load every page on a new database (a throwaway one unless --db names a new file) "
                                                                  "and exit non-zero on any QML warning."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("AppOptions", "After loading, save a picture of the window to <file> (PNG) and exit."),
                                        QStringLiteral("file"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QCoreApplication::translate("AppOptions", "With --self-test: the page to end on, e.g. catalog/products."),
                                  QStringLiteral("section"));
    const QCommandLineOption screenshotDir(QStringLiteral("screenshot-dir"),
                                           QCoreApplication::translate("AppOptions", "With --self-test: save a picture of every page and form visited into <dir>."),
                                           QStringLiteral("dir"));
    const QCommandLineOption size(QStringLiteral("size"), QCoreApplication::translate("AppOptions", "Window size, e.g. 1366x768."),
                                  QStringLiteral("WxH"));
    parser.addOptions({db, lang, selfTest, screenshot, screenshotDir, page, size});
    return {help, db, lang, selfTest, screenshot, screenshotDir, page, size};
}

}  // namespace

bool helpRequested(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "-?" || a == "--help-all") return true;
    }
    return false;
}

QString helpText()
{
    QCommandLineParser parser;
    declare(parser);
    // Without an application object the parser cannot know the program's name.
    return parser.helpText().replace(QLatin1String("<executable_name>"), QLatin1String("tracelot"));
}

Result<AppOptions> parseArguments(const QStringList& arguments)
{
    QCommandLineParser parser;
    const auto [help, db, lang, selfTest, screenshot, screenshotDir, page, size] = declare(parser);
    if (!parser.parse(arguments)) return refuse(QStringLiteral("ui.arguments"), parser.errorText());
    AppOptions o;
    if (parser.isSet(help)) {
        o.helpRequested = true;
        o.helpText = parser.helpText();
        return o;
    }
    if (!parser.positionalArguments().isEmpty())
        return refuse(QStringLiteral("ui.arguments"),
                      QCoreApplication::translate("AppOptions", "Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
    o.databasePath = parser.value(db);
    o.language = parser.value(lang);
    o.selfTest = parser.isSet(selfTest);
    o.screenshot = parser.value(screenshot);
    o.page = parser.value(page);
    o.screenshotDir = parser.value(screenshotDir);
    if (parser.isSet(size)) {
        static const QRegularExpression re(QStringLiteral("^(\\d{3,4})x(\\d{3,4})$"));
        const QRegularExpressionMatch m = re.match(parser.value(size));
        if (!m.hasMatch())
            return refuse(QStringLiteral("ui.arguments"), QCoreApplication::translate("AppOptions", "--size wants WIDTHxHEIGHT, e.g. 1366x768."));
        o.windowSize = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    return o;
}

QString defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("tracelot.sqlite"));
}

QString databasePathFor(const AppOptions& options, const QTemporaryDir& scratch)
{
    if (!options.databasePath.isEmpty()) return options.databasePath;
    if (options.selfTest) return scratch.filePath(QStringLiteral("self-test.sqlite"));
    return defaultDatabasePath();
}

}  // namespace tracelot::ui

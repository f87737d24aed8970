// The Tracelot desktop app: a wiring diagram. Parse the command line, load the
// translation, open the database into the Session, load the QML and run (or self-test).
// Everything with logic lives in tracelot_ui, which the tests link.
#include "shell/appoptions.h"
#include "shell/language.h"
#include "shell/selftest.h"
#include "shell/session.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(TracelotPlugin)
Q_IMPORT_QML_PLUGIN(Tracelot_ModelsPlugin)

Q_LOGGING_CATEGORY(lcDesktop, "tracelot.desktop")

using namespace tracelot;

int main(int argc, char* argv[])
{
    QApplication::setOrganizationName(QStringLiteral("Tracelot"));
    QApplication::setApplicationName(QStringLiteral("tracelot"));
    QApplication::setApplicationVersion(QStringLiteral(TRACELOT_VERSION));
    if (ui::helpRequested(argc, argv)) {  // no display needed for that
        std::fprintf(stdout, "%s", qPrintable(ui::helpText()));
        return 0;
    }
    // QApplication, not QGuiApplication: QtCharts and printing need widgets (QT64.md).
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Tracelot"));

    const Result<ui::AppOptions> parsed = ui::parseArguments(QApplication::arguments());
    if (!parsed) {
        std::fprintf(stderr, "tracelot: %s\n", qPrintable(parsed.refusal().message));
        return 2;
    }
    const ui::AppOptions& options = parsed.value();
    if (options.helpRequested) {
        std::fprintf(stdout, "%s", qPrintable(options.helpText));
        return 0;
    }
    if (options.selfTest) ui::warnings::install();

    ui::installTranslations(app, options.language);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));

    QTemporaryDir scratch;  // --self-test without --db: a throwaway database
    ui::Session session;
    session.open(ui::databasePathFor(options, scratch));  // a refusal shows on the closed page
    ui::Session::provide(&session);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.load(QUrl(QStringLiteral("qrc:/Tracelot/Main.qml")));
    QQuickWindow* window = ui::mainWindow(engine);
    if (!window) {
        qCCritical(lcDesktop) << "the user interface (Main.qml) failed to load";
        return 1;
    }
    if (options.windowSize.isValid()) window->resize(options.windowSize);

    if (options.selfTest) return ui::runSelfTest(engine, session, options);
    if (!options.screenshot.isEmpty()) {
        ui::settle(500);
        return ui::saveScreenshot(window, options.screenshot) ? 0 : 1;
    }
    return QApplication::exec();
}

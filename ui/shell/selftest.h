#pragma once
// `tracelot --self-test`: sets up a throwaway administrator with the demo data on a new
// database, signs out and in again, visits every page and opens the forms, and fails on
// any QML (or other) warning. Also the window screenshot used by --screenshot.
#include "shell/appoptions.h"

#include <QString>
#include <QStringList>

class QQmlApplicationEngine;
class QQuickWindow;

namespace tracelot::ui {

class Session;

// Counts every warning, critical and fatal message from the moment it is installed
// (platform-plugin chatter of the "qt.qpa" categories excepted) and passes all messages
// on to the previous handler.
namespace warnings {
void install();
int count();
QStringList messages();
}  // namespace warnings

// Runs the self-test on the loaded engine; returns the process exit code.
int runSelfTest(QQmlApplicationEngine& engine, Session& session, const AppOptions& options);

// Renders the window and writes it as PNG; false (with a message on stderr) on failure.
bool saveScreenshot(QQuickWindow* window, const QString& file);

// The top-level window of a loaded engine (nullptr when loading failed).
QQuickWindow* mainWindow(QQmlApplicationEngine& engine);

// Lets events, bindings and rendering settle for `ms` milliseconds.
void settle(int ms);

}  // namespace tracelot::ui

// Self-test and screenshot of the desktop app (see selftest.h).
#include "shell/selftest.h"

#include "identity/loginform.h"
#include "identity/roles.h"
#include "identity/setupform.h"
#include "shell/navigationmodel.h"
#include "shell/session.h"
#include "sync/syncdemo.h"
#include "sync/syncservice.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QEventLoop>
#include <QImage>
#include <QJSValue>
#include <QLoggingCategory>
#include <QMutex>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QTimer>
#include <atomic>
#include <cstdio>

Q_LOGGING_CATEGORY(lcSelfTest, "tracelot.ui.selftest")

namespace tracelot::ui {
namespace {

std::atomic<int> g_warnings{0};              // NOLINT: process-wide by nature (a message handler)
QtMessageHandler g_previous = nullptr;       // NOLINT
QMutex g_mutex;                              // NOLINT
QStringList g_messages;                      // NOLINT

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const bool noise = context.category && qstrncmp(context.category, "qt.qpa", 6) == 0;
    if (type != QtDebugMsg && type != QtInfoMsg && !noise) {
        ++g_warnings;
        const QMutexLocker lock(&g_mutex);
        g_messages << message;
    }
    if (g_previous) g_previous(type, context, message);
}

void say(const QString& line) { std::fprintf(stderr, "self-test: %s\n", qPrintable(line)); }

QString randomPassword()
{
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString pw;
    for (int i = 0; i < 24; ++i) pw += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(static_cast<int>(sizeof(alphabet) - 1))]);
    return pw;
}

// Calls a function of Main.qml; false when it does not exist or returns false.
bool callRoot(QObject* root, const char* function, const QVariant& argument = {})
{
    QVariant result;
    const bool called = argument.isValid()
                            ? QMetaObject::invokeMethod(root, function, Q_RETURN_ARG(QVariant, result), Q_ARG(QVariant, argument))
                            : QMetaObject::invokeMethod(root, function, Q_RETURN_ARG(QVariant, result));
    if (!called) say(QStringLiteral("Main.qml has no function %1()").arg(QLatin1String(function)));
    // An untyped QML function returns its value wrapped in a QJSValue.
    if (result.metaType() == QMetaType::fromType<QJSValue>()) return called && result.value<QJSValue>().toBool();
    return called && result.toBool();
}

// The item called `name` among the visual descendants of `item` (open popups included:
// they live on the window's overlay, not under the page that declares them).
QQuickItem* findItem(QQuickItem* item, const QString& name)
{
    if (!item) return nullptr;
    if (item->objectName() == name) return item;
    for (QQuickItem* child : item->childItems())
        if (QQuickItem* found = findItem(child, name)) return found;
    return nullptr;
}

}  // namespace

namespace warnings {
void install()
{
    if (!g_previous) g_previous = qInstallMessageHandler(handler);
}
int count() { return g_warnings.load(); }
QStringList messages()
{
    const QMutexLocker lock(&g_mutex);
    return g_messages;
}
}  // namespace warnings

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QQuickWindow* mainWindow(QQmlApplicationEngine& engine)
{
    const QList<QObject*> roots = engine.rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(roots.constFirst());
}

bool saveScreenshot(QQuickWindow* window, const QString& file)
{
    if (!window) return false;
    const QImage image = window->grabWindow();
    if (image.isNull() || !image.save(file, "PNG")) {
        std::fprintf(stderr, "tracelot: could not write the screenshot %s\n", qPrintable(file));
        return false;
    }
    qCInfo(lcSelfTest) << "screenshot" << file << image.size();
    return true;
}

int runSelfTest(QQmlApplicationEngine& engine, Session& session, const AppOptions& options)
{
    QQuickWindow* window = mainWindow(engine);
    if (!window) {
        say(QStringLiteral("Main.qml did not load"));
        return 1;
    }
    int failures = 0;
    const auto check = [&](bool okStep, const QString& what) {
        if (!okStep) {
            ++failures;
            say(QStringLiteral("FAILED: %1").arg(what));
        }
    };
    int shots = 0;
    const auto picture = [&](const QString& name) {
        if (options.screenshotDir.isEmpty()) return;
        QDir().mkpath(options.screenshotDir);
        saveScreenshot(window, QDir(options.screenshotDir).filePath(QStringLiteral("%1-%2.png").arg(++shots, 2, 10, QLatin1Char('0')).arg(name)));
    };
    settle(150);
    picture(QStringLiteral("setup"));

    if (session.stage() != Session::Setup) {
        say(QStringLiteral("needs a new database without users (it creates a throwaway administrator); give a new --db path or none"));
        return 2;
    }
    const QString user = QStringLiteral("selftest");
    const QString password = randomPassword();  // never shown: this account is thrown away
    SetupForm setup(&session);
    check(setup.submit(user, QStringLiteral("Self-test administrator"), password, password, true),
          QStringLiteral("first administrator and demo data: %1").arg(setup.errorMessage()));
    settle(100);

    session.signOut();
    settle(100);
    picture(QStringLiteral("sign-in"));
    LoginForm login(&session);
    check(!login.submit(user, QStringLiteral("not the password")), QStringLiteral("a wrong password is refused"));
    settle(50);
    check(login.submit(user, password), QStringLiteral("sign in: %1").arg(login.errorMessage()));
    settle(100);

    int pages = 0;
    for (const NavigationModel::Entry& e : NavigationModel::entries()) {
        check(callRoot(window, "showPage", e.key), QStringLiteral("show page %1").arg(e.key));
        settle(80);
        picture(e.key);
        ++pages;
    }
    for (const QString& tab : {QStringLiteral("products"), QStringLiteral("suppliers"), QStringLiteral("customers"), QStringLiteral("locations")}) {
        check(callRoot(window, "showPage", QStringLiteral("catalog/%1").arg(tab)), QStringLiteral("show catalog/%1").arg(tab));
        settle(80);
        picture(QStringLiteral("catalog-%1").arg(tab));
        for (const char* dialog : {"new", "edit"}) {
            check(callRoot(window, "openDialog", QLatin1String(dialog)), QStringLiteral("open the %1 form of catalog/%2").arg(QLatin1String(dialog), tab));
            settle(80);
            picture(QStringLiteral("catalog-%1-%2").arg(tab, QLatin1String(dialog)));
            if (qstrcmp(dialog, "new") == 0) {
                // An empty new record is refused by the core: the refusal shows in the form.
                check(!callRoot(window, "submitDialog"), QStringLiteral("an empty %1 form is refused").arg(tab));
                settle(60);
                picture(QStringLiteral("catalog-%1-refused").arg(tab));
            }
            callRoot(window, "closeDialogs");
            settle(40);
        }
        ++pages;
    }
    check(callRoot(window, "showPage", QStringLiteral("identity")), QStringLiteral("show identity"));
    settle(60);
    check(callRoot(window, "openDialog", QStringLiteral("new-user")), QStringLiteral("open the new-user form"));
    settle(80);
    picture(QStringLiteral("identity-new-user"));
    callRoot(window, "closeDialogs");
    check(callRoot(window, "openDialog", QStringLiteral("verify-audit")), QStringLiteral("verify the audit trail"));
    settle(80);
    picture(QStringLiteral("identity-audit"));

    callRoot(window, "closeDialogs");

    // Sync (qml/sync): a real conflict (an in-process sync server and a second workstation
    // that held the lot this one moved), the conflicts tab, the retry dialog, the settings.
    if (Workspace* ws = session.workspace()) {
        const Result<QString> conflict = syncdemo::makeConflict(*ws, session.actor());
        check(conflict.ok(), QStringLiteral("a sync conflict from an in-process server: %1").arg(conflict ? QString() : conflict.refusal().message));
        SyncService::of(&session)->refresh();
    }
    check(callRoot(window, "showPage", QStringLiteral("identity/sync")), QStringLiteral("show identity/sync"));
    settle(60);
    picture(QStringLiteral("identity-sync"));
    check(callRoot(window, "openDialog", QStringLiteral("retry-conflict")), QStringLiteral("open the retry form of a sync conflict"));
    settle(80);
    picture(QStringLiteral("identity-sync-retry"));
    callRoot(window, "closeDialogs");
    settle(40);
    check(callRoot(window, "showPage", QStringLiteral("identity/sync-settings")), QStringLiteral("show identity/sync-settings"));
    settle(60);
    check(findItem(window->contentItem(), QStringLiteral("syncServerField")) != nullptr, QStringLiteral("the enrolment form of sync"));
    picture(QStringLiteral("identity-sync-settings"));
    check(callRoot(window, "showPage", QStringLiteral("identity/users")), QStringLiteral("show identity/users"));
    ++pages;

    // Inventory & receiving: both tabs, the product form an unknown GTIN opens, and every
    // form on the first lot of the stock list (an incomplete move is refused in place).
    check(callRoot(window, "showPage", QStringLiteral("inventory/receiving")), QStringLiteral("show inventory/receiving"));
    settle(80);
    picture(QStringLiteral("inventory-receiving"));
    check(callRoot(window, "openDialog", QStringLiteral("define-product")), QStringLiteral("open the product form for an unknown GTIN"));
    settle(80);
    picture(QStringLiteral("inventory-define-product"));
    callRoot(window, "closeDialogs");
    check(callRoot(window, "showPage", QStringLiteral("inventory/stock")), QStringLiteral("show inventory/stock"));
    settle(80);
    picture(QStringLiteral("inventory-stock"));
    for (const char* dialog : {"lot", "move", "adjust", "waste", "split", "transform", "place-hold"}) {
        check(callRoot(window, "openDialog", QLatin1String(dialog)), QStringLiteral("open the %1 form of inventory/stock").arg(QLatin1String(dialog)));
        settle(80);
        picture(QStringLiteral("inventory-%1").arg(QLatin1String(dialog)));
        if (qstrcmp(dialog, "move") == 0) {
            check(!callRoot(window, "submitDialog"), QStringLiteral("a move without destination is refused"));
            settle(60);
            picture(QStringLiteral("inventory-move-refused"));
        }
        callRoot(window, "closeDialogs");
        settle(40);
    }
    ++pages;

    // Quality: the self-test user becomes a QA technician (an ordinary, audited grant) to
    // reach every form; a wrong password is refused in the signing dialog, the right one
    // releases the first hold and its certificate of release opens.
    if (Workspace* ws = session.workspace()) {
        auto granted = ws->execute(session.actor(), QStringLiteral("GrantRole"),
                                   {{QStringLiteral("user_id"), session.actor().userId}, {QStringLiteral("role"), role::QaTechnician}});
        check(granted.ok(), QStringLiteral("grant the QA technician role"));
    }
    settle(50);
    check(callRoot(window, "showPage", QStringLiteral("quality")), QStringLiteral("show quality"));
    settle(80);
    picture(QStringLiteral("quality-inbox"));
    for (const char* dialog : {"place-hold", "record-check", "define-check", "dispose"}) {
        check(callRoot(window, "openDialog", QLatin1String(dialog)), QStringLiteral("open the %1 form of quality").arg(QLatin1String(dialog)));
        settle(80);
        picture(QStringLiteral("quality-%1").arg(QLatin1String(dialog)));
        if (qstrcmp(dialog, "place-hold") == 0) check(!callRoot(window, "submitDialog"), QStringLiteral("a hold without lot and reason is refused"));
        if (qstrcmp(dialog, "define-check") == 0) check(!callRoot(window, "submitDialog"), QStringLiteral("a check without criteria names is refused"));
        callRoot(window, "closeDialogs");
        settle(40);
    }
    check(callRoot(window, "openDialog", QStringLiteral("release")), QStringLiteral("open the sign-and-release form"));
    settle(80);
    QQuickItem* signPassword = findItem(window->contentItem(), QStringLiteral("signPassword"));
    check(signPassword != nullptr, QStringLiteral("the password field of the signing dialog"));
    if (signPassword) {
        signPassword->setProperty("text", QStringLiteral("not the password"));
        check(!callRoot(window, "submitDialog"), QStringLiteral("a wrong signing password is refused"));
        settle(60);
        picture(QStringLiteral("quality-release-refused"));
        signPassword->setProperty("text", password);
        check(callRoot(window, "submitDialog"), QStringLiteral("sign and release with the right password"));
        settle(80);
        picture(QStringLiteral("quality-released"));
    }
    callRoot(window, "closeDialogs");
    settle(40);
    check(callRoot(window, "openDialog", QStringLiteral("certificate")), QStringLiteral("open the certificate of release"));
    settle(80);
    picture(QStringLiteral("quality-certificate"));
    callRoot(window, "closeDialogs");
    ++pages;

    // Cold chain: the chart and the excursions of the demo's monitored locations.
    check(callRoot(window, "showPage", QStringLiteral("quality/coldchain")), QStringLiteral("show quality/coldchain"));
    settle(150);
    check(findItem(window->contentItem(), QStringLiteral("coldChainChart")) != nullptr, QStringLiteral("the temperature chart"));
    picture(QStringLiteral("quality-coldchain"));
    ++pages;

    // Orders & picking (qml/orders): the order book, the new-order form (an empty order is
    // refused in place), the ship and cancel forms on the first order, and the pick screen
    // where a scanned code that is no lot here is refused under the scan field.
    if (Workspace* ws = session.workspace(); ws && !session.actor().roles.contains(role::WarehouseManager)) {
        auto granted = ws->execute(session.actor(), QStringLiteral("GrantRole"),
                                   {{QStringLiteral("user_id"), session.actor().userId}, {QStringLiteral("role"), role::WarehouseManager}});
        check(granted.ok(), QStringLiteral("grant the warehouse manager role"));
    }
    settle(50);
    check(callRoot(window, "showPage", QStringLiteral("orders/list")), QStringLiteral("show orders/list"));
    settle(100);
    picture(QStringLiteral("orders-list"));
    check(callRoot(window, "openDialog", QStringLiteral("place")), QStringLiteral("open the new-order form"));
    settle(80);
    picture(QStringLiteral("orders-place"));
    check(!callRoot(window, "submitDialog"), QStringLiteral("an order without customer and lines is refused"));
    settle(60);
    picture(QStringLiteral("orders-place-refused"));
    callRoot(window, "closeDialogs");
    for (const char* dialog : {"ship", "cancel"}) {
        check(callRoot(window, "openDialog", QLatin1String(dialog)), QStringLiteral("open the %1 form of orders").arg(QLatin1String(dialog)));
        settle(80);
        picture(QStringLiteral("orders-%1").arg(QLatin1String(dialog)));
        callRoot(window, "closeDialogs");
        settle(40);
    }
    check(callRoot(window, "showPage", QStringLiteral("orders/pick")), QStringLiteral("show orders/pick"));
    settle(80);
    if (QQuickItem* scan = findItem(window->contentItem(), QStringLiteral("pickScanField"))) {
        QMetaObject::invokeMethod(scan, "scanned", Q_ARG(QString, QStringLiteral("NO-SUCH-LOT")));
        settle(60);
    } else {
        check(false, QStringLiteral("the scan field of the pick screen"));
    }
    picture(QStringLiteral("orders-pick"));
    ++pages;

    // Returns (qml/returns): the list with the demo's return, the request form (an empty
    // request is refused in place) and the authorize step's reject form.
    check(callRoot(window, "showPage", QStringLiteral("returns")), QStringLiteral("show returns"));
    settle(80);
    picture(QStringLiteral("returns-list"));
    check(callRoot(window, "openDialog", QStringLiteral("request")), QStringLiteral("open the return request form"));
    settle(80);
    check(!callRoot(window, "submitDialog"), QStringLiteral("a return request without order and lines is refused"));
    settle(60);
    picture(QStringLiteral("returns-request-refused"));
    callRoot(window, "closeDialogs");
    check(callRoot(window, "openDialog", QStringLiteral("reject")), QStringLiteral("open the reject form of returns"));
    settle(80);
    picture(QStringLiteral("returns-reject"));
    callRoot(window, "closeDialogs");
    ++pages;

    // Traceability & recall (qml/traceability): the trace tab, the recall form (a recall
    // without a lot is refused in place, before any scope), the recalls tab and the FSMA
    // 204 export form.
    if (Workspace* ws = session.workspace(); ws && !session.actor().roles.contains(role::RecallCoordinator)) {
        auto granted = ws->execute(session.actor(), QStringLiteral("GrantRole"),
                                   {{QStringLiteral("user_id"), session.actor().userId}, {QStringLiteral("role"), role::RecallCoordinator}});
        check(granted.ok(), QStringLiteral("grant the recall coordinator role"));
    }
    settle(50);
    check(callRoot(window, "showPage", QStringLiteral("traceability/trace")), QStringLiteral("show traceability/trace"));
    settle(80);
    picture(QStringLiteral("traceability-trace"));
    check(callRoot(window, "openDialog", QStringLiteral("recall")), QStringLiteral("open the recall form"));
    settle(80);
    check(!callRoot(window, "submitDialog"), QStringLiteral("a recall without a lot is refused"));
    settle(60);
    picture(QStringLiteral("traceability-recall-refused"));
    callRoot(window, "closeDialogs");
    check(callRoot(window, "showPage", QStringLiteral("traceability/recalls")), QStringLiteral("show traceability/recalls"));
    settle(80);
    picture(QStringLiteral("traceability-recalls"));
    check(callRoot(window, "openDialog", QStringLiteral("fsma")), QStringLiteral("open the FSMA 204 export form"));
    settle(80);
    picture(QStringLiteral("traceability-fsma"));
    callRoot(window, "closeDialogs");
    ++pages;

    const QString last = options.page.isEmpty() ? QStringLiteral("catalog/products") : options.page;
    check(callRoot(window, "showPage", last), QStringLiteral("show %1").arg(last));
    settle(400);
    if (!options.screenshot.isEmpty()) check(saveScreenshot(window, options.screenshot), QStringLiteral("screenshot"));

    const int warned = warnings::count();
    for (const QString& m : warnings::messages()) say(QStringLiteral("warning: %1").arg(m));
    if (failures > 0 || warned > 0) {
        say(QStringLiteral("%1 failed step(s), %2 warning(s)").arg(failures).arg(warned));
        return 1;
    }
    say(QStringLiteral("ok: %1 pages visited, no warnings").arg(pages));
    return 0;
}

}  // namespace tracelot::ui

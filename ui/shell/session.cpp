// The desktop session: opens the workspace, tracks the signed-in actor and keeps the
// actor's roles current when an administrator changes them.
#include "shell/session.h"

#include "identity/identitymodule.h"
#include "identity/roles.h"
#include "pipeline/commandbus.h"
#include "shell/uitext.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJSEngine>
#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcSession, "tracelot.ui.session")

namespace tracelot::ui {
namespace {
QPointer<Session> g_provided;  // NOLINT: the one instance main() hands to the QML engine
}

Session::Session(QObject* parent) : QObject(parent) {}

Session::~Session() = default;

Status Session::open(const QString& path)
{
    path_ = path;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        openError_ = tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath()));
        setStage(Closed);
        return refuse(QStringLiteral("ui.folder"), openError_);
    }
    Result<std::unique_ptr<Workspace>> ws = Workspace::open(path);
    if (!ws) {
        qCWarning(lcSession) << "cannot open" << path << ws.refusal().code << ws.refusal().message;
        workspace_.reset();
        openError_ = ws.refusal().message;
        setStage(Closed);
        emit workspaceChanged();
        return ws.refusal();
    }
    attach(std::move(ws).value());
    return ok();
}

void Session::attach(std::unique_ptr<Workspace> workspace)
{
    workspace_ = std::move(workspace);
    openError_.clear();
    actor_ = {};
    if (workspace_) {
        path_ = workspace_->path();
        connect(&workspace_->bus(), &CommandBus::committed, this, &Session::onCommitted);
        qCInfo(lcSession) << "opened" << path_;
    }
    emit workspaceChanged();
    emit userChanged();
    setStage(stageForUsers());
}

Session::Stage Session::stageForUsers() const
{
    if (!workspace_) return Closed;
    return workspace_->directory().userCount() == 0 ? Setup : SignIn;
}

void Session::begin(const Actor& actor)
{
    actor_ = actor;
    qCInfo(lcSession) << "signed in" << actor_.username;
    emit userChanged();
    setStage(Ready);
}

void Session::signOut()
{
    if (stage_ != Ready) return;
    qCInfo(lcSession) << "signed out" << actor_.username;
    actor_ = {};
    setNotice({});
    emit userChanged();
    setStage(stageForUsers());
}

void Session::setNotice(const QString& notice, bool problem)
{
    if (notice_ == notice && noticeIsProblem_ == problem) return;
    notice_ = notice;
    noticeIsProblem_ = problem;
    emit noticeChanged();
}

void Session::setStage(Stage stage)
{
    if (stage_ == stage) return;
    stage_ = stage;
    emit stageChanged();
}

void Session::onCommitted(const tracelot::Outcome& outcome)
{
    if (actor_.userId.isEmpty()) return;
    for (const Event& e : outcome.events) {
        if (!e.type.startsWith(QLatin1String("role.")) && !e.type.startsWith(QLatin1String("user."))) continue;
        if (e.payload.value(QLatin1String("user_id")).toString() != actor_.userId) continue;
        actor_.roles = workspace_->directory().rolesOf(actor_.userId);
        emit userChanged();
        return;
    }
}

QString Session::databasePath() const { return QDir::toNativeSeparators(path_); }

QStringList Session::roleLabels() const
{
    QStringList labels;
    for (const QString& r : allRoles())
        if (actor_.roles.contains(r)) labels << text::roleLabel(r);
    return labels;
}

QString Session::rolesText() const
{
    const QStringList labels = roleLabels();
    return labels.isEmpty() ? tr("no role yet") : labels.join(QStringLiteral(", "));
}

bool Session::isAdmin() const { return actor_.roles.contains(role::Admin); }

bool Session::canEditCatalog() const { return actor_.roles.contains(role::Admin) || actor_.roles.contains(role::WarehouseManager); }

QString Session::syncState() const { return tr("no server configured"); }

void Session::provide(Session* session) { g_provided = session; }

Session* Session::provided() { return g_provided.data(); }

Session* SessionForeign::create(QQmlEngine* qmlEngine, QJSEngine* jsEngine)
{
    Q_UNUSED(qmlEngine)
    Session* s = Session::provided();
    if (!s) {
        qCCritical(lcSession) << "no Session was provided before QML asked for it";
        return nullptr;
    }
    // The application owns the session; the engine must never delete it.
    jsEngine->setObjectOwnership(s, QJSEngine::CppOwnership);
    return s;
}

}  // namespace tracelot::ui

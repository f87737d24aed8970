#pragma once
// The desktop session: the open workspace (one Tracelot database), who is signed in,
// and which stage the app is in (first start, sign-in, ready). QML sees it as the
// singleton `Session`; main() creates the one instance and provides it to the engine.
#include "common/result.h"
#include "pipeline/command.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqml.h>
#include <QtQml/qqmlregistration.h>
#include <memory>

class QJSEngine;
class QQmlEngine;

namespace tracelot {
class Workspace;
}

namespace tracelot::ui {

class Session : public QObject {
    Q_OBJECT
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(QString openError READ openError NOTIFY stageChanged)
    Q_PROPERTY(QString databasePath READ databasePath NOTIFY stageChanged)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY userChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY userChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY userChanged)
    Q_PROPERTY(QStringList roleLabels READ roleLabels NOTIFY userChanged)
    Q_PROPERTY(QString rolesText READ rolesText NOTIFY userChanged)
    Q_PROPERTY(bool isAdmin READ isAdmin NOTIFY userChanged)
    Q_PROPERTY(bool canEditCatalog READ canEditCatalog NOTIFY userChanged)
    Q_PROPERTY(QString syncState READ syncState CONSTANT)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(bool noticeIsProblem READ noticeIsProblem NOTIFY noticeChanged)

public:
    enum Stage {
        Closed,  // no database (it could not be opened: see openError)
        Setup,   // the database has no user yet: create the first administrator
        SignIn,  // users exist, nobody is signed in
        Ready    // signed in
    };
    Q_ENUM(Stage)

    explicit Session(QObject* parent = nullptr);
    ~Session() override;

    // Opens the database at `path` (creating it when new). On refusal the stage is Closed
    // and openError says why in plain words.
    Status open(const QString& path);
    // Takes over an already open workspace (tests use one with a manual clock).
    void attach(std::unique_ptr<Workspace> workspace);

    Workspace* workspace() const { return workspace_.get(); }
    const Actor& actor() const { return actor_; }

    // After a successful sign-in (LoginForm, SetupForm).
    void begin(const Actor& actor);
    Q_INVOKABLE void signOut();

    Stage stage() const { return stage_; }
    QString openError() const { return openError_; }
    QString databasePath() const;
    bool signedIn() const { return stage_ == Ready; }
    QString userName() const { return actor_.username; }
    QString displayName() const { return actor_.displayName; }
    QStringList roleLabels() const;
    QString rolesText() const;
    bool isAdmin() const;
    bool canEditCatalog() const;
    QString syncState() const;

    // A one-time message for the shell ("Demo data loaded: …"), shown until dismissed.
    QString notice() const { return notice_; }
    bool noticeIsProblem() const { return noticeIsProblem_; }
    void setNotice(const QString& notice, bool problem = false);
    Q_INVOKABLE void dismissNotice() { setNotice({}); }

    // The instance QML gets as the singleton `Session` (see SessionForeign).
    static void provide(Session* session);
    static Session* provided();

signals:
    void stageChanged();
    void userChanged();
    void noticeChanged();
    // The workspace was opened or replaced: models reload.
    void workspaceChanged();

private:
    void setStage(Stage stage);
    void onCommitted(const tracelot::Outcome& outcome);
    Stage stageForUsers() const;

    std::unique_ptr<Workspace> workspace_;
    Actor actor_;
    Stage stage_ = Closed;
    QString openError_;
    QString path_;
    QString notice_;
    bool noticeIsProblem_ = false;
};

// Registers the provided Session as the QML singleton `Session` — Qt's pattern for
// exposing an existing object (Qt 6.4 would default-construct a QML_SINGLETON class
// that has a default constructor, ignoring a static create()).
struct SessionForeign {
    Q_GADGET
    QML_FOREIGN(tracelot::ui::Session)
    QML_NAMED_ELEMENT(Session)
    QML_SINGLETON

public:
    static Session* create(QQmlEngine* qmlEngine, QJSEngine* jsEngine);
};

}  // namespace tracelot::ui

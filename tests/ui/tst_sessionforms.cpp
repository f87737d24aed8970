// The pages before sign-in: first start (first administrator, demo data) and sign-in,
// through their view models on a real database file. Refusals stay in place as text.
#include "catalog/catalogmodule.h"
#include "eventstore/database.h"
#include "identity/identitymodule.h"
#include "identity/loginform.h"
#include "identity/setupform.h"
#include "shell/session.h"
#include "workspace/workspace.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tracelot;
using namespace tracelot::ui;

namespace {
const QString kGoodPassword = QStringLiteral("cold chain 4 ever");
}

class TstSessionForms : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString path(const char* name) const { return dir_.filePath(QLatin1String(name)); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(dir_.isValid());
    }

    void newDatabaseAsksForSetup()
    {
        Session session;
        QSignalSpy stage(&session, &Session::stageChanged);
        QVERIFY(session.open(path("new.sqlite")).ok());
        QCOMPARE(session.stage(), Session::Setup);
        QVERIFY(!session.signedIn());
        QCOMPARE(stage.count(), 1);
        QCOMPARE(session.syncState(), QStringLiteral("no server configured"));
    }

    void setupRefusalsStayInPlace_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("again");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("passwords differ") << "anna" << "Anna Berg" << kGoodPassword << "cold chain 4 evr" << "passwordAgain"
                                          << "The two passwords are not the same. Type the password again in both fields.";
        QTest::newRow("password short") << "anna" << "Anna Berg" << "short" << "short" << "password"
                                        << "A password needs at least 10 characters.";
        QTest::newRow("user name bad") << "9anna" << "Anna Berg" << kGoodPassword << kGoodPassword << "username"
                                       << "A user name is 2 to 32 characters: letters, digits, dot, dash or underscore, starting with a letter.";
        QTest::newRow("no full name") << "anna" << "  " << kGoodPassword << kGoodPassword << "displayName"
                                      << "Please give the person's full name; it is printed on signatures.";
    }
    void setupRefusalsStayInPlace()
    {
        QFETCH(QString, username);
        QFETCH(QString, name);
        QFETCH(QString, password);
        QFETCH(QString, again);
        QFETCH(QString, field);
        QFETCH(QString, message);
        Session session;
        QVERIFY(session.open(path("refusals.sqlite")).ok());
        SetupForm form(&session);
        QSignalSpy errors(&form, &SetupForm::errorChanged);
        QVERIFY(!form.submit(username, name, password, again, true));
        QCOMPARE(form.errorMessage(), message);
        QCOMPARE(form.errorField(), field);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(session.stage(), Session::Setup);
        QCOMPARE(session.workspace()->directory().userCount(), 0);
    }

    void setupCreatesAdminAndLoadsDemo()
    {
        Session session;
        QVERIFY(session.open(path("demo.sqlite")).ok());
        SetupForm form(&session);
        QVERIFY2(form.submit(QStringLiteral("Anna"), QStringLiteral("Anna Berg"), kGoodPassword, kGoodPassword, true), qPrintable(form.errorMessage()));
        QVERIFY(form.errorMessage().isEmpty());
        QCOMPARE(session.stage(), Session::Ready);
        QCOMPARE(session.userName(), QStringLiteral("anna"));  // the core normalises user names
        QCOMPARE(session.displayName(), QStringLiteral("Anna Berg"));
        QVERIFY(session.isAdmin());
        QVERIFY(session.canEditCatalog());
        QCOMPARE(session.roleLabels(), QStringList{QStringLiteral("Administrator")});
        QVERIFY2(session.notice().startsWith(QStringLiteral("Demo data loaded:")), qPrintable(session.notice()));
        QVERIFY(!session.noticeIsProblem());
        const catalog::CatalogQueries q(session.workspace()->database().sql());
        for (const catalog::KindSpec& k : catalog::kinds()) QVERIFY2(q.count(k.kind) > 0, qPrintable(k.key));
        session.dismissNotice();
        QVERIFY(session.notice().isEmpty());

        // A second first-start on the same database is refused: it is set up now.
        session.signOut();
        QCOMPARE(session.stage(), Session::SignIn);
        SetupForm again(&session);
        QVERIFY(!again.submit(QStringLiteral("bob"), QStringLiteral("Bob"), kGoodPassword, kGoodPassword, false));
        QVERIFY(!again.errorMessage().isEmpty());
    }

    void setupWithoutDemoLeavesCatalogEmpty()
    {
        Session session;
        QVERIFY(session.open(path("empty.sqlite")).ok());
        SetupForm form(&session);
        QVERIFY(form.submit(QStringLiteral("anna"), QStringLiteral("Anna Berg"), kGoodPassword, kGoodPassword, false));
        QVERIFY(session.notice().isEmpty());
        const catalog::CatalogQueries q(session.workspace()->database().sql());
        for (const catalog::KindSpec& k : catalog::kinds()) QCOMPARE(q.count(k.kind), 0);
    }

    void loginRefusalStaysInPlace()
    {
        Session session;
        QVERIFY(session.open(path("empty.sqlite")).ok());  // set up by the test above
        QCOMPARE(session.stage(), Session::SignIn);
        LoginForm form(&session);

        QVERIFY(!form.submit(QStringLiteral(" "), kGoodPassword));
        QCOMPARE(form.errorMessage(), QStringLiteral("Enter your user name."));
        QCOMPARE(form.errorField(), QStringLiteral("username"));

        QVERIFY(!form.submit(QStringLiteral("anna"), QStringLiteral("wrong password!")));
        QCOMPARE(form.errorMessage(), QStringLiteral("Unknown user name or wrong password."));
        QCOMPARE(form.errorField(), QStringLiteral("password"));
        QCOMPARE(session.stage(), Session::SignIn);

        // An unknown user gets the very same words: a name cannot be probed.
        QVERIFY(!form.submit(QStringLiteral("nobody"), kGoodPassword));
        QCOMPARE(form.errorMessage(), QStringLiteral("Unknown user name or wrong password."));

        QSignalSpy user(&session, &Session::userChanged);
        QVERIFY(form.submit(QStringLiteral("ANNA"), kGoodPassword));
        QVERIFY(form.errorMessage().isEmpty());
        QCOMPARE(session.stage(), Session::Ready);
        QCOMPARE(session.displayName(), QStringLiteral("Anna Berg"));
        QVERIFY(user.count() >= 1);
    }

    void unopenableDatabaseIsExplained()
    {
        Session session;
        const QString blocker = path("a-file");
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        // A database "inside" a plain file cannot exist.
        QVERIFY(!session.open(blocker + QStringLiteral("/tracelot.sqlite")).ok());
        QCOMPARE(session.stage(), Session::Closed);
        QVERIFY(!session.openError().isEmpty());
        LoginForm form(&session);
        QVERIFY(!form.submit(QStringLiteral("anna"), kGoodPassword));
        QCOMPARE(form.errorMessage(), QStringLiteral("No database is open."));
    }
};

QTEST_MAIN(TstSessionForms)
#include "tst_sessionforms.moc"

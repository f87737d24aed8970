// The "Identity & audit" view model on a real database: users and roles, creating a
// user, granting and revoking roles (with the core's refusals in place), the signed-in
// user's roles following a change, and the audit-trail check.
#include "identity/identityviewmodel.h"
#include "identity/usersmodel.h"
#include "sessionfixture.h"
#include "shell/session.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace tracelot;
using namespace tracelot::ui;

class TstIdentityViewModel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::SessionFixture> fx_;
    Actor admin_;

    QString userIdOf(const UsersModel& users, const QString& username)
    {
        const int row = users.rowOfUsername(username);
        return row < 0 ? QString() : users.index(row).data(UsersModel::UserIdRole).toString();
    }

private slots:
    void initTestCase() { test::pinUiEnvironment(); }

    void init()
    {
        fx_ = std::make_unique<test::SessionFixture>();
        QVERIFY(fx_->setUp(false));
        admin_ = fx_->admin;
        fx_->begin(admin_);
    }

    void cleanup() { fx_.reset(); }

    void listsUsersWithRoles()
    {
        IdentityViewModel vm(fx_->session());
        QAbstractItemModelTester tester(vm.users(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(vm.canAdminister());
        QCOMPARE(vm.users()->count(), 1);
        const QModelIndex admin = vm.users()->index(0);
        QCOMPARE(admin.data(UsersModel::UsernameRole).toString(), QStringLiteral("admin"));
        QCOMPARE(admin.data(UsersModel::DisplayNameRole).toString(), QStringLiteral("Ada Admin"));
        QCOMPARE(admin.data(UsersModel::RolesTextRole).toString(), QStringLiteral("Administrator"));
        QVERIFY(admin.data(UsersModel::ActiveRole).toBool());
        QCOMPARE(vm.roleOptions().size(), 8);
    }

    void createUserRefusalsStayInPlace_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("again");
        QTest::addColumn<QString>("field");
        QTest::newRow("passwords differ") << "bruno" << "forklift-safety" << "forklift-safe" << "passwordAgain";
        QTest::newRow("password short") << "bruno" << "short" << "short" << "password";
        QTest::newRow("name taken") << "admin" << "forklift-safety" << "forklift-safety" << "username";
        QTest::newRow("name invalid") << "b" << "forklift-safety" << "forklift-safety" << "username";
    }
    void createUserRefusalsStayInPlace()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(QString, again);
        QFETCH(QString, field);
        IdentityViewModel vm(fx_->session());
        QVERIFY(!vm.createUser(username, QStringLiteral("Bruno Costa"), password, again, {}));
        QVERIFY(!vm.createError().isEmpty());
        QCOMPARE(vm.createErrorField(), field);
        QCOMPARE(vm.users()->count(), 1);
    }

    void createGrantRevoke()
    {
        IdentityViewModel vm(fx_->session());
        QAbstractItemModelTester tester(vm.users(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY2(vm.createUser(QStringLiteral("bruno"), QStringLiteral("Bruno Costa"), QStringLiteral("forklift-safety"),
                               QStringLiteral("forklift-safety"), {QStringLiteral("warehouse_operator")}),
                 qPrintable(vm.createError()));
        QVERIFY(vm.createError().isEmpty());
        QCOMPARE(vm.users()->count(), 2);
        const QString bruno = userIdOf(*vm.users(), QStringLiteral("bruno"));
        QVERIFY(!bruno.isEmpty());
        QCOMPARE(vm.users()->index(vm.users()->rowOf(bruno)).data(UsersModel::RolesTextRole).toString(), QStringLiteral("Warehouse operator"));

        QVERIFY2(vm.setRole(bruno, QStringLiteral("qa_technician"), true), qPrintable(vm.roleError()));
        QCOMPARE(vm.users()->index(vm.users()->rowOf(bruno)).data(UsersModel::RolesRole).toStringList().size(), 2);
        QVERIFY(vm.setRole(bruno, QStringLiteral("warehouse_operator"), false));
        QCOMPARE(vm.users()->index(vm.users()->rowOf(bruno)).data(UsersModel::RolesTextRole).toString(), QStringLiteral("QA technician"));

        // Revoking what is not granted is refused, in words.
        QVERIFY(!vm.setRole(bruno, QStringLiteral("marketing"), false));
        QVERIFY(!vm.roleError().isEmpty());
        vm.clearRoleError();
        QVERIFY(vm.roleError().isEmpty());

        QVERIFY(vm.deactivate(bruno));
        QVERIFY(!vm.users()->index(vm.users()->rowOf(bruno)).data(UsersModel::ActiveRole).toBool());
    }

    void theLastAdministratorKeepsTheRole()
    {
        IdentityViewModel vm(fx_->session());
        QSignalSpy roleError(&vm, &IdentityViewModel::roleErrorChanged);
        QVERIFY(!vm.setRole(admin_.userId, QStringLiteral("admin"), false));
        QVERIFY(!vm.roleError().isEmpty());
        QCOMPARE(roleError.count(), 1);
        QVERIFY(fx_->session()->isAdmin());
    }

    void ownRolesFollowAChange()
    {
        IdentityViewModel vm(fx_->session());
        QSignalSpy user(fx_->session(), &Session::userChanged);
        QVERIFY(!fx_->session()->roleLabels().contains(QStringLiteral("Warehouse manager")));
        QVERIFY(vm.setRole(admin_.userId, QStringLiteral("warehouse_manager"), true));
        QVERIFY(user.count() >= 1);
        QCOMPARE(fx_->session()->roleLabels(), (QStringList { QStringLiteral("Warehouse manager"), QStringLiteral("Administrator") }));
        QCOMPARE(fx_->session()->rolesText(), QStringLiteral("Warehouse manager, Administrator"));
    }

    void nonAdministratorsCannotAdminister()
    {
        IdentityViewModel vm(fx_->session());
        QVERIFY(vm.createUser(QStringLiteral("carla"), QStringLiteral("Carla Diaz"), QStringLiteral("customer-care"),
                              QStringLiteral("customer-care"), {QStringLiteral("cx_agent")}));
        const Result<Actor> carla = fx_->session()->workspace()->directory().signIn(QStringLiteral("carla"), QStringLiteral("customer-care"));
        QVERIFY(carla.ok());
        QSignalSpy permissions(&vm, &IdentityViewModel::permissionsChanged);
        fx_->session()->begin(carla.value());
        QVERIFY(permissions.count() >= 1);
        QVERIFY(!vm.canAdminister());
        QVERIFY(!vm.createUser(QStringLiteral("dave"), QStringLiteral("Dave"), QStringLiteral("warehouse-99"), QStringLiteral("warehouse-99"), {}));
        QVERIFY2(vm.createError().contains(QStringLiteral("may not run CreateUser")), qPrintable(vm.createError()));
    }

    void auditTrailVerifies()
    {
        IdentityViewModel vm(fx_->session());
        QVERIFY(!vm.auditChecked());
        QSignalSpy audit(&vm, &IdentityViewModel::auditChanged);
        vm.verifyAudit();
        QCOMPARE(audit.count(), 1);
        QVERIFY(vm.auditChecked());
        QVERIFY(vm.auditOk());
        QVERIFY2(vm.auditText().startsWith(QStringLiteral("The audit trail is intact:")), qPrintable(vm.auditText()));
    }
};

QTEST_MAIN(TstIdentityViewModel)
#include "tst_identityviewmodel.moc"

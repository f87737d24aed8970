// Identity: pure decide/evolve (data in, data out), then sign-in through a real database.
#include "identity/identity.h"
#include "identity/identitymodule.h"
#include "identity/roles.h"
#include "eventstore/database.h"
#include "eventstore/eventstore.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace tracelot;
using namespace tracelot::identity;

namespace {
using test::asEvent;
UserState applyAll(UserState s, const NewEvents& events)
{
    for (const NewEvent& ne : events) s = evolve(std::move(s), asEvent(ne));
    return s;
}
const PasswordHash& somePassword()
{
    static const PasswordHash h = hashPassword(QStringLiteral("long enough password"));
    return h;
}
CreateUser alice(QStringList roles = {})
{
    return CreateUser{QStringLiteral("u-1"), QStringLiteral("alice"), QStringLiteral("Alice Martin"), std::move(roles), somePassword()};
}
}  // namespace

class TstIdentity : public QObject {
    Q_OBJECT
private slots:
    void createUserEmitsCreatedAndRoles()
    {
        auto r = decideCreateUser({}, alice({role::QaTechnician, role::QaTechnician}), {});
        QVERIFY(r);
        QCOMPARE(r->size(), size_t(2));  // duplicates collapsed
        QCOMPARE(r->at(0).type, QStringLiteral("user.created"));
        QCOMPARE(r->at(0).stream, QStringLiteral("user-u-1"));
        QVERIFY(!r->at(0).payload.contains(QStringLiteral("password_plain")));
        QCOMPARE(r->at(1).type, QStringLiteral("role.granted"));
        const UserState s = applyAll({}, r.value());
        QVERIFY(s.exists);
        QCOMPARE(s.username, QStringLiteral("alice"));
        QCOMPARE(s.roles, QSet<QString>{role::QaTechnician});
        QVERIFY(verifyPassword(QStringLiteral("long enough password"), s.password));
    }

    void createUserRefusals_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<bool>("taken");
        QTest::addColumn<QString>("code");
        QTest::newRow("bad name") << QStringLiteral("9lives") << QStringLiteral("N") << QStringList{} << false << QStringLiteral("identity.username_invalid");
        QTest::newRow("taken") << QStringLiteral("alice") << QStringLiteral("A") << QStringList{} << true << QStringLiteral("identity.username_taken");
        QTest::newRow("no full name") << QStringLiteral("alice") << QStringLiteral("  ") << QStringList{} << false << QStringLiteral("identity.name_missing");
        QTest::newRow("unknown role") << QStringLiteral("alice") << QStringLiteral("A") << QStringList{QStringLiteral("pilot")} << false
                                      << QStringLiteral("identity.role_unknown");
    }
    void createUserRefusals()
    {
        QFETCH(QString, username);
        QFETCH(QString, displayName);
        QFETCH(QStringList, roles);
        QFETCH(bool, taken);
        QFETCH(QString, code);
        CreateUser c = alice(roles);
        c.username = username;
        c.displayName = displayName;
        UserFacts facts;
        facts.usernameTaken = taken;
        auto r = decideCreateUser({}, c, facts);
        QVERIFY(!r);
        QCOMPARE(r.refusal().code, code);
    }

    void firstAdminOnlyOnEmptyDatabase()
    {
        auto r = decideCreateFirstAdmin({}, alice(), UserFacts{0, false, 0});
        QVERIFY(r);
        QCOMPARE(applyAll({}, r.value()).roles, QSet<QString>{role::Admin});
        auto again = decideCreateFirstAdmin({}, alice(), UserFacts{1, false, 1});
        QVERIFY(!again);
        QCOMPARE(again.refusal().code, QStringLiteral("identity.already_set_up"));
    }

    void grantAndRevoke()
    {
        UserState s = applyAll({}, decideCreateUser({}, alice(), {}).value());
        auto g = decideGrantRole(s, role::WarehouseManager);
        QVERIFY(g);
        s = applyAll(s, g.value());
        QVERIFY(s.roles.contains(role::WarehouseManager));
        QCOMPARE(decideGrantRole(s, role::WarehouseManager).refusal().code, QStringLiteral("identity.role_already_granted"));
        auto rv = decideRevokeRole(s, role::WarehouseManager, {});
        QVERIFY(rv);
        s = applyAll(s, rv.value());
        QVERIFY(s.roles.isEmpty());
        QCOMPARE(decideRevokeRole(s, role::WarehouseManager, {}).refusal().code, QStringLiteral("identity.role_not_granted"));
    }

    void lastAdminKeepsTheRole()
    {
        const UserState admin = applyAll({}, decideCreateUser({}, alice({role::Admin}), {}).value());
        QCOMPARE(decideRevokeRole(admin, role::Admin, UserFacts{2, false, 1}).refusal().code, QStringLiteral("identity.last_admin"));
        QVERIFY(decideRevokeRole(admin, role::Admin, UserFacts{2, false, 2}));
        QCOMPARE(decideDeactivateUser(admin, QStringLiteral("u-9"), UserFacts{2, false, 1}).refusal().code, QStringLiteral("identity.last_admin"));
        QCOMPARE(decideDeactivateUser(admin, QStringLiteral("u-1"), UserFacts{2, false, 2}).refusal().code, QStringLiteral("identity.self_deactivation"));
    }

    // --- through the pipeline and a real database -----------------------------------

    void signInChecksPassword()
    {
        test::Fixture f;
        QVERIFY(f.openWithAdmin());
        QVERIFY(f.ws->directory().signIn(QStringLiteral("admin"), test::kPassword));
        QVERIFY(f.ws->directory().signIn(QStringLiteral("  ADMIN "), test::kPassword));  // names are case-insensitive
        auto wrong = f.ws->directory().signIn(QStringLiteral("admin"), QStringLiteral("wrong password"));
        QVERIFY(!wrong);
        auto unknown = f.ws->directory().signIn(QStringLiteral("nobody"), test::kPassword);
        QVERIFY(!unknown);
        QCOMPARE(wrong.refusal().message, unknown.refusal().message);  // does not reveal which was wrong
        QVERIFY(f.ws->directory().confirmPassword(f.admin.userId, test::kPassword));
        QVERIFY(!f.ws->directory().confirmPassword(f.admin.userId, QStringLiteral("nope nope nope")));
    }

    void plaintextPasswordIsNeverStored()
    {
        test::Fixture f;
        QVERIFY(f.openWithAdmin());
        f.user(QStringLiteral("bob"), {role::WarehouseOperator});
        for (const QString& table : {QStringLiteral("events"), QStringLiteral("pending_commands"), QStringLiteral("identity_users")})
            QVERIFY2(!test::dump(*f.ws, table).join(QLatin1Char('\n')).contains(test::kPassword), qPrintable(table));
    }

    void firstAdminRefusedOnceUsersExist()
    {
        test::Fixture f;
        QVERIFY(f.openWithAdmin());
        auto r = f.ws->execute(Actor{}, QStringLiteral("CreateFirstAdmin"),
                               {{QStringLiteral("username"), QStringLiteral("mallory")}, {QStringLiteral("display_name"), QStringLiteral("M")},
                                {QStringLiteral("password"), QStringLiteral("0123456789abc")}});
        QVERIFY(!r);
        QCOMPARE(r.refusal().code, QStringLiteral("identity.already_set_up"));
    }

    void onlyAdminsManageUsers()
    {
        test::Fixture f;
        QVERIFY(f.openWithAdmin());
        const Actor qa = f.user(QStringLiteral("quinn"), {role::QaTechnician});
        auto r = f.ws->execute(qa, QStringLiteral("GrantRole"), {{QStringLiteral("username"), QStringLiteral("quinn")}, {QStringLiteral("role"), role::Admin}});
        QVERIFY(!r);
        QCOMPARE(r.refusal().code, QStringLiteral("auth.forbidden"));
        // Changing one's own password is allowed; someone else's is not.
        QVERIFY(f.ws->execute(qa, QStringLiteral("ChangePassword"), {{QStringLiteral("username"), QStringLiteral("quinn")}, {QStringLiteral("password"), QStringLiteral("a brand new secret")}}));
        QVERIFY(f.ws->directory().signIn(QStringLiteral("quinn"), QStringLiteral("a brand new secret")));
        auto other = f.ws->execute(qa, QStringLiteral("ChangePassword"), {{QStringLiteral("username"), QStringLiteral("admin")}, {QStringLiteral("password"), QStringLiteral("a brand new secret")}});
        QVERIFY(!other);
        QCOMPARE(other.refusal().code, QStringLiteral("auth.forbidden"));
    }

    void deactivatedUserCannotSignInOrAct()
    {
        test::Fixture f;
        QVERIFY(f.openWithAdmin());
        const Actor wm = f.user(QStringLiteral("walt"), {role::WarehouseManager});
        QVERIFY(f.ws->execute(f.admin, QStringLiteral("DeactivateUser"), {{QStringLiteral("username"), QStringLiteral("walt")}}));
        QCOMPARE(f.ws->directory().signIn(QStringLiteral("walt"), test::kPassword).refusal().code, QStringLiteral("auth.inactive"));
        auto r = f.ws->execute(wm, QStringLiteral("DefineLocation"), {{QStringLiteral("code"), QStringLiteral("A")}, {QStringLiteral("name"), QStringLiteral("A")}, {QStringLiteral("type"), QStringLiteral("dock")}});
        QVERIFY(!r);
        QCOMPARE(r.refusal().code, QStringLiteral("auth.forbidden"));
    }
};

QTEST_GUILESS_MAIN(TstIdentity)
#include "tst_identity.moc"

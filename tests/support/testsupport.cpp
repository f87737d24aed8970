#include "testsupport.h"

#include "eventstore/database.h"
#include "identity/identitymodule.h"
#include "pipeline/commandbus.h"
#include "projections/projections.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace tracelot::test {

bool Fixture::open()
{
    WorkspaceOptions o;
    o.clock = clock;
    o.ids = ids;
    auto w = Workspace::open(dbPath(), o);
    if (!w) {
        qWarning("open failed: %s", qPrintable(w.refusal().message));
        return false;
    }
    ws = std::move(w).value();
    return true;
}

bool Fixture::openWithAdmin()
{
    if (!open()) return false;
    auto r = ws->execute(Actor{}, QStringLiteral("CreateFirstAdmin"),
                         {{QStringLiteral("username"), QStringLiteral("admin")},
                          {QStringLiteral("display_name"), QStringLiteral("Ada Admin")},
                          {QStringLiteral("password"), kPassword}});
    if (!r) {
        qWarning("CreateFirstAdmin refused: %s", qPrintable(r.refusal().message));
        return false;
    }
    admin = signIn(QStringLiteral("admin"));
    return !admin.userId.isEmpty();
}

Actor Fixture::signIn(const QString& username)
{
    auto a = ws->directory().signIn(username, kPassword);
    return a ? a.value() : Actor{};
}

Actor Fixture::user(const QString& username, const QStringList& roles)
{
    auto r = ws->execute(admin, QStringLiteral("CreateUser"),
                         {{QStringLiteral("username"), username},
                          {QStringLiteral("display_name"), username + QStringLiteral(" Tester")},
                          {QStringLiteral("password"), kPassword},
                          {QStringLiteral("roles"), QJsonArray::fromStringList(roles)}});
    if (!r) qWarning("CreateUser refused: %s", qPrintable(r.refusal().message));
    return signIn(username);
}

Event asEvent(const NewEvent& decided, qint64 streamVersion)
{
    Event e;
    e.type = decided.type;
    e.stream = decided.stream;
    e.streamVersion = streamVersion;
    e.payload = decided.payload;
    return e;
}

QStringList dump(Workspace& ws, const QString& table) { return ws.projections().tableRows(table); }

QStringList snapshot(Workspace& ws)
{
    QStringList out;
    out << QStringLiteral("events:") << ws.projections().tableRows(QStringLiteral("events"));
    out << QStringLiteral("pending:") << ws.projections().tableRows(QStringLiteral("pending_commands"));
    out << QStringLiteral("state:") << ws.projections().tableRows(QStringLiteral("projection_state"));
    for (const auto& p : ws.projections().all())
        for (const QString& t : p->tables()) out << t + QLatin1Char(':') << ws.projections().tableRows(t);
    return out;
}

}  // namespace tracelot::test

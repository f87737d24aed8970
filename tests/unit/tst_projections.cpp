// Projections: rebuild from the log gives identical tables; applying an event twice
// changes nothing; a projection whose version changed is rebuilt on open.
#include "eventstore/eventstore.h"
#include "projections/projections.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace tracelot;

class TstProjections : public QObject {
    Q_OBJECT

    static void populate(test::Fixture& f)
    {
        QVERIFY(f.openWithAdmin());
        f.user(QStringLiteral("wanda"), {QStringLiteral("warehouse_manager")});
        for (int i = 0; i < 20; ++i) {
            f.clock->advance(1000);
            auto r = f.ws->execute(f.admin, QStringLiteral("DefineProduct"),
                                   {{QStringLiteral("code"), QStringLiteral("P-%1").arg(i)},
                                    {QStringLiteral("name"), QStringLiteral("Product %1").arg(i)},
                                    {QStringLiteral("category"), QStringLiteral("cheese")},
                                    {QStringLiteral("base_unit"), QStringLiteral("each")},
                                    {QStringLiteral("shelf_life_days"), 30 + i}});
            QVERIFY(r);
            if (i % 3 == 0) {
                const QString id = r->events.front().payload.value(QLatin1String("id")).toString();
                QVERIFY(f.ws->execute(f.admin, QStringLiteral("ReviseProduct"), {{QStringLiteral("id"), id}, {QStringLiteral("reorder_point"), i * 10 + 5}}));
            }
        }
    }

private slots:
    void rebuildGivesIdenticalTables()
    {
        test::Fixture f;
        populate(f);
        QStringList before;
        for (const auto& p : f.ws->projections().all())
            for (const QString& t : p->tables()) before << t << test::dump(*f.ws, t);
        QVERIFY(before.size() >= 30);  // 6 table names + 24 rows
        QVERIFY(f.ws->rebuild());
        QStringList after;
        for (const auto& p : f.ws->projections().all())
            for (const QString& t : p->tables()) after << t << test::dump(*f.ws, t);
        QCOMPARE(after, before);
    }

    void droppedTablesComeBack()
    {
        test::Fixture f;
        populate(f);
        const QStringList before = test::dump(*f.ws, QStringLiteral("catalog_products"));
        {
            QSqlQuery q(f.ws->database().sql());
            QVERIFY(q.exec(QStringLiteral("DROP TABLE catalog_products")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM projection_state WHERE name = 'catalog'")));
        }
        f.close();
        QVERIFY(f.open());  // a projection with no recorded state is rebuilt on open
        QCOMPARE(test::dump(*f.ws, QStringLiteral("catalog_products")), before);
    }

    void applyingTwiceChangesNothing()
    {
        test::Fixture f;
        populate(f);
        const Events all = f.ws->store().readAfter(0, 1000);
        const QStringList before = test::snapshot(*f.ws);
        QVERIFY(f.ws->projections().apply(all));  // every event again
        QCOMPARE(test::snapshot(*f.ws), before);
    }

    void batchKeepsPositionsUntilItEnds()
    {
        // In a batch the positions live in memory: the table rows go in at once, the saved
        // position only at endBatch(); an abandoned batch saves nothing.
        test::Fixture f;
        populate(f);
        Projections& p = f.ws->projections();
        const qint64 saved = p.checkpoint(QStringLiteral("catalog"));
        QSqlQuery q(f.ws->database().sql());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM catalog_products")));
        QVERIFY(q.exec(QStringLiteral("UPDATE projection_state SET last_seq = 0 WHERE name = 'catalog'")));
        const Events all = f.ws->store().readAfter(0, 1000);
        const auto half = all.begin() + static_cast<std::ptrdiff_t>(all.size() / 2);
        const Events firstHalf(all.begin(), half), secondHalf(half, all.end());

        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        p.beginBatch();
        QVERIFY(p.apply(firstHalf));
        p.abandonBatch();
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(p.checkpoint(QStringLiteral("catalog")), qint64(0));
        QVERIFY(test::dump(*f.ws, QStringLiteral("catalog_products")).isEmpty());

        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        p.beginBatch();
        QVERIFY(p.apply(firstHalf));
        QCOMPARE(p.checkpoint(QStringLiteral("catalog")), qint64(0));  // not written yet
        QVERIFY(p.apply(firstHalf));                                    // already applied in this batch: skipped
        QVERIFY(p.apply(secondHalf));
        QVERIFY(p.endBatch());
        QVERIFY(!p.inBatch());
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        QCOMPARE(p.checkpoint(QStringLiteral("catalog")), saved);
        QVERIFY2(f.ws->verify().ok(), qPrintable(f.ws->verify().text()));
    }

    void catchesUpWithEventsItMissed()
    {
        test::Fixture f;
        populate(f);
        const QStringList before = test::dump(*f.ws, QStringLiteral("catalog_products"));
        const qint64 cp = f.ws->projections().checkpoint(QStringLiteral("catalog"));
        QVERIFY(cp > 0);
        {
            // As if the projection had been installed empty and never run.
            QSqlQuery q(f.ws->database().sql());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM catalog_products")));
            QVERIFY(q.exec(QStringLiteral("UPDATE projection_state SET last_seq = 0 WHERE name = 'catalog'")));
        }
        f.close();
        QVERIFY(f.open());  // catch-up on open applies every event after the checkpoint
        QCOMPARE(f.ws->projections().checkpoint(QStringLiteral("catalog")), cp);
        QCOMPARE(test::dump(*f.ws, QStringLiteral("catalog_products")), before);
    }

    void schemaVersionChangeTriggersRebuild()
    {
        test::Fixture f;
        populate(f);
        const QStringList before = test::dump(*f.ws, QStringLiteral("identity_users"));
        {
            QSqlQuery q(f.ws->database().sql());
            QVERIFY(q.exec(QStringLiteral("UPDATE projection_state SET schema_version = 0 WHERE name = 'identity'")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM identity_users")));
        }
        f.close();
        QVERIFY(f.open());
        QCOMPARE(test::dump(*f.ws, QStringLiteral("identity_users")), before);
    }
};

QTEST_GUILESS_MAIN(TstProjections)
#include "tst_projections.moc"

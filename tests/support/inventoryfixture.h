#pragma once
// A small warehouse for inventory tests: a described site, two suppliers, three
// products, five locations (with capacities), and a warehouse manager.
#include "testsupport.h"

#include <QJsonObject>

namespace tracelot::test {

struct Warehouse : Fixture {
    Actor manager;
    QString supplierA, supplierB;        // ids
    QString cheese, salmon, greens;      // product ids (each, g, case)
    QString dock, cold, freezer, quarantine, pick;  // location ids

    bool setUp(bool describeSite = true);
    QString id(const Result<Outcome>& r, const char* field = "id") const;
    // Receives a lot; returns its id ("" and a warning on refusal).
    QString receive(const QString& product, qint64 quantity, const QString& location, const QDate& expiry, const QString& tlc = QString(),
                    const QString& supplier = QString());
    Result<Outcome> run(const QString& command, const QJsonObject& payload) { return ws->execute(manager, command, payload); }
};

}  // namespace tracelot::test

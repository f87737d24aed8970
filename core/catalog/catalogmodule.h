#pragma once
#include "catalog/catalog.h"
#include "pipeline/module.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

namespace tracelot::catalog {

void install(Registrar& registrar);

// Reads of the catalog projection (one table per kind). Rows are JSON objects with
// "id", every field present, "active", "created_at", "updated_at", "revision".
class CatalogQueries {
public:
    explicit CatalogQueries(QSqlDatabase db) : db_(std::move(db)) {}
    QList<QJsonObject> list(Kind kind, bool includeInactive = true) const;
    std::optional<QJsonObject> byId(Kind kind, const QString& id) const;
    std::optional<QJsonObject> byCode(Kind kind, const QString& code) const;
    std::optional<QJsonObject> productByGtin(const QString& gtin14) const;
    int count(Kind kind) const;
    Taken taken(Kind kind, const QJsonObject& fields) const;  // key fields normalised here
    // This site's FSMA 204 location description ("name, address, phone[, GLN]"); empty
    // until DescribeSite has run. It is the TLC source of lot codes Tracelot assigns.
    QString siteDescription() const;
    std::optional<QJsonObject> site() const;

private:
    QSqlDatabase db_;
};

}  // namespace tracelot::catalog

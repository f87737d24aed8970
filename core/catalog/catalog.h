#pragma once
// Catalog & sites context: suppliers, customers, products, locations.
// Master data is described by a field schema per kind; the same schema validates
// commands, documents them, builds the projection tables and drives the desktop forms.
// decide/evolve are pure: data in, data out.
#include "common/result.h"
#include "eventstore/event.h"
#include "pipeline/command.h"

#include <QJsonObject>
#include <QList>

namespace tracelot::catalog {

enum class Kind { Supplier, Customer, Product, Location };

enum class Semantic { Plain, Code, Gtin, Gln, Country, Phone, Email, Temperature, Count };

struct FieldSpec {
    QString name;
    QString label;     // English UI label (translated in the UI layer)
    FieldType type = FieldType::Text;
    Semantic semantic = Semantic::Plain;
    bool required = false;
    QString help;
    QStringList values;  // for Enum
    qint64 min = 0;
    qint64 max = 0;      // 0: no maximum (Integer)
    QJsonValue defaultValue;  // applied when defining, if absent
};

struct KindSpec {
    Kind kind;
    QString key;      // "product"
    QString label;    // "Product"
    QString plural;   // "Products"
    QString table;    // "catalog_products"
    QString defineCommand;
    QString reviseCommand;
    QString definedEvent;
    QString revisedEvent;
    QList<FieldSpec> fields;
};

const QList<KindSpec>& kinds();
const KindSpec& spec(Kind kind);
const KindSpec* specByKey(const QString& key);
inline QString streamOf(Kind kind, const QString& id) { return spec(kind).key + QLatin1Char('-') + id; }

// State of one catalog aggregate, folded from its stream.
struct Record {
    bool exists = false;
    QString id;
    QJsonObject fields;
    bool active = true;
};

Record evolve(Record state, const Event& event);
Record fold(const Events& events);

// Which other records already use this record's unique keys (ids; empty when free).
struct Taken {
    QString codeOwner;
    QString gtinOwner;
    QString glnOwner;
};

// Normalises and checks every field (types, formats, GS1 check digits, ranges) and the
// rules across fields. `complete` fills defaults and requires the required fields.
Result<QJsonObject> validate(Kind kind, const QJsonObject& fields, bool complete = true);
// One field normalised as validate() would store it; empty when absent or invalid (for the
// unique-key lookups a handler makes before deciding, without validating the record twice).
QString normalisedField(Kind kind, QLatin1StringView name, const QJsonObject& fields);

Result<NewEvents> decideDefine(Kind kind, const Record& current, const QString& id, const QJsonObject& fields, const Taken& taken);
// `changes` holds only the fields to change, plus optionally "active".
Result<NewEvents> decideRevise(Kind kind, const Record& current, const QJsonObject& changes, const Taken& taken);

// Temperature text ("-18", "4.5", 4) to canonical one-decimal text ("-18.0"); empty on error.
QString normaliseTemperature(const QJsonValue& value);

}  // namespace tracelot::catalog

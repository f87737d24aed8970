#include "catalog/catalog.h"

#include "common/gs1.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace tracelot::catalog {
namespace {

FieldSpec text(const char* name, const char* label, bool required, const char* help, Semantic sem = Semantic::Plain)
{
    FieldSpec f;
    f.name = QString::fromUtf8(name);
    f.label = QString::fromUtf8(label);
    f.required = required;
    f.help = QString::fromUtf8(help);
    f.semantic = sem;
    return f;
}

FieldSpec integer(const char* name, const char* label, bool required, const char* help, qint64 min, qint64 max, QJsonValue def = {})
{
    FieldSpec f = text(name, label, required, help, Semantic::Count);
    f.type = FieldType::Integer;
    f.min = min;
    f.max = max;
    f.defaultValue = def;
    return f;
}

FieldSpec boolean(const char* name, const char* label, const char* help, bool def)
{
    FieldSpec f = text(name, label, false, help);
    f.type = FieldType::Boolean;
    f.defaultValue = def;
    return f;
}

FieldSpec choice(const char* name, const char* label, bool required, const char* help, QStringList values, QJsonValue def = {})
{
    FieldSpec f = text(name, label, required, help);
    f.type = FieldType::Enum;
    f.values = std::move(values);
    f.defaultValue = def;
    return f;
}

FieldSpec temperature(const char* name, const char* label, const char* help)
{
    FieldSpec f = text(name, label, false, help, Semantic::Temperature);
    f.type = FieldType::Decimal;
    return f;
}

QList<KindSpec> buildKinds()
{
    const FieldSpec gln = text("gln", "GLN", false, "GS1 Global Location Number, 13 digits with check digit", Semantic::Gln);
    const FieldSpec country = text("country", "Country", true, "ISO 3166 two-letter code, e.g. NO, FR, MX", Semantic::Country);
    const FieldSpec phone = text("phone", "Phone", false, "phone number with country code", Semantic::Phone);
    const FieldSpec email = text("email", "E-mail", false, "contact e-mail address", Semantic::Email);
    const FieldSpec address = text("address", "Address", false, "street, postcode, city (FSMA 204 location description)");

    KindSpec supplier{Kind::Supplier, QStringLiteral("supplier"), QStringLiteral("Supplier"), QStringLiteral("Suppliers"),
                      QStringLiteral("catalog_suppliers"), QStringLiteral("RegisterSupplier"), QStringLiteral("ReviseSupplier"),
                      QStringLiteral("supplier.registered"), QStringLiteral("supplier.revised"),
                      {text("code", "Code", true, "short unique code, e.g. SUP-NO-01", Semantic::Code),
                       text("name", "Name", true, "business name"), country, address, phone, email, gln,
                       text("fda_registration", "FDA registration", false, "FDA food facility registration number, if any")}};

    KindSpec customer{Kind::Customer, QStringLiteral("customer"), QStringLiteral("Customer"), QStringLiteral("Customers"),
                      QStringLiteral("catalog_customers"), QStringLiteral("RegisterCustomer"), QStringLiteral("ReviseCustomer"),
                      QStringLiteral("customer.registered"), QStringLiteral("customer.revised"),
                      {text("code", "Code", true, "short unique code, e.g. CUS-0001", Semantic::Code),
                       text("name", "Name", true, "business name"), country, address, phone, email, gln,
                       integer("min_shelf_life_days", "Minimum shelf life (days)", false,
                               "remaining shelf life this customer requires at shipping, in days", 0, 3650, 0)}};

    KindSpec product{Kind::Product, QStringLiteral("product"), QStringLiteral("Product"), QStringLiteral("Products"),
                     QStringLiteral("catalog_products"), QStringLiteral("DefineProduct"), QStringLiteral("ReviseProduct"),
                     QStringLiteral("product.defined"), QStringLiteral("product.revised"),
                     {text("code", "SKU", true, "unique article code, e.g. CHE-COMTE-24", Semantic::Code),
                      text("name", "Name", true, "product description as printed on documents"),
                      text("gtin", "GTIN", false, "GTIN-8/12/13/14 with a valid check digit; stored as GTIN-14", Semantic::Gtin),
                      choice("category", "Category", true, "product group",
                             {QStringLiteral("cheese"), QStringLiteral("fish"), QStringLiteral("seafood"), QStringLiteral("leafy_greens"),
                              QStringLiteral("herbs"), QStringLiteral("fresh_produce"), QStringLiteral("frozen"), QStringLiteral("dry_goods"),
                              QStringLiteral("other")}),
                      choice("base_unit", "Base unit", true, "the unit every quantity of this product is counted in",
                             {QStringLiteral("each"), QStringLiteral("case"), QStringLiteral("g"), QStringLiteral("ml")}),
                      integer("shelf_life_days", "Shelf life (days)", true, "days from production to expiry", 1, 3650),
                      integer("min_shelf_life_days", "Minimum shelf life at shipping (days)", false,
                              "lots with fewer days left are not shipped", 0, 3650, 0),
                      integer("expiry_warning_days", "Expiry warning (days)", false, "warn this many days before expiry", 0, 365, 7),
                      temperature("storage_min_c", "Storage min (°C)", "lowest storage temperature, °C, one decimal"),
                      temperature("storage_max_c", "Storage max (°C)", "highest storage temperature, °C, one decimal"),
                      boolean("qc_required", "QC required", "received lots are held until a quality check passes", false),
                      boolean("traceability_list", "On the Food Traceability List", "FSMA 204 key data elements are required", false),
                      integer("reorder_point", "Reorder point", false, "reorder when available stock falls below this (base units)", 0, 0, 0)}};

    KindSpec location{Kind::Location, QStringLiteral("location"), QStringLiteral("Location"), QStringLiteral("Locations"),
                      QStringLiteral("catalog_locations"), QStringLiteral("DefineLocation"), QStringLiteral("ReviseLocation"),
                      QStringLiteral("location.defined"), QStringLiteral("location.revised"),
                      {text("code", "Code", true, "unique location code, e.g. CR-01", Semantic::Code),
                       text("name", "Name", true, "what people call it"),
                       choice("type", "Type", true, "kind of location",
                              {QStringLiteral("dock"), QStringLiteral("cold_room"), QStringLiteral("freezer"), QStringLiteral("ambient"),
                               QStringLiteral("quarantine"), QStringLiteral("pick_face")}),
                       integer("capacity", "Capacity", false, "most stock it holds, in base units; empty for no limit", 0, 0),
                       temperature("temp_min_c", "Temperature min (°C)", "lowest allowed temperature, °C"),
                       temperature("temp_max_c", "Temperature max (°C)", "highest allowed temperature, °C"),
                       integer("tolerance_minutes", "Tolerance (minutes)", false, "minutes out of range before it counts as an excursion", 0, 1440, 15),
                       integer("pick_sequence", "Pick sequence", false, "position on the picker's walk; lower first", 0, 0, 0)}};

    return {supplier, customer, product, location};
}

QString label(const FieldSpec& f) { return f.label; }

Refusal bad(const FieldSpec& f, const QString& what)
{
    return refuse(QStringLiteral("catalog.invalid_%1").arg(f.name), QStringLiteral("%1: %2").arg(label(f), what));
}

// A code: 1–32 of A–Z, 0–9 and . _ / -, not starting with a sign (checked by hand: it runs
// for every catalog command, and a regular expression match costs more than the command's
// other checks together).
bool isCode(QStringView s)
{
    if (s.isEmpty() || s.size() > 32) return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        const bool alnum = (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
        if (!alnum && (i == 0 || (c != u'.' && c != u'_' && c != u'/' && c != u'-'))) return false;
    }
    return true;
}

bool hasLower(QStringView s)
{
    for (const QChar c : s)
        if (c.isLower()) return true;
    return false;
}

// Normalises one present value; returns the refusal text when wrong. The value itself comes
// back (shared, not rebuilt) when normalising leaves it as it was.
Result<QJsonValue> normaliseField(const FieldSpec& f, const QJsonValue& v)
{
    switch (f.type) {
    case FieldType::Integer: {
        if (!v.isDouble() || v.toDouble() != static_cast<double>(v.toInteger())) return bad(f, QStringLiteral("must be a whole number."));
        const qint64 n = v.toInteger();
        if (n < f.min) return bad(f, QStringLiteral("must be at least %1.").arg(f.min));
        if (f.max > 0 && n > f.max) return bad(f, QStringLiteral("must be at most %1.").arg(f.max));
        return QJsonValue(n);
    }
    case FieldType::Boolean:
        if (!v.isBool()) return bad(f, QStringLiteral("must be true or false."));
        return v;
    case FieldType::Enum:
        if (!f.values.contains(v.toString())) return bad(f, QStringLiteral("must be one of %1.").arg(f.values.join(QStringLiteral(", "))));
        return v;
    case FieldType::Decimal: {
        const QString t = normaliseTemperature(v);
        if (t.isEmpty()) return bad(f, QStringLiteral("must be a temperature between -60.0 and 60.0 °C with at most one decimal."));
        return QJsonValue(t);
    }
    default: break;
    }
    if (!v.isString()) return bad(f, QStringLiteral("must be text."));
    const QString raw = v.toString();
    QString s = raw.trimmed();
    switch (f.semantic) {
    case Semantic::Code: {
        if (hasLower(s)) s = s.toUpper();
        if (!isCode(s)) return bad(f, QStringLiteral("use 1–32 letters, digits, dot, dash, slash or underscore."));
        break;
    }
    case Semantic::Gtin: {
        if (s.isEmpty()) return QJsonValue(QString());
        static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
        if (!digits.match(s).hasMatch() || !(s.size() == 8 || s.size() == 12 || s.size() == 13 || s.size() == 14))
            return bad(f, QStringLiteral("a GTIN has 8, 12, 13 or 14 digits."));
        if (!gs1::checkDigitValid(s))
            return bad(f, QStringLiteral("the check digit of %1 is wrong (it should be %2).").arg(s).arg(gs1::checkDigit(QStringView(s).first(s.size() - 1))));
        s = s.rightJustified(14, QLatin1Char('0'));
        break;
    }
    case Semantic::Gln: {
        if (s.isEmpty()) return QJsonValue(QString());
        static const QRegularExpression re(QStringLiteral("^[0-9]{13}$"));
        if (!re.match(s).hasMatch()) return bad(f, QStringLiteral("a GLN has 13 digits."));
        if (!gs1::checkDigitValid(s)) return bad(f, QStringLiteral("the check digit of %1 is wrong.").arg(s));
        break;
    }
    case Semantic::Country: {
        s = s.toUpper();
        static const QRegularExpression re(QStringLiteral("^[A-Z]{2}$"));
        if (!re.match(s).hasMatch()) return bad(f, QStringLiteral("use the two-letter ISO country code, e.g. FR."));
        break;
    }
    case Semantic::Phone: {
        if (s.isEmpty()) break;
        static const QRegularExpression allowed(QStringLiteral("^\\+?[0-9 ()./-]+$"));
        int n = 0;
        for (QChar c : s) n += c.isDigit() ? 1 : 0;
        if (!allowed.match(s).hasMatch() || n < 6) return bad(f, QStringLiteral("\"%1\" does not look like a phone number.").arg(s));
        break;
    }
    case Semantic::Email: {
        if (s.isEmpty()) break;
        static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!re.match(s).hasMatch()) return bad(f, QStringLiteral("\"%1\" does not look like an e-mail address.").arg(s));
        break;
    }
    default: break;
    }
    if (s.size() > 200) return bad(f, QStringLiteral("is too long (at most 200 characters)."));
    return s == raw ? v : QJsonValue(s);
}

double temperatureOf(const QJsonObject& o, const QString& key) { return o.value(key).toString().toDouble(); }
bool hasText(const QJsonObject& o, const char* key) { return !o.value(QLatin1String(key)).toString().isEmpty(); }

Status crossFieldRules(Kind kind, const QJsonObject& r)
{
    switch (kind) {
    case Kind::Supplier:
    case Kind::Customer:
        if (!(hasText(r, "address") && hasText(r, "phone")) && !hasText(r, "gln"))
            return refuse(QStringLiteral("catalog.location_description_missing"),
                          QStringLiteral("%1 needs an address and a phone number, or a GLN: FSMA 204 traceability records must say where goods came from and went to.")
                              .arg(kind == Kind::Supplier ? QStringLiteral("A supplier") : QStringLiteral("A customer")));
        break;
    case Kind::Product: {
        const bool hasMin = hasText(r, "storage_min_c"), hasMax = hasText(r, "storage_max_c");
        if (hasMin && hasMax && temperatureOf(r, QStringLiteral("storage_min_c")) > temperatureOf(r, QStringLiteral("storage_max_c")))
            return refuse(QStringLiteral("catalog.temperature_range_inverted"), QStringLiteral("The lowest storage temperature is above the highest."));
        if (r.value(QLatin1String("min_shelf_life_days")).toInteger() >= r.value(QLatin1String("shelf_life_days")).toInteger())
            return refuse(QStringLiteral("catalog.min_shelf_life_too_long"),
                          QStringLiteral("The minimum shelf life at shipping must be shorter than the shelf life, or no lot could ever ship."));
        if (r.value(QLatin1String("expiry_warning_days")).toInteger() > r.value(QLatin1String("shelf_life_days")).toInteger())
            return refuse(QStringLiteral("catalog.warning_too_early"), QStringLiteral("The expiry warning cannot come before the product is made (it is longer than the shelf life)."));
        break;
    }
    case Kind::Location: {
        const bool hasMin = hasText(r, "temp_min_c"), hasMax = hasText(r, "temp_max_c");
        const QString type = r.value(QLatin1String("type")).toString();
        if ((type == QLatin1String("cold_room") || type == QLatin1String("freezer")) && !(hasMin && hasMax))
            return refuse(QStringLiteral("catalog.temperature_range_missing"),
                          QStringLiteral("A %1 needs its allowed temperature range so it can be monitored.")
                              .arg(type == QLatin1String("freezer") ? QStringLiteral("freezer") : QStringLiteral("cold room")));
        if (hasMin && hasMax && temperatureOf(r, QStringLiteral("temp_min_c")) >= temperatureOf(r, QStringLiteral("temp_max_c")))
            return refuse(QStringLiteral("catalog.temperature_range_inverted"), QStringLiteral("The lowest allowed temperature must be below the highest."));
        break;
    }
    }
    return ok();
}

}  // namespace

const QList<KindSpec>& kinds()
{
    static const QList<KindSpec> all = buildKinds();
    return all;
}

const KindSpec& spec(Kind kind) { return kinds()[static_cast<int>(kind)]; }

const KindSpec* specByKey(const QString& key)
{
    for (const KindSpec& k : kinds())
        if (k.key == key) return &k;
    return nullptr;
}

QString normaliseTemperature(const QJsonValue& value)
{
    QString s;
    if (value.isDouble()) s = QString::number(value.toDouble(), 'f', 6);
    else if (value.isString()) s = value.toString().trimmed().replace(QLatin1Char(','), QLatin1Char('.')).replace(QChar(0x2212), QLatin1Char('-'));
    else return {};
    static const QRegularExpression re(QStringLiteral("^[-+]?[0-9]{1,2}(\\.[0-9]+)?$"));
    if (!re.match(s).hasMatch()) return {};
    bool okNum = false;
    const double d = s.toDouble(&okNum);
    const double tenths = std::round(d * 10.0);
    if (!okNum || std::fabs(d * 10.0 - tenths) > 1e-6 || d < -60.0 || d > 60.0) return {};
    return QString::number(tenths / 10.0, 'f', 1);
}

Result<QJsonObject> validate(Kind kind, const QJsonObject& fields, bool complete)
{
    // The result starts as the given object and only what normalising changes is written
    // into it: records mostly arrive normalised, and every insert into a QJsonObject copies
    // the value into a new CBOR container (the cost of a catalog command on the server).
    const QList<FieldSpec>& specFields = spec(kind).fields;
    QJsonObject out = fields;
    qsizetype present = 0;
    for (const FieldSpec& f : specFields) present += fields.contains(f.name) ? 1 : 0;
    if (present != fields.size()) {  // keys that are not fields of this kind are not kept
        QStringList extra;
        for (auto it = fields.begin(); it != fields.end(); ++it)
            if (std::none_of(specFields.begin(), specFields.end(), [&](const FieldSpec& f) { return f.name == it.key(); })) extra << it.key();
        for (const QString& key : std::as_const(extra)) out.remove(key);
    }
    for (const FieldSpec& f : specFields) {
        const QJsonValue v = fields.value(f.name);
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty())) {
            if (complete && f.required) return refuse(QStringLiteral("catalog.missing_%1").arg(f.name), QStringLiteral("%1 is required.").arg(f.label));
            if (complete && !f.defaultValue.isUndefined() && !f.defaultValue.isNull()) out.insert(f.name, f.defaultValue);
            else if (!v.isUndefined()) out.remove(f.name);
            continue;
        }
        Result<QJsonValue> n = normaliseField(f, v);
        if (!n) return n.refusal();
        if (n.value().isString() && n.value().toString().isEmpty()) out.remove(f.name);
        else if (f.type == FieldType::Integer || n.value() != v)  // integers always: 5.0 is stored as 5
            out.insert(f.name, n.value());
    }
    if (complete)
        if (Status s = crossFieldRules(kind, out); !s) return s.refusal();
    return out;
}

QString normalisedField(Kind kind, QLatin1StringView name, const QJsonObject& fields)
{
    for (const FieldSpec& f : spec(kind).fields) {
        if (f.name != name) continue;
        const QJsonValue v = fields.value(name);
        if (v.isUndefined() || v.isNull()) return {};
        Result<QJsonValue> n = normaliseField(f, v);
        return n ? n.value().toString() : QString();
    }
    return {};
}

Record evolve(Record s, const Event& e)
{
    for (const KindSpec& k : kinds()) {
        if (e.type == k.definedEvent || e.type == k.revisedEvent) {
            s.exists = true;
            s.id = e.payload.value(QLatin1String("id")).toString();
            QJsonObject fields = e.payload;
            fields.remove(QStringLiteral("id"));
            s.active = fields.take(QStringLiteral("active")).toBool(true);
            s.fields = fields;
            break;
        }
    }
    return s;
}

Record fold(const Events& events)
{
    Record s;
    for (const Event& e : events) s = evolve(std::move(s), e);
    return s;
}

namespace {
Status checkTaken(Kind kind, const QString& id, const QJsonObject& r, const Taken& taken)
{
    const KindSpec& k = spec(kind);
    if (!taken.codeOwner.isEmpty() && taken.codeOwner != id)
        return refuse(QStringLiteral("catalog.code_taken"),
                      QStringLiteral("The code %1 is already used by another %2.").arg(r.value(QLatin1String("code")).toString(), k.label.toLower()));
    if (!taken.gtinOwner.isEmpty() && taken.gtinOwner != id)
        return refuse(QStringLiteral("catalog.gtin_taken"),
                      QStringLiteral("The GTIN %1 is already used by another product.").arg(r.value(QLatin1String("gtin")).toString()));
    if (!taken.glnOwner.isEmpty() && taken.glnOwner != id)
        return refuse(QStringLiteral("catalog.gln_taken"),
                      QStringLiteral("The GLN %1 is already used by another %2.").arg(r.value(QLatin1String("gln")).toString(), k.label.toLower()));
    return ok();
}

NewEvent recordEvent(const QString& type, Kind kind, const QString& id, QJsonObject fields, bool active)
{
    fields.insert(QStringLiteral("id"), id);
    fields.insert(QStringLiteral("active"), active);
    return {type, streamOf(kind, id), fields};
}
}  // namespace

Result<NewEvents> decideDefine(Kind kind, const Record& current, const QString& id, const QJsonObject& fields, const Taken& taken)
{
    const KindSpec& k = spec(kind);
    if (id.isEmpty()) return refuse(QStringLiteral("catalog.id_missing"), QStringLiteral("The new %1 has no id.").arg(k.label.toLower()));
    if (current.exists)
        return refuse(QStringLiteral("catalog.already_defined"), QStringLiteral("This %1 already exists; revise it instead.").arg(k.label.toLower()));
    Result<QJsonObject> r = validate(kind, fields, true);
    if (!r) return r.refusal();
    if (Status s = checkTaken(kind, id, r.value(), taken); !s) return s.refusal();
    return NewEvents{recordEvent(k.definedEvent, kind, id, r.value(), true)};
}

Result<NewEvents> decideRevise(Kind kind, const Record& current, const QJsonObject& changes, const Taken& taken)
{
    const KindSpec& k = spec(kind);
    if (!current.exists) return refuse(QStringLiteral("catalog.unknown"), QStringLiteral("There is no such %1.").arg(k.label.toLower()));
    // Merge the changes over the current record; an empty text clears an optional field.
    QJsonObject merged = current.fields;
    for (const FieldSpec& f : k.fields) {
        if (!changes.contains(f.name)) continue;
        const QJsonValue v = changes.value(f.name);
        if (v.isNull() || (v.isString() && v.toString().trimmed().isEmpty())) merged.remove(f.name);
        else merged.insert(f.name, v);
    }
    Result<QJsonObject> r = validate(kind, merged, true);
    if (!r) return r.refusal();
    const bool active = changes.contains(QStringLiteral("active")) ? changes.value(QLatin1String("active")).toBool() : current.active;
    if (r.value() == current.fields && active == current.active)
        return refuse(QStringLiteral("catalog.no_change"), QStringLiteral("Nothing to save: the %1 already has these values.").arg(k.label.toLower()));
    if (Status s = checkTaken(kind, current.id, r.value(), taken); !s) return s.refusal();
    return NewEvents{recordEvent(k.revisedEvent, kind, current.id, r.value(), active)};
}

}  // namespace tracelot::catalog

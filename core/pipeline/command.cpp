#include "pipeline/command.h"

#include "identity/roles.h"

#include <QJsonArray>
#include <algorithm>

namespace tracelot {

QString fieldTypeName(FieldType type)
{
    switch (type) {
    case FieldType::Text: return QStringLiteral("text");
    case FieldType::Integer: return QStringLiteral("integer");
    case FieldType::Boolean: return QStringLiteral("boolean");
    case FieldType::Enum: return QStringLiteral("one of");
    case FieldType::Object: return QStringLiteral("object");
    case FieldType::Array: return QStringLiteral("array");
    case FieldType::Decimal: return QStringLiteral("decimal");
    }
    return {};
}

namespace {
bool isInteger(const QJsonValue& v)
{
    if (!v.isDouble()) return false;
    const double d = v.toDouble();
    return d == static_cast<double>(v.toInteger());
}

bool isDecimal(const QJsonValue& v)
{
    if (v.isDouble()) return true;
    if (!v.isString()) return false;
    bool okNum = false;
    v.toString().trimmed().toDouble(&okNum);
    return okNum;
}
}  // namespace

Status validatePayload(const CommandSpec& spec, const QJsonObject& payload)
{
    for (const FieldDoc& f : spec.fields) {
        const QJsonValue v = payload.value(f.name);
        if (v.isUndefined() || v.isNull()) {
            if (f.required)
                return refuse(QStringLiteral("payload.missing_field"),
                              QStringLiteral("%1 needs the field \"%2\" (%3).").arg(spec.name, f.name, f.description));
            continue;
        }
        bool good = true;
        switch (f.type) {
        case FieldType::Text: good = v.isString(); break;
        case FieldType::Integer: good = isInteger(v); break;
        case FieldType::Boolean: good = v.isBool(); break;
        case FieldType::Enum: good = v.isString() && f.values.contains(v.toString()); break;
        case FieldType::Object: good = v.isObject(); break;
        case FieldType::Array: good = v.isArray(); break;
        case FieldType::Decimal: good = isDecimal(v); break;
        }
        if (!good) {
            const QString expected = f.type == FieldType::Enum ? QStringLiteral("one of: %1").arg(f.values.join(QStringLiteral(", ")))
                                                               : QStringLiteral("a %1").arg(fieldTypeName(f.type));
            return refuse(QStringLiteral("payload.wrong_type"),
                          QStringLiteral("%1: the field \"%2\" must be %3.").arg(spec.name, f.name, expected));
        }
    }
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        const bool known = std::any_of(spec.fields.begin(), spec.fields.end(), [&](const FieldDoc& f) { return f.name == it.key(); });
        if (!known)
            return refuse(QStringLiteral("payload.unknown_field"),
                          QStringLiteral("%1 has no field \"%2\". See docs/COMMANDS.md for its fields.").arg(spec.name, it.key()));
    }
    return ok();
}

void CommandCatalog::add(CommandSpec spec) { specs_.push_back(std::move(spec)); }

const CommandSpec* CommandCatalog::find(const QString& name) const
{
    for (const CommandSpec& s : specs_)
        if (s.name == name) return &s;
    return nullptr;
}

QList<const CommandSpec*> CommandCatalog::all() const
{
    QList<const CommandSpec*> out;
    for (const CommandSpec& s : specs_) out << &s;
    std::sort(out.begin(), out.end(), [](const CommandSpec* a, const CommandSpec* b) {
        return a->context != b->context ? a->context < b->context : a->name < b->name;
    });
    return out;
}

QString CommandCatalog::markdown() const
{
    QString md;
    md += QStringLiteral("# Tracelot commands\n\n"
                         "Generated from the code by `tracelot-cli commands --markdown`; do not edit by hand.\n\n"
                         "Run any command with `tracelot-cli --db FILE exec <Command> --json '<payload>' --as <user>`.\n"
                         "Exit codes: 0 accepted (the events are printed as JSON lines), 3 refused (the reason on stderr),\n"
                         "2 bad usage or a malformed payload (unknown command, missing or mistyped field, unknown field).\n\n");
    QString context;
    for (const CommandSpec* s : all()) {
        if (s->context != context) {
            context = s->context;
            md += QStringLiteral("## %1\n\n").arg(context);
        }
        md += QStringLiteral("### %1\n\n%2\n\n").arg(s->name, s->summary);
        QStringList roleLabels;
        for (const QString& r : s->roles) roleLabels << roleLabel(r);
        md += QStringLiteral("- Who: %1\n").arg(s->allowWithoutUser ? QStringLiteral("anyone, only while the database has no user")
                                                 : roleLabels.isEmpty() ? QStringLiteral("any signed-in user")
                                                                        : roleLabels.join(QStringLiteral(", ")));
        md += QStringLiteral("- Emits: %1\n\n").arg(s->emits.isEmpty() ? QStringLiteral("—") : QLatin1Char('`') + s->emits.join(QStringLiteral("`, `")) + QLatin1Char('`'));
        md += QStringLiteral("| field | type | required | meaning |\n|---|---|---|---|\n");
        for (const FieldDoc& f : s->fields) {
            const QString type = f.type == FieldType::Enum ? QStringLiteral("one of `%1`").arg(f.values.join(QStringLiteral("`, `"))) : fieldTypeName(f.type);
            md += QStringLiteral("| `%1` | %2 | %3 | %4 |\n").arg(f.name, type, f.required ? QStringLiteral("yes") : QStringLiteral("no"), f.description);
        }
        md += QLatin1Char('\n');
    }
    return md;
}

}  // namespace tracelot

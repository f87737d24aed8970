// Catalog create/edit form view model (see catalogeditor.h).
#include "catalog/catalogeditor.h"

#include "catalog/catalogmodule.h"
#include "catalog/cataloglabels.h"
#include "catalog/formfieldmodel.h"
#include "eventstore/database.h"
#include "shell/session.h"
#include "shell/uitext.h"
#include "workspace/workspace.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCatalogEditor, "tracelot.ui.catalog.editor")

namespace tracelot::ui {

QString catalogFieldOf(catalog::Kind kind, const QString& code)
{
    for (const char* prefix : {"catalog.invalid_", "catalog.missing_"})
        if (code.startsWith(QLatin1String(prefix))) return code.mid(static_cast<int>(qstrlen(prefix)));
    const bool product = kind == catalog::Kind::Product;
    if (code == QLatin1String("catalog.code_taken")) return QStringLiteral("code");
    if (code == QLatin1String("catalog.gtin_taken")) return QStringLiteral("gtin");
    if (code == QLatin1String("catalog.gln_taken")) return QStringLiteral("gln");
    if (code == QLatin1String("catalog.temperature_range_inverted") || code == QLatin1String("catalog.temperature_range_missing"))
        return product ? QStringLiteral("storage_min_c") : QStringLiteral("temp_min_c");
    if (code == QLatin1String("catalog.min_shelf_life_too_long")) return QStringLiteral("min_shelf_life_days");
    if (code == QLatin1String("catalog.warning_too_early")) return QStringLiteral("expiry_warning_days");
    if (code == QLatin1String("catalog.location_description_missing")) return QStringLiteral("address");
    return {};
}

namespace {

bool isEmpty(const QJsonValue& v) { return v.isNull(); }

// The payload value for what the form holds: booleans as booleans, integers parsed,
// decimals with a decimal point (a German "4,5" too), everything else as trimmed text.
// An empty field is null: left out of a new record, and clears an optional field when
// revising (the pipeline takes null for "no value" whatever the field's type).
Result<QJsonValue> toPayload(const catalog::FieldSpec& f, const QVariant& v)
{
    if (f.type == FieldType::Boolean) return QJsonValue(v.toBool());
    QString t = v.toString().trimmed();
    if (t.isEmpty()) return QJsonValue(QJsonValue::Null);
    if (f.type == FieldType::Decimal) return QJsonValue(t.replace(QLatin1Char(','), QLatin1Char('.')).replace(QChar(0x2212), QLatin1Char('-')));
    if (f.type != FieldType::Integer) return QJsonValue(t);
    bool okNumber = false;
    const qint64 n = t.toLongLong(&okNumber);
    if (!okNumber)
        return refuse(QStringLiteral("ui.not_a_number"), CatalogEditor::tr("%1 must be a whole number.").arg(labels::field(f)));
    return QJsonValue(n);
}

}  // namespace

CatalogEditor::CatalogEditor(catalog::Kind kind, Session* session, QObject* parent)
    : QObject(parent), kind_(kind), session_(session), fields_(new FormFieldModel(kind, this))
{
}

QString CatalogEditor::title() const
{
    const catalog::KindSpec& k = catalog::spec(kind_);
    if (isNew()) return labels::newRecord(k);
    const QString code = original_.value(QLatin1String("code")).toString();
    return tr("%1 %2").arg(labels::singular(k), code);
}

int CatalogEditor::errorRow() const { return fields_->rowOf(errorField_); }

void CatalogEditor::startNew()
{
    recordId_.clear();
    original_ = {};
    active_ = true;
    fields_->load({});
    clearError();
    emit recordChanged();
}

bool CatalogEditor::startEdit(const QString& recordId)
{
    clearError();
    if (!session_ || !session_->workspace()) return fail(tr("No database is open."), {});
    const std::optional<QJsonObject> row = catalog::CatalogQueries(session_->workspace()->database().sql()).byId(kind_, recordId);
    if (!row) return fail(tr("This record no longer exists."), {});
    recordId_ = recordId;
    original_ = *row;
    active_ = row->value(QLatin1String("active")).toBool(true);
    fields_->load(original_);
    emit recordChanged();
    return true;
}

void CatalogEditor::setValue(int row, const QVariant& value) { fields_->setData(fields_->index(row), value, FormFieldModel::ValueRole); }

void CatalogEditor::setValueByName(const QString& name, const QVariant& value) { setValue(fields_->rowOf(name), value); }

bool CatalogEditor::save()
{
    QJsonObject payload;
    if (!isNew()) payload.insert(QStringLiteral("id"), recordId_);
    for (int row = 0; row < fields_->rowCount(); ++row) {
        const catalog::FieldSpec& f = fields_->spec(row);
        Result<QJsonValue> now = toPayload(f, fields_->value(row));
        if (!now) return fail(now.refusal().message, f.name);
        // The schema says which fields are required; say so before the pipeline answers
        // with its (script-oriented) "needs the field" refusal.
        if (f.required && isEmpty(now.value())) return fail(tr("%1 is required.").arg(labels::field(f)), f.name);
        if (isNew()) {
            // A new record gets every filled field; empty ones take the schema's default.
            if (!isEmpty(now.value())) payload.insert(f.name, now.value());
            continue;
        }
        // An edit sends only what changed; null clears an optional field.
        const Result<QJsonValue> before = toPayload(f, formValue(f, original_.value(f.name)));
        if (!before || before.value() != now.value()) payload.insert(f.name, now.value());
    }
    const catalog::KindSpec& k = catalog::spec(kind_);
    return run(isNew() ? k.defineCommand : k.reviseCommand, payload);
}

bool CatalogEditor::setActive(bool active)
{
    if (isNew()) return false;
    return run(catalog::spec(kind_).reviseCommand, {{QStringLiteral("id"), recordId_}, {QStringLiteral("active"), active}});
}

bool CatalogEditor::run(const QString& command, const QJsonObject& payload)
{
    if (!session_ || !session_->workspace()) return fail(tr("No database is open."), {});
    Result<Outcome> r = session_->workspace()->execute(session_->actor(), command, payload);
    if (!r) {
        qCInfo(lcCatalogEditor) << command << "refused:" << r.refusal().code;
        return fail(text::refusal(r.refusal()), catalogFieldOf(kind_, r.refusal().code));
    }
    QString id = payload.value(QLatin1String("id")).toString();
    for (const Event& e : r->events)
        if (id.isEmpty()) id = e.payload.value(QLatin1String("id")).toString();
    clearError();
    // Keep the form on the stored record (what the core normalised: upper-case codes, GTIN-14…).
    startEdit(id);
    emit saved(id);
    return true;
}

void CatalogEditor::clearError()
{
    fields_->setErrorField({});
    if (errorMessage_.isEmpty() && errorField_.isEmpty()) return;
    errorMessage_.clear();
    errorField_.clear();
    emit errorChanged();
}

bool CatalogEditor::fail(const QString& message, const QString& field)
{
    errorMessage_ = message;
    errorField_ = field;
    fields_->setErrorField(field);
    emit errorChanged();
    return false;
}

}  // namespace tracelot::ui

// The quality check definition form (see checktemplateform.h).
#include "quality/checktemplateform.h"

#include "catalog/catalogmodule.h"
#include "eventstore/database.h"
#include "inventory/commandaccess.h"
#include "quality/qualitymodule.h"
#include "shell/session.h"
#include "shell/uitext.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QVariantMap>

Q_LOGGING_CATEGORY(lcCheckTemplate, "tracelot.ui.quality.template")

namespace tracelot::ui {
namespace {

QVariantMap criterion(const QString& key, const QString& label, const QString& kind, const QString& unit, const QString& min, const QString& max)
{
    return {{QStringLiteral("key"), key}, {QStringLiteral("label"), label}, {QStringLiteral("kind"), kind},
            {QStringLiteral("unit"), unit}, {QStringLiteral("min"), min},   {QStringLiteral("max"), max}};
}

}  // namespace

CheckTemplateForm::CheckTemplateForm(QObject* parent) : QObject(parent) {}

CheckTemplateForm::CheckTemplateForm(Session* session, QObject* parent) : QObject(parent) { setSession(session); }

void CheckTemplateForm::setSession(Session* session)
{
    if (session_ == session) return;
    if (session_) disconnect(session_, nullptr, this, nullptr);
    session_ = session;
    if (session_) connect(session_, &Session::userChanged, this, &CheckTemplateForm::permissionsChanged);
    emit sessionChanged();
    emit permissionsChanged();
}

QVariantList CheckTemplateForm::kindOptions() const
{
    return {QVariantMap{{QStringLiteral("value"), QStringLiteral("pass_fail")}, {QStringLiteral("label"), tr("Pass or fail")}},
            QVariantMap{{QStringLiteral("value"), QStringLiteral("measure")}, {QStringLiteral("label"), tr("Measured value")}}};
}

bool CheckTemplateForm::canDefine() const { return access::mayRun(session_, QStringLiteral("DefineQualityCheck")); }

QString CheckTemplateForm::permissionNote() const { return access::needs(session_, tr("Defining a quality check"), QStringLiteral("DefineQualityCheck")); }

void CheckTemplateForm::start(const QString& productId)
{
    productId_ = productId;
    productName_.clear();
    revision_ = 0;
    criteria_.clear();
    Workspace* ws = session_ ? session_->workspace() : nullptr;
    if (ws && !productId.isEmpty()) {
        QSqlDatabase db = ws->database().sql();
        if (const auto p = catalog::CatalogQueries(db).byId(catalog::Kind::Product, productId)) productName_ = p->value(QLatin1String("name")).toString();
        const quality::TemplateState t = quality::QualityQueries(db).checkTemplate(productId);
        revision_ = t.revision;
        for (const quality::Criterion& c : t.criteria) criteria_ << criterion(c.key, c.label, c.kind, c.unit, c.min, c.max);
    }
    if (criteria_.isEmpty()) criteria_ << criterion({}, {}, QStringLiteral("pass_fail"), {}, {}, {});
    fail({}, -1);
    emit loaded();
    emit criteriaChanged();
}

void CheckTemplateForm::addCriterion()
{
    criteria_ << criterion({}, {}, QStringLiteral("pass_fail"), {}, {}, {});
    emit criteriaChanged();
}

void CheckTemplateForm::removeCriterion(int row)
{
    if (row < 0 || row >= criteria_.size()) return;
    criteria_.removeAt(row);
    emit criteriaChanged();
}

void CheckTemplateForm::setValue(int row, const QString& name, const QString& value)
{
    if (row < 0 || row >= criteria_.size()) return;
    QVariantMap c = criteria_.at(row).toMap();
    if (c.value(name).toString() == value) return;
    c.insert(name, value);
    criteria_[row] = c;
    if (name == QLatin1String("kind")) emit criteriaChanged();
}

QString CheckTemplateForm::keyFor(const QString& label, const QStringList& taken)
{
    QString key = label.normalized(QString::NormalizationForm_KD).toLower();
    key.remove(QRegularExpression(QStringLiteral("[^a-z0-9 _-]")));
    key = key.simplified().replace(QRegularExpression(QStringLiteral("[ -]+")), QStringLiteral("_"));
    if (key.isEmpty()) key = QStringLiteral("criterion");
    key = key.left(40);
    QString unique = key;
    for (int n = 2; taken.contains(unique); ++n) unique = QStringLiteral("%1_%2").arg(key).arg(n);
    return unique;
}

bool CheckTemplateForm::save()
{
    fail({}, -1);
    Workspace* ws = session_ ? session_->workspace() : nullptr;
    if (!ws) return fail(tr("No database is open."), -1);
    QJsonArray list;
    QStringList keys;
    for (int i = 0; i < criteria_.size(); ++i) {
        const QVariantMap c = criteria_.at(i).toMap();
        const QString label = c.value(QStringLiteral("label")).toString().trimmed();
        if (label.isEmpty()) return fail(tr("Criterion %1 needs a name.").arg(i + 1), i);
        QString key = c.value(QStringLiteral("key")).toString();
        if (key.isEmpty() || keys.contains(key)) key = keyFor(label, keys);
        keys << key;
        QJsonObject o{{QStringLiteral("key"), key}, {QStringLiteral("label"), label}, {QStringLiteral("kind"), c.value(QStringLiteral("kind")).toString()}};
        if (c.value(QStringLiteral("kind")).toString() == QLatin1String("measure")) {
            const auto number = [](QString s) { return s.trimmed().replace(QLatin1Char(','), QLatin1Char('.')).replace(QChar(0x2212), QLatin1Char('-')); };
            const QString min = number(c.value(QStringLiteral("min")).toString()), max = number(c.value(QStringLiteral("max")).toString());
            if (min.isEmpty() && max.isEmpty()) return fail(tr("“%1” is measured: give a lower limit, an upper limit, or both.").arg(label), i);
            if (!c.value(QStringLiteral("unit")).toString().trimmed().isEmpty()) o.insert(QStringLiteral("unit"), c.value(QStringLiteral("unit")).toString().trimmed());
            if (!min.isEmpty()) o.insert(QStringLiteral("min"), min);
            if (!max.isEmpty()) o.insert(QStringLiteral("max"), max);
        }
        list.append(o);
    }
    Result<Outcome> r = ws->execute(session_->actor(), QStringLiteral("DefineQualityCheck"),
                                    {{QStringLiteral("product_id"), productId_}, {QStringLiteral("criteria"), list}});
    if (!r) {
        qCInfo(lcCheckTemplate) << "DefineQualityCheck refused:" << r.refusal().code;
        return fail(text::refusal(r.refusal()), -1);
    }
    start(productId_);
    emit saved();
    return true;
}

bool CheckTemplateForm::fail(const QString& message, int row)
{
    errorMessage_ = message;
    errorRow_ = row;
    emit errorChanged();
    return false;
}

}  // namespace tracelot::ui

// The quality check form (see checkform.h).
#include "quality/checkform.h"

#include "eventstore/database.h"
#include "eventstore/eventstore.h"
#include "inventory/inventory.h"
#include "quality/qualitymodule.h"
#include "shell/session.h"
#include "shell/uitext.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCheckForm, "tracelot.ui.quality.check")

namespace tracelot::ui {
namespace {

QString limit(const QString& v) { return v.isEmpty() ? QString() : QLocale().toString(v.toDouble(), 'f', v.contains(QLatin1Char('.')) ? 1 : 0); }

QString limitsText(const quality::Criterion& c)
{
    if (c.kind != QLatin1String("measure")) return {};
    const QString lo = limit(c.min), hi = limit(c.max);
    QString range;
    if (!lo.isEmpty() && !hi.isEmpty()) range = QStringLiteral("%1 … %2").arg(lo, hi);
    else if (!lo.isEmpty()) range = QStringLiteral("≥ %1").arg(lo);
    else if (!hi.isEmpty()) range = QStringLiteral("≤ %1").arg(hi);
    else return c.unit;
    return c.unit.isEmpty() ? range : QStringLiteral("%1 %2").arg(range, c.unit);
}

}  // namespace

CheckForm::CheckForm(Session* session, QObject* parent) : QAbstractListModel(parent), session_(session) {}

void CheckForm::start(const QString& lotId)
{
    beginResetModel();
    lotId_ = lotId;
    criteria_.clear();
    answers_.clear();
    note_.clear();
    Workspace* ws = session_ ? session_->workspace() : nullptr;
    if (ws && !lotId.isEmpty()) {
        const inventory::LotState lot = inventory::fold(ws->store().readStream(inventory::lotStream(lotId)));
        criteria_ = quality::QualityQueries(ws->database().sql()).checkTemplate(lot.productId).criteria;
        for (size_t i = 0; i < criteria_.size(); ++i) answers_ << QString();
    }
    endResetModel();
    errorMessage_.clear();
    errorRow_ = -1;
    resultMessage_.clear();
    emit loaded();
    emit answersChanged();
    emit errorChanged();
    emit resultChanged();
}

void CheckForm::setAnswer(int row, const QString& answer)
{
    if (row < 0 || row >= answers_.size() || answers_.at(row) == answer) return;
    answers_[row] = answer;
    const QModelIndex i = index(row);
    emit dataChanged(i, i, {AnswerRole, AnsweredRole});
    emit answersChanged();
}

void CheckForm::setNote(const QString& note)
{
    if (note_ == note) return;
    note_ = note;
    emit answersChanged();
}

int CheckForm::answered() const
{
    int n = 0;
    for (const QString& a : answers_)
        if (!a.trimmed().isEmpty()) ++n;
    return n;
}

bool CheckForm::fail(const QString& message, int row)
{
    const int before = errorRow_;
    errorMessage_ = message;
    errorRow_ = row;
    if (before >= 0 && before < rowCount()) emit dataChanged(index(before), index(before), {HasErrorRole});
    if (row >= 0 && row < rowCount()) emit dataChanged(index(row), index(row), {HasErrorRole});
    emit errorChanged();
    return false;
}

bool CheckForm::submit()
{
    fail({}, -1);
    Workspace* ws = session_ ? session_->workspace() : nullptr;
    if (!ws) return fail(tr("No database is open."), -1);
    if (criteria_.empty()) return fail(tr("This product has no quality check defined yet; a QA technician defines it first."), -1);
    QJsonArray results;
    for (size_t i = 0; i < criteria_.size(); ++i) {
        const quality::Criterion& c = criteria_.at(i);
        const QString a = answers_.at(static_cast<int>(i)).trimmed();
        if (a.isEmpty())
            return fail(tr("“%1” has not been checked yet: every criterion must be tested before the check is recorded.").arg(c.label), static_cast<int>(i));
        if (c.kind == QLatin1String("measure")) {
            QString v = a;
            v.replace(QLatin1Char(','), QLatin1Char('.')).replace(QChar(0x2212), QLatin1Char('-'));
            bool okNumber = false;
            v.toDouble(&okNumber);
            if (!okNumber) return fail(tr("“%1” needs a measured number, e.g. 3.5.").arg(c.label), static_cast<int>(i));
            results.append(QJsonObject{{QStringLiteral("key"), c.key}, {QStringLiteral("value"), v}});
        } else {
            results.append(QJsonObject{{QStringLiteral("key"), c.key}, {QStringLiteral("passed"), a == QLatin1String("pass")}});
        }
    }
    QJsonObject p{{QStringLiteral("lot_id"), lotId_}, {QStringLiteral("results"), results}};
    if (!note_.trimmed().isEmpty()) p.insert(QStringLiteral("note"), note_.trimmed());
    Result<Outcome> r = ws->execute(session_->actor(), QStringLiteral("RecordQualityCheck"), p);
    if (!r) {
        qCInfo(lcCheckForm) << "RecordQualityCheck refused:" << r.refusal().code;
        return fail(text::refusal(r.refusal()), -1);
    }
    resultPassed_ = false;
    QString holdNumber;
    for (const Event& e : r->events) {
        if (e.type == QLatin1String("quality_check.passed")) resultPassed_ = true;
        if (e.type == QLatin1String("hold.placed")) holdNumber = e.payload.value(QLatin1String("number")).toString();
    }
    resultMessage_ = resultPassed_ ? tr("The check passed. The lot can now be released with a signature.")
                                   : holdNumber.isEmpty() ? tr("The check failed.")
                                                          : tr("The check failed; the lot is on hold %1.").arg(holdNumber);
    emit resultChanged();
    return true;
}

int CheckForm::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(criteria_.size()); }

QVariant CheckForm::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const quality::Criterion& c = criteria_.at(static_cast<size_t>(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole: return c.label;
    case KeyRole: return c.key;
    case KindRole: return c.kind;
    case UnitRole: return c.unit;
    case LimitsRole: return limitsText(c);
    case AnswerRole: return answers_.at(index.row());
    case AnsweredRole: return !answers_.at(index.row()).trimmed().isEmpty();
    case HasErrorRole: return index.row() == errorRow_;
    default: return {};
    }
}

QHash<int, QByteArray> CheckForm::roleNames() const
{
    return {{KeyRole, "key"},       {LabelRole, "label"},   {KindRole, "kind"},         {UnitRole, "unit"},
            {LimitsRole, "limits"}, {AnswerRole, "answer"}, {AnsweredRole, "answered"}, {HasErrorRole, "hasError"}};
}

}  // namespace tracelot::ui

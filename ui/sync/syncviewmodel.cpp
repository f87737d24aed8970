// The Sync tabs (see syncviewmodel.h).
#include "sync/syncviewmodel.h"

#include "common/canonicaljson.h"
#include "eventstore/database.h"
#include "eventstore/statement.h"
#include "identity/roles.h"
#include "pipeline/commandbus.h"
#include "shell/session.h"
#include "shell/uitext.h"
#include "sync/syncservice.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <algorithm>
#include <QSysInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace tracelot::ui {
namespace {
QString when(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat) : QString();
}

// "MoveStock" → "Move stock"; "hold.placed" → "hold placed".
QString words(const QString& name)
{
    QString out;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c == QLatin1Char('.') || c == QLatin1Char('_')) {
            out += QLatin1Char(' ');
            continue;
        }
        if (c.isUpper() && i > 0) out += QLatin1Char(' ');
        out += i > 0 ? c.toLower() : c;
    }
    return out;
}

class NoTransport final : public sync::SyncTransport {
public:
    Result<sync::PushReply> push(const sync::PushRequest&) override { return refuse(QStringLiteral("sync.offline"), QString()); }
    Result<sync::PullReply> pull(qint64, int, int, qint64) override { return refuse(QStringLiteral("sync.offline"), QString()); }
};
}  // namespace

// --- SyncConflictModel -------------------------------------------------------------------

void SyncConflictModel::reset(QList<sync::Conflict> rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const sync::Conflict& a, const sync::Conflict& b) {
        if (a.resolution.isEmpty() != b.resolution.isEmpty()) return a.resolution.isEmpty();
        return a.resolution.isEmpty() ? a.deviceSeq < b.deviceSeq : a.deviceSeq > b.deviceSeq;
    });
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    emit countChanged();
}

int SyncConflictModel::rowOf(qint64 deviceSeq) const
{
    for (int i = 0; i < rows_.size(); ++i)
        if (rows_.at(i).deviceSeq == deviceSeq) return i;
    return -1;
}

int SyncConflictModel::open() const
{
    return static_cast<int>(std::count_if(rows_.cbegin(), rows_.cend(), [](const sync::Conflict& c) { return c.resolution.isEmpty(); }));
}

int SyncConflictModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : count(); }

QVariant SyncConflictModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const sync::Conflict& c = rows_.at(index.row());
    switch (role) {
    case DeviceSeqRole: return c.deviceSeq;
    case CommandRole: return c.name;
    case Qt::DisplayRole:
    case TitleRole: return words(c.name);
    case ByRole: return c.recordedByName;
    case WhenRole: return when(c.issuedAt);
    case WhyRole: return c.message;
    case SourceRole: return c.source;
    case ResolutionRole: return c.resolution;
    case StatusTextRole:
        if (c.resolution == QLatin1String("discarded")) return tr("Discarded");
        if (c.resolution == QLatin1String("retried")) return tr("Retried");
        return tr("Open");
    default: return {};
    }
}

QHash<int, QByteArray> SyncConflictModel::roleNames() const
{
    return {{DeviceSeqRole, "deviceSeq"}, {CommandRole, "command"}, {TitleRole, "title"},         {ByRole, "by"},
            {WhenRole, "when"},           {WhyRole, "why"},         {SourceRole, "source"},       {ResolutionRole, "resolution"},
            {StatusTextRole, "statusText"}};
}

// --- SyncViewModel -----------------------------------------------------------------------

SyncViewModel::SyncViewModel(QObject* parent) : QObject(parent), conflicts_(std::make_unique<SyncConflictModel>()) {}

SyncViewModel::SyncViewModel(Session* session, QObject* parent) : SyncViewModel(parent) { setSession(session); }

SyncViewModel::~SyncViewModel() = default;

void SyncViewModel::setSession(Session* session)
{
    if (session_ == session) return;
    if (session_) disconnect(session_, nullptr, this, nullptr);
    session_ = session;
    if (session_) {
        connect(session_, &Session::workspaceChanged, this, &SyncViewModel::attach);
        connect(session_, &Session::userChanged, this, &SyncViewModel::permissionsChanged);
        // The counts in the status line and this page move together.
        connect(SyncService::of(session_), &SyncService::changed, this, [this] {
            const SyncService* s = status();
            if (s && (s->conflicts() != conflicts_->open() || s->parked() != parked_.size())) reload();
        });
    }
    attach();
    emit sessionChanged();
    emit permissionsChanged();
}

SyncService* SyncViewModel::status() const { return SyncService::of(session_); }

void SyncViewModel::attach()
{
    setAction({}, {});
    reload();
}

void SyncViewModel::reload()
{
    Workspace* ws = session_ ? session_->workspace() : nullptr;
    const qint64 keep = conflicts_->at(currentRow_) ? conflicts_->at(currentRow_)->deviceSeq : -1;
    if (!ws) {
        conflicts_->reset({});
        parked_.clear();
    } else {
        NoTransport none;
        sync::SyncClient client(*ws, none);
        conflicts_->reset(client.conflicts(false));
        parked_.clear();
        sql::Statement q(ws->database().sql(), QStringLiteral("SELECT p.device_seq, p.attempts, p.last_error, p.parked_at, c.name FROM sync_parked p"
                                                              " LEFT JOIN pending_commands c ON c.device_seq = p.device_seq WHERE p.parked_at > 0"
                                                              " ORDER BY p.device_seq"));
        while (q.step())
            parked_ << QVariantMap{{QStringLiteral("deviceSeq"), q.int64(0)},
                                   {QStringLiteral("attempts"), q.int64(1)},
                                   {QStringLiteral("error"), q.text(2)},
                                   {QStringLiteral("when"), when(q.int64(3))},
                                   {QStringLiteral("title"), words(q.text(4))}};
    }
    emit parkedChanged();
    const int row = conflicts_->rowOf(keep);
    currentRow_ = row >= 0 ? row : (conflicts_->open() > 0 ? 0 : -1);
    emit currentChanged();
    if (SyncService* s = status()) {
        if (s->conflicts() != conflicts_->open() || s->parked() != parked_.size()) s->refresh();
    }
}

void SyncViewModel::setCurrentRow(int row)
{
    if (row == currentRow_) return;
    currentRow_ = conflicts_->at(row) ? row : -1;
    setAction({}, {});
    emit currentChanged();
}

QString SyncViewModel::describeValue(const QString& key, const QJsonValue& value) const
{
    Workspace* ws = session_ ? session_->workspace() : nullptr;
    if (ws && key == QLatin1String("lot_id") && value.isString()) {
        sql::Statement q(ws->database().sql(), QStringLiteral("SELECT tlc FROM inventory_lots WHERE lot_id = ?"));
        q.bind(1, value.toString());
        if (q.step()) return tr("lot %1").arg(q.text(0));
    }
    if (ws && key.endsWith(QLatin1String("location_id")) && value.isString()) {
        sql::Statement q(ws->database().sql(), QStringLiteral("SELECT json_extract(record, '$.code'), json_extract(record, '$.name') FROM catalog_locations WHERE id = ?"));
        q.bind(1, value.toString());
        if (q.step()) return tr("%1 (%2)").arg(q.text(1), q.text(0));
    }
    if (ws && key == QLatin1String("product_id") && value.isString()) {
        sql::Statement q(ws->database().sql(), QStringLiteral("SELECT json_extract(record, '$.name') FROM catalog_products WHERE id = ?"));
        q.bind(1, value.toString());
        if (q.step()) return q.text(0);
    }
    if (value.isString()) return value.toString();
    if (value.isDouble()) return QString::number(value.toInteger());
    if (value.isBool()) return value.toBool() ? tr("yes") : tr("no");
    return QString::fromUtf8(canonicalJson(value));
}

QVariantMap SyncViewModel::current() const
{
    const sync::Conflict* c = conflicts_->at(currentRow_);
    if (!c) return {};
    QVariantList tried;
    for (auto it = c->payload.constBegin(); it != c->payload.constEnd(); ++it)
        tried << QVariantMap{{QStringLiteral("label"), words(QString(it.key()).remove(QRegularExpression(QStringLiteral("_id$"))))}, {QStringLiteral("value"), describeValue(it.key(), it.value())}};
    QVariantList other;
    for (const QJsonValue& v : c->otherSide) {
        const QJsonObject o = v.toObject();
        QStringList facts;
        const QJsonObject p = o.value(QLatin1String("payload")).toObject();
        for (const char* k : {"reason", "quantity", "to_location_id", "number"})
            if (p.contains(QLatin1String(k))) facts << QStringLiteral("%1: %2").arg(words(QLatin1String(k)), describeValue(QLatin1String(k), p.value(QLatin1String(k))));
        other << QVariantMap{{QStringLiteral("who"), o.value(QLatin1String("recorded_by")).toString()},
                             {QStringLiteral("what"), words(o.value(QLatin1String("type")).toString())},
                             {QStringLiteral("facts"), facts.join(QStringLiteral(", "))},
                             {QStringLiteral("when"), when(o.value(QLatin1String("occurred_at")).toInteger())},
                             {QStringLiteral("device"), o.value(QLatin1String("device_id")).toString()}};
    }
    // The payload to edit for "retry differently": only the fields the command takes.
    QJsonObject editable;
    Workspace* ws = session_ ? session_->workspace() : nullptr;
    const CommandSpec* spec = ws ? ws->commands().find(c->name) : nullptr;
    for (auto it = c->payload.constBegin(); it != c->payload.constEnd(); ++it) {
        bool known = spec == nullptr;
        if (spec)
            for (const FieldDoc& f : spec->fields) known = known || f.name == it.key();
        if (known) editable.insert(it.key(), it.value());
    }
    return {{QStringLiteral("deviceSeq"), c->deviceSeq},
            {QStringLiteral("command"), c->name},
            {QStringLiteral("title"), words(c->name)},
            {QStringLiteral("by"), c->recordedByName},
            {QStringLiteral("when"), when(c->issuedAt)},
            {QStringLiteral("why"), c->message},
            {QStringLiteral("code"), c->code},
            {QStringLiteral("source"), c->source},
            {QStringLiteral("sourceText"), c->source == QLatin1String("server") ? tr("The sync server refused it when it re-checked the rules.")
                                                                                 : tr("It was refused here when it was re-run on top of the server's events.")},
            {QStringLiteral("detected"), when(c->detectedAt)},
            {QStringLiteral("resolution"), c->resolution},
            {QStringLiteral("open"), c->resolution.isEmpty()},
            {QStringLiteral("tried"), tried},
            {QStringLiteral("otherSide"), other},
            {QStringLiteral("payloadText"), QString::fromUtf8(QJsonDocument(editable).toJson(QJsonDocument::Indented))}};
}

bool SyncViewModel::canResolve() const { return session_ && session_->signedIn(); }

bool SyncViewModel::canEnrol() const { return session_ && session_->isAdmin(); }

QString SyncViewModel::enrolNote() const
{
    return canEnrol() ? QString() : tr("Enrolling this workstation with a sync server needs the %1 role.").arg(text::roleLabel(role::Admin));
}

void SyncViewModel::setAction(const QString& error, const QString& message)
{
    if (actionError_ == error && actionMessage_ == message) return;
    actionError_ = error;
    actionMessage_ = message;
    emit actionChanged();
}

void SyncViewModel::clearAction() { setAction({}, {}); }

bool SyncViewModel::discard()
{
    const sync::Conflict* c = conflicts_->at(currentRow_);
    Workspace* ws = session_ ? session_->workspace() : nullptr;
    if (!c || !ws || !c->resolution.isEmpty() || !canResolve()) return false;
    const QString title = words(c->name);
    NoTransport none;
    if (Status s = sync::SyncClient(*ws, none).discardConflict(c->deviceSeq, session_->actor()); !s) {
        setAction(text::refusal(s.refusal()), {});
        return false;
    }
    reload();
    setAction({}, tr("%1 was discarded. It stays in this list for the record.").arg(title));
    return true;
}

bool SyncViewModel::retry(const QString& payloadJson)
{
    const sync::Conflict* c = conflicts_->at(currentRow_);
    Workspace* ws = session_ ? session_->workspace() : nullptr;
    if (!c || !ws || !c->resolution.isEmpty() || !canResolve()) return false;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(payloadJson.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        setAction(tr("The changed values could not be read: %1 (at character %2).").arg(error.errorString()).arg(error.offset), {});
        return false;
    }
    const qint64 seq = c->deviceSeq;
    const QString name = c->name;
    NoTransport none;
    Result<Outcome> r = sync::SyncClient(*ws, none).retryConflict(seq, session_->actor(), name, doc.object());
    if (!r) {
        setAction(text::refusal(r.refusal()), {});
        return false;
    }
    reload();
    setAction({}, tr("%1 was recorded again with the changed values; it goes to the server with the next sync.").arg(words(name)));
    return true;
}

void SyncViewModel::enrol(const QString& serverUrl, const QString& caFile, const QString& code, const QString& deviceName)
{
    if (!canEnrol()) return;
    if (SyncService* s = status()) s->enrol(serverUrl, caFile, code, deviceName);
}

void SyncViewModel::retryParked()
{
    if (SyncService* s = status()) s->retryParked();
    reload();
}

void SyncViewModel::syncNow()
{
    if (SyncService* s = status()) s->syncNow();
}

QString SyncViewModel::localFile(const QUrl& url) const { return url.isLocalFile() ? url.toLocalFile() : url.toString(); }

QString SyncViewModel::suggestedDeviceName() const { return QSysInfo::machineHostName(); }

}  // namespace tracelot::ui

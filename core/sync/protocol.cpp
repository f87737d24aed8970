#include "sync/protocol.h"

#include "common/canonicaljson.h"

#include <QJsonArray>

namespace tracelot::sync {
namespace {
QString str(const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toString(); }
qint64 num(const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toInteger(); }
Refusal malformed(const QString& what)
{
    return refuse(QStringLiteral("sync.malformed"), QStringLiteral("The sync message is malformed: %1.").arg(what));
}
}  // namespace

QJsonObject eventToJson(const Event& e) { return e.envelope(); }

Result<Event> eventFromJson(const QJsonObject& o)
{
    Event e = Event::fromEnvelope(o);
    if (e.eventId.isEmpty() || e.type.isEmpty() || e.stream.isEmpty() || e.streamVersion <= 0 || !o.value(QLatin1String("payload")).isObject())
        return malformed(QStringLiteral("an event lacks its id, type, stream, stream version or payload"));
    return e;
}

QJsonObject StoredCommand::toJson() const
{
    QJsonArray events;
    for (const Event& e : provisional) events.append(eventToJson(e));
    return QJsonObject{{QStringLiteral("device_id"), deviceId},       {QStringLiteral("device_seq"), deviceSeq},
                       {QStringLiteral("command_id"), commandId},     {QStringLiteral("name"), name},
                       {QStringLiteral("payload"), payload},          {QStringLiteral("recorded_by"), recordedBy},
                       {QStringLiteral("issued_at"), issuedAt},       {QStringLiteral("events"), events},
                       {QStringLiteral("withdrawn"), withdrawn}};
}

Result<StoredCommand> StoredCommand::fromJson(const QJsonObject& o)
{
    StoredCommand c;
    c.deviceId = str(o, "device_id");
    c.deviceSeq = num(o, "device_seq");
    c.commandId = str(o, "command_id");
    c.name = str(o, "name");
    c.payload = o.value(QLatin1String("payload")).toObject();
    c.recordedBy = str(o, "recorded_by");
    c.issuedAt = num(o, "issued_at");
    c.withdrawn = o.value(QLatin1String("withdrawn")).toBool();
    if (c.deviceSeq <= 0 || c.commandId.isEmpty() || c.name.isEmpty() || !o.value(QLatin1String("payload")).isObject())
        return malformed(QStringLiteral("a command lacks its device sequence, id, name or payload"));
    for (const QJsonValue& v : o.value(QLatin1String("events")).toArray()) {
        Result<Event> e = eventFromJson(v.toObject());
        if (!e) return e.refusal();
        c.provisional.push_back(std::move(e).value());
    }
    return c;
}

QJsonObject CommandAnswer::toJson() const
{
    QJsonObject o{{QStringLiteral("device_seq"), deviceSeq},
                  {QStringLiteral("command_id"), commandId},
                  {QStringLiteral("status"), status == AnswerStatus::Accepted ? QStringLiteral("accepted") : QStringLiteral("refused")}};
    if (status == AnswerStatus::Refused) {
        o.insert(QStringLiteral("code"), code);
        o.insert(QStringLiteral("message"), message);
    } else {
        o.insert(QStringLiteral("first_seq"), firstSeq);
        o.insert(QStringLiteral("last_seq"), lastSeq);
    }
    if (duplicate) o.insert(QStringLiteral("duplicate"), true);
    return o;
}

CommandAnswer CommandAnswer::fromJson(const QJsonObject& o)
{
    CommandAnswer a;
    a.deviceSeq = num(o, "device_seq");
    a.commandId = str(o, "command_id");
    a.status = str(o, "status") == QLatin1String("refused") ? AnswerStatus::Refused : AnswerStatus::Accepted;
    a.code = str(o, "code");
    a.message = str(o, "message");
    a.firstSeq = num(o, "first_seq");
    a.lastSeq = num(o, "last_seq");
    a.duplicate = o.value(QLatin1String("duplicate")).toBool();
    return a;
}

QJsonObject PushRequest::toJson() const
{
    QJsonArray list;
    for (const StoredCommand& c : commands) list.append(c.toJson());
    return QJsonObject{{QStringLiteral("device_id"), deviceId}, {QStringLiteral("commands"), list}};
}

Result<PushRequest> PushRequest::fromJson(const QJsonObject& o)
{
    PushRequest r;
    r.deviceId = str(o, "device_id");
    if (!o.value(QLatin1String("commands")).isArray()) return malformed(QStringLiteral("no list of commands"));
    for (const QJsonValue& v : o.value(QLatin1String("commands")).toArray()) {
        Result<StoredCommand> c = StoredCommand::fromJson(v.toObject());
        if (!c) return c.refusal();
        r.commands.push_back(std::move(c).value());
    }
    return r;
}

QJsonObject PushReply::toJson() const
{
    QJsonArray list;
    for (const CommandAnswer& a : answers) list.append(a.toJson());
    QJsonObject o{{QStringLiteral("answers"), list}, {QStringLiteral("high_water"), highWater}, {QStringLiteral("head"), head}};
    if (!stoppedCode.isEmpty()) {
        o.insert(QStringLiteral("stopped_code"), stoppedCode);
        o.insert(QStringLiteral("stopped_message"), stoppedMessage);
    }
    return o;
}

QByteArray PushReply::toJsonBytes() const
{
    QByteArray out;
    out.reserve(static_cast<qsizetype>(answers.size()) * 96 + 64);
    const auto key = [&](const char* k) { out.append('"').append(k).append("\":"); };
    const auto text = [&](const QString& t) { appendJsonString(out, t.toUtf8()); };
    out.append("{\"answers\":[");
    for (size_t i = 0; i < answers.size(); ++i) {
        const CommandAnswer& a = answers[i];
        out.append(i ? ",{" : "{");
        key("command_id");
        text(a.commandId);
        out.append(',');
        key("device_seq");
        out.append(QByteArray::number(a.deviceSeq));
        if (a.duplicate) out.append(",\"duplicate\":true");
        if (a.status == AnswerStatus::Refused) {
            out.append(',');
            key("code");
            text(a.code);
            out.append(',');
            key("message");
            text(a.message);
            out.append(",\"status\":\"refused\"}");
        } else {
            out.append(',');
            key("first_seq");
            out.append(QByteArray::number(a.firstSeq));
            out.append(',');
            key("last_seq");
            out.append(QByteArray::number(a.lastSeq));
            out.append(",\"status\":\"accepted\"}");
        }
    }
    out.append("],");
    key("head");
    out.append(QByteArray::number(head));
    out.append(',');
    key("high_water");
    out.append(QByteArray::number(highWater));
    if (!stoppedCode.isEmpty()) {
        out.append(',');
        key("stopped_code");
        text(stoppedCode);
        out.append(',');
        key("stopped_message");
        text(stoppedMessage);
    }
    out.append('}');
    return out;
}

PushReply PushReply::fromJson(const QJsonObject& o)
{
    PushReply r;
    for (const QJsonValue& v : o.value(QLatin1String("answers")).toArray()) r.answers.push_back(CommandAnswer::fromJson(v.toObject()));
    r.highWater = num(o, "high_water");
    r.head = num(o, "head");
    r.stoppedCode = str(o, "stopped_code");
    r.stoppedMessage = str(o, "stopped_message");
    return r;
}

QJsonObject PullReply::toJson() const
{
    QJsonArray list;
    for (const ServerEvent& se : events) {
        QJsonObject e = eventToJson(se.event);
        e.insert(QStringLiteral("global_seq"), se.globalSeq);
        list.append(e);
    }
    QJsonArray refused;
    for (const CommandAnswer& a : refusals) refused.append(a.toJson());
    return QJsonObject{{QStringLiteral("events"), list},        {QStringLiteral("head"), head},
                       {QStringLiteral("high_water"), highWater}, {QStringLiteral("refusals"), refused},
                       {QStringLiteral("more"), more}};
}

Result<PullReply> PullReply::fromJson(const QJsonObject& o)
{
    PullReply r;
    if (!o.value(QLatin1String("events")).isArray()) return malformed(QStringLiteral("no list of events"));
    const QJsonArray list = o.value(QLatin1String("events")).toArray();
    r.events.reserve(static_cast<size_t>(list.size()));
    qint64 previous = 0;
    for (const QJsonValue& v : list) {
        const QJsonObject eo = v.toObject();
        Result<Event> e = eventFromJson(eo);
        if (!e) return e.refusal();
        const qint64 g = num(eo, "global_seq");
        if (g <= previous) return malformed(QStringLiteral("events are not in server order"));
        previous = g;
        r.events.push_back(ServerEvent{g, std::move(e).value()});
    }
    r.head = num(o, "head");
    r.highWater = num(o, "high_water");
    for (const QJsonValue& v : o.value(QLatin1String("refusals")).toArray()) r.refusals.push_back(CommandAnswer::fromJson(v.toObject()));
    r.more = o.value(QLatin1String("more")).toBool();
    return r;
}

}  // namespace tracelot::sync

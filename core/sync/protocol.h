#pragma once
// The sync protocol of SYNC.md as plain values and their JSON form: what a workstation
// pushes (its pending commands, fully resolved, with their provisional events), what the
// server answers per command, and a pull page (events in server order, the device's
// high-water mark and its refusals). Transport-free: the HTTPS client, the server routes
// and the in-process tests all use these.
#include "common/result.h"
#include "eventstore/event.h"

#include <QJsonObject>
#include <QString>
#include <vector>

namespace tracelot::sync {

inline constexpr int kProtocolVersion = 1;  // X-Tracelot-Client-Version sent by workstations

// A command as the workstation recorded it (pending_commands row) plus its provisional events.
struct StoredCommand {
    QString deviceId;
    qint64 deviceSeq = 0;
    QString commandId;
    QString name;
    QJsonObject payload;  // fully resolved
    QString recordedBy;   // user id ("" or the new admin's id for CreateFirstAdmin)
    qint64 issuedAt = 0;  // UTC ms: the time the rules are evaluated at, here and on the server
    Events provisional;   // the events the workstation produced (their ids are reused when the re-run agrees)
    // The workstation itself refused it when re-running it after a sync (it is a conflict there):
    // the server records it as processed without running it, so later commands are not blocked.
    bool withdrawn = false;

    QJsonObject toJson() const;
    static Result<StoredCommand> fromJson(const QJsonObject& o);
};

enum class AnswerStatus { Accepted, Refused };

// The server's answer to one pushed command (a duplicate gets the first answer again).
struct CommandAnswer {
    qint64 deviceSeq = 0;
    QString commandId;
    AnswerStatus status = AnswerStatus::Accepted;
    QString code;     // refusal code
    QString message;  // refusal message, as the rules said it
    qint64 firstSeq = 0;  // global sequence of its first/last event (accepted, with events)
    qint64 lastSeq = 0;
    bool duplicate = false;

    QJsonObject toJson() const;
    static CommandAnswer fromJson(const QJsonObject& o);
};

struct PushRequest {
    QString deviceId;
    std::vector<StoredCommand> commands;  // ascending device_seq
    QJsonObject toJson() const;
    static Result<PushRequest> fromJson(const QJsonObject& o);
};

struct PushReply {
    std::vector<CommandAnswer> answers;  // one per processed command, in order
    qint64 highWater = 0;                // the device's last processed device_seq
    qint64 head = 0;                     // last global sequence after the push
    QString stoppedCode;                 // non-empty: the batch stopped here (transient error, gap)
    QString stoppedMessage;
    QJsonObject toJson() const;
    // The same JSON as toJson(), written straight into bytes: an answer has an entry per
    // pushed command, and building QJsonObjects for them cost the server as much as re-running
    // a tenth of the commands.
    QByteArray toJsonBytes() const;
    static PushReply fromJson(const QJsonObject& o);
};

// One authoritative event: the envelope plus its position in the server's order.
struct ServerEvent {
    qint64 globalSeq = 0;
    Event event;  // seq unused
};

struct PullReply {
    std::vector<ServerEvent> events;
    qint64 head = 0;       // last global sequence at the server
    qint64 highWater = 0;  // this device's last processed device_seq
    std::vector<CommandAnswer> refusals;  // this device's refusals after the asked device_seq
    bool more = false;                     // more events after the last one
    QJsonObject toJson() const;
    static Result<PullReply> fromJson(const QJsonObject& o);
};

QJsonObject eventToJson(const Event& e);
Result<Event> eventFromJson(const QJsonObject& o);

}  // namespace tracelot::sync

#include "sync/pushbody.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace tracelot::sync {
namespace {
Refusal malformed(const QString& what)
{
    return refuse(QStringLiteral("sync.malformed"), QStringLiteral("The sync message is malformed: %1.").arg(what));
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// From just after an opening quote to just after the closing one; -1 when unterminated.
qsizetype skipString(QByteArrayView s, qsizetype i)
{
    while (i < s.size()) {
        const char c = s[i++];
        if (c == '\\') ++i;
        else if (c == '"') return i;
    }
    return -1;
}
}  // namespace

std::optional<std::vector<std::pair<qsizetype, qsizetype>>> PushBodyParser::commandSpans(QByteArrayView s)
{
    qsizetype i = 0;
    const auto skipSpace = [&] {
        while (i < s.size() && isSpace(s[i])) ++i;
    };
    skipSpace();
    if (i >= s.size() || s[i] != '{') return std::nullopt;
    ++i;
    std::optional<std::vector<std::pair<qsizetype, qsizetype>>> found;
    // Members of the top-level object: "key": value, ...
    for (;;) {
        skipSpace();
        if (i < s.size() && s[i] == '}') break;
        if (i >= s.size() || s[i] != '"') return std::nullopt;
        const qsizetype keyStart = i + 1;
        const qsizetype keyEnd = skipString(s, keyStart);
        if (keyEnd < 0) return std::nullopt;
        const bool isCommands = s.sliced(keyStart, keyEnd - 1 - keyStart) == QByteArrayView("commands");
        i = keyEnd;
        skipSpace();
        if (i >= s.size() || s[i] != ':') return std::nullopt;
        ++i;
        skipSpace();
        // The value: its extent, and for "commands" the extent of each element.
        std::vector<std::pair<qsizetype, qsizetype>> spans;
        const bool list = isCommands && i < s.size() && s[i] == '[';
        int depth = 0;
        qsizetype elementStart = -1;
        bool afterComma = false;  // in the list: a comma was the last thing seen
        const qsizetype valueStart = i;
        while (i < s.size()) {
            const char c = s[i];
            if (c == '"') {
                if (list && depth == 1 && elementStart < 0) {
                    elementStart = i;
                    afterComma = false;
                }
                i = skipString(s, i + 1);
                if (i < 0) return std::nullopt;
                continue;
            }
            if (depth == 0 && i > valueStart && (c == ',' || c == '}')) break;  // end of a scalar value
            if (c == '{' || c == '[') {
                if (list && depth == 1 && elementStart < 0) {
                    elementStart = i;
                    afterComma = false;
                }
                ++depth;
            } else if (c == '}' || c == ']') {
                --depth;
                if (depth < 0) return std::nullopt;
                if (list && depth == 0 && elementStart < 0 && afterComma) return std::nullopt;  // [..., ]
                if (list && depth == 0 && elementStart >= 0) {  // the last element ends at the closing bracket
                    qsizetype end = i;
                    while (end > elementStart && isSpace(s[end - 1])) --end;
                    spans.emplace_back(elementStart, end - elementStart);
                    elementStart = -1;
                }
                if (depth == 0) {
                    ++i;
                    break;
                }
            } else if (list && depth == 1 && c == ',') {
                if (elementStart < 0) return std::nullopt;  // an empty element
                qsizetype end = i;
                while (end > elementStart && isSpace(s[end - 1])) --end;
                spans.emplace_back(elementStart, end - elementStart);
                elementStart = -1;
                afterComma = true;
                ++i;
                continue;
            } else if (list && depth == 1 && elementStart < 0 && !isSpace(c)) {
                elementStart = i;  // a scalar element (a number, true...): parsed, and refused, later
                afterComma = false;
            }
            ++i;
        }
        if (depth != 0) return std::nullopt;
        if (isCommands) {
            if (!list) return std::nullopt;
            found = std::move(spans);
        }
        skipSpace();
        if (i < s.size() && s[i] == ',') {
            ++i;
            continue;
        }
        if (i < s.size() && s[i] == '}') break;
        return std::nullopt;
    }
    ++i;
    skipSpace();
    if (i != s.size()) return std::nullopt;  // text after the object
    return found;
}

struct PushBodyParser::Shared {
    std::thread thread;
    QByteArray body;
    int chunk = 64;
    std::mutex m;
    std::condition_variable readyCv, doneCv;
    std::deque<std::vector<StoredCommand>> ready;  // parsed, in order
    std::deque<std::vector<StoredCommand>> done;   // re-run: freed by the parsing thread
    bool finished = false;                         // everything parsed (or failed)
    bool stop = false;                             // the consumer went away
    std::optional<Refusal> failed;
    static constexpr size_t kAhead = 4;  // chunks parsed ahead of the consumer at most

    void run()
    {
        const std::optional<std::vector<std::pair<qsizetype, qsizetype>>> spans = commandSpans(body);
        if (!spans) {
            finish(malformed(QStringLiteral("the request is not a JSON object with a list of commands")));
            return;
        }
        QByteArray text;
        for (size_t at = 0; at < spans->size();) {
            const size_t end = std::min(spans->size(), at + static_cast<size_t>(chunk));
            text.resize(0);
            text.append('[');
            for (size_t k = at; k < end; ++k) {
                if (k > at) text.append(',');
                text.append(QByteArrayView(body).sliced((*spans)[k].first, (*spans)[k].second));
            }
            text.append(']');
            QJsonParseError e{};
            const QJsonDocument doc = QJsonDocument::fromJson(text, &e);
            if (e.error != QJsonParseError::NoError || !doc.isArray()) {
                finish(malformed(QStringLiteral("command %1 is not valid JSON").arg(at + 1)));
                return;
            }
            std::vector<StoredCommand> parsed;
            parsed.reserve(end - at);
            for (const QJsonValue& v : doc.array()) {
                if (!v.isObject()) {
                    finish(malformed(QStringLiteral("a command is not an object")));
                    return;
                }
                Result<StoredCommand> c = StoredCommand::fromJson(v.toObject());
                if (!c) {
                    finish(c.refusal());
                    return;
                }
                parsed.push_back(std::move(c).value());
            }
            at = end;
            std::unique_lock lock(m);
            for (;;) {
                freeDone(lock);
                if (stop) return;
                if (ready.size() < kAhead) break;
                doneCv.wait(lock, [&] { return stop || ready.size() < kAhead || !done.empty(); });
            }
            ready.push_back(std::move(parsed));
            readyCv.notify_one();
        }
        finish(std::nullopt);
    }
    void finish(std::optional<Refusal> why)
    {
        std::unique_lock lock(m);
        failed = std::move(why);
        finished = true;
        readyCv.notify_one();
        // Free what the consumer hands back until it is done with everything.
        for (;;) {
            doneCv.wait(lock, [&] { return stop || !done.empty(); });
            freeDone(lock);
            if (stop) return;
        }
    }
    void freeDone(std::unique_lock<std::mutex>& lock)
    {
        while (!done.empty()) {
            std::vector<StoredCommand> old = std::move(done.front());
            done.pop_front();
            lock.unlock();
            old.clear();  // freed on the thread that allocated it
            lock.lock();
        }
    }
};

PushBodyParser::PushBodyParser(QByteArray body, int chunk) : d(std::make_unique<Shared>())
{
    d->body = std::move(body);
    d->chunk = std::max(1, chunk);
    d->thread = std::thread([s = d.get()] { s->run(); });
}

PushBodyParser::~PushBodyParser()
{
    {
        std::lock_guard lock(d->m);
        if (!current_.empty()) d->done.push_back(std::move(current_));
        d->stop = true;
    }
    d->doneCv.notify_one();
    d->thread.join();  // at most the chunk being parsed is finished first
}

const StoredCommand* PushBodyParser::next()
{
    if (i_ < current_.size()) return &current_[i_++];
    std::unique_lock lock(d->m);
    if (!current_.empty()) {
        d->done.push_back(std::move(current_));
        current_ = {};
        d->doneCv.notify_one();
    }
    i_ = 0;
    d->readyCv.wait(lock, [&] { return !d->ready.empty() || d->finished; });
    if (d->ready.empty()) return nullptr;
    current_ = std::move(d->ready.front());
    d->ready.pop_front();
    d->doneCv.notify_one();
    return current_.empty() ? nullptr : &current_[i_++];
}

std::optional<Refusal> PushBodyParser::failure()
{
    std::lock_guard lock(d->m);
    return d->finished ? d->failed : std::nullopt;
}

}  // namespace tracelot::sync

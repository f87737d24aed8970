#pragma once
// Time is injected: domain code never reads a global clock.
#include <QtGlobal>
#include <atomic>

namespace tracelot {

class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;  // UTC, milliseconds since the epoch
};

class SystemClock final : public Clock {
public:
    qint64 nowMs() const override;
};

// For tests and replays: time moves only when told.
class ManualClock final : public Clock {
public:
    explicit ManualClock(qint64 startMs = 1767225600000 /* 2026-01-01T00:00:00Z */) : now_(startMs) {}
    qint64 nowMs() const override { return now_.load(); }
    void set(qint64 ms) { now_.store(ms); }
    void advance(qint64 ms) { now_.fetch_add(ms); }

private:
    std::atomic<qint64> now_;
};

}  // namespace tracelot

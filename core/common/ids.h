#pragma once
// Identifiers are injected: domain code never calls a global UUID generator.
#include <QString>
#include <atomic>

namespace tracelot {

class IdGenerator {
public:
    virtual ~IdGenerator() = default;
    virtual QString next() = 0;  // a UUID in lower-case 8-4-4-4-12 form
};

class UuidGenerator final : public IdGenerator {
public:
    QString next() override;
};

// Deterministic UUID-shaped ids for tests: 00000000-0000-4000-8000-<12-digit counter>.
class SequentialIds final : public IdGenerator {
public:
    explicit SequentialIds(quint64 start = 1) : n_(start) {}
    QString next() override;

private:
    std::atomic<quint64> n_;
};

}  // namespace tracelot

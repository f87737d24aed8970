#pragma once
// Errors are values: a Refusal carries a stable machine code and a plain-language
// message a warehouse user understands. Nothing in core throws across module borders.
#include <QString>
#include <utility>
#include <variant>

namespace tracelot {

struct Refusal {
    QString code;     // stable, dotted: "catalog.gtin_invalid", "auth.forbidden", "payload.invalid"
    QString message;  // shown to the user as is

    bool isUsageError() const { return code.startsWith(QLatin1String("payload.")) || code == QLatin1String("command.unknown"); }
};

inline Refusal refuse(QString code, QString message) { return Refusal{std::move(code), std::move(message)}; }

template <typename T>
class Result {
public:
    Result(T value) : v_(std::move(value)) {}            // NOLINT(google-explicit-constructor)
    Result(Refusal refusal) : v_(std::move(refusal)) {}  // NOLINT(google-explicit-constructor)
    bool ok() const { return std::holds_alternative<T>(v_); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(v_); }
    T& value() & { return std::get<T>(v_); }
    T&& value() && { return std::get<T>(std::move(v_)); }
    const Refusal& refusal() const { return std::get<Refusal>(v_); }
    const T* operator->() const { return &std::get<T>(v_); }
    T* operator->() { return &std::get<T>(v_); }

private:
    std::variant<T, Refusal> v_;
};

// A Result without a value.
struct Done {};
using Status = Result<Done>;
inline Status ok() { return Done{}; }

}  // namespace tracelot

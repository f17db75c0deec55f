#pragma once
// An expected-like return type: core never throws to or talks with the user; it returns a
// value or an Error whose message names the file, row and field where that applies.

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace lianping {

struct Error {
    QString message;
    bool cancelled = false; // the person stopped the work: say so, do not alarm
};

template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::move(value)) {}
    Result(Error error)
        : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error fail(QString message) {
    return Error{std::move(message), false};
}

inline Error cancelled(QString message) {
    return Error{std::move(message), true};
}

} // namespace lianping

// Propagate an error from an expression returning Result<...>.
#define LP_TRY(expr)                                                                               \
    do {                                                                                           \
        auto lpTryResult_ = (expr);                                                                \
        if (!lpTryResult_.ok())                                                                    \
            return lpTryResult_.error();                                                           \
    } while (false)

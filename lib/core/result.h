#pragma once

#include "apierror.h"

#include <utility>
#include <variant>

namespace zenith {

//! Either a value or an error: the return type of everything that can fail.
//! Copyable on purpose: Qt 6.4's QFuture mishandles move-only payloads.
template <typename T, typename E = ApiError> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(E error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const T& operator*() const& { return value(); }

    const E& error() const { return std::get<1>(m_data); }
    E& error() { return std::get<1>(m_data); }

private:
    std::variant<T, E> m_data;
};

//! Result of an operation that returns nothing but can fail.
template <typename E> class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    Result(E error)
        : m_error(std::move(error))
        , m_ok(false)
    {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const E& error() const { return m_error; }

private:
    E m_error{};
    bool m_ok = true;
};

} // namespace zenith

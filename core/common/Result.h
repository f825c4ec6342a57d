#pragma once

#include <utility>
#include <variant>

#include "core/common/Error.h"

namespace ops {

struct Unit
{
};

// std::expected stand-in (GCC 12 has none in C++20). Holds a value or an Error, never both.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_v(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_v(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_v); }
    const T &value() const & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    T *operator->() { return &std::get<0>(m_v); }
    const T *operator->() const { return &std::get<0>(m_v); }

    const Error &error() const & { return std::get<1>(m_v); }
    Error &&error() && { return std::get<1>(std::move(m_v)); }

private:
    std::variant<T, Error> m_v;
};

using Status = Result<Unit>;

inline Status success()
{
    return Unit{};
}

} // namespace ops

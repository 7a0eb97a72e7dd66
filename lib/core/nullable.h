#pragma once

#include <optional>

namespace zenith {

//! An argument of a create or update call that can be left out, cleared, or set:
//! std::nullopt leaves the field out of the body; an empty inner optional sends JSON null
//! (Neutron's "no gateway", "disassociate"); a value sends the value.
template <typename T> using Nullable = std::optional<std::optional<T>>;

//! The Nullable that sends JSON null: `request.gatewayIp = clearValue<QString>();`.
template <typename T> Nullable<T> clearValue()
{
    return std::optional<T>{};
}

} // namespace zenith

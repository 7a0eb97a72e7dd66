#pragma once

#include <QString>

#include <compare>
#include <optional>

namespace zenith {

//! An API microversion such as compute 2.79: compared numerically (2.10 > 2.9).
struct Microversion
{
    int major = 0;
    int minor = 0;

    //! Parses "2.79" (and "v2.79"); nullopt for anything else, including "latest".
    static std::optional<Microversion> fromString(QStringView text);
    QString toString() const;

    auto operator<=>(const Microversion&) const = default;
};

} // namespace zenith

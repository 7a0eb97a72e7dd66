#pragma once

#include "core/result.h"
#include "core/whenfinished.h"

#include <memory>
#include <optional>
#include <tuple>
#include <utility>

namespace zenith {

//! Calls `done(resultA, resultB, …)` on `context`'s thread once every future has its result:
//! independent requests sent together, answered in any order. Nothing runs if `context` dies first.
template <typename Done, typename... T> void whenAll(QObject* context, Done done, const QFuture<Result<T>>&... futures)
{
    using State = std::tuple<std::optional<Result<T>>...>;
    auto state = std::make_shared<State>();
    auto remaining = std::make_shared<int>(static_cast<int>(sizeof...(T)));
    auto finish = [state, remaining, done]() {
        if (--*remaining == 0)
            std::apply([&done](const auto&... results) { done(*results...); }, *state);
    };
    [&]<std::size_t... I>(std::index_sequence<I...>)
    {
        (whenFinished(futures, context,
                      [state, finish](const Result<T>& result) {
                          std::get<I>(*state) = result;
                          finish();
                      }),
         ...);
    }
    (std::index_sequence_for<T...>{});
}

} // namespace zenith

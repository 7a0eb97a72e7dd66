#pragma once

#include "stackevent.h"

#include "core/paging.h"
#include "core/requestspec.h"

namespace zenith {

//! GET /v1/{project_id}/stacks/{stack_name}/{stack_id}/events: what happened to the stack and its
//! resources. Heat gives no next link: a page of `limit` events means "ask again from its last id",
//! which is also how a watcher asks only for the events it has not seen (nextMarker() says it).
struct ListStackEventsRequest
{
    using Response = Page<StackEvent>;

    QString stackName;
    QString stackId;
    std::optional<QString> sortDir; //!< "asc" (oldest first, for following) or "desc"
    std::optional<QString> marker;  //!< the id of the last event already seen
    std::optional<int> limit;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
    //! The marker of the next page: the last event's id when the page is full.
    static std::optional<QString> nextMarker(const Response& page, std::optional<int> limit);
};

} // namespace zenith

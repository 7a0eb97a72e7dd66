#pragma once

#include "keypair.h"

#include "core/paging.h"
#include "core/requestspec.h"

namespace zenith {

//! GET /os-keypairs: the user's key pairs, by name. Pages from 2.35 on, with the key's NAME as marker;
//! Nova sends a next link whenever a page is full, so the last page may come back empty.
struct ListKeypairsRequest
{
    using Response = Page<Keypair>;

    std::optional<int> limit;      //!< needs 2.35
    std::optional<QString> marker; //!< a key pair name; needs 2.35

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith

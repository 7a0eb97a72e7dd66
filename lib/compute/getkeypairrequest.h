#pragma once

#include "keypair.h"

#include "core/requestspec.h"

namespace zenith {

//! GET /os-keypairs/{name}: one key pair of the user, with its creation time.
struct GetKeypairRequest
{
    using Response = Keypair;

    QString name; //!< percent-encoded in the path: names may contain spaces

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith

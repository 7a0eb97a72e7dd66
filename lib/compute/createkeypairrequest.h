#pragma once

#include "keypair.h"

#include "core/requestspec.h"

namespace zenith {

//! POST /os-keypairs: imports a public key under a name (201). Zenith never asks Nova to generate
//! a key pair: the private key would travel through the API. Before 2.92 a name may hold only
//! ASCII letters, digits, spaces, "_" and "-" (400 otherwise); a taken name is 409.
struct CreateKeypairRequest
{
    using Response = Keypair;

    QString name;
    QString publicKey;                    //!< an OpenSSH public key line ("ssh-ed25519 AAAA... comment")
    QString type = QStringLiteral("ssh"); //!< "ssh" or "x509"; needs 2.2

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith

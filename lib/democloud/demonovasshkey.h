#pragma once

#include <QString>

#include <optional>

namespace zenith::demo::nova {

//! Nova's fingerprint of an imported key: for "ssh", the MD5 of the OpenSSH key blob after the
//! key has been parsed (RSA, DSA, ECDSA or Ed25519, every field checked like cryptography's
//! load_ssh_public_key); for "x509", the SHA-1 of the PEM certificate. Colon-separated hex;
//! nullopt when the key does not parse ("failed to generate fingerprint").
std::optional<QString> keyFingerprint(const QString& publicKey, const QString& type);

} // namespace zenith::demo::nova

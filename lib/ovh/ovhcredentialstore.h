#pragma once

#include "ovhcredentials.h"
#include "secrets/secretstore.h"

#include <QFuture>

namespace zenith {

//! The SecretStore key of an OVHcloud application's secrets:
//! "ovh-api:<endpoint>|<application key>", the endpoint without user info or trailing slash, like
//! secretKey() names a cloud's ("ovh-api:https://eu.api.ovh.com/1.0|7kbG7Bk7S9Nt7ZSV").
QString ovhSecretKey(const QUrl& endpoint, const QString& applicationKey);

//! Stores the application secret and the consumer key (one entry, under ovhSecretKey()). The
//! endpoint and the application key are not secret: the caller keeps them with its settings.
QFuture<SecretStore::WriteResult> storeOvhCredentials(SecretStore& store, const OvhCredentials& credentials);

//! The credentials of an application, its secrets read back from the store: NotFound when none
//! were stored, Other when the entry is not one storeOvhCredentials() wrote.
QFuture<Result<OvhCredentials, SecretError>> loadOvhCredentials(SecretStore& store, const QUrl& endpoint,
                                                                const QString& applicationKey);

//! Removes the stored secrets of an application; removing absent ones succeeds.
QFuture<SecretStore::WriteResult> forgetOvhCredentials(SecretStore& store, const QUrl& endpoint,
                                                       const QString& applicationKey);

} // namespace zenith

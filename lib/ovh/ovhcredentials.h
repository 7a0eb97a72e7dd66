#pragma once

#include "core/result.h"

#include <QString>
#include <QStringView>
#include <QUrl>

namespace zenith {

//! What OVHcloud's API needs to sign a call: the API root and the three keys made on the
//! createToken page. The application secret and the consumer key are secrets: keep them in a
//! SecretStore (ovhcredentialstore.h), never in QSettings or a log.
struct OvhCredentials
{
    QUrl endpoint;             //!< the API root: https://eu.api.ovh.com/1.0 (see endpointUrl())
    QString applicationKey;    //!< AK: names the application; not secret
    QString applicationSecret; //!< AS: secret
    QString consumerKey;       //!< CK: secret, bound to the account and its access rules

    //! The first field that is empty ("endpoint", "applicationKey", "applicationSecret",
    //! "consumerKey"), or an empty string when nothing is missing.
    QString missingField() const;
    bool isComplete() const { return missingField().isEmpty(); }

    //! The API root of one of OVHcloud's platforms: "ovh-eu" or "eu" (https://eu.api.ovh.com/1.0),
    //! "ovh-ca" or "ca" (https://ca.api.ovh.com/1.0), "ovh-us" or "us" (https://api.us.ovhcloud.com/1.0);
    //! an invalid URL for any other name.
    static QUrl endpointUrl(QStringView name);
};

} // namespace zenith

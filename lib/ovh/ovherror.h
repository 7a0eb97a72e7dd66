#pragma once

#include "core/apierror.h"

#include <QByteArray>

namespace zenith {

//! An error of OVHcloud's API as an ApiError of service "ovh". OVHcloud answers
//! {"errorCode": "INVALID_SIGNATURE", "httpCode": "400 Bad Request", "message"} or
//! {"class": "Client::Forbidden", "message"}; `code` keeps errorCode, else class. Every refusal
//! of the keys (bad signature or application key, unknown or expired consumer key, a timestamp
//! out of range) is Unauthorized whatever its status (400, 401 or 403): the person must fix the
//! keys or the clock. "This call has not been granted" (NOT_GRANTED_CALL) is Forbidden: the
//! consumer key's access rules lack the call.
ApiError ovhError(int httpStatus, const QByteArray& body, const QString& queryId = {});

//! The same refinement applied to an error Session already read with ApiError::fromReply().
ApiError refineOvhError(ApiError error);

//! "ovh", the service name of every OVHcloud error.
QString ovhServiceName();

} // namespace zenith

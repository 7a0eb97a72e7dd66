#pragma once

#include "demorequest.h"

namespace zenith::demo::errors {

//! OVHcloud's API: {"class": "Client::NotFound", "message"}, with "errorCode" and "httpCode"
//! ("403 Forbidden") when `errorCode` is given, as its refusals of keys carry them.
DemoReply ovh(int status, const QString& message, const QString& errorCode = {});

//! The 200 "null" OVHcloud answers to PUT, DELETE and actions that return nothing.
DemoReply ovhNull();

} // namespace zenith::demo::errors

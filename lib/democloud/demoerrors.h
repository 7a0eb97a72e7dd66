#pragma once

#include "demorequest.h"

namespace zenith::demo {

//! Error bodies exactly as each service writes them (tests/data/errors has the real ones).
namespace errors {

//! Nova and Cinder: {"<fault>": {"code", "message"}}; the fault name follows the status
//! (badRequest, forbidden, itemNotFound, conflictingRequest, overLimit, computeFault).
DemoReply nova(int status, const QString& message);
//! Cinder writes Nova's shape.
inline DemoReply cinder(int status, const QString& message)
{
    return nova(status, message);
}
//! Neutron: {"NeutronError": {"type", "message", "detail": ""}}.
DemoReply neutron(int status, const QString& type, const QString& message);
//! Designate: {"code", "type", "message", "request_id"}.
DemoReply designate(int status, const QString& type, const QString& message);
//! Keystone (and keystonemiddleware in front of every service): {"error": {"code", "title", "message"}}.
DemoReply keystone(int status, const QString& message);
//! Glance: {"message", "code": "404 Not Found", "title": "Not Found"}.
DemoReply glance(int status, const QString& message);
//! Heat: {"code", "title", "explanation", "error": {"type", "traceback": null, "message"}}.
DemoReply heat(int status, const QString& type, const QString& message);
//! The 401 keystonemiddleware answers for a missing, unknown or expired token.
DemoReply unauthorized();
//! The reason phrase of an HTTP status ("Not Found").
QString reason(int status);

} // namespace errors
} // namespace zenith::demo

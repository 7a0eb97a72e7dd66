#pragma once

#include "demoservice.h"

#include <optional>

namespace zenith::demo {

//! The demo cloud's OVHcloud keys and their check, made the way OVHcloud makes it: the
//! application key must be known, the timestamp within kTimestampWindow of the server's clock,
//! the signature that of the application secret over the call, the consumer key valid, and its
//! access rules must grant the method.
class DemoOvhAuth
{
public:
    //! How far X-Ovh-Timestamp may be from the server's clock, in seconds.
    static constexpr qint64 kTimestampWindow = 300;

    explicit DemoOvhAuth(const DemoEnv& env)
        : m_env(env)
    {}

    static QString applicationKey();
    static QString applicationSecret();
    //! Granted GET, POST, PUT and DELETE on /domain/*.
    static QString consumerKey();
    //! Granted GET /domain/* only: every change is refused with NOT_GRANTED_CALL.
    static QString readOnlyConsumerKey();

    //! The reply refusing the call, or nullopt when the call may go on.
    std::optional<DemoReply> refuse(const DemoRequest& request) const;

private:
    const DemoEnv& m_env;
};

} // namespace zenith::demo

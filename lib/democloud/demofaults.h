#pragma once

#include <QMap>
#include <QString>

namespace zenith::demo {

//! Faults the demo cloud injects, for the reliability work and for classroom "what if" demos.
struct DemoFaults
{
    int latencyMs = 0;               //!< added before every answer
    QMap<QString, double> errorRate; //!< service ("compute"...) -> share of requests answered 503
    int rateLimitBurst = 0;          //!< the next N requests are answered 429 ...
    int retryAfterSeconds = 1;       //!< ... with this Retry-After
    int tokenLifetimeSeconds = 3600; //!< tokens issued from now on expire after this
    double dropRate = 0.0;           //!< share of connections closed without an answer
};

} // namespace zenith::demo

#include "labteardown.h"

#include "labplanner.h"

#include "core/session.h"

namespace zenith {

class LabTeardownPrivate
{
public:
    Session* session = nullptr;
    LabTopology topology;
    int apiCalls = 0;
};

LabTeardown::LabTeardown(Session* session, LabTopology topology, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<LabTeardownPrivate>())
{
    d->session = session;
    d->topology = std::move(topology);
}

LabTeardown::~LabTeardown() = default;

void LabTeardown::start(bool dryRun)
{
    Q_UNUSED(dryRun)
    Q_EMIT finished(false);
}

void LabTeardown::cancel() {}

int LabTeardown::apiCalls() const
{
    return d->apiCalls;
}

} // namespace zenith

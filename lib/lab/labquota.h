#pragma once

#include "core/apierror.h"
#include "labquotaline.h"
#include "labtopology.h"

#include <QList>
#include <QObject>

#include <optional>

namespace zenith {

class Session;

//! The plan page's quota check: reads compute limits, Neutron quota details, volume limits and
//! flavors in parallel, then compares with what the lab needs (LabQuotaLine::of).
class LabQuotaCheck final : public QObject
{
    Q_OBJECT

public:
    LabQuotaCheck(Session* session, LabTopology topology, QObject* parent = nullptr);

    //! Sends the four requests; finished() follows.
    void start();

Q_SIGNALS:
    //! The lines; with `error` set (the first failure) the lines are those that could be computed.
    void finished(const QList<zenith::LabQuotaLine>& lines, const std::optional<zenith::ApiError>& error);

private:
    void sendAll(const QString& projectId);

    Session* m_session;
    LabTopology m_topology;
};

} // namespace zenith

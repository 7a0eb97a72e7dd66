#include "labverifier.h"

#include "labcloudreader.h"
#include "labuserdata.h"

namespace zenith {

LabVerifier::LabVerifier(Session* session, LabTopology topology, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_topology(std::move(topology))
{}

void LabVerifier::setCheckReadiness(bool check)
{
    m_checkReadiness = check;
}

int LabVerifier::apiCalls() const
{
    return m_calls;
}

void LabVerifier::start()
{
    LabCloudReader::Scope scope;
    scope.records = true;
    scope.consoles = m_checkReadiness;
    auto* reader = new LabCloudReader(m_session, m_topology, scope, this);
    connect(reader, &LabCloudReader::finished, this,
            [this, reader](const LabCloudState& state, const std::optional<ApiError>& error) {
                reader->deleteLater();
                m_calls = reader->apiCalls();
                if (error) {
                    Q_EMIT failed(*error);
                    Q_EMIT finished({});
                    return;
                }
                LabChecks::Options options;
                options.checkReadiness = m_checkReadiness;
                for (const LabServer& server : m_topology.servers) {
                    options.readyMarkers.insert(server.key, LabUserData::readyMarker(server));
                    options.failureMarkers.insert(server.key, LabUserData::failureMarkerPrefix(server));
                }
                Q_EMIT finished(LabChecks::run(m_topology, state, options));
            });
    reader->start();
}

} // namespace zenith

#pragma once

#include "demoservice.h"

#include <optional>
#include <variant>

namespace zenith::demo {

//! POST volumes as Cinder checks it: the schema (size), then the volume type, the snapshot, the
//! source volume and the image it names, the size they imply, the availability zone, and last the
//! quotas; the answer is the new volume as stored ("creating") or Cinder's refusal.
class DemoCinderVolumeBuilder
{
public:
    DemoCinderVolumeBuilder(const DemoState& state, const DemoRequest& request)
        : m_state(state)
        , m_request(request)
    {}

    //! The volume to store, or the error reply.
    std::variant<QJsonObject, DemoReply> build();

private:
    struct Sources
    {
        QString typeName;
        QJsonObject snapshot;
        QJsonObject sourceVolume;
        QJsonObject image;
    };

    std::optional<DemoReply> findSources(const QJsonObject& body, Sources* sources) const;
    std::optional<DemoReply> findType(const QString& wanted, QString* name) const;
    std::optional<DemoReply> findImage(const QString& ref, QJsonObject* image) const;
    std::optional<DemoReply> resolveSize(std::optional<int> asked, const Sources& sources, int* size) const;
    QJsonObject stored(const QJsonObject& body, int size, const Sources& sources) const;
    static QJsonObject imageMetadata(const QJsonObject& image);

    const DemoState& m_state;
    const DemoRequest& m_request;
};

} // namespace zenith::demo

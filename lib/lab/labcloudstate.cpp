#include "labcloudstate.h"

namespace zenith {

bool LabCloudState::isTagged(const QStringList& tags, const QString& tag)
{
    return tags.contains(tag);
}

bool LabCloudState::isTaggedVolume(const Volume& volume, const QString& tag)
{
    const QString prefix = QStringLiteral("zenith-lab:");
    const QString name = tag.startsWith(prefix) ? tag.mid(prefix.size()) : tag;
    for (auto it = volume.metadata.cbegin(); it != volume.metadata.cend(); ++it) {
        if (it.key() == tag || it.value() == tag || (it.key() == u"zenith-lab" && it.value() == name))
            return true;
    }
    return false;
}

} // namespace zenith

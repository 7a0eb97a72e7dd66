#include "microversion.h"

namespace zenith {

std::optional<Microversion> Microversion::fromString(QStringView text)
{
    text = text.trimmed();
    if (text.startsWith(u'v') || text.startsWith(u'V'))
        text = text.mid(1);
    const qsizetype dot = text.indexOf(u'.');
    if (dot <= 0 || dot == text.size() - 1)
        return std::nullopt;
    bool okMajor = false;
    bool okMinor = false;
    const int major = text.left(dot).toInt(&okMajor);
    const int minor = text.mid(dot + 1).toInt(&okMinor);
    if (!okMajor || !okMinor || major < 0 || minor < 0)
        return std::nullopt;
    return Microversion{major, minor};
}

QString Microversion::toString() const
{
    return QString::number(major) + u'.' + QString::number(minor);
}

} // namespace zenith

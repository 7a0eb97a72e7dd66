#include "servertagsfilter.h"

#include "core/requestspec.h"

namespace zenith {

void addServerTagsFilter(RequestSpec& spec, const QStringList& tags)
{
    if (tags.isEmpty())
        return;
    spec.query.addQueryItem(QStringLiteral("tags"), tags.join(u','));
    spec.minMicroversion = Microversion{2, 26};
}

} // namespace zenith

#include "replyparser.h"

namespace zenith {

Result<NoContent> parseNoContent(int status, const QByteArray& body)
{
    Q_UNUSED(body);
    if (status < 200 || status > 299)
        return ApiError::parse(QStringLiteral("(status)"), QStringLiteral("unexpected HTTP %1").arg(status));
    return NoContent{};
}

} // namespace zenith

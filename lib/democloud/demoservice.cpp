#include "demoservice.h"

#include <QUuid>

namespace zenith::demo {

QString DemoEnv::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString DemoEnv::newRequestId()
{
    return QStringLiteral("req-") + newId();
}

} // namespace zenith::demo

#include "democlock.h"

#include <QTimer>

#include <cmath>

namespace zenith::demo {

void DemoClock::after(double cloudSeconds, const QObject* context, std::function<void()> what) const
{
    const int ms = int(std::lround(cloudSeconds * 1000.0 / m_speed));
    QTimer::singleShot(ms, context, std::move(what));
}

QString DemoClock::isoSeconds()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString DemoClock::isoMicroseconds()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return now.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("000");
}

} // namespace zenith::demo

#include "democloudhost.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace zenith {

DemoCloudHost::DemoCloudHost(QObject* parent)
    : QObject(parent)
{}

DemoCloudHost::~DemoCloudHost()
{
    QString why;
    if (!save(&why))
        qWarning("demo cloud: cannot save %s: %s", qPrintable(stateFile()), qPrintable(why));
}

QString DemoCloudHost::stateFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo-cloud.json");
}

bool DemoCloudHost::start(QString* error)
{
    if (QFileInfo::exists(stateFile())) {
        QString why;
        // A damaged file is set aside rather than lost: the demo starts again from its seed.
        if (!m_cloud.load(stateFile(), &why)) {
            qWarning("demo cloud: cannot read %s (%s); starting afresh", qPrintable(stateFile()), qPrintable(why));
            QFile::rename(stateFile(), stateFile() + QStringLiteral(".unreadable"));
        }
    }
    if (!m_cloud.start(0, error))
        return false;
    m_autosave.setInterval(std::chrono::minutes(1));
    connect(&m_autosave, &QTimer::timeout, this, [this] {
        QString why;
        if (!save(&why))
            qWarning("demo cloud: cannot save %s: %s", qPrintable(stateFile()), qPrintable(why));
    });
    m_autosave.start();
    return true;
}

CloudConfig DemoCloudHost::cloudConfig() const
{
    CloudConfig config = m_cloud.cloudConfig();
    config.name = QStringLiteral("zenith-demo");
    return config;
}

bool DemoCloudHost::save(QString* error) const
{
    if (!QDir().mkpath(QFileInfo(stateFile()).path())) {
        if (error)
            *error = tr("cannot create the folder %1").arg(QFileInfo(stateFile()).path());
        return false;
    }
    return m_cloud.save(stateFile(), error);
}

} // namespace zenith

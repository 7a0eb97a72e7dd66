#include "configenvironment.h"

#include <QDir>
#include <QProcessEnvironment>

namespace zenith {

ConfigEnvironment ConfigEnvironment::system()
{
    ConfigEnvironment env;
    const QProcessEnvironment process = QProcessEnvironment::systemEnvironment();
    const QStringList keys = process.keys();
    for (const QString& key : keys)
        env.variables.insert(key, process.value(key));
    env.currentDir = QDir::currentPath();
    env.homeDir = QDir::homePath();
    // platformdirs' site_config_dir: the XDG_CONFIG_DIRS entries (default /etc/xdg), then openstacksdk's
    // /etc/openstack.
    QString xdgDirs = env.variable(QStringLiteral("XDG_CONFIG_DIRS"));
    if (xdgDirs.isEmpty())
        xdgDirs = QStringLiteral("/etc/xdg");
    const QStringList dirs = xdgDirs.split(u':', Qt::SkipEmptyParts);
    for (const QString& dir : dirs)
        env.siteConfigDirs.append(dir + QStringLiteral("/openstack"));
    env.siteConfigDirs.append(QStringLiteral("/etc/openstack"));
    return env;
}

QStringList ConfigEnvironment::searchDirs() const
{
    QStringList dirs;
    auto add = [&dirs](const QString& dir) {
        if (dir.isEmpty())
            return;
        const QString clean = QDir::cleanPath(dir);
        if (!dirs.contains(clean))
            dirs.append(clean);
    };
    add(currentDir);
    const QString xdgHome = variable(QStringLiteral("XDG_CONFIG_HOME"));
    if (!xdgHome.isEmpty())
        add(xdgHome + QStringLiteral("/openstack"));
    if (!homeDir.isEmpty())
        add(homeDir + QStringLiteral("/.config/openstack"));
    for (const QString& dir : siteConfigDirs)
        add(dir);
    return dirs;
}

QString ConfigEnvironment::expandHome(const QString& path) const
{
    if (path == u'~')
        return homeDir;
    if (path.startsWith(QStringLiteral("~/")))
        return homeDir + path.mid(1);
    return path;
}

} // namespace zenith

#pragma once

#include "config/configenvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTemporaryDir>

namespace zenith::test {

//! A file of tests/data/config. Falls back to the source tree when ZENITH_TEST_DATA does not hold
//! config/ (the helper in tests/CMakeLists.txt resolves it against the calling directory).
inline QString configDataFile(const QString& name)
{
    QString root = qEnvironmentVariable("ZENITH_TEST_DATA");
    if (root.isEmpty() || !QFileInfo::exists(root + QStringLiteral("/config")))
        root = QStringLiteral(QT_TESTCASE_SOURCEDIR "/../data");
    return QDir::cleanPath(root + QStringLiteral("/config/") + name);
}

//! The whole content of a tests/data/config file.
inline QByteArray configData(const QString& name)
{
    QFile file(configDataFile(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

//! A fake machine in a temporary directory: a current directory, a home and a system config
//! directory, and no environment variables, so tests never read the real machine's files.
class ConfigSandbox
{
public:
    ConfigSandbox()
    {
        env.currentDir = mkdir(QStringLiteral("work"));
        env.homeDir = mkdir(QStringLiteral("home/student"));
        env.siteConfigDirs = {mkdir(QStringLiteral("etc/openstack"))};
    }

    QString userConfigDir() const { return env.homeDir + QStringLiteral("/.config/openstack"); }
    QString siteConfigDir() const { return env.siteConfigDirs.first(); }

    //! Creates `dir` (absolute, or relative to the sandbox) and returns its absolute path.
    QString mkdir(const QString& dir) const
    {
        const QString path = QDir::isAbsolutePath(dir) ? dir : m_root.filePath(dir);
        QDir().mkpath(path);
        return path;
    }
    //! Writes `content` to dir/name and returns the file's path.
    QString write(const QString& dir, const QString& name, const QByteArray& content) const
    {
        const QString path = mkdir(dir) + u'/' + name;
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(content);
        return path;
    }
    //! Copies a tests/data/config file to dir/name.
    QString copy(const QString& fixture, const QString& dir, const QString& name) const
    {
        return write(dir, name, configData(fixture));
    }

    ConfigEnvironment env;

private:
    QTemporaryDir m_root;
};

} // namespace zenith::test

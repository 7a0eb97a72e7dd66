#pragma once

#include "config/cloudconfig.h"
#include "config/configenvironment.h"
#include "config/configerror.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace zenith {

//! Every cloud Zenith knows: the ones clouds.yaml and the OS_* variables describe, plus the openrc
//! and clouds.yaml files the person opened from the File menu (their paths, never their secrets,
//! are remembered in QSettings and read again at start).
class CloudList
{
public:
    explicit CloudList(ConfigEnvironment environment);

    //! Reads everything again; problems() says what could not be read.
    void reload();
    //! Imports an openrc file and remembers its path; the imported cloud's name, or an error.
    std::optional<ConfigError> addOpenrc(const QString& path, QString* name);
    //! Reads a clouds.yaml and remembers its path; the names of its clouds, or an error.
    std::optional<ConfigError> addCloudsYaml(const QString& path, QStringList* names);

    //! Adds a cloud that no file describes (the built-in demo cloud), listed last, kept on reload().
    void setBuiltIn(const CloudConfig& cloud);
    bool isBuiltIn(const QString& name) const { return m_builtIn && m_builtIn->name == name; }

    const QList<CloudConfig>& clouds() const { return m_clouds; }
    const QList<ConfigError>& problems() const { return m_problems; }
    const CloudConfig* find(const QString& name) const;
    //! OS_CLOUD, or the only cloud, or the one used last time.
    QString defaultCloud() const;
    //! Where clouds.yaml is looked for, for the welcome page.
    QStringList searchPaths() const;

private:
    enum class Kind { Openrc, CloudsYaml };
    std::optional<ConfigError> readExtra(Kind kind, const QString& path, QStringList* names);
    void add(const CloudConfig& cloud);
    void remember(Kind kind, const QString& path) const;

    ConfigEnvironment m_environment;
    QList<CloudConfig> m_clouds;
    QList<ConfigError> m_problems;
    QString m_default;
    std::optional<CloudConfig> m_builtIn;
};

} // namespace zenith

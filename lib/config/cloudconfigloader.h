#pragma once

#include "cloudconfig.h"
#include "cloudconfigset.h"
#include "configenvironment.h"
#include "configerror.h"
#include "yamlnode.h"

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace zenith {

//! Finds and reads cloud configurations exactly where and how openstacksdk does: clouds.yaml
//! ($OS_CLIENT_CONFIG_FILE, else the first clouds.yaml/.yml/.json in the current directory,
//! ~/.config/openstack, /etc/openstack…), secure.yaml deep-merged over it, and a cloud named
//! "envvars" (or $OS_CLOUD_NAME) from the OS_* variables when OS_AUTH_URL is set. $OS_CLOUD picks
//! the default cloud. Everything it reads from the machine comes through a ConfigEnvironment.
class CloudConfigLoader
{
public:
    //! A loader reading `env`; ConfigEnvironment::system() for the real machine.
    explicit CloudConfigLoader(ConfigEnvironment env);

    //! Every path tried for clouds.yaml, in order ($OS_CLIENT_CONFIG_FILE first when set).
    QStringList cloudsFileCandidates() const;
    //! Every path tried for secure.yaml, in order ($OS_CLIENT_SECURE_FILE first when set).
    QStringList secureFileCandidates() const;
    //! The first candidate that exists, or an empty string.
    static QString firstExisting(const QStringList& candidates);

    //! Finds and reads everything. Fails only when a file found cannot be read or parsed, or lacks
    //! a `clouds:` mapping; a cloud entry that is wrong lands in CloudConfigSet::problems.
    Result<CloudConfigSet, ConfigError> load() const;
    //! Reads the given files only: no search and no OS_* cloud; `secureFile` may be empty.
    Result<CloudConfigSet, ConfigError> loadFiles(const QString& cloudsFile, const QString& secureFile = {}) const;
    //! The cloud called `name`, or when `name` is empty the default one; an error says why not
    //! (no configuration at all, several clouds and no $OS_CLOUD, unknown name, broken entry).
    Result<CloudConfig, ConfigError> loadCloud(const QString& name = {}) const;

    //! Reads one clouds.yaml, secure.yaml or clouds.json and checks it has a `clouds:` mapping.
    static Result<YamlNode, ConfigError> readConfigFile(const QString& path);

private:
    QStringList candidates(const QString& baseName, const QString& overrideVariable) const;
    void addEnvironmentCloud(CloudConfigSet& set) const;
    void chooseDefault(CloudConfigSet& set, bool useEnvironment) const;
    ConfigError notFound(const CloudConfigSet& set, const QString& name) const;

    ConfigEnvironment m_env;
};

} // namespace zenith

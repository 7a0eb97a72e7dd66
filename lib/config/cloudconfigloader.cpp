#include "cloudconfigloader.h"

#include "cloudentryparser.h"
#include "yamlreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace zenith {

namespace {

const QString kConfigFileVariable = QStringLiteral("OS_CLIENT_CONFIG_FILE");
const QString kSecureFileVariable = QStringLiteral("OS_CLIENT_SECURE_FILE");

Result<YamlNode, ConfigError> readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ConfigError::at(path, 0, QStringLiteral("cannot be read: ") + file.errorString());
    const QByteArray data = file.readAll();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = static_cast<int>(data.left(error.offset).count('\n')) + 1;
        return ConfigError::at(path, line, QStringLiteral("invalid JSON: ") + error.errorString());
    }
    YamlNode root = YamlNode::fromJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    root.setFile(path);
    return root;
}

} // namespace

CloudConfigLoader::CloudConfigLoader(ConfigEnvironment env)
    : m_env(std::move(env))
{}

QStringList CloudConfigLoader::candidates(const QString& baseName, const QString& overrideVariable) const
{
    QStringList out;
    const QString override = m_env.variable(overrideVariable);
    if (!override.isEmpty())
        out.append(QDir(m_env.currentDir).absoluteFilePath(m_env.expandHome(override)));
    const QStringList dirs = m_env.searchDirs();
    for (const QString& dir : dirs) {
        for (const QString& suffix : {QStringLiteral(".yaml"), QStringLiteral(".yml"), QStringLiteral(".json")})
            out.append(dir + u'/' + baseName + suffix);
    }
    return out;
}

QStringList CloudConfigLoader::cloudsFileCandidates() const
{
    return candidates(QStringLiteral("clouds"), kConfigFileVariable);
}

QStringList CloudConfigLoader::secureFileCandidates() const
{
    return candidates(QStringLiteral("secure"), kSecureFileVariable);
}

QString CloudConfigLoader::firstExisting(const QStringList& candidates)
{
    for (const QString& path : candidates) {
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

Result<YamlNode, ConfigError> CloudConfigLoader::readConfigFile(const QString& path)
{
    Result<YamlNode, ConfigError> doc =
        path.endsWith(QStringLiteral(".json")) ? readJson(path) : YamlReader::parseFile(path);
    if (!doc)
        return doc;
    const YamlNode& root = *doc;
    if (root.isNull())
        return ConfigError::at(path, 0, QStringLiteral("is empty; it should hold a 'clouds:' mapping"));
    if (!root.isMapping())
        return ConfigError::at(path, root.line(),
                               QStringLiteral("should be a mapping with a 'clouds:' key at the top, not ") +
                                   root.typeName());
    const YamlNode* clouds = root.find(u"clouds");
    if (!clouds)
        return ConfigError::at(path, 0, QStringLiteral("has no 'clouds:' mapping at the top level"));
    if (!clouds->isMapping() && !clouds->isNull())
        return ConfigError::at(path, clouds->line(),
                               QStringLiteral("'clouds' should map cloud names to their settings, but it is ") +
                                   clouds->typeName());
    return doc;
}

Result<CloudConfigSet, ConfigError> CloudConfigLoader::loadFiles(const QString& cloudsFile,
                                                                 const QString& secureFile) const
{
    CloudConfigSet set;
    set.cloudsFile = cloudsFile;
    set.secureFile = secureFile;
    YamlNode merged;
    for (const QString& path : {cloudsFile, secureFile}) {
        if (path.isEmpty())
            continue;
        Result<YamlNode, ConfigError> doc = readConfigFile(path);
        if (!doc)
            return doc.error();
        // openstacksdk's merge_clouds: secure.yaml's mappings merge key by key into clouds.yaml's.
        merged = merged.isMapping() ? merged.mergedWith(*doc) : *doc;
    }
    const YamlNode* clouds = merged.find(u"clouds");
    for (qsizetype i = 0; clouds && i < clouds->keys().size(); ++i) {
        const QString& name = clouds->keys().at(i);
        const YamlNode& entry = clouds->children()[static_cast<size_t>(i)];
        Result<CloudConfig, ConfigError> cloud = CloudEntryParser::parse(name, entry, entry.file(), m_env);
        if (cloud)
            set.clouds.append(*cloud);
        else
            set.problems.append(cloud.error());
    }
    chooseDefault(set, false);
    return set;
}

Result<CloudConfigSet, ConfigError> CloudConfigLoader::load() const
{
    const QStringList cloudsCandidates = cloudsFileCandidates();
    const QStringList secureCandidates = secureFileCandidates();
    Result<CloudConfigSet, ConfigError> set =
        loadFiles(firstExisting(cloudsCandidates), firstExisting(secureCandidates));
    if (!set)
        return set;
    // openstacksdk silently moves on when OS_CLIENT_CONFIG_FILE names a missing file; say so instead.
    for (const auto& [variable, list] :
         {std::pair{kConfigFileVariable, cloudsCandidates}, std::pair{kSecureFileVariable, secureCandidates}}) {
        if (!m_env.variable(variable).isEmpty() && !QFileInfo::exists(list.first()))
            set->problems.append(
                ConfigError::at(list.first(), 0, variable + QStringLiteral(" names this file, which does not exist")));
    }
    addEnvironmentCloud(set.value());
    chooseDefault(set.value(), true);
    return set;
}

void CloudConfigLoader::addEnvironmentCloud(CloudConfigSet& set) const
{
    // openstacksdk makes this cloud from any OS_* variable; we wait for OS_AUTH_URL so that a lone
    // OS_PASSWORD or OS_REGION_NAME exported for `openstack --os-cloud` does not add a broken cloud.
    if (m_env.variable(QStringLiteral("OS_AUTH_URL")).isEmpty())
        return;
    QString name = m_env.variable(QStringLiteral("OS_CLOUD_NAME"));
    if (name.isEmpty())
        name = QStringLiteral("envvars");
    if (set.find(name) || set.problemOf(name)) {
        ConfigError clash =
            ConfigError::at(set.cloudsFile, 0,
                            QStringLiteral("this file and the OS_* variables both define it; rename the "
                                           "cloud in the file or set OS_CLOUD_NAME to another name"));
        clash.cloud = name;
        set.problems.append(clash);
        return;
    }
    const YamlNode entry = CloudEntryParser::entryFromVariables(m_env.variables);
    Result<CloudConfig, ConfigError> cloud =
        CloudEntryParser::parse(name, entry, QString(), m_env, CloudEntryParser::KeyStyle::Environment);
    if (cloud)
        set.clouds.append(*cloud);
    else
        set.problems.append(cloud.error());
}

void CloudConfigLoader::chooseDefault(CloudConfigSet& set, bool useEnvironment) const
{
    QStringList all = set.names();
    for (const ConfigError& problem : std::as_const(set.problems)) {
        if (!problem.cloud.isEmpty() && !all.contains(problem.cloud))
            all.append(problem.cloud);
    }
    const QString wanted = useEnvironment ? m_env.variable(QStringLiteral("OS_CLOUD")) : QString();
    const QString envName = m_env.variable(QStringLiteral("OS_CLOUD_NAME"));
    const QString envCloud = envName.isEmpty() ? QStringLiteral("envvars") : envName;
    if (!wanted.isEmpty())
        set.defaultCloud = wanted;
    else if (useEnvironment && !m_env.variable(QStringLiteral("OS_AUTH_URL")).isEmpty() && all.contains(envCloud))
        set.defaultCloud = envCloud;
    else
        set.defaultCloud = all.size() == 1 ? all.first() : QString();
}

Result<CloudConfig, ConfigError> CloudConfigLoader::loadCloud(const QString& name) const
{
    Result<CloudConfigSet, ConfigError> set = load();
    if (!set)
        return set.error();
    const QString wanted = name.isEmpty() ? set->defaultCloud : name;
    if (const CloudConfig* cloud = set->find(wanted); cloud && !wanted.isEmpty())
        return *cloud;
    if (const ConfigError* problem = set->problemOf(wanted); problem && !wanted.isEmpty())
        return *problem;
    return notFound(*set, wanted);
}

ConfigError CloudConfigLoader::notFound(const CloudConfigSet& set, const QString& name) const
{
    QStringList all = set.names();
    for (const ConfigError& problem : set.problems) {
        if (!problem.cloud.isEmpty() && !all.contains(problem.cloud))
            all.append(problem.cloud);
    }
    if (all.isEmpty()) {
        return ConfigError::at({}, 0,
                               QStringLiteral("no cloud configuration found: no clouds.yaml in ") +
                                   m_env.searchDirs().join(QStringLiteral(", ")) +
                                   QStringLiteral(", and OS_AUTH_URL is not set"));
    }
    if (name.isEmpty()) {
        return ConfigError::at(set.cloudsFile, 0,
                               QStringLiteral("several clouds are configured (") + all.join(QStringLiteral(", ")) +
                                   QStringLiteral("); choose one, for example with OS_CLOUD"));
    }
    ConfigError e = ConfigError::at(set.cloudsFile, 0,
                                    QStringLiteral("no cloud of this name is configured; known clouds: ") +
                                        all.join(QStringLiteral(", ")));
    e.cloud = name;
    return e;
}

} // namespace zenith

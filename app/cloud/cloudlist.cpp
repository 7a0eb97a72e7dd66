#include "cloudlist.h"

#include "config/cloudconfigloader.h"
#include "config/openrcreader.h"

#include <QFileInfo>
#include <QSettings>

namespace zenith {

namespace {

const QString kOpenrcFiles = QStringLiteral("clouds/openrcFiles");
const QString kCloudsFiles = QStringLiteral("clouds/cloudsYamlFiles");

} // namespace

CloudList::CloudList(ConfigEnvironment environment)
    : m_environment(std::move(environment))
{}

void CloudList::reload()
{
    m_clouds.clear();
    m_problems.clear();
    const CloudConfigLoader loader(m_environment);
    auto set = loader.load();
    if (set) {
        for (const CloudConfig& c : set->clouds)
            add(c);
        m_problems = set->problems;
        m_default = set->defaultCloud;
    } else {
        m_problems.append(set.error());
    }
    // Files opened from the menu in earlier sessions; one that has gone is quietly forgotten.
    const QSettings settings;
    for (const QString& path : settings.value(kCloudsFiles).toStringList()) {
        if (QFileInfo::exists(path))
            readExtra(Kind::CloudsYaml, path, nullptr);
    }
    for (const QString& path : settings.value(kOpenrcFiles).toStringList()) {
        if (QFileInfo::exists(path))
            readExtra(Kind::Openrc, path, nullptr);
    }
    if (m_builtIn)
        add(*m_builtIn);
}

void CloudList::setBuiltIn(const CloudConfig& cloud)
{
    m_builtIn = cloud;
    add(cloud);
}

std::optional<ConfigError> CloudList::addOpenrc(const QString& path, QString* name)
{
    QStringList names;
    auto error = readExtra(Kind::Openrc, path, &names);
    if (!error) {
        remember(Kind::Openrc, path);
        if (name && !names.isEmpty())
            *name = names.first();
    }
    return error;
}

std::optional<ConfigError> CloudList::addCloudsYaml(const QString& path, QStringList* names)
{
    auto error = readExtra(Kind::CloudsYaml, path, names);
    if (!error)
        remember(Kind::CloudsYaml, path);
    return error;
}

std::optional<ConfigError> CloudList::readExtra(Kind kind, const QString& path, QStringList* names)
{
    if (kind == Kind::Openrc) {
        auto cloud = OpenrcReader::importFile(path, m_environment);
        if (!cloud)
            return cloud.error();
        add(cloud.value());
        if (names)
            names->append(cloud->name);
        return std::nullopt;
    }
    auto set = CloudConfigLoader(m_environment).loadFiles(path);
    if (!set)
        return set.error();
    for (const CloudConfig& c : set->clouds) {
        add(c);
        if (names)
            names->append(c.name);
    }
    m_problems += set->problems;
    return std::nullopt;
}

void CloudList::add(const CloudConfig& cloud)
{
    // The same name twice (a file opened again, or a clash between files): the newest wins.
    for (CloudConfig& existing : m_clouds) {
        if (existing.name == cloud.name) {
            existing = cloud;
            return;
        }
    }
    m_clouds.append(cloud);
}

void CloudList::remember(Kind kind, const QString& path) const
{
    QSettings settings;
    const QString key = kind == Kind::Openrc ? kOpenrcFiles : kCloudsFiles;
    QStringList paths = settings.value(key).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!paths.contains(absolute)) {
        paths.append(absolute);
        settings.setValue(key, paths);
    }
}

const CloudConfig* CloudList::find(const QString& name) const
{
    for (const CloudConfig& c : m_clouds) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QString CloudList::defaultCloud() const
{
    if (!m_default.isEmpty() && find(m_default))
        return m_default;
    const QString last = QSettings().value(QStringLiteral("session/lastCloud")).toString();
    if (find(last))
        return last;
    return m_clouds.isEmpty() ? QString() : m_clouds.first().name;
}

QStringList CloudList::searchPaths() const
{
    // The loader also tries .yml and .json in every directory; people only need the usual name.
    const QString forced = m_environment.variable(QStringLiteral("OS_CLIENT_CONFIG_FILE"));
    QStringList paths;
    for (const QString& path : CloudConfigLoader(m_environment).cloudsFileCandidates()) {
        if (path == forced || path.endsWith(QStringLiteral("/clouds.yaml")))
            paths.append(path);
    }
    return paths;
}

} // namespace zenith

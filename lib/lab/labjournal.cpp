#include "labjournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace zenith {

LabJournal::LabJournal(QString path)
    : m_path(std::move(path))
{}

QString LabJournal::defaultPath(const QString& cloud, const QString& lab)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/labs/") + cloud + u'-' +
           lab + QStringLiteral(".json");
}

QString LabJournal::path() const
{
    return m_path;
}

Result<void> LabJournal::load()
{
    m_entries.clear();
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return ApiError::local(ApiError::Kind::Config, file.errorString());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return ApiError::parse(m_path, error.errorString());
    const QJsonObject steps = doc.object().value(u"steps").toObject();
    for (auto it = steps.begin(); it != steps.end(); ++it) {
        const QJsonObject step = it.value().toObject();
        m_entries.insert(it.key(),
                         {labStepStateFromName(step.value(u"state").toString()), step.value(u"id").toString()});
    }
    return {};
}

Result<void> LabJournal::save() const
{
    if (m_path.isEmpty())
        return {};
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return ApiError::local(ApiError::Kind::Config, QStringLiteral("cannot create the folder of ") + m_path);
    QJsonObject steps;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        QJsonObject step{{QStringLiteral("state"), labStepStateName(it->state)}};
        if (!it->resourceId.isEmpty())
            step.insert(QStringLiteral("id"), it->resourceId);
        steps.insert(it.key(), step);
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return ApiError::local(ApiError::Kind::Config, file.errorString());
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("steps"), steps}})
                   .toJson(QJsonDocument::Indented));
    if (!file.commit())
        return ApiError::local(ApiError::Kind::Config, file.errorString());
    return {};
}

void LabJournal::record(const QString& stepId, LabStepState state, const QString& resourceId)
{
    LabJournalEntry& entry = m_entries[stepId];
    entry.state = state;
    if (!resourceId.isEmpty())
        entry.resourceId = resourceId;
}

QMap<QString, LabJournalEntry> LabJournal::entries() const
{
    return m_entries;
}

LabJournalEntry LabJournal::entry(const QString& stepId) const
{
    return m_entries.value(stepId);
}

QMap<QString, QString> LabJournal::resourceIds(const QString& prefix) const
{
    QMap<QString, QString> ids;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it.key().startsWith(prefix) && !it->resourceId.isEmpty())
            ids.insert(it.key(), it->resourceId);
    }
    return ids;
}

void LabJournal::clear()
{
    m_entries.clear();
}

} // namespace zenith

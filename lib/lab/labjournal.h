#pragma once

#include "labstep.h"

#include "core/result.h"

#include <QMap>
#include <QString>

namespace zenith {

//! One step's line in the journal.
struct LabJournalEntry
{
    LabStepState state = LabStepState::Pending;
    QString resourceId; //!< empty for steps that create nothing (readiness)

    friend bool operator==(const LabJournalEntry&, const LabJournalEntry&) = default;
};

//! The deployment's journal: a small JSON file rewritten atomically (QSaveFile) after every step,
//! so that a crash or a closed laptop loses nothing. It never holds a secret. Resume does not
//! trust it alone: the deployer also lists the lab's resources by tag.
class LabJournal
{
public:
    LabJournal() = default;
    explicit LabJournal(QString path);

    //! "<AppDataLocation>/labs/<cloud>-<lab>.json".
    static QString defaultPath(const QString& cloud, const QString& lab);

    QString path() const;
    //! Reads the file; an absent file is an empty journal, an unreadable one an error (Parse).
    Result<void> load();
    //! Writes the file atomically, creating its directory; an error (Config) when it cannot.
    Result<void> save() const;

    void record(const QString& stepId, LabStepState state, const QString& resourceId = {});
    QMap<QString, LabJournalEntry> entries() const;
    LabJournalEntry entry(const QString& stepId) const;
    //! The resource ids of the steps whose id starts with `prefix` ("record:": OVHcloud's records,
    //! which carry no tag): step id → resource id.
    QMap<QString, QString> resourceIds(const QString& prefix) const;
    void clear();

private:
    QString m_path;
    QMap<QString, LabJournalEntry> m_entries;
};

} // namespace zenith

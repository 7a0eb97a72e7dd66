#pragma once

#include "lab/labstep.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace zenith {

//! The words and icons of the lab's steps: what a step makes (or deletes) and where it stands.
class LabStepText
{
    Q_DECLARE_TR_FUNCTIONS(zenith::LabStepText)

public:
    //! The kind of resource, e.g. "Security group rule".
    static QString kind(LabStepKind kind);
    //! The same within a sentence ("Created %1 …"): "security group rule", but "Heat stack" and
    //! "DNS record" keep their capitals (a translator's lower case is a language's own business).
    static QString kindInSentence(LabStepKind kind);
    //! The state, e.g. "Already there".
    static QString state(LabStepState state);
    //! A small round icon for a state: grey pending, blue running, green done, teal already
    //! there, red failed, amber cancelled, hollow skipped.
    static QIcon stateIcon(LabStepState state);
    //! A small icon for a kind of resource.
    static QIcon kindIcon(LabStepKind kind);
};

} // namespace zenith

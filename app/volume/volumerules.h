#pragma once

#include "core/apierror.h"
#include "volume/volume.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace zenith {

//! Which actions a volume allows now, and why not, in words for the user: checked before
//! anything is sent, so that Cinder's refusals (terse, in its own terms) are rarely seen.
class VolumeRules
{
    Q_DECLARE_TR_FUNCTIONS(zenith::VolumeRules)

public:
    //! The name a person knows a volume by: its name, or its id when it has none.
    static QString label(const Volume& volume);
    //! label() between the UI language's quotation marks, for sentences.
    static QString quotedLabel(const Volume& volume);

    //! Why `volume` cannot be attached now (nullopt: it can).
    static std::optional<QString> attachProblem(const Volume& volume);
    //! Why `volume` cannot be detached now.
    static std::optional<QString> detachProblem(const Volume& volume);
    //! Why `volume` cannot grow to `newSize` GiB now. `onlineExtend`: the cloud extends attached
    //! volumes (Cinder 3.42 and a back end that can); without it an in-use volume is refused.
    static std::optional<QString> extendProblem(const Volume& volume, int newSize, bool onlineExtend);
    //! Why `volume` cannot be snapshotted now (in-use is allowed, forced: see snapshotNeedsForce).
    static std::optional<QString> snapshotProblem(const Volume& volume);
    //! True when a snapshot needs --force: the volume is attached and may be mid-write.
    static bool snapshotNeedsForce(const Volume& volume);
    //! Why `volume` cannot be deleted now; `snapshots` is how many snapshots it has,
    //! `server` the name of the instance it is attached to (if any).
    static std::optional<QString> deleteProblem(const Volume& volume, int snapshots, const QString& server);

    //! Cinder's refusal in plain words: its one long 400 for a volume that cannot be deleted
    //! ("must be available or error … have snapshots …") says which conditions could apply;
    //! nullopt for errors that ErrorText words well enough alone.
    static std::optional<QString> explainRefusal(const ApiError& error);
};

} // namespace zenith

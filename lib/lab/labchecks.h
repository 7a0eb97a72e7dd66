#pragma once

#include "labcheck.h"
#include "labcloudstate.h"
#include "labtopology.h"

#include <QList>
#include <QMap>
#include <QString>

namespace zenith {

//! The verifier's pure part: the checklist of a lab from what the cloud holds. No I/O, so it is
//! tested on fixtures built from real bodies.
class LabChecks
{
public:
    //! How the checks are made.
    struct Options
    {
        //! Look for each role's ready marker in its console (off on clouds whose consoles are empty,
        //! such as Nova's fake driver: the check is then skipped).
        bool checkReadiness = true;
        //! Server key -> the line its cloud-init prints when ready (LabUserData::readyMarker);
        //! a server without one has its readiness check skipped.
        QMap<QString, QString> readyMarkers;
        //! Server key -> the prefix of the line its setup prints when a step failed
        //! (LabUserData::failureMarkerPrefix): a console holding it is red whatever follows.
        QMap<QString, QString> failureMarkers;
    };

    //! Every check of LabCheck::Kind, in that order, for `topology` against `cloud`.
    static QList<LabCheck> run(const LabTopology& topology, const LabCloudState& cloud, const Options& options);
};

} // namespace zenith

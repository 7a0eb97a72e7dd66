#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace zenith {

//! The flavor of a server: a copy of its sizes from microversion 2.47 on ("embedded"), only
//! the flavor's id before. The copy survives the flavor's deletion; the id may not resolve.
struct ServerFlavor
{
    bool embedded = false; //!< true from 2.47: the sizes below are set and `id` is empty
    QString id;            //!< before 2.47: the flavor's id
    QString originalName;  //!< from 2.47: the flavor's name when the server was created or resized
    int vcpus = 0;
    int ram = 0;                       //!< MiB
    int disk = 0;                      //!< GiB, root disk
    int ephemeral = 0;                 //!< GiB
    int swap = 0;                      //!< MiB
    QMap<QString, QString> extraSpecs; //!< from 2.47, when policy shows them

    //! Reads {"id", "links"} (before 2.47), the embedded flavor (from 2.47), or {} (flavor row lost).
    static Result<ServerFlavor> fromJson(const QJsonObject& json);
};

} // namespace zenith

#pragma once

#include "instanceaction.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace zenith {

//! The words of the instance actions: menu labels, what each does (tooltips and the command
//! dock's explanation), and the sentence that opens a failure report.
class InstanceActionTexts
{
    Q_DECLARE_TR_FUNCTIONS(zenith::InstanceActionTexts)

public:
    //! "Start", "Delete…", "Attach volume…"
    static QString label(InstanceAction action);
    //! One sentence: what the action does.
    static QString explanation(InstanceAction action);
    //! "Could not stop web-1 and db."
    static QString failure(InstanceAction action, const QStringList& names);
    //! "web-1", "web-1 and db", "web-1, web-2 and db" (translated).
    static QString nameList(const QStringList& names);
};

} // namespace zenith

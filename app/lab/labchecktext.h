#pragma once

#include "lab/labcheck.h"

#include <QCoreApplication>
#include <QString>

namespace zenith {

//! The words of the lab's checklist: per check, what it verifies (title), why it matters
//! (explanation) and what to do when it is red (fix). Used by the Result page and its export.
class LabCheckText
{
    Q_DECLARE_TR_FUNCTIONS(zenith::LabCheckText)

public:
    static QString title(LabCheck::Kind kind);
    static QString explanation(LabCheck::Kind kind);
    static QString fix(LabCheck::Kind kind, const QString& labName);
    //! The checklist as a Markdown document: a line per check ("- [x] title"), with the detail
    //! and, for red ones, the fix.
    static QString markdown(const QList<LabCheck>& checks, const QString& labName);
};

} // namespace zenith

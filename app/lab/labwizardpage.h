#pragma once

#include "lab/labplan.h"

#include <QEvent>
#include <QWidget>

namespace zenith {

class Session;
struct LabPlanIssue;

//! One page of the lab wizard. A page edits part of a plain LabPlan (readPlan/writePlan) and
//! emits intents; it never sends a request itself (stores and the lab engine's objects do).
class LabWizardPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    //! The page's name in the wizard's step list, translated.
    virtual QString title() const = 0;
    //! The session in use (nullptr: signed out); pages holding stores follow it.
    virtual void setSession(Session* session) { Q_UNUSED(session); }
    //! Shows `plan` in the page's fields.
    virtual void readPlan(const LabPlan& plan) { Q_UNUSED(plan); }
    //! Copies what the user entered into `plan`.
    virtual void writePlan(LabPlan* plan) const { Q_UNUSED(plan); }
    //! Shows the issues of the page's own fields under them; returns how many it showed (Next
    //! stays disabled while a page has any).
    virtual int showIssues(const QList<LabPlanIssue>& issues)
    {
        Q_UNUSED(issues);
        return 0;
    }
    //! The page became the current one (or stopped being it).
    virtual void setActive(bool active) { Q_UNUSED(active); }
    //! True when the user may go to the next page (beyond the plan's issues).
    virtual bool canAdvance() const { return true; }

protected:
    //! Sets every text of the page in the current language: called by the page's constructor, and
    //! here on each change of language.
    virtual void retranslateUi() = 0;
    //! Call first in a page's destructor: children (stores, models) die after it and their last
    //! signals must not reach a half-destroyed page.
    void disconnectChildren()
    {
        for (QObject* child : children())
            disconnect(child, nullptr, this, nullptr);
    }
    void changeEvent(QEvent* event) override
    {
        QWidget::changeEvent(event);
        if (event->type() == QEvent::LanguageChange)
            retranslateUi();
    }

Q_SIGNALS:
    //! The user changed a field: the wizard reads the plan again and validates it.
    void edited();
    //! canAdvance() may have changed.
    void advanceChanged();
    //! See PaneSection::commandIssued.
    void commandIssued(const QString& command, const QString& what);
};

} // namespace zenith

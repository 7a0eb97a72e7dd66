#pragma once

#include "resourcekind.h"

#include <QWidget>

namespace zenith {

class Session;

//! One tab of a SectionedPane (instances, key pairs, images...): follows the session in use and
//! polls only while visible.
class PaneSection : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    //! The tab's title, translated.
    virtual QString title() const = 0;
    //! The session to show (nullptr when signed out): drop what is shown and fetch again.
    virtual void setSession(Session* session) = 0;
    //! The tab became visible (or stopped being): start or pause polling.
    virtual void setActive(bool active) = 0;
    //! Shows one resource if this tab lists its kind: selects its row (now, or when it arrives)
    //! and returns true; false when the tab does not list that kind.
    virtual bool selectResource(ResourceKind kind, const QString& id)
    {
        Q_UNUSED(kind);
        Q_UNUSED(id);
        return false;
    }

protected:
    //! Call first in a section's destructor: children (models, stores) die after it and their
    //! last signals (rows removed) must not reach a half-destroyed section.
    void disconnectChildren()
    {
        for (QObject* child : children())
            disconnect(child, nullptr, this, nullptr);
    }

Q_SIGNALS:
    //! See Pane::commandIssued.
    void commandIssued(const QString& command, const QString& what);
    //! The user asked to see a resource that another tab (or area) lists: see Pane::openResource.
    void openResourceRequested(zenith::ResourceKind kind, const QString& id);
};

} // namespace zenith

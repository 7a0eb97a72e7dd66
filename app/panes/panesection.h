#pragma once

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
};

} // namespace zenith

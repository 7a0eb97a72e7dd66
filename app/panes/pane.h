#pragma once

#include "area.h"
#include "resourcekind.h"

#include <QWidget>

namespace zenith {

//! One page of the main window, shown when its area is chosen in the sidebar.
//! To add a pane: derive from Pane, implement retranslateUi(), and hand an instance to
//! MainWindow::setPane(); it replaces the area's empty-state page.
class Pane : public QWidget
{
    Q_OBJECT

public:
    explicit Pane(Area area, QWidget* parent = nullptr);

    Area area() const;
    bool isActive() const;
    //! Called when the pane becomes the visible one (or stops being it): start or pause polling here.
    virtual void setActive(bool active);
    //! Shows one resource if a tab of this pane lists its kind (switching to that tab); false
    //! when none does. The main window routes openResourceRequested here.
    virtual bool openResource(ResourceKind kind, const QString& id)
    {
        Q_UNUSED(kind);
        Q_UNUSED(id);
        return false;
    }

Q_SIGNALS:
    //! An action was sent: `command` is the `openstack` command line that does the same
    //! (OpenstackCommand), `what` one translated sentence saying what it did. Shown in the
    //! Equivalent command dock.
    void commandIssued(const QString& command, const QString& what);
    //! A tab asked to show a resource (the topology diagram's click-through), maybe in another area.
    void openResourceRequested(zenith::ResourceKind kind, const QString& id);

protected:
    //! Sets every user-visible string again; called on language changes.
    virtual void retranslateUi() = 0;
    void changeEvent(QEvent* event) override;

private:
    Area m_area;
    bool m_active = false;
};

} // namespace zenith

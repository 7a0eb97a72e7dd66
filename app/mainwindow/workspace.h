#pragma once

#include "panes/area.h"

#include <QMap>
#include <QWidget>

class QStackedWidget;

namespace zenith {

class NavigationSidebar;
class Pane;

//! The sidebar and the pages it switches between. Each area starts with an empty-state page
//! until a real pane is installed with setPane().
class Workspace final : public QWidget
{
    Q_OBJECT

public:
    explicit Workspace(QWidget* parent = nullptr);

    //! Installs a pane for its area, taking ownership and deleting the page it replaces.
    void setPane(Pane* pane);
    Pane* pane(Area area) const;

    Area currentArea() const;
    void setCurrentArea(Area area);

Q_SIGNALS:
    void currentAreaChanged(zenith::Area area);

private:
    void activate(Area area);

    NavigationSidebar* m_sidebar;
    QStackedWidget* m_stack;
    QMap<Area, Pane*> m_panes;
};

} // namespace zenith

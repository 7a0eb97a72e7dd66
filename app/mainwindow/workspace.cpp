#include "workspace.h"

#include "navigationsidebar.h"
#include "panes/emptystatepane.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QStackedWidget>

namespace zenith {

Workspace::Workspace(QWidget* parent)
    : QWidget(parent)
    , m_sidebar(new NavigationSidebar(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("workspace"));
    m_stack->setObjectName(QStringLiteral("paneStack"));
    const QList<Area> areas = allAreas();
    for (const Area area : areas) {
        auto* page = new EmptyStatePane(area, m_stack);
        m_panes.insert(area, page);
        m_stack->addWidget(page);
    }

    auto* separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(separator);
    layout->addWidget(m_stack, 1);

    connect(m_sidebar, &NavigationSidebar::areaSelected, this, [this](Area area) {
        activate(area);
        Q_EMIT currentAreaChanged(area);
    });
    activate(m_sidebar->currentArea());
}

void Workspace::setPane(Pane* pane)
{
    Pane* old = m_panes.value(pane->area());
    const int index = m_stack->indexOf(old);
    m_stack->insertWidget(index, pane);
    m_stack->removeWidget(old);
    m_panes.insert(pane->area(), pane);
    if (old) {
        old->setActive(false);
        old->deleteLater();
    }
    activate(currentArea());
}

Pane* Workspace::pane(Area area) const
{
    return m_panes.value(area);
}

Area Workspace::currentArea() const
{
    return m_sidebar->currentArea();
}

void Workspace::setCurrentArea(Area area)
{
    m_sidebar->setCurrentArea(area);
}

void Workspace::activate(Area area)
{
    Pane* shown = m_panes.value(area);
    for (Pane* pane : std::as_const(m_panes)) {
        if (pane != shown && pane->isActive())
            pane->setActive(false);
    }
    m_stack->setCurrentWidget(shown);
    if (!shown->isActive())
        shown->setActive(true);
}

} // namespace zenith

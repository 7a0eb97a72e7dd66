#include "pane.h"

#include <QEvent>

namespace zenith {

Pane::Pane(Area area, QWidget* parent)
    : QWidget(parent)
    , m_area(area)
{}

Area Pane::area() const
{
    return m_area;
}

bool Pane::isActive() const
{
    return m_active;
}

void Pane::setActive(bool active)
{
    m_active = active;
}

void Pane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace zenith

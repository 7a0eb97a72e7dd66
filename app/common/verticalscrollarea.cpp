#include "verticalscrollarea.h"

#include <QEvent>
#include <QScrollBar>

namespace zenith {

VerticalScrollArea::VerticalScrollArea(QWidget* page, QWidget* parent)
    : QScrollArea(parent)
{
    setWidget(page);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    page->installEventFilter(this);
}

QSize VerticalScrollArea::minimumSizeHint() const
{
    const int width = widget()->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width();
    return {width, QScrollArea::minimumSizeHint().height()};
}

QSize VerticalScrollArea::sizeHint() const
{
    const QSize page = widget()->sizeHint();
    return {page.width() + verticalScrollBar()->sizeHint().width(), page.height()};
}

bool VerticalScrollArea::eventFilter(QObject* watched, QEvent* event)
{
    // The page's contents changed (rows added, a banner shown): its width may need the window wider.
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

} // namespace zenith

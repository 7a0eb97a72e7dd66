#include "busyindicator.h"

#include <QPainter>
#include <QTimerEvent>

namespace zenith {

namespace {
constexpr int frameMs = 50;
constexpr int stepDegrees = 30;
} // namespace

BusyIndicator::BusyIndicator(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAttribute(Qt::WA_TranslucentBackground);
}

QSize BusyIndicator::sizeHint() const
{
    const int side = fontMetrics().height();
    return {side, side};
}

QSize BusyIndicator::minimumSizeHint() const
{
    return sizeHint();
}

bool BusyIndicator::isAnimating() const
{
    return m_timer.isActive();
}

void BusyIndicator::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int side = qMin(width(), height());
    const qreal pen = qMax(1.5, side / 8.0);
    const QRectF box = QRectF((width() - side) / 2.0, (height() - side) / 2.0, side, side)
                           .adjusted(pen / 2 + 1, pen / 2 + 1, -pen / 2 - 1, -pen / 2 - 1);

    QColor track = palette().color(QPalette::WindowText);
    track.setAlphaF(0.15f);
    painter.setPen(QPen(track, pen));
    painter.drawEllipse(box);

    QPen arc(palette().color(QPalette::Highlight), pen);
    arc.setCapStyle(Qt::RoundCap);
    painter.setPen(arc);
    // QPainter angles are in 1/16th of a degree, counter-clockwise: negate to spin clockwise.
    painter.drawArc(box, -m_angle * 16, 100 * 16);
}

void BusyIndicator::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_timer.start(frameMs, this);
}

void BusyIndicator::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}

void BusyIndicator::timerEvent(QTimerEvent* event)
{
    if (event->timerId() != m_timer.timerId()) {
        QWidget::timerEvent(event);
        return;
    }
    m_angle = (m_angle + stepDegrees) % 360;
    update();
}

} // namespace zenith

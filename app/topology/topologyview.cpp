#include "topologyview.h"

#include "topologylayout.h"
#include "topologystyle.h"

#include <QContextMenuEvent>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QMenu>
#include <QPainter>
#include <QPen>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace zenith {

namespace {

constexpr int KindKey = 0;
constexpr int IdKey = 1;
constexpr qreal MinZoom = 0.1;
constexpr qreal MaxZoom = 4;

QPen penOf(const TopologyStyle& style)
{
    if (style.stroke.isEmpty())
        return Qt::NoPen;
    QPen pen{QColor(style.stroke), style.strokeWidth};
    if (style.dashed)
        pen.setStyle(Qt::DashLine);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

QBrush brushOf(const TopologyStyle& style)
{
    return style.fill.isEmpty() ? QBrush(Qt::NoBrush) : QBrush(QColor(style.fill));
}

class RoundedRectItem final : public QGraphicsRectItem
{
public:
    RoundedRectItem(const QRectF& rect, qreal radius)
        : QGraphicsRectItem(rect)
        , m_radius(radius)
    {}

    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        painter->setPen(pen());
        painter->setBrush(brush());
        painter->setRenderHint(QPainter::Antialiasing);
        painter->drawRoundedRect(rect(), m_radius, m_radius);
    }

private:
    qreal m_radius;
};

QGraphicsItem* itemFor(const TopologyShape& shape, const QFont& base)
{
    const TopologyStyle style = TopologyStyle::of(shape.style);
    switch (shape.type) {
    case TopologyShape::Type::Rect: {
        auto* item = new RoundedRectItem(shape.rect, style.radius);
        item->setPen(penOf(style));
        item->setBrush(brushOf(style));
        return item;
    }
    case TopologyShape::Type::Line: {
        auto* item = new QGraphicsLineItem(shape.line);
        item->setPen(penOf(style));
        return item;
    }
    case TopologyShape::Type::Text: break;
    }
    auto* item = new QGraphicsSimpleTextItem(shape.text);
    QFont font = base;
    font.setPointSizeF(style.fontSize);
    font.setBold(style.bold);
    item->setFont(font);
    item->setBrush(QColor(style.textColor));
    const qreal height = item->boundingRect().height();
    item->setPos(shape.rect.left(), shape.rect.top() + (shape.rect.height() - height) / 2);
    return item;
}

} // namespace

TopologyView::TopologyView(QWidget* parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setObjectName(u"topologyView"_qs);
    setScene(m_scene);
    setBackgroundBrush(Qt::white);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
}

void TopologyView::showLayout(const TopologyLayout& layout)
{
    const int h = horizontalScrollBar()->value();
    const int v = verticalScrollBar()->value();
    m_scene->clear();
    m_scene->setSceneRect(layout.bounds());
    for (const TopologyShape& shape : layout.shapes()) {
        QGraphicsItem* item = itemFor(shape, font());
        if (!shape.tooltip.isEmpty())
            item->setToolTip(shape.tooltip);
        if (shape.kind) {
            item->setData(KindKey, static_cast<int>(*shape.kind));
            item->setData(IdKey, shape.id);
            item->setCursor(Qt::PointingHandCursor);
        }
        m_scene->addItem(item);
    }
    // Same zoom (the transform stays), same place: a refresh must not move what the user looks at.
    horizontalScrollBar()->setValue(h);
    verticalScrollBar()->setValue(v);
}

qreal TopologyView::zoom() const
{
    return transform().m11();
}

void TopologyView::zoomBy(qreal factor)
{
    const qreal target = std::clamp(zoom() * factor, MinZoom, MaxZoom);
    scale(target / zoom(), target / zoom());
}

void TopologyView::zoomIn()
{
    zoomBy(1.25);
}

void TopologyView::zoomOut()
{
    zoomBy(1 / 1.25);
}

void TopologyView::fitAll()
{
    fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    if (zoom() > 1)
        setTransform(QTransform());
}

QImage TopologyView::renderImage(qreal scale) const
{
    const QRectF bounds = m_scene->sceneRect();
    QImage image((bounds.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_scene->render(&painter, QRectF(QPointF(0, 0), bounds.size() * scale), bounds);
    return image;
}

std::optional<std::pair<ResourceKind, QString>> TopologyView::resourceAt(const QPointF& scenePos) const
{
    const QList<QGraphicsItem*> found = m_scene->items(scenePos);
    for (const QGraphicsItem* item : found) {
        if (item->data(KindKey).isValid())
            return std::pair{static_cast<ResourceKind>(item->data(KindKey).toInt()), item->data(IdKey).toString()};
    }
    return std::nullopt;
}

void TopologyView::wheelEvent(QWheelEvent* event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.0015, delta)); // one notch (120) is about 20 %
    event->accept();
}

void TopologyView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (const auto target = resourceAt(mapToScene(event->position().toPoint()))) {
        Q_EMIT resourceActivated(target->first, target->second);
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void TopologyView::contextMenuEvent(QContextMenuEvent* event)
{
    const auto target = resourceAt(mapToScene(event->pos()));
    QMenu menu(this);
    if (target) {
        menu.addAction(tr("Open"), this, [this, target] { Q_EMIT resourceActivated(target->first, target->second); });
        menu.addSeparator();
    }
    menu.addAction(tr("Zoom In"), this, &TopologyView::zoomIn);
    menu.addAction(tr("Zoom Out"), this, &TopologyView::zoomOut);
    menu.addAction(tr("Fit"), this, &TopologyView::fitAll);
    menu.exec(event->globalPos());
}

} // namespace zenith

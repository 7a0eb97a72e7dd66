#pragma once

#include "panes/resourcekind.h"

#include <QGraphicsView>

class QGraphicsScene;

namespace zenith {

class TopologyLayout;

//! The diagram's canvas: draws a TopologyLayout's shapes, zooms with the wheel around the cursor,
//! pans by dragging, shows each shape's details as a tooltip, and reports a double-click (or the
//! context menu's Open) on a resource. A new layout keeps the zoom and the scroll position.
class TopologyView final : public QGraphicsView
{
    Q_OBJECT

public:
    explicit TopologyView(QWidget* parent = nullptr);

    //! Replaces the drawing.
    void showLayout(const TopologyLayout& layout);
    //! The current zoom factor (1: 100 %).
    qreal zoom() const;
    void zoomBy(qreal factor);
    void zoomIn();
    void zoomOut();
    //! Fits the whole diagram in the view (never above 100 %).
    void fitAll();
    //! The diagram as an image, at `scale` times its size, on white.
    QImage renderImage(qreal scale = 2) const;
    //! The resource under a scene point, if any (what a double-click there opens).
    std::optional<std::pair<ResourceKind, QString>> resourceAt(const QPointF& scenePos) const;

Q_SIGNALS:
    //! The user asked to open a resource (double-click, or Open in the context menu).
    void resourceActivated(zenith::ResourceKind kind, const QString& id);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    QGraphicsScene* m_scene;
};

} // namespace zenith

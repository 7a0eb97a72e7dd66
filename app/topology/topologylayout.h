#pragma once

#include "topologygraph.h"
#include "topologyshape.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRectF>

namespace zenith {

//! Lays a TopologyGraph out, deterministically and without widgets: networks as horizontal buses
//! (external ones on top, Horizon style) with their subnets on the left; routers, instances and
//! devices as boxes, each in its own column, in the band under the highest network they use, so
//! that no link crosses a box; the ports as vertical links labelled with their IPs and badges
//! (gateway of the subnet, port security off, allowed address pairs, floating IP); a legend.
class TopologyLayout
{
    Q_DECLARE_TR_FUNCTIONS(zenith::TopologyLayout)

public:
    //! Text measures: the layout estimates widths as characters × charWidth.
    struct Metrics
    {
        qreal charWidth = 7;   //!< average advance of the text font
        qreal lineHeight = 16; //!< a line of text or a badge
    };

    //! Lays `graph` out.
    static TopologyLayout compute(const TopologyGraph& graph, const Metrics& metrics);
    //! Lays `graph` out with the default metrics.
    static TopologyLayout compute(const TopologyGraph& graph);

    //! Everything to draw, back to front.
    const QList<TopologyShape>& shapes() const { return m_shapes; }
    //! The box of a router, instance, device or free port node (null if none).
    QRectF box(const QString& nodeId) const { return m_boxes.value(nodeId); }
    //! The bar of a network node (null if none).
    QRectF bus(const QString& networkId) const { return m_buses.value(networkId); }
    const QHash<QString, QRectF>& boxes() const { return m_boxes; }
    //! The whole drawing, legend included.
    QRectF bounds() const { return m_bounds; }

private:
    friend class TopologyLayoutBuilder;

    QList<TopologyShape> m_shapes;
    QHash<QString, QRectF> m_boxes;
    QHash<QString, QRectF> m_buses;
    QRectF m_bounds;
};

} // namespace zenith

// The drawing steps of TopologyLayoutBuilder: boxes, links and their labels, the legend.

#include "topologylayoutbuilder.h"

#include <algorithm>

namespace zenith {

using namespace topologylayout;
using Style = TopologyShape::Style;
using Kind = TopologyNode::Kind;

namespace {

std::optional<ResourceKind> resourceOf(Kind kind)
{
    switch (kind) {
    case Kind::Router: return ResourceKind::Router;
    case Kind::Server: return ResourceKind::Server;
    case Kind::Port: return ResourceKind::Port;
    case Kind::ExternalNetwork:
    case Kind::Network: return ResourceKind::Network;
    case Kind::Device: break;
    }
    return std::nullopt;
}

Style boxStyle(Kind kind)
{
    switch (kind) {
    case Kind::Router: return Style::RouterBox;
    case Kind::Server: return Style::ServerBox;
    case Kind::Port: return Style::PortBox;
    default: return Style::DeviceBox;
    }
}

Style linkStyle(const TopologyLink& link)
{
    if (!link.gatewayOf.isEmpty())
        return Style::GatewayLink;
    if (!link.status.isEmpty() && link.status != u"ACTIVE")
        return Style::DownLink;
    return Style::Link;
}

} // namespace

QString TopologyLayoutBuilder::boxSubtitle(const TopologyNode& node) const
{
    QString what;
    switch (node.kind) {
    case Kind::Router: what = tr("router"); break;
    case Kind::Server: what = tr("instance"); break;
    case Kind::Port:
        //: A port that no instance or router uses, in the topology diagram.
        what = tr("free port");
        break;
    default: what = node.deviceOwner.isEmpty() ? tr("device") : node.deviceOwner; break;
    }
    //: "instance · ACTIVE": what a box is, then its status as the API says it.
    return node.status.isEmpty() ? what : tr("%1 · %2").arg(what, node.status);
}

QString TopologyLayoutBuilder::boxTooltip(const TopologyNode& node) const
{
    QStringList lines{node.label(), boxSubtitle(node), tr("ID: %1").arg(node.id)};
    for (const TopologyLink& link : g.linksOf(node.id)) {
        const TopologyNode* network = g.node(link.networkId);
        //: In a tooltip: a port's addresses on a network ("lab-net: 10.12.0.1").
        lines << tr("%1: %2").arg(network ? network->label() : link.networkId, link.ips.join(u", "));
    }
    if (node.kind != Kind::Device)
        lines << tr("Double-click to open it.");
    return lines.join(u'\n');
}

QString TopologyLayoutBuilder::linkTooltip(const TopologyLink& link) const
{
    QStringList lines;
    if (link.role == TopologyLink::Role::RouterGateway)
        lines << tr("External gateway of the router (source NAT for its subnets)");
    if (!link.portId.isEmpty())
        lines << tr("Port %1").arg(link.portName.isEmpty() ? link.portId : link.portName)
              << tr("ID: %1").arg(link.portId);
    if (!link.ips.isEmpty())
        lines << tr("Addresses: %1").arg(link.ips.join(u", "));
    if (!link.macAddress.isEmpty())
        lines << tr("MAC: %1").arg(link.macAddress);
    if (!link.status.isEmpty())
        lines << tr("Status: %1").arg(link.status);
    for (const QString& cidr : link.gatewayOf)
        lines << tr("Holds the gateway IP of %1: the subnet's traffic to other networks leaves through this port.")
                     .arg(cidr);
    if (link.portSecurityOff)
        lines << tr("Port security off: no anti-spoofing and no security groups on this port.");
    if (!link.allowedPairs.isEmpty())
        lines << tr("Allowed address pairs: %1 (the port may send from these addresses, as a NAT gateway does).")
                     .arg(link.allowedPairs.join(u", "));
    for (const QString& ip : link.floatingIps)
        lines << tr("Floating IP %1 maps to this port.").arg(ip);
    if (!link.portId.isEmpty())
        lines << tr("Double-click to open the port.");
    return lines.join(u'\n');
}

void TopologyLayoutBuilder::drawColumns()
{
    for (const Column& column : std::as_const(columns)) {
        const TopologyNode& node = *column.node;
        const QRectF box(column.x, bandTop.at(column.band) + bandUpGap.at(column.band), column.width, BoxHeight);
        out.m_boxes.insert(node.id, box);
        drawLinks(column, column.up, true);
        drawLinks(column, column.down, false);
        TopologyShape shape;
        shape.type = TopologyShape::Type::Rect;
        shape.style = boxStyle(node.kind);
        shape.rect = box;
        shape.kind = resourceOf(node.kind);
        shape.id = node.id;
        shape.tooltip = boxTooltip(node);
        add(shape);
        addText({box.left() + 10, box.top() + 5, box.width() - 16, m.lineHeight}, elided(node.label()),
                Style::TitleText, shape.tooltip, shape.kind, node.id);
        addText({box.left() + 10, box.top() + 5 + m.lineHeight, box.width() - 16, m.lineHeight}, boxSubtitle(node),
                Style::MutedText, shape.tooltip, shape.kind, node.id);
    }
}

void TopologyLayoutBuilder::drawLinks(const Column& column, const QList<int>& links, bool up)
{
    const QRectF box(column.x, bandTop.at(column.band) + bandUpGap.at(column.band), column.width, BoxHeight);
    qreal x = column.x + LinkInset;
    for (const int index : links) {
        const TopologyLink& link = g.links().at(index);
        const Label& label = labels.at(index);
        const qreal busTop = busY.at(busIndex.value(link.networkId));
        const qreal busMiddle = busTop + BarHeight / 2;
        const QString tooltip = linkTooltip(link);
        const std::optional<ResourceKind> kind =
            link.portId.isEmpty() ? std::optional<ResourceKind>() : ResourceKind::Port;
        TopologyShape line;
        line.type = TopologyShape::Type::Line;
        line.style = linkStyle(link);
        line.line = QLineF(x, up ? box.top() : box.bottom(), x, busMiddle);
        line.kind = kind;
        line.id = link.portId;
        line.tooltip = tooltip;
        add(line);
        TopologyShape joint;
        joint.type = TopologyShape::Type::Rect;
        joint.style = Style::Joint;
        joint.rect = QRectF(x - 5, busMiddle - 5, 10, 10);
        joint.kind = kind;
        joint.id = link.portId;
        joint.tooltip = tooltip;
        add(joint);
        drawLabel(label, QPointF(x + 7, up ? busTop + BarHeight + 7 : box.bottom() + 7), link);
        x += std::max<qreal>(label.width, 40) + LabelGap;
    }
}

void TopologyLayoutBuilder::drawLabel(const Label& label, QPointF topLeft, const TopologyLink& link)
{
    const QString tooltip = linkTooltip(link);
    qreal y = topLeft.y();
    for (const Line& line : label.lines) {
        const auto kind =
            line.kind ? line.kind : (link.portId.isEmpty() ? std::optional<ResourceKind>() : ResourceKind::Port);
        const QString id = line.kind ? line.id : link.portId;
        const qreal width = textWidth(line.text, line.style);
        if (isBadge(line.style)) {
            TopologyShape badge;
            badge.type = TopologyShape::Type::Rect;
            badge.style = line.style;
            badge.rect = QRectF(topLeft.x(), y + 1, width, m.lineHeight - 2);
            badge.kind = kind;
            badge.id = id;
            badge.tooltip = tooltip;
            add(badge);
            addText({topLeft.x() + 6, y, width - 6, m.lineHeight}, line.text, Style::BadgeText, tooltip, kind, id);
        } else {
            addText({topLeft.x(), y, width, m.lineHeight}, line.text, line.style, tooltip, kind, id);
        }
        y += m.lineHeight;
    }
}

void TopologyLayoutBuilder::drawLegend()
{
    struct Entry
    {
        Style swatch;
        TopologyShape::Type type;
        QString text;
    };
    using T = TopologyShape::Type;
    const QList<Entry> entries{
        {Style::ExternalBus, T::Rect, tr("External network (router:external)")},
        {Style::NetworkBus, T::Rect, tr("Network, with its subnets: range · gateway")},
        {Style::RouterBox, T::Rect, tr("Router")},
        {Style::ServerBox, T::Rect, tr("Instance")},
        {Style::PortBox, T::Rect, tr("Port without a device")},
        {Style::DeviceBox, T::Rect, tr("Device that is not an instance or router of the project")},
        {Style::Link, T::Line, tr("Port, with its fixed IPs")},
        {Style::GatewayLink, T::Line, tr("Port holding its subnet's gateway IP")},
        {Style::DownLink, T::Line, tr("Port not active")},
        {Style::GatewayBadge, T::Rect, tr("Gateway of: the subnet's traffic leaves through this port")},
        {Style::SecurityOffBadge, T::Rect, tr("Port security off: no anti-spoofing, no security groups")},
        {Style::PairsBadge, T::Rect, tr("Allowed address pairs: may send from other addresses (NAT)")},
        {Style::FloatingBadge, T::Rect, tr("Floating IP: a public address mapped to the port")},
    };
    const qreal swatch = 36;
    const int perColumn = 7;
    QList<qreal> widths(2, 0);
    for (int i = 0; i < entries.size(); ++i)
        widths[i / perColumn] = std::max(widths[i / perColumn], textWidth(entries.at(i).text, Style::Text));
    const qreal top = bottom + 28;
    const qreal left = Margin;
    const qreal width = 3 * 12 + 2 * (swatch + 10) + widths[0] + widths[1] + 24;
    const qreal height = m.lineHeight * (perColumn + 1) + 24;
    TopologyShape frame;
    frame.type = T::Rect;
    frame.style = Style::LegendFrame;
    frame.rect = QRectF(left, top, width, height);
    add(frame);
    addText({left + 12, top + 8, 200, m.lineHeight}, tr("Legend"), Style::TitleText);
    for (int i = 0; i < entries.size(); ++i) {
        const Entry& entry = entries.at(i);
        const qreal x = left + 12 + (i / perColumn) * (swatch + 10 + widths[0] + 24);
        const qreal y = top + 12 + m.lineHeight * (i % perColumn + 1);
        TopologyShape sample;
        sample.type = entry.type;
        sample.style = entry.swatch;
        const bool bar = entry.swatch == Style::ExternalBus || entry.swatch == Style::NetworkBus;
        sample.rect = bar ? QRectF(x, y + m.lineHeight / 2 - 4, swatch, 8) : QRectF(x, y + 2, swatch, m.lineHeight - 4);
        sample.line = QLineF(x, y + m.lineHeight / 2, x + swatch, y + m.lineHeight / 2);
        add(sample);
        addText({x + swatch + 10, y, widths[i / perColumn], m.lineHeight}, entry.text, Style::Text);
    }
    QRectF bounds(0, 0, std::max(right, left + width) + Margin, top + height + Margin);
    out.m_bounds = bounds;
}

} // namespace zenith

#include "topologylayout.h"

#include "topologylayoutbuilder.h"

#include <algorithm>
#include <utility>

namespace zenith {

using Style = TopologyShape::Style;
using Kind = TopologyNode::Kind;

using namespace topologylayout;

qreal TopologyLayoutBuilder::textWidth(const QString& text, Style style) const
{
    const qreal bold = style == Style::TitleText ? 1.25 : 1.0; // 9.5 pt bold against 8.5 pt
    return text.size() * m.charWidth * bold + (isBadge(style) ? 12 : 0);
}

TopologyLayout TopologyLayout::compute(const TopologyGraph& graph, const Metrics& metrics)
{
    return TopologyLayoutBuilder(graph, metrics).run();
}

TopologyLayout TopologyLayout::compute(const TopologyGraph& graph)
{
    return compute(graph, Metrics{});
}

TopologyLayout TopologyLayoutBuilder::run()
{
    for (const TopologyNode& node : g.nodes()) {
        if (node.isNetwork()) {
            busIndex.insert(node.id, int(buses.size()));
            buses << &node;
        }
    }
    for (const TopologyLink& link : g.links())
        labels << linkLabel(link);
    for (const TopologyNode* bus : std::as_const(buses)) {
        for (const QString& line : busLines(*bus))
            labelColumn = std::max(labelColumn, textWidth(line, Style::TitleText));
    }
    labelColumn = std::max<qreal>(labelColumn + 24, 150);
    placeColumns();
    placeBands();
    drawBuses();
    drawColumns();
    drawLegend();
    return out;
}

TopologyLayoutBuilder::Label TopologyLayoutBuilder::linkLabel(const TopologyLink& link) const
{
    Label label;
    if (link.role == TopologyLink::Role::RouterGateway)
        label.lines << Line{tr("external gateway"), Style::MutedText, {}, {}};
    for (const QString& ip : link.ips)
        label.lines << Line{ip, Style::Text, {}, {}};
    for (const QString& cidr : link.gatewayOf)
        //: A badge on a port's link in the topology diagram: the port holds this subnet's gateway IP.
        label.lines << Line{tr("gateway of %1").arg(cidr), Style::GatewayBadge, {}, {}};
    if (link.portSecurityOff)
        label.lines << Line{tr("port security off"), Style::SecurityOffBadge, {}, {}};
    if (!link.allowedPairs.isEmpty())
        //: A badge: the port's allowed address pairs (addresses it may send from), e.g. "allowed 0.0.0.0/0".
        label.lines << Line{tr("allowed %1").arg(link.allowedPairs.join(u", ")), Style::PairsBadge, {}, {}};
    for (int i = 0; i < link.floatingIps.size(); ++i)
        //: A badge: the public floating IP mapped to this port.
        label.lines << Line{tr("floating %1").arg(link.floatingIps.at(i)), Style::FloatingBadge,
                            ResourceKind::FloatingIp, link.floatingIpIds.value(i)};
    if (!link.status.isEmpty() && link.status != u"ACTIVE")
        //: A port's Neutron status (DOWN, BUILD), kept in English as the API says it.
        label.lines << Line{tr("port %1").arg(link.status), Style::MutedText, {}, {}};
    for (const Line& line : std::as_const(label.lines))
        label.width = std::max(label.width, textWidth(line.text, line.style));
    label.height = label.lines.size() * m.lineHeight;
    return label;
}

qreal TopologyLayoutBuilder::sideWidth(const QList<int>& links) const
{
    qreal width = LinkInset;
    for (const int i : links)
        width += std::max<qreal>(labels.at(i).width, 40) + LabelGap;
    return width;
}

qreal TopologyLayoutBuilder::labelsHeight(const QList<int>& links) const
{
    qreal height = 0;
    for (const int i : links)
        height = std::max(height, labels.at(i).height);
    return height;
}

QStringList TopologyLayoutBuilder::busLines(const TopologyNode& network) const
{
    QString title = network.label();
    if (network.kind == Kind::ExternalNetwork)
        //: Follows a network's name in the topology diagram.
        title += network.shared ? tr(" (external, shared)") : tr(" (external)");
    else if (network.shared)
        title += tr(" (shared)");
    QStringList lines{title};
    for (const TopologyNode::Subnet& subnet : network.subnets) {
        lines << (subnet.gatewayIp.isEmpty()
                      //: A subnet in the topology diagram: its range, then its gateway.
                      ? tr("%1 · no gateway").arg(subnet.cidr)
                      : tr("%1 · gateway %2").arg(subnet.cidr, subnet.gatewayIp));
    }
    return lines;
}

void TopologyLayoutBuilder::placeColumns()
{
    const int lastBand = int(buses.size());
    for (const TopologyNode& node : g.nodes()) {
        if (node.isNetwork())
            continue;
        Column column;
        column.node = &node;
        int top = lastBand;
        QList<std::pair<int, int>> linked; // (bus, link index)
        for (int i = 0; i < g.links().size(); ++i) {
            const TopologyLink& link = g.links().at(i);
            if (link.nodeId != node.id || !busIndex.contains(link.networkId))
                continue;
            const int bus = busIndex.value(link.networkId);
            top = std::min(top, bus);
            linked << std::pair{bus, i};
        }
        // Below the highest network it uses; a node without links goes under the last network.
        column.band = linked.isEmpty() ? lastBand : top + 1;
        std::stable_sort(linked.begin(), linked.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [bus, index] : std::as_const(linked))
            (bus == top ? column.up : column.down) << index;
        const qreal box = std::max(textWidth(elided(node.label()), Style::TitleText),
                                   textWidth(boxSubtitle(node), Style::MutedText)) +
                          24;
        column.width = std::max({std::clamp<qreal>(box, 150, 320), sideWidth(column.up), sideWidth(column.down)});
        columns << column;
    }
    std::stable_sort(columns.begin(), columns.end(), [](const Column& a, const Column& b) { return a.band < b.band; });
    qreal x = Margin + labelColumn;
    for (Column& column : columns) {
        column.x = x;
        x += column.width + ColumnGap;
    }
    right = std::max(x - ColumnGap, Margin + labelColumn + 360);
}

void TopologyLayoutBuilder::placeBands()
{
    const int bandCount = int(buses.size()) + 1;
    QList<qreal> upGap(bandCount, MinGap);
    QList<qreal> height(bandCount, 0);
    for (const Column& column : std::as_const(columns)) {
        const qreal up = std::max(MinGap, labelsHeight(column.up) + 14);
        const qreal down = std::max(MinGap, labelsHeight(column.down) + 14);
        upGap[column.band] = std::max(upGap[column.band], up);
        height[column.band] = std::max(height[column.band], BoxHeight + down);
    }
    qreal y = Margin;
    for (int band = 0; band < bandCount; ++band) {
        if (band > 0) {
            // The bar, its subnets under it on the left, and room for the next network's name.
            const int subnetLines = int(busLines(*buses.at(band - 1)).size()) - 1;
            busY << y;
            y += BarHeight;
            const qreal leftText = (subnetLines + 1) * m.lineHeight + 10;
            const qreal content = height[band] > 0 ? upGap[band] + height[band] : 0;
            bandTop << y;
            bandUpGap << upGap[band];
            y += std::max(leftText, content) + (band < bandCount - 1 ? 8 : 0);
        } else {
            bandTop << y;
            bandUpGap << 0;
            y += buses.isEmpty() ? height[0] : m.lineHeight + 4; // the first network's name
        }
    }
    bottom = y;
}

void TopologyLayoutBuilder::drawBuses()
{
    for (int i = 0; i < buses.size(); ++i) {
        const TopologyNode& network = *buses.at(i);
        const QRectF bar(Margin + labelColumn - 12, busY.at(i), right - (Margin + labelColumn - 12), BarHeight);
        out.m_buses.insert(network.id, bar);
        TopologyShape shape;
        shape.type = TopologyShape::Type::Rect;
        shape.style = network.kind == Kind::ExternalNetwork ? Style::ExternalBus : Style::NetworkBus;
        shape.rect = bar;
        shape.kind = ResourceKind::Network;
        shape.id = network.id;
        const QStringList lines = busLines(network);
        QStringList tip{lines.first(), tr("ID: %1").arg(network.id)};
        if (!network.status.isEmpty())
            tip << tr("Status: %1").arg(network.status);
        if (network.placeholder)
            tip << tr("Not listed for this project: known only from a port or a router.");
        tip << lines.mid(1);
        shape.tooltip = tip.join(u'\n');
        add(shape);
        // The name above the bar, the subnets under it, left of the columns.
        const qreal x = Margin;
        addText({x, busY.at(i) - m.lineHeight - 2, labelColumn, m.lineHeight}, lines.first(), Style::TitleText,
                shape.tooltip, ResourceKind::Network, network.id);
        for (int l = 1; l < lines.size(); ++l)
            addText({x, busY.at(i) + BarHeight + 4 + (l - 1) * m.lineHeight, labelColumn, m.lineHeight}, lines.at(l),
                    Style::Text, shape.tooltip, ResourceKind::Network, network.id);
    }
}

void TopologyLayoutBuilder::addText(const QRectF& rect, const QString& text, Style style, const QString& tooltip,
                                    std::optional<ResourceKind> kind, const QString& id)
{
    TopologyShape shape;
    shape.type = TopologyShape::Type::Text;
    shape.style = style;
    shape.rect = rect;
    shape.text = text;
    shape.tooltip = tooltip;
    shape.kind = kind;
    shape.id = id;
    add(shape);
}

} // namespace zenith

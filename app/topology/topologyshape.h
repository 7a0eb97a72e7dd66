#pragma once

#include "panes/resourcekind.h"

#include <QLineF>
#include <QRectF>
#include <QString>

#include <optional>

namespace zenith {

//! One primitive of the laid-out diagram: a rectangle, a line or a line of text, with a style
//! (TopologyStyle gives its colours), what it stands for (click-through) and its tooltip. The
//! scene and the SVG writer draw the same shapes, so the PNG and the SVG match.
struct TopologyShape
{
    enum class Type { Rect, Line, Text };
    enum class Style {
        ExternalBus,
        NetworkBus,
        RouterBox,
        ServerBox,
        DeviceBox,
        PortBox,
        Link,
        GatewayLink, //!< the port holds a subnet's gateway IP
        DownLink,    //!< the port is not ACTIVE
        Joint,       //!< where a link meets its network
        GatewayBadge,
        SecurityOffBadge,
        PairsBadge,
        FloatingBadge,
        TitleText, //!< a node's or network's name
        Text,
        MutedText,
        BadgeText,
        LegendFrame,
    };

    Type type = Type::Rect;
    Style style = Style::Text;
    QRectF rect;                      //!< Rect and Text (the text's box, top-left anchored)
    QLineF line;                      //!< Line
    QString text;                     //!< Text
    std::optional<ResourceKind> kind; //!< what a double-click opens
    QString id;                       //!< the resource's id
    QString tooltip;
};

} // namespace zenith

#include "topologystyle.h"

namespace zenith {

TopologyStyle TopologyStyle::of(TopologyShape::Style style)
{
    using S = TopologyShape::Style;
    // Colours readable on white and in print; each badge colour appears in the legend.
    switch (style) {
    case S::ExternalBus: return {u"#2e7d32"_qs, u"#1b5e20"_qs, 1, false, 3, {}, 9, false};
    case S::NetworkBus: return {u"#1565c0"_qs, u"#0d47a1"_qs, 1, false, 3, {}, 9, false};
    case S::RouterBox: return {u"#fff3e0"_qs, u"#ef6c00"_qs, 1.5, false, 6, {}, 9, false};
    case S::ServerBox: return {u"#e3f2fd"_qs, u"#1565c0"_qs, 1.5, false, 6, {}, 9, false};
    case S::DeviceBox: return {u"#f5f5f5"_qs, u"#757575"_qs, 1.5, false, 6, {}, 9, false};
    case S::PortBox: return {u"#ffffff"_qs, u"#757575"_qs, 1.5, true, 6, {}, 9, false};
    case S::Link: return {{}, u"#546e7a"_qs, 2, false, 0, {}, 9, false};
    case S::GatewayLink: return {{}, u"#f9a825"_qs, 3.5, false, 0, {}, 9, false};
    case S::DownLink: return {{}, u"#9e9e9e"_qs, 2, true, 0, {}, 9, false};
    case S::Joint: return {u"#263238"_qs, u"#263238"_qs, 1, false, 4, {}, 9, false};
    case S::GatewayBadge: return {u"#fff59d"_qs, u"#f9a825"_qs, 1, false, 4, {}, 9, false};
    case S::SecurityOffBadge: return {u"#ffcdd2"_qs, u"#c62828"_qs, 1, false, 4, {}, 9, false};
    case S::PairsBadge: return {u"#ffe0b2"_qs, u"#e65100"_qs, 1, false, 4, {}, 9, false};
    case S::FloatingBadge: return {u"#c8e6c9"_qs, u"#2e7d32"_qs, 1, false, 4, {}, 9, false};
    case S::TitleText: return {{}, {}, 0, false, 0, u"#212121"_qs, 9.5, true};
    case S::Text: return {{}, {}, 0, false, 0, u"#263238"_qs, 8.5, false};
    case S::MutedText: return {{}, {}, 0, false, 0, u"#616161"_qs, 8.5, false};
    case S::BadgeText: return {{}, {}, 0, false, 0, u"#212121"_qs, 8, false};
    case S::LegendFrame: return {u"#fafafa"_qs, u"#bdbdbd"_qs, 1, false, 4, {}, 9, false};
    }
    return {};
}

} // namespace zenith

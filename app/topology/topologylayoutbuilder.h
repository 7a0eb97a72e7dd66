#pragma once

// Private to topologylayout*.cpp: the steps of TopologyLayout::compute.

#include "topologylayout.h"

#include <QCoreApplication>
#include <QPointF>

#include <optional>

namespace zenith {

namespace topologylayout {

constexpr qreal Margin = 20;
constexpr qreal BarHeight = 8;
constexpr qreal BoxHeight = 44;
constexpr qreal ColumnGap = 36;
constexpr qreal LinkInset = 16; // from the box's left edge to its first link
constexpr qreal LabelGap = 22;  // between a link's label and the next link
constexpr qreal MinGap = 36;    // between a box and a network, without labels
constexpr int MaxNameChars = 34;

inline QString elided(const QString& text)
{
    return text.size() <= MaxNameChars ? text : QString(text.left(MaxNameChars - 1) + u'…');
}

inline bool isBadge(TopologyShape::Style style)
{
    using S = TopologyShape::Style;
    return style == S::GatewayBadge || style == S::SecurityOffBadge || style == S::PairsBadge ||
           style == S::FloatingBadge;
}

} // namespace topologylayout

//! The work of TopologyLayout::compute, in steps.
class TopologyLayoutBuilder
{
    Q_DECLARE_TR_FUNCTIONS(zenith::TopologyLayout)

public:
    using Style = TopologyShape::Style;
    using Kind = TopologyNode::Kind;

    TopologyLayoutBuilder(const TopologyGraph& graph, const TopologyLayout::Metrics& metrics)
        : g(graph)
        , m(metrics)
    {}

    TopologyLayout run();

private:
    struct Line
    {
        QString text;
        Style style = Style::Text;
        std::optional<ResourceKind> kind;
        QString id;
    };
    struct Label
    {
        QList<Line> lines;
        qreal width = 0;
        qreal height = 0;
    };
    struct Column
    {
        const TopologyNode* node = nullptr;
        int band = 0;
        QList<int> up;   // link indices to the band's top network
        QList<int> down; // link indices to networks further down
        qreal x = 0;
        qreal width = 0;
    };

    qreal textWidth(const QString& text, Style style) const;
    Label linkLabel(const TopologyLink& link) const;
    qreal sideWidth(const QList<int>& links) const;
    qreal labelsHeight(const QList<int>& links) const;
    QStringList busLines(const TopologyNode& network) const;
    void placeColumns();
    void placeBands();
    void drawBuses();
    void drawColumns();
    void drawLinks(const Column& column, const QList<int>& links, bool up);
    void drawLabel(const Label& label, QPointF topLeft, const TopologyLink& link);
    void drawLegend();
    QString boxSubtitle(const TopologyNode& node) const;
    QString boxTooltip(const TopologyNode& node) const;
    QString linkTooltip(const TopologyLink& link) const;
    void add(TopologyShape shape) { out.m_shapes.append(std::move(shape)); }
    void addText(const QRectF& rect, const QString& text, Style style, const QString& tooltip = {},
                 std::optional<ResourceKind> kind = {}, const QString& id = {});

    const TopologyGraph& g;
    const TopologyLayout::Metrics m;
    TopologyLayout out;
    QList<const TopologyNode*> buses;
    QHash<QString, int> busIndex;
    QList<Label> labels; // per link
    QList<Column> columns;
    QList<qreal> busY;      // top of each bar
    QList<qreal> bandTop;   // per band (0..buses)
    QList<qreal> bandUpGap; // per band
    qreal labelColumn = 0;  // width of the networks' names on the left
    qreal right = 0;        // end of the last column
    qreal bottom = 0;       // end of the last band
};

} // namespace zenith

#include "topologysvg.h"

#include "topologylayout.h"
#include "topologystyle.h"

#include <QXmlStreamWriter>

namespace zenith {

namespace {

QString number(qreal value)
{
    return QString::number(value, 'f', 1);
}

// Qt draws fonts in points at 96 dpi; SVG user units are pixels.
QString pixels(qreal points)
{
    return number(points * 96.0 / 72.0);
}

void writePaint(QXmlStreamWriter& xml, const TopologyStyle& style, bool line)
{
    if (!line)
        xml.writeAttribute(u"fill"_qs, style.fill.isEmpty() ? u"none"_qs : style.fill);
    xml.writeAttribute(u"stroke"_qs, style.stroke.isEmpty() ? u"none"_qs : style.stroke);
    if (!style.stroke.isEmpty())
        xml.writeAttribute(u"stroke-width"_qs, number(style.strokeWidth));
    if (style.dashed)
        xml.writeAttribute(u"stroke-dasharray"_qs, u"5 3"_qs);
}

void writeTitle(QXmlStreamWriter& xml, const QString& tooltip)
{
    if (!tooltip.isEmpty())
        xml.writeTextElement(u"title"_qs, tooltip);
}

void writeShape(QXmlStreamWriter& xml, const TopologyShape& shape)
{
    const TopologyStyle style = TopologyStyle::of(shape.style);
    switch (shape.type) {
    case TopologyShape::Type::Rect:
        xml.writeStartElement(u"rect"_qs);
        xml.writeAttribute(u"x"_qs, number(shape.rect.x()));
        xml.writeAttribute(u"y"_qs, number(shape.rect.y()));
        xml.writeAttribute(u"width"_qs, number(shape.rect.width()));
        xml.writeAttribute(u"height"_qs, number(shape.rect.height()));
        if (style.radius > 0)
            xml.writeAttribute(u"rx"_qs, number(style.radius));
        writePaint(xml, style, false);
        break;
    case TopologyShape::Type::Line:
        xml.writeStartElement(u"line"_qs);
        xml.writeAttribute(u"x1"_qs, number(shape.line.x1()));
        xml.writeAttribute(u"y1"_qs, number(shape.line.y1()));
        xml.writeAttribute(u"x2"_qs, number(shape.line.x2()));
        xml.writeAttribute(u"y2"_qs, number(shape.line.y2()));
        writePaint(xml, style, true);
        break;
    case TopologyShape::Type::Text:
        xml.writeStartElement(u"text"_qs);
        xml.writeAttribute(u"x"_qs, number(shape.rect.x()));
        // The baseline: the rect is the line's box, its text sits in the lower three quarters.
        xml.writeAttribute(u"y"_qs, number(shape.rect.y() + shape.rect.height() * 0.76));
        xml.writeAttribute(u"font-size"_qs, pixels(style.fontSize));
        if (style.bold)
            xml.writeAttribute(u"font-weight"_qs, u"bold"_qs);
        xml.writeAttribute(u"fill"_qs, style.textColor);
        xml.writeCharacters(shape.text);
        writeTitle(xml, shape.tooltip);
        xml.writeEndElement();
        return;
    }
    writeTitle(xml, shape.tooltip);
    xml.writeEndElement();
}

} // namespace

QByteArray TopologySvg::write(const TopologyLayout& layout, const QString& title)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    // One element a line, by hand: auto-formatting would add blanks inside <text> around <title>.
    xml.writeStartDocument();
    const QRectF bounds = layout.bounds();
    xml.writeStartElement(u"svg"_qs);
    xml.writeDefaultNamespace(u"http://www.w3.org/2000/svg"_qs);
    xml.writeAttribute(u"version"_qs, u"1.1"_qs);
    xml.writeAttribute(u"width"_qs, number(bounds.width()));
    xml.writeAttribute(u"height"_qs, number(bounds.height()));
    xml.writeAttribute(
        u"viewBox"_qs,
        QStringList{number(bounds.x()), number(bounds.y()), number(bounds.width()), number(bounds.height())}.join(
            u' '));
    xml.writeAttribute(u"font-family"_qs, u"DejaVu Sans, Noto Sans, Arial, sans-serif"_qs);
    xml.writeCharacters(u"\n"_qs);
    xml.writeTextElement(u"title"_qs, title);
    xml.writeCharacters(u"\n"_qs);
    xml.writeStartElement(u"rect"_qs);
    xml.writeAttribute(u"x"_qs, number(bounds.x()));
    xml.writeAttribute(u"y"_qs, number(bounds.y()));
    xml.writeAttribute(u"width"_qs, number(bounds.width()));
    xml.writeAttribute(u"height"_qs, number(bounds.height()));
    xml.writeAttribute(u"fill"_qs, u"#ffffff"_qs);
    xml.writeEndElement();
    for (const TopologyShape& shape : layout.shapes()) {
        xml.writeCharacters(u"\n"_qs);
        writeShape(xml, shape);
    }
    xml.writeCharacters(u"\n"_qs);
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace zenith

// The topology diagram's SVG writer (app/topology/topologysvg): a well-formed SVG document with a
// rect, line or text element per shape, text escaped, read back with QXmlStreamReader.

#include "topologylab.h"

#include "topology/topologylayout.h"
#include "topology/topologysvg.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace zenith;
using namespace zenith::test;

class TestTopologySvg : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wellFormed();
    void escapesText();
};

namespace {

struct Read
{
    QString error;
    QString root;
    QString width;
    int rects = 0, lines = 0;
    QStringList texts;
};

Read read(const QByteArray& svg)
{
    Read out;
    QXmlStreamReader xml(svg);
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            if (depth == 1) {
                out.root = xml.name().toString() + u' ' + xml.namespaceUri().toString();
                out.width = xml.attributes().value(QLatin1String("width")).toString();
            }
            if (xml.name() == u"rect")
                ++out.rects;
            else if (xml.name() == u"line")
                ++out.lines;
            else if (xml.name() == u"text")
                out.texts << xml.readElementText(QXmlStreamReader::SkipChildElements);
        } else if (xml.isEndElement()) {
            --depth;
        }
    }
    if (xml.hasError())
        out.error = xml.errorString();
    return out;
}

} // namespace

void TestTopologySvg::wellFormed()
{
    const TopologyLayout layout = TopologyLayout::compute(TopologyGraph::build(labInput()));
    const Read svg = read(TopologySvg::write(layout, u"lab-topology.svg"_qs));
    QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
    QCOMPARE(svg.root, u"svg http://www.w3.org/2000/svg"_qs);
    QCOMPARE(svg.width.toDouble(), layout.bounds().width());
    int rects = 1; // the white background
    int lines = 0;
    int texts = 0;
    for (const TopologyShape& shape : layout.shapes()) {
        rects += shape.type == TopologyShape::Type::Rect ? 1 : 0;
        lines += shape.type == TopologyShape::Type::Line ? 1 : 0;
        texts += shape.type == TopologyShape::Type::Text ? 1 : 0;
    }
    QCOMPARE(svg.rects, rects);
    QCOMPARE(svg.lines, lines);
    QCOMPARE(svg.texts.size(), texts);
    QVERIFY(svg.texts.contains(u"gateway of 10.12.0.0/16"_qs));
    QVERIFY(svg.texts.contains(u"allowed 0.0.0.0/0"_qs));
    QVERIFY(svg.texts.contains(u"lb"_qs));
}

void TestTopologySvg::escapesText()
{
    TopologyGraph::Input in = labInput();
    in.servers[0].name = u"<lb> & \"friends\""_qs;
    const TopologyLayout layout = TopologyLayout::compute(TopologyGraph::build(in));
    const QByteArray bytes = TopologySvg::write(layout, u"a & b"_qs);
    const Read svg = read(bytes);
    QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
    QVERIFY(svg.texts.contains(u"<lb> & \"friends\""_qs));
    QVERIFY(!bytes.contains("<lb>"));
}

QTEST_GUILESS_MAIN(TestTopologySvg)
#include "tst_topologysvg.moc"

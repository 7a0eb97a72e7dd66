#include "icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace zenith {

namespace {

QByteArray svgSource(const QString& name)
{
    QFile file(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QPixmap render(const QByteArray& svg, int size, qreal ratio)
{
    QSvgRenderer renderer(svg);
    const int device = qRound(size * ratio);
    QPixmap pixmap(device, device);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    renderer.render(&painter);
    painter.end();
    pixmap.setDevicePixelRatio(ratio);
    return pixmap;
}

// Full-strength text colour makes line icons look heavier than the text beside them.
QColor softened(const QColor& text, const QColor& background)
{
    constexpr float weight = 0.78f;
    return QColor::fromRgbF(text.redF() * weight + background.redF() * (1 - weight),
                            text.greenF() * weight + background.greenF() * (1 - weight),
                            text.blueF() * weight + background.blueF() * (1 - weight));
}

QByteArray tinted(const QByteArray& svg, const QColor& color)
{
    QByteArray out = svg;
    return out.replace("currentColor", color.name().toLatin1());
}

} // namespace

// QIcon's SVG engine (a plugin) knows nothing of the palette: render the sizes ourselves, with
// "currentColor" replaced by the text colour, and by the highlighted text colour for selected items.
QIcon Icons::icon(const QString& name)
{
    static QHash<QString, QIcon> cache;
    const QPalette palette = QApplication::palette();
    const QColor normal = softened(palette.color(QPalette::Active, QPalette::WindowText),
                                   palette.color(QPalette::Active, QPalette::Window));
    const QColor selected = palette.color(QPalette::Active, QPalette::HighlightedText);
    const QString key = name + normal.name() + selected.name();
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return it.value();

    const QByteArray svg = svgSource(name);
    if (svg.isEmpty())
        return {};
    const qreal ratio = qApp ? qApp->devicePixelRatio() : 1.0;
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 96}) {
        icon.addPixmap(render(tinted(svg, normal), size, ratio), QIcon::Normal);
        icon.addPixmap(render(tinted(svg, selected), size, ratio), QIcon::Selected);
    }
    cache.insert(key, icon);
    return icon;
}

QIcon Icons::appIcon()
{
    static const QIcon fallback = [] {
        QIcon icon;
        const QByteArray svg = svgSource(QStringLiteral("zenith"));
        for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
            icon.addPixmap(render(svg, size, 1.0));
        return icon;
    }();
    return QIcon::fromTheme(QStringLiteral("org.zenith.Zenith"), fallback);
}

} // namespace zenith

#include "volumestatus.h"

#include <QColor>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace zenith {

namespace {

enum class Tone { Good, Busy, Bad };

Tone toneOf(const QString& status)
{
    if (status.startsWith(u"error"))
        return Tone::Bad;
    if (status == u"available" || status == u"in-use")
        return Tone::Good;
    return Tone::Busy;
}

} // namespace

QString VolumeStatus::text(const QString& status)
{
    static const QHash<QString, const char*> words{
        {QStringLiteral("available"), QT_TR_NOOP("Available")},
        //: Volume status: attached to an instance
        {QStringLiteral("in-use"), QT_TR_NOOP("In use")},
        {QStringLiteral("creating"), QT_TR_NOOP("Creating")},
        {QStringLiteral("attaching"), QT_TR_NOOP("Attaching")},
        {QStringLiteral("detaching"), QT_TR_NOOP("Detaching")},
        {QStringLiteral("extending"), QT_TR_NOOP("Extending")},
        {QStringLiteral("deleting"), QT_TR_NOOP("Deleting")},
        //: Volume status: an image is being copied onto it
        {QStringLiteral("downloading"), QT_TR_NOOP("Copying image")},
        //: Volume status: being copied into an image
        {QStringLiteral("uploading"), QT_TR_NOOP("Uploading to image")},
        {QStringLiteral("backing-up"), QT_TR_NOOP("Backing up")},
        {QStringLiteral("restoring-backup"), QT_TR_NOOP("Restoring backup")},
        //: Volume status: held for an attachment about to start
        {QStringLiteral("reserved"), QT_TR_NOOP("Reserved")},
        {QStringLiteral("error"), QT_TR_NOOP("Error")},
        {QStringLiteral("error_extending"), QT_TR_NOOP("Error (extending)")},
        {QStringLiteral("error_deleting"), QT_TR_NOOP("Error (deleting)")},
        {QStringLiteral("error_restoring"), QT_TR_NOOP("Error (restoring)")},
    };
    const auto it = words.constFind(status);
    return it == words.cend() ? status : tr(*it);
}

QIcon VolumeStatus::icon(const QString& status)
{
    static QHash<int, QIcon> cache;
    const Tone tone = toneOf(status);
    auto it = cache.constFind(int(tone));
    if (it != cache.cend())
        return *it;
    static const QColor colors[] = {QColor(0x2e, 0xa0, 0x43), QColor(0xe0, 0x8e, 0x0b), QColor(0xd1, 0x24, 0x2f)};
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colors[int(tone)]);
    painter.drawEllipse(QRectF(3, 3, 10, 10));
    painter.end();
    return *cache.insert(int(tone), QIcon(pixmap));
}

} // namespace zenith

#include "messagebanner.h"

#include "dialogsize.h"
#include "icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>

namespace zenith {

namespace {

QColor accent(MessageBanner::Type type)
{
    switch (type) {
    case MessageBanner::Type::Information: return QColor(0x3d, 0x7e, 0xc8);
    case MessageBanner::Type::Warning: return QColor(0xd9, 0x8e, 0x04);
    case MessageBanner::Type::Error: return QColor(0xd6, 0x45, 0x3d);
    }
    return {};
}

QString iconName(MessageBanner::Type type)
{
    switch (type) {
    case MessageBanner::Type::Information: return QStringLiteral("info");
    case MessageBanner::Type::Warning: return QStringLiteral("warning");
    case MessageBanner::Type::Error: return QStringLiteral("error");
    }
    return {};
}

} // namespace

MessageBanner::MessageBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    applyStyle();
    hide();
}

void MessageBanner::showMessage(Type type, const QString& text)
{
    m_type = type;
    m_text->setText(text);
    applyStyle();
    show();
    // In a dialog, the message must not squeeze the form: grow it once the layout has the text.
    QTimer::singleShot(0, this, [this] { growDialogToFit(window()); });
}

QString MessageBanner::text() const
{
    return m_text->text();
}

MessageBanner::Type MessageBanner::type() const
{
    return m_type;
}

void MessageBanner::applyStyle()
{
    const QColor color = accent(m_type);
    QColor fill = color;
    fill.setAlphaF(0.12f);
    // A style sheet on this frame only: the tint must not leak into the label or its selection colours.
    setStyleSheet(QStringLiteral("#messageBanner { background: rgba(%1, %2, %3, %4); border: 1px solid %5;"
                                 " border-radius: 4px; }")
                      .arg(fill.red())
                      .arg(fill.green())
                      .arg(fill.blue())
                      .arg(fill.alpha())
                      .arg(color.name()));
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) + 4;
    m_icon->setPixmap(Icons::icon(iconName(m_type)).pixmap(side, side));
}

} // namespace zenith

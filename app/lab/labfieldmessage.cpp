#include "labfieldmessage.h"

#include <QEvent>
#include <QPalette>

namespace zenith {

LabFieldMessage::LabFieldMessage(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    applyColour();
    hide();
}

void LabFieldMessage::setMessage(const QString& text)
{
    setText(text);
    setVisible(!text.isEmpty());
}

void LabFieldMessage::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColour();
}

void LabFieldMessage::applyColour()
{
    // A red that reads on light and dark windows alike.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QPalette shown = palette();
    const QColor red = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x2a, 0x1e);
    if (shown.color(QPalette::WindowText) == red)
        return;
    shown.setColor(QPalette::WindowText, red);
    setPalette(shown);
}

} // namespace zenith

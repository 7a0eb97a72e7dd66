#pragma once

#include <QBoxLayout>
#include <QDialog>

namespace zenith {

//! Gives a dialog built on a vertical box layout a minimum width. A strut on the layout, not
//! QWidget::setMinimumWidth(): an explicit minimum size stops the layout from growing the dialog
//! when a message appears in it, and its rows get squeezed instead.
inline void setDialogMinimumWidth(QBoxLayout* layout, int width)
{
    layout->addStrut(width);
}

//! Makes a dialog tall enough for its contents at its current width. Word-wrapped text (an error
//! of several lines) needs more height than the layout's minimum, which counts one line per label.
inline void growDialogToFit(QWidget* window)
{
    auto* dialog = qobject_cast<QDialog*>(window);
    if (!dialog || !dialog->layout() || !dialog->isVisible())
        return;
    QLayout* layout = dialog->layout();
    const int needed =
        layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width()) : layout->totalSizeHint().height();
    if (needed > dialog->height())
        dialog->resize(dialog->width(), needed);
}

} // namespace zenith

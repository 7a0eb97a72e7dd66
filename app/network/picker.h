#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QInputDialog;
class QWidget;

namespace zenith {

//! Opens a window-modal list picker (not waited for) and calls `picked(index)` with the chosen
//! entry's index if the user accepts. Returns the dialog (deleted on close), for tests.
QInputDialog* openPicker(QWidget* parent, const QString& title, const QString& label, const QStringList& items,
                         std::function<void(int)> picked);

} // namespace zenith

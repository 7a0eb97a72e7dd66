#include "picker.h"

#include <QInputDialog>

namespace zenith {

QInputDialog* openPicker(QWidget* parent, const QString& title, const QString& label, const QStringList& items,
                         std::function<void(int)> picked)
{
    auto* dialog = new QInputDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setComboBoxItems(items);
    dialog->setComboBoxEditable(false);
    dialog->setMinimumWidth(480);
    QObject::connect(dialog, &QInputDialog::accepted, dialog, [dialog, items, picked] {
        const int index = int(items.indexOf(dialog->textValue()));
        if (index >= 0)
            picked(index);
    });
    dialog->open();
    return dialog;
}

} // namespace zenith

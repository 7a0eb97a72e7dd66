#include "labchoicecombo.h"

namespace zenith {

LabChoiceCombo::LabChoiceCombo(QWidget* parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    connect(this, &QComboBox::activated, this, [this](int index) {
        m_wanted = itemText(index);
        m_userChoice = true;
        Q_EMIT choiceEdited(m_wanted);
    });
}

void LabChoiceCombo::setChoices(const QStringList& names)
{
    const QString keep = choice();
    if (names == QStringList([this] {
            QStringList shown;
            for (int i = 0; i < count(); ++i)
                shown << itemText(i);
            return shown;
        }()))
        return;
    clear();
    addItems(names);
    setCurrentIndex(names.indexOf(keep));
    m_wanted = keep;
}

void LabChoiceCombo::setChoice(const QString& name)
{
    m_wanted = name;
    setCurrentIndex(findText(name));
}

QString LabChoiceCombo::choice() const
{
    return currentIndex() >= 0 ? currentText() : m_wanted;
}

} // namespace zenith

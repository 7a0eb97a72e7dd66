#include "labchoicecombo.h"

namespace zenith {

LabChoiceCombo::LabChoiceCombo(QWidget* parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    connect(this, &QComboBox::activated, this, [this](int index) {
        m_wanted = itemData(index).toString();
        m_userChoice = true;
        Q_EMIT choiceEdited(m_wanted);
    });
}

void LabChoiceCombo::setChoices(const QStringList& names, const QStringList& labels)
{
    const QString keep = choice();
    const QStringList shown = labels.size() == names.size() ? labels : names;
    bool same = count() == names.size();
    for (int i = 0; same && i < count(); ++i)
        same = itemData(i).toString() == names.at(i) && itemText(i) == shown.at(i);
    if (same)
        return;
    clear();
    for (int i = 0; i < names.size(); ++i)
        addItem(shown.at(i), names.at(i));
    setCurrentIndex(findData(keep));
    m_wanted = keep;
}

void LabChoiceCombo::setChoice(const QString& name)
{
    m_wanted = name;
    setCurrentIndex(findData(name));
}

QString LabChoiceCombo::choice() const
{
    return currentIndex() >= 0 ? currentData().toString() : m_wanted;
}

} // namespace zenith

#pragma once

#include <QComboBox>

namespace zenith {

//! A picker of names the cloud lists (networks, images, flavors, key pairs) that keeps the
//! choice while the list refreshes, and remembers a wanted name not listed yet (a plan read
//! before its store loaded) until it appears.
class LabChoiceCombo final : public QComboBox
{
    Q_OBJECT

public:
    explicit LabChoiceCombo(QWidget* parent = nullptr);

    //! Replaces the names (sorted by the caller), shown as `labels` when given (same length); the
    //! chosen one stays chosen when still listed.
    void setChoices(const QStringList& names, const QStringList& labels = {});
    //! Chooses `name`, now if listed, else as soon as it is.
    void setChoice(const QString& name);
    //! The chosen name; the wanted one while it is not listed yet.
    QString choice() const;
    //! True when the user (rather than a default) chose the current name.
    bool isUserChoice() const { return m_userChoice; }

Q_SIGNALS:
    //! The user picked a name.
    void choiceEdited(const QString& name);

private:
    QString m_wanted;
    bool m_userChoice = false;
};

} // namespace zenith

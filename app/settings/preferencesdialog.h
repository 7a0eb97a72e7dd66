#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace zenith {

//! Zenith's preferences. Changes apply at once (there is nothing to confirm), so the dialog has
//! a single Close button.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    //! The language choice to show: a code from LanguageManager, or empty for the system's.
    void setLanguage(const QString& language);
    QString language() const;

Q_SIGNALS:
    //! The person picked a language: a code, or empty for "System language".
    void languageSelected(const QString& language);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillLanguages();

    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_languageNote;
    QDialogButtonBox* m_buttons;
};

} // namespace zenith

#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace zenith {

//! Chooses the user-interface language, installs Zenith's and Qt's translators, and remembers the
//! choice in QSettings. Installing a translator makes Qt send QEvent::LanguageChange to every widget,
//! which retranslate themselves live.
class LanguageManager final : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    //! The saved choice: a language code ("en", "fr"), or empty to follow the system.
    QString language() const;
    //! The language in use: the choice, or the system's resolved to one Zenith has.
    QString effectiveLanguage() const;

    //! Applies the language saved in QSettings (the system's when none is).
    void restore();
    //! Applies a language now and saves the choice; empty means "follow the system".
    void setLanguage(const QString& language);

    //! Language codes Zenith has translations for, English first.
    static QStringList supportedLanguages();
    //! A language's name in that language ("Français"), as language menus show it.
    static QString nativeName(const QString& language);
    //! The first of the system's preferred UI languages that Zenith supports, else "en".
    static QString systemLanguage();

Q_SIGNALS:
    //! The effective language changed (after the translators were swapped).
    void languageChanged(const QString& effectiveLanguage);

private:
    void apply(const QString& effective);

    QString m_language;
    QString m_effective;
    std::unique_ptr<QTranslator> m_zenith;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace zenith

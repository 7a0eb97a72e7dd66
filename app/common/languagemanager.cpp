#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace zenith {

namespace {

constexpr auto languageKey = QLatin1StringView("ui/language");

} // namespace

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
{}

LanguageManager::~LanguageManager()
{
    // Owned by the application object, this runs after it is gone: nothing left to translate.
    if (!QCoreApplication::instance())
        return;
    if (m_zenith)
        QCoreApplication::removeTranslator(m_zenith.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QString LanguageManager::language() const
{
    return m_language;
}

QString LanguageManager::effectiveLanguage() const
{
    return m_effective;
}

void LanguageManager::restore()
{
    const QString saved = QSettings().value(languageKey).toString();
    m_language = supportedLanguages().contains(saved) ? saved : QString();
    apply(m_language.isEmpty() ? systemLanguage() : m_language);
}

void LanguageManager::setLanguage(const QString& language)
{
    m_language = supportedLanguages().contains(language) ? language : QString();
    QSettings settings;
    if (m_language.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, m_language);
    apply(m_language.isEmpty() ? systemLanguage() : m_language);
}

QStringList LanguageManager::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr")};
}

QString LanguageManager::nativeName(const QString& language)
{
    // Endonyms, never translated: someone lost in a foreign UI must still find their language.
    if (language == u"fr")
        return QStringLiteral("Français");
    return QStringLiteral("English");
}

QString LanguageManager::systemLanguage()
{
    const QStringList supported = supportedLanguages();
    const QStringList preferred = QLocale::system().uiLanguages();
    for (const QString& tag : preferred) {
        const QString code = tag.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (supported.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

void LanguageManager::apply(const QString& effective)
{
    if (effective == m_effective && m_zenith)
        return;
    m_effective = effective;

    if (m_zenith)
        QCoreApplication::removeTranslator(m_zenith.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());

    // Dates and numbers follow the language too, keeping the system's country when it speaks it
    // (fr_CA stays fr_CA), so a French window does not show "6 Dec 2026".
    const QLocale system = QLocale::system();
    QLocale::setDefault(QLocale::languageToCode(system.language()) == effective ? system : QLocale(effective));

    // Qt's own strings (standard buttons, context menus): English needs none.
    m_qt = std::make_unique<QTranslator>();
    if (effective != u"en" && m_qt->load(QLocale(effective), QStringLiteral("qtbase"), QStringLiteral("_"),
                                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());

    // zenith_en carries the English plural forms, so it is loaded too.
    m_zenith = std::make_unique<QTranslator>();
    if (m_zenith->load(QStringLiteral(":/i18n/zenith_") + effective))
        QCoreApplication::installTranslator(m_zenith.get());

    Q_EMIT languageChanged(m_effective);
}

} // namespace zenith

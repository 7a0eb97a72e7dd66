#include "preferencesdialog.h"

#include "common/languagemanager.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace zenith {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_languageLabel->setBuddy(m_language);
    m_languageNote->setWordWrap(true);
    QPalette muted = m_languageNote->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_languageNote->setPalette(muted);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_languageLabel, m_language);
    form->addRow(QString(), m_languageNote);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            Q_EMIT languageSelected(m_language->itemData(index).toString());
    });
    retranslateUi();
}

void PreferencesDialog::setLanguage(const QString& language)
{
    const QSignalBlocker blocker(m_language);
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_languageLabel->setText(tr("&Language:"));
    m_languageNote->setText(tr("Applies at once. \"System language\" follows your desktop's language setting."));
    fillLanguages();
}

void PreferencesDialog::fillLanguages()
{
    const QString current = m_language->count() > 0 ? language() : QString();
    const QSignalBlocker blocker(m_language);
    m_language->clear();
    //: %1 is the language the system asks for, by its own name, e.g. "Français"
    m_language->addItem(tr("System language (%1)").arg(LanguageManager::nativeName(LanguageManager::systemLanguage())),
                        QString());
    const QStringList languages = LanguageManager::supportedLanguages();
    for (const QString& code : languages)
        m_language->addItem(LanguageManager::nativeName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(current)));
}

} // namespace zenith

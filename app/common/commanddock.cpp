#include "commanddock.h"

#include "icons.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace zenith {

CommandDock::CommandDock(QWidget* parent)
    : QDockWidget(parent)
    , m_explanation(new QLabel)
    , m_command(new QLineEdit)
    , m_copy(new QToolButton)
{
    setObjectName(QStringLiteral("commandDock"));
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);

    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A line edit rather than a label: one line that scrolls, selectable with the keyboard too.
    m_command->setReadOnly(true);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setObjectName(QStringLiteral("commandLine"));
    m_copy->setIcon(Icons::icon(QStringLiteral("copy")));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copy->setEnabled(false);
    m_copy->setObjectName(QStringLiteral("copyCommand"));
    connect(m_copy, &QToolButton::clicked, this, &CommandDock::copy);

    auto* row = new QHBoxLayout;
    row->addWidget(m_command, 1);
    row->addWidget(m_copy);
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_explanation);
    layout->addLayout(row);
    layout->addStretch();
    setWidget(content);
    retranslateUi();
}

void CommandDock::showCommand(const QString& command, const QString& what)
{
    m_hasCommand = !command.isEmpty();
    m_command->setText(command);
    m_command->setCursorPosition(0);
    m_command->setToolTip(command);
    m_explanation->setText(what);
    m_copy->setEnabled(m_hasCommand);
    if (!m_hasCommand)
        retranslateUi();
}

QString CommandDock::command() const
{
    return m_command->text();
}

QString CommandDock::explanation() const
{
    return m_explanation->text();
}

void CommandDock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void CommandDock::copy()
{
    if (!m_hasCommand)
        return;
    QApplication::clipboard()->setText(m_command->text());
    Q_EMIT copied(m_command->text());
}

void CommandDock::retranslateUi()
{
    //: Title of the dock that shows the openstack CLI command equivalent to the last action
    setWindowTitle(tr("Equivalent command"));
    //: Button: copy the command line to the clipboard
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the command to the clipboard"));
    m_command->setPlaceholderText(tr("No action yet"));
    // The caller's explanation is already translated (and is replaced on its next action).
    if (!m_hasCommand)
        m_explanation->setText(
            tr("Each action you take here shows the openstack command that does the same thing in a terminal."));
}

} // namespace zenith

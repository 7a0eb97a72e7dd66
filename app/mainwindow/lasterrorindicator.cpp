#include "lasterrorindicator.h"

#include "common/errortext.h"
#include "common/icons.h"
#include "errordetailsdialog.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QToolButton>

namespace zenith {

LastErrorIndicator::LastErrorIndicator(QWidget* parent)
    : QWidget(parent)
    , m_button(new QToolButton(this))
    , m_dismiss(new QToolButton(this))
    , m_copyAction(new QAction(Icons::icon(QStringLiteral("copy")), QString(), this))
    , m_dismissAction(new QAction(Icons::icon(QStringLiteral("close")), QString(), this))
{
    setObjectName(QStringLiteral("lastErrorIndicator"));
    m_button->setObjectName(QStringLiteral("lastErrorButton"));
    m_button->setAutoRaise(true);
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setIcon(Icons::icon(QStringLiteral("error")));
    // On this widget, not the button: a QToolButton shows its own actions as a drop-down menu.
    setContextMenuPolicy(Qt::ActionsContextMenu);
    addAction(m_copyAction);
    addAction(m_dismissAction);
    m_dismiss->setAutoRaise(true);
    m_dismiss->setDefaultAction(m_dismissAction);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_button);
    layout->addWidget(m_dismiss);
    layout->addStretch(1);

    connect(m_button, &QToolButton::clicked, this, &LastErrorIndicator::showDetails);
    connect(m_copyAction, &QAction::triggered, this, &LastErrorIndicator::copyDetails);
    connect(m_dismissAction, &QAction::triggered, this, &LastErrorIndicator::clear);
    retranslateUi();
    setVisible(false);
}

void LastErrorIndicator::setError(const ApiError& error)
{
    m_error = error;
    m_hasError = true;
    retranslateUi();
    setVisible(true);
}

void LastErrorIndicator::clear()
{
    m_error = ApiError{};
    m_hasError = false;
    setVisible(false);
}

bool LastErrorIndicator::hasError() const
{
    return m_hasError;
}

const ApiError& LastErrorIndicator::error() const
{
    return m_error;
}

QString LastErrorIndicator::text() const
{
    return m_button->text();
}

void LastErrorIndicator::showDetails()
{
    if (!m_hasError)
        return;
    auto* dialog = new ErrorDetailsDialog(m_error, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void LastErrorIndicator::copyDetails()
{
    if (m_hasError)
        QGuiApplication::clipboard()->setText(ErrorText::details(m_error));
}

void LastErrorIndicator::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LastErrorIndicator::retranslateUi()
{
    m_copyAction->setText(tr("Copy Details"));
    m_dismissAction->setText(tr("Dismiss"));
    m_dismissAction->setToolTip(tr("Dismiss this error"));
    if (!m_hasError)
        return;
    QString text = ErrorText::title(m_error);
    if (!m_error.requestId.isEmpty())
        text += QStringLiteral(" · ") + m_error.requestId;
    m_button->setText(text);
    m_button->setToolTip(QStringLiteral("<qt>") + ErrorText::detailsHtml(m_error) + QStringLiteral("<p><i>") +
                         tr("Click for details.").toHtmlEscaped() + QStringLiteral("</i></p></qt>"));
}

} // namespace zenith

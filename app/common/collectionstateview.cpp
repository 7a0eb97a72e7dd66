#include "collectionstateview.h"

#include "busyindicator.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace zenith {

CollectionStateView::CollectionStateView(QWidget* content, const QString& name, QWidget* parent)
    : QStackedWidget(parent)
    , m_content(content)
    , m_message(new QWidget(this))
    , m_busy(new BusyIndicator(m_message))
    , m_text(new QLabel(m_message))
    , m_retry(new QPushButton(m_message))
    , m_action(new QPushButton(m_message))
{
    setObjectName(name + QStringLiteral("States"));
    m_text->setObjectName(name + QStringLiteral("State"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(name + QStringLiteral("Retry"));
    m_action->setObjectName(name + QStringLiteral("EmptyAction"));
    m_action->hide();
    connect(m_retry, &QPushButton::clicked, this, &CollectionStateView::retryRequested);
    connect(m_action, &QPushButton::clicked, this, &CollectionStateView::emptyActionTriggered);
    auto* layout = new QVBoxLayout(m_message);
    layout->addStretch();
    layout->addWidget(m_busy, 0, Qt::AlignHCenter);
    // No alignment for the text: an aligned word-wrapped label gets its size hint's height, and a
    // failure's several lines were cut off; centred text at the full width keeps them all.
    layout->addWidget(m_text);
    layout->addWidget(m_retry, 0, Qt::AlignHCenter);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch();
    addWidget(m_content);
    addWidget(m_message);
    retranslateUi();
}

void CollectionStateView::setTexts(const QString& signedOut, const QString& loading, const QString& empty)
{
    m_signedOut = signedOut;
    m_loading = loading;
    m_empty = empty;
    if (m_state == State::SignedOut || m_state == State::Loading || m_state == State::Empty)
        enter(m_state, m_state == State::SignedOut ? m_signedOut : (m_state == State::Loading ? m_loading : m_empty));
}

void CollectionStateView::setEmptyAction(const QString& text)
{
    m_action->setText(text);
    m_action->setVisible(m_state == State::Empty && !text.isEmpty());
}

void CollectionStateView::setFacts(const Facts& facts, const QString& error)
{
    if (facts.hasRows)
        enter(State::Content, {});
    else if (!facts.signedIn)
        enter(State::SignedOut, m_signedOut);
    else if (facts.failed)
        enter(State::Error, error);
    else if (facts.loading)
        enter(State::Loading, m_loading);
    else
        enter(State::Empty, m_empty);
}

QString CollectionStateView::text() const
{
    return m_state == State::Content ? QString() : m_text->text();
}

void CollectionStateView::enter(State state, const QString& text)
{
    m_state = state;
    if (state == State::Content) {
        setCurrentWidget(m_content);
        return;
    }
    m_text->setText(text);
    m_busy->setVisible(state == State::Loading);
    m_retry->setVisible(state == State::Error);
    m_action->setVisible(state == State::Empty && !m_action->text().isEmpty());
    setCurrentWidget(m_message);
}

void CollectionStateView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QStackedWidget::changeEvent(event);
}

void CollectionStateView::retranslateUi()
{
    //: Button under the message of a tab whose listing failed: list again
    m_retry->setText(tr("Try again"));
}

} // namespace zenith

#include "instanceconsoletab.h"

#include "common/messagebanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace zenith {

namespace {

constexpr int kLineChoices[] = {50, 200, 1000, 0};
constexpr int kDefaultChoice = 1;

} // namespace

InstanceConsoleTab::InstanceConsoleTab(QWidget* parent)
    : QWidget(parent)
    , m_lines(new QComboBox(this))
    , m_follow(new QCheckBox(this))
    , m_refresh(new QToolButton(this))
    , m_search(new QLineEdit(this))
    , m_matches(new QLabel(this))
    , m_linesLabel(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_view(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("instanceConsole"));
    for (int choice : kLineChoices)
        m_lines->addItem(QString(), choice);
    m_lines->setCurrentIndex(kDefaultChoice);
    m_linesLabel->setBuddy(m_lines);
    connect(m_lines, &QComboBox::currentIndexChanged, this, &InstanceConsoleTab::refreshRequested);
    connect(m_refresh, &QToolButton::clicked, this, &InstanceConsoleTab::refreshRequested);
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        updateFollowing();
        if (on && isVisible())
            Q_EMIT refreshRequested();
    });
    m_timer.setInterval(std::chrono::milliseconds(3000));
    connect(&m_timer, &QTimer::timeout, this, &InstanceConsoleTab::refreshRequested);

    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &InstanceConsoleTab::highlightMatches);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(false); });

    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_linesLabel);
    bar->addWidget(m_lines);
    bar->addWidget(m_follow);
    bar->addWidget(m_refresh);
    bar->addSpacing(12);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_matches);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    m_banner->hide();
    retranslateUi();
}

int InstanceConsoleTab::lines() const
{
    return m_lines->currentData().toInt();
}

void InstanceConsoleTab::setText(const QString& text)
{
    m_banner->hide();
    if (m_view->toPlainText() == text)
        return; // nothing new: leave the view (and any selection) alone
    QScrollBar* vertical = m_view->verticalScrollBar();
    QScrollBar* horizontal = m_view->horizontalScrollBar();
    const int top = vertical->value();
    const int left = horizontal->value();
    m_view->setPlainText(text);
    if (isFollowing()) {
        vertical->setValue(vertical->maximum());
    } else {
        vertical->setValue(top);
        horizontal->setValue(left);
    }
    highlightMatches();
}

void InstanceConsoleTab::showLoading()
{
    m_banner->hide();
    m_view->clear();
    //: shown in the console log view while the log is fetched
    m_view->setPlaceholderText(tr("Loading…"));
}

void InstanceConsoleTab::showError(const QString& text)
{
    m_banner->showMessage(MessageBanner::Type::Error, text);
    m_view->setPlaceholderText(QString());
}

bool InstanceConsoleTab::isFollowing() const
{
    return m_timer.isActive();
}

void InstanceConsoleTab::setFollowInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

QPlainTextEdit* InstanceConsoleTab::view() const
{
    return m_view;
}

QCheckBox* InstanceConsoleTab::followBox() const
{
    return m_follow;
}

QComboBox* InstanceConsoleTab::linesBox() const
{
    return m_lines;
}

QLineEdit* InstanceConsoleTab::searchField() const
{
    return m_search;
}

MessageBanner* InstanceConsoleTab::banner() const
{
    return m_banner;
}

int InstanceConsoleTab::matchCount() const
{
    return m_matchCount;
}

void InstanceConsoleTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    updateFollowing();
}

void InstanceConsoleTab::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    updateFollowing();
}

void InstanceConsoleTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void InstanceConsoleTab::retranslateUi()
{
    //: label of the console log's line count (50, 200, 1000, All)
    m_linesLabel->setText(tr("&Lines:"));
    for (int i = 0; i < m_lines->count(); ++i) {
        const int n = m_lines->itemData(i).toInt();
        //: the console log's line count: the whole log
        m_lines->setItemText(i, n > 0 ? QLocale().toString(n) : tr("All"));
    }
    //: keep fetching the console log every few seconds and scroll to its end
    m_follow->setText(tr("&Follow"));
    m_refresh->setText(tr("Refresh"));
    m_search->setPlaceholderText(tr("Search the log (Enter: next match)"));
    highlightMatches();
}

void InstanceConsoleTab::updateFollowing()
{
    // Polling an unseen log costs the cloud for nothing: follow only while the tab shows.
    if (m_follow->isChecked() && isVisible())
        m_timer.start();
    else
        m_timer.stop();
}

void InstanceConsoleTab::highlightMatches()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QString needle = m_search->text();
    if (!needle.isEmpty()) {
        QTextCharFormat format;
        format.setBackground(QColor(0xff, 0xd8, 0x4d));
        format.setForeground(Qt::black);
        QTextDocument* document = m_view->document();
        for (QTextCursor found = document->find(needle); !found.isNull(); found = document->find(needle, found))
            selections << QTextEdit::ExtraSelection{found, format};
    }
    m_matchCount = int(selections.size());
    m_view->setExtraSelections(selections);
    //: number of matches of the console log search, e.g. "3 matches"
    m_matches->setText(needle.isEmpty() ? QString() : tr("%n match(es)", nullptr, m_matchCount));
}

void InstanceConsoleTab::findNext(bool backward)
{
    const QString needle = m_search->text();
    if (needle.isEmpty())
        return;
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_view->find(needle, flags))
        return;
    // Wrap around, like a browser's find bar.
    QTextCursor cursor = m_view->textCursor();
    cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
    m_view->setTextCursor(cursor);
    if (!m_view->find(needle, flags))
        m_view->setTextCursor(QTextCursor(m_view->document()));
}

} // namespace zenith

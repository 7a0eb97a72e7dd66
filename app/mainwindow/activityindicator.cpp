#include "activityindicator.h"

#include "common/busyindicator.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace zenith {

ActivityIndicator::ActivityIndicator(QWidget* parent)
    : QWidget(parent)
    , m_spinner(new BusyIndicator(this))
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("activityIndicator"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);
    layout->addWidget(m_spinner);
    layout->addWidget(m_label);
    setVisible(false);
}

void ActivityIndicator::setInFlight(int count)
{
    m_count = qMax(0, count);
    retranslateUi();
    setVisible(m_count > 0);
}

int ActivityIndicator::inFlight() const
{
    return m_count;
}

QString ActivityIndicator::text() const
{
    return m_label->text();
}

void ActivityIndicator::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ActivityIndicator::retranslateUi()
{
    m_label->setText(tr("%n request(s) in progress", nullptr, m_count));
}

} // namespace zenith

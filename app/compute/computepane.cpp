#include "computepane.h"

#include "computesection.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace zenith {

ComputePane::ComputePane(QWidget* parent)
    : Pane(Area::Compute, parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("computePane"));
    m_tabs->setObjectName(QStringLiteral("computeTabs"));
    m_tabs->setDocumentMode(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ComputePane::updateActiveSection);
}

void ComputePane::addSection(ComputeSection* section)
{
    m_sections.append(section);
    connect(section, &ComputeSection::commandIssued, this, &Pane::commandIssued);
    m_tabs->addTab(section, section->title());
    updateActiveSection();
}

void ComputePane::setSession(Session* session)
{
    for (ComputeSection* section : std::as_const(m_sections))
        section->setSession(session);
}

void ComputePane::setActive(bool active)
{
    Pane::setActive(active);
    updateActiveSection();
}

void ComputePane::updateActiveSection()
{
    for (ComputeSection* section : std::as_const(m_sections))
        section->setActive(isActive() && m_tabs->currentWidget() == section);
}

void ComputePane::retranslateUi()
{
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabText(i, static_cast<ComputeSection*>(m_tabs->widget(i))->title());
}

} // namespace zenith

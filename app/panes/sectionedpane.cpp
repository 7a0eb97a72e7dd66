#include "panes/sectionedpane.h"

#include "panes/panesection.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace zenith {

SectionedPane::SectionedPane(Area area, QWidget* parent)
    : Pane(area, parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(areaKey(area) + QStringLiteral("Pane"));         // "computePane"
    m_tabs->setObjectName(areaKey(area) + QStringLiteral("Tabs")); // "computeTabs"
    m_tabs->setDocumentMode(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &SectionedPane::updateActiveSection);
}

void SectionedPane::addSection(PaneSection* section)
{
    m_sections.append(section);
    connect(section, &PaneSection::commandIssued, this, &Pane::commandIssued);
    connect(section, &PaneSection::openResourceRequested, this, &Pane::openResourceRequested);
    m_tabs->addTab(section, section->title());
    updateActiveSection();
}

void SectionedPane::setSession(Session* session)
{
    for (PaneSection* section : std::as_const(m_sections))
        section->setSession(session);
}

void SectionedPane::setActive(bool active)
{
    Pane::setActive(active);
    updateActiveSection();
}

bool SectionedPane::openResource(ResourceKind kind, const QString& id)
{
    for (PaneSection* section : std::as_const(m_sections)) {
        if (section->selectResource(kind, id)) {
            m_tabs->setCurrentWidget(section);
            return true;
        }
    }
    return false;
}

void SectionedPane::updateActiveSection()
{
    for (PaneSection* section : std::as_const(m_sections))
        section->setActive(isActive() && m_tabs->currentWidget() == section);
}

void SectionedPane::retranslateUi()
{
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabText(i, static_cast<PaneSection*>(m_tabs->widget(i))->title());
}

} // namespace zenith

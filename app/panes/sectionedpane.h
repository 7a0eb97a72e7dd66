#pragma once

#include "panes/pane.h"

class QTabWidget;

namespace zenith {

class PaneSection;
class Session;

//! An area made of tabs (Compute: instances, key pairs, images, flavors), each a PaneSection
//! following the session; only the visible tab of the visible pane polls.
class SectionedPane final : public Pane
{
    Q_OBJECT

public:
    explicit SectionedPane(Area area, QWidget* parent = nullptr);

    //! Adds a section as a tab (takes ownership).
    void addSection(PaneSection* section);
    void setSession(Session* session);
    void setActive(bool active) override;
    bool openResource(ResourceKind kind, const QString& id) override;

protected:
    void retranslateUi() override;

private:
    void updateActiveSection();

    QTabWidget* m_tabs;
    QList<PaneSection*> m_sections;
};

} // namespace zenith

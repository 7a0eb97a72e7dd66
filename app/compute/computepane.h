#pragma once

#include "panes/pane.h"

class QTabWidget;

namespace zenith {

class ComputeSection;
class Session;

//! The Compute area: a tab per section (instances, key pairs, images, flavors), each following
//! the session; only the visible tab of the visible pane polls.
class ComputePane final : public Pane
{
    Q_OBJECT

public:
    explicit ComputePane(QWidget* parent = nullptr);

    //! Adds a section as a tab (takes ownership).
    void addSection(ComputeSection* section);
    void setSession(Session* session);
    void setActive(bool active) override;

protected:
    void retranslateUi() override;

private:
    void updateActiveSection();

    QTabWidget* m_tabs;
    QList<ComputeSection*> m_sections;
};

} // namespace zenith

#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QWidget;

namespace zenith {

class DemoCloud;
class LabPane;
class Session;

namespace test {

struct ServerFixture;

//! Walks the lab wizard as a student would, against the demo cloud: the cloud with the key pair
//! "student", a LabPane shown on it, Next up to the Plan page, screenshots of the pages, and what
//! of the lab is left in the project afterwards.
class LabWizardDriver
{
public:
    LabWizardDriver();
    ~LabWizardDriver();

    //! Starts the demo cloud and imports the key pair "student"; returns why it could not (empty on
    //! success).
    QString start();
    //! Imports the key pair "student" (again, after a test deleted it); false if the cloud refuses.
    bool importKey();

    DemoCloud* cloud() const;
    Session* session() const;

    //! Puts `pane` on the demo cloud's session, at a size that holds the French texts, shown and
    //! active.
    void open(LabPane* pane) const;
    //! Next from the Lab page to the Plan page, each page left once it allows it; false (with a
    //! warning saying where) if Next stays disabled or leads elsewhere.
    bool reachPlan(LabPane* pane) const;
    //! With ZENITH_SHOTS_DIR=<dir>: saves `widget` as <dir>/<name>.png (a test failure if it cannot).
    void shoot(QWidget* widget, const QString& name) const;
    //! The networks, ports, servers and volumes still named "lab-…" ("network lab-net"), and a
    //! line for a list the cloud did not give: empty once a teardown removed the lab.
    QStringList leftovers() const;

private:
    std::unique_ptr<ServerFixture> m_fx;
};

} // namespace test
} // namespace zenith

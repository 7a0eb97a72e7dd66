#pragma once

#include <QDockWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace zenith {

//! The "Equivalent command" dock: the `openstack` command line that does what the last action
//! did, read-only and monospace, with a Copy button, so students learn the CLI from the GUI.
class CommandDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit CommandDock(QWidget* parent = nullptr);

    //! Shows `command` (from OpenstackCommand) and `what`, one translated line saying what it does.
    void showCommand(const QString& command, const QString& what);
    QString command() const;
    QString explanation() const;

Q_SIGNALS:
    //! The command was put on the clipboard.
    void copied(const QString& command);

protected:
    void changeEvent(QEvent* event) override;

private:
    void copy();
    void retranslateUi();

    QLabel* m_explanation;
    QLineEdit* m_command;
    QToolButton* m_copy;
    bool m_hasCommand = false;
};

} // namespace zenith

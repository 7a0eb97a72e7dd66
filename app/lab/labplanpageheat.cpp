// LabPlanPage's "Deploy with Heat…": what it does, asked before anything is sent.

#include "labplanpage.h"

#include "lab/labheatdeployment.h"

#include <QMessageBox>
#include <QPushButton>

namespace zenith {

void LabPlanPage::askDeployWithHeat()
{
    if (!canAdvance())
        return;
    const QString stack = LabHeatDeployment::stackName(m_plan);
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Deploy with Heat"),
        //: %1 the stack's name, %2 the lab's name
        tr("Submit the lab “%2” to Heat as the stack “%1”?\n\n"
           "Heat, the cloud's orchestration service, then creates every resource of the plan by itself, in "
           "dependency order; Zenith shows the stack's events as they happen. The database passwords travel as "
           "hidden parameters.\n\n"
           "The lab then belongs to the stack: tearing it down deletes the stack, and Heat deletes everything it "
           "created.")
            .arg(stack, m_plan.name),
        QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("labDeployHeatConfirm"));
    QPushButton* submit = box->addButton(tr("&Deploy with Heat"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(submit);
    connect(box, &QMessageBox::buttonClicked, this, [this, submit](QAbstractButton* clicked) {
        if (clicked == submit)
            Q_EMIT heatDeployRequested();
    });
    box->open();
}

} // namespace zenith

// A lab deployed with Heat is torn down through its stack: Heat deletes what it created, the
// security groups among them (Heat puts no tag on those, so the tag path alone would leave them).
// The teardown finds the stack by name whatever the session remembers, so a lab deployed with Heat
// before a restart, or by `zenith lab deploy --heat`, goes as a whole.
#include "labteardownprivate.h"

#include "cli/stackcommand.h"
#include "core/whenfinished.h"
#include "orchestration/liststackeventsrequest.h"

namespace zenith {

namespace {

const QString kStackStep = QStringLiteral("stack");

// What must be gone before the stack goes: a volume with snapshots cannot be deleted (Heat's
// delete would fail on it), records and servers outside the stack may use its ports and network.
bool goesBeforeStack(LabStepKind kind)
{
    return kind == LabStepKind::RecordSet || kind == LabStepKind::VolumeSnapshot ||
           kind == LabStepKind::VolumeAttachment || kind == LabStepKind::Server;
}

} // namespace

void LabTeardownPrivate::findStack(std::function<void()> done)
{
    ++apiCalls;
    whenFinished(LabHeatDeployment::findStack(*session, topology.plan), q,
                 [this, done](const Result<std::optional<Stack>>& found) {
                     if (!found || !*found) {
                         if (!found)
                             readError = found.error(); // it might hide a stack
                         return done();
                     }
                     stack = **found;
                     // The events name every resource the stack made, with its id: one request, no
                     // paging asked, so Heat answers them all.
                     ListStackEventsRequest events;
                     events.stackName = stack->name;
                     events.stackId = stack->id;
                     whenFinished(send(events), q, [this, done](const Result<Page<StackEvent>>& page) {
                         if (!page) {
                             readError = page.error();
                             return done();
                         }
                         for (const StackEvent& e : page->items) {
                             if (!e.physicalResourceId.isEmpty())
                                 stackOwned.insert(e.physicalResourceId);
                         }
                         done();
                     });
                 });
}

void LabTeardownPrivate::addStackStep(QList<LabStep>& all) const
{
    if (!stack)
        return;
    all.erase(std::remove_if(all.begin(), all.end(),
                             [this](const LabStep& s) {
                                 const QString id = inventory.ids.value(s.id, inventory.strays.value(s.id));
                                 return !id.isEmpty() && stackOwned.contains(id);
                             }),
              all.end());
    LabStep step{kStackStep, LabStepKind::Stack, stack->name, {}, StackCommand::remove(stack->name)};
    for (LabStep& s : all) {
        if (goesBeforeStack(s.kind))
            step.dependsOn.append(s.id);
        else
            s.dependsOn.append(kStackStep);
    }
    // After what it waits for: the order of the list is the order of the dry run.
    qsizetype at = 0;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (step.dependsOn.contains(all.at(i).id))
            at = i + 1;
    }
    all.insert(at, step);
}

void LabTeardownPrivate::removeStack(const LabStep& step)
{
    auto* heat = new LabHeatDeployment(session, topology, q);
    heat->setPollInterval(1000);
    stackDeletion = heat;
    QObject::connect(heat, &LabHeatDeployment::finished, q,
                     [this, heat, id = step.id](bool succeeded, const std::optional<ApiError>& error) {
                         heat->deleteLater();
                         apiCalls += heat->apiCalls();
                         if (succeeded)
                             return settle(id, NoContent{});
                         settle(id, error.value_or(ApiError::local(ApiError::Kind::Server,
                                                                   QStringLiteral("The stack was not deleted."),
                                                                   QStringLiteral("orchestration"))));
                     });
    heat->remove(*stack); // found by findStack(): no second lookup
}

} // namespace zenith

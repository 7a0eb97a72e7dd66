#include "contract.h"

#include "lab/labheattemplate.h"
#include "orchestration/validatetemplaterequest.h"

using namespace zenith;
using namespace zenith::contract;

// Heat (issue 7): the lab's HOT export must pass template-validate; a template Heat cannot use is
// refused with Heat's own reason.
class ContractOrchestration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theLabTemplateValidates()
    {
        LabPlan plan;
        plan.keypair = QStringLiteral("zenith-key");
        plan.domain = QStringLiteral("zenith-lab.example");
        plan.dnsProvider = LabDnsProvider::Designate;
        plan.tlsEmail = QStringLiteral("teacher@example.org");
        const auto topology = LabTopology::of(plan);
        QVERIFY(topology);
        ValidateTemplateRequest request;
        request.templateText = LabHeatTemplate::render(*topology, LabSecrets::generate());
        const auto validation = call(request);
        CONTRACT_OK(validation);
        QVERIFY2(validation->description.startsWith(QStringLiteral("Zenith lab lab")),
                 qPrintable(validation->description));
        bool passwordHidden = false;
        bool keyPair = false;
        for (const TemplateParameter& p : validation->parameters) {
            if (p.name == u"database_password")
                passwordHidden = p.hidden;
            if (p.name == u"key_name")
                keyPair = p.defaultValue.toString() == u"zenith-key";
        }
        QVERIFY(passwordHidden);
        QVERIFY(keyPair);
    }

    void anUnknownResourceTypeIsRefused()
    {
        ValidateTemplateRequest request;
        request.templateText = "heat_template_version: 2018-08-31\nresources:\n  x:\n    type: OS::No::Such\n";
        const auto validation = call(request);
        CONTRACT_FAILS(validation, ApiError::Kind::BadRequest, 400);
        QVERIFY2(validation.error().message.contains(QStringLiteral("OS::No::Such")),
                 qPrintable(validation.error().message));
    }

    void anUnknownTemplateVersionIsRefused()
    {
        ValidateTemplateRequest request;
        request.templateText = "heat_template_version: 2099-01-01\nresources: {}\n";
        const auto validation = call(request);
        CONTRACT_FAILS(validation, ApiError::Kind::BadRequest, 400);
        QVERIFY2(validation.error().message.contains(QStringLiteral("2018-08-31")),
                 qPrintable(validation.error().message));
    }
};

ZENITH_CONTRACT_TEST(ContractOrchestration)
#include "contract_orchestration.moc"

#include "orchestration/validatetemplaterequest.h"

#include "testdata.h"

#include <QTest>

using namespace zenith;
using namespace zenith::test;

// lib/orchestration (issue 7): Heat's bodies, captured on the dev cloud, through parse().
class TestOrchestrationParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validateSendsTheTemplateAsText()
    {
        ValidateTemplateRequest request;
        request.templateText = "heat_template_version: 2018-08-31\nresources: {}\n";
        const RequestSpec spec = request.spec();
        QCOMPARE(spec.service, ServiceType::Orchestration);
        QCOMPARE(spec.method, HttpMethod::Post);
        QCOMPARE(spec.path, QStringLiteral("validate"));
        QCOMPARE(QJsonDocument::fromJson(spec.body).object().value(QStringLiteral("template")).toString(),
                 QString::fromUtf8(request.templateText));
    }

    void validationOfATemplate()
    {
        QByteArray body;
        QString why;
        QVERIFY2(loadFixture(QStringLiteral("orchestration/template-validate.json"), body, why), qPrintable(why));
        const auto v = ValidateTemplateRequest::parse(200, body);
        QVERIFY2(v, qPrintable(v ? QString() : v.error().message));
        QCOMPARE(v->description, QStringLiteral("A Zenith lab's network and its key pair"));
        QCOMPARE(v->parameters.size(), 3);
        const auto find = [&v](const QString& name) -> TemplateParameter {
            for (const TemplateParameter& p : v->parameters) {
                if (p.name == name)
                    return p;
            }
            return {};
        };
        const TemplateParameter key = find(QStringLiteral("key_name"));
        QCOMPARE(key.type, QStringLiteral("String"));
        QCOMPARE(key.label, QStringLiteral("Key pair"));
        QCOMPARE(key.description, QStringLiteral("Key pair for SSH"));
        QCOMPARE(key.defaultValue.toString(), QStringLiteral("zenith-key"));
        QVERIFY(!key.hidden);
        const TemplateParameter count = find(QStringLiteral("web_count"));
        QCOMPARE(count.type, QStringLiteral("Number"));
        QCOMPARE(count.defaultValue.toInt(), 2);
        const TemplateParameter password = find(QStringLiteral("database_password"));
        QVERIFY(password.hidden);
        QVERIFY(password.defaultValue.isUndefined());
        QVERIFY(v->environment.contains(QStringLiteral("resource_registry")));
    }

    void aParameterWithoutTypeIsAParseError()
    {
        const auto v = ValidateTemplateRequest::parse(
            200, "{\"Description\": \"\", \"Parameters\": {\"key_name\": {\"Description\": \"x\"}}}");
        QVERIFY(!v);
        QCOMPARE(v.error().kind, ApiError::Kind::Parse);
        QVERIFY2(v.error().message.contains(QStringLiteral("Parameters.key_name")), qPrintable(v.error().message));
    }

    void heatRefusalIsABadRequestWithHeatsMessage()
    {
        QByteArray body;
        QString why;
        QVERIFY2(loadFixture(QStringLiteral("errors/error-heat-400.json"), body, why), qPrintable(why));
        const ApiError error = ApiError::fromReply(400, body, QStringLiteral("orchestration"), {});
        QCOMPARE(error.kind, ApiError::Kind::BadRequest);
        QVERIFY2(error.message.contains(QStringLiteral("OS::No::Such")), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestOrchestrationParse)
#include "tst_orchestrationparse.moc"

#include "orchestration/createstackrequest.h"
#include "orchestration/deletestackrequest.h"
#include "orchestration/getstackrequest.h"
#include "orchestration/liststackeventsrequest.h"
#include "orchestration/liststacksrequest.h"
#include "orchestration/validatetemplaterequest.h"

#include "testdata.h"

#include <QTest>

#include <tuple>

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
    void createSendsNameTemplateParametersAndTags()
    {
        CreateStackRequest request;
        request.name = QStringLiteral("lab-stack");
        request.templateText = "heat_template_version: 2018-08-31\nresources: {}\n";
        request.parameters.insert(QStringLiteral("database_password"), QStringLiteral("s3cret"));
        request.timeoutMins = 30;
        request.tags = {QStringLiteral("zenith-lab:lab"), QStringLiteral("zenith")};
        const RequestSpec spec = request.spec();
        QCOMPARE(spec.method, HttpMethod::Post);
        QCOMPARE(spec.path, QStringLiteral("stacks"));
        const QJsonObject body = QJsonDocument::fromJson(spec.body).object();
        QCOMPARE(body.value(QStringLiteral("stack_name")).toString(), QStringLiteral("lab-stack"));
        QVERIFY(body.value(QStringLiteral("template")).isString());
        QCOMPARE(body.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("database_password")),
                 QJsonValue(QStringLiteral("s3cret")));
        QCOMPARE(body.value(QStringLiteral("timeout_mins")).toInt(), 30);
        QCOMPARE(body.value(QStringLiteral("tags")).toString(), QStringLiteral("zenith-lab:lab,zenith"));
        QVERIFY(!body.contains(QStringLiteral("disable_rollback")));

        CreateStackRequest asObject;
        asObject.name = QStringLiteral("x");
        asObject.templateObject = QJsonObject{{QStringLiteral("heat_template_version"), QStringLiteral("2018-08-31")}};
        QVERIFY(QJsonDocument::fromJson(asObject.spec().body).object().value(QStringLiteral("template")).isObject());
    }

    void createdStack()
    {
        QByteArray body;
        QString why;
        QVERIFY2(loadFixture(QStringLiteral("orchestration/stack-create.json"), body, why), qPrintable(why));
        const auto created = CreateStackRequest::parse(201, body);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QCOMPARE(created->id, QStringLiteral("2b171f8f-83dc-47aa-a147-788d3e211c1b"));
    }

    void stackShow()
    {
        GetStackRequest request{QStringLiteral("my stack"), QStringLiteral("2b17")};
        QCOMPARE(request.spec().path, QStringLiteral("stacks/my%20stack/2b17"));
        QByteArray body;
        QString why;
        QVERIFY2(loadFixture(QStringLiteral("orchestration/stack-show.json"), body, why), qPrintable(why));
        const auto stack = GetStackRequest::parse(200, body);
        QVERIFY2(stack, qPrintable(stack ? QString() : stack.error().message));
        QCOMPARE(stack->name, QStringLiteral("smoke-stack-22726"));
        QCOMPARE(stack->status, QStringLiteral("CREATE_COMPLETE"));
        QCOMPARE(stack->statusReason, QStringLiteral("Stack CREATE completed successfully"));
        QVERIFY(stack->isSettled());
        QVERIFY(!stack->isFailed());
        QCOMPARE(stack->outputs.size(), 1);
        QCOMPARE(stack->outputs.first().key, QStringLiteral("ip"));
        QCOMPARE(stack->outputs.first().value.toString(), QStringLiteral("10.0.0.227"));
        QCOMPARE(stack->creationTime, QDateTime(QDate(2026, 11, 25), QTime(6, 35, 40), Qt::UTC));
        QVERIFY(stack->tags.isEmpty());
    }

    void aStackWithoutStatusIsAParseError()
    {
        const auto stack = GetStackRequest::parse(200, "{\"stack\": {\"id\": \"x\", \"stack_name\": \"y\"}}");
        QVERIFY(!stack);
        QVERIFY2(stack.error().message.contains(QStringLiteral("stack_status")), qPrintable(stack.error().message));
    }

    void stackEvents()
    {
        ListStackEventsRequest request;
        request.stackName = QStringLiteral("s");
        request.stackId = QStringLiteral("i");
        request.sortDir = QStringLiteral("asc");
        request.marker = QStringLiteral("m");
        request.limit = 6;
        const RequestSpec spec = request.spec();
        QCOMPARE(spec.path, QStringLiteral("stacks/s/i/events"));
        QCOMPARE(spec.query.queryItemValue(QStringLiteral("sort_dir")), QStringLiteral("asc"));
        QCOMPARE(spec.query.queryItemValue(QStringLiteral("marker")), QStringLiteral("m"));
        QByteArray body;
        QString why;
        QVERIFY2(loadFixture(QStringLiteral("orchestration/stack-events.json"), body, why), qPrintable(why));
        const auto page = ListStackEventsRequest::parse(200, body);
        QVERIFY2(page, qPrintable(page ? QString() : page.error().message));
        QCOMPARE(page->items.size(), 6);
        const StackEvent& net = page->items.at(2);
        QCOMPARE(net.resourceName, QStringLiteral("net"));
        QCOMPARE(net.logicalResourceId, QStringLiteral("net"));
        QCOMPARE(net.resourceStatus, QStringLiteral("CREATE_COMPLETE"));
        QCOMPARE(net.physicalResourceId, QStringLiteral("371ffea0-332f-4556-83cc-cec61e6ff6b5"));
        QCOMPARE(net.resourceStatusReason, QStringLiteral("state changed"));
        QVERIFY(net.resourceType.isEmpty());
        QCOMPARE(page->items.constLast().resourceName, QStringLiteral("zenith-capture"));
        QCOMPARE(page->items.constLast().resourceStatusReason, QStringLiteral("Stack CREATE completed successfully"));
        QCOMPARE(ListStackEventsRequest::nextMarker(*page, 6), std::optional<QString>(page->items.constLast().id));
        QCOMPARE(ListStackEventsRequest::nextMarker(*page, 10), std::nullopt);
        QCOMPARE(ListStackEventsRequest::nextMarker(*page, std::nullopt), std::nullopt);
    }

    void stackListFiltersByName()
    {
        ListStacksRequest request;
        request.name = QStringLiteral("lab-stack");
        QCOMPARE(request.spec().query.queryItemValue(QStringLiteral("name")), QStringLiteral("lab-stack"));
        const auto page = ListStacksRequest::parse(
            200, "{\"stacks\": [{\"id\": \"a\", \"stack_name\": \"lab-stack\", \"stack_status\": "
                 "\"DELETE_IN_PROGRESS\", \"tags\": null, \"creation_time\": \"2026-12-06T17:39:23Z\"}]}");
        QVERIFY2(page, qPrintable(page ? QString() : page.error().message));
        QCOMPARE(page->items.size(), 1);
        QVERIFY(!page->items.first().isSettled());
        QVERIFY(!page->nextMarker);
    }

    void deleteStack()
    {
        const RequestSpec spec = DeleteStackRequest{QStringLiteral("s"), QStringLiteral("i")}.spec();
        QCOMPARE(spec.method, HttpMethod::Delete);
        QCOMPARE(spec.path, QStringLiteral("stacks/s/i"));
        QVERIFY(DeleteStackRequest::parse(204, QByteArray()));
    }

    void heatConflictAndNotFound()
    {
        for (const auto& [file, kind, words] :
             {std::tuple{QStringLiteral("errors/error-heat-409.json"), ApiError::Kind::Conflict,
                         QStringLiteral("already exists")},
              std::tuple{QStringLiteral("errors/error-heat-404.json"), ApiError::Kind::NotFound,
                         QStringLiteral("could not be found")}}) {
            QByteArray body;
            QString why;
            QVERIFY2(loadFixture(file, body, why), qPrintable(why));
            const ApiError error = ApiError::fromReply(kind == ApiError::Kind::Conflict ? 409 : 404, body,
                                                       QStringLiteral("orchestration"), {});
            QCOMPARE(error.kind, kind);
            QVERIFY2(error.message.contains(words), qPrintable(error.message));
        }
    }
};

QTEST_GUILESS_MAIN(TestOrchestrationParse)
#include "tst_orchestrationparse.moc"

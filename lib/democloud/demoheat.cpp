#include "demoheat.h"

#include "demoerrors.h"

#include "config/yamlreader.h"

#include <QJsonArray>

namespace zenith::demo {

namespace {

// The versions Zed's Heat accepts, in its own error message's order.
const QStringList kVersions{QStringLiteral("2013-05-23"), QStringLiteral("2014-10-16"), QStringLiteral("2015-04-30"),
                            QStringLiteral("2015-10-15"), QStringLiteral("2016-04-08"), QStringLiteral("2016-10-14"),
                            QStringLiteral("2017-02-24"), QStringLiteral("2017-09-01"), QStringLiteral("2018-03-02"),
                            QStringLiteral("2018-08-31"), QStringLiteral("2021-04-16"), QStringLiteral("newton"),
                            QStringLiteral("ocata"),      QStringLiteral("pike"),       QStringLiteral("queens"),
                            QStringLiteral("rocky"),      QStringLiteral("wallaby")};

// The resource types of the services the demo cloud simulates (a subset of Heat's registry).
const QStringList kResourceTypes{
    QStringLiteral("OS::Heat::None"),
    QStringLiteral("OS::Heat::RandomString"),
    QStringLiteral("OS::Heat::ResourceGroup"),
    QStringLiteral("OS::Heat::CloudConfig"),
    QStringLiteral("OS::Heat::MultipartMime"),
    QStringLiteral("OS::Heat::SoftwareConfig"),
    QStringLiteral("OS::Heat::Value"),
    QStringLiteral("OS::Heat::WaitCondition"),
    QStringLiteral("OS::Heat::WaitConditionHandle"),
    QStringLiteral("OS::Neutron::Net"),
    QStringLiteral("OS::Neutron::Subnet"),
    QStringLiteral("OS::Neutron::Port"),
    QStringLiteral("OS::Neutron::Router"),
    QStringLiteral("OS::Neutron::RouterInterface"),
    QStringLiteral("OS::Neutron::FloatingIP"),
    QStringLiteral("OS::Neutron::FloatingIPAssociation"),
    QStringLiteral("OS::Neutron::SecurityGroup"),
    QStringLiteral("OS::Neutron::SecurityGroupRule"),
    QStringLiteral("OS::Nova::Server"),
    QStringLiteral("OS::Nova::ServerGroup"),
    QStringLiteral("OS::Nova::KeyPair"),
    QStringLiteral("OS::Nova::Flavor"),
    QStringLiteral("OS::Cinder::Volume"),
    QStringLiteral("OS::Cinder::VolumeAttachment"),
    QStringLiteral("OS::Designate::Zone"),
    QStringLiteral("OS::Designate::RecordSet"),
};

DemoReply badRequest(const QString& message, const QString& type = QStringLiteral("HTTPBadRequest"))
{
    return errors::heat(400, type, message);
}

// HOT's lower-case parameter types as Heat reports them.
QString parameterType(const QString& hot)
{
    if (hot == u"number")
        return QStringLiteral("Number");
    if (hot == u"comma_delimited_list")
        return QStringLiteral("CommaDelimitedList");
    if (hot == u"json")
        return QStringLiteral("Json");
    if (hot == u"boolean")
        return QStringLiteral("Boolean");
    return QStringLiteral("String");
}

QJsonObject parametersOf(const QJsonObject& parameters)
{
    QJsonObject out;
    for (auto it = parameters.constBegin(); it != parameters.constEnd(); ++it) {
        const QJsonObject p = it.value().toObject();
        QJsonObject described{{QStringLiteral("Type"), parameterType(p.value(QStringLiteral("type")).toString())},
                              {QStringLiteral("Description"), p.value(QStringLiteral("description")).toString()},
                              {QStringLiteral("NoEcho"), p.value(QStringLiteral("hidden")).toBool()
                                                             ? QStringLiteral("true")
                                                             : QStringLiteral("false")},
                              {QStringLiteral("Label"), p.value(QStringLiteral("label")).toString(it.key())}};
        if (p.contains(QStringLiteral("default")))
            described.insert(QStringLiteral("Default"), p.value(QStringLiteral("default")));
        out.insert(it.key(), described);
    }
    return out;
}

} // namespace

DemoHeat::DemoHeat(DemoEnv& env)
    : DemoService(env)
    , m_engine(env)
    , m_stacks(env, m_engine)
{}

void DemoHeat::settleLoaded()
{
    m_engine.resume();
}

void DemoHeat::addRoutes(DemoRouter& router)
{
    router.add(QStringLiteral("orchestration"), "POST", QStringLiteral("v1/{project_id}/validate"), [](DemoRequest& r) {
        if (r.param(QStringLiteral("project_id")) != r.caller.projectId)
            return errors::heat(403, QStringLiteral("Forbidden"),
                                QStringLiteral("You are not authorized to use validate."));
        return validate(r.body);
    });
    m_stacks.addRoutes(router);
}

DemoReply DemoHeat::validate(const QJsonObject& body)
{
    const QJsonValue given = body.value(QStringLiteral("template"));
    QJsonObject tmpl = given.toObject();
    if (given.isString()) {
        const auto parsed = YamlReader::parse(given.toString().toUtf8(), QStringLiteral("template"));
        if (!parsed || !parsed->isMapping())
            return badRequest(QStringLiteral("Template not in valid format: Error parsing template [root stack]"));
        tmpl = parsed->toJson().toObject();
    } else if (!given.isObject()) {
        return badRequest(QStringLiteral("No template specified"));
    }
    const QJsonValue version = tmpl.value(QStringLiteral("heat_template_version"));
    if (version.isUndefined())
        return badRequest(QStringLiteral("Template not in valid format: Template format version not found."));
    const QString versionText = version.toString();
    if (!kVersions.contains(versionText)) {
        return badRequest(QStringLiteral("The template version is invalid: \"heat_template_version: %1\". "
                                         "\"heat_template_version\" should be one of: %2")
                              .arg(versionText, kVersions.join(QStringLiteral(", "))),
                          QStringLiteral("InvalidTemplateVersion"));
    }
    const QJsonObject resources = tmpl.value(QStringLiteral("resources")).toObject();
    for (auto it = resources.constBegin(); it != resources.constEnd(); ++it) {
        const QString type = it.value().toObject().value(QStringLiteral("type")).toString();
        if (!kResourceTypes.contains(type))
            return badRequest(QStringLiteral("The Resource Type (%1) could not be found.").arg(type));
    }
    return DemoReply::json(
        200,
        QJsonObject{
            {QStringLiteral("Description"),
             tmpl.value(QStringLiteral("description")).toString(QStringLiteral("No description"))},
            {QStringLiteral("Parameters"), parametersOf(tmpl.value(QStringLiteral("parameters")).toObject())},
            {QStringLiteral("Environment"), QJsonObject{{QStringLiteral("resource_registry"),
                                                         QJsonObject{{QStringLiteral("resources"), QJsonObject()}}},
                                                        {QStringLiteral("parameters"), QJsonObject()},
                                                        {QStringLiteral("parameter_defaults"), QJsonObject()},
                                                        {QStringLiteral("event_sinks"), QJsonArray()}}}});
}

} // namespace zenith::demo

#include "labtext.h"

namespace zenith {

QString LabText::fileError(const LabPlanFileError& e)
{
    using P = LabPlanFileError::Problem;
    QString where = e.file;
    if (e.line > 0)
        where += u':' + QString::number(e.line);
    where += QStringLiteral(": ");
    switch (e.problem) {
    case P::Unreadable: return where + tr("cannot be read (%1).").arg(e.detail);
    case P::Syntax: return where + e.detail;
    case P::NotMapping:
        return where + (e.key.isEmpty() ? tr("the lab plan must be a mapping of settings.")
                                        : tr("“%1” must hold settings (key: value lines).").arg(e.key));
    case P::UnknownKey: return where + tr("“%1” is not a lab setting (see the documented lab.yaml).").arg(e.key);
    case P::WrongType:
        //: %1 a setting, %2 "string", "integer" or "boolean"
        return where + tr("“%1” must be a %2.").arg(e.key, e.detail);
    case P::BadValue:
        //: %1 a setting, %2 what the file says, %3 the accepted values separated by |
        return where + tr("“%1” cannot be “%2”: use one of %3.").arg(e.key, e.value, e.detail);
    }
    return where;
}

QString LabText::checkSkipped(const QString& code)
{
    if (code == u"readiness-not-checked")
        return tr("not checked: the consoles were not read (--no-wait-ready)");
    if (code == u"no-domain")
        return tr("not checked: the lab has no domain");
    if (code == u"provider-not-readable")
        return tr("not checked: the records are at OVHcloud; check them in the DNS pane");
    return code;
}

QString LabText::quotaResource(LabQuotaLine::Resource resource)
{
    using R = LabQuotaLine::Resource;
    switch (resource) {
    case R::Instances: return tr("Instances");
    case R::Cores: return tr("vCPUs");
    case R::Ram: return tr("RAM (MiB)");
    case R::Volumes: return tr("Volumes");
    case R::Gigabytes: return tr("Volume storage (GB)");
    case R::Networks: return tr("Networks");
    case R::Subnets: return tr("Subnets");
    case R::Ports: return tr("Ports");
    case R::SecurityGroups: return tr("Security groups");
    case R::SecurityGroupRules: return tr("Security group rules");
    case R::ServerGroups: return tr("Server groups");
    }
    return {};
}

} // namespace zenith

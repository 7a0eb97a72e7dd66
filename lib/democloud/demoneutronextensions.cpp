#include "demoneutronextensions.h"

#include "demoneutronjson.h"

namespace zenith::demo::neutron {

namespace {

struct Extension
{
    const char16_t* alias;
    const char16_t* name;
    const char16_t* description;
    const char16_t* updated;
};

// What the dev cloud's Neutron (Zed, ML2 + router) lists, less the extensions the demo cloud does
// not simulate (agents, RBAC, subnet pools, address groups, port forwarding, flavors...).
const Extension kExtensions[] = {
    {u"allowed-address-pairs", u"Allowed Address Pairs", u"Provides allowed address pairs",
     u"2013-07-23T10:00:00-00:00"},
    {u"empty-string-filtering", u"Empty String Filtering Extension",
     u"Allow filtering by attributes with empty string value", u"2018-05-01T10:00:00-00:00"},
    {u"external-net", u"Neutron external network", u"Adds external network attribute to network resource.",
     u"2013-01-14T10:00:00-00:00"},
    {u"extra_dhcp_opt", u"Neutron Extra DHCP options",
     u"Extra options configuration for DHCP. For example PXE boot options to DHCP clients can be specified (e.g. "
     u"tftp-server, server-ip-address, bootfile-name)",
     u"2013-03-17T12:00:00-00:00"},
    {u"extraroute", u"Neutron Extra Route", u"Extra routes configuration for L3 router", u"2013-02-01T10:00:00-00:00"},
    {u"filter-validation", u"Filter parameters validation", u"Provides validation on filter parameters.",
     u"2018-07-04T10:00:00-00:00"},
    {u"fip-port-details", u"Floating IP Port Details Extension", u"Add port_details attribute to Floating IP resource",
     u"2018-04-09T10:00:00-00:00"},
    {u"ip-substring-filtering", u"IP address substring filtering",
     u"Provides IP address substring filtering when listing ports", u"2017-11-28T09:00:00-00:00"},
    {u"router", u"Neutron L3 Router",
     u"Router abstraction for basic L3 forwarding between L2 Neutron networks and access to external networks via a "
     u"NAT gateway.",
     u"2012-07-20T10:00:00-00:00"},
    {u"ext-gw-mode", u"Neutron L3 Configurable external gateway mode",
     u"Extension of the router abstraction for specifying whether SNAT should occur on the external gateway",
     u"2013-03-28T10:00:00-00:00"},
    {u"net-mtu", u"Network MTU", u"Provides MTU attribute for a network resource.", u"2015-03-25T10:00:00-00:00"},
    {u"net-mtu-writable", u"Network MTU (writable)", u"Provides a writable MTU attribute for a network resource.",
     u"2017-07-12T00:00:00-00:00"},
    {u"pagination", u"Pagination support", u"Extension that indicates that pagination is enabled.",
     u"2016-06-12T00:00:00-00:00"},
    {u"binding", u"Port Binding", u"Expose port bindings of a virtual port to external application",
     u"2014-02-03T10:00:00-00:00"},
    {u"binding-extended", u"Port Bindings Extended", u"Expose port bindings of a virtual port to external application",
     u"2017-07-17T10:00:00-00:00"},
    {u"port-security", u"Port Security", u"Provides port security", u"2012-07-23T10:00:00-00:00"},
    {u"project-id", u"project_id field enabled", u"Extension that indicates that project_id field is enabled.",
     u"2016-09-09T09:09:09-09:09"},
    {u"provider", u"Provider Network", u"Expose mapping of virtual networks to physical networks",
     u"2012-09-07T10:00:00-00:00"},
    {u"quotas", u"Quota management support", u"Expose functions for quotas management per project",
     u"2012-07-29T10:00:00-00:00"},
    {u"quota_details", u"Quota details management support", u"Expose functions for quotas usage statistics per project",
     u"2017-02-10T10:00:00-00:00"},
    {u"standard-attr-revisions", u"Resource revision numbers",
     u"This extension will display the revision number of neutron resources.", u"2016-04-11T10:00:00-00:00"},
    {u"security-groups-normalized-cidr", u"Normalized CIDR field for security group rules",
     u"Add new field with normalized remote_ip_prefix cidr in SG rule", u"2020-07-28T10:00:00-00:00"},
    {u"security-group", u"security-group", u"The security groups extension.", u"2012-10-05T10:00:00-00:00"},
    {u"sorting", u"Sorting support", u"Extension that indicates that sorting is enabled.",
     u"2016-06-12T00:00:00-00:00"},
    {u"standard-attr-description", u"standard-attr-description",
     u"Extension to add descriptions to standard attributes", u"2016-02-10T10:00:00-00:00"},
    {u"stateful-security-group", u"Stateful security group", u"Indicates if the security group is stateful or not",
     u"2019-11-26T09:00:00-00:00"},
    {u"standard-attr-tag",
     u"Tag support for resources with standard attribute: port, subnet, subnetpool, network, security_group, router, "
     u"floatingip, policy, trunk, network_segment_range",
     u"Enables to set tag on resources with standard attribute.", u"2017-01-01T00:00:00-00:00"},
    {u"standard-attr-timestamp", u"Resource timestamps",
     u"Adds created_at and updated_at fields to all Neutron resources that have Neutron standard attributes.",
     u"2016-09-12T10:00:00-00:00"},
};

QJsonObject extensionJson(const Extension& e)
{
    return {{QStringLiteral("alias"), QString::fromUtf16(e.alias)},
            {QStringLiteral("name"), QString::fromUtf16(e.name)},
            {QStringLiteral("description"), QString::fromUtf16(e.description)},
            {QStringLiteral("updated"), QString::fromUtf16(e.updated)},
            {QStringLiteral("links"), QJsonArray()}};
}

// Neutron's extension controller answers an unknown alias with webob's HTML page.
DemoReply unknownExtension(const QString& alias)
{
    DemoReply reply;
    reply.status = 404;
    reply.body = QStringLiteral("<html>\n <head>\n  <title>404 Not Found</title>\n </head>\n <body>\n  <h1>404 Not "
                                "Found</h1>\n  The resource could not be found.<br /><br />\nExtension with alias %1 "
                                "does not exist\n\n\n </body>\n</html>")
                     .arg(alias)
                     .toUtf8();
    reply.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=UTF-8")});
    return reply;
}

} // namespace

void addExtensionRoutes(DemoRouter& router)
{
    const QString s = QStringLiteral("network");
    router.add(s, "GET", QStringLiteral("v2.0/extensions"), [](DemoRequest&) {
        QJsonArray all;
        for (const Extension& e : kExtensions)
            all.append(extensionJson(e));
        return DemoReply::json(200, QJsonObject{{QStringLiteral("extensions"), all}});
    });
    router.add(s, "GET", QStringLiteral("v2.0/extensions/{alias}"), [](DemoRequest& r) {
        const QString alias = r.param(QStringLiteral("alias"));
        for (const Extension& e : kExtensions) {
            if (QString::fromUtf16(e.alias) == alias)
                return one(200, QStringLiteral("extension"), extensionJson(e));
        }
        return unknownExtension(alias);
    });
}

} // namespace zenith::demo::neutron

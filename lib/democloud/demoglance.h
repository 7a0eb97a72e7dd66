#pragma once

#include "demoservice.h"

namespace zenith::demo {

//! Glance v2's images as the demo serves them: list (filters, paging with "next"), show, delete
//! (owner only; public images refused), and the seeded public images.
class DemoGlance final : public DemoService
{
public:
    using DemoService::DemoService;
    void addRoutes(DemoRouter& router) override;

    //! A public image in every region: name, os_distro, size in bytes, minimal disk in GiB.
    void seedImage(const QString& name, const QString& distro, qint64 size, int minDisk);
    //! A snapshot image a server's createImage makes (queued, then active).
    static QJsonObject snapshotImage(const QString& name, const QString& ownerProject);

private:
    DemoReply list(DemoRequest& request);
    DemoReply show(DemoRequest& request);
    DemoReply remove(DemoRequest& request);
};

} // namespace zenith::demo

#pragma once

#include "demoservice.h"

namespace zenith::demo {

//! A flavor to seed: its name, size and (optionally) id; public, no swap nor ephemeral disk.
struct FlavorSeed
{
    QString name;
    int vcpus = 1;
    int ramMiB = 512;
    int diskGiB = 1;
    QString id; //!< empty: a stable id made from the name
};

namespace nova {

//! OVHcloud's d2-2, d2-4 and b2-7: every demo cloud has them.
QList<FlavorSeed> classroomFlavors();
//! The dev cloud's m1.nano, m1.tiny, m1.small, m1.medium (tests/devcloud/seed_resources.py).
QList<FlavorSeed> devCloudFlavors();
//! Stores the flavors in every region (a flavor with the same id is replaced).
void seedFlavors(DemoEnv& env, const QList<FlavorSeed>& flavors);

} // namespace nova
} // namespace zenith::demo

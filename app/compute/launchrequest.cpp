#include "launchrequest.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace zenith {

namespace {

using Field = LaunchProblem::Field;

std::optional<LaunchProblem> checkImageAndFlavor(const LaunchRequest& r)
{
    if (r.imageId.isEmpty())
        return LaunchProblem{Field::Image, LaunchRequest::tr("Choose an image to start the instance from.")};
    if (r.imageStatus != u"active")
        //: %1 image name, %2 its Glance status (queued, saving, deactivated...)
        return LaunchProblem{Field::Image, LaunchRequest::tr("The image “%1” cannot be used yet (its status is %2): "
                                                             "choose an active image.")
                                               .arg(r.imageName, r.imageStatus)};
    if (r.flavorId.isEmpty())
        return LaunchProblem{Field::Flavor, LaunchRequest::tr("Choose a flavor (the instance's size).")};
    const QLocale locale;
    const qint64 imageDiskGiB = std::max<qint64>(r.imageMinDisk, (r.imageSize + (qint64(1) << 30) - 1) >> 30);
    if (r.flavorDisk > 0 && r.flavorDisk < imageDiskGiB)
        //: %1 flavor, %2 its disk in GiB, %3 image, %4 the disk the image needs in GiB
        return LaunchProblem{Field::Flavor, LaunchRequest::tr("The flavor “%1” has a %2 GiB disk, but the image “%3” "
                                                              "needs at least %4 GiB: choose a larger flavor.")
                                                .arg(r.flavorName, locale.toString(r.flavorDisk), r.imageName,
                                                     locale.toString(imageDiskGiB))};
    if (r.flavorRam < r.imageMinRam)
        //: %1 flavor, %2 its RAM in MiB, %3 image, %4 the RAM the image needs in MiB
        return LaunchProblem{Field::Flavor, LaunchRequest::tr("The flavor “%1” has %2 MiB of RAM, but the image “%3” "
                                                              "needs at least %4 MiB: choose a larger flavor.")
                                                .arg(r.flavorName, locale.toString(r.flavorRam), r.imageName,
                                                     locale.toString(r.imageMinRam))};
    return std::nullopt;
}

std::optional<LaunchProblem> checkNics(const LaunchRequest& r)
{
    if (r.nics.isEmpty() && !r.onlyNetwork) {
        if (r.usableNetworks == 0)
            return LaunchProblem{Field::Networks,
                                 LaunchRequest::tr("This project has no network to connect the instance to: "
                                                   "create one in the Network pane first.")};
        return LaunchProblem{Field::Networks, LaunchRequest::tr("Choose at least one network or port: the "
                                                                "project has several, and Nova will not guess.")};
    }
    QSet<QString> ports;
    for (const LaunchNic& nic : r.nics) {
        if (nic.kind != LaunchNic::Kind::Port)
            continue;
        if (r.count > 1)
            //: %1 port name or id
            return LaunchProblem{Field::Networks,
                                 LaunchRequest::tr("The port “%1” can belong to one instance only: launch a "
                                                   "single instance, or choose networks instead of ports.")
                                     .arg(nic.label)};
        if (ports.contains(nic.id))
            return LaunchProblem{
                Field::Networks,
                LaunchRequest::tr("The port “%1” is listed twice: a port connects one interface.").arg(nic.label)};
        ports.insert(nic.id);
    }
    return std::nullopt;
}

} // namespace

std::optional<LaunchProblem> LaunchRequest::checkName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return LaunchProblem{Field::Name, tr("Give the instance a name.")};
    if (name.front().isSpace() || name.back().isSpace())
        return LaunchProblem{Field::Name, tr("The name cannot start or end with a space.")};
    if (name.size() > 255)
        //: %1 the number of characters typed
        return LaunchProblem{Field::Name,
                             tr("The name is %1 characters long; Nova accepts at most 255.").arg(name.size())};
    if (!std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.isPrint(); }))
        return LaunchProblem{Field::Name, tr("The name holds a tab, a line break or another invisible character: "
                                             "use printable characters only.")};
    return std::nullopt;
}

std::optional<LaunchProblem> LaunchRequest::checkUserData(const QString& userData)
{
    const qint64 encoded = encodedSize(userData);
    if (encoded <= maxEncodedUserData)
        return std::nullopt;
    const QLocale locale;
    //: %1 the script's size in bytes, %2 its size once base64-encoded, %3 Nova's limit (65,535)
    return LaunchProblem{Field::UserData,
                         tr("The post-install script is too large: %1 bytes, which is %2 bytes once base64-encoded, "
                            "and Nova accepts at most %3 encoded bytes. Shorten it, or have it download the rest.")
                             .arg(locale.toString(qint64(userData.toUtf8().size())), locale.toString(encoded),
                                  locale.toString(maxEncodedUserData))};
}

bool LaunchRequest::flavorTooSmall(int flavorDisk, int flavorRam, int imageMinDisk, int imageMinRam, qint64 imageSize)
{
    const qint64 imageDiskGiB = std::max<qint64>(imageMinDisk, (imageSize + (qint64(1) << 30) - 1) >> 30);
    return (flavorDisk > 0 && flavorDisk < imageDiskGiB) || flavorRam < imageMinRam;
}

QList<LaunchProblem> LaunchRequest::validate() const
{
    QList<LaunchProblem> problems;
    if (const auto p = checkName(name))
        problems << *p;
    if (count < 1 || count > maxCount)
        //: %1 the largest number of instances launched at once
        problems << LaunchProblem{Field::Count, tr("Launch between 1 and %1 instances at a time.").arg(maxCount)};
    if (const auto p = checkImageAndFlavor(*this))
        problems << *p;
    if (const auto p = checkNics(*this))
        problems << *p;
    if (securityGroups.isEmpty() && availableSecurityGroups > 0)
        problems << LaunchProblem{Field::SecurityGroups, tr("Choose at least one security group: with none, Nova "
                                                            "applies “default” anyway.")};
    if (const auto p = checkUserData(userData))
        problems << *p;
    return problems;
}

qint64 LaunchRequest::encodedSize(const QString& userData)
{
    const qint64 bytes = userData.toUtf8().size();
    return (bytes + 2) / 3 * 4;
}

QStringList LaunchRequest::instanceNames(const QString& name, int count)
{
    if (count <= 1)
        return {name};
    QStringList names;
    for (int i = 1; i <= count; ++i)
        names << QString(name + u'-' + QString::number(i));
    return names;
}

QList<LaunchNic> LaunchRequest::effectiveNics() const
{
    if (nics.isEmpty() && onlyNetwork)
        return {*onlyNetwork};
    return nics;
}

CreateServerRequest LaunchRequest::toCreateServerRequest() const
{
    CreateServerRequest r;
    r.name = name;
    r.imageRef = imageId;
    r.flavorRef = flavorId;
    for (const LaunchNic& nic : effectiveNics())
        r.nics << (nic.kind == LaunchNic::Kind::Port ? ServerNic::port(nic.id) : ServerNic::network(nic.id));
    r.securityGroups = securityGroups;
    if (!keyName.isEmpty())
        r.keyName = keyName;
    if (!userData.isEmpty())
        r.userData = userData;
    if (configDrive)
        r.configDrive = true;
    if (!availabilityZone.isEmpty())
        r.availabilityZone = availabilityZone;
    if (!serverGroupId.isEmpty())
        r.serverGroupId = serverGroupId;
    if (count > 1) {
        r.minCount = count;
        r.maxCount = count;
    }
    return r;
}

ServerCreateOptions LaunchRequest::toCommandOptions() const
{
    ServerCreateOptions o;
    o.name = name;
    o.image = imageName.isEmpty() ? imageId : imageName;
    o.flavor = flavorName.isEmpty() ? flavorId : flavorName;
    for (const LaunchNic& nic : effectiveNics())
        o.interfaces << ServerCreateOptions::Interface{nic.kind == LaunchNic::Kind::Port, nic.label};
    // `openstack server create` adds "default" itself only when no group is named.
    if (securityGroups != QStringList{QStringLiteral("default")})
        o.securityGroups = securityGroups;
    o.keyName = keyName;
    if (!userData.isEmpty()) {
        // A typed script has no file yet: name the one the student would save it to.
        const bool cloudConfig = userData.startsWith(u"#cloud-config");
        o.userDataFile = !userDataFile.isEmpty()
                             ? userDataFile
                             : (cloudConfig ? QStringLiteral("cloud-config.yaml") : QStringLiteral("post-install.sh"));
    }
    o.availabilityZone = availabilityZone;
    o.serverGroup = serverGroupId;
    o.configDrive = configDrive;
    o.count = count;
    return o;
}

} // namespace zenith

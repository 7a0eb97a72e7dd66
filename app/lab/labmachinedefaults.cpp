#include "labmachinedefaults.h"

#include <algorithm>
#include <tuple>

namespace zenith {

namespace {

bool isDebian12(const Image& image)
{
    const QString name = image.name.toLower();
    if (name.contains(u"debian") && (name.contains(u"12") || name.contains(u"bookworm")))
        return true;
    return image.osDistro.compare(u"debian", Qt::CaseInsensitive) == 0 && name.contains(u"12");
}

} // namespace

QString LabMachineDefaults::image(const QList<Image>& images)
{
    QList<Image> usable;
    for (const Image& image : images) {
        if (image.status.isEmpty() || image.status == u"active")
            usable.append(image);
    }
    std::sort(usable.begin(), usable.end(), [](const Image& a, const Image& b) { return a.name < b.name; });
    for (const Image& image : std::as_const(usable)) {
        if (isDebian12(image))
            return image.name;
    }
    return usable.isEmpty() ? QString() : usable.first().name;
}

QString LabMachineDefaults::flavor(const QList<Flavor>& flavors)
{
    QList<Flavor> usable;
    for (const Flavor& flavor : flavors) {
        if (!flavor.disabled)
            usable.append(flavor);
    }
    std::sort(usable.begin(), usable.end(), [](const Flavor& a, const Flavor& b) {
        return std::tie(a.ram, a.vcpus, a.disk, a.name) < std::tie(b.ram, b.vcpus, b.disk, b.name);
    });
    for (const Flavor& flavor : std::as_const(usable)) {
        if (flavor.ram >= 1024)
            return flavor.name;
    }
    return usable.isEmpty() ? QString() : usable.first().name;
}

} // namespace zenith

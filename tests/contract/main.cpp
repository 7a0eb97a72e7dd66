// The contract suite: every request type of lib/, sent to a live cloud named by a clouds.yaml entry.
//   ZENITH_CONTRACT_CLOUD=devcloud-demo OS_CLIENT_CONFIG_FILE=... zenith_contract [TestClass...]
// Exit 77 (skipped) when ZENITH_CONTRACT_STATUS_FILE says the cloud is not available here.

#include "contract.h"
#include "requestcatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

#include <cstdio>

using namespace zenith::contract;

namespace {

// ctest's fixture writes "up <clouds.yaml>" or "skip: <reason>".
std::optional<QString> skipReason()
{
    const QString path = qEnvironmentVariable("ZENITH_CONTRACT_STATUS_FILE");
    if (path.isEmpty())
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("no dev cloud status in %1").arg(path);
    const QString status = QString::fromUtf8(file.readAll()).trimmed();
    if (status.startsWith(QStringLiteral("skip")))
        return status;
    return std::nullopt;
}

int reportCoverage(bool all)
{
    const QStringList known = requestTypes();
    QStringList missing;
    for (const QString& type : known) {
        if (!Harness::instance().exercisedTypes().contains(type))
            missing.append(type);
    }
    std::printf("contract coverage: %lld/%lld request types (cloud %s)\n",
                static_cast<long long>(known.size() - missing.size()), static_cast<long long>(known.size()),
                qPrintable(Harness::instance().cloud().name));
    if (all && !missing.isEmpty())
        std::printf("not exercised: %s\n", qPrintable(missing.join(QStringLiteral(", "))));
    return all && !missing.isEmpty() ? 1 : 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("zenith.session.info=false"));
    if (const auto skip = skipReason()) {
        std::printf("contract suite skipped: %s\n", qPrintable(*skip));
        return 77;
    }
    const QString why = Harness::instance().setUp();
    if (!why.isEmpty()) {
        std::fprintf(stderr, "contract suite: %s\n", qPrintable(why));
        return 1;
    }
    const QStringList only = app.arguments().mid(1);
    QStringList known;
    for (const auto& entry : Registry::entries())
        known.append(entry.first);
    for (const QString& name : only) {
        if (!known.contains(name)) {
            std::fprintf(stderr, "contract suite: no test class %s (there are: %s)\n", qPrintable(name),
                         qPrintable(known.join(QStringLiteral(", "))));
            return 2;
        }
    }
    int failures = 0;
    for (const auto& [name, make] : Registry::entries()) {
        if (!only.isEmpty() && !only.contains(name))
            continue;
        const auto test = make();
        failures += QTest::qExec(test.get(), QStringList{app.arguments().first()});
        Harness::instance().runCleanups();
    }
    failures += reportCoverage(only.isEmpty());
    return failures == 0 ? 0 : 1;
}

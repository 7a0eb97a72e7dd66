#include "labsecrets.h"

#include <QRandomGenerator>

namespace zenith {

namespace {

// Letters and digits only: nothing a shell, SQL string, PHP string or YAML scalar would interpret.
constexpr char16_t kAlphabet[] = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
constexpr int kLength = 24;

QString password()
{
    constexpr int size = int(std::size(kAlphabet)) - 1;
    QString text;
    text.reserve(kLength);
    for (int i = 0; i < kLength; ++i)
        text.append(QChar(kAlphabet[QRandomGenerator::system()->bounded(size)]));
    return text;
}

} // namespace

LabSecrets LabSecrets::generate()
{
    return {.databasePassword = password(), .databaseRootPassword = password()};
}

} // namespace zenith

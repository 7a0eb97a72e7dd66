#include "stackcommand.h"

#include "openstackcommand.h"

namespace zenith {

QString StackCommand::create(const QString& templateFile, const QString& name, const QStringList& secretParameters,
                             const QStringList& tags, int timeoutMinutes)
{
    // path() quotes the file itself (keeping "~/" bare); every other word goes through quote().
    QString line = OpenstackCommand::join({QStringLiteral("stack"), QStringLiteral("create"), QStringLiteral("-t")}) +
                   u' ' + OpenstackCommand::path(templateFile);
    QStringList words;
    for (const QString& parameter : secretParameters) {
        words << QStringLiteral("--parameter")
              << QString(parameter + QStringLiteral("=<") + parameter + QStringLiteral(">"));
    }
    if (timeoutMinutes > 0)
        words << QStringLiteral("--timeout") << QString::number(timeoutMinutes);
    if (!tags.isEmpty())
        words << QStringLiteral("--tags") << tags.join(u',');
    words << name;
    for (const QString& word : std::as_const(words))
        line += u' ' + OpenstackCommand::quote(word);
    return line;
}

QString StackCommand::eventList(const QString& name)
{
    return OpenstackCommand::join({QStringLiteral("stack"), QStringLiteral("event"), QStringLiteral("list"), name});
}

QString StackCommand::show(const QString& name)
{
    return OpenstackCommand::join({QStringLiteral("stack"), QStringLiteral("show"), name});
}

QString StackCommand::remove(const QString& name)
{
    return OpenstackCommand::join(
        {QStringLiteral("stack"), QStringLiteral("delete"), QStringLiteral("--yes"), QStringLiteral("--wait"), name});
}

} // namespace zenith

#include "labclioptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace zenith {

std::optional<LabCliOptions> LabCliOptions::parse(const QStringList& arguments, QString* error, QString* help)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "LabCli", "Plans, deploys, verifies, snapshots or tears down the OpenStack lab described by a lab.yaml."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("lab"), {}, QStringLiteral("lab"));
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("LabCli", "plan, deploy, verify, snapshot or teardown"),
                                 QStringLiteral("plan|deploy|verify|snapshot|teardown"));
    const QCommandLineOption cloud(
        QStringLiteral("cloud"),
        QCoreApplication::translate("LabCli", "The cloud of clouds.yaml, or demo (the built-in simulated cloud)."),
        QStringLiteral("name"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    QCoreApplication::translate("LabCli", "The lab plan (lab.yaml)."),
                                    QStringLiteral("file"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("LabCli", "Print one JSON document instead of text."));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        QCoreApplication::translate("LabCli", "Change nothing: show what would be created or deleted."));
    const QCommandLineOption noWait(
        QStringLiteral("no-wait-ready"),
        QCoreApplication::translate("LabCli", "Do not wait for (or check) each server's post-install script."));
    const QCommandLineOption noKeyring(
        QStringLiteral("no-keyring"),
        QCoreApplication::translate("LabCli", "Keep the lab's passwords in memory for this run only."));
    const QCommandLineOption publicKey(
        QStringLiteral("public-key"),
        QCoreApplication::translate("LabCli", "Import this public key as the plan's key pair if the project lacks it."),
        QStringLiteral("file"));
    const QCommandLineOption journal(QStringLiteral("journal"),
                                     QCoreApplication::translate("LabCli", "Where the deployment journal is kept."),
                                     QStringLiteral("file"));
    const QCommandLineOption heat(
        QStringLiteral("heat"),
        QCoreApplication::translate("LabCli", "deploy: submit the lab to Heat as the stack <lab>-stack and follow its "
                                              "events (teardown finds the stack by itself)."));
    parser.addOptions({cloud, config, json, dryRun, noWait, noKeyring, publicKey, journal, heat});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        *help = parser.helpText();
        error->clear();
        return std::nullopt;
    }
    const QStringList positional = parser.positionalArguments();
    static const QStringList commands{QStringLiteral("plan"), QStringLiteral("deploy"), QStringLiteral("verify"),
                                      QStringLiteral("teardown"), QStringLiteral("snapshot")};
    if (positional.size() != 2 || positional.first() != u"lab" || !commands.contains(positional.at(1))) {
        *error = QCoreApplication::translate(
            "LabCli", "Usage: zenith lab plan|deploy|verify|snapshot|teardown --cloud NAME --config lab.yaml");
        return std::nullopt;
    }
    if (!parser.isSet(cloud) || !parser.isSet(config)) {
        *error = QCoreApplication::translate("LabCli", "Both --cloud and --config are required.");
        return std::nullopt;
    }
    LabCliOptions options;
    options.command = Command(commands.indexOf(positional.at(1)));
    options.cloud = parser.value(cloud);
    options.config = parser.value(config);
    options.publicKey = parser.value(publicKey);
    options.journal = parser.value(journal);
    options.json = parser.isSet(json);
    options.dryRun = parser.isSet(dryRun);
    options.waitReady = !parser.isSet(noWait);
    options.keyring = !parser.isSet(noKeyring);
    options.heat = parser.isSet(heat);
    return options;
}

} // namespace zenith

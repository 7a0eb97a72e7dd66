#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace zenith {

//! What `zenith lab <command> …` was asked to do.
struct LabCliOptions
{
    enum class Command { Plan, Deploy, Verify, Teardown, Snapshot };

    Command command = Command::Plan;
    QString cloud;         //!< a clouds.yaml entry, or "demo": the built-in demo cloud, in-process
    QString config;        //!< the lab.yaml
    QString publicKey;     //!< a public key file imported as the plan's key pair when the project lacks it
    QString journal;       //!< the deployment journal; empty: LabJournal::defaultPath()
    bool json = false;     //!< one JSON document on stdout instead of text
    bool dryRun = false;   //!< deploy: only plan; teardown: only list what would be deleted
    bool waitReady = true; //!< deploy: watch each server's ready marker; verify: check it
    bool keyring = true;   //!< keep the lab's passwords in the system keyring (else memory, this run only)
    bool heat = false;     //!< deploy: as the Heat stack "<lab>-stack" (teardown finds it by itself)

    //! Reads the arguments after `zenith lab`; on bad usage returns nullopt and sets `error` (or,
    //! for --help, `help` with the usage text and an empty `error`).
    static std::optional<LabCliOptions> parse(const QStringList& arguments, QString* error, QString* help);
};

} // namespace zenith

#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QProcess;
class QTemporaryDir;

namespace zenith {

//! Makes an Ed25519 key pair on this computer with ssh-keygen, asynchronously (QProcess, never a
//! wait). The private key is written with mode 0600 where the user chose; Zenith never reads it,
//! never logs it and never sends it. Keys are made in a private temporary folder next to the
//! target and moved in place at the end, so a failed run leaves any existing key untouched.
class SshKeyGenerator final : public QObject
{
    Q_OBJECT

public:
    enum class Failure {
        ProgramMissing, //!< no ssh-keygen on this computer
        FolderFailed,   //!< the folder for the key could not be created or written (detail: the folder)
        StartFailed,    //!< ssh-keygen could not be started (detail: the system's reason)
        KeygenFailed,   //!< ssh-keygen failed (detail: its error output)
        SaveFailed,     //!< the key could not be moved in place or protected (detail: the system's reason)
    };
    Q_ENUM(Failure)

    explicit SshKeyGenerator(QObject* parent = nullptr);
    ~SshKeyGenerator() override;

    //! The ssh-keygen to run: a name searched in PATH or a path (tests point it elsewhere).
    void setProgram(const QString& program);
    //! The full path of the program that would run; empty when it is missing.
    QString resolvedProgram() const;

    //! Starts making `privateKeyPath` and `privateKeyPath`.pub, replacing them if they exist
    //! (the caller asked the user first). Answers with finished() or failed(), later.
    void generate(const QString& privateKeyPath, const QString& comment);
    bool isRunning() const;
    //! Stops a run; neither signal follows and nothing is written.
    void cancel();

    //! What the user would type: ssh-keygen -t ed25519 -N "" -C COMMENT -f PATH.
    static QString commandLine(const QString& privateKeyPath, const QString& comment);

Q_SIGNALS:
    //! The key pair is in place; `publicKey` is the content of the .pub file.
    void finished(const QString& privateKeyPath, const QByteArray& publicKey);
    void failed(zenith::SshKeyGenerator::Failure failure, const QString& detail);

private:
    void processFinished(int exitCode);
    void fail(Failure failure, const QString& detail);
    QString install();

    QString m_program = QStringLiteral("ssh-keygen");
    QString m_target;
    QPointer<QProcess> m_process;
    std::unique_ptr<QTemporaryDir> m_workDir;
};

} // namespace zenith

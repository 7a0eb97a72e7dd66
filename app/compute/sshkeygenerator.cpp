#include "sshkeygenerator.h"

#include "cli/openstackcommand.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <filesystem>
#include <system_error>

namespace zenith {

namespace {

std::filesystem::path fsPath(const QString& path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

} // namespace

SshKeyGenerator::SshKeyGenerator(QObject* parent)
    : QObject(parent)
{}

SshKeyGenerator::~SshKeyGenerator()
{
    cancel();
}

void SshKeyGenerator::setProgram(const QString& program)
{
    m_program = program;
}

QString SshKeyGenerator::resolvedProgram() const
{
    if (m_program.contains(u'/'))
        return QFileInfo(m_program).isExecutable() ? m_program : QString();
    return QStandardPaths::findExecutable(m_program);
}

QString SshKeyGenerator::commandLine(const QString& privateKeyPath, const QString& comment)
{
    return QStringLiteral("ssh-keygen -t ed25519 -N \"\" -C ") + OpenstackCommand::quote(comment) +
           QStringLiteral(" -f ") + OpenstackCommand::path(privateKeyPath);
}

bool SshKeyGenerator::isRunning() const
{
    return m_process != nullptr;
}

void SshKeyGenerator::generate(const QString& privateKeyPath, const QString& comment)
{
    if (isRunning())
        return;
    m_target = QFileInfo(privateKeyPath).absoluteFilePath();
    const QString program = resolvedProgram();
    if (program.isEmpty()) {
        fail(Failure::ProgramMissing, m_program);
        return;
    }
    const QString folder = QFileInfo(m_target).absolutePath();
    if (!QFileInfo::exists(folder)) {
        // A new ~/.ssh must be private, as ssh-keygen itself would make it.
        if (!QDir().mkpath(folder) ||
            !QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
            fail(Failure::FolderFailed, folder);
            return;
        }
    }
    // Made next to the target (same file system: the final move is a rename), mode 0700.
    m_workDir = std::make_unique<QTemporaryDir>(folder + QStringLiteral("/.zenith-keygen-XXXXXX"));
    if (!m_workDir->isValid()) {
        m_workDir.reset();
        fail(Failure::FolderFailed, folder);
        return;
    }
    auto* process = new QProcess(this);
    m_process = process;
    process->setProgram(program);
    process->setArguments({QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                           QString(), QStringLiteral("-C"), comment, QStringLiteral("-f"),
                           m_workDir->filePath(QStringLiteral("key"))});
    // No prompt can ever wait for an answer: ssh-keygen reads nothing.
    process->setStandardInputFile(QProcess::nullDevice());
    connect(process, &QProcess::finished, this, [this, process](int exitCode, QProcess::ExitStatus status) {
        if (process != m_process)
            return;
        processFinished(status == QProcess::NormalExit ? exitCode : -1);
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (process != m_process || error != QProcess::FailedToStart)
            return;
        fail(Failure::StartFailed, process->errorString());
    });
    process->start();
}

void SshKeyGenerator::cancel()
{
    if (m_process) {
        QProcess* process = m_process;
        m_process = nullptr;
        process->disconnect(this);
        process->kill();
        process->deleteLater();
    }
    m_workDir.reset();
}

void SshKeyGenerator::processFinished(int exitCode)
{
    const QString errors = QString::fromLocal8Bit(m_process->readAllStandardError()).trimmed();
    if (exitCode != 0) {
        fail(Failure::KeygenFailed,
             errors.isEmpty() ? QStringLiteral("ssh-keygen exited with code %1").arg(exitCode) : errors);
        return;
    }
    const QString problem = install();
    if (!problem.isEmpty()) {
        fail(Failure::SaveFailed, problem);
        return;
    }
    QFile publicKey(m_target + QStringLiteral(".pub"));
    if (!publicKey.open(QIODevice::ReadOnly)) {
        fail(Failure::SaveFailed, publicKey.errorString());
        return;
    }
    const QByteArray content = publicKey.readAll();
    cancel(); // the process is over: this only lets go of it and of the (now empty) work folder
    Q_EMIT finished(m_target, content);
}

// Moves the new pair over the target (rename: atomic, replaces an existing file) and checks 0600.
QString SshKeyGenerator::install()
{
    namespace fs = std::filesystem;
    const QString made = m_workDir->filePath(QStringLiteral("key"));
    std::error_code error;
    fs::permissions(fsPath(made), fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace, error);
    if (!error)
        fs::rename(fsPath(made + QStringLiteral(".pub")), fsPath(m_target + QStringLiteral(".pub")), error);
    if (!error)
        fs::rename(fsPath(made), fsPath(m_target), error);
    if (error)
        return QString::fromLocal8Bit(error.message());
    const fs::perms mode = fs::status(fsPath(m_target), error).permissions() & fs::perms::mask;
    if (error || mode != (fs::perms::owner_read | fs::perms::owner_write))
        //: Shown when the generated private key could not be made readable by its owner only
        return tr("its permissions could not be set to 0600 (readable by you only)");
    return {};
}

void SshKeyGenerator::fail(Failure failure, const QString& detail)
{
    cancel();
    // Always later, never from inside generate(): callers connect once and need not guard re-entry.
    QTimer::singleShot(0, this, [this, failure, detail] { Q_EMIT failed(failure, detail); });
}

} // namespace zenith

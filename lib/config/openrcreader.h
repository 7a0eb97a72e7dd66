#pragma once

#include "cloudconfig.h"
#include "configenvironment.h"
#include "configerror.h"
#include "shellscanner.h"

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace zenith {

//! Imports an openrc file (Horizon's v3 and application credential ones, OVHcloud's openrc.sh) by
//! reading it as shell text, never running it: assignments and `export`, `unset`, `read` (a
//! variable the user is asked for stays empty, so a prompted password leaves hasSecret() false),
//! `if [ -z "$X" ]`-style tests, and `$VAR`, `${VAR}`, `${VAR:-default}` expansions against the
//! variables set earlier in the file. Anything else (echo, loops, functions, `$(…)`) is skipped.
class OpenrcReader
{
public:
    //! Reads the openrc file at `path`. The cloud is named after the file ("demo-openrc.sh" →
    //! "demo-openrc") and its source is `path`; `env` only serves to expand `~` in paths.
    static Result<CloudConfig, ConfigError> importFile(const QString& path, const ConfigEnvironment& env);
    //! Parses openrc `text` as if it were the file at `path`.
    static Result<CloudConfig, ConfigError> parse(const QByteArray& text, const QString& path,
                                                  const ConfigEnvironment& env);
    //! The variables `text` leaves set, and nothing else: for diagnostics and tests.
    static Result<QHash<QString, QString>, ConfigError> variables(const QByteArray& text, const QString& path);

private:
    struct Frame
    {
        enum class Kind { If, Loop, Case, Brace, Function };
        Kind kind;
        bool active = false;
        bool taken = false; // an if branch already ran
        bool known = true;  // every condition so far could be evaluated
        bool awaitingBrace = false;
    };

    std::optional<ConfigError> run(const QByteArray& text, const QString& path);
    void process(QList<ShellWord> words, int line);
    bool handleReservedWord(QList<ShellWord>& words);
    void execute(const QList<ShellWord>& words, int line);
    void assign(const ShellWord& word, int line);
    void read(const QList<ShellWord>& args);
    std::optional<bool> evaluate(const QList<ShellWord>& test) const;
    void push(Frame::Kind kind, bool active);
    void pop(Frame::Kind kind);
    bool active() const;
    bool parentActive() const;

    QHash<QString, QString> m_vars;
    QHash<QString, int> m_lines;
    QList<Frame> m_frames;
    bool m_stopped = false;
};

//! Imports the openrc file at `path` (see OpenrcReader): parsed, never executed.
Result<CloudConfig, ConfigError> importOpenrc(const QString& path);

} // namespace zenith

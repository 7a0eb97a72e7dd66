#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace zenith {

//! One word of a shell command, after quote removal and parameter expansion.
struct ShellWord
{
    QString text;
    bool literal = true;     //!< no quotes and no expansion: may be a reserved word such as `if`
    bool quoted = false;     //!< had quotes, so it stays a word even when empty
    bool isOperator = false; //!< `(`, `)`, or a redirection such as `>`
    bool assignment = false; //!< starts with an unquoted NAME=
    bool opaque = false;     //!< held a command substitution or an expansion we do not evaluate
};

//! One simple command and the 1-based line it starts on.
struct ShellCommand
{
    QList<ShellWord> words;
    int line = 0;
};

//! Splits POSIX shell text (an openrc file) into simple commands and expands their words:
//! quotes, backslashes, `$VAR`, `${VAR}`, `${VAR:-default}` and friends. It never runs anything:
//! `$(…)` and backquotes make a word opaque. Expansion happens command by command, so each
//! command sees the variables set by the ones before it.
class ShellScanner
{
public:
    //! Returns a variable's value, or nothing when it is unset.
    using Lookup = std::function<std::optional<QString>(const QString& name)>;

    //! Scans `text`.
    explicit ShellScanner(const QString& text);

    //! The next command, its words expanded with `lookup`; nothing at the end or on an error.
    std::optional<ShellCommand> next(const Lookup& lookup);
    //! Set when the text cannot be split (an unterminated quote): the message and its line.
    const std::optional<std::pair<int, QString>>& error() const { return m_error; }

private:
    bool atWordEnd() const;
    ShellWord readWord();
    QString readOperator();
    void readUntil(ShellWord& word, QChar terminator);
    void readDoubleQuoted(ShellWord& word);
    void readSingleQuoted(ShellWord& word, bool ansiC);
    void readExpansion(ShellWord& word);
    void readBraced(ShellWord& word);
    void skipBalanced(QChar open, QChar close);
    void skipHeredocs();
    QChar peekChar(qsizetype offset = 0) const;
    void advance(qsizetype count = 1);
    void fail(int line, const QString& message);

    QString m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    const Lookup* m_lookup = nullptr;
    QList<std::pair<QString, bool>> m_heredocs; // delimiter, strip leading tabs
    std::optional<std::pair<int, QString>> m_error;
};

} // namespace zenith

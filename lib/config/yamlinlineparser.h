#pragma once

#include "yamlnode.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace zenith {

//! Parses what one line of block YAML holds after its indentation: a mapping key, a flow
//! collection (`[a, b]`, `{a: 1}`), a quoted or a plain scalar, and a trailing `# comment`.
//! Used by YamlReader; it never looks past the end of its line.
class YamlInlineParser
{
public:
    //! Parses `text`, which was found on 1-based `line`.
    YamlInlineParser(QStringView text, int line);

    //! When the text starts with a key (`key:` followed by a space or the end of the line),
    //! returns the key and moves past the colon. Otherwise returns nothing and moves nowhere.
    std::optional<QString> takeKey();
    //! Parses one value that must end the line, a comment aside. The empty rest of a line is null.
    YamlNode takeValue();
    //! The text not consumed yet, without leading blanks.
    QStringView rest() const;
    //! True when only blanks or a comment remain.
    bool atEnd() const;

    //! The first problem met, as a message without file and line.
    const std::optional<QString>& error() const { return m_error; }

    //! Types a plain (unquoted) scalar per the YAML 1.2 core schema: null, ~, true/false,
    //! integers (decimal, 0o octal, 0x hex), floats (.inf, .nan); anything else is a string.
    static YamlNode resolvePlain(const QString& text, int line);

private:
    YamlNode parseAny(bool inFlow);
    YamlNode parseFlowSequence();
    YamlNode parseFlowMapping();
    std::optional<QString> parseFlowKey();
    QString parseSingleQuoted();
    QString parseDoubleQuoted();
    bool appendEscape(QString& out);
    QString parsePlain(bool inFlow);
    bool checkStart(QChar c);
    void skipBlanks();
    bool isCommentStart(qsizetype i) const;
    void fail(const QString& message);

    QStringView m_text;
    qsizetype m_pos = 0;
    int m_line = 0;
    int m_depth = 0;
    std::optional<QString> m_error;
};

} // namespace zenith

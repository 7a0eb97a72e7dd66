#pragma once

#include "configerror.h"
#include "yamlnode.h"

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace zenith {

//! Reads the YAML that clouds.yaml and secure.yaml files use, without a YAML library: block
//! mappings and sequences (also `key:` followed by `- item` lines at the key's indentation),
//! one-line flow collections, plain/single-/double-quoted scalars, `|` and `>` blocks, comments,
//! one document with an optional `---`. Scalars are typed by the YAML 1.2 core schema; quoted
//! ones stay strings. Anything else (anchors, aliases, tags, multi-line quotes…) is an error
//! naming the file and the 1-based line.
class YamlReader
{
public:
    //! Parses `data` (UTF-8); `fileName` is what errors name.
    static Result<YamlNode, ConfigError> parse(const QByteArray& data, const QString& fileName);
    //! Reads and parses the file at `path`. An unreadable file is an error giving the reason.
    static Result<YamlNode, ConfigError> parseFile(const QString& path);

private:
    struct Line
    {
        int number = 0; // 1-based
        int indent = 0; // leading spaces
        bool tabInIndent = false;
        QString content; // after the indentation, trailing blanks removed
    };

    YamlReader(const QString& fileName, const QStringList& rawLines);
    void prepare();
    const Line* peek();
    YamlNode parseDocument();
    YamlNode parseBlock(int parentIndent);
    YamlNode parseMapping(int indent);
    YamlNode parseSequence(int indent);
    YamlNode parseSequenceItem(int indent, const Line& line);
    YamlNode parseValue(QStringView rest, int indent, int lineNumber, bool inMapping);
    YamlNode parseBlockScalar(QStringView header, int indent, int lineNumber);
    void checkNothingDeeper(int indent, int lineNumber);
    void fail(int line, const QString& message);

    QString m_file;
    QStringList m_raw;
    std::vector<Line> m_lines;
    size_t m_pos = 0;
    int m_depth = 0;
    std::optional<ConfigError> m_error;
};

} // namespace zenith

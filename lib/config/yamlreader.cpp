#include "yamlreader.h"

#include "yamlinlineparser.h"

#include <QFile>
#include <QHash>
#include <QStringDecoder>

namespace zenith {

namespace {

constexpr int kMaxDepth = 64;

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool isSequenceItem(QStringView content)
{
    return content.startsWith(u'-') && (content.size() == 1 || isBlank(content[1]));
}

bool isDocumentMarker(QStringView content, QStringView marker)
{
    return content.startsWith(marker) && (content.size() == 3 || isBlank(content[3]));
}

int leadingSpaces(QStringView text)
{
    int n = 0;
    while (n < text.size() && text[n] == u' ')
        ++n;
    return n;
}

// `>` joins lines with a space, except around empty or more-indented lines, which keep their breaks.
QString fold(const QStringList& lines)
{
    QString out;
    int empties = 0;
    bool previousMoreIndented = false;
    bool first = true;
    for (const QString& line : lines) {
        if (line.isEmpty()) {
            ++empties;
            continue;
        }
        const bool moreIndented = isBlank(line.front());
        if (!first) {
            if (empties == 0 && !moreIndented && !previousMoreIndented)
                out += u' ';
            else
                out += QString(empties + ((moreIndented || previousMoreIndented) ? 1 : 0), u'\n');
        } else {
            out += QString(empties, u'\n');
        }
        out += line;
        empties = 0;
        first = false;
        previousMoreIndented = moreIndented;
    }
    return out;
}

} // namespace

YamlReader::YamlReader(const QString& fileName, const QStringList& rawLines)
    : m_file(fileName)
    , m_raw(rawLines)
{}

Result<YamlNode, ConfigError> YamlReader::parseFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ConfigError::at(path, 0, QStringLiteral("cannot be read: ") + file.errorString());
    return parse(file.readAll(), path);
}

Result<YamlNode, ConfigError> YamlReader::parse(const QByteArray& data, const QString& fileName)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(data);
    if (decoder.hasError())
        return ConfigError::at(fileName, 0, QStringLiteral("is not valid UTF-8 text"));
    QStringList raw = text.split(u'\n');
    for (QString& line : raw) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    YamlReader reader(fileName, raw);
    reader.prepare();
    YamlNode root = reader.m_error ? YamlNode() : reader.parseDocument();
    if (reader.m_error)
        return *reader.m_error;
    root.setFile(fileName);
    return root;
}

void YamlReader::fail(int line, const QString& message)
{
    if (!m_error)
        m_error = ConfigError::at(m_file, line, message);
}

// Drops blank and comment lines and handles the document markers, so the parser only sees content.
void YamlReader::prepare()
{
    bool started = false; // a `---` was seen
    bool content = false;
    bool ended = false; // a `...` was seen
    for (qsizetype i = 0; i < m_raw.size() && !m_error; ++i) {
        const QString& raw = m_raw.at(i);
        const int number = static_cast<int>(i) + 1;
        qsizetype ws = 0;
        while (ws < raw.size() && isBlank(raw.at(ws)))
            ++ws;
        const QString body = raw.mid(ws).trimmed();
        if (body.isEmpty() || body.startsWith(u'#'))
            continue;
        if (ws == 0 && isDocumentMarker(body, u"---")) {
            if (started || content || ended)
                fail(number, QStringLiteral("a second YAML document ('---') is not supported; keep all clouds in one"));
            else if (!YamlInlineParser(QStringView(body).mid(3), number).atEnd())
                fail(number, QStringLiteral("content on the '---' line is not supported; start it on the next line"));
            started = true;
            continue;
        }
        if (ws == 0 && isDocumentMarker(body, u"...")) {
            ended = true;
            continue;
        }
        if (ended)
            fail(number, QStringLiteral("content after the end-of-document marker '...'"));
        else if (ws == 0 && body.startsWith(u'%') && !content && !started) {
            if (!body.startsWith(QStringLiteral("%YAML")))
                fail(number, QStringLiteral("the directive '") + body.section(u' ', 0, 0) +
                                 QStringLiteral("' is not supported"));
            continue;
        }
        content = true;
        const QStringView indentation = QStringView(raw).left(ws);
        m_lines.push_back(Line{number, leadingSpaces(raw), indentation.contains(u'\t'), body});
    }
}

const YamlReader::Line* YamlReader::peek()
{
    if (m_error || m_pos >= m_lines.size())
        return nullptr;
    const Line& line = m_lines[m_pos];
    if (line.tabInIndent) {
        fail(line.number, QStringLiteral("tab characters are not allowed for indentation"));
        return nullptr;
    }
    return &line;
}

YamlNode YamlReader::parseDocument()
{
    const Line* first = peek();
    if (!first)
        return YamlNode::scalar(YamlNode::Type::Null, QVariant(), QString(), 1);
    YamlNode root = parseBlock(-1);
    if (const Line* extra = peek())
        fail(extra->number, QStringLiteral("bad indentation: this line is indented less than the first line (line ") +
                                QString::number(first->number) + u')');
    return root;
}

YamlNode YamlReader::parseBlock(int parentIndent)
{
    const Line* line = peek();
    if (!line)
        return {};
    if (m_depth >= kMaxDepth) {
        fail(line->number, QStringLiteral("the document is nested too deeply"));
        return {};
    }
    ++m_depth;
    YamlNode node;
    YamlInlineParser probe(line->content, line->number);
    if (isSequenceItem(line->content)) {
        node = parseSequence(line->indent);
    } else if (probe.takeKey()) {
        node = parseMapping(line->indent);
    } else if (probe.error()) {
        fail(line->number, *probe.error());
    } else {
        const int number = line->number;
        const QString content = line->content;
        ++m_pos;
        node = parseValue(content, parentIndent, number, false);
    }
    --m_depth;
    return node;
}

YamlNode YamlReader::parseMapping(int indent)
{
    YamlNode map = YamlNode::collection(YamlNode::Type::Mapping, m_lines[m_pos].number);
    QHash<QString, int> keyLines;
    while (const Line* line = peek()) {
        if (line->indent < indent)
            break;
        if (line->indent > indent || isSequenceItem(line->content)) {
            fail(line->number,
                 isSequenceItem(line->content)
                     ? QStringLiteral("bad indentation: a list item ('- ') among the keys of a mapping")
                     : QStringLiteral("bad indentation: this line does not line up with the keys above it"));
            break;
        }
        const int number = line->number;
        const QString content = line->content;
        YamlInlineParser parser(content, number);
        const std::optional<QString> key = parser.takeKey();
        if (!key) {
            fail(number,
                 parser.error().value_or(QStringLiteral("expected 'key: value' here (a key followed by a colon)")));
            break;
        }
        if (keyLines.contains(*key)) {
            fail(number, QStringLiteral("duplicate key '") + *key + QStringLiteral("' (first defined on line ") +
                             QString::number(keyLines.value(*key)) + u')');
            break;
        }
        keyLines.insert(*key, number);
        ++m_pos;
        YamlNode value = parseValue(parser.rest(), indent, number, true);
        value.setLine(number);
        map.insert(*key, std::move(value));
    }
    return map;
}

YamlNode YamlReader::parseSequence(int indent)
{
    YamlNode seq = YamlNode::collection(YamlNode::Type::Sequence, m_lines[m_pos].number);
    while (const Line* line = peek()) {
        if (line->indent < indent)
            break;
        if (line->indent > indent) {
            fail(line->number,
                 QStringLiteral("bad indentation: this line does not line up with the list items above it"));
            break;
        }
        if (!isSequenceItem(line->content))
            break; // the keys that follow `key:` + `- item` lines at the same indentation
        YamlNode item = parseSequenceItem(indent, *line);
        seq.append(std::move(item));
    }
    return seq;
}

YamlNode YamlReader::parseSequenceItem(int indent, const Line& line)
{
    const int number = line.number;
    qsizetype k = 1;
    while (k < line.content.size() && isBlank(line.content[k]))
        ++k;
    const QString rest = line.content.mid(k);
    YamlInlineParser probe(rest, number);
    if (!rest.isEmpty() && (isSequenceItem(rest) || probe.takeKey())) {
        // `- key: value` and `- - item` open a collection at the column after the dash: parse
        // the rest of the line as if it were a line of its own, indented that far.
        m_lines[m_pos].indent = indent + static_cast<int>(k);
        m_lines[m_pos].content = rest;
        YamlNode item = parseBlock(indent);
        item.setLine(number);
        return item;
    }
    if (probe.error()) {
        fail(number, *probe.error());
        return {};
    }
    ++m_pos;
    YamlNode item = parseValue(rest, indent, number, false);
    item.setLine(number);
    return item;
}

// The value after `key:` or `- `; `indent` is the column of that key or dash.
YamlNode YamlReader::parseValue(QStringView rest, int indent, int lineNumber, bool inMapping)
{
    YamlInlineParser parser(rest, lineNumber);
    if (parser.atEnd()) {
        const Line* next = peek();
        if (next && next->indent > indent)
            return parseBlock(indent);
        // OVHcloud and PyYAML's default dumper write `regions:` then `- GRA11` at the key's indentation.
        if (next && inMapping && next->indent == indent && isSequenceItem(next->content))
            return parseSequence(indent);
        return YamlNode::scalar(YamlNode::Type::Null, QVariant(), QString(), lineNumber);
    }
    const QStringView value = parser.rest();
    if (value.startsWith(u'|') || value.startsWith(u'>'))
        return parseBlockScalar(value, indent, lineNumber);
    YamlNode node = parser.takeValue();
    if (parser.error()) {
        fail(lineNumber, *parser.error());
        return {};
    }
    checkNothingDeeper(indent, lineNumber);
    return node;
}

void YamlReader::checkNothingDeeper(int indent, int lineNumber)
{
    const Line* next = peek();
    if (next && next->indent > indent)
        fail(next->number, QStringLiteral("bad indentation: this line is indented deeper than line ") +
                               QString::number(lineNumber) + QStringLiteral(", whose value is already complete"));
}

YamlNode YamlReader::parseBlockScalar(QStringView header, int indent, int lineNumber)
{
    const bool literal = header.front() == u'|';
    QChar chomp;
    int explicitIndent = 0;
    qsizetype i = 1;
    for (; i < header.size() && i <= 2; ++i) {
        const QChar c = header[i];
        if ((c == u'-' || c == u'+') && chomp.isNull())
            chomp = c;
        else if (c >= u'1' && c <= u'9' && explicitIndent == 0)
            explicitIndent = c.digitValue();
        else
            break;
    }
    if (!YamlInlineParser(header.mid(i), lineNumber).atEnd() || (i < header.size() && !isBlank(header[i]))) {
        fail(lineNumber, QStringLiteral("invalid block scalar header '") + header.toString() + u'\'');
        return {};
    }
    int contentIndent = explicitIndent > 0 ? std::max(indent, 0) + explicitIndent : -1;
    QStringList lines;
    qsizetype r = lineNumber; // 0-based index of the line after the header
    for (; r < m_raw.size(); ++r) {
        const QString& raw = m_raw.at(r);
        if (raw.trimmed().isEmpty()) {
            lines.append(QString());
            continue;
        }
        const int spaces = leadingSpaces(raw);
        if (contentIndent < 0)
            contentIndent = spaces > indent ? spaces : indent + 1;
        if (spaces < contentIndent) {
            if (spaces > indent)
                fail(static_cast<int>(r) + 1, QStringLiteral("bad indentation: this line of a block scalar is "
                                                             "indented less than its first line"));
            break;
        }
        lines.append(raw.mid(contentIndent));
    }
    while (m_pos < m_lines.size() && m_lines[m_pos].number <= r)
        ++m_pos;
    qsizetype trailing = 0;
    while (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
        ++trailing;
    }
    QString text = literal ? lines.join(u'\n') : fold(lines);
    if (chomp == u'+')
        text += QString(lines.isEmpty() ? trailing : trailing + 1, u'\n');
    else if (chomp.isNull() && !lines.isEmpty())
        text += u'\n';
    return YamlNode::string(text, lineNumber);
}

} // namespace zenith

#include "yamlinlineparser.h"

#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace zenith {

namespace {

constexpr int kMaxDepth = 32;

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool isFlowIndicator(QChar c)
{
    return c == u',' || c == u'[' || c == u']' || c == u'{' || c == u'}';
}

QString quoted(QStringView text)
{
    return u'\'' + text.toString() + u'\'';
}

} // namespace

YamlInlineParser::YamlInlineParser(QStringView text, int line)
    : m_text(text)
    , m_line(line)
{}

void YamlInlineParser::fail(const QString& message)
{
    if (!m_error)
        m_error = message;
}

void YamlInlineParser::skipBlanks()
{
    while (m_pos < m_text.size() && isBlank(m_text[m_pos]))
        ++m_pos;
}

// `#` only starts a comment at the start of the text or after a blank: "pass#word" is a value.
bool YamlInlineParser::isCommentStart(qsizetype i) const
{
    return i < m_text.size() && m_text[i] == u'#' && (i == 0 || isBlank(m_text[i - 1]));
}

QStringView YamlInlineParser::rest() const
{
    qsizetype i = m_pos;
    while (i < m_text.size() && isBlank(m_text[i]))
        ++i;
    return m_text.mid(i);
}

bool YamlInlineParser::atEnd() const
{
    qsizetype i = m_pos;
    while (i < m_text.size() && isBlank(m_text[i]))
        ++i;
    return i >= m_text.size() || isCommentStart(i);
}

std::optional<QString> YamlInlineParser::takeKey()
{
    skipBlanks();
    const qsizetype start = m_pos;
    if (m_pos >= m_text.size())
        return std::nullopt;
    const QChar first = m_text[m_pos];
    if (first == u'"' || first == u'\'') {
        const std::optional<QString> saved = m_error;
        const QString key = first == u'"' ? parseDoubleQuoted() : parseSingleQuoted();
        skipBlanks();
        if (!m_error && m_pos < m_text.size() && m_text[m_pos] == u':' &&
            (m_pos + 1 == m_text.size() || isBlank(m_text[m_pos + 1]))) {
            ++m_pos;
            return key;
        }
        // Not a key after all (or a broken string): let takeValue() parse and report it.
        m_error = saved;
        m_pos = start;
        return std::nullopt;
    }
    if (first == u'?' && (m_pos + 1 == m_text.size() || isBlank(m_text[m_pos + 1]))) {
        fail(QStringLiteral("complex mapping keys ('? ') are not supported"));
        return std::nullopt;
    }
    if (first == u'[' || first == u'{')
        return std::nullopt;
    for (qsizetype i = m_pos; i < m_text.size(); ++i) {
        if (isCommentStart(i))
            return std::nullopt;
        if (m_text[i] == u':' && (i + 1 == m_text.size() || isBlank(m_text[i + 1]))) {
            const QString key = m_text.mid(m_pos, i - m_pos).trimmed().toString();
            if (key.isEmpty()) {
                fail(QStringLiteral("a key is missing before ':'"));
                return std::nullopt;
            }
            if (!checkStart(key.front()))
                return std::nullopt;
            m_pos = i + 1;
            return key;
        }
    }
    return std::nullopt;
}

YamlNode YamlInlineParser::takeValue()
{
    skipBlanks();
    if (atEnd())
        return YamlNode::scalar(YamlNode::Type::Null, QVariant(), QString(), m_line);
    YamlNode value = parseAny(false);
    if (!m_error && !atEnd())
        // Not quoted back: on a `password:` line, the rest would be part of a secret.
        fail(QStringLiteral("unexpected text after the value; quote the whole value"));
    return value;
}

// Rejects the characters YAML reserves at the start of a plain scalar, with a reason a person can act on.
bool YamlInlineParser::checkStart(QChar c)
{
    if (c == u'&' || c == u'*')
        fail(QStringLiteral("anchors and aliases ('&' and '*') are not supported"));
    else if (c == u'!')
        fail(QStringLiteral("tags ('!') are not supported"));
    else if (c == u'|' || c == u'>')
        fail(QStringLiteral("'") + c + QStringLiteral("' cannot start a value here; quote the value"));
    else if (c == u'@' || c == u'`' || c == u'%')
        fail(QStringLiteral("a value cannot start with '") + c + QStringLiteral("'; quote the value"));
    else if (c == u']' || c == u'}' || c == u',')
        fail(QStringLiteral("unexpected '") + c + u'\'');
    else
        return true;
    return false;
}

YamlNode YamlInlineParser::parseAny(bool inFlow)
{
    skipBlanks();
    if (m_pos >= m_text.size() || isCommentStart(m_pos)) {
        fail(QStringLiteral("a value is missing"));
        return {};
    }
    const QChar c = m_text[m_pos];
    if (c == u'[')
        return parseFlowSequence();
    if (c == u'{')
        return parseFlowMapping();
    if (c == u'"') {
        const QString s = parseDoubleQuoted();
        return YamlNode::string(s, m_line);
    }
    if (c == u'\'') {
        const QString s = parseSingleQuoted();
        return YamlNode::string(s, m_line);
    }
    const bool indicatorAlone = m_pos + 1 == m_text.size() || isBlank(m_text[m_pos + 1]);
    if (c == u'-' && indicatorAlone) {
        fail(QStringLiteral("a list item ('- ') cannot start on the line of its key; put it on the next line"));
        return {};
    }
    if (!checkStart(c))
        return {};
    const QString text = parsePlain(inFlow);
    return resolvePlain(text, m_line);
}

QString YamlInlineParser::parsePlain(bool inFlow)
{
    const qsizetype start = m_pos;
    while (m_pos < m_text.size()) {
        const QChar c = m_text[m_pos];
        if (isCommentStart(m_pos))
            break;
        const bool colonEnds =
            m_pos + 1 == m_text.size() || isBlank(m_text[m_pos + 1]) || (inFlow && isFlowIndicator(m_text[m_pos + 1]));
        if (c == u':' && colonEnds) {
            if (inFlow)
                break;
            fail(QStringLiteral("':' followed by a space inside a plain value; quote the value"));
            break;
        }
        if (inFlow && isFlowIndicator(c))
            break;
        ++m_pos;
    }
    return m_text.mid(start, m_pos - start).trimmed().toString();
}

QString YamlInlineParser::parseSingleQuoted()
{
    QString out;
    ++m_pos; // opening quote
    while (m_pos < m_text.size()) {
        const QChar c = m_text[m_pos++];
        if (c != u'\'') {
            out += c;
            continue;
        }
        if (m_pos < m_text.size() && m_text[m_pos] == u'\'') {
            out += u'\'';
            ++m_pos;
            continue;
        }
        return out;
    }
    fail(QStringLiteral("unterminated single-quoted string (quotes must close on the same line)"));
    return out;
}

QString YamlInlineParser::parseDoubleQuoted()
{
    QString out;
    ++m_pos; // opening quote
    while (m_pos < m_text.size()) {
        const QChar c = m_text[m_pos++];
        if (c == u'"')
            return out;
        if (c != u'\\') {
            out += c;
            continue;
        }
        if (m_pos >= m_text.size())
            break;
        if (!appendEscape(out))
            return out;
    }
    fail(QStringLiteral("unterminated double-quoted string (quotes must close on the same line)"));
    return out;
}

bool YamlInlineParser::appendEscape(QString& out)
{
    const QChar e = m_text[m_pos++];
    static const QString simple = QStringLiteral("0abtnvfre \"/\\N_LP");
    static const QString decoded =
        QStringLiteral("\0\a\b\t\n\v\f\r\x1b \"/\\") + QChar(0x85) + QChar(0xa0) + QChar(0x2028) + QChar(0x2029);
    const qsizetype i = simple.indexOf(e);
    if (i >= 0) {
        out += decoded.at(i);
        return true;
    }
    const int digits = e == u'x' ? 2 : e == u'u' ? 4 : e == u'U' ? 8 : 0;
    if (digits == 0) {
        fail(QStringLiteral("unknown escape sequence '\\") + e + QStringLiteral("' in a double-quoted string"));
        return false;
    }
    bool ok = false;
    const uint code = m_text.mid(m_pos, digits).toUInt(&ok, 16);
    if (!ok || m_pos + digits > m_text.size() || code > 0x10FFFF) {
        fail(QStringLiteral("invalid escape sequence '\\") + e + m_text.mid(m_pos, digits).toString() +
             QStringLiteral("' in a double-quoted string"));
        return false;
    }
    m_pos += digits;
    const char32_t ucs4 = code;
    out += QString::fromUcs4(&ucs4, 1);
    return true;
}

YamlNode YamlInlineParser::parseFlowSequence()
{
    YamlNode seq = YamlNode::collection(YamlNode::Type::Sequence, m_line);
    if (++m_depth > kMaxDepth) {
        fail(QStringLiteral("flow collections are nested too deeply"));
        return seq;
    }
    ++m_pos; // [
    for (;;) {
        skipBlanks();
        if (m_pos >= m_text.size() || isCommentStart(m_pos)) {
            fail(QStringLiteral("unterminated flow sequence: '[' must be closed by ']' on the same line"));
            break;
        }
        if (m_text[m_pos] == u']') {
            ++m_pos;
            break;
        }
        seq.append(parseAny(true));
        skipBlanks();
        if (m_error)
            break;
        if (m_pos < m_text.size() && m_text[m_pos] == u':') {
            fail(QStringLiteral("'key: value' pairs inside [ ] are not supported; use { }"));
            break;
        }
        if (m_pos < m_text.size() && m_text[m_pos] == u',')
            ++m_pos;
        else if (m_pos < m_text.size() && m_text[m_pos] != u']' && !isCommentStart(m_pos))
            fail(QStringLiteral("expected ',' or ']' in a flow sequence"));
    }
    --m_depth;
    return seq;
}

std::optional<QString> YamlInlineParser::parseFlowKey()
{
    const QChar c = m_text[m_pos];
    if (c == u'"')
        return parseDoubleQuoted();
    if (c == u'\'')
        return parseSingleQuoted();
    if (c == u'[' || c == u'{') {
        fail(QStringLiteral("collections cannot be used as mapping keys"));
        return std::nullopt;
    }
    if (!checkStart(c))
        return std::nullopt;
    return parsePlain(true);
}

YamlNode YamlInlineParser::parseFlowMapping()
{
    YamlNode map = YamlNode::collection(YamlNode::Type::Mapping, m_line);
    if (++m_depth > kMaxDepth) {
        fail(QStringLiteral("flow collections are nested too deeply"));
        return map;
    }
    ++m_pos; // {
    for (;;) {
        skipBlanks();
        if (m_pos >= m_text.size() || isCommentStart(m_pos)) {
            fail(QStringLiteral("unterminated flow mapping: '{' must be closed by '}' on the same line"));
            break;
        }
        if (m_text[m_pos] == u'}') {
            ++m_pos;
            break;
        }
        const std::optional<QString> key = parseFlowKey();
        skipBlanks();
        if (m_error || !key)
            break;
        if (map.find(*key)) {
            fail(QStringLiteral("duplicate key ") + quoted(*key));
            break;
        }
        YamlNode value = YamlNode::scalar(YamlNode::Type::Null, QVariant(), QString(), m_line);
        if (m_pos < m_text.size() && m_text[m_pos] == u':') {
            ++m_pos;
            skipBlanks();
            if (m_pos < m_text.size() && m_text[m_pos] != u',' && m_text[m_pos] != u'}')
                value = parseAny(true);
        }
        map.insert(*key, std::move(value));
        skipBlanks();
        if (m_error)
            break;
        if (m_pos < m_text.size() && m_text[m_pos] == u',')
            ++m_pos;
        else if (m_pos < m_text.size() && m_text[m_pos] != u'}' && !isCommentStart(m_pos))
            fail(QStringLiteral("expected ',' or '}' in a flow mapping"));
    }
    --m_depth;
    return map;
}

YamlNode YamlInlineParser::resolvePlain(const QString& text, int line)
{
    using Type = YamlNode::Type;
    static const QRegularExpression nullRe(QStringLiteral("^(~|null|Null|NULL|)$"));
    static const QRegularExpression trueRe(QStringLiteral("^(true|True|TRUE)$"));
    static const QRegularExpression falseRe(QStringLiteral("^(false|False|FALSE)$"));
    static const QRegularExpression intRe(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression floatRe(QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    static const QRegularExpression infRe(QStringLiteral("^[-+]?\\.(inf|Inf|INF)$"));
    static const QRegularExpression nanRe(QStringLiteral("^\\.(nan|NaN|NAN)$"));

    if (nullRe.match(text).hasMatch())
        return YamlNode::scalar(Type::Null, QVariant(), text, line);
    if (trueRe.match(text).hasMatch() || falseRe.match(text).hasMatch())
        return YamlNode::scalar(Type::Boolean, trueRe.match(text).hasMatch(), text, line);
    bool ok = false;
    if (intRe.match(text).hasMatch()) {
        const qint64 i = text.toLongLong(&ok, 10);
        if (ok)
            return YamlNode::scalar(Type::Integer, i, text, line);
    } else if (text.startsWith(QStringLiteral("0o")) || text.startsWith(QStringLiteral("0x"))) {
        const qint64 i = text.mid(2).toLongLong(&ok, text.at(1) == u'o' ? 8 : 16);
        if (ok)
            return YamlNode::scalar(Type::Integer, i, text, line);
    }
    if (floatRe.match(text).hasMatch())
        return YamlNode::scalar(Type::Float, text.toDouble(), text, line);
    if (infRe.match(text).hasMatch()) {
        const double inf = std::numeric_limits<double>::infinity();
        return YamlNode::scalar(Type::Float, text.startsWith(u'-') ? -inf : inf, text, line);
    }
    if (nanRe.match(text).hasMatch())
        return YamlNode::scalar(Type::Float, std::nan(""), text, line);
    return YamlNode::string(text, line);
}

} // namespace zenith

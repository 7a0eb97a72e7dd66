#include "shellscanner.h"

#include <QRegularExpression>

namespace zenith {

namespace {

bool isNameStart(QChar c)
{
    return c == u'_' || (c.isLetter() && c.unicode() < 128);
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9');
}

QChar ansiEscape(QChar c)
{
    switch (c.unicode()) {
    case 'n': return u'\n';
    case 't': return u'\t';
    case 'r': return u'\r';
    case 'a': return QChar(7);
    case 'b': return QChar(8);
    case 'e': return QChar(27);
    case 'f': return QChar(12);
    case 'v': return QChar(11);
    default: return c; // \\ \' \" and anything else stand for themselves
    }
}

} // namespace

ShellScanner::ShellScanner(const QString& text)
    : m_text(text)
{}

QChar ShellScanner::peekChar(qsizetype offset) const
{
    const qsizetype i = m_pos + offset;
    return i < m_text.size() ? m_text.at(i) : QChar();
}

void ShellScanner::advance(qsizetype count)
{
    for (; count > 0 && m_pos < m_text.size(); --count) {
        if (m_text.at(m_pos) == u'\n')
            ++m_line;
        ++m_pos;
    }
}

void ShellScanner::fail(int line, const QString& message)
{
    if (!m_error)
        m_error = std::pair{line, message};
    m_pos = m_text.size();
}

bool ShellScanner::atWordEnd() const
{
    const QChar c = peekChar();
    return c.isNull() || QStringView(u" \t\r\n;&|()<>").contains(c);
}

std::optional<ShellCommand> ShellScanner::next(const Lookup& lookup)
{
    m_lookup = &lookup;
    ShellCommand command;
    while (!m_error) {
        const QChar c = peekChar();
        if (c.isNull())
            break;
        if (c == u' ' || c == u'\t' || c == u'\r') {
            advance();
        } else if (c == u'\\' && peekChar(1) == u'\n') {
            advance(2);
        } else if (c == u'\n') {
            advance();
            skipHeredocs();
            if (!command.words.isEmpty())
                return command;
        } else if (c == u'#') {
            while (!peekChar().isNull() && peekChar() != u'\n')
                advance();
        } else if (c == u';' || c == u'&' || c == u'|') {
            readOperator();
            if (!command.words.isEmpty())
                return command;
        } else {
            if (command.words.isEmpty())
                command.line = m_line;
            if (QStringView(u"()<>").contains(c)) {
                ShellWord op;
                op.text = readOperator();
                op.isOperator = true;
                op.literal = false;
                command.words.append(op);
                continue;
            }
            ShellWord word = readWord();
            // An unquoted expansion that comes out empty vanishes, as in the shell.
            if (!word.text.isEmpty() || word.quoted || word.opaque)
                command.words.append(word);
        }
    }
    if (m_error || command.words.isEmpty())
        return std::nullopt;
    return command;
}

QString ShellScanner::readOperator()
{
    static const QStringList longest = {
        QStringLiteral("<<<"), QStringLiteral("<<-"), QStringLiteral(";;"), QStringLiteral("&&"), QStringLiteral("||"),
        QStringLiteral("<<"),  QStringLiteral(">>"),  QStringLiteral("<&"), QStringLiteral(">&"), QStringLiteral("<>"),
        QStringLiteral(">|"),  QStringLiteral("|&"),  QStringLiteral(";&"), QStringLiteral("&>")};
    QString op = peekChar();
    for (const QString& candidate : longest) {
        if (QStringView(m_text).mid(m_pos).startsWith(candidate)) {
            op = candidate;
            break;
        }
    }
    advance(op.size());
    if (op == u"<<" || op == u"<<-") {
        while (peekChar() == u' ' || peekChar() == u'\t')
            advance();
        const ShellWord delimiter = readWord();
        m_heredocs.append({delimiter.text, op == u"<<-"});
    }
    return op;
}

// Here-document bodies are data, never commands: skip them once their command line has ended.
void ShellScanner::skipHeredocs()
{
    for (const auto& [delimiter, stripTabs] : std::as_const(m_heredocs)) {
        while (m_pos < m_text.size()) {
            qsizetype end = m_text.indexOf(u'\n', m_pos);
            if (end < 0)
                end = m_text.size();
            QString line = m_text.mid(m_pos, end - m_pos);
            while (stripTabs && line.startsWith(u'\t'))
                line.remove(0, 1);
            advance(end - m_pos + 1);
            if (line == delimiter)
                break;
        }
    }
    m_heredocs.clear();
}

ShellWord ShellScanner::readWord()
{
    static const QRegularExpression assignment(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*="));
    ShellWord word;
    const QRegularExpressionMatch m =
        assignment.match(m_text, m_pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    if (m.hasMatch()) {
        word.assignment = true;
        word.text = m.captured();
        advance(m.capturedLength());
    }
    while (!atWordEnd() && !m_error) {
        const QChar c = peekChar();
        if (c == u'\\' && peekChar(1) == u'\n') {
            advance(2);
        } else if (c == u'\\') {
            word.text += peekChar(1);
            word.literal = false;
            advance(2);
        } else if (c == u'\'') {
            readSingleQuoted(word, false);
        } else if (c == u'"') {
            readDoubleQuoted(word);
        } else if (c == u'$') {
            readExpansion(word);
        } else if (c == u'`') {
            skipBalanced(u'`', u'`');
            word.opaque = true;
            word.literal = false;
        } else {
            word.text += c;
            advance();
        }
    }
    return word;
}

void ShellScanner::readSingleQuoted(ShellWord& word, bool ansiC)
{
    const int startLine = m_line;
    advance(); // opening quote
    while (!peekChar().isNull() && peekChar() != u'\'') {
        if (ansiC && peekChar() == u'\\' && !peekChar(1).isNull()) {
            word.text += ansiEscape(peekChar(1));
            advance(2);
            continue;
        }
        word.text += peekChar();
        advance();
    }
    if (peekChar().isNull()) {
        fail(startLine, QStringLiteral("unterminated single quote"));
        return;
    }
    advance(); // closing quote
    word.quoted = true;
    word.literal = false;
}

void ShellScanner::readDoubleQuoted(ShellWord& word)
{
    const int startLine = m_line;
    advance(); // opening quote
    word.quoted = true;
    word.literal = false;
    for (;;) {
        const QChar c = peekChar();
        if (c.isNull()) {
            fail(startLine, QStringLiteral("unterminated double quote"));
            return;
        }
        if (c == u'"') {
            advance();
            return;
        }
        if (c == u'\\' && QStringView(u"$`\"\\").contains(peekChar(1))) {
            word.text += peekChar(1);
            advance(2);
        } else if (c == u'\\' && peekChar(1) == u'\n') {
            advance(2);
        } else if (c == u'$' && (peekChar(1) == u'"' || peekChar(1) == u'\'')) {
            word.text += c; // "$" and "$'": a literal dollar inside double quotes
            advance();
        } else if (c == u'$') {
            readExpansion(word);
        } else if (c == u'`') {
            skipBalanced(u'`', u'`');
            word.opaque = true;
        } else {
            word.text += c;
            advance();
        }
    }
}

void ShellScanner::readExpansion(ShellWord& word)
{
    const QChar n = peekChar(1);
    word.literal = false;
    if (n == u'{') {
        readBraced(word);
    } else if (n == u'(') {
        advance(); // `$(command)` and `$((arithmetic))` would run something: never evaluated
        skipBalanced(u'(', u')');
        word.opaque = true;
    } else if (n == u'\'') {
        advance();
        readSingleQuoted(word, true);
    } else if (n == u'"') {
        advance(); // $"…" is a translatable string: read it as "…"
    } else if (isNameStart(n)) {
        advance();
        QString name;
        while (isNameChar(peekChar())) {
            name += peekChar();
            advance();
        }
        word.text += (*m_lookup)(name).value_or(QString());
    } else if (!n.isNull() && (n.isDigit() || QStringView(u"@*#?$!-").contains(n))) {
        advance(2); // positional and special parameters: unknown when the file is not run
        word.opaque = true;
    } else {
        word.text += u'$';
        advance();
    }
}

// ${NAME}, ${NAME:-word}, ${NAME-word}, ${NAME:=word}, ${NAME:+word}, ${NAME:?word}; other forms are opaque.
void ShellScanner::readBraced(ShellWord& word)
{
    const int startLine = m_line;
    const qsizetype brace = m_pos + 1;
    advance(2); // ${
    QString name;
    while (isNameChar(peekChar())) {
        name += peekChar();
        advance();
    }
    const bool colon = peekChar() == u':' && QStringView(u"-=+?").contains(peekChar(1));
    const QChar op = colon ? peekChar(1) : peekChar();
    if (name.isEmpty() || name.front().isDigit() || (!colon && !QStringView(u"}-=+?").contains(op))) {
        m_pos = brace; // back onto the brace (a name holds no newline) so that the skip balances it
        skipBalanced(u'{', u'}');
        word.opaque = true;
        return;
    }
    const std::optional<QString> value = (*m_lookup)(name);
    if (op == u'}') {
        advance();
        word.text += value.value_or(QString());
        return;
    }
    advance(colon ? 2 : 1);
    ShellWord alternative;
    readUntil(alternative, u'}');
    if (m_error) {
        m_error->first = startLine;
        return;
    }
    const bool useAlternative = colon ? (!value || value->isEmpty()) : !value;
    if (op == u'+') {
        word.text += useAlternative ? QString() : alternative.text;
        word.opaque |= !useAlternative && alternative.opaque;
    } else if (op == u'?' && useAlternative) {
        word.opaque = true; // the shell would stop with an error here
    } else {
        word.text += useAlternative ? alternative.text : value.value_or(QString());
        word.opaque |= useAlternative && alternative.opaque;
    }
}

void ShellScanner::readUntil(ShellWord& word, QChar terminator)
{
    while (!m_error) {
        const QChar c = peekChar();
        if (c.isNull()) {
            fail(m_line, QStringLiteral("unterminated '${'"));
            return;
        }
        if (c == terminator) {
            advance();
            return;
        }
        if (c == u'\\') {
            word.text += peekChar(1);
            advance(2);
        } else if (c == u'\'') {
            readSingleQuoted(word, false);
        } else if (c == u'"') {
            readDoubleQuoted(word);
        } else if (c == u'$') {
            readExpansion(word);
        } else if (c == u'`') {
            skipBalanced(u'`', u'`');
            word.opaque = true;
        } else {
            word.text += c;
            advance();
        }
    }
}

void ShellScanner::skipBalanced(QChar open, QChar close)
{
    const int startLine = m_line;
    int depth = 0;
    do {
        const QChar c = peekChar();
        if (c.isNull()) {
            fail(startLine, QStringLiteral("unterminated '") + open + u'\'');
            return;
        }
        if (c == u'\\') {
            advance(2);
            continue;
        }
        if (c == u'\'' && open != u'`') {
            const qsizetype end = m_text.indexOf(u'\'', m_pos + 1);
            advance(end < 0 ? m_text.size() : end - m_pos + 1);
            continue;
        }
        if (c == close && (depth > 0 || open != close))
            --depth;
        else if (c == open)
            ++depth;
        advance();
    } while (depth > 0);
}

} // namespace zenith

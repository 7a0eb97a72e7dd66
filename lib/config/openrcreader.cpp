#include "openrcreader.h"

#include "cloudentryparser.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace zenith {

namespace {

constexpr qint64 kMaxOpenrcSize = 1024 * 1024; // real openrc files are a few kilobytes

QString cloudNameFor(const QString& path)
{
    QString name = QFileInfo(path).fileName();
    if (name.endsWith(QStringLiteral(".sh")))
        name.chop(3);
    return name.isEmpty() ? QStringLiteral("openrc") : name;
}

} // namespace

Result<CloudConfig, ConfigError> importOpenrc(const QString& path)
{
    return OpenrcReader::importFile(path, ConfigEnvironment::system());
}

Result<CloudConfig, ConfigError> OpenrcReader::importFile(const QString& path, const ConfigEnvironment& env)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ConfigError::at(path, 0, QStringLiteral("cannot be read: ") + file.errorString());
    if (file.size() > kMaxOpenrcSize)
        return ConfigError::at(path, 0, QStringLiteral("is too large to be an openrc file"));
    return parse(file.readAll(), path, env);
}

Result<CloudConfig, ConfigError> OpenrcReader::parse(const QByteArray& text, const QString& path,
                                                     const ConfigEnvironment& env)
{
    OpenrcReader reader;
    if (std::optional<ConfigError> error = reader.run(text, path))
        return *error;
    if (reader.m_vars.value(QStringLiteral("OS_AUTH_URL")).isEmpty())
        return ConfigError::at(path, 0,
                               QStringLiteral("sets no OS_AUTH_URL, so it does not describe an OpenStack cloud"));
    const YamlNode entry = CloudEntryParser::entryFromVariables(reader.m_vars, reader.m_lines, path);
    return CloudEntryParser::parse(cloudNameFor(path), entry, path, env, CloudEntryParser::KeyStyle::Environment);
}

Result<QHash<QString, QString>, ConfigError> OpenrcReader::variables(const QByteArray& text, const QString& path)
{
    OpenrcReader reader;
    if (std::optional<ConfigError> error = reader.run(text, path))
        return *error;
    return reader.m_vars;
}

std::optional<ConfigError> OpenrcReader::run(const QByteArray& text, const QString& path)
{
    if (text.size() > kMaxOpenrcSize)
        return ConfigError::at(path, 0, QStringLiteral("is too large to be an openrc file"));
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(text);
    if (decoder.hasError())
        return ConfigError::at(path, 0, QStringLiteral("is not valid UTF-8 text"));
    ShellScanner scanner(decoded);
    const ShellScanner::Lookup lookup = [this](const QString& name) -> std::optional<QString> {
        const auto it = m_vars.constFind(name);
        return it == m_vars.cend() ? std::nullopt : std::optional<QString>(*it);
    };
    while (!m_stopped) {
        std::optional<ShellCommand> command = scanner.next(lookup);
        if (!command)
            break;
        process(command->words, command->line);
    }
    if (scanner.error())
        return ConfigError::at(path, scanner.error()->first, scanner.error()->second);
    return std::nullopt;
}

bool OpenrcReader::active() const
{
    return m_frames.isEmpty() || m_frames.last().active;
}

bool OpenrcReader::parentActive() const
{
    return m_frames.size() < 2 || m_frames.at(m_frames.size() - 2).active;
}

void OpenrcReader::push(Frame::Kind kind, bool isActive)
{
    Frame frame;
    frame.kind = kind;
    frame.active = isActive && active();
    m_frames.append(frame);
}

// Tolerates unbalanced files: closes the innermost frame of that kind, if any.
void OpenrcReader::pop(Frame::Kind kind)
{
    for (qsizetype i = m_frames.size() - 1; i >= 0; --i) {
        if (m_frames.at(i).kind == kind) {
            m_frames.resize(i);
            return;
        }
    }
}

void OpenrcReader::process(QList<ShellWord> words, int line)
{
    if (!handleReservedWord(words) || words.isEmpty() || !active())
        return;
    if (words.first().isOperator)
        return; // a subshell or a bare redirection
    execute(words, line);
}

// Follows if/elif/else/fi, loops, case and functions well enough to know whether a command would
// run. Returns false when the words were all control flow.
bool OpenrcReader::handleReservedWord(QList<ShellWord>& words)
{
    using Kind = Frame::Kind;
    while (!words.isEmpty() && words.first().literal) {
        const QString word = words.first().text;
        if (word == u"if" || word == u"elif") {
            const std::optional<bool> condition = (active() || word == u"elif") ? evaluate(words.mid(1)) : std::nullopt;
            if (word == u"if") {
                push(Kind::If, condition.value_or(false));
                m_frames.last().taken = condition.value_or(false);
                m_frames.last().known = condition.has_value();
            } else if (!m_frames.isEmpty() && m_frames.last().kind == Kind::If) {
                Frame& frame = m_frames.last();
                const bool runs = frame.known && !frame.taken && condition.value_or(false);
                frame.known = frame.known && (frame.taken || condition.has_value());
                frame.taken = frame.taken || runs;
                frame.active = runs && parentActive();
            }
            return false;
        }
        if (word == u"else" && !m_frames.isEmpty() && m_frames.last().kind == Kind::If) {
            Frame& frame = m_frames.last();
            frame.active = frame.known && !frame.taken && parentActive();
        } else if (word == u"fi") {
            pop(Kind::If);
        } else if (word == u"for" || word == u"while" || word == u"until" || word == u"select" || word == u"case") {
            push(word == u"case" ? Kind::Case : Kind::Loop, false);
            return false;
        } else if (word == u"done" || word == u"esac") {
            pop(word == u"done" ? Kind::Loop : Kind::Case);
        } else if (word == u"function") {
            push(Kind::Function, false);
            m_frames.last().awaitingBrace = !std::any_of(
                words.cbegin(), words.cend(), [](const ShellWord& w) { return w.literal && w.text == u"{"; });
            return false;
        } else if (word == u"{") {
            if (!m_frames.isEmpty() && m_frames.last().awaitingBrace)
                m_frames.last().awaitingBrace = false;
            else
                push(Kind::Brace, true);
        } else if (word == u"}") {
            if (!m_frames.isEmpty() && m_frames.last().kind == Kind::Function)
                pop(Kind::Function);
            else
                pop(Kind::Brace);
        } else if (word != u"then" && word != u"do" && word != u"!" && word != u"else") {
            break;
        }
        words.removeFirst();
    }
    // name() { … }: a function body only runs when called, and we never call anything.
    if (words.size() >= 3 && words.at(1).isOperator && words.at(1).text == u"(" && words.at(2).text == u")") {
        push(Kind::Function, false);
        m_frames.last().awaitingBrace = words.size() < 4 || words.at(3).text != u"{";
        return false;
    }
    return true;
}

std::optional<bool> OpenrcReader::evaluate(const QList<ShellWord>& test) const
{
    QStringList t;
    for (const ShellWord& word : test) {
        if (word.opaque || word.isOperator)
            return std::nullopt;
        t.append(word.text);
    }
    if (t.size() >= 2 && ((t.first() == u"[" && t.last() == u"]") || (t.first() == u"[[" && t.last() == u"]]")))
        t = t.mid(1, t.size() - 2);
    else if (!t.isEmpty() && t.first() == u"test")
        t.removeFirst();
    else
        return std::nullopt;
    const bool negate = !t.isEmpty() && t.first() == u"!";
    if (negate)
        t.removeFirst();
    std::optional<bool> result;
    if (t.size() == 1)
        result = !t.first().isEmpty();
    else if (t.size() == 2 && (t.first() == u"-z" || t.first() == u"-n"))
        result = t.at(1).isEmpty() == (t.first() == u"-z");
    else if (t.size() == 3 && (t.at(1) == u"=" || t.at(1) == u"==" || t.at(1) == u"!="))
        result = (t.at(0) == t.at(2)) == (t.at(1) != u"!=");
    if (result && negate)
        result = !*result;
    return result;
}

void OpenrcReader::execute(const QList<ShellWord>& words, int line)
{
    qsizetype i = 0;
    while (i < words.size() && words.at(i).assignment)
        ++i;
    if (i == words.size()) {
        for (const ShellWord& word : words)
            assign(word, line);
        return;
    }
    const ShellWord& command = words.at(i);
    if (!command.literal)
        return;
    QList<ShellWord> args;
    for (qsizetype j = i + 1; j < words.size() && !words.at(j).isOperator; ++j)
        args.append(words.at(j));
    const QString& name = command.text;
    if (name == u"export" || name == u"declare" || name == u"typeset" || name == u"local" || name == u"readonly") {
        for (const ShellWord& arg : std::as_const(args)) {
            if (arg.assignment)
                assign(arg, line);
        }
    } else if (name == u"unset") {
        for (const ShellWord& arg : std::as_const(args)) {
            m_vars.remove(arg.text);
            m_lines.remove(arg.text);
        }
    } else if (name == u"read") {
        read(args);
    } else if (name == u"exit" || name == u"return") {
        m_stopped = true;
    }
}

void OpenrcReader::assign(const ShellWord& word, int line)
{
    const QString name = word.text.section(u'=', 0, 0);
    if (word.opaque) {
        // The value comes from a command or an unknown parameter: we do not guess.
        m_vars.remove(name);
        m_lines.remove(name);
        return;
    }
    m_vars.insert(name, word.text.mid(name.size() + 1));
    m_lines.insert(name, line);
}

// `read -sr OS_PASSWORD_INPUT` asks the user: the variable exists but we leave it empty.
void OpenrcReader::read(const QList<ShellWord>& args)
{
    static const QString optionsWithValue = QStringLiteral("adinNptu");
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i).text;
        if (arg.startsWith(u'-') && arg.size() > 1) {
            if (optionsWithValue.contains(arg.back()))
                ++i; // the option's value, e.g. the prompt of -p
            continue;
        }
        m_vars.insert(arg, QString());
        m_lines.remove(arg);
    }
}

} // namespace zenith

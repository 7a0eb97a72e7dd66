#include "demonovapyrepr.h"

#include "demonovacommon.h"

#include <QLocale>

#include <optional>

namespace zenith::demo::nova {

namespace {

// A JSON reader that writes each value as Python's repr() while it reads, keeping the order of
// object keys (QJsonObject sorts them), and keeps the repr of the value found at the target path.
class ReprReader
{
public:
    ReprReader(const QByteArray& text, const QStringList& target)
        : m_text(text)
        , m_target(target)
    {}

    QString run()
    {
        const auto whole = value({});
        skipSpace();
        return whole && m_pos == m_text.size() ? m_found : QString();
    }

private:
    std::optional<QString> value(const QStringList& here)
    {
        skipSpace();
        if (m_pos >= m_text.size())
            return std::nullopt;
        std::optional<QString> repr;
        const char c = m_text.at(m_pos);
        if (c == '{')
            repr = object(here);
        else if (c == '[')
            repr = array(here);
        else if (c == '"') {
            const auto text = string();
            if (text)
                repr = pythonRepr(QJsonValue(*text));
        } else
            repr = scalar();
        if (repr && here == m_target)
            m_found = *repr;
        return repr;
    }

    std::optional<QString> object(const QStringList& here)
    {
        ++m_pos;
        QStringList members;
        skipSpace();
        while (m_pos < m_text.size() && m_text.at(m_pos) != '}') {
            skipSpace();
            const auto key = string();
            skipSpace();
            if (!key || !take(':'))
                return std::nullopt;
            const auto member = value(here + QStringList{*key});
            if (!member)
                return std::nullopt;
            members.append(pythonRepr(QJsonValue(*key)) + QStringLiteral(": ") + *member);
            skipSpace();
            if (!take(',') && (m_pos >= m_text.size() || m_text.at(m_pos) != '}'))
                return std::nullopt;
        }
        if (!take('}'))
            return std::nullopt;
        return u'{' + members.join(QStringLiteral(", ")) + u'}';
    }

    std::optional<QString> array(const QStringList& here)
    {
        ++m_pos;
        QStringList items;
        skipSpace();
        while (m_pos < m_text.size() && m_text.at(m_pos) != ']') {
            // Items are not on a key path: nothing Nova quotes lies inside a list.
            const auto item = value(here + QStringList{QStringLiteral("[]")});
            if (!item)
                return std::nullopt;
            items.append(*item);
            skipSpace();
            if (!take(',') && (m_pos >= m_text.size() || m_text.at(m_pos) != ']'))
                return std::nullopt;
        }
        if (!take(']'))
            return std::nullopt;
        return u'[' + items.join(QStringLiteral(", ")) + u']';
    }

    std::optional<QString> string()
    {
        if (!take('"'))
            return std::nullopt;
        QString out;
        QByteArray run;
        while (m_pos < m_text.size() && m_text.at(m_pos) != '"') {
            const char c = m_text.at(m_pos++);
            if (c != '\\') {
                run.append(c);
                continue;
            }
            out += QString::fromUtf8(run);
            run.clear();
            if (m_pos >= m_text.size())
                return std::nullopt;
            const char e = m_text.at(m_pos++);
            if (e == 'u') {
                bool ok = false;
                out.append(QChar(char16_t(m_text.mid(m_pos, 4).toUShort(&ok, 16))));
                m_pos += 4;
                if (!ok)
                    return std::nullopt;
            } else {
                static const QHash<char, char16_t> escapes{
                    {'n', u'\n'}, {'t', u'\t'}, {'r', u'\r'}, {'b', u'\b'}, {'f', u'\f'}};
                out.append(QChar(escapes.value(e, char16_t(e))));
            }
        }
        out += QString::fromUtf8(run);
        if (!take('"'))
            return std::nullopt;
        return out;
    }

    // Numbers keep the client's digits, except that Python writes every float with a point.
    std::optional<QString> scalar()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && QByteArrayView(",}] \t\r\n").indexOf(m_text.at(m_pos)) < 0)
            ++m_pos;
        const QByteArray word = m_text.mid(start, m_pos - start);
        if (word == "true")
            return QStringLiteral("True");
        if (word == "false")
            return QStringLiteral("False");
        if (word == "null")
            return QStringLiteral("None");
        bool ok = false;
        const double number = word.toDouble(&ok);
        if (!ok)
            return std::nullopt;
        if (!word.contains('.') && !word.contains('e') && !word.contains('E'))
            return QString::fromLatin1(word);
        QString text = QString::number(number, 'g', QLocale::FloatingPointShortest);
        if (!text.contains(u'.') && !text.contains(u'e'))
            text += QStringLiteral(".0");
        return text;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size() && QByteArrayView(" \t\r\n").indexOf(m_text.at(m_pos)) >= 0)
            ++m_pos;
    }

    bool take(char c)
    {
        if (m_pos >= m_text.size() || m_text.at(m_pos) != c)
            return false;
        ++m_pos;
        return true;
    }

    const QByteArray& m_text;
    QStringList m_target;
    qsizetype m_pos = 0;
    QString m_found;
};

} // namespace

QString pythonReprAt(const QByteArray& rawJson, const QStringList& path)
{
    return ReprReader(rawJson, path).run();
}

} // namespace zenith::demo::nova

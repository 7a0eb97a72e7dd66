#include "keypairname.h"

namespace zenith {

bool KeypairName::isAllowed(QChar c)
{
    // parameter_types.keypair_name_special_chars: the format "keypair_name_20" is [a-zA-Z0-9 _-].
    return (c.unicode() < 128 && c.isLetterOrNumber()) || c == u' ' || c == u'_' || c == u'-';
}

KeypairName::Problem KeypairName::check(const QString& name)
{
    if (name.trimmed().isEmpty())
        return Problem::Empty;
    // Nova's "name" schema first: printable, no white space at either end, then the length.
    if (name.front().isSpace() || name.back().isSpace())
        return Problem::EdgeSpace;
    if (name.size() > maxLength)
        return Problem::TooLong;
    if (!invalidCharacters(name).isEmpty())
        return Problem::InvalidCharacter;
    return Problem::None;
}

QStringList KeypairName::invalidCharacters(const QString& name)
{
    QStringList invalid;
    for (qsizetype i = 0; i < name.size(); ++i) {
        QString character = name.at(i);
        if (name.at(i).isHighSurrogate() && i + 1 < name.size())
            character += name.at(++i);
        const bool allowed = character.size() == 1 && isAllowed(character.front());
        if (!allowed && !invalid.contains(character))
            invalid << character;
    }
    return invalid;
}

} // namespace zenith

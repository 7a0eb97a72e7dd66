#pragma once

#include <QString>
#include <QStringList>

namespace zenith {

//! Nova's rules for a key pair name, checked before anything is sent. Zenith speaks compute 2.79
//! at most, below 2.92: 1 to 255 characters among ASCII letters, digits, space, "_" and "-",
//! not starting or ending with a space (Nova answers 400 otherwise).
struct KeypairName
{
    enum class Problem {
        None,
        Empty,            //!< no characters, or only spaces
        TooLong,          //!< over maxLength characters
        EdgeSpace,        //!< starts or ends with white space
        InvalidCharacter, //!< holds a character outside the allowed set (see invalidCharacters())
    };

    static constexpr qsizetype maxLength = 255;

    //! The first rule the name breaks, in the order Nova checks them.
    static Problem check(const QString& name);
    //! The characters of `name` that Nova refuses, each once, in order of appearance (a
    //! character outside the BMP is one entry).
    static QStringList invalidCharacters(const QString& name);
    //! True for a character Nova accepts in a name below 2.92.
    static bool isAllowed(QChar c);
};

} // namespace zenith

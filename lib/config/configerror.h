#pragma once

#include <QMetaType>
#include <QString>

namespace zenith {

//! A problem in a cloud configuration (clouds.yaml, secure.yaml, OS_* variables, openrc), as a value.
//! Shown to people as is, so the message is plain English and names what to fix.
struct ConfigError
{
    QString file;    //!< the file at fault; empty for the environment
    int line = 0;    //!< 1-based line in that file; 0 when the problem is not on one line
    QString cloud;   //!< the cloud entry at fault, when the problem is in one cloud
    QString message; //!< what is wrong, e.g. "tab characters are not allowed for indentation"

    //! An error located in a file, optionally on a line.
    static ConfigError at(const QString& file, int line, const QString& message);

    //! "file:line: cloud 'name': message", leaving out the parts that are unknown.
    QString toString() const;
};

} // namespace zenith

Q_DECLARE_METATYPE(zenith::ConfigError)

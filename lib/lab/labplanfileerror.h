#pragma once

#include <QString>

namespace zenith {

//! Why a lab.yaml could not be read, as codes: app/ words it. Always names the file, and the line
//! and key when there is one.
struct LabPlanFileError
{
    enum class Problem {
        Unreadable, //!< the file cannot be opened (detail: the system's reason)
        Syntax,     //!< not the YAML we read (detail: YamlReader's message)
        NotMapping, //!< the document (or the value of `key`) must be a mapping
        UnknownKey, //!< a key the lab does not know (a typo): `key`
        WrongType,  //!< `key` has a value of the wrong type (detail: the expected type: "string", "integer", "boolean")
        BadValue,   //!< `key`'s value is not one of the accepted ones (value; detail: the accepted ones, "|"-separated)
    };

    Problem problem = Problem::Syntax;
    QString file;
    int line = 0;   //!< 1-based; 0 when not on a line
    QString key;    //!< dotted path: "machines.web.flavor"
    QString value;  //!< what the file says there
    QString detail; //!< see Problem

    friend bool operator==(const LabPlanFileError&, const LabPlanFileError&) = default;
};

} // namespace zenith

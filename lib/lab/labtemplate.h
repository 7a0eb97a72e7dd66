#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace zenith {

//! The lab's configuration templates (resources/lab, compiled into the library) and their tiny
//! renderer: `{{name}}` placeholders replaced by values, nothing else. Templates hold no logic:
//! lists (backends, zone records) are built in C++ and passed in as one value.
class LabTemplate
{
public:
    //! The text of `text` with each `{{key}}` of `values` replaced. A placeholder without a value
    //! stays as it is (and is reported with qWarning): the tests look for any "{{" left.
    static QByteArray fill(const QByteArray& text, const QHash<QString, QString>& values);

    //! The template `name` ("haproxy.cfg") from resources/lab, filled with `values`.
    static QByteArray render(const QString& name, const QHash<QString, QString>& values);
};

} // namespace zenith

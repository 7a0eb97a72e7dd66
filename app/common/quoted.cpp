#include "quoted.h"

#include <QLocale>

namespace zenith {

QString quoted(const QString& text)
{
    const QLocale locale;
    const QString marked = locale.quoteString(text);
    if (locale.language() == QLocale::French && marked.startsWith(u'«') && marked.endsWith(u'»'))
        return u'«' + (QChar(0x00A0) + text + QChar(0x00A0)) + u'»';
    return marked;
}

} // namespace zenith

#include "labtemplate.h"

#include <QFile>
#include <QtDebug>

namespace zenith {

QByteArray LabTemplate::fill(const QByteArray& text, const QHash<QString, QString>& values)
{
    QByteArray out;
    out.reserve(text.size() + text.size() / 4);
    qsizetype from = 0;
    while (true) {
        const qsizetype open = text.indexOf("{{", from);
        const qsizetype close = open < 0 ? -1 : text.indexOf("}}", open + 2);
        if (close < 0) {
            out.append(text.mid(from));
            return out;
        }
        out.append(text.mid(from, open - from));
        const QString key = QString::fromUtf8(text.mid(open + 2, close - open - 2));
        const auto value = values.constFind(key);
        if (value == values.cend()) {
            qWarning() << "LabTemplate: no value for" << key;
            out.append(text.mid(open, close + 2 - open));
        } else {
            out.append(value->toUtf8());
        }
        from = close + 2;
    }
}

QByteArray LabTemplate::render(const QString& name, const QHash<QString, QString>& values)
{
    QFile file(QStringLiteral(":/lab/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning() << "LabTemplate: no template" << name;
        return {};
    }
    return fill(file.readAll(), values);
}

} // namespace zenith

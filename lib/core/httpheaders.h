#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace zenith {

//! Raw HTTP headers, in the order they came.
using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

//! The value of a header, found case-insensitively; empty when absent.
inline QByteArray findHeader(const HttpHeaders& headers, QByteArrayView name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace zenith

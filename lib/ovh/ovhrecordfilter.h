#pragma once

#include <QString>
#include <QUrlQuery>

#include <optional>

namespace zenith {

//! The filters of GET /domain/zone/{zone}/record: both optional, both exact matches.
struct OvhRecordFilter
{
    std::optional<QString> fieldType; //!< "A"
    std::optional<QString> subDomain; //!< "www"; "" for the records of the apex

    //! ?fieldType=...&subDomain=..., in that order, with only the filters that are set.
    QUrlQuery toQuery() const
    {
        QUrlQuery query;
        if (fieldType)
            query.addQueryItem(QStringLiteral("fieldType"), *fieldType);
        if (subDomain)
            query.addQueryItem(QStringLiteral("subDomain"), *subDomain);
        return query;
    }
};

} // namespace zenith

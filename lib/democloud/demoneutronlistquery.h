#pragma once

#include "demorequest.h"

namespace zenith::demo::neutron {

//! The query of one Neutron request, read once: a listing tests it against every stored item, and
//! decoding the query per item (and per key) made a page of 100 out of 5,000 ports cost as much as
//! serving all of them. Every Neutron handler reads its query through this one class.
class ListQuery
{
public:
    explicit ListQuery(const DemoRequest& request);

    //! Every value of a key, matched on the decoded key: QUrlQuery's own lookup misses keys whose
    //! characters arrived percent-encoded ("router%3Aexternal").
    QStringList values(const QString& key) const;
    //! The first value of a key, or `otherwise` when the query has none.
    QString value(const QString& key, const QString& otherwise = {}) const;
    //! The decoded (key, value) pairs in query order.
    const QList<QPair<QString, QString>>& items() const { return m_items; }
    //! The attribute filters: every key that is not paging, sorting, fields or tags, with the
    //! values asked, in query order.
    const QList<QPair<QString, QStringList>>& filters() const { return m_filters; }
    //! "tags=a,b" needs all of them, "tags-any" one, "not-tags" not all, "not-tags-any" none.
    bool tagsMatch(const QJsonObject& item) const;

private:
    QList<QPair<QString, QString>> m_items;
    QList<QPair<QString, QStringList>> m_filters;
    QStringList m_allTags, m_anyTags, m_notAllTags, m_notAnyTags;
};

} // namespace zenith::demo::neutron

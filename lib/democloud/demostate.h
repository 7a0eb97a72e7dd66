#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace zenith::demo {

//! The demo cloud's resources, kept in their API shape (a server is the JSON Nova shows), one
//! ordered collection per kind and region ("GRA11/servers"), so that serving is copying and
//! saving is writing one JSON document.
class DemoState
{
public:
    //! "GRA11/servers"; Keystone's collections have no region ("identity/projects").
    static QString key(const QString& region, const QString& collection);

    //! Adds or replaces the item with this "id" (kept at its place when replaced); returns it.
    QJsonObject& put(const QString& collection, const QJsonObject& item);
    //! The item with this id, or nullptr.
    QJsonObject* find(const QString& collection, const QString& id);
    const QJsonObject* find(const QString& collection, const QString& id) const;
    //! Removes the item; false when there was none.
    bool remove(const QString& collection, const QString& id);
    //! The items in creation order.
    QList<QJsonObject> items(const QString& collection) const;
    //! The items the predicate accepts, in creation order.
    QList<QJsonObject> select(const QString& collection, const std::function<bool(const QJsonObject&)>& keep) const;
    qsizetype count(const QString& collection) const;
    QStringList ids(const QString& collection) const;

    //! The whole state, for a file; load() replaces everything with such a document.
    QJsonObject save() const;
    void load(const QJsonObject& document);
    void clear();

private:
    struct Collection
    {
        QStringList order;
        QHash<QString, QJsonObject> items;
    };
    QHash<QString, Collection> m_collections;
};

} // namespace zenith::demo

#include "demostate.h"

#include <QJsonArray>

namespace zenith::demo {

QString DemoState::key(const QString& region, const QString& collection)
{
    return region.isEmpty() ? collection : region + u'/' + collection;
}

QJsonObject& DemoState::put(const QString& collection, const QJsonObject& item)
{
    Collection& c = m_collections[collection];
    const QString id = item.value(u"id").toString();
    if (!c.items.contains(id))
        c.order.append(id);
    c.items.insert(id, item);
    return c.items[id];
}

QJsonObject* DemoState::find(const QString& collection, const QString& id)
{
    auto c = m_collections.find(collection);
    if (c == m_collections.end())
        return nullptr;
    auto it = c->items.find(id);
    return it == c->items.end() ? nullptr : &it.value();
}

const QJsonObject* DemoState::find(const QString& collection, const QString& id) const
{
    auto c = m_collections.constFind(collection);
    if (c == m_collections.constEnd())
        return nullptr;
    auto it = c->items.constFind(id);
    return it == c->items.constEnd() ? nullptr : &it.value();
}

bool DemoState::remove(const QString& collection, const QString& id)
{
    auto c = m_collections.find(collection);
    if (c == m_collections.end() || !c->items.remove(id))
        return false;
    c->order.removeOne(id);
    return true;
}

QList<QJsonObject> DemoState::items(const QString& collection) const
{
    return select(collection, {});
}

QList<QJsonObject> DemoState::select(const QString& collection,
                                     const std::function<bool(const QJsonObject&)>& keep) const
{
    QList<QJsonObject> out;
    const auto c = m_collections.constFind(collection);
    if (c == m_collections.constEnd())
        return out;
    out.reserve(c->order.size());
    for (const QString& id : c->order) {
        const QJsonObject& item = c->items[id];
        if (!keep || keep(item))
            out.append(item);
    }
    return out;
}

qsizetype DemoState::count(const QString& collection) const
{
    const auto c = m_collections.constFind(collection);
    return c == m_collections.constEnd() ? 0 : c->order.size();
}

QStringList DemoState::ids(const QString& collection) const
{
    const auto c = m_collections.constFind(collection);
    return c == m_collections.constEnd() ? QStringList() : c->order;
}

QJsonObject DemoState::save() const
{
    QJsonObject document;
    for (auto c = m_collections.constBegin(); c != m_collections.constEnd(); ++c) {
        QJsonArray items;
        for (const QString& id : c->order)
            items.append(c->items[id]);
        document.insert(c.key(), items);
    }
    return document;
}

void DemoState::load(const QJsonObject& document)
{
    clear();
    for (auto it = document.constBegin(); it != document.constEnd(); ++it) {
        for (const QJsonValue& item : it.value().toArray())
            put(it.key(), item.toObject());
    }
}

void DemoState::clear()
{
    m_collections.clear();
}

} // namespace zenith::demo

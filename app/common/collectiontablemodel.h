#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <algorithm>
#include <functional>

namespace zenith {

//! The rows of a table fed by a store's diffs (added, changed, removed items), shared by the
//! Instances, Images and Flavors tables: rows are inserted, changed and removed in place, never
//! reset, so selection and scroll survive every refresh. `T` has an `id` (or, like a key pair,
//! a `name` that serves as one). Derived models give the columns: data() and headerData().
template <typename T> class CollectionTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    //! The row of an item, -1 if absent.
    int rowOf(const QString& id) const { return m_rowOf.value(id, -1); }
    const T& itemAt(int row) const { return m_rows.at(row); }

    //! New items; known ones are changed instead.
    void addItems(const QList<T>& items)
    {
        QList<T> fresh;
        QList<T> known;
        for (const T& item : items)
            (m_rowOf.contains(idOf(item)) ? known : fresh).append(item);
        if (!known.isEmpty())
            changeItems(known);
        if (fresh.isEmpty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_rows.reserve(first + fresh.size());
        for (const T& item : std::as_const(fresh)) {
            m_rowOf.insert(idOf(item), int(m_rows.size()));
            m_rows.append(item);
        }
        endInsertRows();
    }

    //! Items whose fields changed; unknown ones are added.
    void changeItems(const QList<T>& items)
    {
        for (const T& item : items) {
            const int row = rowOf(idOf(item));
            if (row < 0) {
                addItems({item});
                continue;
            }
            m_rows[row] = item;
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        }
    }

    void removeItems(const QStringList& ids)
    {
        QList<int> rows;
        rows.reserve(ids.size());
        for (const QString& id : ids) {
            if (const int row = rowOf(id); row >= 0)
                rows.append(row);
        }
        if (rows.isEmpty())
            return;
        std::sort(rows.begin(), rows.end(), std::greater<>());
        // Contiguous runs go in one removal each: deleting a whole page costs one signal, not 1,000.
        for (qsizetype i = 0; i < rows.size();) {
            qsizetype j = i;
            while (j + 1 < rows.size() && rows[j + 1] == rows[j] - 1)
                ++j;
            beginRemoveRows({}, rows[j], rows[i]);
            m_rows.remove(rows[j], rows[i] - rows[j] + 1);
            endRemoveRows();
            i = j + 1;
        }
        const int from = rows.last();
        for (auto it = m_rowOf.begin(); it != m_rowOf.end();) {
            if (it.value() >= from)
                it = m_rowOf.erase(it);
            else
                ++it;
        }
        for (int row = from; row < m_rows.size(); ++row)
            m_rowOf.insert(idOf(m_rows.at(row)), row);
    }

protected:
    //! Shows what `store` knows now, then follows its diffs; drops the rows of the store followed
    //! before (`current`). `store` may be nullptr: no rows.
    template <typename Store>
    void followStore(QPointer<Store>& current, Store* store, void (Store::*added)(const QList<T>&),
                     void (Store::*changed)(const QList<T>&), void (Store::*removed)(const QStringList&),
                     QList<T> (Store::*items)() const)
    {
        if (current)
            QObject::disconnect(current, nullptr, this, nullptr);
        clear();
        current = store;
        if (!store)
            return;
        QObject::connect(store, added, this, &CollectionTableModel::addItems);
        QObject::connect(store, changed, this, &CollectionTableModel::changeItems);
        QObject::connect(store, removed, this, &CollectionTableModel::removeItems);
        addItems((store->*items)());
    }

    void clear()
    {
        if (m_rows.isEmpty())
            return;
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        m_rowOf.clear();
        endRemoveRows();
    }

    //! Asks the views to show every row's `column` again (e.g. names that arrived later).
    void refreshColumn(int column)
    {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
    }

private:
    static QString idOf(const T& item)
    {
        if constexpr (requires { item.id; })
            return item.id;
        else
            return item.name;
    }

    QList<T> m_rows;
    QHash<QString, int> m_rowOf;
};

} // namespace zenith

#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace zenith {

//! Sorts the Instances table on InstancesModel::SortRole and filters it with the search box:
//! every word typed must appear in the name, id, status or an IP address.
class InstancesSortFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit InstancesSortFilter(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    QString searchText() const;
    //! While a first listing pours in, new rows go to the end instead of their sorted place;
    //! the rows are sorted once when it ends.
    void setBulkLoading(bool bulk);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
};

} // namespace zenith

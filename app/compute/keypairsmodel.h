#pragma once

#include "compute/keypair.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

namespace zenith {

class KeypairStore;

//! The Key pairs table: one row per key pair, fed by a KeypairStore's signals and updated by
//! diffs (inserted, removed and changed rows, never a reset). Rows are found by name.
class KeypairsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Type, Fingerprint, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, //!< the key pair's name (Nova's id for it)
        SortRole,                  //!< the value to sort a column on
        SearchRole,                //!< name, type, fingerprint and the key's comment, lower-case
    };

    explicit KeypairsModel(QObject* parent = nullptr);

    //! Follows a store (nullptr: none): shows what it knows now, then its diffs.
    void setStore(KeypairStore* store);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    //! The row of a key pair, -1 if absent.
    int rowOf(const QString& name) const;
    const Keypair& keypairAt(int row) const;

    //! "SSH" or "X.509": Nova's type in words (SSH when the cloud predates types).
    static QString typeText(const QString& type);

    void addKeypairs(const QList<zenith::Keypair>& keypairs);
    void changeKeypairs(const QList<zenith::Keypair>& keypairs);
    void removeKeypairs(const QStringList& names);

private:
    QVariant displayData(const Keypair& keypair, int column) const;
    void clear();

    QList<Keypair> m_rows;
    QHash<QString, int> m_rowOf;
    QPointer<KeypairStore> m_store;
};

} // namespace zenith

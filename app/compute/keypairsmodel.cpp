#include "keypairsmodel.h"

#include "stores/keypairstore.h"

#include <QFontDatabase>

#include <algorithm>

namespace zenith {

namespace {

// "ssh-ed25519 AAAA… student@lab": the comment says whose key it is, worth searching.
QString keyComment(const QString& publicKey)
{
    return publicKey.section(u' ', 2).trimmed();
}

} // namespace

KeypairsModel::KeypairsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void KeypairsModel::setStore(KeypairStore* store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    clear();
    m_store = store;
    if (!store)
        return;
    connect(store, &KeypairStore::keypairsAdded, this, &KeypairsModel::addKeypairs);
    connect(store, &KeypairStore::keypairsChanged, this, &KeypairsModel::changeKeypairs);
    connect(store, &KeypairStore::keypairsRemoved, this, &KeypairsModel::removeKeypairs);
    addKeypairs(store->keypairs());
}

int KeypairsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KeypairsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeypairsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Keypair& keypair = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayData(keypair, index.column());
    case Qt::ToolTipRole:
        // The whole public key: handy to compare with ~/.ssh/*.pub, and nothing secret.
        return index.column() == Name ? QVariant(keypair.publicKey) : displayData(keypair, index.column());
    case Qt::FontRole:
        if (index.column() == Fingerprint)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case IdRole: return keypair.name;
    case SortRole:
        // Names differing only by case stay apart, in a stable order.
        return index.column() == Name ? QVariant(QString(keypair.name.toLower() + u'\n' + keypair.name))
                                      : displayData(keypair, index.column());
    case SearchRole:
        return QStringList{keypair.name, typeText(keypair.type), keypair.fingerprint, keyComment(keypair.publicKey)}
            .join(u' ')
            .toLower();
    default: return {};
    }
}

QVariant KeypairsModel::displayData(const Keypair& keypair, int column) const
{
    switch (column) {
    case Name: return keypair.name;
    case Type: return typeText(keypair.type);
    case Fingerprint: return keypair.fingerprint;
    default: return {};
    }
}

QVariant KeypairsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Type:
        //: Column: the kind of key pair (SSH or X.509)
        return tr("Type");
    case Fingerprint:
        //: Column: the MD5 fingerprint of the public key, as `ssh-keygen -l -E md5` prints it
        return tr("Fingerprint (MD5)");
    default: return {};
    }
}

int KeypairsModel::rowOf(const QString& name) const
{
    return m_rowOf.value(name, -1);
}

const Keypair& KeypairsModel::keypairAt(int row) const
{
    return m_rows.at(row);
}

QString KeypairsModel::typeText(const QString& type)
{
    if (type == u"x509")
        //: Key pair type: an X.509 certificate (for Windows images)
        return tr("X.509");
    // Below compute 2.2 Nova has no type, and every key pair is an SSH one.
    if (type.isEmpty() || type == u"ssh")
        //: Key pair type: an SSH public key
        return tr("SSH");
    return type;
}

void KeypairsModel::addKeypairs(const QList<Keypair>& keypairs)
{
    QList<Keypair> fresh;
    for (const Keypair& keypair : keypairs) {
        if (m_rowOf.contains(keypair.name))
            changeKeypairs({keypair});
        else
            fresh << keypair;
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const Keypair& keypair : std::as_const(fresh)) {
        m_rowOf.insert(keypair.name, int(m_rows.size()));
        m_rows << keypair;
    }
    endInsertRows();
}

void KeypairsModel::changeKeypairs(const QList<Keypair>& keypairs)
{
    for (const Keypair& keypair : keypairs) {
        const int row = rowOf(keypair.name);
        if (row < 0)
            continue;
        m_rows[row] = keypair;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void KeypairsModel::removeKeypairs(const QStringList& names)
{
    QList<int> rows;
    for (const QString& name : names) {
        if (const int row = rowOf(name); row >= 0)
            rows << row;
    }
    // From the bottom up, so that the rows still to remove keep their numbers.
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : std::as_const(rows)) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    if (rows.isEmpty())
        return;
    m_rowOf.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows.at(row).name, row);
}

void KeypairsModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    m_rowOf.clear();
    endRemoveRows();
}

} // namespace zenith

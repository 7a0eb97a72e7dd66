#include "sshkeyfileiconprovider.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QTreeView>

#include <algorithm>

namespace zenith {

namespace {

// ssh-keygen's default names, for a private key whose .pub was moved or deleted.
bool hasDefaultPrivateKeyName(const QString& name)
{
    static const QStringList names{QStringLiteral("id_rsa"),     QStringLiteral("id_dsa"),
                                   QStringLiteral("id_ecdsa"),   QStringLiteral("id_ecdsa_sk"),
                                   QStringLiteral("id_ed25519"), QStringLiteral("id_ed25519_sk")};
    return names.contains(name);
}

// QFileDialog does not own its icon provider: a child of the dialog does, and is deleted after the
// dialog's file system model (an earlier child), whose thread asks the provider.
class ProviderHolder final : public QObject
{
public:
    explicit ProviderHolder(QObject* parent)
        : QObject(parent)
    {}
    SshKeyFileIconProvider provider;
};

} // namespace

void SshKeyFileIconProvider::install(QFileDialog* dialog)
{
    dialog->setIconProvider(&(new ProviderHolder(dialog))->provider);
    // The Size, Type and Date columns are as narrow as "Folder": a key's size ("399 octets" in
    // French), its type and its date would be cut. The view is the widget dialog's own: a native
    // dialog has none, and shows its own types.
    auto* details = dialog->findChild<QTreeView*>(QStringLiteral("treeView"));
    if (!details)
        return;
    const QFontMetrics metrics = details->fontMetrics();
    const int padding = metrics.averageCharWidth() * 3;
    int widestType = 0;
    for (const QString& type : {publicKeyType(), privateKeyType(), puttyKeyType()})
        widestType = std::max(widestType, metrics.horizontalAdvance(type));
    enum Column { Name, Size, Type, DateModified };
    const QString sampleDate = QLocale().toString(QDateTime(QDate(2026, 12, 31), QTime(23, 59)), QLocale::ShortFormat);
    int more = 0;
    for (const auto& [column, wanted] :
         {std::pair{Size, metrics.horizontalAdvance(QLocale().formattedDataSize(1023))}, std::pair{Type, widestType},
          std::pair{DateModified, metrics.horizontalAdvance(sampleDate)}}) {
        const QString title = details->model()->headerData(column, Qt::Horizontal).toString();
        const int width = std::max(wanted, metrics.horizontalAdvance(title)) + padding;
        const int grow = width - details->header()->sectionSize(column);
        if (grow <= 0)
            continue;
        details->header()->resizeSection(column, width);
        more += grow;
    }
    dialog->resize(dialog->width() + more, dialog->height()); // the names keep their room
}

QString SshKeyFileIconProvider::type(const QFileInfo& info) const
{
    if (!info.isFile())
        return QFileIconProvider::type(info);
    const QString suffix = info.suffix().toLower();
    if (suffix == u"pub")
        return publicKeyType();
    if (suffix == u"ppk")
        return puttyKeyType();
    // ssh-keygen writes the pair side by side: "name" is the private half of "name.pub".
    if (hasDefaultPrivateKeyName(info.fileName()) || QFileInfo::exists(info.filePath() + QStringLiteral(".pub")))
        return privateKeyType();
    return QFileIconProvider::type(info);
}

QString SshKeyFileIconProvider::publicKeyType()
{
    return tr("SSH public key");
}

QString SshKeyFileIconProvider::privateKeyType()
{
    return tr("SSH private key (stays here)");
}

QString SshKeyFileIconProvider::puttyKeyType()
{
    return tr("PuTTY private key (stays here)");
}

} // namespace zenith

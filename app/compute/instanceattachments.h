#pragma once

#include "common/messagebanner.h"
#include "compute/server.h"
#include "network/floatingip.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <functional>

namespace zenith {

class ServerStore;
class Session;
struct ApiError;

//! The Instances pane's actions that plug things into one server: network interfaces (a network
//! or an existing port), volumes and floating IPs. Each lists what can be picked (in parallel),
//! asks, sends, watches the server in the store, and reports like InstanceActions.
class InstanceAttachments final : public QObject
{
    Q_OBJECT

public:
    InstanceAttachments(ServerStore* store, QWidget* dialogParent, QObject* parent = nullptr);

    void attachInterface(const Server& server);
    void detachInterface(const Server& server);
    void attachVolume(const Server& server);
    void detachVolume(const Server& server);
    //! Maps a free floating IP, or a new one from an external network, to the server's first port.
    void associateFloatingIp(const Server& server);
    //! Takes a floating IP off the server (asks first), optionally giving it back to the pool.
    void releaseFloatingIp(const Server& server);

Q_SIGNALS:
    void commandIssued(const QString& command, const QString& what);
    void reported(zenith::MessageBanner::Type type, const QString& text);

private:
    Session* session() const;
    //! A picker: `labels` in a combo box; `chosen` gets the index picked.
    void pick(const QString& objectName, const QString& title, const QString& label, const QStringList& labels,
              const QString& okText, std::function<void(int)> chosen);
    //! Maps floating IP `id` to `portId`, or (`allocate`) a new one from external network `id`.
    void associate(const Server& server, const QString& portId, bool allocate, const QString& id, const QString& name);
    void confirmRelease(const Server& server, const FloatingIp& ip);
    void fail(const QString& sentence, const ApiError& error);
    //! Reports `sentence` and the error if `result` failed, else calls `then`; watches the server either way.
    template <typename T, typename Then>
    void land(const QFuture<Result<T>>& future, const QString& serverId, const QString& sentence, Then then);

    QPointer<ServerStore> m_store;
    QWidget* m_dialogParent;
};

} // namespace zenith

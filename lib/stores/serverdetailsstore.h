#pragma once

#include "serverinterfacedetails.h"
#include "servervolumedetails.h"

#include "compute/serveraction.h"
#include "core/apierror.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <array>

namespace zenith {

class Session;

//! What the Instances pane's details panel shows beyond the server itself, for one server at a
//! time: its interfaces, attached volumes, console log and action log, each fetched on demand.
//! Answers about another server than the current one, or superseded by a newer load, are dropped.
class ServerDetailsStore final : public QObject
{
    Q_OBJECT

public:
    enum class Part { Interfaces, Volumes, ConsoleLog, Actions };
    Q_ENUM(Part)

    explicit ServerDetailsStore(QObject* parent = nullptr);
    ~ServerDetailsStore() override;

    //! The session to ask (nullptr: none); drops every answer under way.
    void setSession(Session* session);
    Session* session() const;
    //! The server whose details are wanted (empty: none); drops every answer under way.
    void setServerId(const QString& id);
    QString serverId() const;

    //! Its ports (Neutron, by device_id) with network and security group names: three requests
    //! in parallel whatever the number of ports.
    void loadInterfaces();
    //! Its volume attachments (Nova) with the volumes' names and sizes from one Cinder listing.
    void loadVolumes();
    //! The last `lines` lines of its console log (all of them when lines <= 0).
    void loadConsoleLog(int lines);
    //! Its instance action log, newest first.
    void loadActions();
    //! True while a load of `part` for the current server is under way.
    bool isLoading(Part part) const;

Q_SIGNALS:
    void interfacesLoaded(const QString& serverId, const QList<zenith::ServerInterfaceDetails>& interfaces);
    void volumesLoaded(const QString& serverId, const QList<zenith::ServerVolumeDetails>& volumes);
    void consoleLogLoaded(const QString& serverId, const QString& text);
    void actionsLoaded(const QString& serverId, const QList<zenith::ServerAction>& actions);
    //! A load failed (a NotFound error means the server is gone).
    void failed(const QString& serverId, zenith::ServerDetailsStore::Part part, const zenith::ApiError& error);

private:
    //! Starts a load of `part`: the returned ticket must still be current when the answer lands.
    quint64 begin(Part part);
    bool isCurrent(Part part, quint64 ticket) const;
    void finish(Part part);
    void fail(Part part, quint64 ticket, const ApiError& error);

    QPointer<Session> m_session;
    QString m_serverId;
    std::array<quint64, 4> m_tickets{};
    std::array<bool, 4> m_loading{};
    quint64 m_nextTicket = 0;
};

} // namespace zenith

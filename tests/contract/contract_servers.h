#pragma once

// ContractServers: Nova servers at microversion 2.79 against a live cloud. One lab server ("vm") goes
// through its whole life, from creation to deletion through every action the GUI offers; a pair made
// by one multi-create call serves lists and paging; and the errors the GUI turns into messages are
// checked word for word. contract_servers.cpp holds the life cycle, contract_serverextras.cpp the
// snapshots, consoles, tags, action log, interfaces, volumes and refused creations.

#include "contract.h"

#include "compute/createdserver.h"

#include <QObject>
#include <QStringList>

class ContractServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void microversionIsNegotiated();
    void createdServerHasWhatWasAsked();
    void listsFilterAndPage();
    void stopAndStart();
    void softAndHardReboot();
    void lockStopsEvenTheOwner();
    void rescueAndUnrescue();
    void shelveAndUnshelve();
    void resizeConfirmAndRevert();
    void snapshotIntoGlance();
    void consoleOutput();
    void remoteConsoleOfThisCloud();
    void tagsAreReplaced();
    void interfacesAttachAndDetach();
    void interfaceErrors();
    void volumesAttachAndDetach();
    void actionLogRecordsEverything();
    void refusedCreations();
    void bootFromVolume();
    void deletedServersAreGone();

private:
    QString m_image;   //!< "tiny"
    QString m_nano;    //!< flavor m1.nano
    QString m_tiny;    //!< flavor m1.tiny
    QString m_network; //!< the project's "private"
    QString m_name;
    QString m_id; //!< the lab server
    zenith::CreatedServer m_created;
    QString m_pairName;
    QStringList m_pair; //!< the two servers of one multi-create call
};

#pragma once

#include "panes/panesection.h"

#include "core/apierror.h"

#include <QPointer>

class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace zenith {

class BusyIndicator;
class DnsProvider;
class DnsProviderBar;
class DnsRecordStore;
class DnsRecordsPanel;
class DnsZoneDialog;
class DnsZoneStore;
class DnsZonesModel;
class MessageBanner;
class SecretStore;
struct DnsZone;

//! The DNS tab: the zones (name, email, TTL, status, serial) above the selected zone's records.
//! Zones are created and deleted here (with a confirmation naming the zone); records through
//! DnsRecordsPanel. Everything goes through a DnsProvider chosen above the zones (DnsProviderBar:
//! Designate, or OVHcloud's domain API with its keys); Pending zones and records are polled until
//! the DNS servers have them, and a provider that publishes (OVHcloud) gets a Publish Changes button.
class DnsSection final : public PaneSection
{
    Q_OBJECT

public:
    explicit DnsSection(QWidget* parent = nullptr);
    ~DnsSection() override;

    QString title() const override;
    void setSession(Session* session) override;
    void setActive(bool active) override;

    //! Uses this provider instead of one made for the session (tests; a non-OpenStack provider).
    void setProvider(DnsProvider* provider);
    //! Where OVHcloud's keys are kept (tests: a memory store); the system keyring otherwise.
    void setSecretStore(SecretStore* secrets);
    DnsProviderBar* providerBar() const;
    DnsProvider* provider() const;

    DnsZoneStore* zoneStore() const;
    DnsRecordStore* recordStore() const;
    DnsZonesModel* zonesModel() const;
    QTableView* zonesView() const;
    DnsRecordsPanel* recordsPanel() const;

    //! Opens the new zone dialog (window-modal, not waited for).
    DnsZoneDialog* createZone();
    //! Asks to delete the selected zone, naming it; nullptr when none is selected.
    QMessageBox* deleteSelectedZone();
    //! Selects a zone by id (shows its records).
    void selectZone(const QString& id);
    //! Has the selected zone's changes served (when the provider publishes: OVHcloud's refresh).
    void publishSelectedZone();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateState();
    void selectionChanged();
    void adaptColumns();
    //! The zone created here is no longer Pending: the banner says it is active, or in error,
    //! where it said the zone was on its way.
    void pendingZoneSettled(const DnsZone& zone);
    const DnsZone* selectedZone() const;

    DnsZoneStore* m_zones;
    DnsRecordStore* m_records;
    DnsZonesModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QPointer<DnsProvider> m_provider;
    QPointer<Session> m_session;
    QLineEdit* m_search;
    BusyIndicator* m_busy;
    QLabel* m_count;
    QPushButton* m_create;
    QPushButton* m_delete;
    QPushButton* m_publish;
    QLabel* m_publishHint;
    MessageBanner* m_banner;
    DnsProviderBar* m_providerBar;
    QSplitter* m_splitter;
    QTableView* m_view;
    QLabel* m_state;
    DnsRecordsPanel* m_panel;
    QString m_selectedId;
    QString m_error;       //!< why the last listing failed, until one succeeds
    QString m_pendingZone; //!< the zone created here while it is Pending
    QString m_pendingText; //!< what the banner said about it
    bool m_active = false;
};

} // namespace zenith

#pragma once

#include "panes/tablesection.h"

#include "core/apierror.h"

class QInputDialog;
class QMessageBox;
class QPushButton;

namespace zenith {

class FloatingIpStore;
class FloatingIpsModel;
class MessageBanner;
class NetworkStore;
struct FloatingIp;

//! The Floating IPs tab: the project's public addresses, their status, and the port, fixed IP
//! and instance each maps to (names from one listing of ports, servers and routers). Allocates
//! an address from an external network, associates it to a port, disassociates it, releases it.
class FloatingIpsSection final : public TableSection
{
    Q_OBJECT

public:
    explicit FloatingIpsSection(QWidget* parent = nullptr);
    ~FloatingIpsSection() override;

    QString title() const override;
    //! Selects a floating IP's row (the topology diagram's click-through).
    FloatingIpStore* store() const;
    NetworkStore* networkStore() const;
    FloatingIpsModel* model() const;
    const FloatingIp* selectedFloatingIp() const;
    //! True once the ports and their owners arrived for this session.
    bool ownersLoaded() const { return m_ownersLoaded; }

    //! The actions' dialogs, opened window-modal and returned (nullptr when they cannot apply).
    QInputDialog* allocate();
    QInputDialog* associate();
    void disassociate();
    QMessageBox* release();
    QString actionMessage() const;

protected:
    void setStoreSession(Session* session) override;
    void load() override;
    bool isLoading() const override;
    QString countText(int rows, bool loading) const override;
    QString searchPlaceholder() const override;
    QString failureText(const QString& reason) const override;
    QString emptyText() const override;

private:
    FloatingIpsSection(FloatingIpsModel* model, QWidget* parent);
    void buildUi();
    void updateActions();
    void loadOwners();
    void report(bool error, const QString& text);
    void finished(const ApiError* error, const QString& command, const QString& what, const QString& failure);

    FloatingIpStore* m_store;
    NetworkStore* m_networks;
    FloatingIpsModel* m_model;
    bool m_ownersLoading = false;
    bool m_ownersLoaded = false;
    MessageBanner* m_actionBanner = nullptr;
    QPushButton* m_allocate = nullptr;
    QPushButton* m_associate = nullptr;
    QPushButton* m_disassociate = nullptr;
    QPushButton* m_release = nullptr;
};

} // namespace zenith

#pragma once

#include "dns/dnszone.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace zenith {

class DnsZoneStore;
class MessageBanner;

//! Creates a DNS zone: its domain name (given its final dot when typed without), the administrator's
//! email and the default TTL. Checks them before anything is sent; the DNS service's refusals
//! (a name already taken) are shown in plain words, and nothing typed is lost.
class DnsZoneDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DnsZoneDialog(DnsZoneStore* store, QWidget* parent = nullptr);
    ~DnsZoneDialog() override;

    QLineEdit* nameField() const;
    QLineEdit* emailField() const;
    QLineEdit* ttlField() const;
    //! The message shown (refusal or server error), empty when none.
    QString message() const;
    bool isBusy() const;
    //! Checks the fields and creates the zone; the same as the Create button.
    void submit();

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    //! The zone was created (the dialog then closes as accepted).
    void created(const zenith::DnsZone& zone);
    void commandIssued(const QString& command, const QString& what);

private:
    void setBusy(bool busy);
    void refuse(const QString& message, QWidget* field);

    QPointer<DnsZoneStore> m_store;
    QLabel* m_intro;
    QLineEdit* m_name;
    QLineEdit* m_email;
    QLineEdit* m_ttl;
    MessageBanner* m_banner;
    QDialogButtonBox* m_buttons;
    bool m_busy = false;
};

} // namespace zenith

#pragma once

#include "core/result.h"
#include "dns/dnsrecord.h"
#include "dns/dnszone.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace zenith {

class DnsRecordStore;
class MessageBanner;

//! The record editor: adds records to the selected zone, or changes the values and TTL of one
//! (its name and type stay). Every value is checked for its type before anything is sent
//! (DnsValidation), with a message naming the line and what is wrong; the DNS service's refusals
//! are shown in plain words; nothing typed is lost.
class DnsRecordDialog final : public QDialog
{
    Q_OBJECT

public:
    //! `editing`: the record to change; nullopt to add one.
    DnsRecordDialog(DnsRecordStore* store, const DnsZone& zone, const std::optional<DnsRecord>& editing,
                    QWidget* parent = nullptr);
    ~DnsRecordDialog() override;

    QComboBox* typeField() const;
    QLineEdit* nameField() const;
    QPlainTextEdit* valuesField() const;
    QLineEdit* ttlField() const;
    //! The message shown (refusal or server error), empty when none.
    QString message() const;
    bool isBusy() const;
    //! Checks the fields and sends the record; the same as the Save button.
    void submit();

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    //! The record was created or changed (the dialog then closes as accepted).
    void saved(const zenith::DnsRecord& record);
    void commandIssued(const QString& command, const QString& what);

private:
    void typeChanged();
    void setBusy(bool busy);
    void refuse(const QString& message, QWidget* field);
    void finish(const DnsRecord& sent, const Result<DnsRecord>& result);

    QPointer<DnsRecordStore> m_store;
    DnsZone m_zone;
    std::optional<DnsRecord> m_editing;
    QComboBox* m_type;
    QLineEdit* m_name;
    QLabel* m_nameHint;
    QPlainTextEdit* m_values;
    QLabel* m_valuesHint;
    QLineEdit* m_ttl;
    MessageBanner* m_banner;
    QDialogButtonBox* m_buttons;
    bool m_busy = false;
};

} // namespace zenith

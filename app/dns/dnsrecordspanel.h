#pragma once

#include "core/apierror.h"
#include "dns/dnszone.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace zenith {

class BusyIndicator;
class DnsRecordDialog;
class DnsRecordStore;
class DnsRecordsModel;
class MessageBanner;
struct DnsRecord;

//! The lower half of the DNS tab: the selected zone's records (type, name, values, TTL, status)
//! with add, edit and delete. Edits go through DnsRecordDialog; deletion asks first, naming what goes.
class DnsRecordsPanel final : public QWidget
{
    Q_OBJECT

public:
    DnsRecordsPanel(DnsRecordStore* store, QWidget* parent = nullptr);
    ~DnsRecordsPanel() override;

    //! Shows the records of `zone` (nullopt: none) and lists them.
    void setZone(const std::optional<DnsZone>& zone);
    //! The zone changed (serial, status): the title follows; the records stay.
    void updateZone(const DnsZone& zone);

    DnsRecordsModel* model() const;
    QTableView* view() const;
    //! The selected record (nullopt when none).
    std::optional<DnsRecord> selectedRecord() const;

    //! Opens the record editor to add records (window-modal, not waited for).
    DnsRecordDialog* addRecord();
    //! Opens the record editor on the selected record; nullptr when none or not editable (SOA).
    DnsRecordDialog* editSelected();
    //! Asks to delete the selected record, naming it; nullptr when none or not deletable.
    QMessageBox* deleteSelected();

Q_SIGNALS:
    void commandIssued(const QString& command, const QString& what);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateState();
    void showError(const ApiError& error);
    DnsRecordDialog* openEditor(const std::optional<DnsRecord>& record);

    DnsRecordStore* m_store;
    DnsRecordsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    std::optional<DnsZone> m_zone;
    QLabel* m_title;
    QLineEdit* m_search;
    BusyIndicator* m_busy;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_delete;
    MessageBanner* m_banner;
    QTableView* m_view;
    QLabel* m_state;
};

} // namespace zenith

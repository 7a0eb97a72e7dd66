#include "dnsrecorddialog.h"

#include "common/dialogsize.h"
#include "dnsactioncommand.h"
#include "dnserrortext.h"
#include "dnsrecordsmodel.h"
#include "dnsvalidation.h"

#include "common/messagebanner.h"
#include "common/quoted.h"
#include "core/whenfinished.h"
#include "dns/dnsprovider.h"
#include "stores/dnsrecordstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace zenith {

namespace {

// What a value of each type looks like, shown under the values box.
QString valuesHint(const QString& type, const QString& zone)
{
    if (type == u"A")
        return DnsRecordDialog::tr("IPv4 addresses, one per line, such as 203.0.113.5");
    if (type == u"AAAA")
        return DnsRecordDialog::tr("IPv6 addresses, one per line, such as 2001:db8::5");
    if (type == u"CNAME")
        //: %1 is the zone's name
        return DnsRecordDialog::tr("The one host name this name is an alias of, such as www.%1 or "
                                   "lb.example.net. A CNAME cannot be at the zone's own name, nor share its name "
                                   "with other records.")
            .arg(zone);
    if (type == u"MX")
        return DnsRecordDialog::tr("Priority and mail server, one per line, such as: 10 mail.%1").arg(zone);
    if (type == u"TXT")
        return DnsRecordDialog::tr("Text, one record per line, such as v=spf1 mx -all. Zenith adds the quotes and "
                                   "splits text longer than 255 characters.");
    if (type == u"CAA")
        return DnsRecordDialog::tr("Flags, tag and value, one per line, such as: 0 issue letsencrypt.org "
                                   "(tags: issue, issuewild, iodef)");
    if (type == u"NS")
        return DnsRecordDialog::tr("Name servers' host names, one per line, such as ns1.example.net.");
    if (type == u"SRV")
        return DnsRecordDialog::tr("Priority, weight, port and target, one per line, such as: 10 60 5060 sip.%1 "
                                   "(the record's name is _service._protocol, such as _sip._tcp)")
            .arg(zone);
    return {};
}

} // namespace

DnsRecordDialog::DnsRecordDialog(DnsRecordStore* store, const DnsZone& zone, const std::optional<DnsRecord>& editing,
                                 QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_zone(zone)
    , m_editing(editing)
    , m_type(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_nameHint(new QLabel(this))
    , m_values(new QPlainTextEdit(this))
    , m_valuesHint(new QLabel(this))
    , m_ttl(new QLineEdit(this))
    , m_banner(new MessageBanner(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("dnsRecordDialog"));
    //: Dialog title; %1 is a zone name
    setWindowTitle(editing ? tr("Edit Records in %1").arg(zone.name) : tr("Add Records to %1").arg(zone.name));
    m_type->setObjectName(QStringLiteral("recordType"));
    m_type->addItems(DnsValidation::recordTypes());
    m_name->setObjectName(QStringLiteral("recordName"));
    //: Placeholder of the record name: empty means the zone's own name
    m_name->setPlaceholderText(tr("www, or empty for %1").arg(zone.name));
    m_nameHint->setWordWrap(true);
    m_nameHint->setText(tr("A name relative to the zone (www gives www.%1), @ or empty for the zone itself, or a "
                           "full name ending with .%1")
                            .arg(zone.name));
    m_values->setObjectName(QStringLiteral("recordValues"));
    m_values->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_values->setTabChangesFocus(true);
    m_values->setMinimumHeight(80);
    m_values->setMaximumHeight(140);
    m_valuesHint->setWordWrap(true);
    m_ttl->setObjectName(QStringLiteral("recordTtl"));
    //: Placeholder of a record's TTL; %1 is the zone's TTL in seconds
    m_ttl->setPlaceholderText(zone.ttl ? tr("the zone's: %1").arg(*zone.ttl) : tr("the zone's"));
    m_banner->setObjectName(QStringLiteral("recordMessage"));
    m_banner->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(editing ? tr("Save") : tr("Add"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveRecord"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DnsRecordDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DnsRecordDialog::reject);
    connect(m_type, &QComboBox::currentTextChanged, this, &DnsRecordDialog::typeChanged);
    connect(m_name, &QLineEdit::textEdited, m_banner, &QWidget::hide);
    connect(m_ttl, &QLineEdit::textEdited, m_banner, &QWidget::hide);
    connect(m_values, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_busy)
            m_banner->hide();
    });

    if (editing) {
        m_type->setCurrentText(editing->type);
        m_type->setEnabled(false);
        m_name->setText(DnsRecordsModel::shownName(editing->name, zone.name));
        m_name->setReadOnly(true);
        m_values->setPlainText(editing->values.join(u'\n'));
        if (editing->ttl)
            m_ttl->setText(QString::number(*editing->ttl));
    }
    typeChanged();

    auto* form = new QFormLayout;
    //: Field: the DNS record type
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameHint);
    //: Field: the records' data, one per line
    form->addRow(tr("&Values:"), m_values);
    form->addRow(QString(), m_valuesHint);
    form->addRow(tr("T&TL (seconds):"), m_ttl);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_banner);
    layout->addWidget(m_buttons);
    setDialogMinimumWidth(layout, 600);
}

DnsRecordDialog::~DnsRecordDialog() = default;

QComboBox* DnsRecordDialog::typeField() const
{
    return m_type;
}

QLineEdit* DnsRecordDialog::nameField() const
{
    return m_name;
}

QPlainTextEdit* DnsRecordDialog::valuesField() const
{
    return m_values;
}

QLineEdit* DnsRecordDialog::ttlField() const
{
    return m_ttl;
}

QString DnsRecordDialog::message() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

bool DnsRecordDialog::isBusy() const
{
    return m_busy;
}

void DnsRecordDialog::typeChanged()
{
    m_valuesHint->setText(valuesHint(m_type->currentText(), m_zone.name));
    m_banner->hide();
}

void DnsRecordDialog::submit()
{
    if (m_busy)
        return;
    QList<DnsRecord> existing = m_store ? m_store->records() : QList<DnsRecord>{};
    const DnsRecordForm form{m_type->currentText(), m_name->text(), m_values->toPlainText(), m_ttl->text()};
    // Providers with one value per record (OVHcloud) take a second record of a name and type.
    const bool singleValues = m_store && m_store->provider() && !m_store->provider()->capabilities().recordSets;
    if (singleValues)
        existing.removeIf([&form](const DnsRecord& r) { return r.type == form.type && r.type != u"CNAME"; });
    const DnsValidation::RecordCheck check =
        DnsValidation::checkRecord(form, m_zone.name, existing, m_editing ? m_editing->id : QString());
    if (!check.ok()) {
        using Field = DnsValidation::RecordCheck::Field;
        refuse(check.error, check.field == Field::Values ? static_cast<QWidget*>(m_values)
                            : check.field == Field::Ttl  ? m_ttl
                                                         : m_name);
        return;
    }
    if (singleValues && check.value.values.size() > 1) {
        refuse(tr("OVHcloud keeps one value per record: add this one with a single value, then add the others as "
                  "records of their own."),
               m_values);
        return;
    }
    if (!m_store || !m_store->provider() || !m_store->zone()) {
        refuse(tr("Sign in to a cloud first."), nullptr);
        return;
    }
    DnsRecord record = check.value;
    record.zoneId = m_zone.id;
    setBusy(true);
    whenFinished(m_editing ? m_store->update(record) : m_store->create(record), this,
                 [this, record](const Result<DnsRecord>& result) { finish(record, result); });
}

void DnsRecordDialog::finish(const DnsRecord& sent, const Result<DnsRecord>& result)
{
    setBusy(false);
    if (!result) {
        refuse(DnsErrorText::record(result.error(), sent.type, sent.name), m_values);
        return;
    }
    const DnsProvider* provider = m_store ? m_store->provider() : nullptr;
    if (m_editing) {
        const QList<DnsRecord> records = m_store ? m_store->records() : QList<DnsRecord>{};
        Q_EMIT commandIssued(DnsActionCommand::recordUpdate(provider, m_zone, sent, records),
                             //: %1 is a record type, %2 a name
                             tr("Replaces the %1 records of %2.").arg(sent.type, quoted(sent.name)));
    } else {
        Q_EMIT commandIssued(DnsActionCommand::recordCreate(provider, m_zone, sent),
                             //: %1 is a record type, %2 a name
                             tr("Adds %1 records to %2.").arg(sent.type, quoted(sent.name)));
    }
    Q_EMIT saved(result.value());
    accept();
}

void DnsRecordDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void DnsRecordDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->setEnabled(!busy);
    m_name->setReadOnly(busy || m_editing);
    m_values->setReadOnly(busy);
    m_ttl->setReadOnly(busy);
    if (busy)
        m_banner->hide();
}

void DnsRecordDialog::refuse(const QString& message, QWidget* field)
{
    m_banner->showMessage(MessageBanner::Type::Error, message);
    m_banner->show();
    if (field)
        field->setFocus();
}

} // namespace zenith

#include "dnszonedialog.h"

#include "common/dialogsize.h"
#include "dnserrortext.h"
#include "dnsvalidation.h"

#include "cli/dnscommand.h"
#include "common/messagebanner.h"
#include "common/quoted.h"
#include "core/whenfinished.h"
#include "stores/dnszonestore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace zenith {

DnsZoneDialog::DnsZoneDialog(DnsZoneStore* store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_intro(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_ttl(new QLineEdit(this))
    , m_banner(new MessageBanner(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("dnsZoneDialog"));
    //: Dialog title
    setWindowTitle(tr("New DNS Zone"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("A zone holds the DNS records of a domain and of the names under it. Once it is active, "
                        "point the domain's name servers at the cloud's at your registrar."));
    m_name->setObjectName(QStringLiteral("zoneName"));
    m_name->setPlaceholderText(tr("example.org."));
    m_email->setObjectName(QStringLiteral("zoneEmail"));
    m_email->setPlaceholderText(tr("hostmaster@example.org"));
    m_ttl->setObjectName(QStringLiteral("zoneTtl"));
    //: Placeholder of the TTL field: empty means the DNS service's default
    m_ttl->setPlaceholderText(tr("3600 (default)"));
    m_banner->setObjectName(QStringLiteral("zoneMessage"));
    m_banner->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createZone"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DnsZoneDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DnsZoneDialog::reject);
    for (QLineEdit* field : {m_name, m_email, m_ttl})
        connect(field, &QLineEdit::textEdited, m_banner, &QWidget::hide);

    auto* form = new QFormLayout;
    //: Field: the zone's domain name
    form->addRow(tr("&Domain name:"), m_name);
    //: Field: the zone administrator's email (SOA record)
    form->addRow(tr("&Email:"), m_email);
    //: Field: default time to live of the records, in seconds
    form->addRow(tr("&TTL (seconds):"), m_ttl);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_banner);
    layout->addWidget(m_buttons);
    setDialogMinimumWidth(layout, 520);
}

DnsZoneDialog::~DnsZoneDialog() = default;

QLineEdit* DnsZoneDialog::nameField() const
{
    return m_name;
}

QLineEdit* DnsZoneDialog::emailField() const
{
    return m_email;
}

QLineEdit* DnsZoneDialog::ttlField() const
{
    return m_ttl;
}

QString DnsZoneDialog::message() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

bool DnsZoneDialog::isBusy() const
{
    return m_busy;
}

void DnsZoneDialog::submit()
{
    if (m_busy)
        return;
    const DnsValidation::ZoneCheck check = DnsValidation::checkZone(m_name->text(), m_email->text(), m_ttl->text());
    if (!check.ok()) {
        using Field = DnsValidation::ZoneCheck::Field;
        refuse(check.error, check.field == Field::Email ? m_email : check.field == Field::Ttl ? m_ttl : m_name);
        return;
    }
    if (!m_store || !m_store->provider()) {
        refuse(tr("Sign in to a cloud first."), nullptr);
        return;
    }
    const DnsZoneSpec spec = check.value;
    m_name->setText(spec.name); // shows the final dot it was given
    setBusy(true);
    whenFinished(m_store->create(spec), this, [this, spec](const Result<DnsZone>& result) {
        setBusy(false);
        if (!result) {
            refuse(DnsErrorText::zoneCreate(result.error(), spec.name), m_name);
            return;
        }
        //: %1 is a zone name
        Q_EMIT commandIssued(DnsCommand::zoneCreate(spec.name, spec.email, spec.ttl),
                             tr("Creates the DNS zone %1.").arg(quoted(spec.name)));
        Q_EMIT created(result.value());
        accept();
    });
}

void DnsZoneDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void DnsZoneDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->setEnabled(!busy);
    for (QLineEdit* field : {m_name, m_email, m_ttl})
        field->setReadOnly(busy);
    if (busy)
        m_banner->hide();
}

void DnsZoneDialog::refuse(const QString& message, QWidget* field)
{
    m_banner->showMessage(MessageBanner::Type::Error, message);
    m_banner->show();
    if (field)
        field->setFocus();
    adjustSize();
}

} // namespace zenith

#include "fixedipeditor.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace zenith {

FixedIpEditor::FixedIpEditor(QWidget* parent)
    : QWidget(parent)
    , m_rowsLayout(new QVBoxLayout)
    , m_add(new QPushButton(this))
{
    m_add->setObjectName(QStringLiteral("addFixedIp"));
    connect(m_add, &QPushButton::clicked, this, [this] { addRow()->setFocus(); });
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    retranslateUi();
}

void FixedIpEditor::setSubnets(const QList<Subnet>& subnets)
{
    m_subnets = subnets;
    for (const Row& row : std::as_const(m_rows))
        fillSubnets(row.subnet, row.subnet->currentData().toString());
}

void FixedIpEditor::fillSubnets(QComboBox* combo, const QString& keep) const
{
    combo->clear();
    for (const Subnet& subnet : m_subnets) {
        const QString name = subnet.name.isEmpty() ? subnet.id : subnet.name;
        combo->addItem(QString(name % u" (" % subnet.cidr % u')'), subnet.id);
    }
    const int at = combo->findData(keep);
    combo->setCurrentIndex(at >= 0 ? at : (combo->count() > 0 ? 0 : -1));
}

void FixedIpEditor::setFixedIps(const QList<PortFixedIp>& ips)
{
    while (!m_rows.isEmpty())
        removeRow(m_rows.last().widget);
    for (const PortFixedIp& ip : ips)
        addRow(ip.subnetId, ip.ipAddress);
}

QLineEdit* FixedIpEditor::addRow(const QString& subnetId, const QString& address)
{
    auto* widget = new QWidget(this);
    Row row{widget, new QComboBox(widget), new QLineEdit(widget), new QToolButton(widget)};
    row.subnet->setObjectName(QStringLiteral("fixedIpSubnet"));
    row.subnet->setMinimumContentsLength(22);
    row.subnet->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    row.address->setObjectName(QStringLiteral("fixedIpAddress"));
    row.address->setText(address);
    row.remove->setObjectName(QStringLiteral("removeFixedIp"));
    row.remove->setIcon(style()->standardIcon(QStyle::SP_DialogDiscardButton));
    fillSubnets(row.subnet, subnetId);
    auto* layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row.subnet, 3);
    layout->addWidget(row.address, 2);
    layout->addWidget(row.remove);
    connect(row.subnet, &QComboBox::currentIndexChanged, this, &FixedIpEditor::edited);
    connect(row.address, &QLineEdit::textEdited, this, &FixedIpEditor::edited);
    connect(row.remove, &QToolButton::clicked, this, [this, widget] {
        removeRow(widget);
        Q_EMIT edited();
    });
    row.address->setMinimumWidth(150);
    m_rows.append(row);
    m_rowsLayout->addWidget(widget);
    retranslateUi();
    Q_EMIT edited();
    return row.address;
}

void FixedIpEditor::removeRow(QWidget* widget)
{
    m_rows.removeIf([widget](const Row& row) { return row.widget == widget; });
    widget->hide();
    widget->deleteLater();
}

int FixedIpEditor::rowCount() const
{
    return int(m_rows.size());
}

QComboBox* FixedIpEditor::subnetField(int row) const
{
    return m_rows.at(row).subnet;
}

QLineEdit* FixedIpEditor::addressField(int row) const
{
    return m_rows.at(row).address;
}

QList<PortFormFixedIp> FixedIpEditor::fixedIps() const
{
    QList<PortFormFixedIp> out;
    for (const Row& row : m_rows) {
        PortFormFixedIp ip;
        ip.subnetId = row.subnet->currentData().toString();
        ip.ipAddress = row.address->text().trimmed();
        for (const Subnet& subnet : m_subnets) {
            if (subnet.id == ip.subnetId) {
                ip.subnetName = subnet.name;
                ip.subnetCidr = subnet.cidr;
                ip.gatewayIp = subnet.gatewayIp.value_or(QString());
            }
        }
        out.append(ip);
    }
    return out;
}

void FixedIpEditor::setRowProblem(int row, const QString& message)
{
    if (row < 0 || row >= m_rows.size())
        return;
    QLineEdit* field = m_rows.at(row).address;
    field->setToolTip(message);
    field->setStyleSheet(message.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #c0392b; }"));
}

void FixedIpEditor::clearProblems()
{
    for (int row = 0; row < m_rows.size(); ++row)
        setRowProblem(row, {});
}

void FixedIpEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FixedIpEditor::retranslateUi()
{
    //: Button under the fixed IPs of a port
    m_add->setText(tr("Add a fixed IP"));
    for (const Row& row : std::as_const(m_rows)) {
        //: Placeholder of a fixed IP's address: left empty, Neutron picks a free address
        row.address->setPlaceholderText(tr("any free address"));
        row.remove->setToolTip(tr("Remove this fixed IP"));
    }
}

} // namespace zenith

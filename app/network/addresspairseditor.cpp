#include "addresspairseditor.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace zenith {

AddressPairsEditor::AddressPairsEditor(QWidget* parent)
    : QWidget(parent)
    , m_rowsLayout(new QVBoxLayout)
    , m_add(new QPushButton(this))
    , m_addAny(new QPushButton(this))
    , m_hint(new QLabel(this))
{
    m_add->setObjectName(QStringLiteral("addAddressPair"));
    m_addAny->setObjectName(QStringLiteral("addAnyAddressPair"));
    connect(m_add, &QPushButton::clicked, this, [this] { addRow()->setFocus(); });
    connect(m_addAny, &QPushButton::clicked, this, [this] { addRow(QStringLiteral("0.0.0.0/0")); });
    m_hint->setObjectName(QStringLiteral("addressPairsHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_addAny);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);
    layout->addLayout(buttons);
    layout->addWidget(m_hint);
    retranslateUi();
}

void AddressPairsEditor::setPairs(const QList<AllowedAddressPair>& pairs)
{
    while (!m_rows.isEmpty())
        removeRow(m_rows.last().widget);
    for (const AllowedAddressPair& pair : pairs)
        addRow(pair.ipAddress, pair.macAddress);
}

QList<AllowedAddressPair> AddressPairsEditor::pairs() const
{
    QList<AllowedAddressPair> out;
    for (const Row& row : m_rows)
        out.append({row.address->text().trimmed(), row.mac->text().trimmed()});
    return out;
}

int AddressPairsEditor::rowCount() const
{
    return int(m_rows.size());
}

QLineEdit* AddressPairsEditor::addRow(const QString& ip, const QString& mac)
{
    auto* widget = new QWidget(this);
    Row row{widget, new QLineEdit(ip, widget), new QLineEdit(mac, widget), new QToolButton(widget)};
    row.address->setObjectName(QStringLiteral("pairAddress"));
    row.mac->setObjectName(QStringLiteral("pairMac"));
    row.remove->setObjectName(QStringLiteral("removeAddressPair"));
    row.remove->setIcon(style()->standardIcon(QStyle::SP_DialogDiscardButton));
    auto* layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row.address, 3);
    layout->addWidget(row.mac, 2);
    layout->addWidget(row.remove);
    connect(row.address, &QLineEdit::textEdited, this, &AddressPairsEditor::edited);
    connect(row.mac, &QLineEdit::textEdited, this, &AddressPairsEditor::edited);
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

void AddressPairsEditor::removeRow(QWidget* widget)
{
    m_rows.removeIf([widget](const Row& row) { return row.widget == widget; });
    widget->hide();
    widget->deleteLater();
}

QLineEdit* AddressPairsEditor::addressField(int row) const
{
    return m_rows.at(row).address;
}

QLineEdit* AddressPairsEditor::macField(int row) const
{
    return m_rows.at(row).mac;
}

void AddressPairsEditor::setRowProblem(int row, const QString& message)
{
    if (row < 0 || row >= m_rows.size())
        return;
    QLineEdit* field = m_rows.at(row).address;
    field->setToolTip(message);
    field->setStyleSheet(message.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #c0392b; }"));
}

void AddressPairsEditor::clearProblems()
{
    for (int row = 0; row < m_rows.size(); ++row)
        setRowProblem(row, {});
}

void AddressPairsEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AddressPairsEditor::retranslateUi()
{
    //: Button under the allowed address pairs of a port
    m_add->setText(tr("Add an address"));
    //: Button: add the allowed address pair 0.0.0.0/0 (what a NAT gateway needs)
    m_addAny->setText(tr("Allow any (0.0.0.0/0)"));
    m_hint->setText(tr("Port security drops packets whose source is not the port's own address. A NAT gateway "
                       "forwards other machines' traffic: give its private port the pair 0.0.0.0/0 (the lab's "
                       "gateway needs it)."));
    for (const Row& row : std::as_const(m_rows)) {
        //: Placeholder of an allowed address pair's address
        row.address->setPlaceholderText(tr("IP address or CIDR"));
        //: Placeholder of an allowed address pair's MAC; empty: the port's own MAC
        row.mac->setPlaceholderText(tr("MAC (optional)"));
        row.remove->setToolTip(tr("Remove this address"));
    }
}

} // namespace zenith

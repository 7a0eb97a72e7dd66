#pragma once

#include "portform.h"

#include "network/subnet.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace zenith {

//! The fixed IPs of a port, one row each: a subnet of the port's network and an address in it
//! (left empty, Neutron picks one). Rows can be added and removed; nothing is checked here.
class FixedIpEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit FixedIpEditor(QWidget* parent = nullptr);

    //! The subnets a row may choose (the port's network's); rows keep their choice when they can.
    void setSubnets(const QList<Subnet>& subnets);
    //! Replaces the rows.
    void setFixedIps(const QList<PortFixedIp>& ips);
    //! The rows, with each subnet's CIDR and gateway for the checks.
    QList<PortFormFixedIp> fixedIps() const;
    int rowCount() const;
    //! Adds a row (the first subnet, no address) and returns its address field.
    QLineEdit* addRow(const QString& subnetId = {}, const QString& address = {});
    QComboBox* subnetField(int row) const;
    QLineEdit* addressField(int row) const;
    //! Marks a row's address as wrong (empty message: clears the mark).
    void setRowProblem(int row, const QString& message);
    void clearProblems();

Q_SIGNALS:
    //! A row was added, removed or typed in.
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        QWidget* widget;
        QComboBox* subnet;
        QLineEdit* address;
        QToolButton* remove;
    };
    void fillSubnets(QComboBox* combo, const QString& keep) const;
    void removeRow(QWidget* widget);
    void retranslateUi();

    QList<Subnet> m_subnets;
    QList<Row> m_rows;
    QVBoxLayout* m_rowsLayout;
    QPushButton* m_add;
};

} // namespace zenith

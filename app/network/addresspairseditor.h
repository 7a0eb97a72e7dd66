#pragma once

#include "network/allowedaddresspair.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace zenith {

//! The allowed address pairs of a port, one row each: an address or CIDR, and an optional MAC.
//! A hint says what 0.0.0.0/0 is for (a NAT gateway forwarding other machines' traffic).
class AddressPairsEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit AddressPairsEditor(QWidget* parent = nullptr);

    void setPairs(const QList<AllowedAddressPair>& pairs);
    QList<AllowedAddressPair> pairs() const;
    int rowCount() const;
    //! Adds a row and returns its address field.
    QLineEdit* addRow(const QString& ip = {}, const QString& mac = {});
    QLineEdit* addressField(int row) const;
    QLineEdit* macField(int row) const;
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
        QLineEdit* address;
        QLineEdit* mac;
        QToolButton* remove;
    };
    void removeRow(QWidget* widget);
    void retranslateUi();

    QList<Row> m_rows;
    QVBoxLayout* m_rowsLayout;
    QPushButton* m_add;
    QPushButton* m_addAny;
    QLabel* m_hint;
};

} // namespace zenith

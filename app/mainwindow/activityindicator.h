#pragma once

#include <QWidget>

class QLabel;

namespace zenith {

class BusyIndicator;

//! The status bar's "3 requests in progress" with a spinner; hidden when nothing is in flight.
class ActivityIndicator final : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityIndicator(QWidget* parent = nullptr);

    //! Session::inFlightChanged feeds this.
    void setInFlight(int count);
    int inFlight() const;
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    BusyIndicator* m_spinner;
    QLabel* m_label;
    int m_count = 0;
};

} // namespace zenith

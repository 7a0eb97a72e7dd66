#pragma once

#include "core/apierror.h"

#include <QWidget>

class QAction;
class QToolButton;

namespace zenith {

//! The status bar's last error: a short title and the request id; the tooltip and a click show
//! the full explanation, with "Copy details". Shows only what ErrorText lets through (redacted).
class LastErrorIndicator final : public QWidget
{
    Q_OBJECT

public:
    explicit LastErrorIndicator(QWidget* parent = nullptr);

    void setError(const ApiError& error);
    void clear();
    bool hasError() const;
    const ApiError& error() const;
    //! The short text on the status bar.
    QString text() const;

public Q_SLOTS:
    void showDetails();
    void copyDetails();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QToolButton* m_button;
    QToolButton* m_dismiss;
    QAction* m_copyAction;
    QAction* m_dismissAction;
    ApiError m_error;
    bool m_hasError = false;
};

} // namespace zenith

#pragma once

#include "core/apierror.h"

#include <QDialog>

namespace zenith {

//! The full story of one error: explanation, server message, service, HTTP status and request id,
//! selectable, with a "Copy details" button for bug reports and questions to the teacher.
class ErrorDetailsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ErrorDetailsDialog(const ApiError& error, QWidget* parent = nullptr);

    //! The text "Copy details" puts on the clipboard.
    QString detailsText() const;

private:
    ApiError m_error;
};

} // namespace zenith

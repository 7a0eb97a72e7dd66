#pragma once

#include "core/apierror.h"

#include <QCoreApplication>
#include <QString>

namespace zenith {

//! The one place that words an ApiError for people: translated sentences per kind, with the
//! server's own message and the request id appended. Everything it returns is redacted.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(zenith::ErrorText)

public:
    //! A few words for tight places (status bar, list cells): "Conflict (409)".
    static QString title(const ApiError& error);
    //! One plain sentence explaining what happened, with the HTTP status when there was one.
    static QString sentence(const ApiError& error);
    //! The sentence, then the server's message and the request id, one per line.
    static QString message(const ApiError& error);
    //! Everything a person or a support ticket needs, as plain text (the "Copy details" payload).
    static QString details(const ApiError& error);
    //! details() as HTML paragraphs (escaped), for tooltips.
    static QString detailsHtml(const ApiError& error);
    //! Removes anything that looks like a token or a password from text meant for the screen.
    static QString redacted(const QString& text);

private:
    static QString kindTitle(ApiError::Kind kind);
};

} // namespace zenith

#include "ovherror.h"

#include <QStringList>

namespace zenith {

namespace {

bool refusesTheKeys(const ApiError& e)
{
    static const QStringList codes{QStringLiteral("INVALID_SIGNATURE"), QStringLiteral("INVALID_CREDENTIAL"),
                                   QStringLiteral("NOT_CREDENTIAL"), QStringLiteral("INVALID_KEY")};
    // The newer bodies carry a class only: the message is all that tells these apart.
    static const QStringList messages{QStringLiteral("Invalid signature"),
                                      QStringLiteral("This application key is invalid"),
                                      QStringLiteral("Invalid application key"),
                                      QStringLiteral("This credential is not valid"),
                                      QStringLiteral("This credential does not exist"),
                                      QStringLiteral("You must login first"),
                                      QStringLiteral("Query out of time")};
    return codes.contains(e.code) || messages.contains(e.message) || e.httpStatus == 401;
}

bool notGranted(const ApiError& e)
{
    return e.code == QStringLiteral("NOT_GRANTED_CALL") ||
           e.message == QStringLiteral("This call has not been granted");
}

} // namespace

QString ovhServiceName()
{
    return QStringLiteral("ovh");
}

ApiError refineOvhError(ApiError error)
{
    error.service = ovhServiceName();
    if (error.httpStatus == 0)
        return error; // network, timeout, cancelled: nothing of OVHcloud's to read
    if (notGranted(error))
        error.kind = ApiError::Kind::Forbidden;
    else if (refusesTheKeys(error))
        error.kind = ApiError::Kind::Unauthorized;
    return error;
}

ApiError ovhError(int httpStatus, const QByteArray& body, const QString& queryId)
{
    return refineOvhError(ApiError::fromReply(httpStatus, body, ovhServiceName(), queryId));
}

} // namespace zenith

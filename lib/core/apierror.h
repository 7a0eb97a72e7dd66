#pragma once

#include <QMetaType>
#include <QString>

namespace zenith {

//! Everything that can go wrong talking to a cloud, as a value.
//! lib/ never words errors for people: app/ turns the kind into translated text
//! and shows the server's own message and request id next to it.
struct ApiError
{
    enum class Kind {
        Network,      //!< connection refused, reset, DNS, TLS
        Timeout,      //!< no progress within the transfer timeout
        Unauthorized, //!< 401: bad credentials or a token that could not be renewed
        Forbidden,    //!< 403: policy says no
        NotFound,     //!< 404
        Conflict,     //!< 409: state conflict (in use, already exists, wrong status)
        OverLimit,    //!< 413/429 or a quota error
        BadRequest,   //!< 400/422: validation failed on the server
        Unsupported,  //!< 406, a microversion the server lacks, or a service absent from the catalog
        Server,       //!< 5xx
        Parse,        //!< the body did not have the shape we expect
        Cancelled,    //!< the caller cancelled
        Config,       //!< the cloud configuration is incomplete or contradictory
    };

    Kind kind = Kind::Server;
    int httpStatus = 0; //!< 0 when no HTTP reply was received
    QString message;    //!< the server's message (or our description for local errors)
    QString service;    //!< service type that answered, e.g. "compute"
    QString requestId;  //!< x-openstack-request-id / x-compute-request-id, when known
    QString code;       //!< the server's error type when it gives one: "NetworkInUse", "itemNotFound", "duplicate_zone"

    //! An error raised on our side (no HTTP reply), such as Config or Cancelled.
    static ApiError local(Kind kind, const QString& message, const QString& service = {});
    //! A Parse error naming the field that was missing or of the wrong type.
    static ApiError parse(const QString& field, const QString& problem);
    //! Reads an error reply of any OpenStack service: Keystone `{"error": {...}}`, Nova/Cinder
    //! `{"itemNotFound": {...}}`, Neutron `{"NeutronError": {...}}`, Designate's flat body, Heat's
    //! `{"error": {"type": ...}}`, Placement's `{"errors": [...]}`, and Glance's JSON, HTML or plain text.
    static ApiError fromReply(int httpStatus, const QByteArray& body, const QString& service, const QString& requestId);
    //! Maps an HTTP status to the error kind it denotes.
    static Kind kindForStatus(int httpStatus);
};

//! True for errors that may go away by themselves: network trouble, timeouts, 5xx and 429.
bool isTransient(const ApiError& error);

//! Stable, non-translated name of a kind, for logs and tests ("NotFound").
QString kindName(ApiError::Kind kind);

} // namespace zenith

Q_DECLARE_METATYPE(zenith::ApiError)

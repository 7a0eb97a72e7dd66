#pragma once

#include "httpheaders.h"
#include "microversion.h"
#include "result.h"
#include "servicetype.h"

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <concepts>
#include <optional>

namespace zenith {

enum class HttpMethod { Get, Head, Post, Put, Patch, Delete };

//! "GET", "POST", ...
QByteArray methodName(HttpMethod method);

//! Everything Session needs to send one REST call; built by each request type's spec().
struct RequestSpec
{
    ServiceType service = ServiceType::Identity;
    HttpMethod method = HttpMethod::Get;
    QString path; //!< relative to the service's versioned endpoint, without a leading slash: "servers/detail"
    QUrlQuery query;
    QByteArray body; //!< empty for no body
    QByteArray contentType = "application/json";
    HttpHeaders headers;                                      //!< extra headers (Keystone's X-Subject-Token, say)
    std::optional<Microversion> minMicroversion;              //!< the call fails with Unsupported below this
    std::optional<std::chrono::milliseconds> transferTimeout; //!< overrides the session's default
    //! A 404 answers the call (the resource is gone, as may be expected): not a failed request for
    //! Session::requestFailed. Set through MayBeGone.
    bool notFoundIsAnswer = false;

    //! Set only for calls made before there is a catalog (token creation): sent as is, without a token.
    std::optional<QUrl> absoluteUrl;
};

//! A request type: a value with spec() and a static parse() of the reply body.
template <typename R>
concept ApiRequest = requires(const R& request, int status, const QByteArray& body)
{
    typename R::Response;
    {
        request.spec()
        } -> std::same_as<RequestSpec>;
    {
        R::parse(status, body)
        } -> std::same_as<Result<typename R::Response>>;
};

//! A list request that pages with a marker; its Response says the next marker, if any.
template <typename R>
concept PagedRequest = ApiRequest<R> && requires(R request, const typename R::Response& page)
{
    request.marker = std::optional<QString>{};
    {
        page.nextMarker
        } -> std::convertible_to<std::optional<QString>>;
};

} // namespace zenith

#pragma once

#include "catalog.h"
#include "result.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace zenith {

//! A named thing with its domain, as Keystone embeds users and projects in tokens.
struct IdentityRef
{
    QString id;
    QString name;
    QString domainId;
    QString domainName;
};

//! A Keystone v3 token: who, scoped to what, until when, and the catalog.
//! `id` is a bearer secret: never log it.
struct Token
{
    QString id; //!< from the X-Subject-Token header, filled in by Session
    QStringList methods;
    QDateTime issuedAt;
    QDateTime expiresAt;
    IdentityRef user;
    std::optional<IdentityRef> project; //!< project-scoped token
    std::optional<IdentityRef> domain;  //!< domain-scoped token (name and id in id/name)
    QStringList roles;
    ServiceCatalog catalog;

    bool isScoped() const { return project.has_value() || domain.has_value(); }

    //! Parses the body of POST /v3/auth/tokens: {"token": {...}}.
    static Result<Token> fromJson(const QJsonObject& json);
};

} // namespace zenith

Q_DECLARE_METATYPE(zenith::Token)

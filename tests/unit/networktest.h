#pragma once

// Shared by the Neutron unit tests: parse a captured body of tests/data/network/ with a request
// type's parse(), and read a spec's JSON body back.

#include "testdata.h"

#include "core/requestspec.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace zenith::test {

//! JSON text in one canonical form (compact, keys sorted), to compare bodies whatever their layout;
//! "(not JSON)" when it does not parse.
inline QByteArray canonicalJson(const QByteArray& text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    return doc.isNull() ? QByteArrayLiteral("(not JSON)") : doc.toJson(QJsonDocument::Compact);
}

//! Query items as Session sends them (decoded; Session percent-encodes each one).
using QueryItems = QList<QPair<QString, QString>>;

} // namespace zenith::test

//! Declares `const auto& var`, the value Request::parse() read from tests/data/network/<file>;
//! fails the test (and returns) when the fixture is missing or does not parse.
//! Checks a spec: Neutron, the method, the path, the decoded query items and the exact JSON body
//! (`body` is JSON text, or nullptr for none).
#define NETWORK_SPEC(spec, expectedMethod, expectedPath, expectedQuery, expectedBody)                                  \
    do {                                                                                                               \
        const ::zenith::RequestSpec s_ = (spec);                                                                       \
        QCOMPARE(::zenith::serviceTypeName(s_.service), QStringLiteral("network"));                                    \
        QCOMPARE(::zenith::methodName(s_.method), QByteArray(expectedMethod));                                         \
        QCOMPARE(s_.path, QString(expectedPath));                                                                      \
        QCOMPARE(s_.query.queryItems(QUrl::FullyDecoded), ::zenith::test::QueryItems(expectedQuery));                  \
        const char* body_ = (expectedBody);                                                                            \
        if (body_)                                                                                                     \
            QCOMPARE(::zenith::test::canonicalJson(s_.body), ::zenith::test::canonicalJson(QByteArray(body_)));        \
        else                                                                                                           \
            QCOMPARE(s_.body, QByteArray());                                                                           \
        QVERIFY(!s_.minMicroversion);                                                                                  \
    } while (false)

#define NETWORK_PARSED(var, Request, file)                                                                             \
    ZENITH_FIXTURE(var##Bytes_, QStringLiteral("network/" file));                                                      \
    const auto var##Result_ = Request::parse(200, var##Bytes_);                                                        \
    QVERIFY2(var##Result_.ok(), qPrintable(var##Result_.ok() ? QString() : var##Result_.error().message));             \
    const auto& var = var##Result_.value()

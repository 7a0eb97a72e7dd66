#pragma once

// Fixtures of tests/data for lib/core's unit tests: captured real OpenStack bodies and
// bodies written from the API references (see tests/data/README.md).

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTest>

namespace zenith::test {

//! Reads tests/data/<relative> (the directory ctest passes in ZENITH_TEST_DATA) into `out`.
//! On failure returns false and says why in `why`, naming the full path.
inline bool loadFixture(const QString& relative, QByteArray& out, QString& why)
{
    const QString root = qEnvironmentVariable("ZENITH_TEST_DATA");
    if (root.isEmpty()) {
        why = QStringLiteral("ZENITH_TEST_DATA is not set: run the test through ctest");
        return false;
    }
    const QString path = root + u'/' + relative;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        why = QStringLiteral("fixture missing or unreadable: %1 (%2)").arg(path, file.errorString());
        return false;
    }
    out = file.readAll();
    if (out.isEmpty()) {
        why = QStringLiteral("fixture is empty: %1").arg(path);
        return false;
    }
    return true;
}

//! Parses a fixture that must be a JSON object.
inline bool loadJsonFixture(const QString& relative, QJsonObject& out, QString& why)
{
    QByteArray bytes;
    if (!loadFixture(relative, bytes, why))
        return false;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        why = QStringLiteral("fixture %1 is not a JSON object: %2").arg(relative, error.errorString());
        return false;
    }
    out = doc.object();
    return true;
}

} // namespace zenith::test

//! Declares `QByteArray var` holding tests/data/<relative>; fails the test (and returns) if it is missing.
#define ZENITH_FIXTURE(var, relative)                                                                                  \
    QByteArray var;                                                                                                    \
    do {                                                                                                               \
        QString why_;                                                                                                  \
        QVERIFY2(::zenith::test::loadFixture((relative), var, why_), qPrintable(why_));                                \
    } while (false)

//! Declares `QJsonObject var` parsed from tests/data/<relative>; fails the test (and returns) if it is not.
#define ZENITH_JSON_FIXTURE(var, relative)                                                                             \
    QJsonObject var;                                                                                                   \
    do {                                                                                                               \
        QString why_;                                                                                                  \
        QVERIFY2(::zenith::test::loadJsonFixture((relative), var, why_), qPrintable(why_));                            \
    } while (false)

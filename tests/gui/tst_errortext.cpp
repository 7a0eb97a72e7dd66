#include "common/errortext.h"
#include "common/languagemanager.h"
#include "common/quoted.h"

#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace zenith;
using Kind = ApiError::Kind;

namespace {

const QList<Kind> allKinds{Kind::Network,  Kind::Timeout,   Kind::Unauthorized, Kind::Forbidden,   Kind::NotFound,
                           Kind::Conflict, Kind::OverLimit, Kind::BadRequest,   Kind::Unsupported, Kind::Server,
                           Kind::Parse,    Kind::Cancelled, Kind::Config};

ApiError conflict()
{
    ApiError error;
    error.kind = Kind::Conflict;
    error.httpStatus = 409;
    error.service = QStringLiteral("compute");
    error.code = QStringLiteral("conflictingRequest");
    error.message = QStringLiteral("Cannot 'delete' instance while it is in task_state image_snapshot");
    error.requestId = QStringLiteral("req-11111111-2222-3333-4444-555555555555");
    return error;
}

} // namespace

class TestErrorText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyKindHasItsOwnSentence();
    void statusOnlyWhenThereWasAReply();
    void messageAppendsServerTextAndRequestId();
    void detailsListEverything();
    void redactsSecrets_data();
    void redactsSecrets();
    void translatedToFrench();
    void namesQuotedAsTheLanguageWants();
};

void TestErrorText::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ZenithTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_errortext"));
    QSettings().clear();
}

void TestErrorText::everyKindHasItsOwnSentence()
{
    QSet<QString> sentences;
    QSet<QString> titles;
    for (const Kind kind : allKinds) {
        const ApiError error = ApiError::local(kind, QString());
        const QString sentence = ErrorText::sentence(error);
        QVERIFY2(sentence.endsWith(u'.'), qPrintable(sentence));
        sentences.insert(sentence);
        titles.insert(ErrorText::title(error));
    }
    QCOMPARE(sentences.size(), allKinds.size());
    QCOMPARE(titles.size(), allKinds.size());
}

void TestErrorText::statusOnlyWhenThereWasAReply()
{
    ApiError error = conflict();
    QCOMPARE(ErrorText::title(error), QStringLiteral("Conflict (409)"));
    QVERIFY(ErrorText::sentence(error).startsWith(u"The cloud refused the request because the resource is in use"));
    QVERIFY(ErrorText::sentence(error).contains(u"(409)"));
    error.httpStatus = 0;
    QCOMPARE(ErrorText::title(error), QStringLiteral("Conflict"));
    QVERIFY(!ErrorText::sentence(error).contains(u'('));
}

void TestErrorText::messageAppendsServerTextAndRequestId()
{
    const QStringList lines = ErrorText::message(conflict()).split(u'\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), ErrorText::sentence(conflict()));
    QCOMPARE(lines.at(1),
             QStringLiteral("Server message: Cannot 'delete' instance while it is in task_state image_snapshot"));
    QCOMPARE(lines.at(2), QStringLiteral("Request ID: req-11111111-2222-3333-4444-555555555555"));

    const ApiError local = ApiError::local(Kind::Config, QStringLiteral("auth_url is missing"));
    QCOMPARE(ErrorText::message(local).split(u'\n').last(), QStringLiteral("Details: auth_url is missing"));
}

void TestErrorText::detailsListEverything()
{
    const QString details = ErrorText::details(conflict());
    for (const char* part : {"Service: compute", "HTTP status: 409", "Error code: conflictingRequest",
                             "Request ID: req-11111111-2222-3333-4444-555555555555"})
        QVERIFY2(details.contains(QLatin1StringView(part)), part);
    const QString html = ErrorText::detailsHtml(conflict());
    QVERIFY(html.contains(u"Cannot &#x27;delete&#x27;") || html.contains(u"Cannot 'delete'"));
    QVERIFY(!html.contains(u"<script"));
}

void TestErrorText::redactsSecrets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    const QString fernet = QStringLiteral("gAAAAABlZ2hQ7d1x_Yq3Vt0bS8kK2mQ9uN4pL6wE1rT5yU7iO3");
    QTest::newRow("fernet token") << (QStringLiteral("token ") + fernet + QStringLiteral(" expired")) << fernet;
    QTest::newRow("auth header") << QStringLiteral("X-Auth-Token: 0123abcdsecret") << QStringLiteral("0123abcdsecret");
    QTest::newRow("subject header") << QStringLiteral("x-subject-token=tok42") << QStringLiteral("tok42");
    QTest::newRow("json password") << QStringLiteral(R"({"password": "hunter2"})") << QStringLiteral("hunter2");
    QTest::newRow("json secret") << QStringLiteral(R"({"secret":"s3cr3t"})") << QStringLiteral("s3cr3t");
}

void TestErrorText::redactsSecrets()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    QVERIFY(!ErrorText::redacted(text).contains(secret));
    ApiError error = conflict();
    error.message = text;
    QVERIFY(!ErrorText::details(error).contains(secret));
    QVERIFY(!ErrorText::message(error).contains(secret));
    QVERIFY(!ErrorText::detailsHtml(error).contains(secret));
}

void TestErrorText::translatedToFrench()
{
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("fr"));
    const QString sentence = ErrorText::sentence(conflict());
    QVERIFY2(sentence.contains(u"(409)"), qPrintable(sentence));
    QVERIFY2(!sentence.contains(u"The cloud"), qPrintable(sentence));
    QVERIFY(ErrorText::message(conflict()).contains(u"req-11111111-2222-3333-4444-555555555555"));
    for (const Kind kind : allKinds)
        QVERIFY(ErrorText::sentence(ApiError::local(kind, QString())) != QString());
    languages.setLanguage(QStringLiteral("en"));
    QVERIFY(ErrorText::sentence(conflict()).startsWith(u"The cloud"));
}

// Names end sentences ("the zone example.org."), so they are quoted; in French with the non-breaking
// spaces inside « », which Qt's own quoteString() leaves out.
void TestErrorText::namesQuotedAsTheLanguageWants()
{
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("fr"));
    QCOMPARE(quoted(QStringLiteral("example.org.")), QStringLiteral("«\u00a0example.org.\u00a0»"));
    languages.setLanguage(QStringLiteral("en"));
    QCOMPARE(quoted(QStringLiteral("example.org.")), QStringLiteral("“example.org.”"));
}

QTEST_MAIN(TestErrorText)
#include "tst_errortext.moc"

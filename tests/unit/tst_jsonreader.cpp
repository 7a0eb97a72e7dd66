// JsonReader: every getter on present, missing, null and mistyped fields; nested paths in messages;
// lists of objects with the failing index; OpenStack's time formats.

#include "core/jsonreader.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace zenith;

class TestJsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parseJsonObject_data();
    void parseJsonObject();
    void hasAndIsNull();
    void string_data();
    void string();
    void optionalString_data();
    void optionalString();
    void integer_data();
    void integer();
    void optionalInteger();
    void int32();
    void number();
    void boolean();
    void optionalBoolean();
    void objectsAndArrays();
    void stringLists();
    void firstErrorWins();
    void childPaths();
    void callerFailure();
    void list();
    void listErrors_data();
    void listErrors();
    void optionalList();
    void dateTime_data();
    void dateTime();
    void badDateTime_data();
    void badDateTime();
    void optionalDateTime();
};

namespace {

const QJsonObject kSample = QJsonDocument::fromJson(R"({
    "s": "text", "empty": "", "i": 42, "neg": -7, "zero": 0, "f": 1.5, "big": 1e20, "b": true, "bf": false,
    "n": null, "o": {"inner": {"leaf": "x"}}, "a": [1, 2], "sl": ["a", "b"], "mixed": ["a", 1]
})")
                                .object();

//! What a reader reports after one call: the error message, or empty when it is still fine.
QString errorOf(const JsonReader& r)
{
    return r.error() ? r.error()->message : QString();
}

struct Item
{
    QString id;
    qint64 size = 0;

    static Result<Item> fromJson(const QJsonObject& json)
    {
        JsonReader r(json, QStringLiteral("item"));
        Item item;
        item.id = r.string(u"id");
        item.size = r.integer(u"size");
        if (!r.ok())
            return *r.error();
        return item;
    }
};

QDateTime utc(int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(2026, 11, 25), QTime(h, mi, s, ms), QTimeZone::utc());
}

} // namespace

void TestJsonReader::initTestCase()
{
    // A local zone far from UTC, so that a zone-less time read as local time would show.
    qputenv("TZ", "America/New_York");
    tzset();
    QVERIFY(QDateTime(QDate(2026, 11, 25), QTime(10, 0)).offsetFromUtc() != 0);
}

void TestJsonReader::parseJsonObject_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error"); // empty: parses

    QTest::newRow("object") << QByteArray(R"({"server": {"id": "x"}})") << QString();
    QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("(body): expected a JSON object");
    QTest::newRow("not json") << QByteArray("<html>502</html>") << QStringLiteral("(body): not JSON");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("(body): not JSON");
    QTest::newRow("truncated") << QByteArray(R"({"server": {"id": )") << QStringLiteral("(body): not JSON");
}

void TestJsonReader::parseJsonObject()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);

    const auto parsed = zenith::parseJsonObject(body);
    QCOMPARE(parsed.ok(), error.isEmpty());
    if (parsed.ok()) {
        QCOMPARE(parsed->value(u"server").toObject().value(u"id").toString(), QStringLiteral("x"));
    } else {
        QCOMPARE(kindName(parsed.error().kind), QStringLiteral("Parse"));
        QVERIFY2(parsed.error().message.startsWith(error), qPrintable(parsed.error().message));
    }
}

void TestJsonReader::hasAndIsNull()
{
    const JsonReader r(kSample);
    QVERIFY(r.has(u"s"));
    QVERIFY(r.has(u"n"));
    QVERIFY(!r.has(u"missing"));
    QVERIFY(r.isNull(u"n"));
    QVERIFY(r.isNull(u"missing"));
    QVERIFY(!r.isNull(u"s"));
    QVERIFY(!r.isNull(u"bf"));
    QVERIFY(r.ok());
}

void TestJsonReader::string_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");

    QTest::newRow("present") << QStringLiteral("s") << QStringLiteral("text") << QString();
    QTest::newRow("empty string is a string") << QStringLiteral("empty") << QString() << QString();
    QTest::newRow("missing") << QStringLiteral("x") << QString() << QStringLiteral("thing.x: is missing");
    QTest::newRow("null") << QStringLiteral("n") << QString() << QStringLiteral("thing.n: is null");
    QTest::newRow("number") << QStringLiteral("i") << QString() << QStringLiteral("thing.i: expected a string");
    QTest::newRow("object") << QStringLiteral("o") << QString() << QStringLiteral("thing.o: expected a string");
    QTest::newRow("boolean") << QStringLiteral("b") << QString() << QStringLiteral("thing.b: expected a string");
}

void TestJsonReader::string()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, error);

    JsonReader r(kSample, QStringLiteral("thing"));
    QCOMPARE(r.string(key), value);
    QCOMPARE(errorOf(r), error);
    QCOMPARE(r.ok(), error.isEmpty());
    if (!error.isEmpty())
        QCOMPARE(kindName(r.error()->kind), QStringLiteral("Parse"));
}

void TestJsonReader::optionalString_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");

    QTest::newRow("present") << QStringLiteral("s") << QStringLiteral("text") << QString();
    QTest::newRow("missing") << QStringLiteral("x") << QString() << QString();
    QTest::newRow("null") << QStringLiteral("n") << QString() << QString();
    QTest::newRow("number") << QStringLiteral("i") << QString() << QStringLiteral("i: expected a string");
    QTest::newRow("array") << QStringLiteral("a") << QString() << QStringLiteral("a: expected a string");
}

void TestJsonReader::optionalString()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, error);

    JsonReader r(kSample);
    QCOMPARE(r.optionalString(key), value);
    QCOMPARE(errorOf(r), error);
}

void TestJsonReader::integer_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("error");

    QTest::newRow("positive") << QStringLiteral("i") << qint64(42) << QString();
    QTest::newRow("negative") << QStringLiteral("neg") << qint64(-7) << QString();
    QTest::newRow("zero") << QStringLiteral("zero") << qint64(0) << QString();
    QTest::newRow("fraction") << QStringLiteral("f") << qint64(0) << QStringLiteral("v.f: expected an integer");
    QTest::newRow("beyond qint64") << QStringLiteral("big") << qint64(0)
                                   << QStringLiteral("v.big: expected an integer");
    QTest::newRow("string") << QStringLiteral("s") << qint64(0) << QStringLiteral("v.s: expected an integer");
    QTest::newRow("boolean") << QStringLiteral("b") << qint64(0) << QStringLiteral("v.b: expected an integer");
    QTest::newRow("missing") << QStringLiteral("x") << qint64(0) << QStringLiteral("v.x: is missing");
    QTest::newRow("null") << QStringLiteral("n") << qint64(0) << QStringLiteral("v.n: is null");
}

void TestJsonReader::integer()
{
    QFETCH(QString, key);
    QFETCH(qint64, value);
    QFETCH(QString, error);

    JsonReader r(kSample, QStringLiteral("v"));
    QCOMPARE(r.integer(key), value);
    QCOMPARE(errorOf(r), error);
}

void TestJsonReader::optionalInteger()
{
    JsonReader r(kSample);
    QCOMPARE(r.optionalInteger(u"missing"), std::optional<qint64>());
    QCOMPARE(r.optionalInteger(u"n"), std::optional<qint64>());
    QCOMPARE(r.optionalInteger(u"zero"), std::optional<qint64>(0));
    QCOMPARE(r.optionalInteger(u"neg"), std::optional<qint64>(-7));
    QVERIFY(r.ok());
    QCOMPARE(r.optionalInteger(u"s"), std::optional<qint64>(0));
    QCOMPARE(errorOf(r), QStringLiteral("s: expected an integer"));

    JsonReader fraction(kSample);
    (void)fraction.optionalInteger(u"f");
    QCOMPARE(errorOf(fraction), QStringLiteral("f: expected an integer"));
}

void TestJsonReader::int32()
{
    const QJsonObject o{{QStringLiteral("gib"), 2147483647.0},
                        {QStringLiteral("over"), 2147483648.0},
                        {QStringLiteral("under"), -2147483649.0}};
    JsonReader r(o);
    QCOMPARE(r.int32(u"gib"), 2147483647);
    QCOMPARE(r.optionalInt32(u"none"), std::optional<int>());
    QVERIFY(r.ok());
    QCOMPARE(r.int32(u"over"), 0);
    QCOMPARE(errorOf(r), QStringLiteral("over: expected an integer that fits 32 bits"));
    JsonReader negative(o);
    QCOMPARE(negative.optionalInt32(u"under"), std::optional<int>(0));
    QCOMPARE(errorOf(negative), QStringLiteral("under: expected an integer that fits 32 bits"));
}

void TestJsonReader::number()
{
    JsonReader r(kSample);
    QCOMPARE(r.number(u"f"), 1.5);
    QCOMPARE(r.number(u"i"), 42.0);
    QCOMPARE(r.number(u"big"), 1e20);
    QVERIFY(r.ok());
    QCOMPARE(r.number(u"s"), 0.0);
    QCOMPARE(errorOf(r), QStringLiteral("s: expected a number"));

    JsonReader missing(kSample);
    (void)missing.number(u"x");
    QCOMPARE(errorOf(missing), QStringLiteral("x: is missing"));
}

void TestJsonReader::boolean()
{
    JsonReader r(kSample);
    QCOMPARE(r.boolean(u"b"), true);
    QCOMPARE(r.boolean(u"bf"), false);
    QVERIFY(r.ok());
    // Neutron and Cinder never send "true" as a string for booleans we read; Cinder's "bootable" is one.
    QCOMPARE(r.boolean(u"s"), false);
    QCOMPARE(errorOf(r), QStringLiteral("s: expected a boolean"));

    JsonReader zero(kSample);
    QCOMPARE(zero.boolean(u"zero"), false);
    QCOMPARE(errorOf(zero), QStringLiteral("zero: expected a boolean"));

    JsonReader null(kSample);
    QCOMPARE(null.boolean(u"n"), false);
    QCOMPARE(errorOf(null), QStringLiteral("n: is null"));
}

void TestJsonReader::optionalBoolean()
{
    JsonReader r(kSample);
    QCOMPARE(r.optionalBoolean(u"missing"), std::optional<bool>());
    QCOMPARE(r.optionalBoolean(u"n"), std::optional<bool>());
    QCOMPARE(r.optionalBoolean(u"bf"), std::optional<bool>(false));
    QCOMPARE(r.optionalBoolean(u"b"), std::optional<bool>(true));
    QVERIFY(r.ok());
    (void)r.optionalBoolean(u"i");
    QCOMPARE(errorOf(r), QStringLiteral("i: expected a boolean"));
}

void TestJsonReader::objectsAndArrays()
{
    JsonReader r(kSample);
    QCOMPARE(r.object(u"o").value(u"inner").toObject().value(u"leaf").toString(), QStringLiteral("x"));
    QCOMPARE(r.array(u"a").size(), 2);
    QVERIFY(r.optionalObject(u"missing").isEmpty());
    QVERIFY(r.optionalObject(u"n").isEmpty());
    QVERIFY(r.optionalArray(u"missing").isEmpty());
    QVERIFY(r.optionalArray(u"n").isEmpty());
    QVERIFY(r.ok());

    JsonReader notObject(kSample);
    QVERIFY(notObject.object(u"a").isEmpty());
    QCOMPARE(errorOf(notObject), QStringLiteral("a: expected an object"));
    JsonReader notArray(kSample);
    QVERIFY(notArray.optionalArray(u"o").isEmpty());
    QCOMPARE(errorOf(notArray), QStringLiteral("o: expected an array"));
    JsonReader missingArray(kSample);
    QVERIFY(missingArray.array(u"x").isEmpty());
    QCOMPARE(errorOf(missingArray), QStringLiteral("x: is missing"));
    JsonReader optionalObjectWrong(kSample);
    (void)optionalObjectWrong.optionalObject(u"s");
    QCOMPARE(errorOf(optionalObjectWrong), QStringLiteral("s: expected an object"));
}

void TestJsonReader::stringLists()
{
    JsonReader r(kSample);
    QCOMPARE(r.stringList(u"sl"), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(r.optionalStringList(u"missing").isEmpty());
    QVERIFY(r.ok());

    JsonReader mixed(kSample);
    QVERIFY(mixed.stringList(u"mixed").isEmpty());
    QCOMPARE(errorOf(mixed), QStringLiteral("mixed: expected an array of strings"));
    JsonReader numbers(kSample);
    QVERIFY(numbers.optionalStringList(u"a").isEmpty());
    QCOMPARE(errorOf(numbers), QStringLiteral("a: expected an array of strings"));
    JsonReader missing(kSample);
    QVERIFY(missing.stringList(u"x").isEmpty());
    QCOMPARE(errorOf(missing), QStringLiteral("x: is missing"));
}

void TestJsonReader::firstErrorWins()
{
    JsonReader r(kSample, QStringLiteral("server"));
    (void)r.string(u"id");
    (void)r.integer(u"s");
    (void)r.boolean(u"n");
    QCOMPARE(errorOf(r), QStringLiteral("server.id: is missing"));
    // Reading good fields afterwards still works but does not clear the error.
    QCOMPARE(r.string(u"s"), QStringLiteral("text"));
    QVERIFY(!r.ok());
}

void TestJsonReader::childPaths()
{
    JsonReader root(kSample, QStringLiteral("server"));
    JsonReader o = root.child(u"o");
    JsonReader inner = o.child(u"inner");
    QCOMPARE(inner.string(u"leaf"), QStringLiteral("x"));
    QVERIFY(root.ok());
    QCOMPARE(inner.pathOf(u"leaf"), QStringLiteral("server.o.inner.leaf"));

    // A child reports into its parent, with the full path.
    (void)inner.integer(u"leaf");
    QVERIFY(!root.ok());
    QCOMPARE(errorOf(root), QStringLiteral("server.o.inner.leaf: expected an integer"));
    QCOMPARE(errorOf(o), errorOf(root));

    JsonReader noPath(kSample);
    JsonReader missing = noPath.child(u"flavor");
    (void)missing.string(u"id");
    QCOMPARE(errorOf(noPath), QStringLiteral("flavor: is missing"));

    JsonReader wrongType(kSample);
    (void)wrongType.child(u"s");
    QCOMPARE(errorOf(wrongType), QStringLiteral("s: expected an object"));
}

void TestJsonReader::callerFailure()
{
    JsonReader r(kSample, QStringLiteral("server"));
    r.fail(u"status", QStringLiteral("unknown status SHELVING_IMAGE_PENDING_UPLOAD"));
    QCOMPARE(errorOf(r), QStringLiteral("server.status: unknown status SHELVING_IMAGE_PENDING_UPLOAD"));
    QCOMPARE(kindName(r.error()->kind), QStringLiteral("Parse"));
}

void TestJsonReader::list()
{
    const QJsonObject page =
        QJsonDocument::fromJson(
            R"({"servers": [{"id": "a", "size": 1}, {"id": "b", "size": 2}, {"id": "c", "size": 3}]})")
            .object();
    JsonReader r(page);
    const QList<Item> items = r.list<Item>(u"servers");
    QVERIFY(r.ok());
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0).id, QStringLiteral("a"));
    QCOMPARE(items.at(2).size, 3);
}

void TestJsonReader::listErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");

    QTest::newRow("second item lacks id") << QByteArray(R"({"servers": [{"id": "a", "size": 1}, {"size": 2}]})")
                                          << QStringLiteral("page.servers[1]: item.id: is missing");
    QTest::newRow("third item mistyped")
        << QByteArray(R"({"servers": [{"id": "a", "size": 1}, {"id": "b", "size": 2}, {"id": "c", "size": "3"}]})")
        << QStringLiteral("page.servers[2]: item.size: expected an integer");
    QTest::newRow("item not an object") << QByteArray(R"({"servers": [{"id": "a", "size": 1}, "b"]})")
                                        << QStringLiteral("page.servers[1]: expected an object");
    QTest::newRow("missing list") << QByteArray(R"({"server": []})") << QStringLiteral("page.servers: is missing");
    QTest::newRow("not a list") << QByteArray(R"({"servers": {"id": "a"}})")
                                << QStringLiteral("page.servers: expected an array");
}

void TestJsonReader::listErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);

    JsonReader r(QJsonDocument::fromJson(body).object(), QStringLiteral("page"));
    (void)r.list<Item>(u"servers");
    QCOMPARE(errorOf(r), error);
}

void TestJsonReader::optionalList()
{
    JsonReader r(QJsonDocument::fromJson(R"({"servers_links": null})").object());
    QVERIFY(r.optionalList<Item>(u"servers").isEmpty());
    QVERIFY(r.optionalList<Item>(u"servers_links").isEmpty());
    QVERIFY(r.ok());

    JsonReader bad(QJsonDocument::fromJson(R"({"servers": [{"id": 1, "size": 1}]})").object());
    QVERIFY(bad.optionalList<Item>(u"servers").isEmpty());
    QCOMPARE(errorOf(bad), QStringLiteral("servers[0]: item.id: expected a string"));
}

void TestJsonReader::dateTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("Z (Nova, Glance, Neutron, Heat)") << QStringLiteral("2026-11-25T10:00:00Z") << utc(10, 0, 0);
    QTest::newRow("microseconds Z (Keystone)") << QStringLiteral("2026-11-25T10:00:00.000000Z") << utc(10, 0, 0);
    QTest::newRow("no zone is UTC (Nova)") << QStringLiteral("2026-11-25T10:00:00") << utc(10, 0, 0);
    QTest::newRow("microseconds, no zone (Cinder, Designate)")
        << QStringLiteral("2026-11-25T10:07:42.000000") << utc(10, 7, 42);
    QTest::newRow("milliseconds Z") << QStringLiteral("2026-11-25T10:07:42.250Z") << utc(10, 7, 42, 250);
    QTest::newRow("positive offset") << QStringLiteral("2026-11-25T10:00:00+02:00") << utc(8, 0, 0);
    QTest::newRow("negative offset") << QStringLiteral("2026-11-25T10:00:00-05:00") << utc(15, 0, 0);
    QTest::newRow("offset +00:00 (Nova changes-since)") << QStringLiteral("2026-11-25T10:00:00+00:00") << utc(10, 0, 0);
    QTest::newRow("microseconds with offset")
        << QStringLiteral("2026-11-25T10:00:00.500000+01:00") << utc(9, 0, 0, 500);
}

void TestJsonReader::dateTime()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);

    JsonReader r(QJsonObject{{QStringLiteral("created"), text}});
    const QDateTime t = r.dateTime(u"created");
    QVERIFY2(r.ok(), qPrintable(errorOf(r)));
    QVERIFY(t.isValid());
    QCOMPARE(t, expected);
    QCOMPARE(t.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
}

void TestJsonReader::badDateTime_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("error");

    QTest::newRow("words") << QJsonValue(QStringLiteral("yesterday"))
                           << QStringLiteral("volume.created_at: not an ISO 8601 time: yesterday");
    QTest::newRow("month 13") << QJsonValue(QStringLiteral("2026-13-01T00:00:00Z"))
                              << QStringLiteral("volume.created_at: not an ISO 8601 time: 2026-13-01T00:00:00Z");
    QTest::newRow("empty string") << QJsonValue(QString())
                                  << QStringLiteral("volume.created_at: not an ISO 8601 time: ");
    QTest::newRow("epoch number") << QJsonValue(1764064800) << QStringLiteral("volume.created_at: expected a string");
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QStringLiteral("volume.created_at: is null");
}

void TestJsonReader::badDateTime()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, error);

    JsonReader r(QJsonObject{{QStringLiteral("created_at"), value}}, QStringLiteral("volume"));
    QVERIFY(!r.dateTime(u"created_at").isValid());
    QCOMPARE(errorOf(r), error);
}

void TestJsonReader::optionalDateTime()
{
    // Cinder's "updated_at": null before the first update; Nova's "OS-SRV-USG:terminated_at" likewise.
    JsonReader r(
        QJsonDocument::fromJson(
            R"({"updated_at": null, "deleted_at": "", "launched_at": "2026-11-25T10:05:19.000000", "bad": "soon"})")
            .object());
    QVERIFY(!r.optionalDateTime(u"updated_at").isValid());
    QVERIFY(!r.optionalDateTime(u"deleted_at").isValid());
    QVERIFY(!r.optionalDateTime(u"terminated_at").isValid());
    QCOMPARE(r.optionalDateTime(u"launched_at"), utc(10, 5, 19));
    QVERIFY(r.ok());
    QVERIFY(!r.optionalDateTime(u"bad").isValid());
    QCOMPARE(errorOf(r), QStringLiteral("bad: not an ISO 8601 time: soon"));
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"

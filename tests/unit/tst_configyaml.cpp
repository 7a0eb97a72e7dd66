#include "tst_configdata.h"

#include "config/yamlreader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace zenith;

namespace {

using Type = YamlNode::Type;

Result<YamlNode, ConfigError> parse(const char* yaml)
{
    return YamlReader::parse(QByteArray(yaml), QStringLiteral("clouds.yaml"));
}

YamlNode parsed(const char* yaml)
{
    Result<YamlNode, ConfigError> result = parse(yaml);
    if (!result) {
        qWarning("unexpected error: %s", qPrintable(result.error().toString()));
        return {};
    }
    return *result;
}

QString dataFile(const QString& name)
{
    return test::configDataFile(name);
}

const YamlNode& at(const YamlNode& node, const char* key)
{
    static const YamlNode missing;
    const YamlNode* found = node.find(QString::fromUtf8(key));
    return found ? *found : missing;
}

} // namespace

class TestConfigYaml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainScalarsAreTypedByTheCoreSchema_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("type");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("integer") << QByteArray("3") << int(Type::Integer) << QVariant(qint64(3));
        QTest::newRow("negative") << QByteArray("-42") << int(Type::Integer) << QVariant(qint64(-42));
        QTest::newRow("hex") << QByteArray("0x1F") << int(Type::Integer) << QVariant(qint64(31));
        QTest::newRow("octal") << QByteArray("0o17") << int(Type::Integer) << QVariant(qint64(15));
        QTest::newRow("float") << QByteArray("1.5") << int(Type::Float) << QVariant(1.5);
        QTest::newRow("exponent") << QByteArray("2e3") << int(Type::Float) << QVariant(2000.0);
        QTest::newRow("true") << QByteArray("true") << int(Type::Boolean) << QVariant(true);
        QTest::newRow("False") << QByteArray("False") << int(Type::Boolean) << QVariant(false);
        QTest::newRow("tilde") << QByteArray("~") << int(Type::Null) << QVariant();
        QTest::newRow("null") << QByteArray("null") << int(Type::Null) << QVariant();
        QTest::newRow("empty") << QByteArray("") << int(Type::Null) << QVariant();
        // YAML 1.2: yes/no/on/off are strings (PyYAML's 1.1 booleans are handled where a boolean is expected).
        QTest::newRow("yes is text") << QByteArray("yes") << int(Type::String) << QVariant(QStringLiteral("yes"));
        QTest::newRow("quoted true") << QByteArray("'true'") << int(Type::String) << QVariant(QStringLiteral("true"));
        QTest::newRow("quoted number") << QByteArray("\"3\"") << int(Type::String) << QVariant(QStringLiteral("3"));
        QTest::newRow("url") << QByteArray("https://auth.cloud.ovh.net/v3") << int(Type::String)
                             << QVariant(QStringLiteral("https://auth.cloud.ovh.net/v3"));
        QTest::newRow("spaces inside") << QByteArray("hello  world  ") << int(Type::String)
                                       << QVariant(QStringLiteral("hello  world"));
        QTest::newRow("hash inside") << QByteArray("pass#word") << int(Type::String)
                                     << QVariant(QStringLiteral("pass#word"));
        QTest::newRow("comment after") << QByteArray("value # comment") << int(Type::String)
                                       << QVariant(QStringLiteral("value"));
        QTest::newRow("flow chars in block")
            << QByteArray("a,b]c}") << int(Type::String) << QVariant(QStringLiteral("a,b]c}"));
    }
    void plainScalarsAreTypedByTheCoreSchema()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, type);
        QFETCH(QVariant, expected);
        const YamlNode root = parsed(QByteArray("key: " + value).constData());
        const YamlNode& node = at(root, "key");
        QCOMPARE(int(node.type()), type);
        QCOMPARE(node.value(), expected);
    }

    void specialFloats()
    {
        const YamlNode root = parsed("a: .inf\nb: -.Inf\nc: .nan\n");
        QVERIFY(std::isinf(at(root, "a").value().toDouble()) && at(root, "a").value().toDouble() > 0);
        QVERIFY(at(root, "b").value().toDouble() < 0);
        QVERIFY(std::isnan(at(root, "c").value().toDouble()));
    }

    void quotedScalarsAndEscapes()
    {
        const YamlNode root = parsed("a: \"tab\\there\\n\\u00e9\\x41\\\\ \\\"q\\\"\"\n"
                                     "b: 'it''s # not a comment'\n"
                                     "c: \"\"\n"
                                     "d: '  padded  '\n"
                                     "e: \"\\U0001F600\"\n");
        QCOMPARE(at(root, "a").text(), QStringLiteral("tab\there\n\u00e9A\\ \"q\""));
        QCOMPARE(at(root, "b").text(), QStringLiteral("it's # not a comment"));
        QCOMPARE(at(root, "c").type(), Type::String);
        QCOMPARE(at(root, "c").text(), QString());
        QCOMPARE(at(root, "d").text(), QStringLiteral("  padded  "));
        QCOMPARE(at(root, "e").text(), QString::fromUtf8("\xF0\x9F\x98\x80"));
    }

    void nestedMappingsKeepFileOrder()
    {
        const YamlNode root = parsed("clouds:\n"
                                     "  zeta:\n"
                                     "    auth:\n"
                                     "      username: z\n"
                                     "  alpha:\n"
                                     "    region_name: R1\n"
                                     "  'quoted key': {}\n");
        const YamlNode& clouds = at(root, "clouds");
        QCOMPARE(clouds.keys(),
                 (QStringList{QStringLiteral("zeta"), QStringLiteral("alpha"), QStringLiteral("quoted key")}));
        QCOMPARE(at(at(at(clouds, "zeta"), "auth"), "username").text(), QStringLiteral("z"));
        QCOMPARE(at(clouds, "zeta").line(), 2);
        QCOMPARE(at(at(clouds, "alpha"), "region_name").line(), 6);
    }

    void sequenceAtTheKeysIndentation()
    {
        // OVHcloud and Horizon write `regions:` then `- GRA11` at the same indentation.
        const YamlNode root = parsed("cloud:\n"
                                     "  regions:\n"
                                     "  - GRA11\n"
                                     "  - SBG5\n"
                                     "  interface: public\n");
        const YamlNode& cloud = at(root, "cloud");
        const YamlNode& regions = at(cloud, "regions");
        QVERIFY(regions.isSequence());
        QCOMPARE(regions.toVariant(), QVariant(QVariantList{QStringLiteral("GRA11"), QStringLiteral("SBG5")}));
        QCOMPARE(at(cloud, "interface").text(), QStringLiteral("public"));
        QCOMPARE(regions.children().at(1).line(), 4);
    }

    void indentedSequencesAndCompactMappings()
    {
        const YamlNode root = parsed("regions:\n"
                                     "    - name: GRA11\n"
                                     "      values:\n"
                                     "        compute_api_version: 2\n"
                                     "    - name: SBG5\n"
                                     "    -\n"
                                     "      name: BHS5\n"
                                     "    - - a\n"
                                     "      - b\n"
                                     "    - [c, d]\n");
        const QVariantList list = at(root, "regions").toVariant().toList();
        QCOMPARE(list.size(), 5);
        QCOMPARE(list.at(0).toMap().value(QStringLiteral("name")).toString(), QStringLiteral("GRA11"));
        QCOMPARE(
            list.at(0).toMap().value(QStringLiteral("values")).toMap().value(QStringLiteral("compute_api_version")),
            QVariant(qint64(2)));
        QCOMPARE(list.at(1).toMap().value(QStringLiteral("name")).toString(), QStringLiteral("SBG5"));
        QCOMPARE(list.at(2).toMap().value(QStringLiteral("name")).toString(), QStringLiteral("BHS5"));
        QCOMPARE(list.at(3), QVariant(QVariantList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(list.at(4), QVariant(QVariantList{QStringLiteral("c"), QStringLiteral("d")}));
    }

    void flowCollections()
    {
        const YamlNode root = parsed("a: [x, 'y, z', \"w\", 3, ]\n"
                                     "b: {k: 1, \"q\": [true, null], empty: }\n"
                                     "c: []\n"
                                     "d: {}\n"
                                     "e: [http://host:5000/v3, {name: GRA11}]   # trailing comment\n");
        QCOMPARE(at(root, "a").toVariant(),
                 QVariant(QVariantList{QStringLiteral("x"), QStringLiteral("y, z"), QStringLiteral("w"), qint64(3)}));
        const YamlNode& b = at(root, "b");
        QCOMPARE(b.keys(), (QStringList{QStringLiteral("k"), QStringLiteral("q"), QStringLiteral("empty")}));
        QCOMPARE(at(b, "q").toVariant(), QVariant(QVariantList{true, QVariant()}));
        QVERIFY(at(b, "empty").isNull());
        QVERIFY(at(root, "c").isSequence() && at(root, "c").size() == 0);
        QVERIFY(at(root, "d").isMapping() && at(root, "d").size() == 0);
        QCOMPARE(at(root, "e").children().at(0).text(), QStringLiteral("http://host:5000/v3"));
        QCOMPARE(at(at(root, "e").children().at(1), "name").text(), QStringLiteral("GRA11"));
    }

    void commentsAndDocumentMarkers()
    {
        const YamlNode root = parsed("%YAML 1.2\n"
                                     "# header\n"
                                     "---   # start\n"
                                     "\n"
                                     "a: 1   # one\n"
                                     "   # an indented comment\n"
                                     "b:\n"
                                     "  # inside\n"
                                     "  c: 2\n"
                                     "...\n"
                                     "# after the end\n");
        QCOMPARE(at(root, "a").value(), QVariant(qint64(1)));
        QCOMPARE(at(at(root, "b"), "c").value(), QVariant(qint64(2)));
    }

    void blockScalars()
    {
        const YamlNode root = parsed("literal: |\n"
                                     "  line one\n"
                                     "    indented # kept\n"
                                     "\n"
                                     "  line three\n"
                                     "folded: >\n"
                                     "  joined\n"
                                     "  words\n"
                                     "\n"
                                     "  new paragraph\n"
                                     "strip: |-\n"
                                     "  no newline\n"
                                     "keep: |+\n"
                                     "  two newlines\n"
                                     "\n"
                                     "explicit: |2\n"
                                     "   one space kept\n"
                                     "empty: |\n"
                                     "after: done\n");
        QCOMPARE(at(root, "literal").text(), QStringLiteral("line one\n  indented # kept\n\nline three\n"));
        QCOMPARE(at(root, "folded").text(), QStringLiteral("joined words\nnew paragraph\n"));
        QCOMPARE(at(root, "strip").text(), QStringLiteral("no newline"));
        QCOMPARE(at(root, "keep").text(), QStringLiteral("two newlines\n\n"));
        QCOMPARE(at(root, "explicit").text(), QStringLiteral(" one space kept\n"));
        QCOMPARE(at(root, "empty").text(), QString());
        QCOMPARE(at(root, "after").text(), QStringLiteral("done"));
    }

    void windowsLineEndingsAndByteOrderMark()
    {
        const YamlNode root = parsed("\xEF\xBB\xBF"
                                     "a: 1\r\nb:\r\n  - x\r\n");
        QCOMPARE(at(root, "a").value(), QVariant(qint64(1)));
        QCOMPARE(at(root, "b").toVariant(), QVariant(QVariantList{QStringLiteral("x")}));
    }

    void emptyDocumentIsNull()
    {
        QVERIFY(parsed("").isNull());
        QVERIFY(parsed("# only a comment\n---\n").isNull());
    }

    void topLevelSequenceAndScalar()
    {
        QCOMPARE(parsed("- a\n- b\n").toVariant(), QVariant(QVariantList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(parsed("just text\n").text(), QStringLiteral("just text"));
    }

    void convertsToJson()
    {
        const YamlNode root = parsed("clouds:\n  c:\n    verify: false\n    rate_limit: 2.5\n    regions: [A]\n");
        const QByteArray json = QJsonDocument(root.toJson().toObject()).toJson(QJsonDocument::Compact);
        QCOMPARE(json, QByteArray(R"({"clouds":{"c":{"rate_limit":2.5,"regions":["A"],"verify":false}}})"));
    }

    void errorsNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        auto row = [](const char* name, const char* yaml, int line, const char* message) {
            QTest::newRow(name) << QByteArray(yaml) << line << QString::fromUtf8(message);
        };
        row("tab indentation", "a:\n\tb: 1\n", 2, "tab characters are not allowed for indentation");
        row("tab after spaces", "a:\n  \tb: 1\n", 2, "tab characters are not allowed for indentation");
        row("deeper than a value", "a:\n  b: 1\n    c: 2\n", 3,
            "bad indentation: this line is indented deeper than line 2");
        row("misaligned key", "a:\n    b: 1\n  c: 2\n", 3,
            "bad indentation: this line does not line up with the keys above it");
        row("misaligned item", "a:\n  - 1\n    - 2\n", 3, "bad indentation");
        row("less than first line", "  a: 1\nb: 2\n", 2,
            "bad indentation: this line is indented less than the first line");
        row("continued plain value", "a:\n  text\n  more\n", 3, "bad indentation");
        row("item among keys", "a: 1\n- b\n", 2, "a list item ('- ') among the keys of a mapping");
        row("unterminated double quote", "a: 1\nb: \"abc\n", 2, "unterminated double-quoted string");
        row("unterminated single quote", "a: 'abc\n", 1, "unterminated single-quoted string");
        row("unterminated quoted key", "\"a: 1\n", 1, "unterminated double-quoted string");
        row("duplicate key", "a: 1\nb: 2\na: 3\n", 3, "duplicate key 'a' (first defined on line 1)");
        row("duplicate flow key", "a: {b: 1, b: 2}\n", 1, "duplicate key 'b'");
        row("anchor", "a: &x 1\n", 1, "anchors and aliases ('&' and '*') are not supported");
        row("alias", "a: 1\nb: *x\n", 2, "anchors and aliases");
        row("anchor on a key", "&k a: 1\n", 1, "anchors and aliases");
        row("tag", "a: !!str 1\n", 1, "tags ('!') are not supported");
        row("complex key", "? a\n: b\n", 1, "complex mapping keys ('? ') are not supported");
        row("missing key", "a: 1\n: 2\n", 2, "a key is missing before ':'");
        row("colon in a plain value", "a: b: c\n", 1, "':' followed by a space inside a plain value; quote the value");
        row("text after a quoted value", "a: \"x\" y\n", 1, "unexpected text after the value; quote the whole value");
        row("item on the key's line", "a: - b\n", 1, "a list item ('- ') cannot start on the line of its key");
        row("unterminated flow sequence", "a: [1, 2\n", 1, "unterminated flow sequence");
        row("unterminated flow mapping", "a: {b: 1\n", 1, "unterminated flow mapping");
        row("pair in a flow sequence", "a: [b: 1]\n", 1, "'key: value' pairs inside [ ] are not supported");
        row("unknown escape", "a: \"\\q\"\n", 1, "unknown escape sequence '\\q'");
        row("bad unicode escape", "a: \"\\u12\"\n", 1, "invalid escape sequence");
        row("reserved character", "a: @home\n", 1, "a value cannot start with '@'; quote the value");
        row("second document", "a: 1\n---\nb: 2\n", 2, "a second YAML document ('---') is not supported");
        row("content after the end", "a: 1\n...\nb: 2\n", 3, "content after the end-of-document marker");
        row("tag directive", "%TAG ! tag:example.com,2000:\n---\na: 1\n", 1, "the directive '%TAG' is not supported");
        row("bad block header", "a: |x\n  text\n", 1, "invalid block scalar header '|x'");
        row("block less indented", "a: |\n    one\n  two\n", 3, "indented less than its first line");
        row("deep nesting", "a: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n", 1,
            "nested too deeply");
    }
    void errorsNameTheLine()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(QString, message);
        const Result<YamlNode, ConfigError> result = parse(yaml.constData());
        QVERIFY2(!result, "the document should have been rejected");
        QCOMPARE(result.error().file, QStringLiteral("clouds.yaml"));
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
        QCOMPARE(result.error().line, line);
        QVERIFY(result.error().toString().startsWith(QStringLiteral("clouds.yaml:") + QString::number(line) + u':'));
    }

    // Errors are shown and may be logged: they must not carry a value that could be a password.
    void errorsDoNotQuoteValues()
    {
        for (const char* yaml :
             {"password: \"hunter2\" hunter2\n", "password: hunter2: hunter2\n", "password: 'hunter2\n",
              "password: [hunter2\n", "password: {hunter2: hunter2\n", "password: hunter2\n  hunter2\n"}) {
            const Result<YamlNode, ConfigError> result = parse(yaml);
            QVERIFY(!result);
            QVERIFY2(!result.error().toString().contains(QStringLiteral("hunter2")),
                     qPrintable(result.error().toString()));
        }
    }

    void invalidUtf8IsAnError()
    {
        const Result<YamlNode, ConfigError> result = parse("a: \xC3\x28\n");
        QVERIFY(!result);
        QCOMPARE(result.error().message, QStringLiteral("is not valid UTF-8 text"));
    }

    void fileErrorNamesThePathAndLine()
    {
        const QString path = dataFile(QStringLiteral("broken-tab.yaml"));
        const Result<YamlNode, ConfigError> result = YamlReader::parseFile(path);
        QVERIFY(!result);
        QCOMPARE(result.error().toString(),
                 path + QStringLiteral(":4: tab characters are not allowed for indentation"));
        QVERIFY(result.error().toString().contains(QStringLiteral("broken-tab.yaml:4: ")));
    }

    void fileNodesRememberTheirFile()
    {
        const QString path = dataFile(QStringLiteral("ovh-clouds.yaml"));
        const Result<YamlNode, ConfigError> result = YamlReader::parseFile(path);
        QVERIFY(result);
        const YamlNode& regions = at(at(at(*result, "clouds"), "ovh-gra11"), "regions");
        QCOMPARE(regions.file(), path);
        QCOMPARE(regions.children().at(2).text(), QStringLiteral("BHS5"));
        QCOMPARE(regions.children().at(2).file(), path);
    }

    void missingFileIsAnError()
    {
        const Result<YamlNode, ConfigError> result =
            YamlReader::parseFile(dataFile(QStringLiteral("does-not-exist.yaml")));
        QVERIFY(!result);
        QVERIFY(result.error().message.startsWith(QStringLiteral("cannot be read: ")));
        QCOMPARE(result.error().line, 0);
    }

    void unreadableFileGivesTheReason()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clouds.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("clouds: {}\n");
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::WriteOwner));
        if (QFile probe(path); probe.open(QIODevice::ReadOnly))
            QSKIP("running with privileges that ignore file permissions (root): cannot test an unreadable file");
        const Result<YamlNode, ConfigError> result = YamlReader::parseFile(path);
        QVERIFY(!result);
        QCOMPARE(result.error().file, path);
        QVERIFY2(result.error().message.contains(QStringLiteral("Permission denied")),
                 qPrintable(result.error().message));
    }

    // Every prefix and every one-character deletion of real files must parse or fail cleanly:
    // no crash, no hang, and an error line inside the file.
    void mangledFilesFailCleanly()
    {
        for (const QString& name : {QStringLiteral("horizon-regions-clouds.yaml"), QStringLiteral("ovh-secure.yaml"),
                                    QStringLiteral("mixed-clouds.yaml")}) {
            QFile file(dataFile(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray data = file.readAll();
            const int lines = int(data.count('\n')) + 1;
            for (qsizetype i = 0; i < data.size(); ++i) {
                for (const QByteArray& mangled : {data.left(i), QByteArray(data).remove(i, 1)}) {
                    const Result<YamlNode, ConfigError> result = YamlReader::parse(mangled, name);
                    if (!result)
                        QVERIFY2(result.error().line >= 0 && result.error().line <= lines,
                                 qPrintable(result.error().toString()));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestConfigYaml)
#include "tst_configyaml.moc"

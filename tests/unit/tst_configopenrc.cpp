#include "tst_configdata.h"

#include "config/openrcreader.h"

#include <QTest>

using namespace zenith;
using namespace zenith::test;

namespace {

using Method = AuthSettings::Method;

ConfigEnvironment studentHome()
{
    ConfigEnvironment env;
    env.homeDir = QStringLiteral("/home/student");
    return env;
}

Result<CloudConfig, ConfigError> importFixture(const QString& name)
{
    return OpenrcReader::importFile(configDataFile(name), studentHome());
}

QHash<QString, QString> variablesOf(const QByteArray& text)
{
    const Result<QHash<QString, QString>, ConfigError> vars = OpenrcReader::variables(text, QStringLiteral("openrc"));
    if (!vars) {
        qWarning("unexpected error: %s", qPrintable(vars.error().toString()));
        return {};
    }
    return *vars;
}

} // namespace

class TestConfigOpenrc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ovhOpenrc()
    {
        const Result<CloudConfig, ConfigError> c = importFixture(QStringLiteral("ovh-openrc.sh"));
        QVERIFY2(c, c ? "" : qPrintable(c.error().toString()));
        QCOMPARE(c->name, QStringLiteral("ovh-openrc"));
        QCOMPARE(c->source, configDataFile(QStringLiteral("ovh-openrc.sh")));
        QCOMPARE(c->auth.method, Method::Password);
        QCOMPARE(c->auth.authUrl, QUrl(QStringLiteral("https://auth.cloud.ovh.net/v3")));
        QCOMPARE(c->auth.username, QStringLiteral("user-Ab3dEf6hIj9k"));
        QCOMPARE(c->auth.projectId, QStringLiteral("0a1b2c3d4e5f46a7b8c9d0e1f2a3b4c5")); // OS_TENANT_ID
        QCOMPARE(c->auth.projectName, QStringLiteral("8012345678901234"));               // OS_TENANT_NAME
        QCOMPARE(c->auth.userDomainName, QStringLiteral("Default"));                     // ${…:-"Default"}
        QCOMPARE(c->auth.projectDomainName, QStringLiteral("Default"));
        QVERIFY(c->auth.password.isEmpty()); // read -sr: the user is asked
        QVERIFY(!c->auth.hasSecret());
        QCOMPARE(c->regionName, QStringLiteral("GRA11"));
        QCOMPARE(c->regions, QStringList{QStringLiteral("GRA11")});
        QCOMPARE(c->rateLimits.requestsPerSecond, 20.0);
        QCOMPARE(c->rateLimits.tokenRequestsPerMinute, 60.0);
    }

    void horizonOpenrc()
    {
        const Result<CloudConfig, ConfigError> c = importFixture(QStringLiteral("horizon-openrc.sh"));
        QVERIFY2(c, c ? "" : qPrintable(c.error().toString()));
        QCOMPARE(c->name, QStringLiteral("horizon-openrc"));
        QCOMPARE(c->auth.authUrl, QUrl(QStringLiteral("http://203.0.113.10/identity")));
        QCOMPARE(c->auth.projectId, QStringLiteral("8f0d7e6c5b4a49281706f5e4d3c2b1a0"));
        QCOMPARE(c->auth.projectName, QStringLiteral("demo"));
        QCOMPARE(c->auth.userDomainName, QStringLiteral("Default"));
        QCOMPARE(c->auth.projectDomainId, QStringLiteral("default"));
        QCOMPARE(c->auth.username, QStringLiteral("admin"));
        QVERIFY(!c->auth.hasSecret());
        QVERIFY(c->regionName.isEmpty()); // OS_REGION_NAME="" then unset
        QVERIFY(c->regions.isEmpty());
        QCOMPARE(c->interface, QStringLiteral("public"));
        QCOMPARE(c->rateLimits.requestsPerSecond, 0.0);
    }

    void horizonApplicationCredentialOpenrc()
    {
        const Result<CloudConfig, ConfigError> c = importFixture(QStringLiteral("horizon-appcred-openrc.sh"));
        QVERIFY2(c, c ? "" : qPrintable(c.error().toString()));
        QCOMPARE(c->auth.method, Method::ApplicationCredential);
        QCOMPARE(c->auth.applicationCredentialId, QStringLiteral("4f1c2a9be0d34c6f8a7b5e3d2c1b0a99"));
        QCOMPARE(c->auth.applicationCredentialSecret, QStringLiteral("Xq9-fake-secret_for-tests-only_7Lr2"));
        QVERIFY(c->auth.hasSecret());
        QCOMPARE(c->regionName, QStringLiteral("RegionOne"));
    }

    void promptedVariablesExistButAreEmpty()
    {
        const QHash<QString, QString> vars = variablesOf(configData(QStringLiteral("ovh-openrc.sh")));
        QVERIFY(vars.contains(QStringLiteral("OS_PASSWORD_INPUT")));
        QVERIFY(vars.value(QStringLiteral("OS_PASSWORD_INPUT")).isEmpty());
        QVERIFY(vars.value(QStringLiteral("OS_PASSWORD")).isEmpty());
        QCOMPARE(vars.value(QStringLiteral("OS_IDENTITY_API_VERSION")), QStringLiteral("3"));
    }

    void shell_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("expected"); // value of B, or "<unset>"
        auto row = [](const char* name, const char* script, const char* expected) {
            QTest::newRow(name) << QByteArray(script) << QString::fromUtf8(expected);
        };
        row("plain", "B=1\n", "1");
        row("export", "export B=1\n", "1");
        row("export several", "export A=1 B=2\n", "2");
        row("dollar", "A=x\nB=$A\n", "x");
        row("braces", "A=x\nB=${A}y\n", "xy");
        row("default when unset", "B=${A:-\"Default\"}\n", "Default");
        row("default when empty", "A=\nB=${A:-d}\n", "d");
        row("dash keeps empty", "A=\nB=${A-d}\n", "");
        row("default unused", "A=v\nB=${A:-d}\n", "v");
        row("assign default", "B=${A:=d}\n", "d");
        row("alternative", "A=v\nB=${A:+alt}\n", "alt");
        row("no alternative", "B=${A:+alt}\n", "");
        row("unset is empty", "B=$NOPE\n", "");
        row("single quotes are literal", "A=x\nB='$A \"q\"'\n", "$A \"q\"");
        row("double quote escapes", "A=x\nB=\"a \\\"q\\\" \\$A \\\\ $A\"\n", "a \"q\" $A \\ x");
        row("backslash space", "B=a\\ b\n", "a b");
        row("ansi-c quotes", "B=$'x\\ty'\n", "x\ty");
        row("adjacent quotes", "B='a'\"b\"c\n", "abc");
        row("semicolons", "A=1; B=2; C=3\n", "2");
        row("line continuation", "B=ab\\\ncd\n", "abcd");
        row("multi-line quote", "B=\"one\ntwo\"\n", "one\ntwo");
        row("comment", "# B=1\nB=2 # B=3\n", "2");
        row("hash inside a word", "B=a#b\n", "a#b");
        row("unset", "B=1\nunset B\n", "<unset>");
        row("unset -v", "B=1\nunset -v B\n", "<unset>");
        row("read", "read -sr B\n", "");
        row("read with prompt", "read -p 'Password: ' B\n", "");
        row("command substitution", "B=$(cat /etc/passwd)\n", "<unset>");
        row("backquotes", "B=`id -u`\n", "<unset>");
        row("substitution in quotes", "B=\"x$(id)\"\n", "<unset>");
        row("unsupported expansion", "A=abc\nB=${A%c}\n", "<unset>");
        row("positional parameter", "B=$1\n", "<unset>");
        row("if -z true", "A=\nif [ -z \"$A\" ]; then B=empty; else B=full; fi\n", "empty");
        row("if -z false", "A=1\nif [ -z \"$A\" ]; then B=empty; else B=full; fi\n", "full");
        row("if -n", "A=1\nif [ -n \"$A\" ]\nthen\n  B=yes\nfi\n", "yes");
        row("if =", "A=x\nif [ \"$A\" = x ]; then B=same; fi\n", "same");
        row("if !=", "A=x\nif test \"$A\" != x; then B=differs; fi\n", "<unset>");
        row("if negated", "if [ ! -z x ]; then B=1; fi\n", "1");
        row("elif", "A=2\nif [ \"$A\" = 1 ]; then B=one; elif [ \"$A\" = 2 ]; then B=two; else B=other; fi\n", "two");
        row("unknown condition", "if grep -q x /etc/hosts; then B=1; else B=2; fi\n", "<unset>");
        row("nested if", "if [ -n x ]; then\n if [ -z x ]; then B=1; fi\n B=2\nfi\n", "2");
        row("function body", "f() {\n  B=1\n}\n", "<unset>");
        row("function keyword", "function g {\n  B=1\n}\nB=2\n", "2");
        row("function brace on next line", "f()\n{\n  B=1\n}\nC=3\n", "<unset>");
        row("loop", "for i in 1 2; do B=$i; done\n", "<unset>");
        row("while loop", "while true; do\n  B=1\ndone\n", "<unset>");
        row("case", "A=x\ncase $A in\n  x) B=1;;\nesac\n", "<unset>");
        row("after case", "case $A in x) C=1;; esac\nB=2\n", "2");
        row("here-document", "cat <<EOF\nB=1\nEOF\nC=2\n", "<unset>");
        row("here-document with tabs", "cat <<-'END'\n\tB=1\n\tEND\nB=2\n", "2");
        row("exit stops", "B=1\nexit 0\nB=2\n", "1");
        row("return stops", "B=1\nreturn\nB=2\n", "1");
        row("prefix assignment is not kept", "B=1 env\n", "<unset>");
        row("declare -x", "declare -x B=\"d\"\n", "d");
        row("redirection", "echo hi > /dev/null\nB=after\n", "after");
        row("subshell", "( B=1 )\n", "<unset>");
        row("CRLF line endings", "B=1\r\nC=2\r\n", "1");
    }
    void shell()
    {
        QFETCH(QByteArray, script);
        QFETCH(QString, expected);
        const Result<QHash<QString, QString>, ConfigError> vars =
            OpenrcReader::variables(script, QStringLiteral("openrc"));
        QVERIFY2(vars, vars ? "" : qPrintable(vars.error().toString()));
        const QString actual =
            vars->contains(QStringLiteral("B")) ? vars->value(QStringLiteral("B")) : QStringLiteral("<unset>");
        QCOMPARE(actual, expected);
    }

    void neverExecutesAnything()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a"));
        const QString b = dir.filePath(QStringLiteral("b"));
        const QString c = dir.filePath(QStringLiteral("c"));
        const QString d = dir.filePath(QStringLiteral("d"));
        const QByteArray script = "export OS_AUTH_URL=https://k.example.org/v3\n"
                                  "touch " +
                                  a.toUtf8() +
                                  "\n"
                                  "export OS_PASSWORD=$(touch " +
                                  b.toUtf8() +
                                  ")\n"
                                  "export OS_USERNAME=`touch " +
                                  c.toUtf8() +
                                  "`\n"
                                  "source " +
                                  d.toUtf8() +
                                  "\n"
                                  "eval \"touch " +
                                  d.toUtf8() + "\"\n";
        const Result<CloudConfig, ConfigError> cloud =
            OpenrcReader::parse(script, QStringLiteral("openrc"), studentHome());
        QVERIFY(cloud);
        QVERIFY(cloud->auth.password.isEmpty());
        QVERIFY(cloud->auth.username.isEmpty());
        for (const QString& path : {a, b, c, d})
            QVERIFY2(!QFileInfo::exists(path), qPrintable(path));
    }

    void readsNothingFromTheRealEnvironment()
    {
        qputenv("OS_USER_DOMAIN_NAME", "FromTheShell");
        const QHash<QString, QString> vars =
            variablesOf("export OS_USER_DOMAIN_NAME=${OS_USER_DOMAIN_NAME:-\"Default\"}\n");
        qunsetenv("OS_USER_DOMAIN_NAME");
        QCOMPARE(vars.value(QStringLiteral("OS_USER_DOMAIN_NAME")), QStringLiteral("Default"));
    }

    void cloudName_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::newRow("openrc") << QStringLiteral("openrc") << QStringLiteral("openrc");
        QTest::newRow("sh suffix") << QStringLiteral("admin-openrc.sh") << QStringLiteral("admin-openrc");
        QTest::newRow("dots kept") << QStringLiteral("lab.2024-openrc.sh") << QStringLiteral("lab.2024-openrc");
        QTest::newRow("only the suffix") << QStringLiteral(".sh") << QStringLiteral("openrc");
    }
    void cloudName()
    {
        QFETCH(QString, file);
        QFETCH(QString, name);
        const Result<CloudConfig, ConfigError> c = OpenrcReader::parse("export OS_AUTH_URL=https://k.example.org/v3\n",
                                                                       QStringLiteral("/tmp/") + file, studentHome());
        QVERIFY(c);
        QCOMPARE(c->name, name);
        QCOMPARE(c->source, QStringLiteral("/tmp/") + file);
    }

    void caCertPathIsExpanded()
    {
        const Result<CloudConfig, ConfigError> c = OpenrcReader::parse(
            "export OS_AUTH_URL=https://k.example.org/v3\nexport OS_CACERT=~/lab-ca.pem\nexport OS_INSECURE=false\n",
            QStringLiteral("openrc"), studentHome());
        QVERIFY(c);
        QCOMPARE(c->caCertFile, QStringLiteral("/home/student/lab-ca.pem"));
        QVERIFY(c->verifyTls);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        auto row = [](const char* name, const char* script, int line, const char* message) {
            QTest::newRow(name) << QByteArray(script) << line << QString::fromUtf8(message);
        };
        row("no auth url", "export OS_USERNAME=u\n", 0,
            "sets no OS_AUTH_URL, so it does not describe an OpenStack cloud");
        row("unterminated double quote", "export OS_AUTH_URL=x\nexport OS_USERNAME=\"abc\nB=1\n", 2,
            "unterminated double quote");
        row("unterminated single quote", "\n\nB='abc\n", 3, "unterminated single quote");
        row("unterminated brace", "B=${A:-x\n", 1, "unterminated '${'");
        row("unterminated substitution", "B=$(echo\n", 1, "unterminated '('");
        row("unknown auth type", "export OS_AUTH_URL=https://k.example.org/v3\nexport OS_AUTH_TYPE=v3oidcpassword\n", 2,
            "OS_AUTH_TYPE 'v3oidcpassword' is not supported");
        row("keystone v2", "export OS_AUTH_URL=https://k.example.org/v2.0\n\nexport OS_IDENTITY_API_VERSION=2\n", 3,
            "OS_IDENTITY_API_VERSION 2 (Keystone v2.0) is not supported");
        row("bad url", "export OS_AUTH_URL=k.example.org\n", 1,
            "OS_AUTH_URL 'k.example.org' is not an http:// or https:// URL");
        row("not UTF-8", "B=\xff\n", 0, "is not valid UTF-8 text");
    }
    void errors()
    {
        QFETCH(QByteArray, script);
        QFETCH(int, line);
        QFETCH(QString, message);
        const Result<CloudConfig, ConfigError> c =
            OpenrcReader::parse(script, QStringLiteral("/tmp/demo-openrc.sh"), studentHome());
        QVERIFY(!c);
        QCOMPARE(c.error().file, QStringLiteral("/tmp/demo-openrc.sh"));
        QVERIFY2(c.error().message.startsWith(message), qPrintable(c.error().message));
        QCOMPARE(c.error().line, line);
    }

    void errorsNeverQuoteSecrets()
    {
        const Result<CloudConfig, ConfigError> c = OpenrcReader::parse(
            "export OS_AUTH_URL=https://k.example.org/v3\nexport OS_PASSWORD=hunter2\nexport OS_AUTH_TYPE=kerberos\n",
            QStringLiteral("openrc"), studentHome());
        QVERIFY(!c);
        QVERIFY(c.error().toString().contains(QStringLiteral("OS_AUTH_TYPE")));
        QVERIFY(!c.error().toString().contains(QStringLiteral("hunter2")));
    }

    void unreadableFileGivesTheReason()
    {
        ConfigSandbox box;
        const QString path = box.copy(QStringLiteral("ovh-openrc.sh"), box.env.currentDir, QStringLiteral("openrc.sh"));
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        if (QFile probe(path); probe.open(QIODevice::ReadOnly))
            QSKIP("running with privileges that ignore file permissions (root): cannot test an unreadable file");
        const Result<CloudConfig, ConfigError> c = OpenrcReader::importFile(path, box.env);
        QVERIFY(!c);
        QCOMPARE(c.error().toString(), path + QStringLiteral(": cannot be read: Permission denied"));
    }

    void missingFile()
    {
        const Result<CloudConfig, ConfigError> c = importOpenrc(configDataFile(QStringLiteral("no-such-openrc.sh")));
        QVERIFY(!c);
        QVERIFY(c.error().message.startsWith(QStringLiteral("cannot be read: ")));
    }

    // Every prefix of the real files must import or fail cleanly, never crash or hang.
    void truncatedFilesFailCleanly()
    {
        for (const QString& name : {QStringLiteral("ovh-openrc.sh"), QStringLiteral("horizon-openrc.sh")}) {
            const QByteArray data = configData(name);
            QVERIFY(!data.isEmpty());
            for (qsizetype i = 0; i < data.size(); ++i) {
                const Result<CloudConfig, ConfigError> c = OpenrcReader::parse(data.left(i), name, studentHome());
                if (!c)
                    QVERIFY(c.error().line >= 0 && c.error().line <= int(data.count('\n')) + 1);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestConfigOpenrc)
#include "tst_configopenrc.moc"

#include "contract.h"

#include "compute/createkeypairrequest.h"
#include "compute/createservergrouprequest.h"
#include "compute/deletekeypairrequest.h"
#include "compute/deleteservergrouprequest.h"
#include "compute/getcomputelimitsrequest.h"
#include "compute/getflavorrequest.h"
#include "compute/getkeypairrequest.h"
#include "compute/getservergrouprequest.h"
#include "compute/listavailabilityzonesrequest.h"
#include "compute/listflavorsrequest.h"
#include "compute/listkeypairsrequest.h"
#include "compute/listservergroupsrequest.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace zenith;
using namespace zenith::contract;

namespace {

// stdout of a local tool, or nullopt when it failed.
std::optional<QString> runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

// Nova's fingerprint: MD5 of the key blob (the base64 field of the OpenSSH line), colon-separated.
QString md5Fingerprint(const QString& publicKeyLine)
{
    const QByteArray blob = QByteArray::fromBase64(publicKeyLine.section(u' ', 1, 1).toLatin1());
    return QString::fromLatin1(QCryptographicHash::hash(blob, QCryptographicHash::Md5).toHex(':'));
}

QString readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

const QStringList seededFlavors{QStringLiteral("m1.nano"),   QStringLiteral("m1.tiny"), QStringLiteral("m1.small"),
                                QStringLiteral("m1.medium"), QStringLiteral("d2-2"),    QStringLiteral("d2-4"),
                                QStringLiteral("b2-7")};

} // namespace

// Nova's project resources at 2.79: flavors, imported key pairs, server groups, limits, zones.
class ContractComputeResources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_keys.isValid());
        const QString keygen = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
        for (const QString& type : {QStringLiteral("ed25519"), QStringLiteral("rsa")}) {
            const QString file = m_keys.filePath(type);
            if (keygen.isEmpty()) {
                // Public keys captured with their fingerprints (tests/data/README.md).
                const QString data = qEnvironmentVariable("ZENITH_TEST_DATA");
                QVERIFY2(QFile::copy(data + QStringLiteral("/compute/keypair-") + type + QStringLiteral(".pub"),
                                     file + QStringLiteral(".pub")),
                         "no ssh-keygen, and ZENITH_TEST_DATA holds no compute/keypair-*.pub");
                m_fingerprints.append(md5Fingerprint(readFile(file + QStringLiteral(".pub"))));
                continue;
            }
            QVERIFY(
                runTool(keygen, {QStringLiteral("-q"), QStringLiteral("-t"), type, QStringLiteral("-N"), QString(),
                                 QStringLiteral("-C"), QStringLiteral("zenith contract"), QStringLiteral("-f"), file}));
            // "256 MD5:7a:c1:... zenith contract (ED25519)"
            const auto listed = runTool(keygen, {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("md5"),
                                                 QStringLiteral("-f"), file + QStringLiteral(".pub")});
            QVERIFY(listed);
            m_fingerprints.append(listed->section(u' ', 1, 1).remove(QStringLiteral("MD5:")));
        }
        m_publicKeys = {readFile(m_keys.filePath(QStringLiteral("ed25519.pub"))),
                        readFile(m_keys.filePath(QStringLiteral("rsa.pub")))};
        QVERIFY(m_publicKeys.at(0).startsWith(QStringLiteral("ssh-ed25519 ")));
        QVERIFY(m_publicKeys.at(1).startsWith(QStringLiteral("ssh-rsa ")));
    }

    void flavorsPageThroughEverySeededFlavor()
    {
        ListFlavorsRequest twoPerPage;
        twoPerPage.limit = 2;
        auto paged = callAll(twoPerPage);
        CONTRACT_OK(paged);
        auto whole = call(ListFlavorsRequest{});
        CONTRACT_OK(whole);
        QCOMPARE(whole->nextMarker, std::nullopt);
        QStringList names, ids;
        for (const Flavor& f : paged.value()) {
            names.append(f.name);
            ids.append(f.id);
        }
        for (const QString& seeded : seededFlavors)
            QVERIFY2(names.contains(seeded), qPrintable(seeded));
        QCOMPARE(paged->size(), whole->items.size());
        ids.removeDuplicates();
        QCOMPARE(ids.size(), paged->size());

        ListFlavorsRequest big;
        big.minRam = 4096;
        big.sortKey = QStringLiteral("name");
        auto filtered = call(big);
        CONTRACT_OK(filtered);
        QStringList bigNames;
        for (const Flavor& f : filtered->items) {
            QVERIFY2(f.ram >= 4096, qPrintable(f.name));
            bigNames.append(f.name);
        }
        QVERIFY(bigNames.contains(QStringLiteral("m1.medium")) && bigNames.contains(QStringLiteral("b2-7")));
        QVERIFY(!bigNames.contains(QStringLiteral("m1.small")));
        QStringList sorted = bigNames;
        sorted.sort();
        QCOMPARE(bigNames, sorted);
    }

    void flavorShowMatchesTheList()
    {
        auto whole = call(ListFlavorsRequest{});
        CONTRACT_OK(whole);
        for (const Flavor& listed : whole->items) {
            if (listed.name != QStringLiteral("m1.small"))
                continue;
            auto shown = call(GetFlavorRequest{listed.id});
            CONTRACT_OK(shown);
            QCOMPARE(shown->name, QStringLiteral("m1.small"));
            QCOMPARE(shown->ram, 2048);
            QCOMPARE(shown->vcpus, 1);
            QCOMPARE(shown->disk, 20);
            QCOMPARE(shown->swap, 0); // 0, not "", from 2.75 on
            QVERIFY(shown->isPublic);
            QVERIFY(shown->extraSpecs.has_value()); // 2.61
            return;
        }
        QFAIL("m1.small is not listed");
    }

    void unknownFlavorIsNotFound()
    {
        auto missing = call(GetFlavorRequest{QStringLiteral("zenith-no-such-flavor")});
        CONTRACT_FAILS(missing, ApiError::Kind::NotFound, 404);
        QCOMPARE(missing.error().code, QStringLiteral("itemNotFound"));
        QCOMPARE(missing.error().message, QStringLiteral("Flavor zenith-no-such-flavor could not be found."));
    }

    void keypairsAreImported()
    {
        const QStringList what{QStringLiteral("ed25519 key"), QStringLiteral("rsa key")};
        for (int i = 0; i < 2; ++i) {
            const QString name = Harness::instance().uniqueName(what.at(i)); // a space: percent-encoded paths
            auto created = call(CreateKeypairRequest{name, m_publicKeys.at(i)});
            CONTRACT_OK(created);
            Harness::instance().defer([name] { (void)call(DeleteKeypairRequest{name}); });
            m_keyNames.append(name);
            QCOMPARE(created->name, name);
            QCOMPARE(created->type, QStringLiteral("ssh"));
            QCOMPARE(created->publicKey, m_publicKeys.at(i));
            QCOMPARE(created->userId, Harness::instance().session().token()->user.id);
            QCOMPARE(created->fingerprint, m_fingerprints.at(i));
            QCOMPARE(created->fingerprint, md5Fingerprint(m_publicKeys.at(i)));

            auto shown = call(GetKeypairRequest{name});
            CONTRACT_OK(shown);
            QCOMPARE(shown->fingerprint, m_fingerprints.at(i));
            QVERIFY(qAbs(shown->createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        }
    }

    void keypairsPageByName()
    {
        QVERIFY(m_keyNames.size() == 2);
        QStringList names;
        std::optional<QString> marker;
        for (int pages = 0; pages < 500; ++pages) {
            auto page = call(ListKeypairsRequest{1, marker});
            CONTRACT_OK(page);
            QVERIFY(page->items.size() <= 1);
            for (const Keypair& k : page->items)
                names.append(k.name);
            if (!page->nextMarker)
                break;
            QCOMPARE(page->nextMarker, std::optional<QString>(names.last())); // the marker is the name
            marker = page->nextMarker;
        }
        QVERIFY2(names.contains(m_keyNames.at(0)) && names.contains(m_keyNames.at(1)), qPrintable(names.join(u',')));
        QCOMPARE(names.size(), QSet<QString>(names.cbegin(), names.cend()).size());
        auto whole = call(ListKeypairsRequest{});
        CONTRACT_OK(whole);
        QCOMPARE(whole->nextMarker, std::nullopt); // no limit: no paging
        QStringList unpaged;
        for (const Keypair& k : whole->items)
            unpaged.append(k.name);
        QVERIFY(unpaged.contains(m_keyNames.at(0)) && unpaged.contains(m_keyNames.at(1)));
    }

    void keypairErrors()
    {
        QVERIFY(m_keyNames.size() == 2);
        auto duplicate = call(CreateKeypairRequest{m_keyNames.at(0), m_publicKeys.at(0)});
        CONTRACT_FAILS(duplicate, ApiError::Kind::Conflict, 409);
        QCOMPARE(duplicate.error().message, QStringLiteral("Key pair '%1' already exists.").arg(m_keyNames.at(0)));

        const QString bad = Harness::instance().uniqueName(QStringLiteral("bad"));
        Harness::instance().defer([bad] { (void)call(DeleteKeypairRequest{bad}); });
        auto invalid = call(CreateKeypairRequest{bad, QStringLiteral("ssh-ed25519 AAAAnotakey zenith")});
        CONTRACT_FAILS(invalid, ApiError::Kind::BadRequest, 400);
        QCOMPARE(invalid.error().message, QStringLiteral("Keypair data is invalid: failed to generate fingerprint"));

        // Below 2.92 Nova takes only [A-Za-z0-9 _-] in a name.
        const QString accented = Harness::instance().uniqueName(QStringLiteral("clé"));
        Harness::instance().defer([accented] { (void)call(DeleteKeypairRequest{accented}); });
        auto refused = call(CreateKeypairRequest{accented, m_publicKeys.at(0)});
        CONTRACT_FAILS(refused, ApiError::Kind::BadRequest, 400);
        QVERIFY2(refused.error().message.startsWith(QStringLiteral("An invalid 'name' value was provided.")),
                 qPrintable(refused.error().message));
    }

    void keypairsAreDeleted()
    {
        QVERIFY(m_keyNames.size() == 2);
        const QString uid = Harness::instance().session().token()->user.id;
        for (const QString& name : std::as_const(m_keyNames)) {
            const auto deleted = call(DeleteKeypairRequest{name});
            CONTRACT_OK(deleted);
            auto gone = call(GetKeypairRequest{name});
            CONTRACT_FAILS(gone, ApiError::Kind::NotFound, 404);
            QCOMPARE(gone.error().message, QStringLiteral("Keypair %1 not found for user %2").arg(name, uid));
            const auto again = call(DeleteKeypairRequest{name});
            CONTRACT_FAILS(again, ApiError::Kind::NotFound, 404);
        }
        auto whole = call(ListKeypairsRequest{});
        CONTRACT_OK(whole);
        for (const Keypair& k : whole->items)
            QVERIFY(!m_keyNames.contains(k.name));
    }

    void serverGroupsOfEachPolicy()
    {
        const QString project = Harness::instance().session().token()->project->id;
        const QStringList policies{QStringLiteral("affinity"), QStringLiteral("anti-affinity"),
                                   QStringLiteral("soft-affinity"), QStringLiteral("soft-anti-affinity")};
        for (const QString& policy : policies) {
            CreateServerGroupRequest create{Harness::instance().uniqueName(policy), policy, {}};
            if (policy == QStringLiteral("anti-affinity"))
                create.maxServerPerHost = 1;
            auto created = call(create);
            CONTRACT_OK(created);
            const QString id = created->id;
            Harness::instance().defer([id] { (void)call(DeleteServerGroupRequest{id}); });
            m_groups.insert(id, policy);
            QCOMPARE(created->name, create.name);
            QCOMPARE(created->policy, policy);
            QCOMPARE(created->maxServerPerHost, create.maxServerPerHost);
            QVERIFY(created->members.isEmpty());
            QCOMPARE(created->projectId, project);

            auto shown = call(GetServerGroupRequest{id});
            CONTRACT_OK(shown);
            QCOMPARE(shown->policy, policy);
            QCOMPARE(shown->name, create.name);
        }
        auto listed = call(ListServerGroupsRequest{});
        CONTRACT_OK(listed);
        QHash<QString, QString> seen;
        for (const ServerGroup& g : listed.value())
            seen.insert(g.id, g.policy);
        for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
            QCOMPARE(seen.value(it.key()), it.value());
    }

    void limitsAreConsistent()
    {
        auto limits = call(GetComputeLimitsRequest{});
        CONTRACT_OK(limits);
        const auto within = [](qint64 used, qint64 max) { return max < 0 || (used >= 0 && used <= max); };
        QVERIFY(within(limits->totalCoresUsed, limits->maxTotalCores));
        QVERIFY(within(limits->totalInstancesUsed, limits->maxTotalInstances));
        QVERIFY(within(limits->totalRAMUsed, limits->maxTotalRAMSize));
        QVERIFY(limits->maxServerGroups && limits->totalServerGroupsUsed && limits->maxTotalKeypairs);
        QVERIFY(within(*limits->totalServerGroupsUsed, *limits->maxServerGroups));
        // The groups of the previous test still exist: they count.
        QVERIFY(*limits->totalServerGroupsUsed >= m_groups.size());
    }

    void serverGroupsAreDeleted()
    {
        QVERIFY(!m_groups.isEmpty());
        for (const QString& id : m_groups.keys()) {
            const auto deleted = call(DeleteServerGroupRequest{id});
            CONTRACT_OK(deleted);
            auto gone = call(GetServerGroupRequest{id});
            CONTRACT_FAILS(gone, ApiError::Kind::NotFound, 404);
            QCOMPARE(gone.error().message, QStringLiteral("Instance group %1 could not be found.").arg(id));
        }
    }

    void serverGroupErrors()
    {
        const QString name = Harness::instance().uniqueName(QStringLiteral("bad-group"));
        auto unknown = call(CreateServerGroupRequest{name, QStringLiteral("best-effort"), {}});
        if (unknown)
            Harness::instance().defer([id = unknown->id] { (void)call(DeleteServerGroupRequest{id}); });
        CONTRACT_FAILS(unknown, ApiError::Kind::BadRequest, 400);
        QCOMPARE(
            unknown.error().message,
            QStringLiteral("Invalid input for field/attribute policy. Value: best-effort. 'best-effort' is not one "
                           "of ['anti-affinity', 'affinity', 'soft-anti-affinity', 'soft-affinity']"));
        auto rules = call(CreateServerGroupRequest{name, QStringLiteral("affinity"), 2});
        if (rules)
            Harness::instance().defer([id = rules->id] { (void)call(DeleteServerGroupRequest{id}); });
        CONTRACT_FAILS(rules, ApiError::Kind::BadRequest, 400);
        QCOMPARE(rules.error().message, QStringLiteral("Only anti-affinity policy supports rules."));
        auto missing = call(GetServerGroupRequest{QStringLiteral("00000000-0000-0000-0000-000000000000")});
        CONTRACT_FAILS(missing, ApiError::Kind::NotFound, 404);
        QCOMPARE(missing.error().code, QStringLiteral("itemNotFound"));
    }

    void novaZoneIsAvailable()
    {
        auto zones = call(ListAvailabilityZonesRequest{});
        CONTRACT_OK(zones);
        bool found = false;
        for (const AvailabilityZone& z : zones.value()) {
            if (z.name != QStringLiteral("nova"))
                continue;
            found = true;
            QVERIFY(z.available);
            QVERIFY(z.hosts.isEmpty()); // hosts are for admins
        }
        QVERIFY(found);
    }

private:
    QTemporaryDir m_keys;
    QStringList m_publicKeys;   //!< ed25519, rsa
    QStringList m_fingerprints; //!< what ssh-keygen -l -E md5 says of each
    QStringList m_keyNames;
    QHash<QString, QString> m_groups; //!< id -> policy
};

ZENITH_CONTRACT_TEST(ContractComputeResources)
#include "contract_computeresources.moc"

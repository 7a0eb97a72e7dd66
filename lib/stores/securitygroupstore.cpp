#include "securitygroupstore.h"

#include "core/session.h"
#include "core/whenfinished.h"
#include "network/createsecuritygrouprequest.h"
#include "network/deletesecuritygrouprequest.h"
#include "network/deletesecuritygrouprulerequest.h"
#include "network/listsecuritygroupsrequest.h"
#include "network/updatesecuritygrouprequest.h"

#include <QFutureWatcher>

#include <memory>

namespace zenith {

namespace {

using ListWatcher = QFutureWatcher<Result<Page<SecurityGroup>>>;

QStringList ruleIds(const SecurityGroup& group)
{
    QStringList ids;
    ids.reserve(group.rules.size());
    for (const SecurityGroupRule& rule : group.rules)
        ids << rule.id;
    return ids;
}

// Neutron never updates a rule in place (only its description, which nobody does): a group whose
// rule ids, names and time stamp are the same shows the same.
bool sameGroup(const SecurityGroup& a, const SecurityGroup& b)
{
    return a.name == b.name && a.description == b.description && a.updatedAt == b.updatedAt &&
           a.stateful == b.stateful && ruleIds(a) == ruleIds(b);
}

// Calls `done` on `context`, unless the context died meanwhile.
template <typename T>
void answer(const QPointer<QObject>& context, const SecurityGroupStore::Done<T>& done, const Result<T>& result)
{
    if (context && done)
        done(result);
}

} // namespace

SecurityGroupStore::SecurityGroupStore(QObject* parent)
    : QObject(parent)
{}

SecurityGroupStore::~SecurityGroupStore() = default;

void SecurityGroupStore::setSession(Session* session)
{
    ++m_generation; // answers to the old session's requests are dropped when they land
    const QStringList gone = m_groups.keys();
    m_groups.clear();
    m_seen.clear();
    m_deleted.clear();
    m_loading = m_loaded = false;
    m_session = session;
    if (!gone.isEmpty())
        Q_EMIT groupsRemoved(gone);
}

Session* SecurityGroupStore::session() const
{
    return m_session;
}

void SecurityGroupStore::setPageSize(int pageSize)
{
    m_pageSize = pageSize;
}

void SecurityGroupStore::load()
{
    if (!m_session || m_loading)
        return;
    m_loading = true;
    m_seen.clear();
    m_deleted.clear();
    ListSecurityGroupsRequest request;
    request.limit = m_pageSize;
    const quint64 generation = m_generation;
    auto broken = std::make_shared<bool>(false);
    auto* watcher = new ListWatcher(this);
    connect(watcher, &ListWatcher::resultsReadyAt, this, [=, this](int begin, int end) {
        if (generation != m_generation)
            return;
        for (int i = begin; i < end; ++i) {
            const Result<Page<SecurityGroup>> page = watcher->future().resultAt(i);
            if (page) {
                applyPage(page->items);
                continue;
            }
            // An error ends the sequence: the listing is over, and its handlers may load() again.
            *broken = true;
            m_loading = false;
            Q_EMIT failed(page.error());
        }
    });
    connect(watcher, &ListWatcher::finished, this, [=, this] {
        watcher->deleteLater();
        // After an error the listing is incomplete: removing what was not seen would be wrong.
        if (generation != m_generation || *broken)
            return;
        m_loading = false;
        finishListing();
    });
    watcher->setFuture(m_session->sendPaged(request));
}

bool SecurityGroupStore::isLoading() const
{
    return m_loading;
}

bool SecurityGroupStore::isLoaded() const
{
    return m_loaded;
}

QList<SecurityGroup> SecurityGroupStore::groups() const
{
    return m_groups.values();
}

const SecurityGroup* SecurityGroupStore::group(const QString& id) const
{
    auto it = m_groups.constFind(id);
    return it == m_groups.constEnd() ? nullptr : &it.value();
}

QString SecurityGroupStore::nameOf(const QString& id) const
{
    const SecurityGroup* found = group(id);
    return found && !found->name.isEmpty() ? found->name : id;
}

void SecurityGroupStore::createGroup(const QString& name, const QString& description, QObject* context,
                                     Done<SecurityGroup> done)
{
    if (!m_session)
        return;
    CreateSecurityGroupRequest request;
    request.name = name;
    request.description = description;
    const quint64 generation = m_generation;
    whenFinished(m_session->send(request), this,
                 [=, this, context = QPointer<QObject>(context)](const Result<SecurityGroup>& result) {
                     if (generation != m_generation)
                         return;
                     if (result)
                         put(*result);
                     answer(context, done, result);
                 });
}

void SecurityGroupStore::updateGroup(const QString& id, const QString& name, const QString& description,
                                     QObject* context, Done<SecurityGroup> done)
{
    if (!m_session)
        return;
    UpdateSecurityGroupRequest request;
    request.id = id;
    request.name = name;
    request.description = description;
    const quint64 generation = m_generation;
    whenFinished(m_session->send(request), this,
                 [=, this, context = QPointer<QObject>(context)](const Result<SecurityGroup>& result) {
                     if (generation != m_generation)
                         return;
                     if (result)
                         put(*result);
                     answer(context, done, result);
                 });
}

void SecurityGroupStore::deleteGroup(const QString& id, QObject* context, Done<NoContent> done)
{
    if (!m_session)
        return;
    const quint64 generation = m_generation;
    whenFinished(m_session->send(DeleteSecurityGroupRequest{id}), this,
                 [=, this, context = QPointer<QObject>(context)](const Result<NoContent>& result) {
                     if (generation != m_generation)
                         return;
                     // Already gone (deleted elsewhere): what the user wanted.
                     if (!result && result.error().kind == ApiError::Kind::NotFound) {
                         forget(id);
                         answer(context, done, Result<NoContent>(NoContent{}));
                         return;
                     }
                     if (result)
                         forget(id);
                     answer(context, done, result);
                 });
}

void SecurityGroupStore::createRule(const CreateSecurityGroupRuleRequest& request, QObject* context,
                                    Done<SecurityGroupRule> done)
{
    if (!m_session)
        return;
    const quint64 generation = m_generation;
    whenFinished(m_session->send(request), this,
                 [=, this, context = QPointer<QObject>(context)](const Result<SecurityGroupRule>& result) {
                     if (generation != m_generation)
                         return;
                     if (result) {
                         const SecurityGroupRule rule = *result;
                         changeRules(rule.securityGroupId, [&](QList<SecurityGroupRule>& rules) {
                             rules.removeIf([&](const SecurityGroupRule& r) { return r.id == rule.id; });
                             rules.append(rule);
                         });
                     }
                     answer(context, done, result);
                 });
}

void SecurityGroupStore::deleteRule(const QString& groupId, const QString& ruleId, QObject* context,
                                    Done<NoContent> done)
{
    if (!m_session)
        return;
    const quint64 generation = m_generation;
    whenFinished(m_session->send(DeleteSecurityGroupRuleRequest{ruleId}), this,
                 [=, this, context = QPointer<QObject>(context)](const Result<NoContent>& result) {
                     if (generation != m_generation)
                         return;
                     const bool gone = result || result.error().kind == ApiError::Kind::NotFound;
                     if (gone)
                         changeRules(groupId, [&](QList<SecurityGroupRule>& rules) {
                             rules.removeIf([&](const SecurityGroupRule& r) { return r.id == ruleId; });
                         });
                     answer(context, done, gone ? Result<NoContent>(NoContent{}) : result);
                 });
}

void SecurityGroupStore::put(const SecurityGroup& group)
{
    m_deleted.remove(group.id);
    // A listing under way may have passed this group already: its end must not remove it.
    m_seen.insert(group.id);
    auto it = m_groups.find(group.id);
    if (it == m_groups.end()) {
        m_groups.insert(group.id, group);
        Q_EMIT groupsAdded({group});
    } else {
        *it = group;
        Q_EMIT groupsChanged({group});
    }
}

void SecurityGroupStore::forget(const QString& id)
{
    m_deleted.insert(id);
    if (m_groups.remove(id) == 0)
        return;
    Q_EMIT groupsRemoved({id});
    // Neutron deletes the rules of other groups that named this one as their remote.
    QList<SecurityGroup> changed;
    for (SecurityGroup& group : m_groups) {
        const qsizetype before = group.rules.size();
        group.rules.removeIf([&](const SecurityGroupRule& rule) { return rule.remoteGroupId == id; });
        if (group.rules.size() != before)
            changed << group;
    }
    if (!changed.isEmpty())
        Q_EMIT groupsChanged(changed);
}

void SecurityGroupStore::changeRules(const QString& groupId,
                                     const std::function<void(QList<SecurityGroupRule>&)>& change)
{
    auto it = m_groups.find(groupId);
    if (it == m_groups.end())
        return;
    change(it->rules);
    Q_EMIT groupsChanged({*it});
}

void SecurityGroupStore::applyPage(const QList<SecurityGroup>& page)
{
    QList<SecurityGroup> added;
    QList<SecurityGroup> changed;
    for (const SecurityGroup& group : page) {
        // A page boundary that moved under us, or a page sent before a deletion landed.
        if (m_seen.contains(group.id) || m_deleted.contains(group.id))
            continue;
        m_seen.insert(group.id);
        auto it = m_groups.find(group.id);
        if (it == m_groups.end()) {
            m_groups.insert(group.id, group);
            added << group;
        } else if (!sameGroup(*it, group)) {
            *it = group;
            changed << group;
        }
    }
    if (!added.isEmpty())
        Q_EMIT groupsAdded(added);
    if (!changed.isEmpty())
        Q_EMIT groupsChanged(changed);
}

void SecurityGroupStore::finishListing()
{
    QStringList gone;
    for (auto it = m_groups.begin(); it != m_groups.end();) {
        if (m_seen.contains(it.key())) {
            ++it;
            continue;
        }
        gone << it.key();
        it = m_groups.erase(it);
    }
    if (!gone.isEmpty())
        Q_EMIT groupsRemoved(gone);
    m_loaded = true;
    Q_EMIT loadingFinished();
}

} // namespace zenith

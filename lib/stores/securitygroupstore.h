#pragma once

#include "core/apierror.h"
#include "core/result.h"
#include "network/createsecuritygrouprulerequest.h"
#include "network/securitygroup.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>

namespace zenith {

class Session;
struct NoContent;

//! The project's security groups with their rules (Neutron returns the rules inline: one listing,
//! no request per group), for the Security groups tab, the port editor and the topology view.
//! Lists /v2.0/security-groups page by page on load(); a later load() emits only the differences.
//! Creations, renames and deletions of groups and rules update the cache as soon as they succeed.
class SecurityGroupStore final : public QObject
{
    Q_OBJECT

public:
    template <typename T> using Done = std::function<void(const Result<T>&)>;

    explicit SecurityGroupStore(QObject* parent = nullptr);
    ~SecurityGroupStore() override;

    //! The session to follow (nullptr: none). Drops every group (groupsRemoved) and ignores
    //! answers to the old session's requests.
    void setSession(Session* session);
    Session* session() const;
    //! Groups per listing page.
    void setPageSize(int pageSize);

    //! Lists the groups (again); does nothing while a listing runs or without a session.
    void load();
    //! True while a listing runs.
    bool isLoading() const;
    //! True once a complete listing arrived for this session.
    bool isLoaded() const;

    //! The groups known now, in no particular order.
    QList<SecurityGroup> groups() const;
    //! One group by id (nullptr if unknown); valid until the next signal.
    const SecurityGroup* group(const QString& id) const;
    //! The group's name, or its id when it has none or is unknown (a remote group of another project).
    QString nameOf(const QString& id) const;

    // Each change below calls `done` on `context` (unless it is gone) after the cache took it in.

    //! Creates a group (Neutron adds its two egress rules).
    void createGroup(const QString& name, const QString& description, QObject* context, Done<SecurityGroup> done);
    //! Renames a group and sets its description.
    void updateGroup(const QString& id, const QString& name, const QString& description, QObject* context,
                     Done<SecurityGroup> done);
    //! Deletes a group; a 404 counts as done (already gone). 409 SecurityGroupInUse while ports use it.
    void deleteGroup(const QString& id, QObject* context, Done<NoContent> done);
    //! Adds a rule to its group; 409 SecurityGroupRuleExists for a duplicate.
    void createRule(const CreateSecurityGroupRuleRequest& request, QObject* context, Done<SecurityGroupRule> done);
    //! Deletes a rule of a group; a 404 counts as done.
    void deleteRule(const QString& groupId, const QString& ruleId, QObject* context, Done<NoContent> done);

Q_SIGNALS:
    //! New groups (one signal per listing page, or one created).
    void groupsAdded(const QList<zenith::SecurityGroup>& groups);
    //! Known groups whose fields or rules changed.
    void groupsChanged(const QList<zenith::SecurityGroup>& groups);
    //! Groups gone (deleted, or the session changed).
    void groupsRemoved(const QStringList& ids);
    //! A listing is complete.
    void loadingFinished();
    //! A listing failed; what arrived before stays.
    void failed(const zenith::ApiError& error);

private:
    void applyPage(const QList<SecurityGroup>& page);
    void finishListing();
    void put(const SecurityGroup& group);
    void forget(const QString& id);
    void changeRules(const QString& groupId, const std::function<void(QList<SecurityGroupRule>&)>& change);

    QPointer<Session> m_session;
    QHash<QString, SecurityGroup> m_groups;
    QSet<QString> m_seen;    //!< ids the running listing returned (or created meanwhile)
    QSet<QString> m_deleted; //!< ids deleted while the listing runs: a late page must not bring them back
    quint64 m_generation = 0;
    int m_pageSize = 100;
    bool m_loading = false;
    bool m_loaded = false;
};

} // namespace zenith

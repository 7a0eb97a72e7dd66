#pragma once

#include "compute/keypair.h"
#include "core/apierror.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace zenith {

class Session;

//! The user's key pairs, for the Key pairs tab and the launch dialog's picker. Lists /os-keypairs
//! on load() (page by page from compute 2.35, in one call below), refreshes by differences, and
//! deletes by name. Key pairs are named, not numbered: the name is the key everywhere.
class KeypairStore final : public QObject
{
    Q_OBJECT

public:
    explicit KeypairStore(QObject* parent = nullptr);
    ~KeypairStore() override;

    //! The session to follow (nullptr: none). Drops every key pair (keypairsRemoved) and ignores
    //! answers to the old session's requests.
    void setSession(Session* session);
    Session* session() const;
    //! Key pairs per listing page, when the cloud pages them (compute 2.35 and later).
    void setPageSize(int pageSize);

    //! Lists the key pairs (again); does nothing while a listing runs or without a session.
    void load();
    //! True while a listing runs.
    bool isLoading() const;
    //! True once a complete listing arrived for this session.
    bool isLoaded() const;

    //! The key pairs known now, in no particular order.
    QList<Keypair> keypairs() const;
    //! One key pair by name (nullptr if unknown); valid until the next signal.
    const Keypair* keypair(const QString& name) const;

    //! Records a key pair just created elsewhere (an import), without listing again.
    void insert(const Keypair& keypair);
    //! Deletes key pairs, all requests in parallel. Each one deleted (or already gone) leaves
    //! through keypairsRemoved; each failure is reported by deleteFailed; then deletionsFinished.
    void remove(const QStringList& names);
    //! True while deletions sent by remove() are unanswered.
    bool isDeleting() const;

Q_SIGNALS:
    //! New key pairs (one signal per listing page, or one inserted).
    void keypairsAdded(const QList<zenith::Keypair>& keypairs);
    //! Known key pairs whose fields changed (a key replaced under the same name).
    void keypairsChanged(const QList<zenith::Keypair>& keypairs);
    //! Key pairs gone (deleted, or the session changed).
    void keypairsRemoved(const QStringList& names);
    //! A listing is complete.
    void loadingFinished();
    //! A listing failed; what arrived before stays.
    void failed(const zenith::ApiError& error);
    //! One deletion failed; the key pair stays.
    void deleteFailed(const QString& name, const zenith::ApiError& error);
    //! Every deletion asked by one remove() call was answered; `deleted` holds those that went.
    void deletionsFinished(const QStringList& deleted);

private:
    void list(bool paged);
    void applyPage(const QList<Keypair>& page);
    void finishListing();
    void forget(const QString& name);

    QPointer<Session> m_session;
    QHash<QString, Keypair> m_keypairs;
    QSet<QString> m_seen;    //!< names the running listing has returned (or that were inserted meanwhile)
    QSet<QString> m_deleted; //!< names deleted while the listing runs: a late page must not bring them back
    quint64 m_generation = 0;
    int m_pageSize = 100;
    int m_deleting = 0;
    bool m_loading = false;
    bool m_loaded = false;
};

} // namespace zenith

#pragma once

#include "dns/dnsrecord.h"
#include "lab/labdeployment.h"
#include "lab/labtopology.h"
#include "orchestration/stack.h"
#include "orchestration/stackevent.h"

#include "core/apierror.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace zenith {

class DnsProvider;
class LabHeatDeployment;
class MessageBanner;
class Session;
struct LabSecrets;

//! The run page's Heat view: the lab's stack as Heat builds (or deletes) it, its status, its
//! events as they arrive (one row each: time, resource, status, Heat's reason), and on failure the
//! failing resource and Heat's reason with "Delete the stack". Cancel asks, then deletes the stack.
class LabHeatView final : public QWidget
{
    Q_OBJECT

public:
    explicit LabHeatView(QWidget* parent = nullptr);
    ~LabHeatView() override;

    //! Submits the lab's stack and follows it, then points the domain's records at it (their ids go
    //! to the journal at `journalPath`), then with `waitForReadiness` follows the servers' consoles
    //! until each prints its ready marker.
    void startCreate(Session* session, const LabTopology& topology, const LabSecrets& secrets,
                     const QString& journalPath, bool waitForReadiness);
    //! The provider of the lab's records when it is not the session's Designate (OVHcloud).
    void setDnsProvider(DnsProvider* provider);
    //! While creating: asks, then deletes the stack (what it made so far goes with it).
    void askCancel();
    //! Stops following without deleting anything (the session is going away).
    void stop();

    bool isRunning() const;
    //! What the stack made (for the Result page).
    LabDeployment deployment() const;
    int apiCalls() const;
    //! Rows of the events list.
    int eventRows() const;
    QString statusText() const;
    QString bannerText() const;
    //! The poll interval of the engines it makes (tests shorten it).
    void setPollInterval(int ms) { m_pollMs = ms; }

Q_SIGNALS:
    //! Creation ended (CREATE_COMPLETE or not), or the stack is gone after a delete.
    void finished(bool succeeded);
    //! The user asked to delete a failed stack ("Delete the stack" under the failure).
    void deleteRequested();
    void commandIssued(const QString& command, const QString& what);

protected:
    void changeEvent(QEvent* event) override;

private:
    //! Deletes the stack and follows it until it is gone (a creation cancelled).
    void confirmDelete();
    void buildUi();
    void retranslateUi();
    void begin(Session* session, const LabTopology& topology);
    void addEvents(const QList<StackEvent>& events);
    void showStack(const Stack& stack);
    void engineFinished(bool succeeded, const std::optional<ApiError>& error);
    void updateSummary();
    //! The stack is complete and the records point at it: one log line each.
    void logRecords(const QList<DnsRecord>& records);

    QPointer<Session> m_session;
    LabTopology m_topology;
    QPointer<LabHeatDeployment> m_engine;
    QPointer<DnsProvider> m_dnsProvider;
    std::optional<Stack> m_stack;
    std::optional<ApiError> m_error;
    bool m_deleting = false;
    bool m_cancelled = false;
    bool m_done = false;
    int m_pollMs = 2000;
    QLabel* m_summary = nullptr;
    MessageBanner* m_banner = nullptr;
    QPushButton* m_deleteStack = nullptr;
    QPushButton* m_cancel = nullptr;
    QTreeWidget* m_events = nullptr;
};

} // namespace zenith

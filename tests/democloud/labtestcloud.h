#pragma once

#include "core/result.h"
#include "lab/labinventory.h"
#include "lab/labtopology.h"

#include <QFuture>
#include <QTest>

#include <memory>

namespace zenith {

class DemoCloud;
class Session;

namespace test {

//! The future's result, or a local Timeout error after `ms` of waiting (events processed meanwhile).
template <typename T> Result<T> await(QFuture<Result<T>> future, int ms = 60000)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, ms))
        return ApiError::local(ApiError::Kind::Timeout, QStringLiteral("no answer"));
    return future.result();
}

//! The cloud an end-to-end lab test deploys on, and the lab it deploys there: the in-process demo
//! cloud by default, or the clouds.yaml cloud ZENITH_LAB_CLOUD names (found through
//! OS_CLIENT_CONFIG_FILE), with the test's key pair imported for the lab.
class LabTestCloud
{
public:
    LabTestCloud();
    ~LabTestCloud();

    //! Starts the cloud, imports the test key as "<lab>-key" and makes the lab's topology; returns why
    //! it could not (empty on success). The lab is `demoName` on the demo cloud; on a shared cloud
    //! `prefix` and six random digits, so that a lab an interrupted run left never meets this one
    //! (ZENITH_LAB_NAME names it instead, to remove such a lab).
    QString start(const QString& demoName, const QString& prefix);
    //! Deletes the key pair start() imported (a no-op before it).
    void removeKeypair();
    //! What of `lab` (start()'s, or another a test made) the cloud holds now, as LabInventory
    //! reads it; a Timeout error after a minute without an answer.
    Result<LabInventory> inventory(const LabTopology& lab, bool withSnapshots = false) const;

    //! The demo cloud, or nullptr on a clouds.yaml cloud.
    DemoCloud* demoCloud() const { return m_cloud.get(); }
    Session* session() const { return m_session.get(); }
    const LabTopology& topology() const { return m_topology; }
    //! False on a clouds.yaml cloud: the dev cloud's fake Nova driver writes no console log, so
    //! the servers' readiness markers never come.
    bool hasConsoleLogs() const { return m_cloud != nullptr; }

private:
    std::unique_ptr<DemoCloud> m_cloud;
    std::unique_ptr<Session> m_session; // after m_cloud: closed before the cloud stops
    LabTopology m_topology;
};

} // namespace test
} // namespace zenith

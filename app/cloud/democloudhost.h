#pragma once

#include "democloud/democloud.h"

#include <QObject>
#include <QTimer>

namespace zenith {

//! The app's built-in demo cloud: started on 127.0.0.1 at launch, its resources kept in a file
//! under the app's data folder (every minute and at exit) so that a classroom demo survives a
//! restart, or a laptop that ran out of battery.
class DemoCloudHost final : public QObject
{
    Q_OBJECT

public:
    explicit DemoCloudHost(QObject* parent = nullptr);
    ~DemoCloudHost() override;

    //! Loads the saved resources (when there are) and starts serving; false with the reason otherwise.
    bool start(QString* error);
    //! The cloud as the cloud list shows it (key "zenith-demo").
    CloudConfig cloudConfig() const;
    //! Writes the resources to the state file; false with the reason otherwise.
    bool save(QString* error = nullptr) const;
    //! Where the resources are kept.
    static QString stateFile();

private:
    DemoCloud m_cloud;
    QTimer m_autosave;
};

} // namespace zenith

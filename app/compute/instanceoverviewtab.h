#pragma once

#include "compute/server.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;

namespace zenith {

class MessageBanner;

//! The Overview tab of an instance's details: its identity, state (with the fault in plain
//! words), image, flavor sizes, key pair, zone, security groups, dates and flags.
class InstanceOverviewTab final : public QWidget
{
    Q_OBJECT

public:
    enum Field {
        Name,
        Id,
        Status,
        Image,
        Flavor,
        KeyPair,
        AvailabilityZone,
        SecurityGroups,
        Created,
        Updated,
        HostId,
        Locked,
        ConfigDrive,
        FieldCount
    };

    explicit InstanceOverviewTab(QWidget* parent = nullptr);

    //! Shows a server; `imageName` is empty when the image is unknown (its id is shown).
    void setServer(const Server& server, const QString& imageName);
    //! Says the server is gone (deleted meanwhile); what was shown stays below.
    void showDeleted();
    //! The text of a field's value, for tests.
    QString fieldText(Field field) const;
    //! The fault banner (visible for ERROR servers with a fault) and the "deleted" one.
    MessageBanner* banner() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void render();
    QString flavorText() const;

    MessageBanner* m_banner;
    QFormLayout* m_form;
    QList<QLabel*> m_labels;
    QList<QLabel*> m_values;
    std::optional<Server> m_server;
    QString m_imageName;
    bool m_deleted = false;
};

} // namespace zenith

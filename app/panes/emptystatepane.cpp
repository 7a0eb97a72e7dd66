#include "emptystatepane.h"

#include "common/icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace zenith {

EmptyStatePane::EmptyStatePane(Area area, QWidget* parent)
    : Pane(area, parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
{
    setObjectName(QStringLiteral("emptyState_") + areaKey(area));
    m_icon->setPixmap(Icons::icon(areaIconName(area)).pixmap(64, 64, QIcon::Disabled));
    m_icon->setAlignment(Qt::AlignCenter);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));

    m_description->setAlignment(Qt::AlignCenter);
    m_description->setWordWrap(true);
    m_description->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_description->setObjectName(QStringLiteral("emptyStateDescription"));
    // Long lines are hard to read; French runs about a third longer, hence ems rather than pixels.
    m_description->setMaximumWidth(fontMetrics().averageCharWidth() * 64);
    QPalette muted = m_description->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_description->setPalette(muted);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->setSpacing(12);
    layout->addStretch(2);
    layout->addWidget(m_icon);
    layout->addSpacing(4);
    layout->addWidget(m_title);
    // Spacers either side rather than an alignment flag: an aligned label gets its size hint, not the
    // width it could wrap to, and its last lines are cut off.
    auto* row = new QHBoxLayout;
    row->addStretch(0);
    row->addWidget(m_description, 1);
    row->addStretch(0);
    layout->addLayout(row);
    layout->addStretch(3);
    retranslateUi();
}

QString EmptyStatePane::title() const
{
    return m_title->text();
}

QString EmptyStatePane::description() const
{
    return m_description->text();
}

void EmptyStatePane::retranslateUi()
{
    m_title->setText(areaTitle(area()));
    m_description->setText(descriptionText());
}

QString EmptyStatePane::descriptionText() const
{
    switch (area()) {
    case Area::Compute:
        return tr("Instances, key pairs, images and flavors will appear here. "
                  "You will be able to launch, stop and connect to your instances.");
    case Area::Network:
        return tr("Networks, subnets, routers, ports, floating IPs and security groups will appear here.");
    case Area::Volumes:
        return tr("Volumes and their snapshots will appear here, with the instances they are attached to.");
    case Area::Dns: return tr("DNS zones and their record sets will appear here.");
    case Area::Lab:
        return tr("Build a whole lab in a few steps: networks, instances and DNS records are created "
                  "together, and removed together when you are done.");
    }
    return {};
}

} // namespace zenith

#include "welcomepage.h"

#include "common/icons.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace zenith {

namespace {

QLabel* makeText(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString homeRelative(const QString& path)
{
    const QString home = QDir::homePath();
    if (path.startsWith(home + u'/'))
        return QStringLiteral("~") + path.mid(home.size());
    return QDir::toNativeSeparators(path);
}

} // namespace

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_title(makeText(this, QStringLiteral("welcomeTitle")))
    , m_intro(makeText(this, QStringLiteral("welcomeIntro")))
    , m_whereTitle(makeText(this, QStringLiteral("welcomeWhereTitle")))
    , m_where(makeText(this, QStringLiteral("welcomeWhere")))
    , m_tip(makeText(this, QStringLiteral("welcomeTip")))
    , m_importOpenrc(new QPushButton(Icons::icon(QStringLiteral("import")), QString(), this))
    , m_openCloudsYaml(new QPushButton(Icons::icon(QStringLiteral("open")), QString(), this))
    , m_demoCloud(new QPushButton(Icons::icon(QStringLiteral("cloud")), QString(), this))
{
    setObjectName(QStringLiteral("welcomePage"));
    m_importOpenrc->setObjectName(QStringLiteral("importOpenrcButton"));
    m_openCloudsYaml->setObjectName(QStringLiteral("openCloudsYamlButton"));
    m_demoCloud->setObjectName(QStringLiteral("demoCloudButton"));
    m_demoCloud->setVisible(false);

    auto* scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(makeContent());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_importOpenrc, &QPushButton::clicked, this, &WelcomePage::importOpenrcRequested);
    connect(m_openCloudsYaml, &QPushButton::clicked, this, &WelcomePage::openCloudsYamlRequested);
    connect(m_demoCloud, &QPushButton::clicked, this, &WelcomePage::demoCloudRequested);
    retranslateUi();
}

QWidget* WelcomePage::makeContent()
{
    auto* icon = new QLabel(this);
    icon->setPixmap(Icons::appIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_intro->setAlignment(Qt::AlignCenter);
    QFont bold = m_whereTitle->font();
    bold.setBold(true);
    m_whereTitle->setFont(bold);
    m_where->setTextFormat(Qt::RichText);
    QPalette muted = m_tip->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_tip->setPalette(muted);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(10);
    buttons->addStretch(1);
    buttons->addWidget(m_importOpenrc);
    buttons->addWidget(m_openCloudsYaml);
    buttons->addWidget(m_demoCloud);
    buttons->addStretch(1);
    m_importOpenrc->setDefault(true);

    auto* column = new QWidget(this);
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 90);
    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto* inner = new QVBoxLayout(column);
    inner->setSpacing(10);
    inner->addWidget(icon);
    inner->addWidget(m_title);
    inner->addWidget(m_intro);
    inner->addSpacing(16);
    inner->addWidget(m_whereTitle);
    inner->addWidget(m_where);
    inner->addSpacing(16);
    inner->addLayout(buttons);
    inner->addSpacing(8);
    inner->addWidget(m_tip);

    // Spacers either side rather than an alignment flag, so the column takes the width it may and
    // its word-wrapped labels get the height they need.
    auto* row = new QHBoxLayout;
    row->addStretch(0);
    row->addWidget(column, 1);
    row->addStretch(0);
    auto* content = new QWidget(this);
    auto* outer = new QVBoxLayout(content);
    outer->setContentsMargins(32, 32, 32, 32);
    outer->addStretch(2);
    outer->addLayout(row);
    outer->addStretch(3);
    return content;
}

void WelcomePage::setSearchPaths(const QStringList& paths)
{
    m_paths = paths;
    retranslateUi();
}

void WelcomePage::setDemoCloudAvailable(bool available)
{
    m_demoAvailable = available;
    m_demoCloud->setVisible(available);
}

bool WelcomePage::isDemoCloudAvailable() const
{
    return m_demoAvailable;
}

void WelcomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslateUi()
{
    m_title->setText(tr("Welcome to Zenith"));
    m_intro->setText(tr("Zenith manages the instances, networks, volumes and DNS records of an OpenStack cloud. "
                        "No cloud is configured yet: tell Zenith which one to use."));
    m_whereTitle->setText(tr("Where Zenith looks for clouds"));

    QString list;
    for (const QString& path : std::as_const(m_paths))
        list += QStringLiteral("<li><code>") + homeRelative(path).toHtmlEscaped() + QStringLiteral("</code></li>");
    const QString before =
        m_paths.isEmpty() ? QString()
                          : QStringLiteral("<p>") +
                                tr("Zenith reads the first clouds.yaml it finds in these places:").toHtmlEscaped() +
                                QStringLiteral("</p><ul style='margin-left:-16px'>") + list + QStringLiteral("</ul>");
    m_where->setText(before + QStringLiteral("<p>") +
                     tr("It also reads the OS_* environment variables that an openrc file sets, and the file "
                        "named by OS_CLIENT_CONFIG_FILE if you set it.")
                         .toHtmlEscaped() +
                     QStringLiteral("</p>"));

    m_importOpenrc->setText(tr("Import openrc File…"));
    m_openCloudsYaml->setText(tr("Open clouds.yaml…"));
    m_demoCloud->setText(tr("Use the Demo Cloud"));
    m_tip->setText(tr("Your OpenStack provider gives you an openrc file: in the Horizon dashboard, it is under "
                      "API Access › Download OpenStack RC File."));
}

} // namespace zenith

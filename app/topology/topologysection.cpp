#include "topologysection.h"

#include "topologyfeed.h"
#include "topologylayout.h"
#include "topologysvg.h"
#include "topologyview.h"

#include "common/busyindicator.h"
#include "common/errortext.h"
#include "common/messagebanner.h"
#include "core/session.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QImageWriter>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace zenith {

namespace {

enum StackPage { DiagramPage, StatePage };

TopologyLayout::Metrics metricsFor(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(8.5);
    const QFontMetricsF fm(font);
    // A sample of what labels hold: addresses, names, words.
    const QString sample = u"10.12.0.0/16 gateway lab-net ACTIVE Ext-Net db-1 port"_qs;
    TopologyLayout::Metrics metrics;
    metrics.charWidth = fm.horizontalAdvance(sample) / sample.size() * 1.08;
    metrics.lineHeight = std::max<qreal>(16, fm.height() + 4);
    return metrics;
}

} // namespace

TopologySection::TopologySection(QWidget* parent)
    : PaneSection(parent)
    , m_feed(new TopologyFeed(this))
    , m_view(new TopologyView(this))
    , m_layout(std::make_unique<TopologyLayout>())
    , m_banner(new MessageBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_stateText(new QLabel(m_stack))
    , m_stateBusy(new BusyIndicator(m_stack))
    , m_busy(new BusyIndicator(this))
    , m_summary(new QLabel(this))
    , m_retry(new QPushButton(m_stack))
    , m_zoomIn(new QPushButton(this))
    , m_zoomOut(new QPushButton(this))
    , m_fit(new QPushButton(this))
    , m_png(new QPushButton(this))
    , m_svg(new QPushButton(this))
{
    setObjectName(u"topologySection"_qs);
    m_summary->setObjectName(u"topologySummary"_qs);
    m_zoomIn->setObjectName(u"topologyZoomIn"_qs);
    m_zoomOut->setObjectName(u"topologyZoomOut"_qs);
    m_fit->setObjectName(u"topologyFit"_qs);
    m_png->setObjectName(u"topologyExportPng"_qs);
    m_svg->setObjectName(u"topologyExportSvg"_qs);
    m_banner->setObjectName(u"topologyBanner"_qs);
    m_retry->setObjectName(u"topologyRetry"_qs);
    m_banner->hide();
    connect(m_zoomIn, &QPushButton::clicked, m_view, &TopologyView::zoomIn);
    connect(m_zoomOut, &QPushButton::clicked, m_view, &TopologyView::zoomOut);
    connect(m_fit, &QPushButton::clicked, m_view, &TopologyView::fitAll);
    connect(m_png, &QPushButton::clicked, this, [this] { chooseAndExport(false); });
    connect(m_svg, &QPushButton::clicked, this, [this] { chooseAndExport(true); });
    connect(m_view, &TopologyView::resourceActivated, this, &PaneSection::openResourceRequested);
    // The usual zoom keys, while the diagram has the focus.
    const auto shortcut = [this](const QKeySequence& keys, void (TopologyView::*slot)()) {
        auto* key = new QShortcut(keys, m_view, m_view, slot);
        key->setContext(Qt::WidgetWithChildrenShortcut);
    };
    shortcut(QKeySequence::ZoomIn, &TopologyView::zoomIn);
    shortcut(QKeySequence::ZoomOut, &TopologyView::zoomOut);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_0), &TopologyView::fitAll);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_busy);
    for (QPushButton* button : {m_zoomIn, m_zoomOut, m_fit, m_png, m_svg})
        bar->addWidget(button);

    auto* state = new QWidget(m_stack);
    auto* stateLayout = new QVBoxLayout(state);
    stateLayout->addStretch();
    stateLayout->addWidget(m_stateBusy, 0, Qt::AlignHCenter);
    stateLayout->addWidget(m_stateText); // full width: a word-wrapped label centred alone shrinks
    stateLayout->addWidget(m_retry, 0, Qt::AlignHCenter);
    stateLayout->addStretch();
    m_stateText->setObjectName(u"topologyState"_qs);
    m_stateText->setAlignment(Qt::AlignCenter);
    m_stateText->setWordWrap(true);
    m_stack->insertWidget(DiagramPage, m_view);
    m_stack->insertWidget(StatePage, state);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_failed = false;
        m_banner->hide();
        m_feed->refresh();
        updateState();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    connect(m_feed, &TopologyFeed::graphChanged, this, &TopologySection::redraw);
    connect(m_feed, &TopologyFeed::failed, this, &TopologySection::showError);
    connect(m_feed, &TopologyFeed::loaded, this, [this] {
        m_failed = false;
        m_banner->hide();
        updateState();
    });
    retranslateUi();
}

TopologySection::~TopologySection()
{
    disconnectChildren();
}

QString TopologySection::title() const
{
    //: The tab with the diagram of networks, routers and instances.
    return tr("Topology");
}

void TopologySection::setSession(Session* session)
{
    m_session = session;
    m_failed = false;
    m_fitted = false;
    m_banner->hide();
    m_feed->setSession(session);
    updateState();
}

void TopologySection::setActive(bool active)
{
    m_feed->setActive(active);
    updateState();
}

QString TopologySection::stateText() const
{
    return m_stack->currentIndex() == StatePage ? m_stateText->text() : QString();
}

const TopologyLayout& TopologySection::currentLayout() const
{
    return *m_layout;
}

void TopologySection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        redraw(); // the diagram's words are translated too
    }
    PaneSection::changeEvent(event);
}

void TopologySection::retranslateUi()
{
    m_zoomIn->setText(tr("Zoom In"));
    m_zoomOut->setText(tr("Zoom Out"));
    //: Zooms the diagram so that all of it shows.
    m_fit->setText(tr("Fit"));
    m_png->setText(tr("Export PNG…"));
    m_svg->setText(tr("Export SVG…"));
    m_retry->setText(tr("Retry"));
    m_view->setToolTip(QString());
    updateState();
}

void TopologySection::redraw()
{
    const TopologyGraph& graph = m_feed->graph();
    *m_layout = TopologyLayout::compute(graph, metricsFor(font()));
    m_view->showLayout(*m_layout);
    updateState();
    if (!m_fitted && !graph.isEmpty() && m_stack->currentIndex() == DiagramPage) {
        // The first drawing fits the view; later ones keep the user's zoom and scroll.
        m_fitted = true;
        m_view->fitAll();
    }
}

void TopologySection::updateState()
{
    const TopologyGraph& graph = m_feed->graph();
    const bool loaded = m_feed->isLoaded();
    const bool loading = m_session && !loaded && !m_failed;
    m_busy->setVisible(loaded && m_feed->isListing());
    int networks = 0, routers = 0, servers = 0;
    for (const TopologyNode& node : graph.nodes()) {
        networks += node.isNetwork() ? 1 : 0;
        routers += node.kind == TopologyNode::Kind::Router ? 1 : 0;
        servers += node.kind == TopologyNode::Kind::Server ? 1 : 0;
    }
    m_summary->setText(loaded ? tr("%n network(s)", nullptr, networks) + u" · " + tr("%n router(s)", nullptr, routers) +
                                    u" · " + tr("%n instance(s)", nullptr, servers) + u" · " +
                                    tr("%n port(s)", nullptr, int(graph.links().size()))
                              : QString());
    const bool empty = loaded && networks == 0;
    for (QPushButton* button : {m_zoomIn, m_zoomOut, m_fit, m_png, m_svg})
        button->setEnabled(loaded && !empty);
    m_stateBusy->setVisible(loading);
    m_retry->setVisible(m_failed && !loaded);
    if (!m_session)
        m_stateText->setText(tr("Not signed in."));
    else if (m_failed && !loaded)
        m_stateText->setText(tr("Could not draw the topology."));
    else if (loading)
        m_stateText->setText(tr("Loading the networks, routers, ports and instances…"));
    else if (empty)
        m_stateText->setText(tr("No networks yet."));
    m_stack->setCurrentIndex(loaded && !empty ? DiagramPage : StatePage);
}

void TopologySection::showError(const ApiError& error)
{
    m_failed = true;
    m_banner->showMessage(MessageBanner::Type::Error,
                          tr("Could not list the resources of the diagram. %1").arg(ErrorText::message(error)));
    m_banner->show();
    updateState();
}

QString TopologySection::defaultFileName(const QString& suffix) const
{
    QString project;
    if (m_session) {
        if (const auto token = m_session->token(); token && token->project)
            project = token->project->name;
    }
    if (project.isEmpty())
        project = u"project"_qs;
    project.replace(u'/', u'-');
    return project + u"-topology." + suffix;
}

bool TopologySection::exportPng(const QString& path)
{
    const QImage image = m_view->renderImage(2);
    QImageWriter writer(path, "png");
    if (!image.isNull() && writer.write(image))
        return true;
    m_banner->showMessage(MessageBanner::Type::Error,
                          tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), writer.errorString()));
    m_banner->show();
    return false;
}

bool TopologySection::exportSvg(const QString& path)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(TopologySvg::write(*m_layout, defaultFileName(u"svg"_qs))) >= 0 &&
        file.commit())
        return true;
    m_banner->showMessage(MessageBanner::Type::Error,
                          tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    m_banner->show();
    return false;
}

void TopologySection::chooseAndExport(bool svg)
{
    const QString suffix = svg ? u"svg"_qs : u"png"_qs;
    const QString path = QFileDialog::getSaveFileName(
        this, svg ? tr("Export the Diagram as SVG") : tr("Export the Diagram as PNG"),
        QDir::home().filePath(defaultFileName(suffix)), svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (svg ? exportSvg(path) : exportPng(path))
        m_banner->showMessage(MessageBanner::Type::Information,
                              tr("Diagram saved to %1.").arg(QDir::toNativeSeparators(path)));
    m_banner->show();
}

} // namespace zenith

#pragma once

#include "panes/panesection.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace zenith {

class BusyIndicator;
class MessageBanner;
class TopologyFeed;
class TopologyLayout;
class TopologyView;
struct ApiError;

//! The Topology tab of the Network area: a live diagram of the project's networks, subnets,
//! routers, instances and ports (TopologyFeed → TopologyGraph → TopologyLayout → TopologyView),
//! with zoom, fit, PNG and SVG export, and click-through to each resource's tab.
class TopologySection final : public PaneSection
{
    Q_OBJECT

public:
    explicit TopologySection(QWidget* parent = nullptr);
    ~TopologySection() override;

    QString title() const override;
    void setSession(Session* session) override;
    void setActive(bool active) override;

    TopologyFeed* feed() const { return m_feed; }
    TopologyView* view() const { return m_view; }
    MessageBanner* banner() const { return m_banner; }
    //! The text of the loading, empty or error state ("" while the diagram shows).
    QString stateText() const;
    //! The layout drawn now.
    const TopologyLayout& currentLayout() const;

    //! Writes the diagram to a file; false (and a banner) on failure.
    bool exportPng(const QString& path);
    bool exportSvg(const QString& path);
    //! "<project>-topology.<suffix>", the file dialogs' default name.
    QString defaultFileName(const QString& suffix) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateState();
    void redraw();
    void showError(const ApiError& error);
    void chooseAndExport(bool svg);

    TopologyFeed* m_feed;
    TopologyView* m_view;
    std::unique_ptr<TopologyLayout> m_layout;
    QPointer<Session> m_session;
    MessageBanner* m_banner;
    QStackedWidget* m_stack;
    QLabel* m_stateText;
    BusyIndicator* m_stateBusy;
    BusyIndicator* m_busy;
    QLabel* m_summary;
    QPushButton* m_retry;
    QPushButton* m_zoomIn;
    QPushButton* m_zoomOut;
    QPushButton* m_fit;
    QPushButton* m_png;
    QPushButton* m_svg;
    bool m_failed = false;
    bool m_fitted = false;
};

} // namespace zenith

#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace zenith {

//! What the main window shows while no cloud is configured: where Zenith looks for clouds.yaml,
//! and buttons to import an openrc file or open a clouds.yaml. Emits intents only.
class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    //! The clouds.yaml locations the configuration loader reads, in its order.
    void setSearchPaths(const QStringList& paths);
    //! Shows the "Use the demo cloud" button; hidden until the demo cloud exists.
    void setDemoCloudAvailable(bool available);
    bool isDemoCloudAvailable() const;

Q_SIGNALS:
    void importOpenrcRequested();
    void openCloudsYamlRequested();
    void demoCloudRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QWidget* makeContent();

    QStringList m_paths;
    QLabel* m_title;
    QLabel* m_intro;
    QLabel* m_whereTitle;
    QLabel* m_where;
    QLabel* m_tip;
    QPushButton* m_importOpenrc;
    QPushButton* m_openCloudsYaml;
    QPushButton* m_demoCloud;
    bool m_demoAvailable = false;
};

} // namespace zenith

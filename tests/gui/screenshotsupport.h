// What zenith_screenshots' files share: where shots go, how they are taken, the demo cloud's lab.
#pragma once

#include <QFuture>
#include <QString>
#include <QTest>

#include <functional>

#include <cstdio>
#include <cstdlib>

#include <QStringList>

class QWidget;

namespace zenith {
class Session;
}

namespace shots {

extern QString g_dir;
extern QString g_lang;

//! Shows a widget and waits until the window system has it on screen.
void showAndWait(QWidget* widget);
//! Saves the widget as <dir>/<name>-<lang>.png.
void save(QWidget* widget, const QString& name);
//! What the screenshots created on a cloud, to take it down again on a real one.
struct SeededLab
{
    QStringList servers;
    QStringList ports;
    QStringList networks;
    QStringList securityGroups;
    QStringList floatingIps;
    QStringList volumes;
    QStringList snapshots;
    QStringList zones;
};

//! A student's servers mid-lab: lb (Ext-Net + the lab network's gateway port), web ×3, db, ns.
void seedServers(zenith::Session* session, SeededLab* seeded = nullptr);
//! Deletes what was seeded, in reverse dependency order, waiting for each step.
void tearDown(zenith::Session* session, const SeededLab& seeded);
//! Polls `done` (which sends one request) every half second until it holds or `ms` pass.
bool pollUntil(const std::function<bool()>& done, int ms);
//! The Network, Volumes and DNS areas, their tabs and dialogs, on the demo cloud's lab.
void shootLabAreas();
//! The Lab area's wizard, every page, deploying and tearing down on the demo cloud.
void shootLabWizard();

template <typename T> T awaitFuture(QFuture<T> future)
{
    // A cloud that never answers leaves the future unfinished, and result() would block forever.
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20000)) {
        std::fprintf(stderr, "the demo cloud did not answer\n");
        std::exit(1);
    }
    return future.result();
}

} // namespace shots

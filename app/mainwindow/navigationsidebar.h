#pragma once

#include "panes/area.h"

#include <QListWidget>

namespace zenith {

//! The list of areas on the left of the main window: icon and name, arrow keys to move.
class NavigationSidebar final : public QListWidget
{
    Q_OBJECT

public:
    explicit NavigationSidebar(QWidget* parent = nullptr);

    Area currentArea() const;
    void setCurrentArea(Area area);

    QSize sizeHint() const override;

Q_SIGNALS:
    //! Another area became current, by click, keyboard or setCurrentArea().
    void areaSelected(zenith::Area area);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
};

} // namespace zenith

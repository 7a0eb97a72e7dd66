#pragma once

#include <QScrollArea>

namespace zenith {

//! A scroll area for a page taller than small screens: it scrolls up and down only, and asks
//! for the width its page needs (so wrapped text and button rows are never cut at the right)
//! but not for its height, which a plain layout would impose on the window.
class VerticalScrollArea final : public QScrollArea
{
    Q_OBJECT

public:
    explicit VerticalScrollArea(QWidget* page, QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace zenith

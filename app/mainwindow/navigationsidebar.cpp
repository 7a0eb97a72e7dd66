#include "navigationsidebar.h"

#include "common/icons.h"

#include <QEvent>

namespace zenith {

namespace {
constexpr int iconSide = 20;
constexpr int itemPadding = 10;
} // namespace

NavigationSidebar::NavigationSidebar(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigationSidebar"));
    setFrameShape(QFrame::NoFrame);
    setIconSize(QSize(iconSide, iconSide));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    setSpacing(2);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    // The sidebar is part of the window chrome, not a document: window colour, not the white of a list.
    QPalette pal = palette();
    pal.setColor(QPalette::Base, pal.color(QPalette::Window));
    setPalette(pal);

    const QList<Area> areas = allAreas();
    for (const Area area : areas) {
        auto* item = new QListWidgetItem(Icons::icon(areaIconName(area)), QString(), this);
        item->setData(Qt::UserRole, static_cast<int>(area));
        item->setSizeHint(QSize(0, qMax(iconSide, fontMetrics().height()) + 2 * itemPadding));
    }
    retranslateUi();
    setCurrentRow(0);

    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            Q_EMIT areaSelected(currentArea());
    });
}

Area NavigationSidebar::currentArea() const
{
    const QListWidgetItem* item = currentItem();
    return item ? static_cast<Area>(item->data(Qt::UserRole).toInt()) : Area::Compute;
}

void NavigationSidebar::setCurrentArea(Area area)
{
    setCurrentRow(static_cast<int>(allAreas().indexOf(area)));
}

QSize NavigationSidebar::sizeHint() const
{
    int text = 0;
    for (int row = 0; row < count(); ++row)
        text = qMax(text, fontMetrics().horizontalAdvance(item(row)->text()));
    // Icon, gaps and a margin either side, so that longer translations never elide.
    const int width = text + iconSide + 3 * itemPadding + 2 * spacing() + 24;
    return {qMax(width, 160), QListWidget::sizeHint().height()};
}

void NavigationSidebar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QListWidget::changeEvent(event);
}

void NavigationSidebar::retranslateUi()
{
    setAccessibleName(tr("Navigation"));
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem* entry = item(row);
        const Area area = static_cast<Area>(entry->data(Qt::UserRole).toInt());
        entry->setText(areaTitle(area));
        //: Tooltip of a sidebar entry; %1 is the area, %2 its shortcut
        entry->setToolTip(tr("Show %1 (%2)").arg(areaTitle(area), QStringLiteral("Ctrl+%1").arg(row + 1)));
    }
    updateGeometry();
}

} // namespace zenith

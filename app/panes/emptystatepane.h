#pragma once

#include "pane.h"

class QLabel;

namespace zenith {

//! What an area shows until its real pane exists: its icon, its name and what will appear there.
class EmptyStatePane final : public Pane
{
    Q_OBJECT

public:
    explicit EmptyStatePane(Area area, QWidget* parent = nullptr);

    QString title() const;
    QString description() const;

protected:
    void retranslateUi() override;

private:
    QString descriptionText() const;

    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_description;
};

} // namespace zenith

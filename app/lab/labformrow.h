#pragma once

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

namespace zenith {

//! A field of a wizard form with what goes under it (a hint, the message of an issue), stacked
//! tightly so the message reads as the field's own.
inline QWidget* labFormField(QWidget* parent, std::initializer_list<QWidget*> parts)
{
    auto* field = new QWidget(parent);
    // Expanding: the form gives the field its whole width, so the wrapped sentences under it get
    // the height they need rather than being cut to the width of a radio button.
    field->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto* layout = new QVBoxLayout(field);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (QWidget* part : parts) {
        // Pickers and numbers keep their own width; texts and line edits take the row's.
        const bool compact = qobject_cast<QComboBox*>(part) || qobject_cast<QAbstractSpinBox*>(part);
        layout->addWidget(part, 0, compact ? Qt::AlignLeft : Qt::Alignment());
    }
    return field;
}

//! The form of a wizard page on `page`: fields take the row's width, a label too long for its row
//! (French) goes above its field, and `intro` runs word-wrapped across the top.
inline QFormLayout* labPageForm(QWidget* page, QLabel* intro)
{
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    intro->setWordWrap(true);
    form->addRow(intro);
    return form;
}

//! The sentence under a choice that says what it does: word-wrapped, indented under the radio
//! button, in the secondary text colour.
inline QLabel* labExplanation(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setIndent(24);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace zenith

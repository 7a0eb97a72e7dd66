#pragma once

#include <QLabel>

namespace zenith {

//! The message under a wizard field that says what is wrong with it, in the error colour; hidden
//! while the field is fine. Kept in the layout's flow so the form does not jump as it appears.
class LabFieldMessage final : public QLabel
{
    Q_OBJECT

public:
    explicit LabFieldMessage(QWidget* parent = nullptr);

    //! Shows `text` (empty: hides the message).
    void setMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColour();
};

} // namespace zenith

#pragma once

#include <QFrame>

class QLabel;

namespace zenith {

//! An inline message box (error, warning or information) shown inside a form, in the spirit of
//! KMessageWidget: tinted background, icon, word-wrapped selectable text.
class MessageBanner final : public QFrame
{
    Q_OBJECT

public:
    enum class Type { Information, Warning, Error };

    explicit MessageBanner(QWidget* parent = nullptr);

    void showMessage(Type type, const QString& text);
    QString text() const;
    Type type() const;

private:
    void applyStyle();

    QLabel* m_icon;
    QLabel* m_text;
    Type m_type = Type::Information;
};

} // namespace zenith

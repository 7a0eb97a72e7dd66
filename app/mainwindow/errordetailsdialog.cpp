#include "errordetailsdialog.h"

#include "common/errortext.h"
#include "common/icons.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace zenith {

ErrorDetailsDialog::ErrorDetailsDialog(const ApiError& error, QWidget* parent)
    : QDialog(parent)
    , m_error(error)
{
    setObjectName(QStringLiteral("errorDetailsDialog"));
    setWindowTitle(tr("Error Details"));

    auto* icon = new QLabel(this);
    icon->setPixmap(Icons::icon(QStringLiteral("error")).pixmap(32, 32));
    icon->setAlignment(Qt::AlignTop);

    auto* summary = new QLabel(ErrorText::sentence(error), this);
    summary->setWordWrap(true);
    QFont bold = summary->font();
    bold.setBold(true);
    summary->setFont(bold);

    QStringList lines = ErrorText::details(error).split(u'\n');
    lines.removeFirst();
    auto* details = new QLabel(lines.join(u'\n'), this);
    details->setObjectName(QStringLiteral("errorDetailsText"));
    details->setTextFormat(Qt::PlainText);
    details->setWordWrap(true);
    details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* text = new QVBoxLayout;
    text->setSpacing(10);
    text->addWidget(summary);
    text->addWidget(details);
    text->addStretch(1);

    auto* body = new QHBoxLayout;
    body->setSpacing(14);
    body->addWidget(icon);
    body->addLayout(text, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("Copy Details"), QDialogButtonBox::ActionRole);
    copy->setIcon(Icons::icon(QStringLiteral("copy")));
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(detailsText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 88);
}

QString ErrorDetailsDialog::detailsText() const
{
    return ErrorText::details(m_error);
}

} // namespace zenith

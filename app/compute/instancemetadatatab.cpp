#include "instancemetadatatab.h"

#include "common/detailstable.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace zenith {

InstanceMetadataTab::InstanceMetadataTab(QWidget* parent)
    : QWidget(parent)
    , m_tags(new QLabel(this))
    , m_metadata(new DetailsTable(this))
{
    setObjectName(QStringLiteral("instanceMetadata"));
    m_tags->setTextFormat(Qt::PlainText);
    m_tags->setWordWrap(true);
    m_tags->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tags);
    layout->addWidget(m_metadata, 1);
    retranslateUi();
}

void InstanceMetadataTab::setData(const QMap<QString, QString>& metadata, const QStringList& tags)
{
    m_tagList = tags;
    QList<QStringList> rows;
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it)
        rows << QStringList{it.key(), it.value()};
    m_metadata->setRows(rows);
    retranslateUi();
}

DetailsTable* InstanceMetadataTab::metadataTable() const
{
    return m_metadata;
}

QLabel* InstanceMetadataTab::tagsLabel() const
{
    return m_tags;
}

void InstanceMetadataTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void InstanceMetadataTab::retranslateUi()
{
    //: %1: the instance's tags, comma-separated
    m_tags->setText(m_tagList.isEmpty() ? tr("Tags: none") : tr("Tags: %1").arg(m_tagList.join(QStringLiteral(", "))));
    //: column of an instance's metadata: the item's key
    m_metadata->setHeaders({tr("Key"), tr("Value")});
    m_metadata->setEmptyText(tr("This instance has no metadata."));
}

} // namespace zenith

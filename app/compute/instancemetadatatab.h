#pragma once

#include <QMap>
#include <QStringList>
#include <QWidget>

class QLabel;

namespace zenith {

class DetailsTable;

//! The Metadata tab of an instance's details: its tags, and its metadata as key/value rows.
class InstanceMetadataTab final : public QWidget
{
    Q_OBJECT

public:
    explicit InstanceMetadataTab(QWidget* parent = nullptr);

    void setData(const QMap<QString, QString>& metadata, const QStringList& tags);

    DetailsTable* metadataTable() const;
    QLabel* tagsLabel() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_tags;
    DetailsTable* m_metadata;
    QStringList m_tagList;
};

} // namespace zenith

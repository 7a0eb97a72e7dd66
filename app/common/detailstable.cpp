#include "detailstable.h"

#include "common/messagebanner.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace zenith {

DetailsTable::DetailsTable(QWidget* parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(this))
    , m_table(new QTableWidget(this))
    , m_state(new QLabel(this))
{
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setWordWrap(true);
    m_state->setEnabled(false); // the palette's dimmed text: a remark, not content

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_state, 1);
    m_banner->hide();
    updateState(true);
}

void DetailsTable::setHeaders(const QStringList& headers)
{
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
}

void DetailsTable::setEmptyText(const QString& text)
{
    m_emptyText = text;
    if (!m_state->text().isEmpty() && m_table->rowCount() == 0 && m_state->property("empty").toBool())
        m_state->setText(text);
}

void DetailsTable::setRows(const QList<QStringList>& rows)
{
    const bool first = m_table->rowCount() == 0;
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < m_table->columnCount(); ++column) {
            const QString text = rows[row].value(column);
            QTableWidgetItem* item = m_table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, column, item);
            }
            if (item->text() != text) {
                item->setText(text);
                item->setToolTip(text);
            }
        }
    }
    // Fit the columns to their content the first time only: later refreshes keep the user's widths.
    if (first && !rows.isEmpty()) {
        m_table->resizeColumnsToContents();
        for (int column = 0; column < m_table->columnCount(); ++column)
            m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), 320));
    }
    m_banner->hide();
    updateState(false);
}

void DetailsTable::showLoading()
{
    m_table->setRowCount(0);
    m_banner->hide();
    updateState(true);
}

void DetailsTable::showError(const QString& text)
{
    m_banner->showMessage(MessageBanner::Type::Error, text);
    m_banner->show();
    if (m_table->rowCount() == 0) {
        // No rows to keep: the banner alone says it, the empty line below only holds the space.
        m_table->hide();
        m_state->setText(QString());
        m_state->show();
    }
}

QTableWidget* DetailsTable::table() const
{
    return m_table;
}

MessageBanner* DetailsTable::banner() const
{
    return m_banner;
}

QLabel* DetailsTable::stateLabel() const
{
    return m_state;
}

void DetailsTable::updateState(bool loading)
{
    const bool empty = m_table->rowCount() == 0;
    m_table->setVisible(!empty);
    m_state->setVisible(empty);
    m_state->setProperty("empty", !loading);
    //: shown in a details tab of the Instances pane while its data is fetched
    m_state->setText(loading ? tr("Loading…") : m_emptyText);
}

} // namespace zenith

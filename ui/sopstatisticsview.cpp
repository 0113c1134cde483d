#include "sopstatisticsview.h"

#include "discrepancytablemodel.h"
#include "sopstatistics.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace stockroom::ui {

namespace {

constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;
const QList<int> periods{7, 30, 90, 365};

} // namespace

SopStatisticsView::SopStatisticsView(QWidget *parent)
    : QWidget(parent)
    , m_periodLabel(new QLabel(this))
    , m_periodCombo(new QComboBox(this))
    , m_summaryLabel(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("sopStatisticsView"));
    m_periodCombo->setObjectName(QStringLiteral("periodComboBox"));
    m_periodLabel->setBuddy(m_periodCombo);
    m_summaryLabel->setObjectName(QStringLiteral("statisticsSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("statisticsTableWidget"));
    m_table->setColumnCount(3);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int days : periods)
        m_periodCombo->addItem(QString(), days);
    m_periodCombo->setCurrentIndex(1);

    auto *period = new QHBoxLayout;
    period->addWidget(m_periodLabel);
    period->addWidget(m_periodCombo);
    period->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_table, 1);

    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, &SopStatisticsView::reload);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        if (QTableWidgetItem *item = m_table->item(row, 0))
            Q_EMIT sopRequested(item->data(Qt::UserRole).toString());
    });
    retranslate();
}

void SopStatisticsView::setStatistics(const replica::SopStatistics *statistics, Clock clock)
{
    m_statistics = statistics;
    m_clock = std::move(clock);
    reload();
}

int SopStatisticsView::periodDays() const
{
    return m_periodCombo->currentData().toInt();
}

void SopStatisticsView::setPeriodDays(int days)
{
    const int index = m_periodCombo->findData(days);
    if (index >= 0)
        m_periodCombo->setCurrentIndex(index);
}

void SopStatisticsView::reload()
{
    m_table->setRowCount(0);
    if (!m_statistics || !m_clock) {
        m_summaryLabel->setText(tr("No discrepancy queue is open on this desktop."));
        return;
    }
    const qint64 to = m_clock() + 1;
    const qint64 from = to - qint64(periodDays()) * dayMs;
    const QList<replica::SopDiscrepancyLink> links = m_statistics->linkedDiscrepancies(from, to);
    m_table->setRowCount(int(links.size()));
    for (int row = 0; row < links.size(); ++row) {
        const replica::SopDiscrepancyLink &link = links.at(row);
        auto *title = new QTableWidgetItem(link.title);
        title->setData(Qt::UserRole, link.sopId);
        title->setToolTip(tr("Version %1; double-click to read it.").arg(link.version));
        auto *count = new QTableWidgetItem(QLocale().toString(link.discrepancies));
        count->setData(Qt::TextAlignmentRole, int(Qt::AlignRight | Qt::AlignVCenter));
        QStringList types;
        for (const auto &[type, n] : link.byType) {
            types.append(tr("%1: %2").arg(item::DiscrepancyTableModel::typeLabel(type),
                                          QLocale().toString(n)));
        }
        m_table->setItem(row, 0, title);
        m_table->setItem(row, 1, count);
        m_table->setItem(row, 2, new QTableWidgetItem(types.join(QStringLiteral(", "))));
    }
    m_table->resizeColumnToContents(0);
    const QString since
        = QLocale().toString(QDateTime::fromMSecsSinceEpoch(from).date(), QLocale::ShortFormat);
    m_summaryLabel->setText(
        links.isEmpty()
            ? tr("No discrepancy since %1 is governed by an SOP.").arg(since)
            : tr("SOPs by the discrepancies they govern that were raised since %1; the ones at "
                 "the top are where training helps most.")
                  .arg(since));
}

void SopStatisticsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SopStatisticsView::retranslate()
{
    m_periodLabel->setText(tr("&Period:"));
    for (int i = 0; i < m_periodCombo->count(); ++i) {
        m_periodCombo->setItemText(
            i, tr("Last %n day(s)", nullptr, m_periodCombo->itemData(i).toInt()));
    }
    m_table->setHorizontalHeaderLabels({tr("SOP"), tr("Discrepancies"), tr("By type")});
    reload();
}

} // namespace stockroom::ui

#pragma once

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QTableWidget;

namespace stockroom::replica {
class SopStatistics;
}

namespace stockroom::ui {

/**
 * For trainers and managers: which SOPs governed the most discrepancies in a chosen period
 * (the last 7, 30, 90 or 365 days), the types behind each count; where training is needed.
 */
class SopStatisticsView : public QWidget
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>;

    explicit SopStatisticsView(QWidget *parent = nullptr);

    /** The statistics (borrowed, may be null) and the clock that ends the period. */
    void setStatistics(const replica::SopStatistics *statistics, Clock clock);
    void reload();

    /** The period's length in days (the selector's choice). */
    int periodDays() const;
    void setPeriodDays(int days);

    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    /** A row was activated: open its SOP. */
    void sopRequested(const QString &sopId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const replica::SopStatistics *m_statistics = nullptr;
    Clock m_clock;
    QLabel *m_periodLabel;
    QComboBox *m_periodCombo;
    QLabel *m_summaryLabel;
    QTableWidget *m_table;
};

} // namespace stockroom::ui

#pragma once

#include "kpireport.h"

#include <QAbstractTableModel>

namespace stockroom::item {

/**
 * The data behind one chart of the KPIs page (a domain::KpiSeries) as a table: column 0 is the
 * row's key (a day's UTC milliseconds for time series, the row's index for categories), the
 * next columns its values; the vertical header holds the row labels. The charts read it through
 * model mappers (QVXYModelMapper, QVBarModelMapper), so display values are numbers.
 */
class KpiSeriesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit KpiSeriesModel(QObject *parent = nullptr);

    void setSeries(const domain::KpiSeries &series);
    const domain::KpiSeries &series() const { return m_series; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /** The row labels, in row order (the categories of a bar chart). */
    QStringList rowLabels() const;

    /** The table as CSV: a header line, then per row its label and values (exact, '.' decimal). */
    QString toCsv() const;

private:
    domain::KpiSeries m_series;
};

} // namespace stockroom::item

#include "kpiseriesmodel.h"

namespace stockroom::item {

namespace {

QString csvQuoted(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

KpiSeriesModel::KpiSeriesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void KpiSeriesModel::setSeries(const domain::KpiSeries &series)
{
    beginResetModel();
    m_series = series;
    endResetModel();
}

int KpiSeriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_series.rows.size());
}

int KpiSeriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_series.columns.size()) + 1;
}

QVariant KpiSeriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const domain::KpiSeriesRow &row = m_series.rows.at(index.row());
    if (index.column() == 0)
        return double(row.key);
    const qsizetype value = index.column() - 1;
    return value < row.values.size() ? QVariant(row.values.at(value)) : QVariant();
}

QVariant KpiSeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_series.rows.size() ? m_series.rows.at(section).label
                                                              : QVariant();
    if (section == 0)
        return m_series.timeKeyed ? tr("Day") : tr("Row");
    return section - 1 < m_series.columns.size() ? m_series.columns.at(section - 1) : QVariant();
}

QStringList KpiSeriesModel::rowLabels() const
{
    QStringList labels;
    for (const domain::KpiSeriesRow &row : m_series.rows)
        labels.append(row.label);
    return labels;
}

QString KpiSeriesModel::toCsv() const
{
    QStringList header{m_series.timeKeyed ? tr("date") : tr("label")};
    for (const QString &column : m_series.columns)
        header.append(csvQuoted(column));
    QString csv = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const domain::KpiSeriesRow &row : m_series.rows) {
        QStringList fields{csvQuoted(row.label)};
        for (double value : row.values)
            fields.append(QString::number(value, 'g', 17));
        csv += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return csv;
}

} // namespace stockroom::item

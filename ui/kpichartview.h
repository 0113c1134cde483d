#pragma once

#include "kpireport.h"

#include <QWidget>

class QAbstractAxis;
class QChart;
class QChartView;
class QValueAxis;

namespace stockroom::item {
class KpiSeriesModel;
}

namespace stockroom::ui {

/**
 * One chart of the KPIs page, drawn from its table model through model mappers (lines over days
 * with QVXYModelMapper, bars over categories with QVBarModelMapper), with buttons that export
 * it as PNG and the data behind it as CSV.
 */
class KpiChartView : public QWidget
{
    Q_OBJECT

public:
    /** model is borrowed and must outlive the view; it must hold its series already. */
    KpiChartView(domain::KpiChart chart, item::KpiSeriesModel *model, QWidget *parent = nullptr);

    domain::KpiChart chart() const { return m_chartKind; }
    QChartView *chartView() const { return m_view; }
    QChart *qchart() const;

    /** Re-reads the axes' ranges and categories after the model changed. */
    void refresh();

    bool exportPng(const QString &path, QString *error) const;
    bool exportCsv(const QString &path, QString *error) const;

Q_SIGNALS:
    /** The user asked to export (the page picks the file). */
    void pngRequested();
    void csvRequested();

private:
    domain::KpiChart m_chartKind;
    item::KpiSeriesModel *m_model;
    QChartView *m_view;
    QAbstractAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
};

} // namespace stockroom::ui

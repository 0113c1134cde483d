#include "kpichartview.h"

#include "kpiseriesmodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QSaveFile>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QPushButton>
#include <QVBarModelMapper>
#include <QVBoxLayout>
#include <QVXYModelMapper>
#include <QValueAxis>

#include <algorithm>

namespace stockroom::ui {

namespace {

constexpr qint64 dayMs = 24 * 3600 * 1000LL;

} // namespace

KpiChartView::KpiChartView(domain::KpiChart chart, item::KpiSeriesModel *model, QWidget *parent)
    : QWidget(parent)
    , m_chartKind(chart)
    , m_model(model)
    , m_view(new QChartView(this))
{
    const QString key = domain::kpiChartKey(chart);
    setObjectName(key + QStringLiteral("Widget"));
    m_view->setObjectName(key + QStringLiteral("ChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);

    auto *qc = new QChart;
    qc->legend()->setAlignment(Qt::AlignBottom);
    const domain::KpiSeries &series = model->series();
    const int valueColumns = int(series.columns.size());
    m_yAxis = new QValueAxis(qc);
    qc->addAxis(m_yAxis, Qt::AlignLeft);
    if (series.timeKeyed) {
        auto *x = new QDateTimeAxis(qc);
        x->setFormat(QStringLiteral("MMM d"));
        qc->addAxis(x, Qt::AlignBottom);
        m_xAxis = x;
        for (int column = 1; column <= valueColumns; ++column) {
            auto *line = new QLineSeries(qc);
            line->setName(series.columns.at(column - 1));
            line->setPointsVisible(true);
            // The accuracy target is a reference line, not a measurement.
            if (chart == domain::KpiChart::AccuracyOverTime && column == 2) {
                QPen pen(QColor(0xb3, 0x26, 0x1e));
                pen.setStyle(Qt::DashLine);
                pen.setWidth(2);
                line->setPen(pen);
                line->setPointsVisible(false);
            }
            auto *mapper = new QVXYModelMapper(this);
            mapper->setXColumn(0);
            mapper->setYColumn(column);
            mapper->setSeries(line);
            mapper->setModel(model);
            qc->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(m_yAxis);
        }
    } else {
        auto *x = new QBarCategoryAxis(qc);
        qc->addAxis(x, Qt::AlignBottom);
        m_xAxis = x;
        auto *bars = new QBarSeries(qc);
        auto *mapper = new QVBarModelMapper(this);
        mapper->setFirstBarSetColumn(1);
        mapper->setLastBarSetColumn(valueColumns);
        mapper->setFirstRow(0);
        mapper->setRowCount(-1);
        mapper->setSeries(bars);
        mapper->setModel(model);
        qc->addSeries(bars);
        bars->attachAxis(x);
        bars->attachAxis(m_yAxis);
    }
    m_view->setChart(qc);

    auto *png = new QPushButton(tr("PNG…"), this);
    png->setObjectName(key + QStringLiteral("PngButton"));
    png->setToolTip(tr("Export this chart as a PNG image"));
    auto *csv = new QPushButton(tr("Data (CSV)…"), this);
    csv->setObjectName(key + QStringLiteral("CsvButton"));
    csv->setToolTip(tr("Export the data behind this chart as CSV"));
    connect(png, &QPushButton::clicked, this, &KpiChartView::pngRequested);
    connect(csv, &QPushButton::clicked, this, &KpiChartView::csvRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(png);
    buttons->addWidget(csv);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(model, &QAbstractItemModel::modelReset, this, &KpiChartView::refresh);
    refresh();
}

QChart *KpiChartView::qchart() const
{
    return m_view->chart();
}

void KpiChartView::refresh()
{
    const domain::KpiSeries &series = m_model->series();
    qchart()->setTitle(series.title);
    double low = 0;
    double high = 0;
    for (const domain::KpiSeriesRow &row : series.rows) {
        for (double v : row.values) {
            low = std::min(low, v);
            high = std::max(high, v);
        }
    }
    switch (m_chartKind) {
    case domain::KpiChart::AccuracyOverTime:
    case domain::KpiChart::FunnelRates:
    case domain::KpiChart::StoreComparison:
        m_yAxis->setRange(0, 100);
        m_yAxis->setLabelFormat(QStringLiteral("%.0f %%"));
        break;
    case domain::KpiChart::NpsOverTime:
        m_yAxis->setRange(-100, 100);
        m_yAxis->setLabelFormat(QStringLiteral("%.0f"));
        break;
    case domain::KpiChart::ResponseDistribution:
    case domain::KpiChart::StockoutsPerWeek:
        m_yAxis->setRange(low, std::max(1.0, high * 1.1));
        m_yAxis->setLabelFormat(QStringLiteral("%.0f"));
        break;
    }
    if (auto *time = qobject_cast<QDateTimeAxis *>(m_xAxis)) {
        qint64 first = series.rows.isEmpty() ? 0 : series.rows.constFirst().key;
        qint64 last = series.rows.isEmpty() ? dayMs : series.rows.constLast().key;
        if (last - first < dayMs) {
            first -= dayMs / 2;
            last += dayMs / 2;
        }
        time->setRange(QDateTime::fromMSecsSinceEpoch(first, Qt::UTC),
                       QDateTime::fromMSecsSinceEpoch(last, Qt::UTC));
    } else if (auto *categories = qobject_cast<QBarCategoryAxis *>(m_xAxis)) {
        categories->clear();
        categories->append(m_model->rowLabels());
    }
}

bool KpiChartView::exportPng(const QString &path, QString *error) const
{
    if (m_view->grab().save(path, "PNG"))
        return true;
    if (error)
        *error = tr("Cannot write %1.").arg(path);
    return false;
}

bool KpiChartView::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(m_model->toCsv().toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace stockroom::ui

#include "kpispage.h"

#include "kpichartview.h"
#include "kpifigures.h"
#include "kpiseriesmodel.h"
#include "kpiservice.h"
#include "kpitile.h"
#include "statusmessagelabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPointer>
#include <QStandardItemModel>
#include <QPdfWriter>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QVBoxLayout>

namespace stockroom::ui {

KpisPage::KpisPage(replica::KpiService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_location(new QComboBox(this))
    , m_sourceChoice(new QComboBox(this))
    , m_pdfButton(new QPushButton(tr("Export dashboard (PDF)…"), this))
    , m_source(new QLabel(this))
    , m_status(new StatusMessageLabel(this))
    , m_dashboard(new QWidget)
{
    setObjectName(QStringLiteral("kpisPage"));
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    m_location->setObjectName(QStringLiteral("locationComboBox"));
    m_sourceChoice->setObjectName(QStringLiteral("sourceComboBox"));
    m_sourceChoice->addItem(tr("This desktop (offline)"));
    m_sourceChoice->addItem(tr("Central IMS (chain-wide)"));
    m_sourceChoice->setToolTip(
        tr("Store figures are computed from this desktop's replica and work offline; chain-wide "
           "figures come from the central IMS while this desktop is connected to it."));
    setCentralSource({});
    m_pdfButton->setObjectName(QStringLiteral("pdfButton"));
    m_source->setObjectName(QStringLiteral("sourceLabel"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_source->setWordWrap(true);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    // The latest month with data, so a replica that has not synced lately still shows figures.
    const QDate last = m_service.latestDataDate().value_or(QDate::currentDate());
    m_to->setDate(last);
    m_from->setDate(last.addDays(-29));
    fillLocations();

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(new QLabel(tr("Location"), this));
    filters->addWidget(m_location);
    filters->addWidget(new QLabel(tr("Figures from"), this));
    filters->addWidget(m_sourceChoice);
    filters->addStretch();
    filters->addWidget(m_pdfButton);

    auto *tiles = new QGridLayout;
    for (int i = 0; i < 6; ++i) {
        auto *tile = new KpiTile(m_dashboard);
        tiles->addWidget(tile, i / 3, i % 3);
        m_tiles.append(tile);
    }

    // The models hold a first report before the charts are built on them.
    for (domain::KpiChart chart : domain::allKpiCharts()) {
        auto *model = new item::KpiSeriesModel(this);
        model->setObjectName(domain::kpiChartKey(chart) + QStringLiteral("Model"));
        m_models.append(model);
    }
    reload();
    auto *charts = new QGridLayout;
    for (domain::KpiChart chart : domain::allKpiCharts()) {
        auto *view = new KpiChartView(chart, m_models.at(qsizetype(chart)), m_dashboard);
        const int index = int(m_charts.size());
        charts->addWidget(view, index / 2, index % 2);
        m_charts.append(view);
        connect(view, &KpiChartView::pngRequested, this, [this, chart] { chooseAndExport(chart, true); });
        connect(view, &KpiChartView::csvRequested, this, [this, chart] { chooseAndExport(chart, false); });
    }

    auto *dashboardLayout = new QVBoxLayout(m_dashboard);
    dashboardLayout->addWidget(m_source);
    dashboardLayout->addLayout(tiles);
    dashboardLayout->addLayout(charts);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_dashboard);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);

    connect(m_from, &QDateEdit::dateChanged, this, &KpisPage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &KpisPage::reload);
    connect(m_location, &QComboBox::currentIndexChanged, this, &KpisPage::reload);
    connect(m_sourceChoice, &QComboBox::currentIndexChanged, this, &KpisPage::reload);
    connect(m_pdfButton, &QPushButton::clicked, this, &KpisPage::chooseAndExportPdf);
}

KpisPage::~KpisPage() = default;

void KpisPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        reload();
}

void KpisPage::fillLocations()
{
    const QString current = m_location->currentData().toString();
    const QSignalBlocker blocker(m_location);
    m_location->clear();
    m_location->addItem(tr("All locations"), QString());
    for (const domain::Location &location : m_service.locations())
        m_location->addItem(QStringLiteral("%1 — %2").arg(location.code, location.name),
                            location.code);
    m_location->setCurrentIndex(std::max(0, m_location->findData(current)));
}

domain::KpiPeriod KpisPage::period() const
{
    return {m_from->date(), m_to->date()};
}

QString KpisPage::location() const
{
    return m_location->currentData().toString();
}

void KpisPage::setPeriod(QDate from, QDate to)
{
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    reload();
}

bool KpisPage::setLocation(const QString &code)
{
    const int index = m_location->findData(code);
    if (index < 0)
        return false;
    if (index == m_location->currentIndex())
        reload();
    else
        m_location->setCurrentIndex(index);
    return true;
}

void KpisPage::reload()
{
    if (m_reloading)
        return;
    m_reloading = true;
    if (m_location->count() != m_service.locations().size() + 1)
        fillLocations();
    m_reloading = false;
    const quint64 request = ++m_centralRequest;
    if (showsCentral()) {
        m_status->showMessage(tr("Asking the central IMS for the figures…"), false);
        QPointer<KpisPage> self(this);
        const QString where = location();
        m_central(period(), where,
                  [self, request, where](const std::optional<domain::KpiReport> &report,
                                         qint64 asOfMs, const QString &error) {
                      if (!self || self->m_centralRequest != request)
                          return; // the page is gone, or the filter changed since
                      if (!report) {
                          // Never central's figures of an earlier filter: this desktop's own.
                          self->showReplicaReport();
                          self->m_status->showMessage(
                              tr("The central IMS could not give the figures (%1); showing this "
                                 "desktop's own.")
                                  .arg(error),
                              true);
                          return;
                      }
                      self->m_report = report;
                      self->m_status->showMessage({}, false);
                      const QString asOf = QDateTime::fromMSecsSinceEpoch(asOfMs, Qt::UTC)
                                               .toString(Qt::ISODate);
                      self->showReport(
                          where.isEmpty()
                              ? tr("Chain-wide figures from the central IMS, as of %1.").arg(asOf)
                              : tr("Figures of %1 from the central IMS, as of %2.")
                                    .arg(where, asOf));
                  });
        return;
    }
    if (showReplicaReport())
        m_status->showMessage({}, false);
}

bool KpisPage::showReplicaReport()
{
    QString error;
    m_report = m_service.report(period(), location(), &error);
    if (!m_report) {
        m_status->showMessage(tr("No figures: %1").arg(error), true);
        return false;
    }
    const QString where = m_report->location.isEmpty() ? tr("all locations of this replica")
                                                       : m_report->location;
    const std::optional<QDate> latest = m_service.latestDataDate();
    showReport(
        tr("Store figures for %1, computed offline from this desktop's replica (not chain-wide "
           "figures from central), as of %2; newest data from %3.")
            .arg(where,
                 QDateTime::fromMSecsSinceEpoch(m_service.now(), Qt::UTC).toString(Qt::ISODate),
                 latest ? latest->toString(Qt::ISODate) : tr("no day yet")));
    return true;
}

void KpisPage::showReport(const QString &sourceText)
{
    const QList<domain::KpiFigure> figures = domain::kpiFigures(*m_report);
    for (qsizetype i = 0; i < figures.size() && i < m_tiles.size(); ++i) {
        m_tiles.at(i)->setObjectName(figures.at(i).key + QStringLiteral("Tile"));
        m_tiles.at(i)->setFigure(figures.at(i));
    }
    for (domain::KpiChart chart : domain::allKpiCharts())
        m_models.at(qsizetype(chart))->setSeries(m_report->seriesOf(chart));
    m_source->setText(sourceText);
}

void KpisPage::setCentralSource(CentralSource source)
{
    m_central = std::move(source);
    auto *model = qobject_cast<QStandardItemModel *>(m_sourceChoice->model());
    if (QStandardItem *central = model ? model->item(1) : nullptr)
        central->setEnabled(bool(m_central));
    if (!m_central && m_sourceChoice->currentIndex() != 0)
        m_sourceChoice->setCurrentIndex(0); // reloads
}

void KpisPage::setShowCentral(bool central)
{
    m_sourceChoice->setCurrentIndex(central && m_central ? 1 : 0);
}

bool KpisPage::showsCentral() const
{
    return m_central && m_sourceChoice->currentIndex() == 1;
}

item::KpiSeriesModel *KpisPage::seriesModel(domain::KpiChart chart) const
{
    return m_models.at(qsizetype(chart));
}

KpiChartView *KpisPage::chartView(domain::KpiChart chart) const
{
    return m_charts.at(qsizetype(chart));
}

bool KpisPage::exportChartPng(domain::KpiChart chart, const QString &path, QString *error) const
{
    return chartView(chart)->exportPng(path, error);
}

bool KpisPage::exportChartCsv(domain::KpiChart chart, const QString &path, QString *error) const
{
    return chartView(chart)->exportCsv(path, error);
}

bool KpisPage::exportPdf(const QString &path, QString *error)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setTitle(tr("Stockroom KPIs %1 – %2")
                        .arg(period().from.toString(Qt::ISODate), period().to.toString(Qt::ISODate)));
    writer.setResolution(150);
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    // The dashboard as laid out on screen, scaled to the page width, over as many pages as it
    // takes; each page shows the next slice.
    const QSize size = m_dashboard->size();
    const QRect page = painter.viewport();
    const double scale = double(page.width()) / double(std::max(1, size.width()));
    const int sliceHeight = int(page.height() / scale);
    for (int top = 0; top < size.height(); top += sliceHeight) {
        if (top > 0)
            writer.newPage();
        painter.save();
        painter.scale(scale, scale);
        m_dashboard->render(&painter, QPoint(), QRegion(0, top, size.width(), sliceHeight));
        painter.restore();
    }
    painter.end();
    return true;
}

void KpisPage::chooseAndExport(domain::KpiChart chart, bool png)
{
    const QString suggested = domain::kpiChartKey(chart) + (png ? QStringLiteral(".png")
                                                                : QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(
        this, png ? tr("Export chart as PNG") : tr("Export chart data as CSV"), suggested,
        png ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = png ? exportChartPng(chart, path, &error) : exportChartCsv(chart, path, &error);
    m_status->showMessage(ok ? tr("Exported %1.").arg(path) : error, !ok);
}

void KpisPage::chooseAndExportPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export dashboard as PDF"),
                                                      QStringLiteral("kpis.pdf"),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = exportPdf(path, &error);
    m_status->showMessage(ok ? tr("Exported %1.").arg(path) : error, !ok);
}

} // namespace stockroom::ui

#pragma once

#include "kpireport.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace stockroom::replica {
class KpiService;
}

namespace stockroom::item {
class KpiSeriesModel;
}

namespace stockroom::ui {

class KpiChartView;
class KpiTile;
class StatusMessageLabel;

/**
 * The KPIs page (issue 8): a tile per headline figure with its target and trend, and six charts
 * (accuracy over time with the target line, response-time distribution, stockouts per week,
 * funnel rates, NPS, per-store accuracy), for a date range and location. Store figures come from
 * this desktop's replica through the KpiService and work offline; chain-wide figures come from
 * the central IMS when the desktop is connected (setCentralSource). The page says which it shows,
 * and as of when. Every chart can be exported as PNG and its data as CSV, the dashboard as PDF.
 */
class KpisPage : public QWidget
{
    Q_OBJECT

public:
    /**
     * Asks the central IMS for the report of a period and location (empty: the chain) and calls
     * done once, on the GUI thread: the report and when central computed it, or nothing and why.
     */
    using CentralDone = std::function<void(const std::optional<domain::KpiReport> &report,
                                           qint64 asOfMs, const QString &error)>;
    using CentralSource = std::function<void(const domain::KpiPeriod &period,
                                             const QString &location, CentralDone done)>;

    /** The service is borrowed and must outlive the page. */
    explicit KpisPage(replica::KpiService &service, QWidget *parent = nullptr);
    ~KpisPage() override;

    /** Re-reads the figures (after a sync or an import) for the current filter. */
    void reload();

    /** Sets the range (reloading); from must not be after to. */
    void setPeriod(QDate from, QDate to);
    /** Sets the location filter (empty: all), reloading; false when it is not offered. */
    bool setLocation(const QString &code);

    /** Where chain-wide figures come from; empty (the default): only the replica's. */
    void setCentralSource(CentralSource source);
    /** Shows central's figures (when a source is set) or the replica's; reloads. */
    void setShowCentral(bool central);
    bool showsCentral() const;

    domain::KpiPeriod period() const;
    QString location() const;
    /** The report shown; nothing when it could not be computed. */
    const std::optional<domain::KpiReport> &report() const { return m_report; }

    item::KpiSeriesModel *seriesModel(domain::KpiChart chart) const;
    KpiChartView *chartView(domain::KpiChart chart) const;
    QList<KpiTile *> tiles() const { return m_tiles; }

    bool exportChartPng(domain::KpiChart chart, const QString &path, QString *error) const;
    bool exportChartCsv(domain::KpiChart chart, const QString &path, QString *error) const;
    /** The tiles and every chart on A4 pages. */
    bool exportPdf(const QString &path, QString *error);

protected:
    /** The figures are re-read whenever the page is shown: a sync or import may have changed them. */
    void showEvent(QShowEvent *event) override;

private:
    void fillLocations();
    void showReport(const QString &sourceText);
    /** Computes and shows this desktop's own figures; false (and says why) when it cannot. */
    bool showReplicaReport();
    void chooseAndExport(domain::KpiChart chart, bool png);
    void chooseAndExportPdf();

    replica::KpiService &m_service;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_location;
    QComboBox *m_sourceChoice;
    CentralSource m_central;
    quint64 m_centralRequest = 0;
    QPushButton *m_pdfButton;
    QLabel *m_source;
    StatusMessageLabel *m_status;
    QWidget *m_dashboard;
    QList<KpiTile *> m_tiles;
    QList<item::KpiSeriesModel *> m_models;
    QList<KpiChartView *> m_charts;
    std::optional<domain::KpiReport> m_report;
    bool m_reloading = false;
};

} // namespace stockroom::ui

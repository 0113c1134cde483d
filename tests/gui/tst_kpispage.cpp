#include "bulkloader.h"
#include "kpichartview.h"
#include "kpifigures.h"
#include "kpiseriesmodel.h"
#include "kpiservice.h"
#include "kpispage.h"
#include "kpitile.h"
#include "replicadatabase.h"

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace stockroom;
using domain::KpiChart;

namespace {

// Pixels of the grab within a small distance of color: how much of a series was drawn.
int pixelsNear(const QImage &image, const QColor &color)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - color.red()) + std::abs(c.green() - color.green())
                    + std::abs(c.blue() - color.blue())
                < 40)
                ++count;
        }
    }
    return count;
}

} // namespace

/**
 * The KPIs page offscreen on the demo chain: every figure with its target, every chart drawn
 * from its model, the filters, the exports, and the same numbers as `stockroom-cli kpi`.
 */
class TestKpisPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsEveryFigureOfTheDemoChain();
    void chartsRenderTheirModels();
    void pageAndCliAgree_data();
    void pageAndCliAgree();
    void filters();
    void exports();
    void cleanupTestCase();

private:
    QJsonObject cliReport(const QString &location);

    QTemporaryDir m_dir;
    std::unique_ptr<replica::ReplicaDatabase> m_db;
    std::unique_ptr<replica::KpiService> m_service;
    std::unique_ptr<ui::KpisPage> m_page;
};

void TestKpisPage::initTestCase()
{
    replica::OpenError error;
    m_db = replica::ReplicaDatabase::open(m_dir.filePath(QStringLiteral("demo.sqlite")), &error);
    QVERIFY2(m_db, qPrintable(error.message));
    QString seedError;
    QVERIFY2(replica::seedDemoChain(*m_db, domain::DemoScale::Small, 1, &seedError),
             qPrintable(seedError));
    m_service = std::make_unique<replica::KpiService>(*m_db);
    m_page = std::make_unique<ui::KpisPage>(*m_service);
    m_page->resize(1400, 1000);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    for (KpiChart chart : domain::allKpiCharts())
        new QAbstractItemModelTester(m_page->seriesModel(chart),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_page.get());
}

void TestKpisPage::cleanupTestCase()
{
    m_page.reset();
    m_service.reset();
    m_db.reset();
}

void TestKpisPage::showsEveryFigureOfTheDemoChain()
{
    // The page opens on the month of the newest data: the demo's November.
    QCOMPARE(m_page->period(), (domain::KpiPeriod{QDate(2026, 11, 1), QDate(2026, 11, 30)}));
    QVERIFY(m_page->report());
    const QList<ui::KpiTile *> tiles = m_page->tiles();
    QCOMPARE(tiles.size(), 6);
    const QStringList keys{QStringLiteral("inventory_accuracy"),
                           QStringLiteral("discrepancy_response"), QStringLiteral("stockouts"),
                           QStringLiteral("stock_abandonment"),
                           QStringLiteral("checkout_completion"), QStringLiteral("nps")};
    for (qsizetype i = 0; i < tiles.size(); ++i) {
        ui::KpiTile *tile = m_page->findChild<ui::KpiTile *>(keys.at(i) + QStringLiteral("Tile"));
        QVERIFY2(tile, qPrintable(keys.at(i)));
        const QString value = tile->findChild<QLabel *>(QStringLiteral("valueLabel"))->text();
        const QString target = tile->findChild<QLabel *>(QStringLiteral("targetLabel"))->text();
        QVERIFY2(value != domain::kpiNoDataText() && !value.isEmpty(), qPrintable(keys.at(i)));
        QVERIFY2(target.startsWith(QStringLiteral("target ")), qPrintable(target));
    }
    const QString source = m_page->findChild<QLabel *>(QStringLiteral("sourceLabel"))->text();
    QVERIFY2(source.contains(QStringLiteral("Store figures"))
                 && source.contains(QStringLiteral("offline"))
                 && source.contains(QStringLiteral("as of")),
             qPrintable(source));
}

void TestKpisPage::chartsRenderTheirModels()
{
    if (qEnvironmentVariableIsSet("STOCKROOM_KPI_GRAB"))
        m_page->grab().save(qEnvironmentVariable("STOCKROOM_KPI_GRAB"));
    for (KpiChart chart : domain::allKpiCharts()) {
        const QString key = domain::kpiChartKey(chart);
        const item::KpiSeriesModel *model = m_page->seriesModel(chart);
        QVERIFY2(model->rowCount() > 0, qPrintable(key));
        QChartView *view = m_page->findChild<QChartView *>(key + QStringLiteral("ChartView"));
        QVERIFY2(view, qPrintable(key));
        QCOMPARE(view, m_page->chartView(chart)->chartView());
        const QList<QAbstractSeries *> series = view->chart()->series();
        QList<QColor> colors;
        if (model->series().timeKeyed) {
            // One line per value column, each with a point per model row.
            QCOMPARE(series.size(), model->columnCount() - 1);
            for (QAbstractSeries *s : series) {
                auto *line = qobject_cast<QLineSeries *>(s);
                QVERIFY(line);
                QCOMPARE(line->count(), model->rowCount());
                colors.append(line->color());
            }
            QCOMPARE(qobject_cast<QLineSeries *>(series.constFirst())->at(0).y(),
                     model->index(0, 1).data().toDouble());
        } else {
            // One bar set per value column, each with a bar per model row.
            QCOMPARE(series.size(), 1);
            auto *bars = qobject_cast<QBarSeries *>(series.constFirst());
            QVERIFY(bars);
            QCOMPARE(bars->count(), model->columnCount() - 1);
            for (QBarSet *set : bars->barSets()) {
                QCOMPARE(set->count(), model->rowCount());
                colors.append(set->color());
            }
            QCOMPARE(bars->barSets().constFirst()->at(0), model->index(0, 1).data().toDouble());
        }
        // The grab shows the series: pixels of each one's colour, well beyond a legend marker.
        const QImage image = view->grab().toImage();
        QVERIFY(!image.isNull());
        const int first = pixelsNear(image, colors.constFirst());
        QVERIFY2(first > 400, qPrintable(QStringLiteral("%1: %2 pixels of the first series' colour")
                                             .arg(key)
                                             .arg(first)));
    }
}

QJsonObject TestKpisPage::cliReport(const QString &location)
{
    QProcess cli;
    QStringList arguments{QStringLiteral("--db"), m_db->path(), QStringLiteral("kpi"),
                          QStringLiteral("--from"), m_page->period().from.toString(Qt::ISODate),
                          QStringLiteral("--to"), m_page->period().to.toString(Qt::ISODate),
                          QStringLiteral("--json")};
    if (!location.isEmpty())
        arguments << QStringLiteral("--location") << location;
    cli.start(QStringLiteral(STOCKROOM_CLI_PATH), arguments);
    if (!cli.waitForFinished(60000) || cli.exitCode() != 0) {
        qWarning() << cli.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
}

void TestKpisPage::pageAndCliAgree_data()
{
    QTest::addColumn<QString>("location");
    QTest::newRow("all locations") << QString();
    QTest::newRow("S01") << QStringLiteral("S01");
    QTest::newRow("WEB") << QStringLiteral("WEB");
}

void TestKpisPage::pageAndCliAgree()
{
    QFETCH(QString, location);
    QVERIFY(m_page->setLocation(location));
    const QJsonObject json = cliReport(location);
    QVERIFY(!json.isEmpty());
    const QJsonArray figures = json.value(QStringLiteral("figures")).toArray();
    QCOMPARE(figures.size(), 6);
    for (const QJsonValue &value : figures) {
        const QJsonObject figure = value.toObject();
        const QString key = figure.value(QStringLiteral("key")).toString();
        auto *tile = m_page->findChild<ui::KpiTile *>(key + QStringLiteral("Tile"));
        QVERIFY2(tile, qPrintable(key));
        for (const char *field : {"value", "target", "trend", "detail"}) {
            const QString label = QLatin1StringView(field) + QStringLiteral("Label");
            QCOMPARE(tile->findChild<QLabel *>(label)->text(),
                     figure.value(QLatin1StringView(field)).toString());
        }
    }
    // The charts plot the same rows the CLI's JSON carries.
    const QJsonArray series = json.value(QStringLiteral("series")).toArray();
    for (KpiChart chart : domain::allKpiCharts()) {
        const QJsonArray rows
            = series.at(qsizetype(chart)).toObject().value(QStringLiteral("rows")).toArray();
        const item::KpiSeriesModel *model = m_page->seriesModel(chart);
        QCOMPARE(model->rowCount(), rows.size());
        for (int r = 0; r < model->rowCount(); ++r) {
            const QJsonArray values = rows.at(r).toObject().value(QStringLiteral("values")).toArray();
            for (int c = 1; c < model->columnCount(); ++c)
                QCOMPARE(model->index(r, c).data().toDouble(), values.at(c - 1).toDouble());
        }
    }
    QVERIFY(m_page->setLocation(QString()));
}

void TestKpisPage::filters()
{
    QVERIFY(!m_page->setLocation(QStringLiteral("X9")));
    QVERIFY(m_page->setLocation(QStringLiteral("S02")));
    QCOMPARE(m_page->report()->location, QStringLiteral("S02"));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("sourceLabel"))
                ->text()
                .contains(QStringLiteral("S02")));
    auto *combo = m_page->findChild<QComboBox *>(QStringLiteral("locationComboBox"));
    combo->setCurrentIndex(0);
    QCOMPARE(m_page->report()->location, QString());

    // A week without data: every tile says so.
    m_page->setPeriod(QDate(2025, 1, 1), QDate(2025, 1, 7));
    for (ui::KpiTile *tile : m_page->tiles())
        QCOMPARE(tile->findChild<QLabel *>(QStringLiteral("valueLabel"))->text(),
                 domain::kpiNoDataText());
    QCOMPARE(m_page->seriesModel(KpiChart::AccuracyOverTime)->rowCount(), 0);
    // A reversed range is refused with a message, not computed.
    m_page->setPeriod(QDate(2026, 11, 30), QDate(2026, 11, 1));
    auto *status = m_page->findChild<QLabel *>(QStringLiteral("statusLabel"));
    QVERIFY2(status->text().contains(QStringLiteral("from")), qPrintable(status->text()));
    QVERIFY(status->property("problem").toBool());
    m_page->setPeriod(QDate(2026, 11, 1), QDate(2026, 11, 30));
    QVERIFY(m_page->report());
}

void TestKpisPage::exports()
{
    QString error;
    const QString png = m_dir.filePath(QStringLiteral("accuracy.png"));
    QVERIFY2(m_page->exportChartPng(KpiChart::AccuracyOverTime, png, &error), qPrintable(error));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 200 && image.height() > 200);

    const QString csv = m_dir.filePath(QStringLiteral("stockouts.csv"));
    QVERIFY2(m_page->exportChartCsv(KpiChart::StockoutsPerWeek, csv, &error), qPrintable(error));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csvFile.readAll());
    const item::KpiSeriesModel *model = m_page->seriesModel(KpiChart::StockoutsPerWeek);
    QCOMPARE(text, model->toCsv());
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), model->rowCount() + 1);
    QCOMPARE(lines.at(0), QStringLiteral("label,Stockout incidents,Oversells"));
    QCOMPARE(lines.at(1), QStringLiteral("2026-11-01,%1,%2")
                              .arg(model->index(0, 1).data().toInt())
                              .arg(model->index(0, 2).data().toInt()));

    const QString pdf = m_dir.filePath(QStringLiteral("kpis.pdf"));
    QVERIFY2(m_page->exportPdf(pdf, &error), qPrintable(error));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdfFile.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY2(bytes.size() > 20000, QByteArray::number(bytes.size()));

    QVERIFY(!m_page->exportChartCsv(KpiChart::NpsOverTime,
                                    m_dir.filePath(QStringLiteral("missing/dir/x.csv")), &error));
    QVERIFY2(error.contains(QStringLiteral("missing/dir/x.csv")), qPrintable(error));
}

QTEST_MAIN(TestKpisPage)
#include "tst_kpispage.moc"

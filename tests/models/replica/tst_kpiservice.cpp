#include "bulkloader.h"
#include "discrepancylog.h"
#include "kpicsvimporter.h"
#include "kpifigures.h"
#include "kpiservice.h"
#include "migrator.h"
#include "replicafixture.h"
#include "schema.h"
#include "sqlhelpers.h"

using namespace stockroom;
using domain::makeKpiRatio;
using replica::KpiCsvKind;

namespace {

constexpr qint64 minuteMs = 60 * 1000;

qint64 at(int month, int day, int hour, int minute = 0)
{
    return domain::utcDayStartMs(QDate(2026, month, day)) + (hour * 60 + minute) * minuteMs;
}

const QString sessionId = QStringLiteral("6d1f6a52-3c55-4d0e-9a43-000000000001");

domain::Movement movement(int serial, domain::MovementKind kind, qint64 quantity, qint64 atMs,
                          const QString &reference = {})
{
    domain::Movement m;
    m.id = QUuid(
        QStringLiteral("00000000-0000-4000-8000-%1").arg(serial, 12, 10, QLatin1Char('0')));
    m.location = QStringLiteral("S01");
    m.sku = QStringLiteral("RUN-001");
    m.kind = kind;
    m.quantity = quantity;
    m.occurredAtMs = atMs;
    m.user = QStringLiteral("maria");
    m.device = QStringLiteral("till-1");
    m.reference = reference;
    return m;
}

const QByteArray funnelCsv = "\xEF\xBB\xBF"
                             "date;channel;carts_created;carts_abandoned;"
                             "carts_abandoned_unavailable;checkouts_started;checkouts_completed\n"
                             "2026-11-01;web;100;40;4;60;45\n"
                             "2026-11-01;app;50;20;1;30;20\n"
                             "2026-11-02;web;50;10;0;40;40\n"
                             "2026-10-30;web;100;30;3;50;30\n";

const QByteArray surveysCsv = "id,date,score,reason,comment,location\n"
                              "r1,2026-11-03,10,,\"Great, fast\",S01\n"
                              "r2,2026-11-03,9,,,S01\n"
                              "r3,2026-11-03,8,,,S01\n"
                              "r4,2026-11-03,3,out of stock,,S01\n"
                              "r5,2026-11-03,6,price,,S02\n"
                              "r6,2026-11-09,10,,,S02\n"
                              "r7,2026-11-03,7,,,\n";

} // namespace

/**
 * The replica's KPI data and figures against a real SQLite file: schema v6, funnel and survey
 * imports (all or nothing, errors with line numbers), and the KPIs of a hand-computed fixture.
 */
class TestKpiService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void migratesVersion5ToVersion6();
    void importsFunnelAndSurveys();
    void reimportReplaces();
    void badFileChangesNothing_data();
    void badFileChangesNothing();
    void reportOfFixture();
    void reportRefusesBadArguments();
    void demoChainHasEveryFigure();

private:
    void seedFixture();
    QByteArray kpiDigest();

    std::unique_ptr<ReplicaFixture> f;
    std::unique_ptr<replica::KpiService> kpis;
};

void TestKpiService::init()
{
    f = std::make_unique<ReplicaFixture>();
    QVERIFY(f->open());
    QVERIFY(f->seed());
    kpis = std::make_unique<replica::KpiService>(*f->db, [this] { return f->clockMs; });
}

QByteArray TestKpiService::kpiDigest()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(f->contentDigest());
    for (const char *table : {"funnel_days", "survey_responses"}) {
        QSqlQuery query(
            QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1StringView(table)),
            f->db->connection());
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                hash.addData(query.value(i).toString().toUtf8() + '\x1f');
        }
    }
    return hash.result().toHex();
}

void TestKpiService::migratesVersion5ToVersion6()
{
    const QString path = f->dir.filePath(QStringLiteral("v5.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        QVERIFY2(replica::Migrator(replica::replicaMigrations()).migrateTo(db, 5, &error),
                 qPrintable(error));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO locations (code, name, kind, own) VALUES "
                                          "('S01', 'Main Street', 'store', 1)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v5"));
    replica::OpenError error;
    auto db = replica::ReplicaDatabase::open(path, &error);
    QVERIFY2(db, qPrintable(error.message));
    QVERIFY(db->schemaVersion() >= 6);
    replica::KpiService service(*db);
    QCOMPARE(service.locations().size(), 1);
    QString storeError;
    QVERIFY2(service.storeFunnelDays({{QDate(2026, 11, 1), QStringLiteral("web"), 1, 1, 0, 1, 1}},
                                     &storeError),
             qPrintable(storeError));
    QCOMPARE(service.funnelDays(QDate(2026, 11, 1), QDate(2026, 11, 1)).size(), 1);
    // The schema's checks hold even for a writer that skips the domain's validation.
    QSqlQuery query(db->connection());
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO survey_responses (id, day, score, stored_at)"
                                       " VALUES ('x', '2026-11-01', 11, 0)")));
    QVERIFY(!query.exec(QStringLiteral(
        "INSERT INTO funnel_days VALUES ('2026-11-02', 'web', 5, 1, 2, 1, 1, 0)")));
}

void TestKpiService::importsFunnelAndSurveys()
{
    replica::KpiCsvImporter importer(*kpis);
    auto report = importer.importData(KpiCsvKind::Funnel, funnelCsv);
    QVERIFY2(report.ok(), qPrintable(report.errors.join(u'\n')));
    QCOMPARE(report.records, 4);
    QCOMPARE(report.applied, 4);
    report = importer.importData(KpiCsvKind::Surveys, surveysCsv);
    QVERIFY2(report.ok(), qPrintable(report.errors.join(u'\n')));
    QCOMPARE(report.applied, 7);

    const QList<domain::FunnelDay> days = kpis->funnelDays(QDate(2026, 11, 1), QDate(2026, 11, 30));
    QCOMPARE(days.size(), 3);
    QCOMPARE(days.at(0), (domain::FunnelDay{QDate(2026, 11, 1), QStringLiteral("app"), 50, 20, 1,
                                            30, 20}));
    const QList<domain::SurveyResponse> responses
        = kpis->surveyResponses(QDate(2026, 11, 1), QDate(2026, 11, 30));
    QCOMPARE(responses.size(), 7);
    QCOMPARE(responses.at(0), (domain::SurveyResponse{QStringLiteral("r1"), QDate(2026, 11, 3), 10,
                                                      QString(), QStringLiteral("Great, fast"),
                                                      QStringLiteral("S01")}));
    QCOMPARE(responses.at(3).reason, QStringLiteral("out of stock"));
    QCOMPARE(responses.at(5).id, QStringLiteral("r7"));
    QCOMPARE(responses.at(5).location, QString());
}

void TestKpiService::reimportReplaces()
{
    replica::KpiCsvImporter importer(*kpis);
    QVERIFY(importer.importData(KpiCsvKind::Funnel, funnelCsv).ok());
    QVERIFY(importer.importData(KpiCsvKind::Surveys, surveysCsv).ok());
    const QByteArray corrected = "date,channel,carts_created,carts_abandoned,"
                                 "carts_abandoned_unavailable,checkouts_started,"
                                 "checkouts_completed\n2026-11-01,web,120,40,4,60,45\n";
    QVERIFY(importer.importData(KpiCsvKind::Funnel, corrected).ok());
    QVERIFY(importer.importData(KpiCsvKind::Surveys, "id,date,score\nr1,2026-11-03,0\n").ok());
    const auto days = kpis->funnelDays(QDate(2026, 10, 1), QDate(2026, 11, 30));
    QCOMPARE(days.size(), 4);
    QCOMPARE(days.at(2).cartsCreated, 120);
    const auto responses = kpis->surveyResponses(QDate(2026, 11, 1), QDate(2026, 11, 30));
    QCOMPARE(responses.size(), 7);
    QCOMPARE(responses.at(0).score, 0);
}

void TestKpiService::badFileChangesNothing_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expectedError");
    const QByteArray funnelHeader = "date,channel,carts_created,carts_abandoned,"
                                    "carts_abandoned_unavailable,checkouts_started,"
                                    "checkouts_completed\n";
    const QByteArray good = "2026-11-05,web,10,5,1,6,5\n";
    const int funnel = int(KpiCsvKind::Funnel);
    const int surveys = int(KpiCsvKind::Surveys);
    QTest::newRow("funnel missing column")
        << funnel << QByteArray("date,channel,carts_created\n2026-11-05,web,1\n")
        << QStringLiteral("line 1: the required column \"carts_abandoned\" is missing");
    QTest::newRow("funnel unknown column")
        << funnel << QByteArray(funnelHeader.trimmed() + ",visits\n" + "2026-11-05,web,1,1,0,1,1,9\n")
        << QStringLiteral("line 1: unknown column \"visits\"");
    QTest::newRow("funnel bad date") << funnel << funnelHeader + good + "2026-13-01,web,1,1,0,1,1\n"
                                     << QStringLiteral("line 3: date \"2026-13-01\" is not a date");
    QTest::newRow("funnel negative")
        << funnel << funnelHeader + good + "2026-11-06,web,-1,5,1,6,5\n"
        << QStringLiteral("line 3: A count is negative.");
    QTest::newRow("funnel more unavailable than abandoned")
        << funnel << funnelHeader + "2026-11-05,web,10,2,3,6,5\n"
        << QStringLiteral("line 2: More carts abandoned for unavailable stock than carts "
                          "abandoned.");
    QTest::newRow("funnel more completed than started")
        << funnel << funnelHeader + good + good + "2026-11-07,app,10,2,1,6,7\n"
        << QStringLiteral("line 4: More checkouts completed than started.");
    QTest::newRow("funnel empty channel") << funnel << funnelHeader + "2026-11-05,,1,1,0,1,1\n"
                                          << QStringLiteral("line 2: The channel is empty.");
    QTest::newRow("funnel not a number") << funnel << funnelHeader + "2026-11-05,web,ten,1,0,1,1\n"
                                         << QStringLiteral("line 2: carts_created");
    QTest::newRow("funnel twice") << funnel << funnelHeader + good + good
                                  << QStringLiteral("line 3: 2026-11-05 of channel web already "
                                                    "appears on line 2");
    QTest::newRow("funnel short line") << funnel << funnelHeader + good + "2026-11-06,web,1\n"
                                       << QStringLiteral("line 3: 3 fields, but the header has 7");
    QTest::newRow("surveys score 11")
        << surveys << QByteArray("id,date,score\na,2026-11-05,7\nb,2026-11-05,11\n")
        << QStringLiteral("line 3: score 11 is not between 0 and 10");
    QTest::newRow("surveys score missing") << surveys << QByteArray("id,date,score\na,2026-11-05,\n")
                                           << QStringLiteral("line 2: score");
    QTest::newRow("surveys no id") << surveys << QByteArray("id,date,score\n,2026-11-05,7\n")
                                   << QStringLiteral("line 2: The response id is empty.");
    QTest::newRow("surveys bad date") << surveys << QByteArray("id,date,score\na,05/11/2026,7\n")
                                      << QStringLiteral("line 2: date \"05/11/2026\" is not a date");
    QTest::newRow("surveys unknown location")
        << surveys << QByteArray("id,date,score,location\na,2026-11-05,7,S01\nb,2026-11-05,7,X9\n")
        << QStringLiteral("line 3: unknown location \"X9\"");
    QTest::newRow("surveys id twice")
        << surveys << QByteArray("id,date,score\na,2026-11-05,7\na,2026-11-06,8\n")
        << QStringLiteral("line 3: response id a already appears on line 2");
    QTest::newRow("surveys missing score column") << surveys << QByteArray("id,date\na,2026-11-05\n")
                                                  << QStringLiteral("line 1: the required column "
                                                                    "\"score\" is missing");
    QTest::newRow("surveys invalid UTF-8")
        << surveys << QByteArray("id,date,score,comment\na,2026-11-05,7,caf\xE9\n")
        << QStringLiteral("line 2:");
}

void TestKpiService::badFileChangesNothing()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, csv);
    QFETCH(QString, expectedError);
    replica::KpiCsvImporter importer(*kpis);
    QVERIFY(importer.importData(KpiCsvKind::Funnel, funnelCsv).ok());
    QVERIFY(importer.importData(KpiCsvKind::Surveys, surveysCsv).ok());
    const QByteArray before = kpiDigest();
    const auto report = importer.importData(KpiCsvKind(kind), csv);
    QVERIFY(!report.ok());
    QCOMPARE(report.applied, 0);
    const QString errors = report.errors.join(u'\n');
    QVERIFY2(errors.contains(expectedError),
             qPrintable(QStringLiteral("errors: %1\nexpected: %2").arg(errors, expectedError)));
    QCOMPARE(kpiDigest(), before);
}

void TestKpiService::seedFixture()
{
    // The ledger of tst_kpireport's fixture on RUN-001 (unit cost 45.00) at S01.
    using domain::MovementKind;
    QSqlQuery session(f->db->connection());
    QVERIFY(session.exec(
        QStringLiteral("INSERT INTO count_sessions (id, location, scope_kind, mode,"
                       " tolerance_units, tolerance_value_cents, created_at) VALUES ('%1', 'S01',"
                       " 'whole_store', 'blind', 1, 4500, 0)")
            .arg(sessionId)));
    QString error;
    QVERIFY2(f->service->recordMovements(
                 {movement(1, MovementKind::Count, 10, at(11, 1, 8)),
                  movement(2, MovementKind::Sale, 3, at(11, 2, 10)),
                  movement(3, MovementKind::Reserve, 2, at(11, 3, 9)),
                  movement(4, MovementKind::Count, 6, at(11, 4, 9), sessionId),
                  movement(5, MovementKind::Sale, 4, at(11, 5, 12)),
                  movement(6, MovementKind::Fulfil, 2, at(11, 6, 12)),
                  movement(7, MovementKind::Count, 2, at(11, 10, 8), QStringLiteral("X")),
                  movement(8, MovementKind::Sale, 5, at(11, 12, 15))},
                 &error),
             qPrintable(error));

    // Four discrepancies: answered in 30 and 90 minutes, one unanswered, one in October.
    QSqlDatabase &db = f->db->connection();
    QVERIFY(replica::beginWriteTransaction(db, &error));
    replica::DiscrepancyLog log(db);
    int serial = 0;
    const auto add = [&](const QString &location, qint64 created, std::optional<qint64> ack,
                         std::optional<qint64> resolved) {
        const QUuid id = QUuid::createUuid();
        domain::DiscrepancyEvent e;
        e.id = id;
        e.discrepancy = id;
        e.kind = domain::DiscrepancyEventKind::Created;
        e.atMs = created;
        e.type = domain::DiscrepancyType::StaffReport;
        e.location = location;
        e.sku = QStringLiteral("RUN-001");
        e.reference = QStringLiteral("fixture-%1").arg(++serial);
        QVERIFY2(log.append(e, false, &error), qPrintable(error));
        if (ack) {
            e.id = QUuid::createUuid();
            e.kind = domain::DiscrepancyEventKind::Acknowledged;
            e.atMs = *ack;
            QVERIFY2(log.append(e, false, &error), qPrintable(error));
        }
        if (resolved) {
            e.id = QUuid::createUuid();
            e.kind = domain::DiscrepancyEventKind::Resolved;
            e.action = domain::ResolutionAction::AcceptSystem;
            e.atMs = *resolved;
            QVERIFY2(log.append(e, false, &error), qPrintable(error));
        }
    };
    add(QStringLiteral("S01"), at(11, 2, 10), at(11, 2, 10, 30), at(11, 2, 12));
    add(QStringLiteral("S02"), at(11, 3, 10), at(11, 3, 11, 30), std::nullopt);
    add(QStringLiteral("S01"), at(11, 5, 10), std::nullopt, std::nullopt);
    add(QStringLiteral("S01"), at(10, 20, 10), at(10, 20, 11), std::nullopt);
    QVERIFY(db.commit());

    replica::KpiCsvImporter importer(*kpis);
    QVERIFY(importer.importData(KpiCsvKind::Funnel, funnelCsv).ok());
    QVERIFY(importer.importData(KpiCsvKind::Surveys, surveysCsv).ok());
}

void TestKpiService::reportOfFixture()
{
    seedFixture();
    if (QTest::currentTestFailed())
        return;
    QString error;
    const domain::KpiPeriod period{QDate(2026, 11, 1), QDate(2026, 11, 14)};
    const auto report = kpis->report(period, {}, &error);
    QVERIFY2(report, qPrintable(error));
    const domain::KpiHeadline &h = report->current;
    QCOMPARE(h.inventoryAccuracy, makeKpiRatio(1, 2));
    // E = 7 × 45.00; V = 45.00 (within the session's tolerance) + 2 × 45.00.
    QCOMPARE(h.valueAccuracy, makeKpiRatio(31500 - 13500, 31500));
    QCOMPARE(h.response.average, makeKpiRatio(120 * minuteMs, 2));
    QCOMPARE(h.response.p90Ms, std::optional<qint64>(90 * minuteMs));
    QCOMPARE(h.unanswered, 1);
    QCOMPARE(h.resolution.average, makeKpiRatio(120 * minuteMs, 1));
    QCOMPARE(h.stockouts, (domain::StockoutCount{2, 1, 3}));
    QCOMPARE(h.stockAbandonment, makeKpiRatio(5, 200));
    QCOMPARE(h.checkoutCompletion, makeKpiRatio(105, 130));
    QCOMPARE(h.nps.score, makeKpiRatio(100, 7));
    QCOMPARE(report->previous.response.average, makeKpiRatio(60 * minuteMs, 1));
    QCOMPARE(report->previous.stockAbandonment, makeKpiRatio(3, 100));

    const auto s01 = kpis->report(period, QStringLiteral("S01"), &error);
    QVERIFY2(s01, qPrintable(error));
    QCOMPARE(s01->current.response.average, makeKpiRatio(30 * minuteMs, 1));
    QCOMPARE(s01->current.nps.rounded, std::optional<qint64>(25));
    const auto s02 = kpis->report(period, QStringLiteral("S02"), &error);
    QVERIFY2(s02, qPrintable(error));
    QCOMPARE(s02->current.inventoryAccuracy, makeKpiRatio(0, 0));
    QCOMPARE(domain::kpiFigures(*s02).at(0).valueText, domain::kpiNoDataText());

    // A period before everything: no data anywhere, no division by zero.
    const auto empty = kpis->report({QDate(2025, 1, 1), QDate(2025, 1, 31)}, {}, &error);
    QVERIFY2(empty, qPrintable(error));
    for (const domain::KpiFigure &figure : domain::kpiFigures(*empty))
        QCOMPARE(figure.valueText, domain::kpiNoDataText());
}

void TestKpiService::reportRefusesBadArguments()
{
    QString error;
    QVERIFY(!kpis->report({QDate(2026, 11, 2), QDate(2026, 11, 1)}, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("from")), qPrintable(error));
    QVERIFY(!kpis->report({QDate(2026, 11, 1), QDate(2026, 11, 2)}, QStringLiteral("X9"), &error));
    QCOMPARE(error, QStringLiteral("unknown location \"X9\""));
}

void TestKpiService::demoChainHasEveryFigure()
{
    ReplicaFixture demo;
    QVERIFY(demo.open(QStringLiteral("demo.sqlite")));
    QString error;
    QVERIFY2(replica::seedDemoChain(*demo.db, domain::DemoScale::Small, 1, &error),
             qPrintable(error));
    const replica::KpiService service(*demo.db);
    const auto report = service.report({QDate(2026, 11, 1), QDate(2026, 11, 30)}, {}, &error);
    QVERIFY2(report, qPrintable(error));
    for (const domain::KpiFigure &figure : domain::kpiFigures(*report)) {
        QVERIFY2(figure.valueText != domain::kpiNoDataText(), qPrintable(figure.key));
        QVERIFY2(figure.onTarget.has_value() || figure.id == domain::KpiFigureId::Stockouts,
                 qPrintable(figure.key));
    }
    for (const domain::KpiSeries &series : report->series)
        QVERIFY2(!series.rows.isEmpty(), qPrintable(domain::kpiChartKey(series.chart)));
    QCOMPARE(report->current.funnelDays, 60);
    // The demo's reports are history: nothing for sync to push.
    QSqlQuery outbox(QStringLiteral("SELECT count(*) FROM outbox"), demo.db->connection());
    QVERIFY(outbox.next());
    QCOMPARE(outbox.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestKpiService)
#include "tst_kpiservice.moc"

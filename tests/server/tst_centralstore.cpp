#include "tst_centralstore.h"

#include "centralschema.h"
#include "centralstoretestdata.h"
#include "rawsqlconnection.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>

using namespace stockroom;
using namespace centraltest;
using protocol::PushStatus;
using server::CentralStore;

namespace {

// Pushes batches of random valid movements; used by the pusher threads and the child process.
QString pushRandomBatches(CentralStore &store, quint32 seed, int batches, int batchSize)
{
    QRandomGenerator random(seed);
    for (int b = 0; b < batches; ++b) {
        const QList<domain::Movement> batch = randomMovements(random, batchSize);
        QString error;
        const QList<server::StoredChange> results
            = store.pushMovements(batch, admin(), QDateTime::currentMSecsSinceEpoch(), &error);
        if (results.size() != batch.size())
            return QStringLiteral("batch %1: %2").arg(b).arg(error);
        for (const server::StoredChange &result : results) {
            if (result.status != PushStatus::Accepted)
                return QStringLiteral("batch %1: %2").arg(b).arg(result.reason);
        }
    }
    return {};
}

// The second stockroomd "process" of the ordering test: this binary run with --push-child.
int runPushChild(const QStringList &arguments)
{
    QString error;
    const auto url
        = server::DatabaseUrl::parse(qEnvironmentVariable("STOCKROOM_CHILD_DATABASE"), &error);
    auto store = url ? CentralStore::open(*url, QStringLiteral("child"), &error) : nullptr;
    if (store && arguments.size() == 5) {
        error = pushRandomBatches(*store, arguments.at(2).toUInt(), arguments.at(3).toInt(),
                                  arguments.at(4).toInt());
        if (error.isEmpty())
            return 0;
    }
    fprintf(stderr, "push child: %s\n", qPrintable(error));
    return 1;
}

} // namespace

void TestCentralStore::initTestCase_data()
{
    QTest::addColumn<QString>("driver");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestCentralStore::init()
{
    QFETCH_GLOBAL(QString, driver);
    m_database = std::make_unique<CentralTestDatabase>();
    QString error;
    QVERIFY2(m_database->create(driver, &error), qPrintable(error));
    m_store = m_database->open(QStringLiteral("main"), &error);
    QVERIFY2(m_store, qPrintable(error));
}

void TestCentralStore::cleanup()
{
    m_store.reset();
    m_database.reset();
}
void TestCentralStore::migratesFromEmpty()
{
    const int latest = server::CentralSchema::latestVersion();
    {
        RawSqlConnection raw(m_database->url());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), latest);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(),
                 latest);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM changes")).toInt(), 0);
    }
    QCOMPARE(m_store->latestSeq(), 0);
    QCOMPARE(m_store->catalogueVersion(), 0);
    QVERIFY(m_store->locations().isEmpty());

    QFETCH_GLOBAL(QString, driver);
    const auto dialect = driver == QLatin1String("sqlite") ? server::SqlDialect::Sqlite
                                                           : server::SqlDialect::Postgresql;
    // Step by step from an empty database: each migration from the version before it.
    m_store.reset();
    m_database = std::make_unique<CentralTestDatabase>();
    QString error;
    QVERIFY2(m_database->create(driver, &error), qPrintable(error));
    {
        RawSqlConnection raw(m_database->url());
        const server::SqlConnection connection{raw.db(), dialect, nullptr};
        for (int version = 0; version <= latest; ++version) {
            QVERIFY2(server::CentralSchema::migrate(connection, &error, version),
                     qPrintable(error));
            QCOMPARE(server::CentralSchema::currentVersion(connection, &error), version);
        }
    }

    // Several servers opening one empty database at once run every step exactly once.
    m_database = std::make_unique<CentralTestDatabase>();
    QVERIFY2(m_database->create(driver, &error), qPrintable(error));
    std::atomic<int> opened{0};
    std::mutex errorsMutex;
    QStringList errors;
    std::vector<std::thread> threads;
    for (int i = 0; i < 4; ++i) {
        threads.emplace_back([&, i] {
            QString openError;
            if (m_database->open(QStringLiteral("concurrent-%1").arg(i), &openError)) {
                ++opened;
            } else {
                const std::lock_guard lock(errorsMutex);
                errors.append(openError);
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(opened.load(), 4);
    RawSqlConnection raw(m_database->url());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), latest);
    m_store = m_database->open(QStringLiteral("main"), &error);
    QVERIFY2(m_store, qPrintable(error));
}

void TestCentralStore::migratesDataFromVersion1()
{
    // A database written by schema version 1 (ledger in its own table, text ids) keeps its
    // history: the duplicate check, refolds and snapshots read the migrated ledger.
    QFETCH_GLOBAL(QString, driver);
    const auto dialect = driver == QLatin1String("sqlite") ? server::SqlDialect::Sqlite
                                                           : server::SqlDialect::Postgresql;
    m_store.reset();
    m_database = std::make_unique<CentralTestDatabase>();
    QString error;
    QVERIFY2(m_database->create(driver, &error), qPrintable(error));
    domain::Movement receipt
        = movement(QStringLiteral("S1"), sku(1), domain::MovementKind::Receipt, 5, t0);
    const QString id = receipt.id.toString(QUuid::WithoutBraces);
    {
        RawSqlConnection raw(m_database->url());
        const server::SqlConnection connection{raw.db(), dialect, nullptr};
        QVERIFY2(server::CentralSchema::migrate(connection, &error, 1), qPrintable(error));
        const QString body = QString::fromUtf8(
            QJsonDocument(protocol::encodeMovement(receipt)).toJson(QJsonDocument::Compact));
        const QList<std::pair<QString, QVariantList>> rows{
            {QStringLiteral("INSERT INTO locations (code, name, kind) VALUES (?, ?, 'store')"),
             {QStringLiteral("S1"), QStringLiteral("Store 1")}},
            {QStringLiteral("INSERT INTO products (sku, name) VALUES (?, ?)"),
             {sku(1), QStringLiteral("Ball")}},
            {QStringLiteral("INSERT INTO changes (seq, kind, id, location, body, received_at)"
                            " VALUES (1, 'movement', ?, 'S1', ?, ?)"),
             {id, body, t0}},
            {QStringLiteral("INSERT INTO movements (seq, id, location, sku, kind, quantity,"
                            " occurred_at) VALUES (1, ?, 'S1', ?, 'receipt', 5, ?)"),
             {id, sku(1), t0}},
            {QStringLiteral("INSERT INTO levels (location, sku, on_hand, committed,"
                            " last_movement_at, first_seq, last_seq)"
                            " VALUES ('S1', ?, 5, 0, ?, 1, 1)"),
             {sku(1), t0}},
        };
        for (const auto &[sql, values] : rows) {
            const QString problem = raw.exec(sql, values);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QVERIFY2(server::CentralSchema::migrate(connection, &error), qPrintable(error));
        QCOMPARE(server::CentralSchema::currentVersion(connection, &error),
                 server::CentralSchema::latestVersion());
    }
    m_store = m_database->open(QStringLiteral("main"), &error);
    QVERIFY2(m_store, qPrintable(error));

    const auto again = m_store->pushMovements({receipt}, admin(), t0, &error);
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.constFirst().status, PushStatus::Duplicate);
    QCOMPARE(again.constFirst().seq, 1);
    // A count dated before the receipt refolds the position from the migrated ledger.
    const auto count
        = movement(QStringLiteral("S1"), sku(1), domain::MovementKind::Count, 3, t0 - 10);
    const auto counted = m_store->pushMovements({count}, admin(), t0, &error);
    QCOMPARE(counted.size(), 1);
    QCOMPARE(counted.constFirst().seq, 2);
    QCOMPARE(m_store->level(QStringLiteral("S1"), sku(1))->level, (domain::StockLevel{8, 0}));

    // The page as GET /snapshot sends it: its movements spliced from their stored text, here a
    // body version 1 wrote (QJsonDocument's key order), which reads as the same movement.
    QList<domain::StockPosition> levels;
    QList<QByteArray> sent;
    QString next;
    QVERIFY2(m_store->snapshot(1, {}, 10, admin(), &levels, &sent, &next, &error),
             qPrintable(error));
    QCOMPARE(levels.size(), 1);
    QCOMPARE(levels.constFirst().level, (domain::StockLevel{5, 0}));
    QList<domain::Movement> movements;
    QVERIFY2(decodeSnapshotMovements(sent, &movements, &error), qPrintable(error));
    receipt.serverSeq = 1;
    QCOMPARE(movements, QList<domain::Movement>{receipt});
    QCOMPARE(wholeFeed(*m_store, admin()).size(), 2);
}

void TestCentralStore::refusesNewerSchema()
{
    {
        RawSqlConnection raw(m_database->url());
        const QString problem = raw.exec(QStringLiteral("INSERT INTO schema_version (version,"
                                                        " description, applied_at)"
                                                        " VALUES (999, 'from the future', 0)"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    m_store.reset();
    QString error;
    QVERIFY(!m_database->open(QStringLiteral("again"), &error));
    QVERIFY2(error.contains(QStringLiteral("newer stockroomd")), qPrintable(error));
    if (!m_database->url().password.isEmpty())
        QVERIFY2(!error.contains(m_database->url().password), "errors must not show passwords");

    auto wrongPassword = m_database->url();
    if (wrongPassword.driver == server::DatabaseUrl::Driver::Postgresql) {
        wrongPassword.password = QStringLiteral("not-the-password-xyzzy");
        QVERIFY(!CentralStore::open(wrongPassword, QStringLiteral("wrong"), &error));
        QVERIFY2(!error.contains(QStringLiteral("xyzzy")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("***")), qPrintable(error));
    }
}
void TestCentralStore::concurrentPushersAndReadersSeeEverySeqInOrder()
{
    // Four pusher threads and a pusher process write while three readers follow the feed. A
    // reader that ever saw seq N+1 before N would skip N for good (DESIGN.md §5): every reader
    // must see 1, 2, 3 ... without a gap or a repeat, up to the last seq.
    QString error;
    QVERIFY2(seed(*m_store, &error), qPrintable(error));
    constexpr int pushers = 4;
    constexpr int readers = 3;
    constexpr int batches = 25;
    constexpr int batchSize = 100;

    QElapsedTimer timer;
    timer.start();
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("STOCKROOM_CHILD_DATABASE"), m_database->urlText());
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--push-child"), QStringLiteral("99"), QString::number(batches),
                 QString::number(batchSize)});
    QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));

    std::mutex problemsMutex;
    QStringList problems;
    const auto report = [&](const QString &problem) {
        const std::lock_guard lock(problemsMutex);
        problems.append(problem);
    };
    std::atomic<int> pushersLeft{pushers};
    std::atomic<qint64> finalSeq{-1};
    std::vector<std::thread> threads;
    for (int p = 0; p < pushers; ++p) {
        threads.emplace_back([&, p] {
            QString openError;
            auto store = m_database->open(QStringLiteral("pusher-%1").arg(p), &openError);
            const QString problem
                = store ? pushRandomBatches(*store, quint32(p + 1), batches, batchSize) : openError;
            if (!problem.isEmpty())
                report(QStringLiteral("pusher %1: %2").arg(p).arg(problem));
            --pushersLeft;
        });
    }
    std::vector<qint64> seen(readers, 0);
    for (int r = 0; r < readers; ++r) {
        threads.emplace_back([&, r] {
            QString openError;
            auto store = m_database->open(QStringLiteral("reader-%1").arg(r), &openError);
            if (!store) {
                report(openError);
                return;
            }
            qint64 cursor = 0;
            qint64 count = 0;
            for (;;) {
                const qint64 target = finalSeq.load();
                if (target >= 0 && cursor >= target)
                    break;
                const auto page = store->feed(cursor, 250, admin());
                for (const protocol::FeedChange &change : page) {
                    if (change.seq != cursor + 1) {
                        report(QStringLiteral("reader %1 saw seq %2 after %3")
                                   .arg(r)
                                   .arg(change.seq)
                                   .arg(cursor));
                        return;
                    }
                    cursor = change.seq;
                    ++count;
                }
                if (page.isEmpty())
                    std::this_thread::yield();
            }
            seen[size_t(r)] = count;
        });
    }

    QVERIFY2(child.waitForFinished(240000), "the pushing child process did not finish");
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 0);
    while (pushersLeft.load() > 0)
        std::this_thread::yield();
    const qint64 latest = m_store->latestSeq();
    finalSeq = latest;
    for (std::thread &thread : threads)
        thread.join();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    const int movements = (pushers + 1) * batches * batchSize;
    QVERIFY(latest >= movements);
    const auto feed = wholeFeed(*m_store, admin());
    QCOMPARE(qint64(feed.size()), latest);
    QCOMPARE(qint64(feed.size() - discrepanciesIn(feed).size()), qint64(movements));
    for (int r = 0; r < readers; ++r)
        QCOMPARE(seen[size_t(r)], latest);
    QFETCH_GLOBAL(QString, driver);
    qInfo("%s: %d movements from 4 threads and a process, batches of %d, read by 3 followers: "
          "%lld ms",
          qPrintable(driver), movements, batchSize, timer.elapsed());
}

void TestCentralStore::ingestRate()
{
    // A measurement, not a test of speed (no test fails on a timing): movements per second in
    // batches of 500, for opening counts, a chain's daily mix and the random mix of the tests
    // above (where four in ten movements raise a discrepancy).
    QString error;
    constexpr int skus = 2000;
    QVERIFY2(seed(*m_store, &error, skus), qPrintable(error));
    QRandomGenerator random(3);
    qint64 clock = t0;
    QList<domain::Movement> counts;
    for (const QString &location : locationCodes()) {
        for (int i = 0; i < skus; ++i)
            counts.append(movement(location, sku(i), domain::MovementKind::Count, 50, clock));
    }
    QList<std::pair<const char *, QList<domain::Movement>>> runs{
        {"opening counts", counts},
        {"chain's daily mix", retailMovements(random, 40000, skus, &clock)},
        {"random mix", randomMovements(random, 20000, skus)}};
    QFETCH_GLOBAL(QString, driver);
    for (const auto &[name, movements] : std::as_const(runs)) {
        QElapsedTimer timer;
        timer.start();
        for (qsizetype at = 0; at < movements.size(); at += 500) {
            const QList<domain::Movement> batch = movements.mid(at, 500);
            const auto results = m_store->pushMovements(batch, admin(), t0, &error);
            QVERIFY2(results.size() == batch.size(), qPrintable(error));
        }
        const qint64 elapsed = std::max<qint64>(timer.elapsed(), 1);
        qInfo("%s, %s: %lld movements in batches of 500 in %lld ms: %lld movements/s",
              qPrintable(driver), name, qint64(movements.size()), elapsed,
              qint64(movements.size()) * 1000 / elapsed);
    }
}
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--push-child") == 0)
        return runPushChild(app.arguments());
    TestCentralStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

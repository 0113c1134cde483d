#include "stockroomdchain.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <functional>

/**
 * The ordering guarantee of DESIGN.md §5 end to end, on both drivers: two real stockroomd
 * processes share one central database; concurrent pushers post batches to either of them
 * while long-polling readers follow the feed through either of them. Every reader must see
 * every seq exactly once, in order; a change pushed through one process must reach a reader
 * parked on the other within a second.
 */
class TestFeedOrdering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void concurrentPushersAndLongPollingReaders_data();
    void concurrentPushersAndLongPollingReaders();
    void changeReachesTheOtherProcessWithinASecond_data();
    void changeReachesTheOtherProcessWithinASecond();

private:
    bool startChain(const QString &driver, int instances);
    QNetworkReply *post(int instance, const QString &path, const QByteArray &body);
    QNetworkReply *get(int instance, const QString &path);
    QByteArray batch(int size, const QString &location);

    std::unique_ptr<StockroomdChain> m_chain;
    QString m_sku;
};

void TestFeedOrdering::init()
{
    m_chain = std::make_unique<StockroomdChain>();
}

void TestFeedOrdering::cleanup()
{
    m_chain.reset();
}

bool TestFeedOrdering::startChain(const QString &driver, int instances)
{
    if (!m_chain->start(driver, instances))
        return false;
    m_sku = m_chain->skus().constFirst();
    return true;
}

QNetworkReply *TestFeedOrdering::post(int instance, const QString &path, const QByteArray &body)
{
    return m_chain->post(instance, path, body);
}

QNetworkReply *TestFeedOrdering::get(int instance, const QString &path)
{
    return m_chain->get(instance, path);
}

QByteArray TestFeedOrdering::batch(int size, const QString &location)
{
    QJsonArray changes;
    for (int i = 0; i < size; ++i) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        changes.append(
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("movement")},
                        {QStringLiteral("id"), id},
                        {QStringLiteral("movement"),
                         QJsonObject{{QStringLiteral("id"), id},
                                     {QStringLiteral("location"), location},
                                     {QStringLiteral("sku"), m_sku},
                                     {QStringLiteral("kind"), QStringLiteral("receipt")},
                                     {QStringLiteral("quantity"), 1},
                                     {QStringLiteral("occurred_at"), 1796047500000LL + i}}}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("changes"), changes}})
        .toJson(QJsonDocument::Compact);
}

void TestFeedOrdering::concurrentPushersAndLongPollingReaders_data()
{
    QTest::addColumn<QString>("driver");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestFeedOrdering::concurrentPushersAndLongPollingReaders()
{
    QFETCH(QString, driver);
    QVERIFY(startChain(driver, 2));

    QNetworkReply *health = get(0, QStringLiteral("/api/v1/health"));
    QSignalSpy healthy(health, &QNetworkReply::finished);
    QVERIFY(health->isFinished() || healthy.wait(10000));
    const qint64 start = QJsonDocument::fromJson(health->readAll())
                             .object()
                             .value(QStringLiteral("latest_seq"))
                             .toInteger();
    health->deleteLater();

    constexpr int pushers = 4;
    constexpr int batchesEach = 20;
    constexpr int batchSize = 25;
    constexpr int readers = 3;
    const QStringList locations{QStringLiteral("S01"), QStringLiteral("S02"), QStringLiteral("S03"),
                                QStringLiteral("W01")};

    int pushersDone = 0;
    QList<qint64> accepted;
    QStringList failures;
    std::function<void(int, int)> pushNext = [&](int pusher, int round) {
        if (round == batchesEach) {
            ++pushersDone;
            return;
        }
        QNetworkReply *reply = post((pusher + round) % 2, QStringLiteral("/api/v1/push"),
                                    batch(batchSize, locations.at(pusher)));
        connect(reply, &QNetworkReply::finished, this, [&, reply, pusher, round] {
            const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
            reply->deleteLater();
            const QJsonArray results = body.value(QStringLiteral("results")).toArray();
            if (results.size() != batchSize)
                failures.append(
                    QStringLiteral("pusher %1: %2 results").arg(pusher).arg(results.size()));
            for (const QJsonValue &result : results) {
                if (result.toObject().value(QStringLiteral("status")).toString()
                    != QLatin1String("accepted"))
                    failures.append(QStringLiteral("pusher %1: not accepted").arg(pusher));
                accepted.append(result.toObject().value(QStringLiteral("seq")).toInteger());
            }
            pushNext(pusher, round + 1);
        });
    };

    QList<QList<qint64>> seen(readers);
    QList<qint64> cursors(readers, start);
    QList<bool> readerDone(readers, false);
    const qint64 expectedTotal = qint64(pushers) * batchesEach * batchSize;
    std::function<void(int, int)> readNext = [&](int reader, int round) {
        if (pushersDone == pushers && cursors.at(reader) >= start + expectedTotal) {
            readerDone[reader] = true;
            return;
        }
        QNetworkReply *reply
            = get((reader + round) % 2,
                  QStringLiteral("/api/v1/feed?after=%1&limit=97&wait=2").arg(cursors.at(reader)));
        connect(reply, &QNetworkReply::finished, this, [&, reply, reader, round] {
            const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            if (status != 200) {
                failures.append(QStringLiteral("reader %1: HTTP %2").arg(reader).arg(status));
                readerDone[reader] = true;
                return;
            }
            for (const QJsonValue &change : page.value(QStringLiteral("changes")).toArray())
                seen[reader].append(change.toObject().value(QStringLiteral("seq")).toInteger());
            cursors[reader] = page.value(QStringLiteral("next")).toInteger();
            readNext(reader, round + 1);
        });
    };

    for (int r = 0; r < readers; ++r)
        readNext(r, r);
    for (int p = 0; p < pushers; ++p)
        pushNext(p, 0);
    QTRY_VERIFY_WITH_TIMEOUT(!readerDone.contains(false) || !failures.isEmpty(), 180000);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));

    QCOMPARE(accepted.size(), expectedTotal);
    std::sort(accepted.begin(), accepted.end());
    QList<qint64> contiguous;
    for (qint64 seq = start + 1; seq <= start + expectedTotal; ++seq)
        contiguous.append(seq);
    QCOMPARE(accepted, contiguous); // no seq lost or handed out twice
    for (int r = 0; r < readers; ++r)
        QCOMPARE(seen.at(r), contiguous); // every seq exactly once, in order
}

void TestFeedOrdering::changeReachesTheOtherProcessWithinASecond_data()
{
    concurrentPushersAndLongPollingReaders_data();
}

void TestFeedOrdering::changeReachesTheOtherProcessWithinASecond()
{
    QFETCH(QString, driver);
    QVERIFY(startChain(driver, 2));
    for (int attempt = 0; attempt < 5; ++attempt) {
        QNetworkReply *health = get(1, QStringLiteral("/api/v1/health"));
        QSignalSpy healthy(health, &QNetworkReply::finished);
        QVERIFY(health->isFinished() || healthy.wait(10000));
        const qint64 latest = QJsonDocument::fromJson(health->readAll())
                                  .object()
                                  .value(QStringLiteral("latest_seq"))
                                  .toInteger();
        health->deleteLater();

        QNetworkReply *parked = get(1, QStringLiteral("/api/v1/feed?after=%1&wait=30").arg(latest));
        QSignalSpy arrived(parked, &QNetworkReply::finished);
        QVERIFY(!arrived.wait(200));
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *pushed
            = post(0, QStringLiteral("/api/v1/push"), batch(1, QStringLiteral("S01")));
        QSignalSpy stored(pushed, &QNetworkReply::finished);
        QVERIFY(pushed->isFinished() || stored.wait(10000));
        pushed->deleteLater();
        QVERIFY(arrived.count() > 0 || arrived.wait(5000));
        QVERIFY2(timer.elapsed() < 1000,
                 qPrintable(
                     QStringLiteral("took %1 ms to reach the other process").arg(timer.elapsed())));
        const QJsonArray changes = QJsonDocument::fromJson(parked->readAll())
                                       .object()
                                       .value(QStringLiteral("changes"))
                                       .toArray();
        parked->deleteLater();
        QCOMPARE(changes.size(), 1);
    }
}

QTEST_GUILESS_MAIN(TestFeedOrdering)
#include "tst_feedordering.moc"

#include "countservice.h"
#include "discrepancyservice.h"
#include "inventoryservice.h"
#include "replicadatabase.h"
#include "sopservice.h"
#include "syncengine.h"
#include "syncstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace stockroom;

namespace {

/** True once the system clock has moved past the current millisecond. */
bool waitForNextMillisecond()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return QTest::qWaitFor([now] { return QDateTime::currentMSecsSinceEpoch() > now; }, 1000);
}

/** One desktop: its replica file, its service, its sync engine. */
struct Desktop
{
    std::unique_ptr<replica::ReplicaDatabase> db;
    std::unique_ptr<replica::InventoryService> service;
    std::unique_ptr<replica::SyncStore> store;
    std::unique_ptr<sync::SyncEngine> engine;
};

} // namespace

/**
 * The sync engine against a real stockroomd on 127.0.0.1 (SQLite central): two desktops at
 * two stores converge, offline edits replay, a retried push is not doubled, a late sale is
 * absorbed by a count, a damaged replica is found by the digest and rebuilt.
 */
class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void twoDesktopsConverge();
    void offlineEditsReplayAfterReconnect();
    void retryAfterLostResponseIsNotDoubled();
    void manyBatchesArePushedOnceInOutboxOrder();
    void lateSaleBeforeCountIsAbsorbed();
    void damagedReplicaIsRepairedFromCentral();
    void cancelledBootstrapStartsOverWithoutDamage();
    void discrepancyEditedOfflineOnTwoDesktopsMerges();
    void offlineCountWithSalesPostsTheRightCount();
    void publishedSopIsAcknowledgedAndVisibleAtCentral();
    void sopChangesCentralRefusesAreQueuedNotRetried();

private:
    /** Runs stockroomd with arguments on the test's central database; its stdout. */
    std::optional<QString> stockroomd(const QStringList &arguments);
    /** Writes an SOP file of this id and version (meant for store managers) to the test dir. */
    QString writeSop(const QString &id, int version, const QString &stepText);
    bool startServer();
    void stopServer();
    std::unique_ptr<Desktop> desktop(const QString &name, const QString &user);
    bool syncOnce(Desktop &desktop, QString *error = nullptr);
    replica::RecordResult record(Desktop &desktop, domain::MovementKind kind, qint64 qty,
                                 const QString &location, std::optional<qint64> at = {});
    qint64 onHand(Desktop &desktop, const QString &location);

    QTemporaryDir m_dir;
    QString m_database;
    QProcess m_server;
    QString m_url;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
    QString m_sku;
};

bool TestSyncEngine::startServer()
{
    m_server.setProcessChannelMode(QProcess::SeparateChannels);
    m_server.start(QStringLiteral(STOCKROOMD_PATH),
                   {QStringLiteral("serve"), QStringLiteral("--listen"),
                    QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("--database"),
                    m_database});
    if (!m_server.waitForStarted())
        return false;
    const QRegularExpression listening(
        QStringLiteral("listening on (http://127\\.0\\.0\\.1:(\\d+))"));
    QString banner;
    QElapsedTimer timer;
    timer.start();
    while (!listening.match(banner).hasMatch() && timer.elapsed() < 20000) {
        m_server.waitForReadyRead(200);
        banner += QString::fromUtf8(m_server.readAllStandardOutput());
    }
    const auto match = listening.match(banner);
    if (!match.hasMatch())
        return false;
    m_url = match.captured(1);
    m_port = quint16(match.captured(2).toUInt()); // the same port again after a restart
    return true;
}

void TestSyncEngine::stopServer()
{
    m_server.terminate();
    m_server.waitForFinished(15000);
}

void TestSyncEngine::initTestCase()
{
    m_database = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("central.db"));
    QFile password(m_dir.filePath(QStringLiteral("pw")));
    QVERIFY(password.open(QIODevice::WriteOnly));
    password.write("sync-test-pw\n");
    password.close();
    const auto run = [this](const QStringList &arguments) {
        QProcess process;
        process.start(QStringLiteral(STOCKROOMD_PATH),
                      arguments + QStringList{QStringLiteral("--database"), m_database});
        return process.waitForFinished(60000) && process.exitCode() == 0;
    };
    QVERIFY(run({QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("small")}));
    QVERIFY(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("hq"),
                 QStringLiteral("--role"), QStringLiteral("admin"),
                 QStringLiteral("--password-file"), password.fileName()}));
    QVERIFY(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("maria"),
                 QStringLiteral("--role"), QStringLiteral("store_manager"),
                 QStringLiteral("--location"), QStringLiteral("S01"),
                 QStringLiteral("--password-file"), password.fileName()}));
    QVERIFY(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("luis"),
                 QStringLiteral("--role"), QStringLiteral("store_manager"),
                 QStringLiteral("--location"), QStringLiteral("S02"),
                 QStringLiteral("--password-file"), password.fileName()}));
    QVERIFY(startServer());
}

std::optional<QString> TestSyncEngine::stockroomd(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(STOCKROOMD_PATH),
                  arguments + QStringList{QStringLiteral("--database"), m_database});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("stockroomd %s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                 process.readAllStandardError().constData());
        return std::nullopt;
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString TestSyncEngine::writeSop(const QString &id, int version, const QString &stepText)
{
    const QString path = m_dir.filePath(QStringLiteral("%1-v%2.md").arg(id).arg(version));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QStringLiteral("---\nid: %1\ntitle: Checking shelf prices\nversion: %2\n"
                              "roles: [store_manager]\ntags: [prices]\n---\n"
                              "# Checking shelf prices\n\n## Steps\n\n### 1. Compare\n%3\n")
                   .arg(id)
                   .arg(version)
                   .arg(stepText)
                   .toUtf8());
    return path;
}

void TestSyncEngine::cleanupTestCase()
{
    m_server.kill();
    m_server.waitForFinished();
}

std::unique_ptr<Desktop> TestSyncEngine::desktop(const QString &name, const QString &user)
{
    auto d = std::make_unique<Desktop>();
    replica::OpenError error;
    d->db
        = replica::ReplicaDatabase::open(m_dir.filePath(name + QStringLiteral(".sqlite")), &error);
    if (!d->db)
        return nullptr;
    d->service = std::make_unique<replica::InventoryService>(*d->db, replica::Identity{user, name});
    d->store = std::make_unique<replica::SyncStore>(*d->db);
    d->engine = std::make_unique<sync::SyncEngine>(*d->store, &m_network);
    QSignalSpy loggedIn(d->engine.get(), &sync::SyncEngine::loggedIn);
    QSignalSpy failed(d->engine.get(), &sync::SyncEngine::loginFailed);
    d->engine->login(QUrl(m_url), user, QStringLiteral("sync-test-pw"));
    if (!loggedIn.wait(10000) && loggedIn.isEmpty())
        return nullptr;
    if (!syncOnce(*d))
        return nullptr;
    if (m_sku.isEmpty())
        m_sku = d->service->products().constFirst().sku;
    return d;
}

bool TestSyncEngine::syncOnce(Desktop &desktop, QString *error)
{
    QSignalSpy finished(desktop.engine.get(), &sync::SyncEngine::syncFinished);
    desktop.engine->syncOnce();
    if (finished.isEmpty() && !finished.wait(60000))
        return false;
    if (error)
        *error = finished.constFirst().at(1).toString();
    return finished.constFirst().at(0).toBool();
}

replica::RecordResult TestSyncEngine::record(Desktop &desktop, domain::MovementKind kind,
                                             qint64 qty, const QString &location,
                                             std::optional<qint64> at)
{
    replica::RecordRequest request;
    request.kind = kind;
    request.product = m_sku;
    request.quantity = qty;
    request.location = location;
    request.occurredAtMs = at;
    return desktop.service->record(request);
}

qint64 TestSyncEngine::onHand(Desktop &desktop, const QString &location)
{
    return desktop.service->level(location, m_sku).value_or(domain::StockPosition{}).level.onHand;
}

void TestSyncEngine::twoDesktopsConverge()
{
    auto hq = desktop(QStringLiteral("hq"), QStringLiteral("hq"));
    auto store1 = desktop(QStringLiteral("s01"), QStringLiteral("maria"));
    QVERIFY(hq && store1);
    QVERIFY(hq->service->verify().ok());
    QCOMPARE(onHand(*store1, QStringLiteral("S01")), onHand(*hq, QStringLiteral("S01")));

    const qint64 before = onHand(*store1, QStringLiteral("S01"));
    // The bootstrap brought S01's queue (the demo month left some); nothing is added to it.
    const qsizetype queueBefore = store1->store->openDiscrepancies().size();
    const QList<replica::SyncDiscrepancy> chainQueue = hq->store->openDiscrepancies();
    QCOMPARE(queueBefore, qsizetype(std::count_if(chainQueue.cbegin(), chainQueue.cend(),
                                                  [](const replica::SyncDiscrepancy &d) {
                                                      return d.location == QLatin1String("S01");
                                                  })));
    QVERIFY(record(*store1, domain::MovementKind::Sale, 2, QStringLiteral("S01")).ok());
    QCOMPARE(onHand(*store1, QStringLiteral("S01")), before - 2); // at once, before any sync
    QVERIFY(record(*hq, domain::MovementKind::Receipt, 10, QStringLiteral("S01")).ok());
    QVERIFY(syncOnce(*store1));
    QVERIFY(syncOnce(*hq));
    QVERIFY(syncOnce(*store1));
    QCOMPARE(onHand(*store1, QStringLiteral("S01")), before + 8);
    QCOMPARE(onHand(*hq, QStringLiteral("S01")), before + 8);
    QCOMPARE(store1->store->pendingCount(), 0);
    QCOMPARE(hq->store->levelsDigest(QStringLiteral("S01")),
             store1->store->levelsDigest(QStringLiteral("S01")));
    QVERIFY(store1->service->verify().ok());
    QCOMPARE(store1->store->openDiscrepancies().size(), queueBefore); // nothing went wrong

    // A store may not record for another store: refused by central, kept as a discrepancy.
    auto store2 = desktop(QStringLiteral("s02"), QStringLiteral("luis"));
    QVERIFY(store2);
    QVERIFY(!record(*store2, domain::MovementKind::Receipt, 1, QStringLiteral("S01")).ok());
}

void TestSyncEngine::offlineEditsReplayAfterReconnect()
{
    auto store1 = desktop(QStringLiteral("offline"), QStringLiteral("maria"));
    auto hq = desktop(QStringLiteral("hq-offline"), QStringLiteral("hq"));
    QVERIFY(store1 && hq);
    const qint64 before = onHand(*hq, QStringLiteral("S01"));

    stopServer();
    QVERIFY(record(*store1, domain::MovementKind::Sale, 1, QStringLiteral("S01")).ok());
    QVERIFY(record(*store1, domain::MovementKind::Sale, 1, QStringLiteral("S01")).ok());
    QString error;
    QVERIFY(!syncOnce(*store1, &error));
    QVERIFY2(!error.isEmpty(), "an offline sync says why");
    QCOMPARE(store1->engine->status().state, domain::SyncStatus::State::Offline);
    QCOMPARE(store1->store->pendingCount(), 2);
    QCOMPARE(onHand(*store1, QStringLiteral("S01")), before - 2); // work continues offline

    QVERIFY(startServer());
    QVERIFY(syncOnce(*store1, &error));
    QCOMPARE(store1->store->pendingCount(), 0);
    QCOMPARE(store1->engine->status().state, domain::SyncStatus::State::Online);
    QVERIFY(syncOnce(*hq));
    QCOMPARE(onHand(*hq, QStringLiteral("S01")), before - 2);
}

void TestSyncEngine::retryAfterLostResponseIsNotDoubled()
{
    auto store1 = desktop(QStringLiteral("lost"), QStringLiteral("maria"));
    auto hq = desktop(QStringLiteral("hq-lost"), QStringLiteral("hq"));
    QVERIFY(store1 && hq);
    const qint64 before = onHand(*hq, QStringLiteral("S01"));
    const replica::RecordResult sale
        = record(*store1, domain::MovementKind::Sale, 3, QStringLiteral("S01"));
    QVERIFY(sale.ok());

    // The first push reached central, but its answer was lost: the change is still pending.
    const domain::Movement &m = sale.movement;
    const QJsonObject movement{{QStringLiteral("id"), m.id.toString(QUuid::WithoutBraces)},
                               {QStringLiteral("location"), m.location},
                               {QStringLiteral("sku"), m.sku},
                               {QStringLiteral("kind"), QStringLiteral("sale")},
                               {QStringLiteral("quantity"), m.quantity},
                               {QStringLiteral("occurred_at"), m.occurredAtMs},
                               {QStringLiteral("user"), m.user},
                               {QStringLiteral("device"), m.device}};
    const QByteArray body
        = QJsonDocument(
              QJsonObject{{QStringLiteral("changes"),
                           QJsonArray{QJsonObject{
                               {QStringLiteral("kind"), QStringLiteral("movement")},
                               {QStringLiteral("id"), movement.value(QStringLiteral("id"))},
                               {QStringLiteral("movement"), movement}}}}})
              .toJson();
    QSignalSpy loggedIn(hq->engine.get(), &sync::SyncEngine::loggedIn);
    hq->engine->login(QUrl(m_url), QStringLiteral("maria"), QStringLiteral("sync-test-pw"));
    QVERIFY(loggedIn.wait(10000));
    QNetworkRequest request(QUrl(m_url + QStringLiteral("/api/v1/push")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization",
                         "Bearer " + loggedIn.constFirst().at(0).toString().toUtf8());
    QNetworkReply *reply = m_network.post(request, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
    QCOMPARE(store1->store->pendingCount(), 1);

    QVERIFY(syncOnce(*store1)); // the retry: central answers "duplicate"
    QCOMPARE(store1->store->pendingCount(), 0);
    auto fresh = desktop(QStringLiteral("hq-lost-2"), QStringLiteral("hq"));
    QVERIFY(fresh);
    QCOMPARE(onHand(*fresh, QStringLiteral("S01")), before - 3); // once, not twice
}

void TestSyncEngine::manyBatchesArePushedOnceInOutboxOrder()
{
    // More than two push batches (500 each): the engine encodes the next batch while central
    // stores the one before and sends it before storing that one's answers.
    auto store1 = desktop(QStringLiteral("batches"), QStringLiteral("maria"));
    auto hq = desktop(QStringLiteral("hq-batches"), QStringLiteral("hq"));
    QVERIFY(store1 && hq);
    const qint64 before = onHand(*hq, QStringLiteral("S01"));
    constexpr int recorded = 1234;
    QList<QUuid> order;
    for (int i = 0; i < recorded; ++i) {
        const replica::RecordResult receipt
            = record(*store1, domain::MovementKind::Receipt, 1 + i % 3, QStringLiteral("S01"));
        QVERIFY2(receipt.ok(), qPrintable(receipt.error));
        order.append(receipt.movement.id);
    }
    QCOMPARE(store1->store->pendingCount(), qint64(recorded));

    QList<qint64> pending;
    connect(store1->engine.get(), &sync::SyncEngine::statusChanged, this,
            [&pending](const domain::SyncStatus &status) { pending.append(status.pendingChanges); });
    QVERIFY(syncOnce(*store1));
    QCOMPARE(store1->store->pendingCount(), 0);
    QCOMPARE(store1->engine->status().pendingChanges, 0);
    // The count went down batch by batch, never up.
    QStringList reported;
    for (const qint64 count : std::as_const(pending))
        reported.append(QString::number(count));
    QVERIFY2(std::is_sorted(pending.crbegin(), pending.crend()),
             qPrintable(QStringLiteral("pending changes reported: ") + reported.join(u' ')));
    QVERIFY(pending.contains(recorded - 500));
    QVERIFY(pending.contains(recorded - 1000));

    // Central numbered them in the order they were recorded, each once.
    QSqlQuery seqs(store1->db->connection());
    QVERIFY(seqs.exec(QStringLiteral("SELECT id, server_seq FROM movements WHERE device = 'batches'"
                                     " AND server_seq IS NOT NULL")));
    QHash<QUuid, qint64> seqOf;
    while (seqs.next())
        seqOf.insert(QUuid::fromString(seqs.value(0).toString()), seqs.value(1).toLongLong());
    QCOMPARE(seqOf.size(), qsizetype(recorded));
    for (qsizetype i = 1; i < order.size(); ++i) {
        QVERIFY2(seqOf.value(order.at(i - 1)) < seqOf.value(order.at(i)),
                 qPrintable(QStringLiteral("record %1 got seq %2, record %3 got seq %4")
                                .arg(i - 1)
                                .arg(seqOf.value(order.at(i - 1)))
                                .arg(i)
                                .arg(seqOf.value(order.at(i)))));
    }
    qint64 added = 0;
    for (int i = 0; i < recorded; ++i)
        added += 1 + i % 3;
    QVERIFY(syncOnce(*hq));
    QCOMPARE(onHand(*hq, QStringLiteral("S01")), before + added);
    QCOMPARE(hq->store->levelsDigest(QStringLiteral("S01")),
             store1->store->levelsDigest(QStringLiteral("S01")));
}

void TestSyncEngine::lateSaleBeforeCountIsAbsorbed()
{
    auto counter = desktop(QStringLiteral("count"), QStringLiteral("maria"));
    auto till = desktop(QStringLiteral("till"), QStringLiteral("maria"));
    QVERIFY(counter && till);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // The till sells one at 10:00 while offline; the count at 10:05 finds 7 on the shelf.
    QVERIFY(
        record(*till, domain::MovementKind::Sale, 1, QStringLiteral("S01"), now - 5 * 60000).ok());
    QVERIFY(record(*counter, domain::MovementKind::Count, 7, QStringLiteral("S01"), now).ok());
    QVERIFY(syncOnce(*counter));
    QVERIFY(syncOnce(*till)); // the sale arrives late, dated before the count
    QVERIFY(syncOnce(*counter));
    QCOMPARE(onHand(*counter, QStringLiteral("S01")), 7);
    QCOMPARE(onHand(*till, QStringLiteral("S01")), 7);
    QVERIFY(counter->service->verify().ok());
    QVERIFY(till->service->verify().ok());
}

void TestSyncEngine::damagedReplicaIsRepairedFromCentral()
{
    auto hq = desktop(QStringLiteral("damaged"), QStringLiteral("hq"));
    QVERIFY(hq);
    const qint64 truth = onHand(*hq, QStringLiteral("S03"));
    QSqlQuery damage(hq->db->connection());
    QVERIFY(damage.exec(
        QStringLiteral("UPDATE levels SET on_hand = on_hand + 40 WHERE location = 'S03'")));
    QVERIFY(damage.exec(
        QStringLiteral("DELETE FROM movements WHERE location = 'S03' AND rowid IN"
                       " (SELECT rowid FROM movements WHERE location = 'S03' LIMIT 5)")));
    QCOMPARE(onHand(*hq, QStringLiteral("S03")), truth + 40);
    QVERIFY(syncOnce(*hq)); // the digest differs: the replica is rebuilt from central
    QCOMPARE(onHand(*hq, QStringLiteral("S03")), truth);
    QVERIFY(hq->service->verify().ok());
}

void TestSyncEngine::cancelledBootstrapStartsOverWithoutDamage()
{
    auto hq = desktop(QStringLiteral("hq-reference"), QStringLiteral("hq"));
    QVERIFY(hq);

    replica::OpenError openError;
    auto db = replica::ReplicaDatabase::open(m_dir.filePath(QStringLiteral("cancel.sqlite")),
                                             &openError);
    QVERIFY(db);
    replica::SyncStore store(*db);
    sync::SyncEngine engine(store, &m_network);
    QSignalSpy loggedIn(&engine, &sync::SyncEngine::loggedIn);
    engine.login(QUrl(m_url), QStringLiteral("hq"), QStringLiteral("sync-test-pw"));
    QVERIFY(loggedIn.wait(10000) || !loggedIn.isEmpty());

    // Cancelled as soon as the first snapshot page is in: the chain has several pages.
    int pagesSeen = 0;
    const auto cancelAtFirstPage = connect(&engine, &sync::SyncEngine::progress, this,
                                           [&](const QString &stage, qint64 done, qint64) {
                                               if (stage != QLatin1String("bootstrap"))
                                                   return;
                                               pagesSeen = int(done);
                                               engine.cancel();
                                           });
    QSignalSpy finished(&engine, &sync::SyncEngine::syncFinished);
    engine.syncOnce();
    QVERIFY(finished.wait(60000) || !finished.isEmpty());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().at(0).toBool(), false);
    QCOMPARE(finished.constFirst().at(1).toString(), QStringLiteral("cancelled"));
    QCOMPARE(pagesSeen, 1);
    QCOMPARE(store.state().bootstrapped, false);
    QCOMPARE(engine.isWatching(), false);
    QCOMPARE(engine.status().state, domain::SyncStatus::State::Offline);

    // The next sync downloads the snapshot again from the start and equals the reference.
    disconnect(cancelAtFirstPage);
    finished.clear();
    engine.syncOnce();
    QVERIFY(finished.wait(60000) || !finished.isEmpty());
    QCOMPARE(finished.constFirst().at(1).toString(), QString());
    QCOMPARE(finished.constFirst().at(0).toBool(), true);
    QCOMPARE(store.state().bootstrapped, true);
    QVERIFY(syncOnce(*hq));
    for (const QString &location : {QStringLiteral("S01"), QStringLiteral("S02")})
        QCOMPARE(store.levelsDigest(location), hq->store->levelsDigest(location));
    replica::InventoryService service(
        *db, replica::Identity{QStringLiteral("hq"), QStringLiteral("cancel")});
    QVERIFY(service.verify().ok());
}

void TestSyncEngine::discrepancyEditedOfflineOnTwoDesktopsMerges()
{
    auto store1 = desktop(QStringLiteral("queue-s01"), QStringLiteral("maria"));
    auto hq = desktop(QStringLiteral("queue-hq"), QStringLiteral("hq"));
    QVERIFY(store1 && hq);
    replica::DiscrepancyService storeQueue(*store1->service);
    replica::DiscrepancyService hqQueue(*hq->service);

    QString error;
    const auto id = storeQueue.report(
        {QStringLiteral("S01"), m_sku, QStringLiteral("damaged"), 2, QStringLiteral("wet box")},
        &error);
    QVERIFY2(id, qPrintable(error));
    QVERIFY(syncOnce(*store1, &error));
    QCOMPARE(store1->store->pendingCount(), 0);
    QVERIFY(syncOnce(*hq, &error));
    QVERIFY2(hqQueue.get(*id), "the report reached head office");

    // Both edit it while central is down.
    stopServer();
    QVERIFY2(storeQueue.acknowledge(*id, &error), qPrintable(error));
    QVERIFY2(storeQueue.comment(*id, QStringLiteral("two soaked, rest fine"), &error),
             qPrintable(error));
    QVERIFY2(hqQueue.assign(*id, QStringLiteral("maria"), &error), qPrintable(error));
    QVERIFY2(
        hqQueue.resolve(*id, domain::ResolutionAction::WriteOff, QStringLiteral("damaged"), &error),
        qPrintable(error));
    QVERIFY(!syncOnce(*store1));

    QVERIFY(startServer());
    QVERIFY(syncOnce(*store1, &error));
    QVERIFY(syncOnce(*hq, &error));
    QVERIFY(syncOnce(*store1, &error));
    QCOMPARE(store1->store->pendingCount(), 0);
    QCOMPARE(hq->store->pendingCount(), 0);
    const auto here = storeQueue.get(*id);
    const auto there = hqQueue.get(*id);
    QVERIFY(here && there);
    QCOMPARE(here->timeline.size(), 5);
    QCOMPARE(here->timeline, there->timeline);
    QCOMPARE(here->status, there->status);
    QCOMPARE(here->status, domain::DiscrepancyStatus::Resolved);
    QCOMPARE(here->assignee, QStringLiteral("maria"));
    // The write-off's adjustment reached the store too.
    QCOMPARE(onHand(*store1, QStringLiteral("S01")), onHand(*hq, QStringLiteral("S01")));
    QVERIFY(store1->service->verify().ok());

    // A fresh desktop gets the queue with its whole timeline from the bootstrap.
    auto fresh = desktop(QStringLiteral("queue-fresh"), QStringLiteral("maria"));
    QVERIFY(fresh);
    replica::DiscrepancyService freshQueue(*fresh->service);
    QCOMPARE(freshQueue.get(*id).value_or(domain::DiscrepancyState{}).timeline, here->timeline);
}

void TestSyncEngine::offlineCountWithSalesPostsTheRightCount()
{
    auto store1 = desktop(QStringLiteral("count-s01"), QStringLiteral("maria"));
    auto hq = desktop(QStringLiteral("count-hq"), QStringLiteral("hq"));
    QVERIFY(store1 && hq);
    const QString location = QStringLiteral("S01");
    const QString sku = m_sku;
    const qint64 system = onHand(*store1, location);

    // Offline: a count of one product; after it is scanned, 2 are sold.
    stopServer();
    replica::CountService counts(*store1->db, store1->service->identity());
    replica::CountStartRequest request;
    request.location = location;
    request.scope = {domain::CountScopeKind::SkuList, {}, {sku}};
    QString error;
    const QUuid id = counts.start(request, &error);
    QVERIFY2(!id.isNull(), qPrintable(error));
    const replica::ScanResult scanned = counts.scan(id, sku, system);
    QVERIFY2(scanned.error.isEmpty(), qPrintable(scanned.error));
    QVERIFY(waitForNextMillisecond()); // the sales come after the scan's millisecond
    QVERIFY(record(*store1, domain::MovementKind::Sale, 2, location).ok());
    QVERIFY2(counts.submit(id, &error), qPrintable(error));
    const replica::ReviewResult review = counts.review(id);
    QVERIFY2(review.ok(), qPrintable(review.error));
    QCOMPARE(review.lines.size(), 1);
    QCOMPARE(review.lines.constFirst().variance.expected, system); // the sale is not variance
    QCOMPARE(review.lines.constFirst().variance.units, 0);
    const replica::PostResult posted = counts.post(id);
    QVERIFY2(posted.ok(), qPrintable(posted.error));
    QCOMPARE(posted.movements, 1);
    QCOMPARE(onHand(*store1, location), system - 2);

    QVERIFY(startServer());
    QVERIFY(syncOnce(*store1, &error));
    QVERIFY(syncOnce(*hq, &error));
    QCOMPARE(onHand(*hq, location), system - 2);
    QCOMPARE(hq->store->levelsDigest(location), store1->store->levelsDigest(location));

    // A second count finds 3 missing and raises a discrepancy; then a sale of 3 made at head
    // office before that count (recorded late) arrives: the variance was that sale.
    QVERIFY(record(*store1, domain::MovementKind::Receipt, 10, location).ok());
    QVERIFY(waitForNextMillisecond());
    const qint64 before = onHand(*store1, location);
    const qint64 beforeScan = QDateTime::currentMSecsSinceEpoch(); // after the receipt
    QVERIFY(waitForNextMillisecond());
    const QUuid second = counts.start(request, &error);
    QVERIFY2(!second.isNull(), qPrintable(error));
    const replica::ScanResult short3 = counts.scan(second, sku, before - 3);
    QVERIFY2(short3.error.isEmpty(), qPrintable(short3.error));
    QVERIFY(counts.submit(second, &error));
    QVERIFY(counts.review(second).ok());
    const replica::PostResult raised = counts.post(second);
    QVERIFY2(raised.ok(), qPrintable(raised.error));
    QCOMPARE(raised.discrepancies.size(), 1);
    replica::DiscrepancyService queue(*store1->service);
    QCOMPARE(queue.get(raised.discrepancies.constFirst())->varianceUnits(), -3);
    QVERIFY(syncOnce(*store1, &error));

    QVERIFY(syncOnce(*hq, &error));
    QVERIFY(record(*hq, domain::MovementKind::Sale, 3, location, beforeScan).ok());
    QVERIFY(syncOnce(*hq, &error));
    QVERIFY(syncOnce(*store1, &error));
    const auto reevaluated = queue.get(raised.discrepancies.constFirst());
    QVERIFY(reevaluated);
    QCOMPARE(reevaluated->expected, before - 3);
    QCOMPARE(reevaluated->varianceUnits(), 0);
    // And head office sees the same discrepancy.
    QVERIFY(replica::DiscrepancyService(*hq->service).get(raised.discrepancies.constFirst()));
}

void TestSyncEngine::publishedSopIsAcknowledgedAndVisibleAtCentral()
{
    auto store1 = desktop(QStringLiteral("sop-s01"), QStringLiteral("maria"));
    auto hq = desktop(QStringLiteral("sop-hq"), QStringLiteral("hq"));
    QVERIFY(store1 && hq);
    replica::SopService maria(*store1->db, {QStringLiteral("maria"), QStringLiteral("sop-s01")});
    const QString sop = QStringLiteral("price-check");
    QVERIFY(!maria.get(sop));

    // Published at central by the administrator's command, while the server runs.
    const auto published = stockroomd(
        {QStringLiteral("sop"), QStringLiteral("publish"),
         writeSop(sop, 1, QStringLiteral("Compare each shelf label with the till price."))});
    QVERIFY(published);
    QVERIFY2(published->contains(QStringLiteral("published")), qPrintable(*published));

    QSignalSpy sopsChanged(store1->engine.get(), &sync::SyncEngine::sopsChanged);
    QVERIFY(syncOnce(*store1));
    QCOMPARE(sopsChanged.size(), 1);
    const auto arrived = maria.get(sop);
    QVERIFY2(arrived, "the published version reached the desktop");
    QCOMPARE(arrived->document.version, 1);
    QCOMPARE(arrived->source, QStringLiteral("central"));
    const auto askedFor = [&] {
        QStringList ids;
        for (const replica::StoredSop &s :
             maria.toRead(QStringLiteral("maria"), QStringLiteral("store_manager")))
            ids.append(QStringLiteral("%1@%2").arg(s.document.id).arg(s.document.version));
        return ids;
    };
    QVERIFY2(askedFor().contains(QStringLiteral("price-check@1")),
             qPrintable(askedFor().join(QLatin1Char(','))));

    QString error;
    QVERIFY2(maria.acknowledge(sop, 0, &error), qPrintable(error));
    QCOMPARE(store1->store->pendingCount(), 1);
    QVERIFY(syncOnce(*store1, &error));
    QCOMPARE(store1->store->pendingCount(), 0);
    QVERIFY(!askedFor().contains(QStringLiteral("price-check@1")));
    const QList<replica::SopAcknowledgement> mine = maria.whoAcknowledged(sop, 1);
    QCOMPARE(mine.size(), 1);
    QVERIFY2(mine.constFirst().serverSeq, "central acknowledged the acknowledgement");

    // Visible at central: on its command line, and to head office through the API.
    const auto acks = stockroomd({QStringLiteral("sop"), QStringLiteral("acks"), sop});
    QVERIFY(acks);
    QVERIFY2(acks->contains(QStringLiteral("acknowledged\tmaria\tstore_manager")),
             qPrintable(*acks));
    QVERIFY2(acks->contains(QStringLiteral("pending\tluis\tstore_manager")), qPrintable(*acks));
    std::optional<protocol::SopAcknowledgementReport> report;
    bool answered = false;
    hq->engine->fetchSopAcknowledgements(
        sop, 0, [&](const std::optional<protocol::SopAcknowledgementReport> &r, const QString &e) {
            report = r;
            error = e;
            answered = true;
        });
    QVERIFY(QTest::qWaitFor([&] { return answered; }, 10000));
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->version, 1);
    QCOMPARE(report->acknowledged.size(), 1);
    QCOMPARE(report->acknowledged.constFirst().user, QStringLiteral("maria"));
    QStringList pending;
    for (const auto &person : report->pending)
        pending.append(person.user);
    QCOMPARE(pending, QStringList{QStringLiteral("luis")}); // the only other store manager

    // A trainer's session on it syncs up as well, and reaches the store.
    replica::SopService hqLibrary(*hq->db, {QStringLiteral("hq"), QStringLiteral("sop-hq")});
    QVERIFY(syncOnce(*hq));
    const auto session = hqLibrary.recordTraining(sop, 0, QStringLiteral("hq"),
                                                  {QStringLiteral("maria")},
                                                  replica::TrainingOutcome::Passed, {}, &error);
    QVERIFY2(session, qPrintable(error));
    QVERIFY(syncOnce(*hq, &error));
    QCOMPARE(hq->store->pendingCount(), 0);
    QVERIFY(hqLibrary.trainingSession(*session).value_or(replica::TrainingSession{}).serverSeq);
    QVERIFY(syncOnce(*store1));
    QCOMPARE(maria.trainingSessions(sop).size(), 1);

    // A new version asks again.
    QVERIFY(stockroomd({QStringLiteral("sop"), QStringLiteral("publish"),
                        writeSop(sop, 2, QStringLiteral("Compare labels and web prices."))}));
    QVERIFY(syncOnce(*store1));
    QVERIFY2(askedFor().contains(QStringLiteral("price-check@2")),
             qPrintable(askedFor().join(QLatin1Char(','))));
    QCOMPARE(maria.history(sop).size(), 2);

    // A fresh desktop gets the library, the acknowledgement and the session from the bootstrap.
    auto fresh = desktop(QStringLiteral("sop-fresh"), QStringLiteral("luis"));
    QVERIFY(fresh);
    replica::SopService luis(*fresh->db, {QStringLiteral("luis"), QStringLiteral("sop-fresh")});
    QCOMPARE(luis.history(sop).size(), 2);
    QCOMPARE(luis.whoAcknowledged(sop, 1).size(), 1);
    QCOMPARE(luis.trainingSessions(sop).size(), 1);
}

void TestSyncEngine::sopChangesCentralRefusesAreQueuedNotRetried()
{
    auto store1 = desktop(QStringLiteral("sop-refused"), QStringLiteral("maria"));
    QVERIFY(store1);
    replica::SopService maria(*store1->db,
                              {QStringLiteral("maria"), QStringLiteral("sop-refused")});
    // A procedure imported on this desktop only: central has never published it. Its
    // acknowledgement stays here, local, and is neither retried nor queued as a problem.
    QFile file(writeSop(QStringLiteral("local-only"), 1, QStringLiteral("Local steps.")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    QVERIFY2(maria.importDocuments({{QStringLiteral("local-only-v1.md"), file.readAll()}}, &error),
             qPrintable(error));
    QVERIFY2(maria.acknowledge(QStringLiteral("local-only"), 0, &error), qPrintable(error));
    const qsizetype queueBefore = store1->store->openDiscrepancies().size();
    QVERIFY(syncOnce(*store1, &error));
    QCOMPARE(store1->store->pendingCount(), 0);
    const QList<replica::SopAcknowledgement> local
        = maria.whoAcknowledged(QStringLiteral("local-only"), 1);
    QCOMPARE(local.size(), 1);
    QVERIFY(!local.constFirst().serverSeq);
    QCOMPARE(store1->store->openDiscrepancies().size(), queueBefore);

    // Someone else's acknowledgement of a published SOP pushed with maria's token: central
    // refuses it for good; it leaves the outbox and the queue says why.
    replica::SopService luis(*store1->db, {QStringLiteral("luis"), QStringLiteral("sop-refused")});
    QVERIFY2(luis.acknowledge(QStringLiteral("report-damaged-goods"), 0, &error),
             qPrintable(error));
    QVERIFY(syncOnce(*store1, &error));
    QCOMPARE(store1->store->pendingCount(), 0);
    const QList<replica::SopAcknowledgement> acks
        = luis.whoAcknowledged(QStringLiteral("report-damaged-goods"), 0);
    QVERIFY2(std::none_of(acks.cbegin(), acks.cend(),
                          [](const replica::SopAcknowledgement &a) {
                              return a.user == QLatin1String("luis");
                          }),
             "the refused acknowledgement is not kept as if central had it");
    const QList<replica::SyncDiscrepancy> queue = store1->store->openDiscrepancies();
    QCOMPARE(queue.size(), queueBefore + 1);
    const auto refused = std::find_if(queue.cbegin(), queue.cend(), [](const auto &d) {
        return d.reason.contains(QStringLiteral("may not acknowledge"));
    });
    QVERIFY2(refused != queue.cend(), "the refusal is in the queue with central's reason");
    QCOMPARE(refused->type, QStringLiteral("rejected_change"));
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"

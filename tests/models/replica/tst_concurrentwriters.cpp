#include "replicafixture.h"
#include "syncstore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <chrono>
#include <future>
#include <thread>

using namespace stockroom;

/**
 * Two processes on one replica file — the desktop and stockroom-cli, a record beside a
 * sync --watch: a write transaction waits for the other writer's lock under the busy timeout
 * instead of failing at once with "database is locked" because the snapshot its first read
 * pinned went stale (found by the chaos test, tests/chaos).
 */
class TestConcurrentWriters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void recordWaitsForAnotherWriter();
    void feedPageWaitsForAnotherWriter();

private:
    /**
     * Another connection (its own thread, as another process would be) takes the write lock,
     * writes, and commits after holdMs; returns once it holds the lock.
     */
    std::thread holdWriteLock(std::chrono::milliseconds hold);

    std::unique_ptr<ReplicaFixture> f;
    QString m_otherError;
};

void TestConcurrentWriters::init()
{
    f = std::make_unique<ReplicaFixture>();
    QVERIFY(f->open());
    QVERIFY(f->seed());
    m_otherError.clear();
}

void TestConcurrentWriters::cleanup()
{
    f.reset();
}

std::thread TestConcurrentWriters::holdWriteLock(std::chrono::milliseconds hold)
{
    std::promise<void> locked;
    std::future<void> isLocked = locked.get_future();
    const QString path = f->dir.filePath(QStringLiteral("replica.sqlite"));
    std::thread other([this, path, hold, locked = std::move(locked)]() mutable {
        const QString name = QStringLiteral("other-writer");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QSqlQuery query(db);
            const bool ok
                = db.open() && query.exec(QStringLiteral("PRAGMA busy_timeout = 5000"))
                  && query.exec(QStringLiteral("BEGIN IMMEDIATE"))
                  && query.exec(QStringLiteral("INSERT OR REPLACE INTO settings (key, value)"
                                               " VALUES ('test.other_writer', '1')"));
            if (!ok)
                m_otherError = query.lastError().text() + db.lastError().text();
            locked.set_value();
            std::this_thread::sleep_for(hold);
            if (ok && !query.exec(QStringLiteral("COMMIT")))
                m_otherError = query.lastError().text();
            query = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    isLocked.wait();
    return other;
}

void TestConcurrentWriters::recordWaitsForAnotherWriter()
{
    std::thread other = holdWriteLock(std::chrono::milliseconds(300));
    replica::RecordRequest request;
    request.kind = domain::MovementKind::Receipt;
    request.product = QStringLiteral("RUN-001");
    request.quantity = 4;
    request.location = QStringLiteral("S01");
    const replica::RecordResult result = f->service->record(request);
    other.join();
    QVERIFY2(m_otherError.isEmpty(), qPrintable(m_otherError));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(f->service->pendingChanges(), 1);
    QVERIFY(f->service->verify().ok());
}

void TestConcurrentWriters::feedPageWaitsForAnotherWriter()
{
    replica::SyncStore store(*f->db);
    std::thread other = holdWriteLock(std::chrono::milliseconds(300));
    domain::Movement m;
    m.id = QUuid::createUuid();
    m.location = QStringLiteral("S01");
    m.sku = QStringLiteral("RUN-001");
    m.kind = domain::MovementKind::Receipt;
    m.quantity = 5;
    m.occurredAtMs = f->clockMs;
    m.user = QStringLiteral("luis");
    m.device = QStringLiteral("till-2");
    m.serverSeq = 7;
    QString error;
    const bool applied = store.applyFeedPage({m}, {}, 7, &error);
    other.join();
    QVERIFY2(m_otherError.isEmpty(), qPrintable(m_otherError));
    QVERIFY2(applied, qPrintable(error));
    QCOMPARE(store.state().cursor, 7);
    QCOMPARE(f->service->level(QStringLiteral("S01"), QStringLiteral("RUN-001"))->level.onHand, 5);
}

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrentwriters.moc"

#include "centralschema.h"
#include "centralstore.h"
#include "centralstoretestdata.h"
#include "centraltestdatabase.h"

#include <QElapsedTimer>
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

/** A raw QtSql connection to the test database, for looking behind the store's back. */
class RawConnection
{
public:
    explicit RawConnection(const server::DatabaseUrl &url)
        : m_name(QStringLiteral("raw-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(url.driver == server::DatabaseUrl::Driver::Sqlite
                                                        ? QStringLiteral("QSQLITE")
                                                        : QStringLiteral("QPSQL"),
                                                    m_name);
        db.setDatabaseName(url.driver == server::DatabaseUrl::Driver::Sqlite ? url.path
                                                                              : url.database);
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(url.user);
        db.setPassword(url.password);
        db.open();
    }
    ~RawConnection() { QSqlDatabase::removeDatabase(m_name); }

    QSqlDatabase db() const { return QSqlDatabase::database(m_name); }
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(db());
        query.prepare(sql);
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec() || !query.next())
            return QStringLiteral("error: %1").arg(query.lastError().text());
        return query.value(0);
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery query(db());
        return query.exec(sql);
    }

private:
    QString m_name;
};

QList<protocol::FeedChange> wholeFeed(CentralStore &store, const server::Principal &principal)
{
    QList<protocol::FeedChange> all;
    qint64 after = 0;
    for (;;) {
        const auto page = store.feed(after, 1000, principal);
        if (page.isEmpty())
            return all;
        all.append(page);
        after = page.constLast().seq;
    }
}

QList<protocol::FeedChange> discrepanciesIn(const QList<protocol::FeedChange> &feed)
{
    QList<protocol::FeedChange> found;
    for (const protocol::FeedChange &change : feed) {
        if (change.kind == QLatin1String("discrepancy"))
            found.append(change);
    }
    return found;
}

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
    const auto url = server::DatabaseUrl::parse(qEnvironmentVariable("STOCKROOM_CHILD_DATABASE"),
                                                &error);
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

/** The central store on both drivers: schema, users, catalogue, push, feed, levels, snapshot. */
class TestCentralStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void migratesFromEmpty();
    void refusesNewerSchema();
    void usersAndPasswords();
    void tokensExpireAndAreRevoked();
    void catalogue();
    void pushAcceptsAndDeduplicates();
    void pushRejects_data();
    void pushRejects();
    void negativeStockAndOversell();
    void feedIsScopedToPrincipal();
    void snapshotIsStableAndComplete();
    void levelsEqualFoldOfLedger();
    void concurrentPushersAndReadersSeeEverySeqInOrder();
    void ingestRate();

private:
    std::unique_ptr<CentralTestDatabase> m_database;
    std::unique_ptr<CentralStore> m_store;
};

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
        RawConnection raw(m_database->url());
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
        RawConnection raw(m_database->url());
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
    RawConnection raw(m_database->url());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), latest);
    m_store = m_database->open(QStringLiteral("main"), &error);
    QVERIFY2(m_store, qPrintable(error));
}

void TestCentralStore::refusesNewerSchema()
{
    {
        RawConnection raw(m_database->url());
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO schema_version (version, description,"
                                        " applied_at) VALUES (999, 'from the future', 0)")));
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

void TestCentralStore::usersAndPasswords()
{
    QString error;
    QVERIFY2(seed(*m_store, &error), qPrintable(error));
    const QString pw = QStringLiteral("pw-anna");
    QVERIFY(!m_store->addUser(QStringLiteral("x"), QStringLiteral("wizard"), {}, pw, &error));
    QVERIFY2(error.contains(QStringLiteral("is not a role")), qPrintable(error));
    QVERIFY(!m_store->addUser(QStringLiteral("anna"), QStringLiteral("store_manager"), {}, pw,
                              &error));
    QVERIFY2(error.contains(QStringLiteral("at least one location")), qPrintable(error));
    QVERIFY(!m_store->addUser(QStringLiteral("sam"), QStringLiteral("staff"), {}, pw, &error));
    QVERIFY(!m_store->addUser(QStringLiteral("anna"), QStringLiteral("store_manager"),
                              {QStringLiteral("NOPE")}, pw, &error));
    QVERIFY2(error.contains(QStringLiteral("NOPE does not exist")), qPrintable(error));
    QVERIFY(!m_store->addUser(QStringLiteral("anna"), QStringLiteral("store_manager"),
                              {QStringLiteral("S1")}, QString(), &error));
    QVERIFY2(m_store->addUser(QStringLiteral("anna"), QStringLiteral("store_manager"),
                              {QStringLiteral("S1"), QStringLiteral("S2")}, pw, &error),
             qPrintable(error));
    QVERIFY(!m_store->addUser(QStringLiteral("anna"), QStringLiteral("admin"), {}, pw, &error));
    QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
    QVERIFY2(m_store->addUser(QStringLiteral("eve"), QStringLiteral("ecommerce"), {},
                              QStringLiteral("pw-eve"), &error),
             qPrintable(error));
    QCOMPARE(server::knownRoles().size(), 6);

    server::Principal principal;
    QVERIFY(!m_store->login(QStringLiteral("anna"), QStringLiteral("wrong"), 60000, &principal,
                            &error));
    QVERIFY2(error.contains(QStringLiteral("Wrong user name or password")), qPrintable(error));
    QString unknownError;
    QVERIFY(!m_store->login(QStringLiteral("nobody"), pw, 60000, &principal, &unknownError));
    QCOMPARE(unknownError, error); // nothing tells which user names exist

    const auto token = m_store->login(QStringLiteral("anna"), pw, 60000, &principal, &error);
    QVERIFY2(token, qPrintable(error));
    QCOMPARE(token->size(), 43); // 32 bytes, base64url without padding
    QCOMPARE(principal.user, QStringLiteral("anna"));
    QCOMPARE(principal.role, QStringLiteral("store_manager"));
    QCOMPARE(principal.locations, QStringList({QStringLiteral("S1"), QStringLiteral("S2")}));
    QVERIFY(principal.tokenExpiresAtMs > QDateTime::currentMSecsSinceEpoch());
    const auto resolved = m_store->principalForToken(*token);
    QVERIFY(resolved);
    QCOMPARE(resolved->user, principal.user);
    QCOMPARE(resolved->locations, principal.locations);
    QCOMPARE(resolved->tokenExpiresAtMs, principal.tokenExpiresAtMs);
    QVERIFY(!m_store->principalForToken(*token + QLatin1Char('x')));
    QVERIFY(!m_store->principalForToken(QString()));
    {
        RawConnection raw(m_database->url());
        QVERIFY(raw.scalar(QStringLiteral("SELECT password_hash FROM users WHERE name = 'anna'"))
                    .toString()
                    .startsWith(QStringLiteral("pbkdf2-sha256$")));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM tokens WHERE token_hash = ?"),
                            {*token})
                     .toInt(),
                 0); // only its hash is stored
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM tokens")).toInt(), 1);
    }

    // A new password ends the sessions of the old one.
    QVERIFY2(m_store->setPassword(QStringLiteral("anna"), QStringLiteral("new-pw"), &error),
             qPrintable(error));
    QVERIFY(!m_store->principalForToken(*token));
    QVERIFY(!m_store->login(QStringLiteral("anna"), pw, 60000, nullptr, &error));
    QVERIFY(m_store->login(QStringLiteral("anna"), QStringLiteral("new-pw"), 60000, nullptr, &error));
    QVERIFY(!m_store->setPassword(QStringLiteral("nobody"), QStringLiteral("x"), &error));

    // Disabling revokes every token and refuses logins.
    const auto eveToken = m_store->login(QStringLiteral("eve"), QStringLiteral("pw-eve"), 60000,
                                         &principal, &error);
    QVERIFY2(eveToken, qPrintable(error));
    QVERIFY(principal.locations.isEmpty());
    QVERIFY(principal.mayAccess(QStringLiteral("WH")));
    QVERIFY(m_store->principalForToken(*eveToken));
    QVERIFY2(m_store->disableUser(QStringLiteral("eve"), &error), qPrintable(error));
    QVERIFY(!m_store->principalForToken(*eveToken));
    QVERIFY(!m_store->login(QStringLiteral("eve"), QStringLiteral("pw-eve"), 60000, nullptr,
                            &error));
    QVERIFY2(error.contains(QStringLiteral("disabled")), qPrintable(error));
    QVERIFY(!m_store->disableUser(QStringLiteral("nobody"), &error));
}

void TestCentralStore::tokensExpireAndAreRevoked()
{
    QString error;
    QVERIFY2(seed(*m_store, &error), qPrintable(error));
    QVERIFY2(m_store->addUser(QStringLiteral("tim"), QStringLiteral("trainer"), {},
                              QStringLiteral("pw"), &error),
             qPrintable(error));
    QVERIFY(!m_store->login(QStringLiteral("tim"), QStringLiteral("pw"), 0, nullptr, &error));

    const auto shortLived = m_store->login(QStringLiteral("tim"), QStringLiteral("pw"), 300,
                                           nullptr, &error);
    QVERIFY2(shortLived, qPrintable(error));
    const auto longLived = m_store->login(QStringLiteral("tim"), QStringLiteral("pw"), 3600000,
                                          nullptr, &error);
    QVERIFY(m_store->principalForToken(*shortLived));
    QTRY_VERIFY_WITH_TIMEOUT(!m_store->principalForToken(*shortLived), 10000);
    QVERIFY(m_store->principalForToken(*longLived));

    const auto first = m_store->login(QStringLiteral("tim"), QStringLiteral("pw"), 3600000,
                                      nullptr, &error);
    QVERIFY(first);
    int revoked = -1;
    QVERIFY2(m_store->revokeTokens(*first, &revoked, &error), qPrintable(error));
    QCOMPARE(revoked, 1);
    QVERIFY(!m_store->principalForToken(*first));
    QVERIFY(m_store->principalForToken(*longLived));
    QVERIFY(m_store->revokeTokens(*first, &revoked, &error)); // already revoked: nothing to do
    QCOMPARE(revoked, 0);

    const auto second = m_store->login(QStringLiteral("tim"), QStringLiteral("pw"), 3600000,
                                       nullptr, &error);
    QVERIFY2(m_store->revokeTokens(QStringLiteral("tim"), &revoked, &error), qPrintable(error));
    QCOMPARE(revoked, 2); // longLived and second; the expired one is no longer live
    QVERIFY(!m_store->principalForToken(*longLived));
    QVERIFY(!m_store->principalForToken(*second));
    QVERIFY(m_store->login(QStringLiteral("tim"), QStringLiteral("pw"), 60000, nullptr, &error));

    QVERIFY(!m_store->revokeTokens(QStringLiteral("someone-else"), &revoked, &error));
    QVERIFY2(!error.contains(QStringLiteral("someone-else")), qPrintable(error));
}

void TestCentralStore::catalogue()
{
    QString error;
    QVERIFY2(seed(*m_store, &error, 0), qPrintable(error));
    QCOMPARE(m_store->locations().size(), 4);
    QCOMPARE(m_store->locations().constFirst().kind, domain::Location::Kind::Store);
    const qint64 before = m_store->catalogueVersion();
    const QList<domain::Product> all = products(20);
    QVERIFY2(m_store->upsertProducts(all, &error), qPrintable(error));
    QCOMPARE(m_store->catalogueVersion(), before + 1);

    QList<domain::Product> paged;
    QString after;
    for (;;) {
        const QList<domain::Product> page = m_store->products(after, 7);
        QVERIFY(page.size() <= 7);
        if (page.isEmpty())
            break;
        paged.append(page);
        after = page.constLast().sku;
    }
    QCOMPARE(paged, all);

    // One invalid product: nothing stored, the version stays.
    domain::Product fresh = products(21).constLast();
    domain::Product broken = all.at(3);
    broken.priceCents = -1;
    QVERIFY(!m_store->upsertProducts({fresh, broken}, &error));
    QVERIFY2(error.contains(QStringLiteral("negative price")), qPrintable(error));
    QCOMPARE(m_store->catalogueVersion(), before + 1);
    QCOMPARE(m_store->products(all.constLast().sku, 10).size(), 0);

    // A barcode names one product.
    domain::Product thief = fresh;
    thief.barcodes = {all.at(5).barcodes.constFirst()};
    QVERIFY(!m_store->upsertProducts({thief}, &error));
    QVERIFY2(error.contains(QStringLiteral("already belongs to product %1").arg(all.at(5).sku)),
             qPrintable(error));
    QCOMPARE(m_store->catalogueVersion(), before + 1);

    // Updates replace a product, barcodes included; a barcode may move between products.
    domain::Product renamed = all.at(5);
    renamed.name = QStringLiteral("Renamed");
    renamed.barcodes = {QStringLiteral("BC-NEW-1"), QStringLiteral("BC-NEW-2")};
    renamed.active = false;
    thief.barcodes = {all.at(5).barcodes.constFirst()};
    QVERIFY2(m_store->upsertProducts({renamed, thief}, &error), qPrintable(error));
    QCOMPARE(m_store->catalogueVersion(), before + 2);
    QCOMPARE(m_store->products(all.at(4).sku, 1).constFirst(), renamed);
    QCOMPARE(m_store->products(all.constLast().sku, 1).constFirst(), thief);
}

void TestCentralStore::pushAcceptsAndDeduplicates()
{
    QString error;
    QVERIFY2(seed(*m_store, &error), qPrintable(error));
    const QList<domain::Movement> batch{
        movement(QStringLiteral("S1"), sku(1), domain::MovementKind::Receipt, 10, t0),
        movement(QStringLiteral("S1"), sku(1), domain::MovementKind::Sale, 3, t0 + 1000),
        movement(QStringLiteral("S2"), sku(2), domain::MovementKind::Receipt, 5, t0),
    };
    const auto accepted = m_store->pushMovements(batch, admin(), t0 + 5000, &error);
    QCOMPARE(accepted.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(accepted.at(i).id, batch.at(i).id);
        QCOMPARE(accepted.at(i).status, PushStatus::Accepted);
        QCOMPARE(accepted.at(i).seq, i + 1);
    }
    QCOMPARE(m_store->latestSeq(), 3);

    // The same ids and bodies again: acknowledged with their seqs, stored once.
    QList<domain::Movement> again = batch;
    again[0].serverSeq = 42; // a client's copy may carry a seq; it is not part of the body
    const auto duplicates = m_store->pushMovements(again, admin(), t0 + 6000, &error);
    QCOMPARE(duplicates.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(duplicates.at(i).status, PushStatus::Duplicate);
        QCOMPARE(duplicates.at(i).seq, i + 1);
    }
    QCOMPARE(m_store->latestSeq(), 3);

    // The same id with another body is refused, and stores nothing.
    domain::Movement changed = batch.at(1);
    changed.quantity = 4;
    const auto conflict = m_store->pushMovements({changed}, admin(), t0 + 7000, &error);
    QCOMPARE(conflict.size(), 1);
    QCOMPARE(conflict.constFirst().status, PushStatus::Rejected);
    QVERIFY(conflict.constFirst().conflict);
    QCOMPARE(conflict.constFirst().reason,
             QStringLiteral("movement %1 exists with different content")
                 .arg(changed.id.toString(QUuid::WithoutBraces)));
    QCOMPARE(m_store->latestSeq(), 3);

    // Twice in one batch: the second is a duplicate of the first.
    const domain::Movement twice
        = movement(QStringLiteral("S2"), sku(2), domain::MovementKind::Sale, 1, t0 + 2000);
    domain::Movement twiceChanged = twice;
    twiceChanged.note = QStringLiteral("other");
    const auto inBatch
        = m_store->pushMovements({twice, twice, twiceChanged}, admin(), t0 + 8000, &error);
    QCOMPARE(inBatch.size(), 3);
    QCOMPARE(inBatch.at(0).status, PushStatus::Accepted);
    QCOMPARE(inBatch.at(1).status, PushStatus::Duplicate);
    QCOMPARE(inBatch.at(1).seq, inBatch.at(0).seq);
    QCOMPARE(inBatch.at(2).status, PushStatus::Rejected);
    QVERIFY(inBatch.at(2).conflict);

    QCOMPARE(m_store->level(QStringLiteral("S1"), sku(1))->level, (domain::StockLevel{7, 0}));
    QCOMPARE(m_store->level(QStringLiteral("S2"), sku(2))->level, (domain::StockLevel{4, 0}));
    QVERIFY(!m_store->level(QStringLiteral("S2"), sku(1)));

    const auto feed = wholeFeed(*m_store, admin());
    QCOMPARE(feed.size(), 4);
    QList<domain::Movement> expected = batch;
    expected.append(twice);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(feed.at(i).seq, i + 1);
        QCOMPARE(feed.at(i).kind, QStringLiteral("movement"));
        QCOMPARE(feed.at(i).id, expected.at(i).id);
        QCOMPARE(feed.at(i).location, expected.at(i).location);
        QVERIFY(feed.at(i).movement);
        expected[i].serverSeq = i + 1;
        QCOMPARE(*feed.at(i).movement, expected.at(i));
    }
    QCOMPARE(feed.at(0).receivedAtMs, t0 + 5000);
    QCOMPARE(m_store->pushMovements({}, admin(), t0, &error).size(), 0);
}

void TestCentralStore::pushRejects_data()
{
    QTest::addColumn<domain::Movement>("rejected");
    QTest::addColumn<QStringList>("scope");
    QTest::addColumn<QString>("reason");
    const auto sale = [](const QString &location, const QString &sku) {
        return movement(location, sku, domain::MovementKind::Sale, 1, t0);
    };
    QTest::newRow("unknown location") << sale(QStringLiteral("NOPE"), sku(1)) << QStringList()
                                      << QStringLiteral("Location NOPE does not exist");
    QTest::newRow("unknown SKU") << sale(QStringLiteral("S1"), QStringLiteral("GHOST"))
                                 << QStringList() << QStringLiteral("GHOST is not in the catalogue");
    domain::Movement zero = sale(QStringLiteral("S1"), sku(1));
    zero.quantity = 0;
    QTest::newRow("invalid quantity") << zero << QStringList() << QStringLiteral("positive");
    domain::Movement unexplained
        = movement(QStringLiteral("S1"), sku(1), domain::MovementKind::Adjustment, -2, t0);
    unexplained.reasonCode.clear();
    QTest::newRow("adjustment without reason")
        << unexplained << QStringList() << QStringLiteral("reason code");
    QTest::newRow("outside the principal's locations")
        << sale(QStringLiteral("S1"), sku(1)) << QStringList{QStringLiteral("S2")}
        << QStringLiteral("may not record movements at S1");
}

void TestCentralStore::pushRejects()
{
    QFETCH(domain::Movement, rejected);
    QFETCH(QStringList, scope);
    QFETCH(QString, reason);
    QString error;
    QVERIFY2(seed(*m_store, &error), qPrintable(error));
    const server::Principal principal = scope.isEmpty() ? admin() : manager(scope);
    const domain::Movement fine
        = movement(QStringLiteral("S2"), sku(2), domain::MovementKind::Receipt, 4, t0);
    const auto results = m_store->pushMovements({rejected, fine}, principal, t0 + 10, &error);
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).status, PushStatus::Rejected);
    QVERIFY(!results.at(0).conflict);
    QVERIFY2(results.at(0).reason.contains(reason), qPrintable(results.at(0).reason));
    QCOMPARE(results.at(1).status, PushStatus::Accepted);
    QCOMPARE(results.at(1).seq, 2); // seq 1 is the discrepancy

    const auto feed = wholeFeed(*m_store, admin());
    QCOMPARE(feed.size(), 2);
    QCOMPARE(feed.at(0).kind, QStringLiteral("discrepancy"));
    QVERIFY(feed.at(0).discrepancy);
    const protocol::DiscrepancyNotice &notice = *feed.at(0).discrepancy;
    QCOMPARE(notice.type, QStringLiteral("rejected_change"));
    QCOMPARE(notice.location, rejected.location);
    QCOMPARE(notice.sku, rejected.sku);
    QCOMPARE(notice.reason, results.at(0).reason);
    QCOMPARE(notice.sourceChange, rejected.id);
    QCOMPARE(notice.id, feed.at(0).id);
    QCOMPARE(feed.at(0).location, rejected.location);
    QCOMPARE(notice.createdAtMs, t0 + 10);

    // Pushed again (a retry): rejected again, but not a second discrepancy.
    const auto retried = m_store->pushMovements({rejected}, principal, t0 + 20, &error);
    QCOMPARE(retried.size(), 1);
    QCOMPARE(retried.constFirst().status, PushStatus::Rejected);
    QCOMPARE(m_store->latestSeq(), 2);
}

void TestCentralStore::negativeStockAndOversell()
{
    QString error;
    QVERIFY2(seed(*m_store, &error), qPrintable(error));
    const auto count = movement(QStringLiteral("S1"), sku(1), domain::MovementKind::Count, 2, t0);
    const auto sale = movement(QStringLiteral("S1"), sku(1), domain::MovementKind::Sale, 5, t0 + 1);
    const auto receipt
        = movement(QStringLiteral("S1"), sku(1), domain::MovementKind::Receipt, 1, t0 + 2);
    const auto stocked
        = movement(QStringLiteral("WEB"), sku(2), domain::MovementKind::Receipt, 3, t0);
    const auto reserve
        = movement(QStringLiteral("WEB"), sku(2), domain::MovementKind::Reserve, 5, t0 + 1);
    const auto fits = movement(QStringLiteral("WEB"), sku(3), domain::MovementKind::Reserve, 1, t0);
    const auto results = m_store->pushMovements({count, sale, receipt, stocked, reserve, fits},
                                                admin(), t0 + 100, &error);
    QCOMPARE(results.size(), 6);
    for (const server::StoredChange &result : results)
        QCOMPARE(result.status, PushStatus::Accepted);
    // The movement, then the discrepancy it raised.
    QCOMPARE(results.at(0).seq, 1);
    QCOMPARE(results.at(1).seq, 2);
    QCOMPARE(results.at(2).seq, 4);
    QCOMPARE(results.at(3).seq, 5);
    QCOMPARE(results.at(4).seq, 6);
    QCOMPARE(results.at(5).seq, 8); // a reserve with nothing on hand oversells too

    const auto feed = wholeFeed(*m_store, admin());
    QCOMPARE(feed.size(), 9);
    const auto discrepancies = discrepanciesIn(feed);
    QCOMPARE(discrepancies.size(), 3);
    QCOMPARE(discrepancies.at(0).seq, 3);
    const protocol::DiscrepancyNotice negative = *discrepancies.at(0).discrepancy;
    QCOMPARE(negative.type, QStringLiteral("negative_stock"));
    QCOMPARE(negative.location, QStringLiteral("S1"));
    QCOMPARE(negative.sku, sku(1));
    QCOMPARE(negative.expected, 0);
    QCOMPARE(negative.actual, -3);
    QCOMPARE(negative.sourceChange, sale.id);
    QVERIFY(!negative.reason.isEmpty());

    QCOMPARE(discrepancies.at(1).seq, 7);
    const protocol::DiscrepancyNotice oversell = *discrepancies.at(1).discrepancy;
    QCOMPARE(oversell.type, QStringLiteral("oversell"));
    QCOMPARE(oversell.location, QStringLiteral("WEB"));
    QCOMPARE(oversell.actual, -2); // 3 on hand, 5 committed
    QCOMPARE(oversell.sourceChange, reserve.id);
    QCOMPARE(discrepancies.at(2).discrepancy->sourceChange, fits.id);

    QCOMPARE(m_store->level(QStringLiteral("S1"), sku(1))->level, (domain::StockLevel{-2, 0}));
    QCOMPARE(m_store->level(QStringLiteral("WEB"), sku(2))->level, (domain::StockLevel{3, 5}));

    // Selling more while negative raises it again; a late count dated before the sale does not.
    const auto more = movement(QStringLiteral("S1"), sku(1), domain::MovementKind::Sale, 1, t0 + 3);
    const auto lateCount
        = movement(QStringLiteral("S1"), sku(1), domain::MovementKind::Count, 10, t0 - 5);
    QCOMPARE(m_store->pushMovements({more, lateCount}, admin(), t0 + 200, &error).size(), 2);
    QCOMPARE(discrepanciesIn(wholeFeed(*m_store, admin())).size(), 4);
    QCOMPARE(m_store->level(QStringLiteral("S1"), sku(1))->level, (domain::StockLevel{-3, 0}));
}

void TestCentralStore::feedIsScopedToPrincipal()
{
    QString error;
    QVERIFY2(seed(*m_store, &error), qPrintable(error));
    QList<domain::Movement> batch;
    for (int i = 0; i < 12; ++i)
        batch.append(movement(locationCodes().at(i % 4), sku(i), domain::MovementKind::Receipt,
                              1 + i, t0 + i));
    batch.append(movement(QStringLiteral("S2"), QStringLiteral("GHOST"),
                          domain::MovementKind::Receipt, 1, t0));
    QCOMPARE(m_store->pushMovements(batch, admin(), t0, &error).size(), batch.size());
    QCOMPARE(m_store->latestSeq(), 13);

    const auto s1 = wholeFeed(*m_store, manager({QStringLiteral("S1")}));
    QCOMPARE(s1.size(), 3);
    for (const protocol::FeedChange &change : s1)
        QCOMPARE(change.location, QStringLiteral("S1"));

    const auto s2wh = wholeFeed(*m_store, manager({QStringLiteral("S2"), QStringLiteral("WH")}));
    QCOMPARE(s2wh.size(), 7); // three movements each, and the rejected change at S2
    QCOMPARE(discrepanciesIn(s2wh).size(), 1);
    qint64 previous = 0;
    for (const protocol::FeedChange &change : s2wh) {
        QVERIFY(change.location == QLatin1String("S2") || change.location == QLatin1String("WH"));
        QVERIFY(change.seq > previous);
        previous = change.seq;
    }

    const auto page = m_store->feed(4, 2, admin());
    QCOMPARE(page.size(), 2);
    QCOMPARE(page.at(0).seq, 5);
    QCOMPARE(page.at(1).seq, 6);
    QVERIFY(m_store->feed(13, 10, admin()).isEmpty());
    QVERIFY(m_store->feed(0, 0, admin()).isEmpty());
    QCOMPARE(wholeFeed(*m_store, admin()).size(), 13);
}

void TestCentralStore::snapshotIsStableAndComplete()
{
    QString error;
    QVERIFY2(seed(*m_store, &error), qPrintable(error));
    QRandomGenerator random(7);
    QList<domain::Movement> pushed;
    for (int b = 0; b < 4; ++b) {
        const auto batch = randomMovements(random, 100);
        const auto results = m_store->pushMovements(batch, admin(), t0, &error);
        QCOMPARE(results.size(), batch.size());
        for (int i = 0; i < batch.size(); ++i) {
            if (results.at(i).status == PushStatus::Accepted) {
                pushed.append(batch.at(i));
                pushed.last().serverSeq = results.at(i).seq;
            }
        }
    }
    const qint64 asOf = m_store->latestSeq();
    const auto expected = foldByPosition(pushed);

    QList<domain::StockPosition> levels;
    QList<domain::Movement> movements;
    int pages = 0;
    QVERIFY2(allSnapshotPages(*m_store, asOf, 7, admin(), &levels, &movements, &pages, &error),
             qPrintable(error));
    QCOMPARE(levels.size(), expected.size());
    QCOMPARE(pages, int((expected.size() + 6) / 7));
    QSet<Position> seen;
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const domain::StockPosition &level = levels.at(i);
        QVERIFY2(!seen.contains({level.location, level.sku}), "a position appears twice");
        seen.insert({level.location, level.sku});
        if (i > 0)
            QVERIFY(std::pair(levels.at(i - 1).location, levels.at(i - 1).sku)
                    < std::pair(level.location, level.sku));
        QCOMPARE(level, expected.value({level.location, level.sku}));
    }
    auto byIdAndSeq = [](QList<domain::Movement> list) {
        std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
            return *a.serverSeq < *b.serverSeq;
        });
        return list;
    };
    QCOMPARE(byIdAndSeq(movements), byIdAndSeq(pushed));

    // Later pushes on the same positions (counts dated before, deltas, new positions) do not
    // change the snapshot as of the earlier seq.
    QList<domain::Movement> later = randomMovements(random, 150);
    later.append(movement(QStringLiteral("WEB"), sku(19), domain::MovementKind::Receipt, 9, t0));
    for (const domain::StockPosition &level : std::as_const(levels).mid(0, 20))
        later.append(movement(level.location, level.sku, domain::MovementKind::Count, 77, t0 - 1));
    QCOMPARE(m_store->pushMovements(later, admin(), t0, &error).size(), later.size());
    QVERIFY(m_store->latestSeq() > asOf);

    QList<domain::StockPosition> levelsAgain;
    QList<domain::Movement> movementsAgain;
    QVERIFY2(allSnapshotPages(*m_store, asOf, 7, admin(), &levelsAgain, &movementsAgain, &pages,
                              &error),
             qPrintable(error));
    QCOMPARE(levelsAgain, levels);
    QCOMPARE(movementsAgain, movements);

    // A store manager gets every location's levels but only the own location's ledger.
    QList<domain::StockPosition> scopedLevels;
    QList<domain::Movement> scopedMovements;
    QVERIFY2(allSnapshotPages(*m_store, asOf, 50, manager({QStringLiteral("S1")}), &scopedLevels,
                              &scopedMovements, &pages, &error),
             qPrintable(error));
    QCOMPARE(scopedLevels, levels);
    QList<domain::Movement> ownLedger;
    for (const domain::Movement &m : std::as_const(movements)) {
        if (m.location == QLatin1String("S1"))
            ownLedger.append(m);
    }
    QVERIFY(!ownLedger.isEmpty());
    QCOMPARE(scopedMovements, ownLedger);

    QList<domain::StockPosition> none;
    QList<domain::Movement> noMovements;
    QString next;
    QVERIFY(!m_store->snapshot(m_store->latestSeq() + 1, {}, 10, admin(), &none, &noMovements,
                               &next, &error));
    QVERIFY(!m_store->snapshot(asOf, QStringLiteral("not a cursor"), 10, admin(), &none,
                               &noMovements, &next, &error));
    QVERIFY(m_store->snapshot(0, {}, 10, admin(), &none, &noMovements, &next, &error));
    QVERIFY(none.isEmpty());
    QVERIFY(next.isEmpty());
}

void TestCentralStore::levelsEqualFoldOfLedger()
{
    QString error;
    QVERIFY2(seed(*m_store, &error), qPrintable(error));
    QRandomGenerator random(11);
    QList<domain::Movement> accepted;
    QList<domain::Movement> sent;
    for (int b = 0; b < 30; ++b) {
        QList<domain::Movement> batch = randomMovements(random, 80, 8);
        // Retries of earlier movements mixed in must change nothing.
        for (int i = 0; i < 5 && !sent.isEmpty(); ++i)
            batch.append(sent.at(random.bounded(int(sent.size()))));
        const auto results = m_store->pushMovements(batch, admin(), t0, &error);
        QCOMPARE(results.size(), batch.size());
        for (int i = 0; i < batch.size(); ++i) {
            QVERIFY(results.at(i).status != PushStatus::Rejected);
            if (results.at(i).status == PushStatus::Accepted)
                accepted.append(batch.at(i));
        }
        sent.append(batch);
    }
    const auto expected = foldByPosition(accepted);

    // The stored levels, the fold of the test's own record and the fold of the stored ledger
    // agree everywhere.
    QList<domain::StockPosition> snapshotLevels;
    QList<domain::Movement> ledger;
    int pages = 0;
    const qint64 latest = m_store->latestSeq();
    QVERIFY2(allSnapshotPages(*m_store, latest, 25, admin(), &snapshotLevels, &ledger, &pages,
                              &error),
             qPrintable(error));
    for (domain::Movement &m : ledger)
        m.serverSeq.reset();
    const auto foldedLedger = foldByPosition(ledger);
    QCOMPARE(foldedLedger.size(), expected.size());

    int positions = 0;
    for (const QString &location : locationCodes()) {
        qint64 asOf = -1;
        const auto levels = m_store->levelsAt(location, &asOf);
        QCOMPARE(asOf, latest);
        for (const domain::StockPosition &level : levels) {
            QCOMPARE(level, expected.value({level.location, level.sku}));
            QCOMPARE(level, foldedLedger.value({level.location, level.sku}));
            QCOMPARE(*m_store->level(level.location, level.sku), level);
            ++positions;
        }
    }
    QCOMPARE(positions, expected.size());
    QCOMPARE(snapshotLevels.size(), expected.size());
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
    constexpr int batches = 15;
    constexpr int batchSize = 100;

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
            const QString problem = store ? pushRandomBatches(*store, quint32(p + 1), batches,
                                                              batchSize)
                                          : openError;
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

#include "tst_centralstore.moc"

#include "replicadatabase.h"
#include "migrator.h"
#include "schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace stockroom::replica;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

/** Opening, creating and refusing replica files. */
class TestReplicaDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsNewReplicaAtLatestVersion();
    void reopensExistingReplica();
    void migratesVersion1ToVersion2();
    void migratesVersion2DiscrepanciesToEventLogs();
    void migratesVersion4ToVersion5WithSops();
    void migratesVersion6ToVersion7WithoutUnreadMovementIndexes();
    void migratesVersion7ToVersion8WithTheIdIndexApart();
    void refusesCorruptFileWithoutTouchingIt_data();
    void refusesCorruptFileWithoutTouchingIt();
    void refusesNewerSchemaWithoutTouchingIt();
    void reportsMissingFolder();

private:
    QTemporaryDir m_dir;
};

void TestReplicaDatabase::createsNewReplicaAtLatestVersion()
{
    const QString path = m_dir.filePath(QStringLiteral("new.sqlite"));
    OpenError error;
    auto db = ReplicaDatabase::open(path, &error);
    QVERIFY2(db, qPrintable(error.message));
    QCOMPARE(error.kind, OpenError::Kind::None);
    QCOMPARE(db->schemaVersion(), replicaMigrations().constLast().version);

    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    for (const char *table :
         {"locations", "products", "barcodes", "movements", "levels", "outbox", "settings"}) {
        QVERIFY(
            query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1StringView(table))));
    }
}

void TestReplicaDatabase::reopensExistingReplica()
{
    const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
    OpenError error;
    {
        auto db = ReplicaDatabase::open(path, &error);
        QVERIFY(db);
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO locations (code, name, kind, own) VALUES "
                                          "('S01', 'Main Street', 'store', 1)")));
    }
    auto db = ReplicaDatabase::open(path, &error);
    QVERIFY2(db, qPrintable(error.message));
    QSqlQuery query(QStringLiteral("SELECT name FROM locations WHERE code = 'S01'"),
                    db->connection());
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Main Street"));
}

void TestReplicaDatabase::migratesVersion1ToVersion2()
{
    // A replica written by the version-1 schema, with data, is upgraded in place.
    const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        QVERIFY2(Migrator(replicaMigrations()).migrateTo(db, 1, &error), qPrintable(error));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO locations (code, name, kind, own) VALUES ('S01', 'Main Street', 'store', 1)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    OpenError error;
    auto db = ReplicaDatabase::open(path, &error);
    QVERIFY2(db, qPrintable(error.message));
    QCOMPARE(db->schemaVersion(), replicaMigrations().constLast().version);
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM locations")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Main Street"));
    QVERIFY2(query.exec(QStringLiteral("INSERT INTO discrepancies (id, type, location, sku, created_at)"
                                       " VALUES ('d1', 'rejected_change', 'S01', 'A', 1)")),
             qPrintable(query.lastError().text()));
}

void TestReplicaDatabase::migratesVersion2DiscrepanciesToEventLogs()
{
    // Version 4 turns the discrepancies sync wrote into event logs: a created event each (its
    // id the discrepancy's), and a dismissal for those no longer open.
    const QString path = m_dir.filePath(QStringLiteral("v2.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        QVERIFY2(Migrator(replicaMigrations()).migrateTo(db, 2, &error), qPrintable(error));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO locations (code, name, kind, own) VALUES ('S01', 'Main Street', 'store', 1)")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO discrepancies (id, type, location, sku, expected, actual, reason,"
            " source_change, created_at, status) VALUES"
            " ('6f1c2b9e-0000-4000-8000-000000000001', 'rejected_change', 'S01', 'A', 0, 3,"
            "  'unknown SKU', 'c1', 100, 'open'),"
            " ('6f1c2b9e-0000-4000-8000-000000000002', 'negative_stock', 'S01', 'B', 0, -1, '',"
            "  'c2', 200, 'closed')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));

    OpenError error;
    auto db = ReplicaDatabase::open(path, &error);
    QVERIFY2(db, qPrintable(error.message));
    QCOMPARE(db->schemaVersion(), replicaMigrations().constLast().version);
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT discrepancy_id, kind, location, type, text, at"
                                      " FROM discrepancy_events ORDER BY discrepancy_id, at, kind")));
    QStringList rows;
    while (query.next()) {
        rows.append(QStringLiteral("%1 %2 %3 %4 %5 %6")
                        .arg(query.value(0).toString().right(1), query.value(1).toString(),
                             query.value(2).toString(), query.value(3).toString(),
                             query.value(4).toString(), query.value(5).toString()));
    }
    QCOMPARE(rows, (QStringList{
                       QStringLiteral("1 created S01 rejected_change unknown SKU 100"),
                       QStringLiteral("2 created S01 negative_stock  200"),
                       QStringLiteral("2 dismissed S01  closed before the event log 200"),
                   }));
    QVERIFY(query.exec(QStringLiteral("SELECT status, updated_at FROM discrepancies ORDER BY id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("open"));
    QCOMPARE(query.value(1).toLongLong(), 100);
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("dismissed"));
}

void TestReplicaDatabase::migratesVersion4ToVersion5WithSops()
{
    // Version 5 adds the SOP tables to a replica in use: its data stays, and the full-text index
    // (FTS5, which Debian's libsqlite3 has) holds the latest version of each SOP only.
    const QString path = m_dir.filePath(QStringLiteral("v4.sqlite"));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        QVERIFY2(Migrator(replicaMigrations()).migrateTo(db, 4, &error), qPrintable(error));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO locations (code, name, kind, own) VALUES "
                                          "('S01', 'Main Street', 'store', 1)")));
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO discrepancy_events (id, discrepancy_id, kind, at, location)"
                           " VALUES ('e1', 'd1', 'created', 100, 'S01')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO outbox (change_kind, change_id, payload,"
                                          " created_at) VALUES ('movement', 'm1', '', 100)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v4"));

    OpenError error;
    auto db = ReplicaDatabase::open(path, &error);
    QVERIFY2(db, qPrintable(error.message));
    QCOMPARE(db->schemaVersion(), replicaMigrations().constLast().version);
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM discrepancy_events")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(QStringLiteral("SELECT change_id FROM outbox")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("m1"));

    QVERIFY(query.exec(QStringLiteral("SELECT sqlite_compileoption_used('ENABLE_FTS5')"))
            && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    for (const char *insert :
         {"INSERT INTO sop_versions (id, version, title, body, published_at)"
          " VALUES ('a', 1, 'Old title', 'zeppelin', 1)",
          "INSERT INTO sop_versions (id, version, title, body, published_at)"
          " VALUES ('a', 2, 'New title', 'balloon', 2)",
          // An older version arriving late (the feed) does not displace the latest one.
          "INSERT INTO sop_versions (id, version, title, body, published_at)"
          " VALUES ('b', 3, 'Other', 'airship', 3)",
          "INSERT INTO sop_versions (id, version, title, body, published_at)"
          " VALUES ('b', 2, 'Other', 'glider', 4)"})
        QVERIFY2(query.exec(QString::fromLatin1(insert)), qPrintable(query.lastError().text()));
    const auto matches = [&](const QString &word) {
        QStringList ids;
        QSqlQuery search(db->connection());
        search.prepare(QStringLiteral("SELECT sop_id FROM sop_search WHERE sop_search MATCH ?"));
        search.addBindValue(word);
        if (search.exec()) {
            while (search.next())
                ids.append(search.value(0).toString());
        }
        return ids;
    };
    QCOMPARE(matches(QStringLiteral("balloon")), QStringList{QStringLiteral("a")});
    QCOMPARE(matches(QStringLiteral("zeppelin")), QStringList());
    QCOMPARE(matches(QStringLiteral("airship")), QStringList{QStringLiteral("b")});
    QCOMPARE(matches(QStringLiteral("glider")), QStringList());
    // One user acknowledges one version once; a training session names a stored version.
    QVERIFY(query.exec(QStringLiteral("INSERT INTO sop_acknowledgements (id, sop_id, version,"
                                      " user_name, at) VALUES ('k1', 'a', 2, 'maria', 5)")));
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO sop_acknowledgements (id, sop_id, version,"
                                       " user_name, at) VALUES ('k2', 'a', 2, 'maria', 6)")));
    QVERIFY(!query.exec(QStringLiteral(
        "INSERT INTO training_sessions (id, sop_id, version, trainer, attendees, at, outcome)"
        " VALUES ('t1', 'a', 9, 'tom', '[\"maria\"]', 7, 'passed')")));
    QVERIFY(!query.exec(QStringLiteral(
        "INSERT INTO training_sessions (id, sop_id, version, trainer, attendees, at, outcome)"
        " VALUES ('t2', 'a', 2, 'tom', '[\"maria\"]', 7, 'great')")));
}

void TestReplicaDatabase::migratesVersion6ToVersion7WithoutUnreadMovementIndexes()
{
    // Version 7 drops the movement indexes no query reads; the ledger and the position index
    // every read of a position's ledger uses stay.
    const QString path = m_dir.filePath(QStringLiteral("v6.sqlite"));
    const auto movementIndexes = [](QSqlDatabase &db) {
        QStringList names;
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index'"
                                      " AND tbl_name = 'movements' AND sql IS NOT NULL"
                                      " ORDER BY name"))) {
            while (query.next())
                names.append(query.value(0).toString());
        }
        return names;
    };
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v6"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        QVERIFY2(Migrator(replicaMigrations()).migrateTo(db, 6, &error), qPrintable(error));
        QCOMPARE(movementIndexes(db),
                 (QStringList{QStringLiteral("movements_by_position"),
                              QStringLiteral("movements_by_server_seq"),
                              QStringLiteral("movements_by_sku")}));
        QSqlQuery query(db);
        for (const char *insert :
             {"INSERT INTO locations (code, name, kind, own) VALUES ('S01', 'Main', 'store', 1)",
              "INSERT INTO products (sku, name) VALUES ('SKU-1', 'Ball')",
              "INSERT INTO movements (id, location, sku, kind, quantity, occurred_at, recorded_at)"
              " VALUES ('m1', 'S01', 'SKU-1', 'receipt', 5, 100, 100)"})
            QVERIFY2(query.exec(QString::fromLatin1(insert)), qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v6"));

    OpenError error;
    auto db = ReplicaDatabase::open(path, &error);
    QVERIFY2(db, qPrintable(error.message));
    QCOMPARE(db->schemaVersion(), replicaMigrations().constLast().version);
    QCOMPARE(
        movementIndexes(db->connection()),
        (QStringList{QStringLiteral("movements_by_id"), QStringLiteral("movements_by_position")}));
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT quantity FROM movements WHERE location = 'S01'"
                                      " AND sku = 'SKU-1'"))
            && query.next());
    QCOMPARE(query.value(0).toInt(), 5);
}

void TestReplicaDatabase::migratesVersion7ToVersion8WithTheIdIndexApart()
{
    // Version 8 rebuilds the ledger table: every row and column stays, the id is no longer the
    // table's primary key but stays unique through an index of its own.
    const QString path = m_dir.filePath(QStringLiteral("v7.sqlite"));
    const QStringList rows{QStringLiteral("m1|S01|SKU-1|receipt|5|100||||||7|101"),
                           QStringLiteral("m2|S01|SKU-1|sale|2|200|maria|till-1|r|ref|note||201")};
    const auto readRows = [](QSqlDatabase &db) {
        QStringList read;
        QSqlQuery query(db);
        if (query.exec(QStringLiteral(
                "SELECT id, location, sku, kind, quantity, occurred_at, user_name, device,"
                " reason_code, reference, note, server_seq, recorded_at FROM movements"
                " ORDER BY id"))) {
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < 13; ++i)
                    values.append(query.value(i).toString());
                read.append(values.join(QLatin1Char('|')));
            }
        }
        return read;
    };
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v7"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        QVERIFY2(Migrator(replicaMigrations()).migrateTo(db, 7, &error), qPrintable(error));
        QSqlQuery query(db);
        for (const char *insert :
             {"INSERT INTO locations (code, name, kind, own) VALUES ('S01', 'Main', 'store', 1)",
              "INSERT INTO products (sku, name) VALUES ('SKU-1', 'Ball')",
              "INSERT INTO movements (id, location, sku, kind, quantity, occurred_at, server_seq,"
              " recorded_at) VALUES ('m1', 'S01', 'SKU-1', 'receipt', 5, 100, 7, 101)",
              "INSERT INTO movements VALUES ('m2', 'S01', 'SKU-1', 'sale', 2, 200, 'maria',"
              " 'till-1', 'r', 'ref', 'note', NULL, 201)"})
            QVERIFY2(query.exec(QString::fromLatin1(insert)), qPrintable(query.lastError().text()));
        QCOMPARE(readRows(db), rows);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v7"));

    OpenError error;
    auto db = ReplicaDatabase::open(path, &error);
    QVERIFY2(db, qPrintable(error.message));
    QCOMPARE(db->schemaVersion(), 8);
    QCOMPARE(readRows(db->connection()), rows);
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index'"
                                      " AND tbl_name = 'movements' AND sql IS NULL"))
            && query.next());
    QCOMPARE(query.value(0).toInt(), 0); // no automatic index of a primary key
    QVERIFY(!query.exec(QStringLiteral(
        "INSERT INTO movements (id, location, sku, kind, quantity, occurred_at, recorded_at)"
        " VALUES ('m1', 'S01', 'SKU-1', 'sale', 1, 300, 301)")));
    QVERIFY2(query.lastError().text().contains(QStringLiteral("UNIQUE")),
             qPrintable(query.lastError().text()));
}

void TestReplicaDatabase::refusesCorruptFileWithoutTouchingIt_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text file") << QByteArray("name,qty\nwidget,4\n");
    QByteArray garbage(8192, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919) % 251);
    QTest::newRow("binary garbage") << garbage;
    QByteArray damagedHeader = QByteArray("SQLite format 3") + '\0' + QByteArray(4080, '\x5a');
    QTest::newRow("damaged SQLite header") << damagedHeader;
}

void TestReplicaDatabase::refusesCorruptFileWithoutTouchingIt()
{
    QFETCH(QByteArray, content);
    const QString path
        = m_dir.filePath(QStringLiteral("corrupt-%1.sqlite").arg(QTest::currentDataTag()));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QByteArray before = fileHash(path);
    OpenError error;
    auto db = ReplicaDatabase::open(path, &error);
    QVERIFY(!db);
    QCOMPARE(error.kind, OpenError::Kind::NotAReplica);
    QVERIFY2(error.message.contains(path), qPrintable(error.message));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestReplicaDatabase::refusesNewerSchemaWithoutTouchingIt()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
    {
        OpenError error;
        auto db = ReplicaDatabase::open(path, &error);
        QVERIFY(db);
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    const QByteArray before = fileHash(path);
    OpenError error;
    auto db = ReplicaDatabase::open(path, &error);
    QVERIFY(!db);
    QCOMPARE(error.kind, OpenError::Kind::NewerSchema);
    QVERIFY2(error.message.contains(QStringLiteral("schema version 99")),
             qPrintable(error.message));
    QCOMPARE(fileHash(path), before);
}

void TestReplicaDatabase::reportsMissingFolder()
{
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/replica.sqlite"));
    OpenError error;
    QVERIFY(!ReplicaDatabase::open(path, &error));
    QCOMPARE(error.kind, OpenError::Kind::CannotOpen);
    QVERIFY2(error.message.contains(QStringLiteral("does not exist")), qPrintable(error.message));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestReplicaDatabase)
#include "tst_replicadatabase.moc"

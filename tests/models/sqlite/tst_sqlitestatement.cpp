#include "sqlitestatement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace stockroom;

/**
 * sqlite::Statement on a QtSql connection's own handle: values bound by position go in and
 * come out unchanged, failures carry SQLite's message, a read left early does not pin a read
 * transaction, and finalizeAll() lets the connection close.
 */
class TestSqliteStatement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void valuesRoundTrip();
    void changesCountsTheRowsAWriteTouched();
    void failuresSayWhy();
    void takesPartInQtSqlTransactions();
    void readEndedEarlyReleasesTheSnapshot();
    void finalizeAllLetsTheConnectionClose();

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
};

void TestSqliteStatement::init()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("statement"));
    m_db.setDatabaseName(m_dir.filePath(QStringLiteral("t.sqlite")));
    QVERIFY(m_db.open());
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
    QVERIFY(query.exec(QStringLiteral("DROP TABLE IF EXISTS t")));
    QVERIFY(query.exec(QStringLiteral(
        "CREATE TABLE t (id TEXT PRIMARY KEY, name TEXT NOT NULL, n INTEGER, m INTEGER)")));
}

void TestSqliteStatement::cleanup()
{
    sqlite::Statement::finalizeAll(m_db);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("statement"));
}

void TestSqliteStatement::valuesRoundTrip()
{
    const QUuid id = QUuid::fromString(QStringLiteral("0190a3b4-c5d6-7e8f-9a0b-1c2d3e4f5a6b"));
    const QString name = QStringLiteral("Ünïcode “quotes” 🧦 and a ' quote");
    sqlite::Statement insert(m_db, "INSERT INTO t (id, name, n, m) VALUES (?, ?, ?, ?)");
    QString error;
    QVERIFY2(insert.bind(0, id)
                 .bind(1, name)
                 .bind(2, std::optional<qint64>())
                 .bind(3, qint64(-42))
                 .exec(&error),
             qPrintable(error));
    // A null QString is empty text, not NULL (the column is NOT NULL).
    QVERIFY2(insert.bind(0, QUuid()).bind(1, QString()).bind(2, qint64(7)).bindNull(3).exec(&error),
             qPrintable(error));

    // QtSql sees the same values (the text of a UUID as QUuid::WithoutBraces gives it).
    QSqlQuery check(m_db);
    QVERIFY(check.exec(QStringLiteral("SELECT id, name, n IS NULL, m FROM t ORDER BY n IS NULL")));
    QVERIFY(check.next());
    QCOMPARE(check.value(0).toString(), QUuid().toString(QUuid::WithoutBraces));
    QVERIFY(!check.value(1).isNull());
    QCOMPARE(check.value(1).toString(), QStringLiteral(""));
    QVERIFY(check.next());
    QCOMPARE(check.value(0).toString(), id.toString(QUuid::WithoutBraces));
    QCOMPARE(check.value(1).toString(), name);
    QCOMPARE(check.value(2).toInt(), 1);
    QCOMPARE(check.value(3).toLongLong(), qint64(-42));
    check.finish();

    sqlite::Statement select(m_db, "SELECT id, name, n, m FROM t WHERE id = ?");
    QVERIFY(select.bind(0, id).next(&error));
    QCOMPARE(select.uuid(0), id);
    QCOMPARE(select.text(1), name);
    QVERIFY(select.isNull(2));
    QCOMPARE(select.optionalInteger(2), std::nullopt);
    QCOMPARE(select.integer(3), qint64(-42));
    QCOMPARE(select.optionalInteger(3), std::optional<qint64>(-42));
    QVERIFY(!select.next(&error)); // the end: reset, no error
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(
        !select.bind(0, QUuid::fromString(QStringLiteral("{11111111-2222-3333-4444-555555555555}")))
             .next(&error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSqliteStatement::changesCountsTheRowsAWriteTouched()
{
    sqlite::Statement insert(m_db,
                             "INSERT INTO t (id, name) VALUES (?, 'x') ON CONFLICT DO NOTHING");
    QString error;
    QVERIFY(insert.bind(0, QStringLiteral("a")).exec(&error));
    QCOMPARE(insert.changes(), 1);
    QVERIFY(insert.bind(0, QStringLiteral("a")).exec(&error));
    QCOMPARE(insert.changes(), 0);
}

void TestSqliteStatement::failuresSayWhy()
{
    QString error;
    sqlite::Statement broken(m_db, "INSERT INTO no_such_table VALUES (?)");
    QVERIFY(!broken.bind(0, qint64(1)).exec(&error));
    QVERIFY2(error.contains(QLatin1String("no_such_table")), qPrintable(error));

    sqlite::Statement insert(m_db, "INSERT INTO t (id, name) VALUES (?, ?)");
    QVERIFY(insert.bind(0, QStringLiteral("dup")).bind(1, QStringLiteral("x")).exec(&error));
    error.clear();
    QVERIFY(!insert.bind(0, QStringLiteral("dup")).bind(1, QStringLiteral("y")).exec(&error));
    QVERIFY2(error.contains(QLatin1String("UNIQUE")), qPrintable(error));
    // The statement is usable again after the failure.
    QVERIFY2(insert.bind(0, QStringLiteral("other")).bind(1, QStringLiteral("z")).exec(&error),
             qPrintable(error));
}

void TestSqliteStatement::takesPartInQtSqlTransactions()
{
    sqlite::Statement insert(m_db, "INSERT INTO t (id, name) VALUES (?, 'x')");
    QString error;
    QVERIFY(m_db.transaction());
    QVERIFY(insert.bind(0, QStringLiteral("rolled-back")).exec(&error));
    QVERIFY(m_db.rollback());
    QVERIFY(m_db.transaction());
    QVERIFY(insert.bind(0, QStringLiteral("kept")).exec(&error));
    QVERIFY(m_db.commit());
    QSqlQuery check(m_db);
    QVERIFY(check.exec(QStringLiteral("SELECT group_concat(id) FROM t")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("kept"));
}

void TestSqliteStatement::readEndedEarlyReleasesTheSnapshot()
{
    QSqlQuery fill(m_db);
    QVERIFY(fill.exec(QStringLiteral("INSERT INTO t (id, name) VALUES ('a', 'x'), ('b', 'y')")));
    sqlite::Statement select(m_db, "SELECT id FROM t ORDER BY id");
    QVERIFY(select.next());
    QCOMPARE(select.text(0), QStringLiteral("a"));
    select.reset();

    // Another connection commits, and this one sees it: no read transaction was left open.
    QSqlDatabase other
        = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
    other.setDatabaseName(m_db.databaseName());
    QVERIFY(other.open());
    {
        QSqlQuery write(other);
        QVERIFY(write.exec(QStringLiteral("INSERT INTO t (id, name) VALUES ('c', 'z')")));
    }
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    sqlite::Statement count(m_db, "SELECT count(*) FROM t");
    QVERIFY(count.next());
    QCOMPARE(count.integer(0), qint64(3));
    count.reset();
}

void TestSqliteStatement::finalizeAllLetsTheConnectionClose()
{
    sqlite::Statement insert(m_db, "INSERT INTO t (id, name) VALUES (?, 'x')");
    QString error;
    QVERIFY(insert.bind(0, QStringLiteral("a")).exec(&error));
    sqlite::Statement::finalizeAll(m_db);
    m_db.close();
    QCOMPARE(m_db.lastError().type(), QSqlError::NoError);

    // Opened again: the statement prepares itself on the new handle.
    QVERIFY(m_db.open());
    QVERIFY2(insert.bind(0, QStringLiteral("b")).exec(&error), qPrintable(error));
    QSqlQuery check(m_db);
    QVERIFY(check.exec(QStringLiteral("SELECT count(*) FROM t")) && check.next());
    QCOMPARE(check.value(0).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlitestatement.moc"

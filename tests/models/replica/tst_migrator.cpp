#include "migrator.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace stockroom::replica;

/** The migration framework itself, on a real SQLite file with made-up steps. */
class TestMigrator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void appliesStepsInOrderFromEachVersion();
    void failedStepRollsBackAndKeepsVersion();
    void refusesNewerFile();

private:
    static QList<Migration> steps();
    QStringList tables();

    QTemporaryDir m_dir;
    QSqlDatabase m_db;
};

QList<Migration> TestMigrator::steps()
{
    return {
        {2, QStringLiteral("add b"), {QStringLiteral("CREATE TABLE b (x INTEGER)")}},
        {1, QStringLiteral("add a"), {QStringLiteral("CREATE TABLE a (x INTEGER)")}},
        {3,
         QStringLiteral("copy a into c"),
         {QStringLiteral("CREATE TABLE c AS SELECT x FROM a"), QStringLiteral("DROP TABLE a")}},
    };
}

QStringList TestMigrator::tables()
{
    QStringList names;
    QSqlQuery query(
        QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"), m_db);
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

void TestMigrator::init()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("migrator"));
    m_db.setDatabaseName(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())));
    QVERIFY2(m_db.open(), qPrintable(m_db.lastError().text()));
}

void TestMigrator::cleanup()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("migrator"));
}

void TestMigrator::appliesStepsInOrderFromEachVersion()
{
    const Migrator migrator(steps());
    QCOMPARE(migrator.latestVersion(), 3);
    QString error;
    QVERIFY2(migrator.migrateTo(m_db, 1, &error), qPrintable(error));
    QCOMPARE(Migrator::currentVersion(m_db, &error), 1);
    QCOMPARE(tables(), QStringList{QStringLiteral("a")});

    QSqlQuery insert(m_db);
    QVERIFY(insert.exec(QStringLiteral("INSERT INTO a VALUES (42)")));

    QVERIFY2(migrator.migrateTo(m_db, 2, &error), qPrintable(error));
    QCOMPARE(Migrator::currentVersion(m_db, &error), 2);
    QVERIFY2(migrator.migrate(m_db, &error), qPrintable(error));
    QCOMPARE(Migrator::currentVersion(m_db, &error), 3);
    QCOMPARE(tables(), (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
    QSqlQuery select(QStringLiteral("SELECT x FROM c"), m_db);
    QVERIFY(select.next());
    QCOMPARE(select.value(0).toInt(), 42);

    QVERIFY2(migrator.migrate(m_db, &error), "migrating an up-to-date file is a no-op");
    QCOMPARE(Migrator::currentVersion(m_db, &error), 3);
}

void TestMigrator::failedStepRollsBackAndKeepsVersion()
{
    QList<Migration> broken = steps();
    broken.append(
        {4,
         QStringLiteral("broken"),
         {QStringLiteral("CREATE TABLE d (x INTEGER)"), QStringLiteral("NOT SQL AT ALL")}});
    const Migrator migrator(broken);
    QString error;
    QVERIFY(!migrator.migrate(m_db, &error));
    QVERIFY2(error.contains(QStringLiteral("Migration 4 (broken) failed")), qPrintable(error));
    QCOMPARE(Migrator::currentVersion(m_db, &error), 3);
    QVERIFY2(!tables().contains(QStringLiteral("d")), "the failed step must leave no trace");
}

void TestMigrator::refusesNewerFile()
{
    QSqlQuery query(m_db);
    QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 9")));
    const Migrator migrator(steps());
    QString error;
    QVERIFY(!migrator.migrate(m_db, &error));
    QVERIFY2(error.contains(QStringLiteral("schema version 9")), qPrintable(error));
    QCOMPARE(Migrator::currentVersion(m_db, &error), 9);
    QVERIFY(tables().isEmpty());
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"

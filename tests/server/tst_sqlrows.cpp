#include "centraltestdatabase.h"
#include "rawsqlconnection.h"
#include "sqlrows.h"

#include <QTest>

#include <limits>

using namespace stockroom;

/**
 * SqlRows on both drivers: columns read as QtSql gives them (NULL integer 0, NULL text a null
 * string, text as UTF-8 too), bound strings and integers, a statement run again, and a failure
 * reported.
 */
class TestSqlRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();
    void readsRowsAsQtSqlDoes();
    void failureIsReported();

private:
    server::SqlConnection connection() const;

    std::unique_ptr<CentralTestDatabase> m_database;
    std::unique_ptr<RawSqlConnection> m_raw;
};

void TestSqlRows::initTestCase_data()
{
    QTest::addColumn<QString>("driver");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

server::SqlConnection TestSqlRows::connection() const
{
    const bool sqlite = m_database->url().driver == server::DatabaseUrl::Driver::Sqlite;
    return {m_raw->db(), sqlite ? server::SqlDialect::Sqlite : server::SqlDialect::Postgresql,
            nullptr};
}

void TestSqlRows::init()
{
    QFETCH_GLOBAL(QString, driver);
    m_database = std::make_unique<CentralTestDatabase>();
    QString error;
    QVERIFY2(m_database->create(driver, &error), qPrintable(error));
    m_raw = std::make_unique<RawSqlConnection>(m_database->url());
    QVERIFY2(m_raw->db().isOpen(), qPrintable(m_raw->db().lastError().text()));
    QVERIFY2(
        server::SqlStatement::execText(
            m_raw->db(), QStringLiteral("CREATE TABLE t (id TEXT, n BIGINT, label TEXT)"), &error),
        qPrintable(error));
    QCOMPARE(m_raw->exec(QStringLiteral("INSERT INTO t (id, n, label) VALUES"
                                        " ('a', 9223372036854775807, 'Müller 日本 📦'),"
                                        " ('b', NULL, NULL), ('c', -9223372036854775808, '')")),
             QString());
}

void TestSqlRows::cleanup()
{
    m_raw.reset();
    m_database.reset();
}

void TestSqlRows::readsRowsAsQtSqlDoes()
{
    server::SqlRows rows(connection(), QStringLiteral("SELECT id, n, label FROM t WHERE id >= ?"
                                                      " ORDER BY id"));
    QString error;
    for (int run = 0; run < 2; ++run) {
        QVERIFY2(rows.exec({QStringLiteral("a")}, &error), qPrintable(error));
        QStringList read;
        while (rows.next()) {
            QCOMPARE(rows.utf8(2), rows.text(2).toUtf8());
            QCOMPARE(rows.utf8(2).isNull(), rows.text(2).isNull());
            read.append(QStringLiteral("%1|%2|%3|%4|%5")
                            .arg(rows.text(0))
                            .arg(rows.integer(1))
                            .arg(rows.isNull(1))
                            .arg(rows.text(2))
                            .arg(rows.text(2).isNull()));
        }
        QVERIFY2(rows.finish(&error), qPrintable(error));
        QCOMPARE(read, (QStringList{QStringLiteral("a|9223372036854775807|0|Müller 日本 📦|0"),
                                    QStringLiteral("b|0|1||1"),
                                    QStringLiteral("c|-9223372036854775808|0||0")}));
    }

    // A null string and a NULL integer are bound as NULL, as QtSql binds them; "" is text.
    server::SqlRows count(connection(), QStringLiteral("SELECT COUNT(*) FROM t WHERE label = ?"));
    const auto rowsFor = [&](const QVariant &value) {
        QString countError;
        if (!count.exec({value}, &countError) || !count.next())
            return QStringLiteral("error: ") + countError;
        const QString counted = QString::number(count.integer(0));
        count.finish(&countError);
        return counted;
    };
    QCOMPARE(rowsFor(QString()), QStringLiteral("0"));
    QCOMPARE(rowsFor(QStringLiteral("")), QStringLiteral("1"));
    QCOMPARE(rowsFor(QStringLiteral("Müller 日本 📦")), QStringLiteral("1"));
    server::SqlRows byNull(connection(), QStringLiteral("SELECT COUNT(*) FROM t WHERE n = ?"));
    QVERIFY2(byNull.exec({server::nullableInt(std::nullopt)}, &error), qPrintable(error));
    QVERIFY(byNull.next());
    QCOMPARE(byNull.integer(0), 0);
    QVERIFY2(byNull.finish(&error), qPrintable(error));

    server::SqlRows byNumber(connection(), QStringLiteral("SELECT id FROM t WHERE n = ?"));
    QVERIFY2(byNumber.exec({std::numeric_limits<qint64>::min()}, &error), qPrintable(error));
    QVERIFY(byNumber.next());
    QCOMPARE(byNumber.text(0), QStringLiteral("c"));
    QVERIFY(!byNumber.next());
    QVERIFY2(byNumber.finish(&error), qPrintable(error));
}

void TestSqlRows::failureIsReported()
{
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("SELECT id FROM nowhere")));
    server::SqlRows rows(connection(), QStringLiteral("SELECT id FROM nowhere"));
    QString error;
    QVERIFY(!rows.exec({}, &error));
    QVERIFY2(error.contains(QStringLiteral("nowhere")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSqlRows)
#include "tst_sqlrows.moc"

#include "databaseurl.h"

#include <QTest>

using namespace stockroom::server;

/** Parsing stockroomd's --database argument. */
class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultIsSqliteInWorkingDirectory();
    void parsesSqlite();
    void parsesPostgresql();
    void refuses_data();
    void refuses();
    void displayStringHidesPassword();
};

void TestDatabaseUrl::defaultIsSqliteInWorkingDirectory()
{
    const DatabaseUrl url = DatabaseUrl::defaultSqlite();
    QCOMPARE(url.driver, DatabaseUrl::Driver::Sqlite);
    QCOMPARE(url.path, QStringLiteral("stockroomd.db"));
}

void TestDatabaseUrl::parsesSqlite()
{
    QString error;
    const auto url
        = DatabaseUrl::parse(QStringLiteral("sqlite:/var/lib/stockroom/central.db"), &error);
    QVERIFY2(url, qPrintable(error));
    QCOMPARE(url->driver, DatabaseUrl::Driver::Sqlite);
    QCOMPARE(url->path, QStringLiteral("/var/lib/stockroom/central.db"));
}

void TestDatabaseUrl::parsesPostgresql()
{
    QString error;
    const auto url = DatabaseUrl::parse(
        QStringLiteral("postgresql://ims:s3cret@127.0.0.1:5433/stockroom"), &error);
    QVERIFY2(url, qPrintable(error));
    QCOMPARE(url->driver, DatabaseUrl::Driver::Postgresql);
    QCOMPARE(url->host, QStringLiteral("127.0.0.1"));
    QCOMPARE(url->port, 5433);
    QCOMPARE(url->user, QStringLiteral("ims"));
    QCOMPARE(url->password, QStringLiteral("s3cret"));
    QCOMPARE(url->database, QStringLiteral("stockroom"));

    const auto defaultPort
        = DatabaseUrl::parse(QStringLiteral("postgresql://localhost/ims"), &error);
    QVERIFY2(defaultPort, qPrintable(error));
    QCOMPARE(defaultPort->port, 5432);
}

void TestDatabaseUrl::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty sqlite path")
        << QStringLiteral("sqlite:") << QStringLiteral("needs a file path");
    QTest::newRow("unknown scheme") << QStringLiteral("mysql://u:pw@h/db")
                                    << QStringLiteral("is not a database this server knows");
    QTest::newRow("no database") << QStringLiteral("postgresql://u:pw@host:5432")
                                 << QStringLiteral("must end in /DATABASE");
    QTest::newRow("no host") << QStringLiteral("postgresql:///db")
                             << QStringLiteral("names no host");
    QTest::newRow("bad port") << QStringLiteral("postgresql://h:99999/db")
                              << QStringLiteral("not a valid URL");
}

void TestDatabaseUrl::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!DatabaseUrl::parse(text, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("pw")), "errors must not echo passwords");
}

void TestDatabaseUrl::displayStringHidesPassword()
{
    QString error;
    const auto url
        = DatabaseUrl::parse(QStringLiteral("postgresql://ims:s3cret@db:5432/stockroom"), &error);
    QVERIFY2(url, qPrintable(error));
    QCOMPARE(url->toDisplayString(), QStringLiteral("postgresql://ims:***@db:5432/stockroom"));
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"

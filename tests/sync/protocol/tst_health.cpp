#include "health.h"

#include <QTest>

using namespace stockroom::protocol;

/** The health message codec. */
class TestHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void malformed_data();
    void malformed();
};

void TestHealth::roundTrip()
{
    const Health health{true, QStringLiteral("0.1.0"), 1764790000123LL, 9007199254740991LL};
    DecodeError error;
    const auto decoded = decodeHealth(encodeHealth(health), &error);
    QVERIFY2(decoded, qPrintable(error.toString()));
    QCOMPARE(decoded->databaseOk, true);
    QCOMPARE(decoded->version, health.version);
    QCOMPARE(decoded->serverTimeMs, health.serverTimeMs);
    QCOMPARE(decoded->latestSeq, health.latestSeq);
}

void TestHealth::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("array") << QByteArray("[]") << QString();
    QTest::newRow("database missing")
        << QByteArray(R"({"version":"1","server_time":1,"latest_seq":0})")
        << QStringLiteral("database");
    QTest::newRow("fractional time")
        << QByteArray(R"({"database":true,"version":"1","server_time":1.5,"latest_seq":0})")
        << QStringLiteral("server_time");
    QTest::newRow("negative seq") << QByteArray(
        R"({"database":true,"version":"1","server_time":1,"latest_seq":-2})")
                                  << QStringLiteral("latest_seq");
}

void TestHealth::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    DecodeError error;
    QVERIFY(!decodeHealth(json, &error));
    QCOMPARE(error.field, field);
}

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"

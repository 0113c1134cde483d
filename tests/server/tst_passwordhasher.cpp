#include "passwordhasher.h"

#include <QTest>

using namespace stockroom::server;

/** PBKDF2-HMAC-SHA256 password hashing: format, salts, verification, malformed input. */
class TestPasswordHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashesAndVerifies();
    void storesIterationsSaltAndHash();
    void saltsDiffer();
    void refusesWrongPassword();
    void refusesMalformed_data();
    void refusesMalformed();
};

void TestPasswordHasher::hashesAndVerifies()
{
    const QString stored = PasswordHasher::hash(QStringLiteral("correct horse"));
    QVERIFY(!stored.isEmpty());
    QVERIFY(PasswordHasher::verify(QStringLiteral("correct horse"), stored));
    const QString unicode = PasswordHasher::hash(QStringLiteral("Grüße, ünïcødé ✓"));
    QVERIFY(PasswordHasher::verify(QStringLiteral("Grüße, ünïcødé ✓"), unicode));
}

void TestPasswordHasher::storesIterationsSaltAndHash()
{
    const QStringList parts
        = PasswordHasher::hash(QStringLiteral("secret")).split(QLatin1Char('$'));
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts.at(0), QStringLiteral("pbkdf2-sha256"));
    bool numeric = false;
    const int iterations = parts.at(1).toInt(&numeric);
    QVERIFY(numeric);
    QVERIFY2(iterations >= 100000, qPrintable(parts.at(1)));
    QCOMPARE(QByteArray::fromBase64(parts.at(2).toLatin1()).size(), 16);
    QCOMPARE(QByteArray::fromBase64(parts.at(3).toLatin1()).size(), 32);
}

void TestPasswordHasher::saltsDiffer()
{
    const QString first = PasswordHasher::hash(QStringLiteral("same"));
    const QString second = PasswordHasher::hash(QStringLiteral("same"));
    QVERIFY(first != second);
    QVERIFY(first.section(QLatin1Char('$'), 2, 2) != second.section(QLatin1Char('$'), 2, 2));
    QVERIFY(PasswordHasher::verify(QStringLiteral("same"), first));
    QVERIFY(PasswordHasher::verify(QStringLiteral("same"), second));
}

void TestPasswordHasher::refusesWrongPassword()
{
    const QString stored = PasswordHasher::hash(QStringLiteral("secret"));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("Secret"), stored));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("secret "), stored));
    QVERIFY(!PasswordHasher::verify(QString(), stored));
}

void TestPasswordHasher::refusesMalformed_data()
{
    const QString good = PasswordHasher::hash(QStringLiteral("secret"));
    const QStringList parts = good.split(QLatin1Char('$'));
    const auto with = [&](int index, const QString &value) {
        QStringList changed = parts;
        changed[index] = value;
        return changed.join(QLatin1Char('$'));
    };
    QTest::addColumn<QString>("stored");
    QTest::newRow("empty") << QString();
    QTest::newRow("plain text") << QStringLiteral("secret");
    QTest::newRow("other scheme") << with(0, QStringLiteral("bcrypt"));
    QTest::newRow("too few parts") << parts.mid(0, 3).join(QLatin1Char('$'));
    QTest::newRow("too many parts") << good + QStringLiteral("$x");
    QTest::newRow("iterations not a number") << with(1, QStringLiteral("many"));
    QTest::newRow("iterations zero") << with(1, QStringLiteral("0"));
    QTest::newRow("iterations absurd") << with(1, QStringLiteral("2000000000"));
    QTest::newRow("salt not base64") << with(2, QStringLiteral("!!!"));
    QTest::newRow("empty salt") << with(2, QString());
    QTest::newRow("hash not base64") << with(3, QStringLiteral("%%%"));
    QTest::newRow("hash too short") << with(3, QStringLiteral("AAAA"));
    QTest::newRow("hash of another salt")
        << with(3, PasswordHasher::hash(QStringLiteral("secret")).section(QLatin1Char('$'), 3, 3));
}

void TestPasswordHasher::refusesMalformed()
{
    QFETCH(QString, stored);
    QVERIFY(!PasswordHasher::verify(QStringLiteral("secret"), stored));
}

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"

#include "tokenstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using stockroom::sync::TokenStore;

class TokenStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void fileStoreIsPrivateAndRoundTrips();
    void refusesAFileOthersCanRead();
    void clearForgetsTheToken();
    void withoutAKeychainFallsBackToAFileAndSaysWhy();
};

void TokenStoreTest::fileStoreIsPrivateAndRoundTrips()
{
    qputenv("STOCKROOM_TOKEN_STORE", "file");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TokenStore store(dir.filePath(QStringLiteral("replica.sqlite")));
    QString warning;
    QString error;
    QVERIFY2(store.save(QStringLiteral("secret-token"), &warning, &error), qPrintable(error));
    QCOMPARE(store.lastLocation(), QStringLiteral("file"));
    QVERIFY2(warning.contains(store.path()), qPrintable(warning));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                            | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                            | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFile::permissions(store.path()) & others, QFileDevice::Permissions());
    QString problem;
    QCOMPARE(TokenStore(dir.filePath(QStringLiteral("replica.sqlite"))).load(&problem),
             QStringLiteral("secret-token"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TokenStoreTest::refusesAFileOthersCanRead()
{
    qputenv("STOCKROOM_TOKEN_STORE", "file");
    QTemporaryDir dir;
    TokenStore store(dir.filePath(QStringLiteral("replica.sqlite")));
    QString warning;
    QString error;
    QVERIFY(store.save(QStringLiteral("secret-token"), &warning, &error));
    QFile::setPermissions(store.path(), QFile::permissions(store.path()) | QFileDevice::ReadOther);
    QString problem;
    QCOMPARE(store.load(&problem), QString());
    QVERIFY2(problem.contains(QStringLiteral("readable by other users")), qPrintable(problem));
}

void TokenStoreTest::clearForgetsTheToken()
{
    qputenv("STOCKROOM_TOKEN_STORE", "file");
    QTemporaryDir dir;
    TokenStore store(dir.filePath(QStringLiteral("replica.sqlite")));
    QString warning;
    QString error;
    QVERIFY(store.save(QStringLiteral("secret-token"), &warning, &error));
    QVERIFY(store.clear());
    QVERIFY(!QFile::exists(store.path()));
    QCOMPARE(store.load(), QString());
}

void TokenStoreTest::withoutAKeychainFallsBackToAFileAndSaysWhy()
{
    // The test machines have no Secret Service on a session bus: the keychain must fail fast
    // and the token still be kept, with a warning naming the file.
    qunsetenv("STOCKROOM_TOKEN_STORE");
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QTemporaryDir dir;
    TokenStore store(dir.filePath(QStringLiteral("replica.sqlite")));
    QString warning;
    QString error;
    QVERIFY2(store.save(QStringLiteral("secret-token"), &warning, &error), qPrintable(error));
    if (store.lastLocation() == QStringLiteral("keychain"))
        QSKIP("a system keychain answered on this machine; the fallback cannot be exercised");
    QCOMPARE(store.lastLocation(), QStringLiteral("file"));
    QVERIFY2(warning.contains(QStringLiteral("keychain")) && warning.contains(store.path()),
             qPrintable(warning));
    QCOMPARE(store.load(), QStringLiteral("secret-token"));
    QVERIFY(store.clear());
}

QTEST_GUILESS_MAIN(TokenStoreTest)
#include "tst_tokenstore.moc"

#include "apierror.h"

#include <QTest>

using namespace stockroom::protocol;

/** The error body codec: round trip and refusal of malformed bodies. */
class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void malformed_data();
    void malformed();
};

void TestApiError::roundTrip_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::newRow("conflict") << ApiError{409, QStringLiteral("conflict"),
                                          QStringLiteral("movement 1 exists with another body"), 0};
    QTest::newRow("busy") << ApiError{503, QStringLiteral("busy"), QStringLiteral("try later"), 3};
    QTest::newRow("unicode") << ApiError{422, QStringLiteral("invalid"),
                                         QStringLiteral("Menge ≤ 0 — ungültig"), 0};
}

void TestApiError::roundTrip()
{
    QFETCH(ApiError, error);
    DecodeError decodeError;
    const auto decoded = decodeApiError(encodeApiError(error), &decodeError);
    QVERIFY2(decoded, qPrintable(decodeError.toString()));
    QCOMPARE(decoded->status, error.status);
    QCOMPARE(decoded->code, error.code);
    QCOMPARE(decoded->message, error.message);
    QCOMPARE(decoded->retryAfterSeconds, error.retryAfterSeconds);
}

void TestApiError::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("not json") << QByteArray("<html>") << QString();
    QTest::newRow("no error object") << QByteArray(R"({"status":400})") << QStringLiteral("error");
    QTest::newRow("status not an error")
        << QByteArray(R"({"error":{"status":200,"code":"x","message":""}})")
        << QStringLiteral("error.status");
    QTest::newRow("status a string")
        << QByteArray(R"({"error":{"status":"400","code":"x","message":""}})")
        << QStringLiteral("error.status");
    QTest::newRow("no code") << QByteArray(R"({"error":{"status":400,"message":""}})")
                             << QStringLiteral("error.code");
    QTest::newRow("message a number")
        << QByteArray(R"({"error":{"status":400,"code":"x","message":1}})")
        << QStringLiteral("error.message");
    QTest::newRow("negative retry")
        << QByteArray(R"({"error":{"status":503,"code":"x","message":"","retry_after":-1}})")
        << QStringLiteral("error.retry_after");
}

void TestApiError::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    DecodeError error;
    QVERIFY(!decodeApiError(json, &error));
    QCOMPARE(error.field, field);
    QVERIFY(!error.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"

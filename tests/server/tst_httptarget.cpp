#include "httptarget.h"

#include <QTest>

using namespace stockroom::server;

/** Splitting and decoding request targets. */
class TestHttpTarget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void decodes();
};

void TestHttpTarget::parses_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("query"); // key=value; ... in key order

    QTest::newRow("plain") << QByteArray("/api/v1/feed") << QByteArray("/api/v1/feed")
                           << QByteArray();
    QTest::newRow("query") << QByteArray("/api/v1/feed?after=12&limit=5")
                           << QByteArray("/api/v1/feed") << QByteArray("after=12;limit=5;");
    QTest::newRow("decoded query") << QByteArray("/s?q=caf%C3%A9+au%20lait&a%26b=%3D")
                                   << QByteArray("/s") << QByteArray("a&b==;q=café au lait;");
    QTest::newRow("first value wins")
        << QByteArray("/s?x=1&x=2") << QByteArray("/s") << QByteArray("x=1;");
    QTest::newRow("empty parts") << QByteArray("/s?&flag&=v&") << QByteArray("/s")
                                 << QByteArray("=v;flag=;");
    QTest::newRow("path stays encoded")
        << QByteArray("/products/A%2FB") << QByteArray("/products/A%2FB") << QByteArray();
    QTest::newRow("absolute form")
        << QByteArray("http://example.com:8080/a?b=c") << QByteArray("/a") << QByteArray("b=c;");
    QTest::newRow("absolute form, no path")
        << QByteArray("HTTPS://example.com") << QByteArray("/") << QByteArray();
    QTest::newRow("absolute form, query only")
        << QByteArray("http://h?x=1") << QByteArray("/") << QByteArray("x=1;");
    QTest::newRow("fragment dropped")
        << QByteArray("/a?b=c#frag") << QByteArray("/a") << QByteArray("b=c;");
    QTest::newRow("asterisk") << QByteArray("*") << QByteArray("*") << QByteArray();
}

void TestHttpTarget::parses()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, query);
    const auto parsed = HttpTarget::parse(target.toStdString());
    QVERIFY(parsed);
    QCOMPARE(QByteArray::fromStdString(parsed->path), path);
    QByteArray joined;
    for (const auto &[key, value] : parsed->query)
        joined += QByteArray::fromStdString(key + '=' + value + ';');
    QCOMPARE(joined, query);
}

void TestHttpTarget::refuses_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("relative") << QByteArray("api/v1");
    QTest::newRow("truncated escape in query") << QByteArray("/a?x=%4");
    QTest::newRow("bad escape in query") << QByteArray("/a?x=%G1");
    QTest::newRow("bad escape in path") << QByteArray("/a%zz/b");
    QTest::newRow("escape at the end") << QByteArray("/a%");
}

void TestHttpTarget::refuses()
{
    QFETCH(QByteArray, target);
    QVERIFY(!HttpTarget::parse(target.toStdString()));
}

void TestHttpTarget::decodes()
{
    QCOMPARE(HttpTarget::percentDecode("a%2Fb+c", false).value(), std::string("a/b+c"));
    QCOMPARE(HttpTarget::percentDecode("a%2fb+c", true).value(), std::string("a/b c"));
    QCOMPARE(HttpTarget::percentDecode("%00", false).value(), std::string(1, '\0'));
    QVERIFY(!HttpTarget::percentDecode("%", false));
}

QTEST_GUILESS_MAIN(TestHttpTarget)
#include "tst_httptarget.moc"

// Boost before Qt: Qt's keyword macros must not meet Asio's headers.
#include "httptestsupport.h"

#include "workerpool.h"

#include <atomic>
#include <random>

using namespace stockroom;
using namespace stockroom::test;

/** stockroomd's HTTP layer over real sockets: framing, limits, protocol errors, time-outs. */
class TestHttpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void echoKeepsTheConnectionAlive();
    void logsEveryRequestSafely();
    void refusesOversizedContentLength();
    void refusesOversizedChunkedBody();
    void refusesOversizedHeader();
    void answersMalformedRequests_data();
    void answersMalformedRequests();
    void survivesRandomBytes();
    void servesConcurrentClientsThroughAWorkerPool();
    void cutsOffSlowClient_data();
    void cutsOffSlowClient();
    void closesIdleConnection();
    void sendsContinueBeforeTheBody();
};

void TestHttpServer::echoKeepsTheConnectionAlive()
{
    ParkingLot lot;
    TestServer server(smallLimits(), testHandler(lot));
    std::string error;
    QVERIFY2(server.start(&error), error.c_str());

    HttpClient client(server.port());
    QVERIFY(client.connect());
    const auto first = client.exchange(
        "POST /echo/a%2Fb?after=12&name=caf%C3%A9+au+lait&empty=&after=99 HTTP/1.1\r\n"
        "Host: localhost\r\nAuthorization: Bearer abc\r\nContent-Type: application/json\r\n"
        "Content-Length: 7\r\n\r\n{\"a\":1}");
    QVERIFY2(first, client.error().message().c_str());
    QCOMPARE(first->result_int(), 200u);
    QCOMPARE(first->body(), std::string("{\"a\":1}"));
    QCOMPARE(field(*first, "X-Method"), std::string("POST"));
    QCOMPARE(field(*first, "X-Path"), std::string("/echo/a%2Fb"));
    QCOMPARE(field(*first, "X-Query"), std::string("after=12;empty=;name=café au lait;"));
    QCOMPARE(field(*first, "X-Remote"), std::string("127.0.0.1"));
    QCOMPARE(field(*first, "X-Authorization"), std::string("Bearer abc"));
    QCOMPARE(field(*first, "X-Content-Type"), std::string("application/json"));
    QVERIFY(!field(*first, "X-Request-Id").empty());
    QCOMPARE(field(*first, "X-Seen-Id"), field(*first, "X-Request-Id"));
    QCOMPARE(field(*first, "X-Broken"), std::string());
    QCOMPARE(field(*first, "Injected"), std::string());
    QCOMPARE(field(*first, "Content-Length"), std::string("7"));
    QVERIFY(first->keep_alive());

    const auto second = client.exchange(get("/echo/again"));
    QVERIFY2(second, client.error().message().c_str());
    QCOMPARE(second->result_int(), 200u);
    QCOMPARE(field(*second, "X-Path"), std::string("/echo/again"));
    QVERIFY(field(*second, "X-Request-Id") != field(*first, "X-Request-Id"));
    QCOMPARE(server.server().connectionCount(), std::size_t(1));

    // Pipelined: both requests in one write, answered in order.
    const auto third = client.exchange(get("/echo/3") + post("/echo/4", "four"));
    QVERIFY(third);
    QCOMPARE(field(*third, "X-Path"), std::string("/echo/3"));
    const auto fourth = client.read(2s);
    QVERIFY2(fourth, client.error().message().c_str());
    QCOMPARE(field(*fourth, "X-Path"), std::string("/echo/4"));
    QCOMPARE(fourth->body(), std::string("four"));
}

void TestHttpServer::logsEveryRequestSafely()
{
    ParkingLot lot;
    TestServer server(smallLimits(), testHandler(lot));
    std::string error;
    QVERIFY2(server.start(&error), error.c_str());

    HttpClient client(server.port());
    QVERIFY(client.connect());
    const std::string request = post("/echo/x?token=secret", "hello");
    const auto reply = client.exchange(request);
    QVERIFY(reply);
    QVERIFY(server.waitForLog(1, 5s));
    const server::RequestLogEntry entry = server.log().front();
    QCOMPARE(entry.method, std::string("POST"));
    QCOMPARE(entry.path, std::string("/echo/x"));
    QCOMPARE(entry.remoteAddress, std::string("127.0.0.1"));
    QCOMPARE(entry.user, std::string("alice[31m"));
    QCOMPARE(entry.status, 200);
    QCOMPARE(entry.bytesIn, std::uint64_t(request.size()));
    QVERIFY(entry.bytesOut > reply->body().size());
    QVERIFY(entry.milliseconds >= 0);
}

void TestHttpServer::refusesOversizedContentLength()
{
    ParkingLot lot;
    TestServer server(server::HttpLimits{}, testHandler(lot));
    std::string error;
    QVERIFY2(server.start(&error), error.c_str());

    HttpClient client(server.port());
    QVERIFY(client.connect());
    // Exactly at the limit is fine.
    const std::size_t limit = server::HttpLimits{}.maxBodyBytes;
    const auto accepted = client.exchange(post("/echo", std::string(limit, 'x')));
    QVERIFY(accepted);
    QCOMPARE(accepted->result_int(), 200u);
    QCOMPARE(accepted->body().size(), limit);
    const auto reply = client.exchange(post("/echo", std::string(20 * 1024 * 1024, 'x')));
    VERIFY_API_ERROR(reply, 413);
    QVERIFY(!reply->keep_alive());
    QVERIFY(client.waitForClose(5s));
    QVERIFY(server.waitForLog(2, 5s));
    const server::RequestLogEntry refused = server.log().at(1);
    QCOMPARE(refused.status, 413);
    QCOMPARE(refused.method, std::string("POST"));
    QCOMPARE(refused.path, std::string("/echo"));
}

void TestHttpServer::refusesOversizedChunkedBody()
{
    ParkingLot lot;
    TestServer server(server::HttpLimits{}, testHandler(lot));
    std::string error;
    QVERIFY2(server.start(&error), error.c_str());

    std::string request = "POST /echo HTTP/1.1\r\nHost: localhost\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n";
    const std::string chunk(64 * 1024, 'x');
    for (int i = 0; i < 320; ++i)
        request += "10000\r\n" + chunk + "\r\n";
    request += "0\r\n\r\n";

    HttpClient client(server.port());
    QVERIFY(client.connect());
    VERIFY_API_ERROR(client.exchange(request), 413);
    QVERIFY(client.waitForClose(5s));
}

void TestHttpServer::refusesOversizedHeader()
{
    ParkingLot lot;
    TestServer server(server::HttpLimits{}, testHandler(lot));
    std::string error;
    QVERIFY2(server.start(&error), error.c_str());

    HttpClient client(server.port());
    QVERIFY(client.connect());
    VERIFY_API_ERROR(client.exchange(get("/echo", "X-Filler: " + std::string(17000, 'a') + "\r\n")),
                     431);
    QVERIFY(client.waitForClose(5s));
}

void TestHttpServer::answersMalformedRequests_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");
    QTest::newRow("binary garbage")
        << QByteArray("\x16\x03\x01\x02\x00\x01\x00\xfc\r\n\r\n", 12) << 400;
    QTest::newRow("no request line") << QByteArray("hello there\r\n\r\n") << 400;
    QTest::newRow("header without colon")
        << QByteArray("GET / HTTP/1.1\r\nHost localhost\r\n\r\n") << 400;
    QTest::newRow("bad content length")
        << QByteArray("POST /echo HTTP/1.1\r\nContent-Length: 12abc\r\n\r\n") << 400;
    QTest::newRow("conflicting content lengths")
        << QByteArray("POST /echo HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd")
        << 400;
    QTest::newRow("length and chunked")
        << QByteArray("POST /echo HTTP/1.1\r\nContent-Length: 3\r\n"
                      "Transfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n")
        << 400;
    QTest::newRow("bad chunk") << QByteArray(
        "POST /echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n")
                               << 400;
    QTest::newRow("unknown method") << QByteArray("BREW /pot HTTP/1.1\r\n\r\n") << 501;
    QTest::newRow("gzip transfer coding")
        << QByteArray("POST /echo HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\nabc") << 501;
    QTest::newRow("compressed body")
        << QByteArray("POST /echo HTTP/1.1\r\nContent-Encoding: gzip\r\nContent-Length: 3\r\n\r\n"
                      "abc")
        << 415;
    QTest::newRow("HTTP/2.0") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505;
    QTest::newRow("HTTP/1.2") << QByteArray("GET / HTTP/1.2\r\n\r\n") << 505;
    QTest::newRow("broken escape") << QByteArray("GET /echo?x=%zz HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("relative target") << QByteArray("GET echo HTTP/1.1\r\n\r\n") << 400;
}

void TestHttpServer::answersMalformedRequests()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    ParkingLot lot;
    TestServer server(smallLimits(), testHandler(lot));
    std::string error;
    QVERIFY2(server.start(&error), error.c_str());

    HttpClient client(server.port());
    QVERIFY(client.connect());
    VERIFY_API_ERROR(client.exchange(raw.toStdString()), status);
    QVERIFY(client.waitForClose(5s));
    QVERIFY(server.waitForLog(1, 5s));
    QCOMPARE(server.log().front().status, status);

    // The server is none the worse for it.
    HttpClient next(server.port());
    QVERIFY(next.connect());
    const auto reply = next.exchange(get("/echo"));
    QVERIFY(reply);
    QCOMPARE(reply->result_int(), 200u);
}

void TestHttpServer::survivesRandomBytes()
{
    ParkingLot lot;
    TestServer server(smallLimits(), testHandler(lot));
    std::string error;
    QVERIFY2(server.start(&error), error.c_str());

    std::mt19937 random(20240611);
    const std::string prefixes[] = {"", "GET /echo HTTP/1.1\r\n",
                                    "POST /echo HTTP/1.1\r\n"
                                    "Transfer-Encoding: chunked\r\n\r\n",
                                    "POST /echo HTTP/1.1\r\nContent-Length: 10\r\n\r\n"};
    for (int round = 0; round < 200; ++round) {
        std::string bytes = prefixes[random() % std::size(prefixes)];
        const std::size_t length = random() % 2000;
        for (std::size_t i = 0; i < length; ++i)
            bytes.push_back(static_cast<char>(random() % 256));
        HttpClient client(server.port());
        QVERIFY(client.connect());
        QVERIFY(client.send(bytes));
        client.close();
    }
    QTRY_COMPARE_WITH_TIMEOUT(server.server().connectionCount(), std::size_t(0), 10000);
    HttpClient next(server.port());
    QVERIFY(next.connect());
    const auto reply = next.exchange(get("/echo"));
    QVERIFY(reply);
    QCOMPARE(reply->result_int(), 200u);
}

void TestHttpServer::servesConcurrentClientsThroughAWorkerPool()
{
    class Context : public server::WorkerContext
    {
    };
    server::WorkerPool pool(4, 1000, [](int) { return std::make_unique<Context>(); });
    TestServer server(
        smallLimits(), [&pool](server::HttpRequest request, server::Responder respond) {
            const bool queued = pool.tryPost([request, respond](server::WorkerContext &) {
                respond(server::HttpResponse{200, request.body, "text/plain", {}, {}});
            });
            if (!queued)
                respond(server::HttpResponse{503, {}, "text/plain", {{"Retry-After", "1"}}, {}});
        });
    std::string error;
    QVERIFY2(server.start(&error), error.c_str());

    constexpr int clients = 8;
    constexpr int requestsEach = 50;
    std::atomic<int> answered{0};
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            HttpClient client(server.port());
            if (!client.connect())
                return;
            for (int r = 0; r < requestsEach; ++r) {
                const std::string body = std::to_string(c) + "/" + std::to_string(r);
                const auto reply = client.exchange(post("/work", body));
                if (!reply || reply->result_int() != 200 || reply->body() != body)
                    return;
                ++answered;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(answered.load(), clients * requestsEach);
    QVERIFY(server.waitForLog(clients * requestsEach, 5s));
    pool.shutdown();
}

void TestHttpServer::cutsOffSlowClient_data()
{
    QTest::addColumn<bool>("afterKeepAlive");
    QTest::newRow("first request") << false;
    // Waiting for the next request is idle time; once its first byte came, the deadline rules.
    QTest::newRow("after a keep-alive request") << true;
}

void TestHttpServer::cutsOffSlowClient()
{
    QFETCH(bool, afterKeepAlive);
    ParkingLot lot;
    server::HttpLimits limits = smallLimits();
    limits.idleTimeout = 30s;
    TestServer server(limits, testHandler(lot));
    std::string error;
    QVERIFY2(server.start(&error), error.c_str());

    HttpClient client(server.port());
    QVERIFY(client.connect());
    if (afterKeepAlive)
        QVERIFY(client.exchange(get("/echo")));
    const std::string request = post("/echo", std::string(100, 'x'));
    http::response_parser<http::string_body> parser;
    bool finished = false;
    beast::error_code readError;
    parser.body_limit(boost::none);
    beast::get_lowest_layer(client.stream()).expires_after(10s);
    http::async_read(client.stream(), client.buffer(), parser,
                     [&](beast::error_code e, std::size_t) {
                         finished = true;
                         readError = e;
                     });
    const Clock::time_point start = Clock::now();
    // One byte every 200 ms: the request would need 30 s, the deadline is 1 s.
    for (std::size_t sent = 0;
         sent < request.size() && !finished && millisecondsSince(start) < 5000; ++sent) {
        net::async_write(client.stream(), net::buffer(&request[sent], 1),
                         [](beast::error_code, std::size_t) {});
        client.context().restart();
        client.context().run_for(200ms);
    }
    const long long elapsed = millisecondsSince(start);
    QVERIFY2(finished, "the server let a trickling client go on");
    QVERIFY2(elapsed < 2500, qPrintable(QStringLiteral("cut off after %1 ms").arg(elapsed)));
    QVERIFY2(!readError, readError.message().c_str());
    VERIFY_API_ERROR(parser.release(), 408);
    QVERIFY(client.waitForClose(5s));
}

void TestHttpServer::closesIdleConnection()
{
    ParkingLot lot;
    TestServer server(smallLimits(), testHandler(lot));
    std::string error;
    QVERIFY2(server.start(&error), error.c_str());

    HttpClient client(server.port());
    QVERIFY(client.connect());
    const auto reply = client.exchange(get("/echo"));
    QVERIFY(reply);
    QVERIFY(reply->keep_alive());
    const Clock::time_point start = Clock::now();
    std::size_t received = 0;
    QVERIFY(client.waitForClose(10s, &received));
    QVERIFY2(millisecondsSince(start) >= 250,
             qPrintable(QStringLiteral("closed after %1 ms").arg(millisecondsSince(start))));
    QCOMPARE(received, std::size_t(0));
    QTRY_COMPARE(server.server().connectionCount(), std::size_t(0));
}

void TestHttpServer::sendsContinueBeforeTheBody()
{
    ParkingLot lot;
    TestServer server(smallLimits(), testHandler(lot));
    std::string error;
    QVERIFY2(server.start(&error), error.c_str());

    HttpClient client(server.port());
    QVERIFY(client.connect());
    const auto interim = client.exchange("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
                                         "Expect: 100-continue\r\n\r\n");
    QVERIFY(interim);
    QCOMPARE(interim->result_int(), 100u);
    const auto reply = client.exchange("hello");
    QVERIFY(reply);
    QCOMPARE(reply->result_int(), 200u);
    QCOMPARE(reply->body(), std::string("hello"));
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"

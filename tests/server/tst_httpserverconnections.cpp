// Boost before Qt: Qt's keyword macros must not meet Asio's headers.
#include "httptestsupport.h"
#include "selfsignedcertificate.h"

#include <QTemporaryDir>

#include <csignal>

using namespace stockroom;
using namespace stockroom::test;

/**
 * The life of HttpServer connections: answers given later or never, the connection limit,
 * graceful stop (also on SIGTERM), and HTTPS.
 */
class TestHttpServerConnections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersLaterFromAnotherThread();
    void responderAfterDisconnectIsHarmless();
    void unansweredOrFailingHandlerGives500_data();
    void unansweredOrFailingHandlerGives500();
    void refusesConnectionsBeyondTheLimit();
    void stopAnswersParkedRequestAndReturns();
    void stopClosesWhatIsNotAnsweredInTime();
    void stopsOnSigterm();
    void servesHttps();
    void refusesBrokenTlsFiles();
};

void TestHttpServerConnections::answersLaterFromAnotherThread()
{
    ParkingLot lot;
    TestServer server(smallLimits(), testHandler(lot));
    std::string error;
    QVERIFY2(server.start(&error), error.c_str());

    HttpClient client(server.port());
    QVERIFY(client.connect());
    QVERIFY(client.send(get("/later")));
    QVERIFY(lot.waitFor(1, 5s));
    // Parked well past the request deadline: a parked request is not a slow client.
    std::this_thread::sleep_for(1200ms);
    server::Responder respond = lot.take();
    std::thread answering([respond] {
        server::HttpResponse response;
        response.body = R"({"late":true})";
        respond(response);
        respond(server::HttpResponse{500, "second answer", "text/plain", {}, {}});
    });
    answering.join();
    const auto reply = client.read();
    QVERIFY2(reply, client.error().message().c_str());
    QCOMPARE(reply->result_int(), 200u);
    QCOMPARE(reply->body(), std::string(R"({"late":true})"));
    // The same connection serves the next request.
    const auto next = client.exchange(get("/echo"));
    QVERIFY(next);
    QCOMPARE(next->result_int(), 200u);
}

void TestHttpServerConnections::responderAfterDisconnectIsHarmless()
{
    ParkingLot lot;
    TestServer server(smallLimits(), testHandler(lot));
    std::string error;
    QVERIFY2(server.start(&error), error.c_str());

    {
        HttpClient client(server.port());
        QVERIFY(client.connect());
        QVERIFY(client.send(get("/later")));
        QVERIFY(lot.waitFor(1, 5s));
        client.close();
    }
    lot.take()(server::HttpResponse{});
    QVERIFY(server.waitForLog(1, 5s));
    QTRY_COMPARE(server.server().connectionCount(), std::size_t(0));

    HttpClient next(server.port());
    QVERIFY(next.connect());
    const auto reply = next.exchange(get("/echo"));
    QVERIFY(reply);
    QCOMPARE(reply->result_int(), 200u);
}

void TestHttpServerConnections::unansweredOrFailingHandlerGives500_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::newRow("responder dropped") << QByteArray("/drop");
    QTest::newRow("handler threw") << QByteArray("/throw");
}

void TestHttpServerConnections::unansweredOrFailingHandlerGives500()
{
    QFETCH(QByteArray, target);
    ParkingLot lot;
    TestServer server(smallLimits(), testHandler(lot));
    std::string error;
    QVERIFY2(server.start(&error), error.c_str());

    HttpClient client(server.port());
    QVERIFY(client.connect());
    VERIFY_API_ERROR(client.exchange(get(target.toStdString())), 500);
}

void TestHttpServerConnections::refusesConnectionsBeyondTheLimit()
{
    ParkingLot lot;
    server::HttpLimits limits = smallLimits();
    limits.idleTimeout = 30s;
    limits.maxConnections = 2;
    limits.retryAfterSeconds = 7;
    TestServer server(limits, testHandler(lot));
    std::string error;
    QVERIFY2(server.start(&error), error.c_str());

    HttpClient first(server.port());
    HttpClient second(server.port());
    for (HttpClient *client : {&first, &second}) {
        QVERIFY(client->connect());
        const auto reply = client->exchange(get("/echo"));
        QVERIFY(reply);
        QCOMPARE(reply->result_int(), 200u);
    }
    HttpClient third(server.port());
    QVERIFY(third.connect());
    const auto refused = third.exchange(get("/echo"));
    VERIFY_API_ERROR(refused, 503);
    QCOMPARE(field(*refused, "Retry-After"), std::string("7"));
    QVERIFY(third.waitForClose(5s));

    first.close();
    QTRY_COMPARE(server.server().connectionCount(), std::size_t(1));
    HttpClient fourth(server.port());
    QVERIFY(fourth.connect());
    const auto served = fourth.exchange(get("/echo"));
    QVERIFY(served);
    QCOMPARE(served->result_int(), 200u);
}

void TestHttpServerConnections::stopAnswersParkedRequestAndReturns()
{
    ParkingLot lot;
    TestServer server(smallLimits(), testHandler(lot));
    server.server().onStopping([&lot] {
        server::HttpResponse response;
        response.status = 503;
        response.body = R"({"error":{"status":503,"code":"stopping","message":"bye"}})";
        lot.answerAll(response);
    });
    std::string error;
    QVERIFY2(server.start(&error), error.c_str());

    HttpClient idle(server.port());
    QVERIFY(idle.connect());
    QVERIFY(idle.exchange(get("/echo")));
    HttpClient parked(server.port());
    QVERIFY(parked.connect());
    QVERIFY(parked.send(get("/later")));
    QVERIFY(lot.waitFor(1, 5s));

    server.server().stop(10s);
    QVERIFY(server.server().isStopping());
    const auto reply = parked.read();
    VERIFY_API_ERROR(reply, 503);
    QVERIFY(!reply->keep_alive());
    QVERIFY(idle.waitForClose(5s));
    parked.close();
    QVERIFY2(server.waitFinished(5s), "run() did not return after stop()");

    HttpClient late(server.port());
    QVERIFY(!late.connect(2s));
}

void TestHttpServerConnections::stopClosesWhatIsNotAnsweredInTime()
{
    ParkingLot lot;
    TestServer server(smallLimits(), testHandler(lot));
    std::string error;
    QVERIFY2(server.start(&error), error.c_str());

    HttpClient parked(server.port());
    QVERIFY(parked.connect());
    QVERIFY(parked.send(get("/later")));
    QVERIFY(lot.waitFor(1, 5s));
    const Clock::time_point start = Clock::now();
    server.server().stop(300ms);
    QVERIFY(parked.waitForClose(5s));
    QVERIFY2(server.waitFinished(5s), "run() did not return after the grace period");
    QVERIFY(millisecondsSince(start) >= 250);
    // Answering after the end is a no-op.
    lot.take()(server::HttpResponse{});
}

void TestHttpServerConnections::stopsOnSigterm()
{
    ParkingLot lot;
    TestServer server(smallLimits(), testHandler(lot));
    server.server().stopOnSignals(1s);
    std::string error;
    QVERIFY2(server.start(&error), error.c_str());

    HttpClient client(server.port());
    QVERIFY(client.connect());
    QVERIFY(client.exchange(get("/echo")));
    QCOMPARE(std::raise(SIGTERM), 0);
    QVERIFY2(server.waitFinished(5s), "SIGTERM did not stop the server");
    QVERIFY(server.server().isStopping());
}

void TestHttpServerConnections::servesHttps()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string certFile = dir.filePath(QStringLiteral("cert.pem")).toStdString();
    const std::string keyFile = dir.filePath(QStringLiteral("key.pem")).toStdString();
    QVERIFY(writeSelfSignedCertificate(certFile, keyFile));

    ParkingLot lot;
    TestServer server(smallLimits(), testHandler(lot));
    std::string error;
    QVERIFY2(server.server().enableTls(certFile, keyFile, &error), error.c_str());
    QVERIFY(server.server().tlsEnabled());
    QVERIFY2(server.start(&error), error.c_str());

    net::ssl::context tls(net::ssl::context::tls_client);
    tls.load_verify_file(certFile);
    tls.set_verify_mode(net::ssl::verify_peer);
    HttpsClient client(server.port(), &tls);
    client.stream().set_verify_callback(net::ssl::host_name_verification("localhost"));
    QVERIFY2(client.connect(), client.error().message().c_str());
    for (const char *body : {"first", "second"}) {
        const auto reply = client.exchange(post("/echo?over=tls", body));
        QVERIFY2(reply, client.error().message().c_str());
        QCOMPARE(reply->result_int(), 200u);
        QCOMPARE(reply->body(), std::string(body));
        QCOMPARE(field(*reply, "X-Query"), std::string("over=tls;"));
    }
    VERIFY_API_ERROR(client.exchange(get("/echo", "X-Filler: " + std::string(17000, 'a') + "\r\n")),
                     431);

    // Plain HTTP on the TLS port is closed, and the server carries on.
    HttpClient plain(server.port());
    QVERIFY(plain.connect());
    QVERIFY(!plain.exchange(get("/echo"), 5s));
    HttpsClient again(server.port(), &tls);
    QVERIFY2(again.connect(), again.error().message().c_str());
    QVERIFY(again.exchange(get("/echo")));
}

void TestHttpServerConnections::refusesBrokenTlsFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string certFile = dir.filePath(QStringLiteral("cert.pem")).toStdString();
    const std::string keyFile = dir.filePath(QStringLiteral("key.pem")).toStdString();
    const std::string otherCert = dir.filePath(QStringLiteral("other.pem")).toStdString();
    const std::string otherKey = dir.filePath(QStringLiteral("other-key.pem")).toStdString();
    QVERIFY(writeSelfSignedCertificate(certFile, keyFile));
    QVERIFY(writeSelfSignedCertificate(otherCert, otherKey));

    ParkingLot lot;
    server::HttpServer server(smallLimits(), testHandler(lot), {});
    std::string error;
    QVERIFY(!server.enableTls(dir.filePath(QStringLiteral("missing.pem")).toStdString(), keyFile,
                              &error));
    QVERIFY(error.find("missing.pem") != std::string::npos);
    QVERIFY(!server.enableTls(certFile, otherKey, &error));
    QVERIFY2(error.find("other-key.pem") != std::string::npos, error.c_str());
    QVERIFY(!server.tlsEnabled());
    QVERIFY2(server.enableTls(certFile, keyFile, &error), error.c_str());
}

QTEST_GUILESS_MAIN(TestHttpServerConnections)
#include "tst_httpserverconnections.moc"

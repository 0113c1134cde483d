#include "apiclient.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace stockroom::sync;

/** The requests ApiClient sends, as a plain HTTP listener on 127.0.0.1 receives them. */
class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestPathJoinsServerAndPath_data();
    void requestPathJoinsServerAndPath();
    void bodyAndTokenArriveWhole();
};

namespace {

/**
 * Answers the first request it receives with 200 {"ok":true}, from the event loop: the client
 * thread's event loop must keep running, since it hands a request's body to Qt's HTTP thread.
 */
class OneShotServer : public QObject
{
public:
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    bool done() const { return m_done; }
    QByteArray head() const { return m_data.left(m_headEnd); }
    QByteArray body() const { return m_data.mid(m_headEnd + 4); }

    OneShotServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        });
    }

private:
    void read(QTcpSocket *socket)
    {
        m_data += socket->readAll();
        if (m_headEnd < 0 && (m_headEnd = m_data.indexOf("\r\n\r\n")) >= 0) {
            for (const QByteArray &line : m_data.left(m_headEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    m_length = line.mid(15).trimmed().toLongLong();
            }
        }
        if (m_done || m_headEnd < 0 || m_data.size() < m_headEnd + 4 + m_length)
            return;
        m_done = true;
        const QByteArray answer = "{\"ok\":true}";
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(answer.size()) + "\r\nConnection: close\r\n\r\n"
                      + answer);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QByteArray m_data;
    qsizetype m_headEnd = -1;
    qsizetype m_length = 0;
    bool m_done = false;
};

} // namespace

void TestApiClient::requestPathJoinsServerAndPath_data()
{
    QTest::addColumn<QString>("serverPath");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("requestLine");
    QTest::newRow("no path") << QString() << QStringLiteral("/api/v1/health")
                             << QByteArray("GET /api/v1/health HTTP/1.1");
    QTest::newRow("root") << QStringLiteral("/") << QStringLiteral("/api/v1/health")
                          << QByteArray("GET /api/v1/health HTTP/1.1");
    QTest::newRow("prefix") << QStringLiteral("/ims") << QStringLiteral("/api/v1/feed?after=3")
                            << QByteArray("GET /ims/api/v1/feed?after=3 HTTP/1.1");
    QTest::newRow("prefix with slash")
        << QStringLiteral("/ims/") << QStringLiteral("/api/v1/feed?after=3&wait=0")
        << QByteArray("GET /ims/api/v1/feed?after=3&wait=0 HTTP/1.1");
}

void TestApiClient::requestPathJoinsServerAndPath()
{
    QFETCH(QString, serverPath);
    QFETCH(QString, path);
    QFETCH(QByteArray, requestLine);
    OneShotServer server;
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    ApiClient client(&network);
    QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    url.setPath(serverPath);
    client.setServer(url);

    std::optional<ApiReply> reply;
    client.send("GET", path, {}, [&reply](const ApiReply &r) { reply = r; });
    QTRY_VERIFY(reply.has_value());
    QVERIFY(server.done());
    QCOMPARE(server.head().left(server.head().indexOf("\r\n")), requestLine);
    QCOMPARE(reply->status, 200);
    QCOMPARE(reply->body, QByteArray("{\"ok\":true}"));
}

// A push body is several of QNetworkAccessManager's 16 KiB upload pieces; all of it arrives, with
// the bearer token, and uploadProgress reports it all sent.
void TestApiClient::bodyAndTokenArriveWhole()
{
    OneShotServer server;
    QVERIFY(server.listen());
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setServer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())));
    client.setToken(QStringLiteral("secret-token"));
    QByteArray body;
    for (int i = 0; body.size() < 150 * 1024; ++i)
        body += "{\"n\":" + QByteArray::number(i) + "},";

    std::optional<ApiReply> reply;
    QNetworkReply *pending = client.send("POST", QStringLiteral("/api/v1/push"), body,
                                         [&reply](const ApiReply &r) { reply = r; });
    QSignalSpy uploaded(pending, &QNetworkReply::uploadProgress);
    QTRY_VERIFY(reply.has_value());
    QCOMPARE(reply->status, 200);
    QVERIFY(server.done());
    QVERIFY2(server.head().startsWith("POST /api/v1/push HTTP/1.1"), server.head().constData());
    QVERIFY2(server.head().contains("\r\nAuthorization: Bearer secret-token"),
             server.head().constData());
    QCOMPARE(server.body().size(), body.size());
    QCOMPARE(server.body(), body);
    // The push round waits for this report (SyncEngine::PushRound); Qt adds a (0, 0) at the end.
    QList<std::pair<qint64, qint64>> reports;
    for (const QList<QVariant> &report : std::as_const(uploaded))
        reports.append({report.at(0).toLongLong(), report.at(1).toLongLong()});
    const std::pair<qint64, qint64> whole{body.size(), body.size()};
    QVERIFY2(reports.contains(whole), qPrintable(QStringLiteral("%1 upload reports, none %2 of %2")
                                                     .arg(reports.size())
                                                     .arg(body.size())));
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"

#include "chaosproxy.h"

#include "httpmessagereader.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QPointer>
#include <QQueue>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

namespace stockroom::chaos {

namespace {

enum class Fault { Pass, DropRequest, DropResponse, TruncateResponse, Duplicate, Delay };

const char *faultName(Fault fault)
{
    switch (fault) {
    case Fault::Pass:
        return "pass";
    case Fault::DropRequest:
        return "drop-request";
    case Fault::DropResponse:
        return "drop-response";
    case Fault::TruncateResponse:
        return "truncate-response";
    case Fault::Duplicate:
        return "duplicate";
    case Fault::Delay:
        return "delay";
    }
    return "?";
}

// No request stockroomd answers takes longer than a long-poll (60 s at most) plus slack.
constexpr int upstreamTimeoutMs = 90000;

} // namespace

QString FaultRates::describe() const
{
    return QStringLiteral("drop request %1‰, drop response %2‰, truncate %3‰, duplicate %4‰, "
                          "delay %5‰")
        .arg(dropRequest)
        .arg(dropResponse)
        .arg(truncateResponse)
        .arg(duplicate)
        .arg(delay);
}

QString ProxyStats::describe() const
{
    return QStringLiteral("%1 requests: %2 passed, %3 dropped, %4 responses dropped, %5 "
                          "truncated, %6 duplicated, %7 delayed, %8 found no server")
        .arg(counts[Requests])
        .arg(counts[Passed])
        .arg(counts[DroppedRequests])
        .arg(counts[DroppedResponses])
        .arg(counts[TruncatedResponses])
        .arg(counts[Duplicated])
        .arg(counts[Delayed])
        .arg(counts[UpstreamFailures]);
}

/** The proxy's state on its own thread: the listener, the random draws, the log. */
class ProxyCore : public QObject
{
public:
    using Done = std::function<void(std::optional<HttpMessage>)>;

    explicit ProxyCore(ChaosProxy &owner)
        : m_owner(owner)
        , m_random(owner.m_seed)
        , m_log(owner.m_logFile)
    {
        m_clock.start();
        if (!m_log.fileName().isEmpty())
            m_log.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
    }

    bool listen(QString *error);
    quint16 port() const { return m_listener.serverPort(); }

    Fault decide(const HttpMessage &request);
    int randomBetween(int low, int high) { return int(m_random.bounded(low, high + 1)); }
    void count(ProxyStats::Counter counter) { ++m_owner.m_counts[counter]; }
    void log(int session, const HttpMessage &request, const QString &what);

    /**
     * Sends request to stockroomd on a new connection owned by context (gone with it) and calls
     * done with the complete response, or nothing when there was none.
     */
    void forward(const HttpMessage &request, QObject *context, Done done);
    /** The duplicate of a request: sent after delayMs whatever became of the client. */
    void replay(const HttpMessage &request, int delayMs, int session);

private:
    ChaosProxy &m_owner;
    QTcpServer m_listener;
    QRandomGenerator m_random;
    QFile m_log;
    int m_sessions = 0;
    /** Recently broken requests by their bytes, with the fault and until when it sticks. */
    QHash<QByteArray, std::pair<Fault, qint64>> m_recent;
    QElapsedTimer m_clock;
};

/** One client connection: its requests in order, each forwarded (or broken) in turn. */
class Session : public QObject
{
public:
    Session(ProxyCore &core, QTcpSocket *client, int number)
        : m_core(core)
        , m_client(client)
        , m_number(number)
    {
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, this, &Session::readRequests);
        connect(client, &QTcpSocket::disconnected, this, [this] { close(); });
    }

private:
    void readRequests()
    {
        m_requests.append(m_client->readAll());
        while (auto request = m_requests.take())
            m_queue.enqueue(*request);
        if (m_requests.failed())
            return close();
        next();
    }

    void next()
    {
        if (m_busy || m_closed || m_queue.isEmpty())
            return;
        m_busy = true;
        const HttpMessage request = m_queue.dequeue();
        m_core.count(ProxyStats::Requests);
        const Fault fault = m_core.decide(request);
        m_core.log(m_number, request, QString::fromLatin1(faultName(fault)));
        switch (fault) {
        case Fault::Pass:
            m_core.count(ProxyStats::Passed);
            return pass(request, 0);
        case Fault::DropRequest:
            m_core.count(ProxyStats::DroppedRequests);
            return close(m_core.randomBetween(0, 1) == 1);
        case Fault::DropResponse:
            m_core.count(ProxyStats::DroppedResponses);
            return m_core.forward(request, this, [this](const std::optional<HttpMessage> &) {
                close(m_core.randomBetween(0, 1) == 1);
            });
        case Fault::TruncateResponse:
            m_core.count(ProxyStats::TruncatedResponses);
            return m_core.forward(request, this, [this](const std::optional<HttpMessage> &r) {
                if (r && !m_closed)
                    m_client->write(r->raw.left(m_core.randomBetween(0, int(r->raw.size()) - 1)));
                close(true);
            });
        case Fault::Duplicate:
            m_core.count(ProxyStats::Duplicated);
            // Half the copies race the original; the others come back as stale replays after
            // the client has moved on (retried, pulled, pushed more).
            m_core.replay(request, m_core.randomBetween(0, 1) ? 0 : m_core.randomBetween(200, 3000),
                          m_number);
            return pass(request, 0);
        case Fault::Delay:
            m_core.count(ProxyStats::Delayed);
            if (m_core.randomBetween(0, 1))
                return pass(request, m_core.randomBetween(20, 700));
            QTimer::singleShot(m_core.randomBetween(20, 700), this,
                               [this, request] { pass(request, 0); });
            return;
        }
    }

    // Forwards the request and relays the response, holding it back for delayMs.
    void pass(const HttpMessage &request, int delayMs)
    {
        m_core.forward(request, this, [this, request, delayMs](std::optional<HttpMessage> r) {
            if (m_closed)
                return;
            if (!r) {
                m_core.count(ProxyStats::UpstreamFailures);
                return close(); // as if the server had died under the client
            }
            const auto relay = [this, request, response = *r] {
                if (m_closed)
                    return;
                m_client->write(response.raw);
                if (response.closeAfter || request.closeAfter)
                    return close(true);
                m_busy = false;
                next();
            };
            if (delayMs > 0)
                QTimer::singleShot(delayMs, this, relay);
            else
                relay();
        });
    }

    // Ends the client connection: gracefully (FIN, after what was written) or with a reset.
    // The session goes with it, and so does any exchange still waiting upstream.
    void close(bool graceful = false)
    {
        if (m_closed)
            return;
        m_closed = true;
        if (graceful && m_client->state() == QAbstractSocket::ConnectedState) {
            m_client->disconnectFromHost();
            if (m_client->state() == QAbstractSocket::ClosingState) {
                connect(m_client, &QTcpSocket::disconnected, this, &QObject::deleteLater);
                QTimer::singleShot(10000, this, &QObject::deleteLater);
                return;
            }
        }
        m_client->abort();
        deleteLater();
    }

    ProxyCore &m_core;
    QTcpSocket *m_client;
    int m_number;
    HttpMessageReader m_requests{HttpMessageReader::Kind::Request};
    QQueue<HttpMessage> m_queue;
    bool m_busy = false;
    bool m_closed = false;
};

bool ProxyCore::listen(QString *error)
{
    connect(&m_listener, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_listener.nextPendingConnection())
            new Session(*this, client, ++m_sessions);
    });
    if (!m_listener.listen(QHostAddress::LocalHost, 0)) {
        *error = m_listener.errorString();
        return false;
    }
    return true;
}

Fault ProxyCore::decide(const HttpMessage &request)
{
    if (!m_owner.m_chaos)
        return Fault::Pass;
    // Qt's network stack silently resends a request whose connection closed before an answer.
    // A fault usually sticks to those resends, so the sync engine itself sees the failure
    // (and its own retry path runs), not only the server a duplicate.
    const QByteArray key = QCryptographicHash::hash(request.raw, QCryptographicHash::Sha1);
    const qint64 now = m_clock.elapsed();
    if (const auto it = m_recent.constFind(key); it != m_recent.constEnd() && it->second >= now) {
        if (randomBetween(0, 99) < 75)
            return it->first;
    }
    // Pushes and feed pages are where the sync engine can lose or double something: they get
    // three and two times the rates.
    const QByteArray target = request.target();
    const int weight = target.startsWith("/api/v1/push")   ? 3
                       : target.startsWith("/api/v1/feed") ? 2
                                                           : 1;
    const FaultRates &r = m_owner.m_rates;
    int draw = randomBetween(0, 999) / weight;
    Fault fault = Fault::Pass;
    for (const auto &[rate, candidate] :
         {std::pair{r.dropRequest, Fault::DropRequest},
          std::pair{r.dropResponse, Fault::DropResponse},
          std::pair{r.truncateResponse, Fault::TruncateResponse},
          std::pair{r.duplicate, Fault::Duplicate}, std::pair{r.delay, Fault::Delay}}) {
        if (draw < rate) {
            fault = candidate;
            break;
        }
        draw -= rate;
    }
    if (fault == Fault::DropRequest || fault == Fault::DropResponse
        || fault == Fault::TruncateResponse) {
        if (m_recent.size() > 1000)
            m_recent.clear();
        m_recent.insert(key, {fault, now + 3000});
    }
    return fault;
}

void ProxyCore::log(int session, const HttpMessage &request, const QString &what)
{
    if (!m_log.isOpen())
        return;
    m_log.write(QStringLiteral("%1 #%2 %3 %4\n")
                    .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
                    .arg(session)
                    .arg(QString::fromLatin1(request.startLine.left(120)), what)
                    .toUtf8());
    m_log.flush();
}

void ProxyCore::forward(const HttpMessage &request, QObject *context, Done done)
{
    auto *upstream = new QTcpSocket(context);
    auto *timeout = new QTimer(upstream);
    auto response = std::make_shared<HttpMessageReader>(HttpMessageReader::Kind::Response);
    auto finished = std::make_shared<bool>(false);
    const auto complete = [upstream, finished, done](std::optional<HttpMessage> r) {
        if (*finished)
            return;
        *finished = true;
        upstream->disconnect();
        upstream->abort();
        upstream->deleteLater();
        done(std::move(r));
    };
    connect(upstream, &QTcpSocket::connected, upstream,
            [upstream, raw = request.raw] { upstream->write(raw); });
    connect(upstream, &QTcpSocket::readyRead, upstream, [upstream, response, complete] {
        response->append(upstream->readAll());
        if (auto r = response->take())
            return complete(std::move(r));
        if (response->failed())
            complete(std::nullopt);
    });
    const auto closed = [upstream, response, complete] {
        if (upstream->isOpen())
            response->append(upstream->readAll());
        complete(response->takeAtClose());
    };
    connect(upstream, &QTcpSocket::disconnected, upstream, closed);
    connect(upstream, &QTcpSocket::errorOccurred, upstream, closed);
    connect(timeout, &QTimer::timeout, upstream, [complete] { complete(std::nullopt); });
    timeout->start(upstreamTimeoutMs);
    const quint16 port = m_owner.m_upstreamPort;
    if (port == 0) {
        QTimer::singleShot(0, upstream, [complete] { complete(std::nullopt); });
        return;
    }
    upstream->connectToHost(QHostAddress::LocalHost, port);
}

void ProxyCore::replay(const HttpMessage &request, int delayMs, int session)
{
    QTimer::singleShot(delayMs, this, [this, request, session] {
        log(session, request, QStringLiteral("replayed"));
        forward(request, this, [](const std::optional<HttpMessage> &) {});
    });
}

ChaosProxy::ChaosProxy(quint64 seed, FaultRates rates, QString logFile)
    : m_seed(seed)
    , m_rates(rates)
    , m_logFile(std::move(logFile))
{}

ChaosProxy::~ChaosProxy()
{
    if (!m_anchor)
        return;
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            delete m_core;
            m_core = nullptr;
            delete m_anchor;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool ChaosProxy::start(QString *error)
{
    m_thread.setObjectName(QStringLiteral("chaos-proxy"));
    m_thread.start();
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    bool ok = false;
    QMetaObject::invokeMethod(
        m_anchor,
        [this, error, &ok] {
            m_core = new ProxyCore(*this);
            ok = m_core->listen(error);
            m_port = m_core->port();
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

ProxyStats ChaosProxy::stats() const
{
    ProxyStats stats;
    for (int i = 0; i < ProxyStats::Count; ++i)
        stats.counts[i] = m_counts[i];
    return stats;
}

} // namespace stockroom::chaos

#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <array>
#include <atomic>
#include <memory>

namespace stockroom::chaos {

/**
 * How often the proxy breaks a request, in per mille of the requests it sees; pushes get three
 * times, feed requests twice these rates.
 */
struct FaultRates
{
    int dropRequest = 0;      ///< close the client connection without forwarding
    int dropResponse = 0;     ///< forward, let the server commit, close before answering
    int truncateResponse = 0; ///< forward, answer with only part of the response, close
    int duplicate = 0;        ///< forward twice: the copy at once or seconds later (stale replay)
    int delay = 0;            ///< hold the request or its response for up to 700 ms

    QString describe() const;
};

/** What happened to the requests the proxy saw, by fault. */
struct ProxyStats
{
    enum Counter {
        Requests,
        Passed,
        DroppedRequests,
        DroppedResponses,
        TruncatedResponses,
        Duplicated,
        Delayed,
        UpstreamFailures,
        Count
    };
    std::array<qint64, Count> counts{};

    QString describe() const;
};

class ProxyCore;

/**
 * A fault-injecting HTTP/1.1 proxy on 127.0.0.1 between stockroom-cli clients and stockroomd:
 * it reads each request (Content-Length or chunked), forwards it on a fresh connection to the
 * server's current port and relays the response — or, while chaos is on and a seeded random
 * draw says so, drops the request, drops or truncates the response after the server committed,
 * sends the request twice (the copy possibly seconds later, after the client's retry), or
 * delays it. It runs on its own thread, so the test may block on child processes meanwhile.
 */
class ChaosProxy
{
public:
    ChaosProxy(quint64 seed, FaultRates rates, QString logFile);
    ~ChaosProxy();
    ChaosProxy(const ChaosProxy &) = delete;
    ChaosProxy &operator=(const ChaosProxy &) = delete;

    /** Listens on 127.0.0.1 at a free port. */
    bool start(QString *error);
    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    /** Where stockroomd listens now (0: nowhere; requests then fail like a dead server). */
    void setUpstreamPort(quint16 port) { m_upstreamPort = port; }
    /** Faults on or off; off, every request passes unchanged. */
    void setChaos(bool on) { m_chaos = on; }
    ProxyStats stats() const;

private:
    friend class ProxyCore;

    quint64 m_seed;
    FaultRates m_rates;
    QString m_logFile;
    quint16 m_port = 0;
    std::atomic<quint16> m_upstreamPort = 0;
    std::atomic<bool> m_chaos = false;
    std::array<std::atomic<qint64>, ProxyStats::Count> m_counts{};
    QThread m_thread;
    QObject *m_anchor = nullptr; ///< lives on m_thread; work is posted to it
    ProxyCore *m_core = nullptr; ///< created, used and deleted on m_thread
};

} // namespace stockroom::chaos

#pragma once

#include <QProcess>
#include <QString>

namespace stockroom::bench {

/** What the server's request log says about one kind of request: how many, and their time. */
struct LoggedRequests
{
    int count = 0;
    double ms = 0; ///< the sum of the milliseconds the server logged for each
};

/** `stockroomd serve` as a child process on 127.0.0.1 at a free port; killed if left running. */
class ServerProcess
{
public:
    ServerProcess(const QString &databaseUrl, const QString &logPath);
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    const QString &baseUrl() const { return m_baseUrl; }
    quint16 port() const { return m_port; }

    /** The high-water mark of the resident set (VmHWM), read while the server still runs. */
    double peakRssMb() const;
    /** CPU time (user + system) the server has used so far, in milliseconds. */
    double cpuMs() const;
    /**
     * Connections the server has accepted and still holds open (from /proc/net/tcp: local port
     * is the server's, state 01 is ESTABLISHED).
     */
    int establishedConnections() const;
    /** SIGTERM, as an operator or systemd stops it; it must finish its requests and exit 0. */
    void stop();
    QString logTail() const;
    /**
     * The requests logged so far whose method and path are request, e.g. "POST /api/v1/push",
     * made by user (any user when empty).
     */
    LoggedRequests loggedRequests(const QString &request, const QString &user = {}) const;

private:
    QProcess m_process;
    QString m_logPath;
    QString m_baseUrl;
    quint16 m_port = 0;
};

} // namespace stockroom::bench

#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace stockroom::sync {

/** One answer of the central IMS: HTTP status (0 when it never answered) and body. */
struct ApiReply
{
    int status = 0;
    QByteArray body;
    QString networkError; ///< set when there was no HTTP answer (refused, timed out, TLS …)

    bool ok() const { return status >= 200 && status < 300; }
    /** A readable one-line description of a failed reply. */
    QString describe() const;
};

/** A value for a request's query string, percent-encoded. */
QString percentEncoded(const QString &text);

/**
 * The thin HTTP side of the sync engine: sends JSON requests with the bearer token to
 * /api/v1 on the injected QNetworkAccessManager and calls back with the reply. TLS problems
 * are reported, never ignored.
 */
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiReply &)>;

    ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setServer(const QUrl &server) { m_server = server; }
    QUrl server() const { return m_server; }
    void setToken(const QString &token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }

    /** path relative to the server, e.g. "/api/v1/feed?after=3"; timeoutMs 0 = default. */
    QNetworkReply *send(const QByteArray &method, const QString &path, const QByteArray &body,
                        Callback callback, int timeoutMs = 0);
    /** Aborts every request in flight (their callbacks see a network error). */
    void abortAll();

private:
    QNetworkAccessManager *m_network;
    QUrl m_server;
    QString m_token;
    QList<QPointer<QNetworkReply>> m_inFlight;
};

} // namespace stockroom::sync

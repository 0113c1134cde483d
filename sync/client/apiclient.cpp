#include "apiclient.h"

#include "apierror.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>

namespace stockroom::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::sync::ApiClient", text);
}

} // namespace

QString percentEncoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString ApiReply::describe() const
{
    if (status == 0)
        return networkError.isEmpty() ? tr("no answer from the server") : networkError;
    protocol::DecodeError ignored;
    if (const auto error = protocol::decodeApiError(body, &ignored))
        return tr("HTTP %1: %2").arg(status).arg(error->message);
    return tr("HTTP %1").arg(status);
}

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

QNetworkReply *ApiClient::send(const QByteArray &method, const QString &path,
                               const QByteArray &body, Callback callback, int timeoutMs)
{
    QUrl url = m_server;
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + (question < 0 ? path : path.left(question)));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(timeoutMs > 0 ? timeoutMs : 30000);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    // With a body (even an empty one) QNetworkReplyHttpImpl starts the request from a queued
    // call, so it would leave only when this thread next returns to its event loop: after the
    // caller's work, which the engine means to overlap with central's (the snapshot page or
    // push batch asked for before the current one is applied). Started now, it goes at once.
    QCoreApplication::sendPostedEvents(reply, QEvent::MetaCall);
    m_inFlight.append(reply);
    connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        // Never ignored: the request fails and the reason is shown to the user.
        QStringList reasons;
        for (const QSslError &error : errors)
            reasons.append(error.errorString());
        reply->setProperty("stockroomTlsProblem", reasons.join(QStringLiteral("; ")));
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, callback] {
        m_inFlight.removeAll(reply);
        ApiReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen()) // an aborted reply (a long-poll cut short) is closed already
            result.body = reply->readAll();
        if (result.status == 0) {
            const QString tls = reply->property("stockroomTlsProblem").toString();
            result.networkError
                = tls.isEmpty() ? reply->errorString()
                                : tr("the server's TLS certificate is not trusted: %1").arg(tls);
        }
        reply->deleteLater();
        callback(result);
    });
    return reply;
}

void ApiClient::abortAll()
{
    const auto inFlight = m_inFlight;
    for (const QPointer<QNetworkReply> &reply : inFlight) {
        if (reply)
            reply->abort();
    }
}

} // namespace stockroom::sync

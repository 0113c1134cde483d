#include "centralreader.h"

#include "health.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QTimer>

namespace stockroom::chaos {

namespace {

constexpr int pageSize = 5000;

} // namespace

CentralReader::Reply CentralReader::send(const QByteArray &method, const QString &path,
                                         const QByteArray &body)
{
    QNetworkRequest request(QUrl(m_server + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(60000);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    if (result.status < 200 || result.status >= 300)
        result.error = QStringLiteral("%1 %2: HTTP %3 %4 %5")
                           .arg(QString::fromLatin1(method), path)
                           .arg(result.status)
                           .arg(reply->errorString(), QString::fromUtf8(result.body.left(300)));
    reply->deleteLater();
    return result;
}

bool CentralReader::get(const QString &path, QByteArray *body, QString *error)
{
    const Reply reply = send("GET", path);
    if (!reply.error.isEmpty()) {
        *error = reply.error;
        return false;
    }
    *body = reply.body;
    return true;
}

bool CentralReader::login(const QString &user, const QString &password, QString *error)
{
    m_token.clear();
    const Reply reply = send("POST", QStringLiteral("/api/v1/login"),
                             protocol::encodeLoginRequest({user, password}));
    if (!reply.error.isEmpty()) {
        *error = reply.error;
        return false;
    }
    protocol::DecodeError decodeError;
    const auto login = protocol::decodeLoginResponse(reply.body, &decodeError);
    if (!login) {
        *error = QStringLiteral("login answer: %1").arg(decodeError.toString());
        return false;
    }
    m_token = login->token;
    return true;
}

std::optional<qint64> CentralReader::latestSeq(QString *error)
{
    QByteArray body;
    if (!get(QStringLiteral("/api/v1/health"), &body, error))
        return std::nullopt;
    protocol::DecodeError decodeError;
    const auto health = protocol::decodeHealth(body, &decodeError);
    if (!health) {
        *error = QStringLiteral("health answer: %1").arg(decodeError.toString());
        return std::nullopt;
    }
    return health->latestSeq;
}

std::optional<QStringList> CentralReader::skus(int limit, QString *error)
{
    QByteArray body;
    if (!get(QStringLiteral("/api/v1/catalogue?limit=%1").arg(limit), &body, error))
        return std::nullopt;
    protocol::DecodeError decodeError;
    const auto page = protocol::decodeCataloguePage(body, &decodeError);
    if (!page) {
        *error = QStringLiteral("catalogue answer: %1").arg(decodeError.toString());
        return std::nullopt;
    }
    QStringList skus;
    for (const domain::Product &product : page->products)
        skus.append(product.sku);
    return skus;
}

std::optional<CentralState> CentralReader::readAll(QString *error)
{
    CentralState state;
    const auto latest = latestSeq(error);
    if (!latest)
        return std::nullopt;
    state.latestSeq = *latest;

    qint64 cursor = 0;
    for (;;) {
        QByteArray body;
        if (!get(QStringLiteral("/api/v1/feed?after=%1&limit=%2").arg(cursor).arg(pageSize), &body,
                 error))
            return std::nullopt;
        protocol::DecodeError decodeError;
        const auto page = protocol::decodeFeedPage(body, &decodeError);
        if (!page) {
            *error = QStringLiteral("feed answer: %1").arg(decodeError.toString());
            return std::nullopt;
        }
        state.feed.append(page->changes);
        if (page->changes.isEmpty() || page->next <= cursor)
            break;
        cursor = page->next;
    }

    QString after;
    for (;;) {
        QString path = QStringLiteral("/api/v1/snapshot?as_of=%1&limit=%2")
                           .arg(state.latestSeq)
                           .arg(pageSize);
        if (!after.isEmpty())
            path += QStringLiteral("&after=%1")
                        .arg(QString::fromLatin1(QUrl::toPercentEncoding(after)));
        QByteArray body;
        if (!get(path, &body, error))
            return std::nullopt;
        protocol::DecodeError decodeError;
        const auto page = protocol::decodeSnapshotPage(body, &decodeError);
        if (!page) {
            *error = QStringLiteral("snapshot answer: %1").arg(decodeError.toString());
            return std::nullopt;
        }
        state.levels.append(page->levels);
        state.snapshotLedger.append(page->movements);
        if (page->nextAfter.isEmpty())
            break;
        after = page->nextAfter;
    }
    return state;
}

} // namespace stockroom::chaos

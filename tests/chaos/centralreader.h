#pragma once

#include "changes.h"
#include "messages.h"

#include <QNetworkAccessManager>
#include <QString>

#include <optional>

namespace stockroom::chaos {

/** Everything central holds after the run, read straight from stockroomd (no proxy). */
struct CentralState
{
    qint64 latestSeq = 0;
    QList<protocol::FeedChange> feed;       ///< every change from seq 1, in seq order
    QList<domain::StockPosition> levels;    ///< the snapshot's levels as of latestSeq
    QList<domain::Movement> snapshotLedger; ///< the snapshot's ledger (every location)
};

/**
 * A blocking HTTP client for the test's own reads of stockroomd: login, health, the catalogue,
 * the whole feed and the whole snapshot, decoded with sync/protocol. It runs a local event loop
 * per request, which is fine because the proxy lives on its own thread.
 */
class CentralReader
{
public:
    explicit CentralReader(QString serverUrl)
        : m_server(std::move(serverUrl))
    {}

    bool login(const QString &user, const QString &password, QString *error);
    std::optional<qint64> latestSeq(QString *error);
    std::optional<QStringList> skus(int limit, QString *error);
    std::optional<CentralState> readAll(QString *error);

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QString error;
    };
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {});
    bool get(const QString &path, QByteArray *body, QString *error);

    QString m_server;
    QString m_token;
    QNetworkAccessManager m_network;
};

} // namespace stockroom::chaos

#pragma once

#include "centralstore.h"
#include "sqlrows.h"
#include "sqlstatement.h"
#include "sqltransaction.h"

namespace stockroom::server {

/**
 * Reads the central change feed, levels and snapshots. A snapshot as of a seq folds the ledger
 * up to that seq for positions changed since, and takes the stored level of every other one, so
 * later pushes never change its pages.
 */
class LedgerReader
{
public:
    explicit LedgerReader(const SqlConnection &connection);

    /** Central's notices and the discrepancy events of the principal's scope, up to asOfSeq. */
    QList<protocol::FeedChange> discrepancyChanges(qint64 asOfSeq, const Principal &principal);
    QList<protocol::FeedChange> feed(qint64 after, int limit, const Principal &principal);
    std::optional<qint64> latestSeq(QString *error);
    std::optional<domain::StockPosition> level(const QString &location, const QString &sku);
    QList<domain::StockPosition> levelsAt(const QString &location, qint64 *asOfSeq);
    /** A snapshot page, its movements as it sends them (CentralStore::snapshot). */
    bool snapshot(qint64 asOfSeq, const QString &after, int limit, const Principal &principal,
                  QList<domain::StockPosition> *levels, QList<QByteArray> *movements,
                  QString *nextAfter, QString *error);

    /** The opaque snapshot cursor of a position, and back. */
    static QString cursorFor(const QString &location, const QString &sku);
    static std::optional<std::pair<QString, QString>> positionOf(const QString &cursor);

private:
    static void decodeBody(const QByteArray &body, protocol::FeedChange *change);
    static void readChanges(SqlRows &select, QList<protocol::FeedChange> *changes);
    bool foldStale(const std::pair<QString, QString> &from, const std::pair<QString, QString> &to,
                   qint64 asOfSeq,
                   QHash<std::pair<QString, QString>, domain::StockPosition> *folded,
                   QString *error);
    bool readLedger(const std::pair<QString, QString> &from, const std::pair<QString, QString> &to,
                    qint64 asOfSeq, const Principal &principal, QList<QByteArray> *movements,
                    QString *error);

    SqlConnection m_connection;
    SqlRows m_feed;
    SqlRows m_scopedFeed;
    SqlStatement m_latestSeq;
    SqlStatement m_level;
    SqlStatement m_levelsAt;
    SqlStatement m_snapshotLevels;
    SqlStatement m_snapshotFold;
    SqlRows m_snapshotLedger;
    SqlRows m_scopedSnapshotLedger;
};

} // namespace stockroom::server

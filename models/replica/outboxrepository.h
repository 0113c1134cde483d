#pragma once

#include "sqlhelpers.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

namespace stockroom::replica {

/** One local change waiting for the central IMS to acknowledge it. */
struct OutboxEntry
{
    qint64 seq = 0;
    QString changeKind; ///< "movement" now; later issues add their kinds
    QString changeId;   ///< the change's UUID, its idempotency key
    QByteArray payload; ///< the change as sync/protocol will push it
    qint64 createdAtMs = 0;
    int attempts = 0;
    QString lastError;
};

/** Every local change not yet acknowledged, in the order it was made. */
class OutboxRepository
{
public:
    explicit OutboxRepository(const QSqlDatabase &db);

    bool enqueue(const QString &changeKind, const QString &changeId, const QByteArray &payload,
                 qint64 createdAtMs, QString *error);
    QList<OutboxEntry> pending(int limit) const;
    /** Only entries of these change kinds (those the sync engine knows how to push). */
    QList<OutboxEntry> pending(int limit, const QStringList &kinds) const;
    qint64 count() const;
    qint64 count(const QStringList &kinds) const;
    bool remove(const QString &changeId, QString *error);

private:
    QSqlDatabase m_db;
    mutable StatementCache m_statements;
    QSqlQuery m_enqueue;
};

} // namespace stockroom::replica

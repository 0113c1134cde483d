#include "outboxrepository.h"

#include "sqlhelpers.h"

namespace stockroom::replica {

OutboxRepository::OutboxRepository(const QSqlDatabase &db)
    : m_db(db)
    , m_statements(db)
    , m_enqueue(prepared(db, QStringLiteral("INSERT INTO outbox (change_kind, change_id, payload,"
                                            " created_at) VALUES (?, ?, ?, ?)")))
{}

bool OutboxRepository::enqueue(const QString &changeKind, const QString &changeId,
                               const QByteArray &payload, qint64 createdAtMs, QString *error)
{
    m_enqueue.bindValue(0, changeKind);
    m_enqueue.bindValue(1, changeId);
    m_enqueue.bindValue(2, notNull(QString::fromUtf8(payload)));
    m_enqueue.bindValue(3, createdAtMs);
    return execOrFail(m_enqueue, error);
}

QList<OutboxEntry> OutboxRepository::pending(int limit) const
{
    return pending(limit, {});
}

namespace {

// " WHERE change_kind IN (?, …)" for a non-empty list, bound by the caller in order.
QString kindFilter(const QStringList &kinds)
{
    if (kinds.isEmpty())
        return {};
    QStringList marks;
    for (qsizetype i = 0; i < kinds.size(); ++i)
        marks.append(QStringLiteral("?"));
    return QStringLiteral(" WHERE change_kind IN (%1)").arg(marks.join(QLatin1Char(',')));
}

} // namespace

QList<OutboxEntry> OutboxRepository::pending(int limit, const QStringList &kinds) const
{
    QSqlQuery &query = m_statements.get(
        QStringLiteral(
            "SELECT seq, change_kind, change_id, payload, created_at, attempts, last_error"
            " FROM outbox%1 ORDER BY seq LIMIT ?")
            .arg(kindFilter(kinds)));
    for (const QString &kind : kinds)
        query.addBindValue(kind);
    query.addBindValue(limit);
    QList<OutboxEntry> entries;
    if (query.exec()) {
        while (query.next()) {
            entries.append({query.value(0).toLongLong(), query.value(1).toString(),
                            query.value(2).toString(), query.value(3).toString().toUtf8(),
                            query.value(4).toLongLong(), query.value(5).toInt(),
                            query.value(6).toString()});
        }
    }
    return entries;
}

qint64 OutboxRepository::count() const
{
    return count({});
}

qint64 OutboxRepository::count(const QStringList &kinds) const
{
    QSqlQuery &query
        = m_statements.get(QStringLiteral("SELECT count(*) FROM outbox%1").arg(kindFilter(kinds)));
    for (const QString &kind : kinds)
        query.addBindValue(kind);
    return firstValue(query, 0).toLongLong();
}

bool OutboxRepository::remove(const QString &changeId, QString *error)
{
    QSqlQuery &query = m_statements.get(QStringLiteral("DELETE FROM outbox WHERE change_id = ?"));
    query.addBindValue(changeId);
    return execOrFail(query, error);
}

} // namespace stockroom::replica

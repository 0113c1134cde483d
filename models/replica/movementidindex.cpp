#include "movementidindex.h"

#include "sqlhelpers.h"

namespace stockroom::replica {

namespace {

const auto dropFull = QStringLiteral("DROP INDEX IF EXISTS movements_by_id");
const auto createFull
    = QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS movements_by_id ON movements (id)");
// Movements this desktop recorded carry no server seq until central acknowledges them.
const auto createLocal = QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS movements_local_id"
                                        " ON movements (id) WHERE server_seq IS NULL");
const auto dropLocal = QStringLiteral("DROP INDEX IF EXISTS movements_local_id");

} // namespace

MovementIdIndex::MovementIdIndex(const QSqlDatabase &db)
    : m_db(db)
{}

bool MovementIdIndex::isSuspended() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema"
                                 " WHERE type = 'index' AND name = 'movements_by_id'"));
    return firstValue(query, 1).toInt() == 0;
}

bool MovementIdIndex::suspend(QString *error)
{
    return exec(createLocal, error) && exec(dropFull, error);
}

bool MovementIdIndex::restore(QString *error)
{
    return exec(createFull, error) && exec(dropLocal, error);
}

bool MovementIdIndex::recover(QString *error)
{
    if (!beginWriteTransaction(m_db, error))
        return false;
    if (restore(error) && m_db.commit())
        return true;
    if (error && error->isEmpty())
        *error = m_db.lastError().text();
    m_db.rollback();
    return false;
}

bool MovementIdIndex::exec(const QString &sql, QString *error)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace stockroom::replica

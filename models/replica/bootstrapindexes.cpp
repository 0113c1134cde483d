#include "bootstrapindexes.h"

#include "sqlhelpers.h"

namespace stockroom::replica {

namespace {

// Movements this desktop recorded carry no server seq until central acknowledges them.
const auto createLocal = QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS movements_local_id"
                                        " ON movements (id) WHERE server_seq IS NULL");
const auto dropLocal = QStringLiteral("DROP INDEX IF EXISTS movements_local_id");

struct Index
{
    QString name;
    QString create;
};

const QList<Index> &indexes()
{
    static const QList<Index> all{
        {QStringLiteral("movements_by_id"),
         QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS movements_by_id ON movements (id)")},
        {QStringLiteral("levels_by_sku"),
         QStringLiteral("CREATE INDEX IF NOT EXISTS levels_by_sku ON levels (sku)")},
    };
    return all;
}

} // namespace

BootstrapIndexes::BootstrapIndexes(const QSqlDatabase &db)
    : m_db(db)
{}

bool BootstrapIndexes::isSuspended() const
{
    // Set aside and restored together, in one transaction; any one missing counts.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema"
                                 " WHERE type = 'index' AND name IN ('%1')")
                      .arg(QStringList{indexes().at(0).name, indexes().at(1).name}.join(
                          QStringLiteral("', '"))));
    return firstValue(query, 0).toInt() != indexes().size();
}

bool BootstrapIndexes::suspend(QString *error)
{
    if (!exec(createLocal, error))
        return false;
    for (const Index &index : indexes()) {
        if (!exec(QStringLiteral("DROP INDEX IF EXISTS ") + index.name, error))
            return false;
    }
    return true;
}

bool BootstrapIndexes::restore(QString *error)
{
    // SQLite's sorter sorts runs of the page cache's size, here sorted by a second thread:
    // chain-M's 2,000,000 ids took 1.1-1.3 s in 16 MiB runs that way, 2.6 s in the bulk
    // writes' 64 MiB runs on one thread. The connection's settings come back after.
    const qint64 cacheSize = pragma(QStringLiteral("cache_size"));
    const qint64 threads = pragma(QStringLiteral("threads"));
    bool ok = exec(QStringLiteral("PRAGMA cache_size = -16384"), error)
              && exec(QStringLiteral("PRAGMA threads = 2"), error);
    for (const Index &index : indexes())
        ok = ok && exec(index.create, error);
    ok = ok && exec(dropLocal, error);
    exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize), nullptr);
    exec(QStringLiteral("PRAGMA threads = %1").arg(threads), nullptr);
    return ok;
}

bool BootstrapIndexes::recover(QString *error)
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

qint64 BootstrapIndexes::pragma(const QString &name) const
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("PRAGMA ") + name) && query.next()
               ? query.value(0).toLongLong()
               : 0;
}

bool BootstrapIndexes::exec(const QString &sql, QString *error)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace stockroom::replica

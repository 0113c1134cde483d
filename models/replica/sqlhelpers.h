#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <unordered_map>

namespace stockroom::replica {

/** Runs a prepared query; on failure stores the driver's message in *error. */
inline bool execOrFail(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

/**
 * Starts a write transaction that takes SQLite's write lock at once (BEGIN IMMEDIATE), waiting
 * for it up to the connection's busy timeout. QSqlDatabase::transaction() issues a deferred
 * BEGIN instead: its first read pins a snapshot, and when another process on the same file (the
 * CLI beside the desktop, a sync --watch beside a record) commits before this transaction
 * writes, SQLite answers "database is locked" at once, without waiting. Commit and roll back
 * with QSqlDatabase::commit() and rollback() as usual.
 */
inline bool beginWriteTransaction(const QSqlDatabase &db, QString *error)
{
    QSqlQuery begin(db);
    if (begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    if (error)
        *error = begin.lastError().text();
    return false;
}

/**
 * Runs work inside one write transaction (beginWriteTransaction): commits when work returns true;
 * otherwise, or when the begin or the commit fails, rolls back and leaves the reason in *error.
 */
inline bool inWriteTransaction(QSqlDatabase &db, const std::function<bool(QString *)> &work,
                               QString *error)
{
    QString beginError;
    if (!beginWriteTransaction(db, &beginError)) {
        *error = QCoreApplication::translate("stockroom::replica::WriteTransaction",
                                             "Cannot start a transaction: %1")
                     .arg(beginError);
        return false;
    }
    if (!work(error)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = QCoreApplication::translate("stockroom::replica::WriteTransaction",
                                             "Cannot commit: %1")
                     .arg(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

/**
 * Runs a look-up and reads its first column of its first row (or fallback), then releases the
 * statement. A cached statement left positioned on a row keeps a read transaction open on the
 * replica's only connection, and SQLite can then never checkpoint the WAL: it grows without end.
 */
inline QVariant firstValue(QSqlQuery &query, const QVariant &fallback = {})
{
    const QVariant value = query.exec() && query.next() ? query.value(0) : fallback;
    query.finish();
    return value;
}

/** Prepares sql on db once; the caller keeps the query to reuse it. */
inline QSqlQuery prepared(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    return query;
}

/**
 * Prepared statements kept for reuse, keyed by their SQL: preparing costs more than running a
 * small look-up. get() finishes the statement's previous run, so a cached SELECT never holds
 * a read snapshot open between calls; one statement must not be used by two loops at once.
 */
class StatementCache
{
public:
    explicit StatementCache(const QSqlDatabase &db)
        : m_db(db)
    {}

    QSqlQuery &get(const QString &sql)
    {
        auto it = m_queries.find(sql);
        if (it == m_queries.end())
            it = m_queries.emplace(sql, prepared(m_db, sql)).first;
        else
            it->second.finish();
        return it->second;
    }

private:
    QSqlDatabase m_db;
    std::unordered_map<QString, QSqlQuery> m_queries;
};

/** A nullable integer column as std::optional. */
inline std::optional<qint64> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

/** Text for a NOT NULL column: a null QString would be bound as NULL. */
inline QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

inline QVariant nullableInt(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace stockroom::replica

#pragma once

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <optional>

namespace stockroom::server {

/** Failed SQL of the central store ("stockroom.server.store"); never with bound values. */
Q_DECLARE_LOGGING_CATEGORY(lcCentralStore)

/**
 * One SQL statement of the central store, prepared on first use and then reused (PostgreSQL
 * plans it once per connection); reports failures with the driver's message.
 */
class SqlStatement
{
public:
    SqlStatement(const QSqlDatabase &db, QString sql);

    /** Binds values in order and runs; false with the driver's message in *error (and logged). */
    bool exec(std::initializer_list<QVariant> values, QString *error);
    /** The same with count values from an array. */
    bool exec(const QVariant *values, qsizetype count, QString *error);
    /** The results of the last exec(), read forward only. */
    QSqlQuery &query() { return m_query; }
    /** Releases the results (SQLite keeps a read lock while a statement is open). */
    void finish() { m_query.finish(); }

    /** Runs one statement of fixed text, unprepared (BEGIN, COMMIT, PRAGMA ...). */
    static bool execText(const QSqlDatabase &db, const QString &sql, QString *error);

private:
    QSqlDatabase m_db;
    QString m_sql;
    QSqlQuery m_query;
    bool m_prepared = false;
};

/**
 * Logs a failed statement (its first 80 characters and the driver's message, never the bound
 * values) and returns false with the message in *error.
 */
bool reportFailure(const QString &sql, const QString &message, QString *error);

/** A NULL integer, or the value. */
QVariant nullableInt(const std::optional<qint64> &value);
/** A nullable integer column as std::optional. */
std::optional<qint64> optionalInt(const QVariant &value);
/** Text for a NOT NULL column: a null QString would be bound as NULL. */
QString notNull(const QString &text);

} // namespace stockroom::server

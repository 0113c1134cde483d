#pragma once

#include "rawpgstatement.h"
#include "rawsqlitestatement.h"
#include "sqldialect.h"
#include "sqlstatement.h"
#include "sqltransaction.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <initializer_list>
#include <optional>
#include <variant>

namespace stockroom::server {

/**
 * The rows of one set-based write (BatchWrite), sent the way each driver takes them fastest. To
 * PostgreSQL they go as one array parameter per column that unnest() reads, so a batch costs one
 * round trip however large it is, in the binary array format through libpq (RawPgStatement),
 * which the backend reads without lexing or parsing any literal. SQLite runs
 * in-process, with no round trip to save, and json_each would render every row's object as text
 * and parse it again: there the rows are bound values, one execution of a prepared single-row
 * statement per row, through the sqlite3 C API (RawSqliteStatement).
 *
 * Values are added by column name; a column a row does not name is NULL.
 */
class RowBatch
{
public:
    RowBatch &row();
    RowBatch &add(const char *column, const QString &value);
    RowBatch &add(const char *column, qint64 value);
    RowBatch &add(const char *column, const std::optional<qint64> &value);
    RowBatch &addNull(const char *column);
    /** A value that is JSON already (an encoded object), stored as its text. */
    RowBatch &addJson(const char *column, const QByteArray &json);

    bool isEmpty() const { return m_rows == 0; }

private:
    friend class BatchWrite;
    /** NULL, an integer, text, or JSON text as UTF-8. */
    using Value = std::variant<std::monostate, qint64, QString, QByteArray>;

    explicit RowBatch(const QList<JsonColumn> *columns);
    Value &slot(const char *column);

    const QList<JsonColumn> *m_columns;
    QList<Value> m_values; ///< row after row, in column order
    qsizetype m_rows = 0;
    qsizetype m_nextColumn = 0; ///< where the next value most likely goes (callers add in order)
};

/**
 * INSERT INTO a table of the central store from a RowBatch, optionally followed by an
 * ON CONFLICT clause (an upsert). A column of type "json" holds JSON text.
 */
class BatchWrite
{
public:
    BatchWrite(const SqlConnection &connection, QLatin1StringView table,
               std::initializer_list<JsonColumn> columns, const QString &onConflict = {});
    BatchWrite(const BatchWrite &) = delete;
    BatchWrite &operator=(const BatchWrite &) = delete;

    /** An empty batch of rows for this statement (valid while the statement is). */
    RowBatch rows() const { return RowBatch(&m_columns); }
    bool exec(const RowBatch &rows, QString *error);

private:
    bool execPostgresql(const RowBatch &rows, QString *error);
    bool execSqlite(const RowBatch &rows, QString *error);

    SqlDialect m_dialect;
    QList<JsonColumn> m_columns;
    RawPgStatement m_pgInsert;         ///< PostgreSQL
    RawSqliteStatement m_sqliteInsert; ///< SQLite
};

} // namespace stockroom::server

#pragma once

#include "rawpgstatement.h"
#include "rawsqlitestatement.h"
#include "sqlstatement.h"
#include "sqltransaction.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace stockroom::server {

/**
 * A SELECT of the central store read row by row, for the reads of the push path that return a
 * row per movement: on SQLite through the sqlite3 C API (RawSqliteStatement), whose columns are
 * read without a QVariant each, on PostgreSQL through libpq (RawPgStatement), whose parameters
 * the backend reads without lexing them out of an EXECUTE statement. Columns are read as QtSql
 * would give them: a NULL integer as 0, a NULL text as a null string.
 */
class SqlRows
{
public:
    SqlRows(const SqlConnection &connection, const QString &sql);

    /**
     * Binds integers, strings and NULLs (an invalid QVariant or a null string) in order and
     * runs; false with the driver's message. On PostgreSQL a QStringList is bound as a text
     * array (the SQL casts it: CAST(? AS text[])).
     */
    bool exec(std::initializer_list<QVariant> values, QString *error);
    /** Moves to the next row; false after the last one (or on an error finish() reports). */
    bool next();
    bool isNull(int column);
    qint64 integer(int column);
    QString text(int column);
    /** A text column as UTF-8 (JSON bodies, which are parsed from UTF-8). */
    QByteArray utf8(int column);
    /** Releases the results; false with the message when reading a row failed. */
    bool finish(QString *error);

private:
    void bindNull(int index);

    bool m_sqlite;
    QString m_sql;
    RawPgStatement m_pgStatement;
    RawSqliteStatement m_sqliteStatement;
    int m_row = -1;              ///< PostgreSQL: the row next() moved to
    QList<QString> m_boundTexts; ///< what SQLite reads the bound strings from until finish()
    bool m_failed = false;
    QString m_error;
};

} // namespace stockroom::server

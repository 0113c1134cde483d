#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>

struct pg_conn;
struct pg_result;

namespace stockroom::server {

/**
 * One statement of the central store run through libpq on the PostgreSQL connection's own
 * handle, so it takes part in the transactions QtSql begins there. QPSQL (Qt 6.4) sends every
 * bound value as a literal inside an EXECUTE statement that the backend must lex and parse,
 * and an array parameter's literal is then parsed by array_in: for a push of 500 movements that
 * cost PostgreSQL more than a third of its work under the feed's lock. Here the statement is
 * prepared once (PQprepare) and run with PQexecPrepared: scalar values travel as text
 * parameters, arrays in PostgreSQL's binary array format (length-prefixed elements, nothing to
 * lex). The SQL uses QtSql's `?` placeholders; an array parameter must be cast to its type in
 * the SQL (`CAST(? AS bigint[])`), since the binary elements are of that type exactly.
 *
 * Results are read whole (text format) after exec(), row by row. Failures carry PostgreSQL's
 * message (PQresultErrorMessage) and its SQLSTATE and are logged like every other statement
 * of the store (SqlStatement's reportFailure, no bound values). The statement must be used
 * only while no QtSql query on the connection is still reading rows.
 */
class RawPgStatement
{
public:
    /** The element type of an array parameter. */
    enum class Type { Bigint, Text, Uuid };

    RawPgStatement(const QSqlDatabase &db, QString sql);
    ~RawPgStatement();
    RawPgStatement(const RawPgStatement &) = delete;
    RawPgStatement &operator=(const RawPgStatement &) = delete;

    // Parameters are bound in order; exec() runs with them and starts the next list.
    void bindNull();
    void bindInt(qint64 value);
    void bindText(QStringView text);
    void bindUtf8(QByteArrayView utf8);
    /** Starts an array parameter of count elements of type, which the appends then give. */
    void beginArray(Type type, qsizetype count);
    void appendNull();
    void appendInt(qint64 value);
    /** Text, or for a Uuid array the UUID's text form. */
    void appendText(QStringView text);
    void appendUtf8(QByteArrayView utf8);

    /** Prepares on first use and runs; false with PostgreSQL's message (and logged). */
    bool exec(QString *error);

    /** The rows of the last exec(), until clear() or the next exec(). */
    int rowCount() const;
    bool isNull(int row, int column) const;
    /** An integer column; NULL as 0. */
    qint64 integer(int row, int column) const;
    /** A text column; NULL as a null string. */
    QString text(int row, int column) const;
    QByteArray utf8(int row, int column) const;
    /** Releases the result and the bound values. */
    void clear();

private:
    struct Parameter
    {
        QByteArray value;
        bool null = false;
        bool binary = false;
    };

    bool prepare(QString *error);
    void clearResult();
    bool failed(const QString &message, QString *error);
    Parameter &currentArray();

    QSqlDatabase m_db;
    QString m_sql;
    QByteArray m_name;
    pg_conn *m_connection = nullptr;
    pg_result *m_result = nullptr;
    QList<Parameter> m_parameters;
    QString m_bindError; ///< a value that cannot be sent (not a UUID), reported by exec()
    Type m_arrayType = Type::Text;
};

} // namespace stockroom::server

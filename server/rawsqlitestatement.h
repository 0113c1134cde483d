#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>

struct sqlite3;
struct sqlite3_stmt;

namespace stockroom::server {

/**
 * One statement of the central store run through the sqlite3 C API on the SQLite connection's
 * own handle: values are bound straight from the caller's strings and integers, without the
 * QVariant, placeholder name and hash entry QtSql 6.4 makes of every bound value, which cost
 * more than the insert itself on the push path. Prepared on first use and finalized with this
 * object, which must go before its connection (as every statement of the store does). Reports
 * failures with the text and in the log that SqlStatement gives for the same failure.
 */
class RawSqliteStatement
{
public:
    RawSqliteStatement(const QSqlDatabase &db, QString sql);
    ~RawSqliteStatement();
    RawSqliteStatement(const RawSqliteStatement &) = delete;
    RawSqliteStatement &operator=(const RawSqliteStatement &) = delete;

    /** Prepares the statement unless done already; false with the error (and logged). */
    bool prepare(QString *error);

    // Parameters count from 1. Strings are not copied: they must stay alive until reset().
    void bindNull(int index);
    void bindInt(int index, qint64 value);
    void bindText(int index, QStringView text);
    void bindUtf8(int index, QByteArrayView utf8);

    /** Runs to the next row: true with *row set; false with the error (and logged). */
    bool step(bool *row, QString *error);
    /** Runs a statement that returns no rows. */
    bool run(QString *error);
    /** Ends this run (releasing its read lock) so the statement can be bound and run again. */
    void reset();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const;
    /** The text as SQLite stores it (UTF-8), without a round trip through UTF-16. */
    QByteArray utf8(int column) const;

private:
    bool failed(const char *driverText, QString *error) const;

    QSqlDatabase m_db;
    QString m_sql;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace stockroom::server

#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace stockroom::sqlite {

/** The sqlite3 handle of a QtSql SQLite connection; nullptr for another driver or when closed. */
sqlite3 *handle(const QSqlDatabase &db);

/**
 * One SQL statement run through the sqlite3 C API on a QtSql connection's own handle, so that it
 * takes part in the transactions begun through QtSql. Prepared on first use and then reused.
 * Values are bound by position, counted from 0 as with QSqlQuery::bindValue().
 *
 * Every run ends with the statement reset: exec() resets it, and a read resets it when next()
 * reaches the end or when the caller calls reset() (a statement left on a row would keep a read
 * transaction open, and SQLite could never checkpoint the WAL). finalizeAll() must be called
 * before the connection closes (ReplicaDatabase does); a statement whose connection was closed
 * that way prepares itself again on its next use.
 */
class Statement
{
public:
    Statement(const QSqlDatabase &db, QByteArray sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, const QString &text);
    Statement &bind(int index, const std::optional<qint64> &value);
    /** A UUID as its 36 characters without braces (QUuid::WithoutBraces), the null one too. */
    Statement &bind(int index, const QUuid &id);
    Statement &bindNull(int index);

    /** Runs the statement to its end; false with SQLite's message in *error. */
    bool exec(QString *error);
    /** Steps to the next row of a query; false at the end (reset then) or on an error. */
    bool next(QString *error = nullptr);
    /** Ends a read before its last row. */
    void reset();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    std::optional<qint64> optionalInteger(int column) const;
    QString text(int column) const;
    /** The column's text as SQLite holds it, valid until the next step or reset. */
    QByteArrayView utf8(int column) const;
    QUuid uuid(int column) const;

    /** The rows the last exec() inserted, updated or deleted. */
    int changes() const;

    /** Finalizes every statement prepared on db's connection (before that connection closes). */
    static void finalizeAll(const QSqlDatabase &db);

private:
    bool prepare(QString *error);
    QString failure() const;
    /** Binds UTF-8 text kept in this parameter's own buffer, which SQLite reads without a copy. */
    void bindUtf8(int index, QStringView text);

    QSqlDatabase m_db;
    QByteArray m_sql;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_prepareError;
    std::vector<QByteArray> m_texts; ///< per parameter: the UTF-8 bound there, reused

    friend struct Registry;
};

/** The text QUuid::toString(QUuid::WithoutBraces) gives, without a heap allocation. */
struct UuidText
{
    explicit UuidText(const QUuid &id);
    char text[36];
};

} // namespace stockroom::sqlite

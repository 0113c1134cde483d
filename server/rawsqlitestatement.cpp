#include "rawsqlitestatement.h"

#include "sqlstatement.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace stockroom::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::server::RawSqliteStatement", text);
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

RawSqliteStatement::RawSqliteStatement(const QSqlDatabase &db, QString sql)
    : m_db(db)
    , m_sql(std::move(sql))
{}

RawSqliteStatement::~RawSqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

bool RawSqliteStatement::failed(const char *driverText, QString *error) const
{
    // The text QtSql's SQLite driver gives for the same failure: SQLite's message, then the
    // driver's own words (in the driver's translation context).
    const QString message = m_handle
                                ? QString::fromUtf8(sqlite3_errmsg(m_handle)) + QLatin1Char(' ')
                                      + QCoreApplication::translate("QSQLiteResult", driverText)
                                : tr("The connection is not an open SQLite database.");
    return reportFailure(m_sql, message, error);
}

bool RawSqliteStatement::prepare(QString *error)
{
    if (m_stmt)
        return true;
    m_handle = sqliteHandle(m_db);
    if (!m_handle)
        return failed(nullptr, error);
    const QByteArray sql = m_sql.toUtf8();
    if (sqlite3_prepare_v3(m_handle, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_stmt, nullptr)
        == SQLITE_OK)
        return true;
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    return failed(QT_TRANSLATE_NOOP("QSQLiteResult", "Unable to execute statement"), error);
}

void RawSqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void RawSqliteStatement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void RawSqliteStatement::bindText(int index, QStringView text)
{
    // Never a null pointer: SQLite would store NULL for it.
    const void *data = text.isEmpty() ? static_cast<const void *>(u"") : text.utf16();
    sqlite3_bind_text16(m_stmt, index, data, int(text.size() * 2), SQLITE_STATIC);
}

void RawSqliteStatement::bindUtf8(int index, QByteArrayView utf8)
{
    const char *data = utf8.isEmpty() ? "" : utf8.data();
    sqlite3_bind_text(m_stmt, index, data, int(utf8.size()), SQLITE_STATIC);
}

bool RawSqliteStatement::step(bool *row, QString *error)
{
    const int rc = sqlite3_step(m_stmt);
    *row = rc == SQLITE_ROW;
    if (rc == SQLITE_ROW || rc == SQLITE_DONE)
        return true;
    failed(QT_TRANSLATE_NOOP("QSQLiteResult", "Unable to fetch row"), error);
    sqlite3_reset(m_stmt);
    return false;
}

bool RawSqliteStatement::run(QString *error)
{
    bool row = false;
    const bool ok = step(&row, error);
    sqlite3_reset(m_stmt);
    return ok;
}

void RawSqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
}

bool RawSqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 RawSqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString RawSqliteStatement::text(int column) const
{
    // As QtSql reads text: UTF-16 straight from SQLite.
    const void *data = sqlite3_column_text16(m_stmt, column);
    const int bytes = sqlite3_column_bytes16(m_stmt, column);
    return data ? QString(static_cast<const QChar *>(data), bytes / 2) : QString();
}

QByteArray RawSqliteStatement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

} // namespace stockroom::server

#include "rowbatch.h"

#include <QStringList>

#include <cstring>

namespace stockroom::server {

namespace {

const QLatin1StringView jsonType("json");

// The element type a column's array is sent as: its own where RawPgStatement writes it
// (bigint, uuid), text otherwise (json is stored as text).
RawPgStatement::Type arrayType(const JsonColumn &column)
{
    if (column.type == QLatin1StringView("bigint"))
        return RawPgStatement::Type::Bigint;
    if (column.type == QLatin1StringView("uuid"))
        return RawPgStatement::Type::Uuid;
    return RawPgStatement::Type::Text;
}

QString insertSql(SqlDialect dialect, QLatin1StringView table, const QList<JsonColumn> &columns,
                  const QString &onConflict)
{
    QStringList names;
    QStringList sources;
    for (const JsonColumn &column : columns) {
        names.append(column.name);
        // A JSON value is bound as its UTF-8 bytes and stored as text.
        sources.append(column.type == jsonType ? QStringLiteral("CAST(? AS TEXT)")
                                               : QStringLiteral("?"));
    }
    const QString head
        = QStringLiteral("INSERT INTO %1 (%2) ").arg(table, names.join(QStringLiteral(", ")));
    QString source;
    if (dialect == SqlDialect::Sqlite) {
        source = QStringLiteral("VALUES (%1)").arg(sources.join(QStringLiteral(", ")));
    } else {
        // The array is of the type its elements are sent as; a column of another type than
        // bigint, uuid and text reads its values from text.
        QStringList arrays;
        for (const JsonColumn &column : columns) {
            const bool text = column.type == jsonType || column.type == QLatin1StringView("text");
            if (arrayType(column) == RawPgStatement::Type::Text && !text)
                arrays.append(QStringLiteral("CAST(CAST(? AS text[]) AS %1[])").arg(column.type));
            else
                arrays.append(QStringLiteral("CAST(? AS %1[])")
                                  .arg(text ? QLatin1StringView("text") : column.type));
        }
        // WHERE true: an upsert's ON CONFLICT must not read as a join's constraint.
        source = QStringLiteral("SELECT %1 FROM unnest(%2) AS r(%1) WHERE true")
                     .arg(names.join(QStringLiteral(", ")), arrays.join(QStringLiteral(", ")));
    }
    return onConflict.isEmpty() ? head + source : head + source + QLatin1Char(' ') + onConflict;
}

} // namespace

RowBatch::RowBatch(const QList<JsonColumn> *columns)
    : m_columns(columns)
{}

RowBatch &RowBatch::row()
{
    ++m_rows;
    m_values.resize(m_rows * m_columns->size());
    m_nextColumn = 0;
    return *this;
}

RowBatch::Value &RowBatch::slot(const char *column)
{
    Q_ASSERT(m_rows > 0);
    const qsizetype count = m_columns->size();
    const QLatin1StringView name(column);
    for (qsizetype n = 0; n < count; ++n) {
        const qsizetype i = (m_nextColumn + n) % count;
        if (m_columns->at(i).name == name) {
            m_nextColumn = i + 1;
            return m_values[(m_rows - 1) * count + i];
        }
    }
    qFatal("RowBatch: no column %s", column);
}

RowBatch &RowBatch::add(const char *column, const QString &value)
{
    slot(column) = notNull(value);
    return *this;
}

RowBatch &RowBatch::add(const char *column, qint64 value)
{
    slot(column) = value;
    return *this;
}

RowBatch &RowBatch::add(const char *column, const std::optional<qint64> &value)
{
    return value ? add(column, *value) : addNull(column);
}

RowBatch &RowBatch::addNull(const char *column)
{
    slot(column) = std::monostate();
    return *this;
}

RowBatch &RowBatch::addJson(const char *column, const QByteArray &json)
{
    slot(column) = json;
    return *this;
}

BatchWrite::BatchWrite(const SqlConnection &connection, QLatin1StringView table,
                       std::initializer_list<JsonColumn> columns, const QString &onConflict)
    : m_dialect(connection.dialect)
    , m_columns(columns)
    , m_pgInsert(connection.db, insertSql(connection.dialect, table, m_columns, onConflict))
    , m_sqliteInsert(connection.db, insertSql(connection.dialect, table, m_columns, onConflict))
{}

bool BatchWrite::exec(const RowBatch &rows, QString *error)
{
    Q_ASSERT(rows.m_columns == &m_columns);
    if (rows.isEmpty())
        return true;
    if (m_dialect == SqlDialect::Postgresql)
        return execPostgresql(rows, error);
    return execSqlite(rows, error);
}

bool BatchWrite::execPostgresql(const RowBatch &rows, QString *error)
{
    const qsizetype count = m_columns.size();
    for (qsizetype column = 0; column < count; ++column) {
        m_pgInsert.beginArray(arrayType(m_columns.at(column)), rows.m_rows);
        for (qsizetype row = 0; row < rows.m_rows; ++row) {
            const RowBatch::Value &value = rows.m_values.at(row * count + column);
            if (const qint64 *number = std::get_if<qint64>(&value)) {
                if (arrayType(m_columns.at(column)) == RawPgStatement::Type::Bigint)
                    m_pgInsert.appendInt(*number);
                else
                    m_pgInsert.appendText(QString::number(*number));
            } else if (const QString *text = std::get_if<QString>(&value)) {
                m_pgInsert.appendText(*text);
            } else if (const QByteArray *json = std::get_if<QByteArray>(&value)) {
                m_pgInsert.appendUtf8(*json);
            } else {
                m_pgInsert.appendNull();
            }
        }
    }
    const bool ok = m_pgInsert.exec(error);
    m_pgInsert.clear();
    return ok;
}

bool BatchWrite::execSqlite(const RowBatch &rows, QString *error)
{
    if (!m_sqliteInsert.prepare(error))
        return false;
    const qsizetype count = m_columns.size();
    for (qsizetype row = 0; row < rows.m_rows; ++row) {
        for (qsizetype column = 0; column < count; ++column) {
            const RowBatch::Value &value = rows.m_values.at(row * count + column);
            const int index = int(column) + 1;
            if (const qint64 *number = std::get_if<qint64>(&value))
                m_sqliteInsert.bindInt(index, *number);
            else if (const QString *text = std::get_if<QString>(&value))
                m_sqliteInsert.bindText(index, *text);
            else if (const QByteArray *json = std::get_if<QByteArray>(&value))
                m_sqliteInsert.bindUtf8(index, *json); // CAST(? AS TEXT) keeps the text as is
            else
                m_sqliteInsert.bindNull(index);
        }
        if (!m_sqliteInsert.run(error))
            return false;
    }
    return true;
}

} // namespace stockroom::server

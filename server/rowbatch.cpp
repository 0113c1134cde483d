#include "rowbatch.h"

#include <QStringList>

#include <cstring>

namespace stockroom::server {

namespace {

const QLatin1StringView jsonType("json");

QString insertSql(SqlDialect dialect, QLatin1StringView table, const QList<JsonColumn> &columns,
                  const QString &onConflict)
{
    QStringList names;
    QStringList sources;
    for (const JsonColumn &column : columns) {
        names.append(column.name);
        const bool json = column.type == jsonType;
        if (dialect == SqlDialect::Sqlite)
            // A JSON value is bound as its UTF-8 bytes and stored as text.
            sources.append(json ? QStringLiteral("CAST(? AS TEXT)") : QStringLiteral("?"));
        else
            // The JSON travels as a JSON object, not as a string holding one, so it is not
            // escaped twice.
            sources.append(json ? QStringLiteral("CAST(%1 AS TEXT)").arg(column.name)
                                : QString(column.name));
    }
    const QString head
        = QStringLiteral("INSERT INTO %1 (%2) ").arg(table, names.join(QStringLiteral(", ")));
    QString source;
    if (dialect == SqlDialect::Sqlite) {
        source = QStringLiteral("VALUES (%1)").arg(sources.join(QStringLiteral(", ")));
    } else {
        QStringList typed;
        for (const JsonColumn &column : columns)
            typed.append(QStringLiteral("%1 %2").arg(column.name, column.type));
        // WHERE true: an upsert's ON CONFLICT must not read as a join's constraint.
        source = QStringLiteral("SELECT %1 FROM json_to_recordset(CAST(? AS json)) AS r(%2)"
                                " WHERE true")
                     .arg(sources.join(QStringLiteral(", ")), typed.join(QStringLiteral(", ")));
    }
    return onConflict.isEmpty() ? head + source : head + source + QLatin1Char(' ') + onConflict;
}

} // namespace

RowBatch::RowBatch(SqlDialect dialect, const QList<JsonColumn> *columns)
    : m_dialect(dialect)
    , m_columns(columns)
{}

RowBatch &RowBatch::row()
{
    ++m_rows;
    if (m_dialect == SqlDialect::Sqlite)
        m_values.resize(m_rows * m_columns->size());
    else
        m_json.row();
    return *this;
}

QVariant &RowBatch::slot(const char *column)
{
    Q_ASSERT(m_rows > 0);
    const qsizetype count = m_columns->size();
    for (qsizetype i = 0; i < count; ++i) {
        if (m_columns->at(i).name == QLatin1StringView(column))
            return m_values[(m_rows - 1) * count + i];
    }
    qFatal("RowBatch: no column %s", column);
}

RowBatch &RowBatch::add(const char *column, const QString &value)
{
    if (m_dialect == SqlDialect::Sqlite)
        slot(column) = notNull(value);
    else
        m_json.add(column, value);
    return *this;
}

RowBatch &RowBatch::add(const char *column, qint64 value)
{
    if (m_dialect == SqlDialect::Sqlite)
        slot(column) = value;
    else
        m_json.add(column, value);
    return *this;
}

RowBatch &RowBatch::add(const char *column, const std::optional<qint64> &value)
{
    return value ? add(column, *value) : addNull(column);
}

RowBatch &RowBatch::addNull(const char *column)
{
    if (m_dialect == SqlDialect::Sqlite)
        slot(column) = QVariant();
    else
        m_json.addNull(column);
    return *this;
}

RowBatch &RowBatch::addJson(const char *column, const QByteArray &json)
{
    if (m_dialect == SqlDialect::Sqlite)
        slot(column) = json;
    else
        m_json.addJson(column, json);
    return *this;
}

BatchWrite::BatchWrite(const SqlConnection &connection, QLatin1StringView table,
                       std::initializer_list<JsonColumn> columns, const QString &onConflict)
    : m_dialect(connection.dialect)
    , m_columns(columns)
    , m_statement(connection.db, insertSql(connection.dialect, table, m_columns, onConflict))
{}

bool BatchWrite::exec(const RowBatch &rows, QString *error)
{
    Q_ASSERT(rows.m_columns == &m_columns);
    if (rows.isEmpty())
        return true;
    if (m_dialect == SqlDialect::Postgresql)
        return m_statement.exec({rows.m_json.text()}, error);
    const qsizetype count = m_columns.size();
    for (qsizetype row = 0; row < rows.m_rows; ++row) {
        if (!m_statement.exec(rows.m_values.constData() + row * count, count, error))
            return false;
    }
    return true;
}

} // namespace stockroom::server

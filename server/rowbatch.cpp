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
        QStringList arrays;
        for (const JsonColumn &column : columns)
            arrays.append(
                QStringLiteral("CAST(? AS %1[])")
                    .arg(column.type == jsonType ? QLatin1StringView("text") : column.type));
        // WHERE true: an upsert's ON CONFLICT must not read as a join's constraint.
        source = QStringLiteral("SELECT %1 FROM unnest(%2) AS r(%1) WHERE true")
                     .arg(names.join(QStringLiteral(", ")), arrays.join(QStringLiteral(", ")));
    }
    return onConflict.isEmpty() ? head + source : head + source + QLatin1Char(' ') + onConflict;
}

// One column of the rows as a PostgreSQL array literal: {1,NULL,"text with \"quotes\""}.
template<typename Value>
QString arrayLiteral(const QList<Value> &values, qsizetype column, qsizetype columns,
                     qsizetype rows)
{
    QString text;
    qsizetype size = 2;
    for (qsizetype row = 0; row < rows; ++row) {
        const Value &value = values.at(row * columns + column);
        if (const QString *string = std::get_if<QString>(&value))
            size += string->size() + 3;
        else if (const QByteArray *json = std::get_if<QByteArray>(&value))
            size += json->size() + 3;
        else
            size += 21;
    }
    text.reserve(size + size / 8); // and a few escapes
    text += QLatin1Char('{');
    for (qsizetype row = 0; row < rows; ++row) {
        if (row > 0)
            text += QLatin1Char(',');
        const Value &value = values.at(row * columns + column);
        if (std::holds_alternative<std::monostate>(value)) {
            text += QLatin1StringView("NULL");
            continue;
        }
        if (const qint64 *number = std::get_if<qint64>(&value)) {
            text += QString::number(*number);
            continue;
        }
        const QString string = std::holds_alternative<QByteArray>(value)
                                   ? QString::fromUtf8(std::get<QByteArray>(value))
                                   : std::get<QString>(value);
        text += QLatin1Char('"');
        // Runs without a quote or backslash are appended whole (a JSON body has many quotes,
        // but its text in between is longer).
        const QStringView view(string);
        qsizetype from = 0;
        for (qsizetype i = 0; i < view.size(); ++i) {
            const char16_t c = view[i].unicode();
            if (c == u'"' || c == u'\\') {
                text += view.sliced(from, i - from);
                text += QLatin1Char('\\');
                from = i;
            }
        }
        text += view.sliced(from);
        text += QLatin1Char('"');
    }
    text += QLatin1Char('}');
    return text;
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
    , m_statement(connection.db, insertSql(connection.dialect, table, m_columns, onConflict))
    , m_sqliteInsert(connection.db, insertSql(connection.dialect, table, m_columns, onConflict))
{}

bool BatchWrite::exec(const RowBatch &rows, QString *error)
{
    Q_ASSERT(rows.m_columns == &m_columns);
    if (rows.isEmpty())
        return true;
    const qsizetype count = m_columns.size();
    if (m_dialect == SqlDialect::Postgresql) {
        QList<QVariant> arrays;
        arrays.reserve(count);
        for (qsizetype column = 0; column < count; ++column)
            arrays.append(arrayLiteral(rows.m_values, column, count, rows.m_rows));
        return m_statement.exec(arrays.constData(), count, error);
    }
    return execSqlite(rows, error);
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

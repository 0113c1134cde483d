#include "sqlrows.h"

#include <QCoreApplication>

namespace stockroom::server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::server::SqlRows", text);
}

} // namespace

SqlRows::SqlRows(const SqlConnection &connection, const QString &sql)
    : m_sqlite(connection.dialect == SqlDialect::Sqlite)
    , m_sql(sql)
    , m_pgStatement(connection.db, sql)
    , m_sqliteStatement(connection.db, sql)
{}

bool SqlRows::exec(std::initializer_list<QVariant> values, QString *error)
{
    m_failed = false;
    m_error.clear();
    m_row = -1;
    if (m_sqlite) {
        if (!m_sqliteStatement.prepare(error))
            return false;
        m_sqliteStatement.reset();
        m_boundTexts.clear();
        m_boundTexts.reserve(qsizetype(values.size()));
    } else {
        m_pgStatement.clear();
    }
    int index = 1;
    for (const QVariant &value : values) {
        // As QtSql binds them: a null string (or an invalid variant) is NULL.
        switch (value.typeId()) {
        case QMetaType::UnknownType:
            bindNull(index);
            break;
        case QMetaType::QString:
            if (value.toString().isNull()) {
                bindNull(index);
            } else if (m_sqlite) {
                m_boundTexts.append(value.toString());
                m_sqliteStatement.bindText(index, m_boundTexts.constLast());
            } else {
                m_pgStatement.bindText(value.toString());
            }
            break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
            if (value.isNull())
                bindNull(index);
            else if (m_sqlite)
                m_sqliteStatement.bindInt(index, value.toLongLong());
            else
                m_pgStatement.bindInt(value.toLongLong());
            break;
        case QMetaType::QStringList:
            if (!m_sqlite) {
                const QStringList texts = value.toStringList();
                m_pgStatement.beginArray(RawPgStatement::Type::Text, texts.size());
                for (const QString &text : texts)
                    m_pgStatement.appendText(text);
                break;
            }
            [[fallthrough]]; // SQLite has no arrays
        default:
            m_pgStatement.clear();
            return reportFailure(m_sql,
                                 tr("A value of type %1 cannot be bound here.")
                                     .arg(QLatin1StringView(value.typeName())),
                                 error);
        }
        ++index;
    }
    return m_sqlite || m_pgStatement.exec(error);
}

void SqlRows::bindNull(int index)
{
    if (m_sqlite)
        m_sqliteStatement.bindNull(index);
    else
        m_pgStatement.bindNull();
}

bool SqlRows::next()
{
    if (!m_sqlite)
        return ++m_row < m_pgStatement.rowCount();
    if (m_failed)
        return false; // a failed step resets the statement: stepping again would start over
    bool row = false;
    if (!m_sqliteStatement.step(&row, &m_error))
        m_failed = true;
    return row;
}

bool SqlRows::isNull(int column)
{
    return m_sqlite ? m_sqliteStatement.isNull(column) : m_pgStatement.isNull(m_row, column);
}

qint64 SqlRows::integer(int column)
{
    return m_sqlite ? m_sqliteStatement.integer(column) : m_pgStatement.integer(m_row, column);
}

QString SqlRows::text(int column)
{
    return m_sqlite ? m_sqliteStatement.text(column) : m_pgStatement.text(m_row, column);
}

QByteArray SqlRows::utf8(int column)
{
    return m_sqlite ? m_sqliteStatement.utf8(column) : m_pgStatement.utf8(m_row, column);
}

bool SqlRows::finish(QString *error)
{
    if (!m_sqlite) {
        m_pgStatement.clear();
        return true;
    }
    m_sqliteStatement.reset();
    m_boundTexts.clear();
    if (m_failed && error)
        *error = m_error;
    return !m_failed;
}

} // namespace stockroom::server

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
    , m_statement(connection.db, sql)
    , m_sqliteStatement(connection.db, sql)
{}

bool SqlRows::exec(std::initializer_list<QVariant> values, QString *error)
{
    m_failed = false;
    m_error.clear();
    if (!m_sqlite)
        return m_statement.exec(values, error);
    if (!m_sqliteStatement.prepare(error))
        return false;
    m_sqliteStatement.reset();
    m_boundTexts.clear();
    m_boundTexts.reserve(qsizetype(values.size()));
    int index = 1;
    for (const QVariant &value : values) {
        // As QtSql binds them: a null string (or an invalid variant) is NULL.
        switch (value.typeId()) {
        case QMetaType::UnknownType:
            m_sqliteStatement.bindNull(index);
            break;
        case QMetaType::QString:
            if (value.toString().isNull()) {
                m_sqliteStatement.bindNull(index);
            } else {
                m_boundTexts.append(value.toString());
                m_sqliteStatement.bindText(index, m_boundTexts.constLast());
            }
            break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
            if (value.isNull())
                m_sqliteStatement.bindNull(index);
            else
                m_sqliteStatement.bindInt(index, value.toLongLong());
            break;
        default:
            return reportFailure(m_sql,
                                 tr("A value of type %1 cannot be bound here.")
                                     .arg(QLatin1StringView(value.typeName())),
                                 error);
        }
        ++index;
    }
    return true;
}

bool SqlRows::next()
{
    if (!m_sqlite)
        return m_statement.query().next();
    if (m_failed)
        return false; // a failed step resets the statement: stepping again would start over
    bool row = false;
    if (!m_sqliteStatement.step(&row, &m_error))
        m_failed = true;
    return row;
}

bool SqlRows::isNull(int column)
{
    return m_sqlite ? m_sqliteStatement.isNull(column) : m_statement.query().isNull(column);
}

qint64 SqlRows::integer(int column)
{
    return m_sqlite ? m_sqliteStatement.integer(column)
                    : m_statement.query().value(column).toLongLong();
}

QString SqlRows::text(int column)
{
    return m_sqlite ? m_sqliteStatement.text(column) : m_statement.query().value(column).toString();
}

QByteArray SqlRows::utf8(int column)
{
    return m_sqlite ? m_sqliteStatement.utf8(column)
                    : m_statement.query().value(column).toString().toUtf8();
}

bool SqlRows::finish(QString *error)
{
    if (!m_sqlite) {
        m_statement.finish();
        return true;
    }
    m_sqliteStatement.reset();
    m_boundTexts.clear();
    if (m_failed && error)
        *error = m_error;
    return !m_failed;
}

} // namespace stockroom::server

#include "sqlstatement.h"

#include <QSqlError>

namespace stockroom::server {

SqlStatement::SqlStatement(const QSqlDatabase &db, QString sql)
    : m_db(db)
    , m_sql(std::move(sql))
{}

bool SqlStatement::exec(std::initializer_list<QVariant> values, QString *error)
{
    if (!m_prepared) {
        m_query = QSqlQuery(m_db);
        m_query.setForwardOnly(true);
        if (!m_query.prepare(m_sql)) {
            if (error)
                *error = m_query.lastError().text();
            return false;
        }
        m_prepared = true;
    }
    int position = 0;
    for (const QVariant &value : values)
        m_query.bindValue(position++, value);
    if (m_query.exec())
        return true;
    if (error)
        *error = m_query.lastError().text();
    return false;
}

bool SqlStatement::execText(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

QVariant nullableInt(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace stockroom::server

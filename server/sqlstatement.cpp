#include "sqlstatement.h"

#include <QSqlError>

namespace stockroom::server {

Q_LOGGING_CATEGORY(lcCentralStore, "stockroom.server.store")

namespace {

bool failed(const QSqlQuery &query, const QString &sql, QString *error)
{
    return reportFailure(sql, query.lastError().text(), error);
}

} // namespace

bool reportFailure(const QString &sql, const QString &message, QString *error)
{
    qCWarning(lcCentralStore, "%s: %s", qPrintable(sql.left(80)), qPrintable(message));
    if (error)
        *error = message;
    return false;
}

SqlStatement::SqlStatement(const QSqlDatabase &db, QString sql)
    : m_db(db)
    , m_sql(std::move(sql))
{}

bool SqlStatement::exec(std::initializer_list<QVariant> values, QString *error)
{
    return exec(values.begin(), qsizetype(values.size()), error);
}

bool SqlStatement::exec(const QVariant *values, qsizetype count, QString *error)
{
    if (!m_prepared) {
        m_query = QSqlQuery(m_db);
        m_query.setForwardOnly(true);
        if (!m_query.prepare(m_sql))
            return failed(m_query, m_sql, error);
        m_prepared = true;
    }
    for (qsizetype i = 0; i < count; ++i)
        m_query.bindValue(int(i), values[i]);
    if (m_query.exec())
        return true;
    return failed(m_query, m_sql, error);
}

bool SqlStatement::execText(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    return failed(query, sql, error);
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

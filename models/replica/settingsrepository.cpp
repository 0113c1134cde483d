#include "settingsrepository.h"

#include "sqlhelpers.h"

namespace stockroom::replica {

SettingsRepository::SettingsRepository(const QSqlDatabase &db)
    : m_db(db)
    , m_statements(db)
{}

QString SettingsRepository::value(const QString &key, const QString &defaultValue) const
{
    QSqlQuery &query = m_statements.get( QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    return firstValue(query, defaultValue).toString();
}

bool SettingsRepository::setValue(const QString &key, const QString &value, QString *error)
{
    QSqlQuery &query = m_statements.get( QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                        " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return execOrFail(query, error);
}

} // namespace stockroom::replica

#pragma once

#include "sqlhelpers.h"

#include <QSqlDatabase>
#include <QString>

namespace stockroom::replica {

/** Small per-replica settings (home location, device id) kept inside the replica file. */
class SettingsRepository
{
public:
    explicit SettingsRepository(const QSqlDatabase &db);

    QString value(const QString &key, const QString &defaultValue = {}) const;
    bool setValue(const QString &key, const QString &value, QString *error);

private:
    QSqlDatabase m_db;
    mutable StatementCache m_statements;
};

} // namespace stockroom::replica

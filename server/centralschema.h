#pragma once

#include "sqltransaction.h"

#include <QList>
#include <QStringList>

namespace stockroom::server {

/**
 * The central database's schema as code: numbered, forward-only migrations written once for
 * both dialects, applied one transaction per step and recorded in the schema_version table.
 * Several stockroomd processes may open one database at the same time: each step runs under
 * the database's write lock (SQLite) or an advisory lock (PostgreSQL) and rechecks the version.
 */
class CentralSchema
{
public:
    struct Migration
    {
        int version = 0;
        QString description;
        QStringList statements; ///< for the dialect asked for
    };

    static QList<Migration> migrations(SqlDialect dialect);
    static int latestVersion();

    /** The recorded version (0 for an empty database), or -1 with *error. */
    static int currentVersion(const SqlConnection &connection, QString *error);
    /**
     * Applies the missing steps up to targetVersion (default: all); refuses a database written
     * by a newer stockroomd. On failure the failed step is rolled back.
     */
    static bool migrate(const SqlConnection &connection, QString *error, int targetVersion = -1);
};

} // namespace stockroom::server

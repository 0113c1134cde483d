#pragma once

#include "migration.h"

#include <QList>
#include <QSqlDatabase>

namespace stockroom::replica {

/**
 * Brings a SQLite database to the newest of a list of migrations, one transaction per step,
 * recording progress in PRAGMA user_version. Refuses a file newer than the list knows.
 */
class Migrator
{
public:
    explicit Migrator(QList<Migration> migrations);

    int latestVersion() const;

    /** The schema version stored in the file, or -1 (with errorMessage) when unreadable. */
    static int currentVersion(QSqlDatabase &db, QString *errorMessage);

    /** Applies the missing steps; false with a message (and the failed step rolled back). */
    bool migrate(QSqlDatabase &db, QString *errorMessage) const;
    /** Applies the steps up to and including targetVersion only (used by migration tests). */
    bool migrateTo(QSqlDatabase &db, int targetVersion, QString *errorMessage) const;

private:
    QList<Migration> m_migrations;
};

} // namespace stockroom::replica

#include "migrator.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace stockroom::replica {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stockroom::replica::Migrator", text);
}

} // namespace

Migrator::Migrator(QList<Migration> migrations)
    : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (qsizetype i = 0; i < m_migrations.size(); ++i)
        Q_ASSERT_X(m_migrations.at(i).version == i + 1, "Migrator", "versions must be 1, 2, 3 ...");
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

int Migrator::currentVersion(QSqlDatabase &db, QString *errorMessage)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        if (errorMessage)
            *errorMessage = query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

bool Migrator::migrate(QSqlDatabase &db, QString *errorMessage) const
{
    return migrateTo(db, latestVersion(), errorMessage);
}

bool Migrator::migrateTo(QSqlDatabase &db, int targetVersion, QString *errorMessage) const
{
    QString readError;
    const int current = currentVersion(db, &readError);
    if (current < 0) {
        *errorMessage = tr("Cannot read the schema version: %1").arg(readError);
        return false;
    }
    if (current > latestVersion()) {
        *errorMessage = tr("The file has schema version %1, but this Stockroom knows versions up "
                           "to %2 only. It was written by a newer Stockroom; update the app.")
                            .arg(current)
                            .arg(latestVersion());
        return false;
    }
    for (const Migration &step : m_migrations) {
        if (step.version <= current || step.version > targetVersion)
            continue;
        if (!db.transaction()) {
            *errorMessage
                = tr("Cannot start migration %1: %2").arg(step.version).arg(db.lastError().text());
            return false;
        }
        QSqlQuery query(db);
        for (const QString &statement : step.statements) {
            if (!query.exec(statement)) {
                *errorMessage = tr("Migration %1 (%2) failed: %3")
                                    .arg(step.version)
                                    .arg(step.description, query.lastError().text());
                db.rollback();
                return false;
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version))
            || !db.commit()) {
            *errorMessage = tr("Migration %1 could not be committed: %2")
                                .arg(step.version)
                                .arg(db.lastError().text());
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace stockroom::replica
